"""Small editors that report a finished edit once, the way a command wants it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPlainTextEdit, QWidget

from app.domain.validation import EARLIEST_DATE, LATEST_DATE


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CommitPlainTextEdit(QPlainTextEdit):
    """Multi-line text that commits when focus leaves, not on every key."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.setTabChangesFocus(True)

    def show_text(self, text: str) -> None:
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        if self.toPlainText() != self._shown:
            self.committed.emit(self.toPlainText())


class DateEdit(QDateEdit):
    """A calendar-popup date editor limited to the dates Koers can store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box switches it on and off."""

    committed = Signal(object)  # dt.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.editor = DateEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.editor, 1)
        self._shown: dt.date | None = None
        self.enabled.toggled.connect(self._toggled)
        self.editor.editingFinished.connect(self._finished)

    def value(self) -> dt.date | None:
        return from_qdate(self.editor.date()) if self.enabled.isChecked() else None

    def show_value(self, value: dt.date | None, fallback: dt.date) -> None:
        self._shown = value
        self.enabled.blockSignals(True)
        self.editor.blockSignals(True)
        self.enabled.setChecked(value is not None)
        self.editor.setEnabled(value is not None)
        self.editor.setDate(to_qdate(value or fallback))
        self.enabled.blockSignals(False)
        self.editor.blockSignals(False)

    def _toggled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self._finished()

    def _finished(self) -> None:
        if self.value() != self._shown:
            self.committed.emit(self.value())
