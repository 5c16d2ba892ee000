"""The charter half of the Plan tab: who, what, when and why of the project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.charter import SetCharterFieldCommand, charter_value_changes
from app.commands.document import ProjectDocument
from app.domain.charter import Charter
from app.services.changes import ChangeSet
from app.services.charter import read_charter
from app.views.editors import CommitPlainTextEdit, DateEdit, OptionalDateEdit, from_qdate, to_qdate
from app.views.labels import field_label

LINE_FIELDS = ("name", "code", "sponsor", "manager")
TEXT_FIELDS = ("goal", "scope_in", "scope_out", "assumptions", "constraints")
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK", "JPY")


class CharterForm(QWidget):
    """Each field commits through a SetCharterFieldCommand when the user finishes it."""

    edit_refused = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._labels: dict[str, QLabel] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, CommitPlainTextEdit] = {}

        self.identity = QGroupBox(self)
        identity = QFormLayout(self.identity)
        for field in LINE_FIELDS:
            editor = QLineEdit(self)
            editor.setObjectName(f"charter_{field}")
            editor.editingFinished.connect(lambda f=field, e=editor: self._commit(f, e.text()))
            self.lines[field] = editor
            self._add_row(identity, field, editor)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setObjectName("charter_currency")
        self.currency.activated.connect(
            lambda _i: self._commit("currency", self.currency.currentText())
        )
        self.currency.lineEdit().editingFinished.connect(
            lambda: self._commit("currency", self.currency.currentText())
        )
        self._add_row(identity, "currency", self.currency)

        self.dates = QGroupBox(self)
        dates = QFormLayout(self.dates)
        self.start = DateEdit(self)
        self.start.setObjectName("charter_start_date")
        self.start.editingFinished.connect(
            lambda: self._commit("start_date", from_qdate(self.start.date()))
        )
        self._add_row(dates, "start_date", self.start)
        self.optional_dates: dict[str, OptionalDateEdit] = {}
        for field in ("target_finish", "status_date"):
            editor = OptionalDateEdit(self)
            editor.setObjectName(f"charter_{field}")
            editor.committed.connect(lambda value, f=field: self._commit(f, value))
            self.optional_dates[field] = editor
            self._add_row(dates, field, editor)

        self.purpose = QGroupBox(self)
        purpose = QVBoxLayout(self.purpose)
        for field in TEXT_FIELDS:
            editor = CommitPlainTextEdit(self)
            editor.setObjectName(f"charter_{field}")
            editor.setMinimumHeight(70)
            editor.committed.connect(lambda text, f=field: self._commit(f, text))
            label = QLabel(self)
            label.setBuddy(editor)
            self._labels[field] = label
            self.texts[field] = editor
            purpose.addWidget(label)
            purpose.addWidget(editor, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.identity)
        layout.addWidget(self.dates)
        layout.addWidget(self.purpose, 1)
        document.changed.connect(self.on_changed)
        self.retranslate()
        self.show_charter(document.read(read_charter))
        self._set_read_only(document.read_only)

    def _add_row(self, form: QFormLayout, field: str, editor: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(editor)
        self._labels[field] = label
        form.addRow(label, editor)

    def _set_read_only(self, read_only: bool) -> None:
        for line in self.lines.values():
            line.setReadOnly(read_only)
        for text in self.texts.values():
            text.setReadOnly(read_only)
        for widget in (self.currency, self.start, *self.optional_dates.values()):
            widget.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.identity.setTitle(self.tr("Project"))
        self.dates.setTitle(self.tr("Dates"))
        self.purpose.setTitle(self.tr("Purpose and scope"))
        for field, label in self._labels.items():
            label.setText(field_label(field) + ":")
        self.optional_dates["target_finish"].enabled.setToolTip(self.tr("Set a target finish"))
        self.optional_dates["status_date"].enabled.setToolTip(self.tr("Set a status date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_charter(self, charter: Charter, fields: frozenset[str] | None = None) -> None:
        """Put stored values into the editors (only ``fields`` when given)."""

        def wanted(field: str) -> bool:
            return fields is None or field in fields

        for field, line in self.lines.items():
            if wanted(field) and line.text() != getattr(charter, field):
                line.setText(getattr(charter, field))
                line.setCursorPosition(0)
        for field, text in self.texts.items():
            if wanted(field):
                text.show_text(getattr(charter, field))
        if wanted("currency"):
            self.currency.setCurrentText(charter.currency)
        if wanted("start_date"):
            self.start.setDate(to_qdate(charter.start_date))
        for field, editor in self.optional_dates.items():
            if wanted(field) or wanted("start_date"):
                editor.show_value(getattr(charter, field), charter.start_date)

    def on_changed(self, change: ChangeSet) -> None:
        if change.everything or change.project_fields:
            fields = None if change.everything else change.project_fields
            self.show_charter(self._document.read(read_charter), fields)

    def _commit(self, field: str, value: Any) -> None:
        if self._document.read_only:
            return
        try:
            if not charter_value_changes(self._document, field, value):
                return
            self._document.push(
                SetCharterFieldCommand(self._document, field, value, field_label(field))
            )
        except EDIT_REFUSED as exc:
            # Put the stored value back, then say why the edit was refused.
            self.show_charter(self._document.read(read_charter), frozenset({field}))
            self.edit_refused.emit(exc)
