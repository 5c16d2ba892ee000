"""The details of one stakeholder: every field of the register, each edit a command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.stakeholders import SetStakeholderFieldCommand
from app.domain.stakeholders import (
    ENGAGEMENT_LEVELS,
    SCORE_MAX,
    SCORE_MIN,
    Attitude,
    Engagement,
)
from app.services.stakeholders import StakeholderData
from app.views.editors import CommitPlainTextEdit
from app.views.stakeholder_labels import (
    QUADRANT_INK,
    attitude_label,
    engagement_label,
    gap_text,
    quadrant_label,
    side_label,
    stakeholder_field_label,
)

LINE_FIELDS = ("name", "role", "organisation", "email", "phone", "relationship_owner")
TEXT_FIELDS = (
    "contact_notes",
    "requirements",
    "expectations",
    "concerns",
    "strategy",
    "information_needs",
)
CHOICE_FIELDS = ("channel", "frequency", "language")  # free text with suggestions
LANGUAGES = ("nl", "en", "de", "fr")
NARROW = 380  # below this width the labels go above the fields


class StakeholderForm(QWidget):
    """Shows the selected stakeholder; each field commits when the user finishes it."""

    edit_refused = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderForm")
        self._document = document
        self._shown: StakeholderData | None = None
        self._labels: dict[str, QLabel] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, CommitPlainTextEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.choices: dict[str, QComboBox] = {}
        self.spins: dict[str, QSpinBox] = {}

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("anonymisedBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #eceff1; color: #37474f; padding: 6px; border-radius: 3px;"
        )

        self.identity = QGroupBox(self)
        identity = QFormLayout(self.identity)
        for field in ("name", "role", "organisation"):
            self._add_line(identity, field)
        self._add_combo(identity, "internal", [(True, ""), (False, "")])

        self.contact = QGroupBox(self)
        self.contact.setObjectName("contactDetails")
        contact = QFormLayout(self.contact)
        self.contact_note = QLabel(self)
        self.contact_note.setWordWrap(True)
        self.contact_note.setStyleSheet("color: #5f6368;")
        contact.addRow(self.contact_note)
        for field in ("email", "phone"):
            self._add_line(contact, field)
        self._add_text(contact, "contact_notes")

        self.analysis = QGroupBox(self)
        analysis = QFormLayout(self.analysis)
        for field in ("power", "interest"):
            spin = QSpinBox(self)
            spin.setObjectName(f"stakeholder_{field}")
            spin.setRange(SCORE_MIN, SCORE_MAX)
            spin.valueChanged.connect(lambda value, f=field: self._commit(f, value))
            self.spins[field] = spin
            self._add_row(analysis, field, spin)
        self.quadrant = QLabel(self)
        self.quadrant.setObjectName("stakeholder_quadrant")
        self._add_row(analysis, "quadrant", self.quadrant)
        self._add_combo(analysis, "attitude", [(a.value, "") for a in Attitude])
        for field in ("current_engagement", "desired_engagement"):
            self._add_combo(analysis, field, [(e.value, "") for e in ENGAGEMENT_LEVELS])
        self.gap = QLabel(self)
        self.gap.setObjectName("stakeholder_gap")
        self._add_row(analysis, "gap", self.gap)

        self.needs = QGroupBox(self)
        needs = QFormLayout(self.needs)
        for field in ("requirements", "expectations", "concerns"):
            self._add_text(needs, field)

        self.engagement = QGroupBox(self)
        engagement = QFormLayout(self.engagement)
        self._add_text(engagement, "strategy")
        self._add_line(engagement, "relationship_owner")
        self.owner_names = QStringListModel(self)
        completer = QCompleter(self.owner_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.lines["relationship_owner"].setCompleter(completer)
        self._add_text(engagement, "information_needs")
        for field in CHOICE_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"stakeholder_{field}")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.activated.connect(lambda _i, f=field, c=combo: self._commit(f, c.currentText()))
            combo.lineEdit().editingFinished.connect(
                lambda f=field, c=combo: self._commit(f, c.currentText())
            )
            self.choices[field] = combo
            self._add_row(engagement, field, combo)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.banner)
        for group in (self.identity, self.contact, self.analysis, self.needs, self.engagement):
            layout.addWidget(group)
        layout.addStretch(1)
        self.retranslate()
        self.show_stakeholder(None)

    # -- building --------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, field: str, editor: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(editor)
        self._labels[field] = label
        form.addRow(label, editor)

    def _add_line(self, form: QFormLayout, field: str) -> None:
        editor = QLineEdit(self)
        editor.setObjectName(f"stakeholder_{field}")
        editor.editingFinished.connect(lambda f=field, e=editor: self._commit(f, e.text()))
        self.lines[field] = editor
        self._add_row(form, field, editor)

    def _add_text(self, form: QFormLayout, field: str) -> None:
        editor = CommitPlainTextEdit(self)
        editor.setObjectName(f"stakeholder_{field}")
        editor.setFixedHeight(max(48, 3 * editor.fontMetrics().lineSpacing() + 12))
        editor.committed.connect(lambda text, f=field: self._commit(f, text))
        self.texts[field] = editor
        self._add_row(form, field, editor)

    def _add_combo(self, form: QFormLayout, field: str, items: list[tuple[Any, str]]) -> None:
        combo = QComboBox(self)
        combo.setObjectName(f"stakeholder_{field}")
        for data, text in items:
            combo.addItem(text, data)
        combo.activated.connect(lambda _i, f=field, c=combo: self._commit(f, c.currentData()))
        self.combos[field] = combo
        self._add_row(form, field, combo)

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.empty.setText(self.tr("Select a stakeholder to see and edit the details."))
        self.banner.setText(
            self.tr(
                "This stakeholder has been anonymised: the name, contact details and "
                "personal notes were removed."
            )
        )
        self.identity.setTitle(self.tr("Stakeholder"))
        self.contact.setTitle(self.tr("Contact details (personal data)"))
        self.contact_note.setText(
            self.tr("Left out of exports unless asked for; removed by Anonymise.")
        )
        self.analysis.setTitle(self.tr("Power, interest and engagement"))
        self.needs.setTitle(self.tr("Requirements and concerns"))
        self.engagement.setTitle(self.tr("Engagement and communication"))
        for field, label in self._labels.items():
            label.setText(stakeholder_field_label(field) + ":")
        combo = self.combos["internal"]
        for row in range(combo.count()):
            combo.setItemText(row, side_label(bool(combo.itemData(row))))
        for row, value in enumerate(Attitude):
            self.combos["attitude"].setItemText(row, attitude_label(value))
        for field in ("current_engagement", "desired_engagement"):
            for row, level in enumerate(ENGAGEMENT_LEVELS):
                self.combos[field].setItemText(row, engagement_label(level))
        suggestions = {
            "channel": [
                self.tr("Email"),
                self.tr("Steering committee"),
                self.tr("Weekly stand-up"),
                self.tr("Newsletter"),
                self.tr("Sprint demo"),
                self.tr("One-to-one meeting"),
                self.tr("Intranet"),
            ],
            "frequency": [
                self.tr("Daily"),
                self.tr("Weekly"),
                self.tr("Fortnightly"),
                self.tr("Monthly"),
                self.tr("Quarterly"),
                self.tr("At milestones"),
                self.tr("As needed"),
            ],
            "language": list(LANGUAGES),
        }
        for field, combo in self.choices.items():
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(suggestions[field])
            combo.setCurrentText(text)
            combo.blockSignals(False)
        self.show_stakeholder(self._shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels above the fields when the panel is narrow, beside them when there is room."""
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < NARROW
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        for group in (self.identity, self.contact, self.analysis, self.needs, self.engagement):
            form = group.layout()
            if isinstance(form, QFormLayout) and form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -----------------------------------------------------------------------
    @property
    def shown(self) -> StakeholderData | None:
        return self._shown

    def set_names(self, names: list[str]) -> None:
        """The stakeholders' names, offered as relationship owner."""
        self.owner_names.setStringList(names)

    def show_stakeholder(self, item: StakeholderData | None) -> None:
        """Put stored values into the editors (an empty, disabled form for None)."""
        self._shown = item
        editable = item is not None and not self._document.read_only
        self.empty.setVisible(item is None)
        self.banner.setVisible(item is not None and item.anonymised)
        for group in (self.identity, self.contact, self.analysis, self.needs, self.engagement):
            group.setEnabled(item is not None)
        for field, line in self.lines.items():
            text = "" if item is None else getattr(item, field)
            if line.text() != text:
                line.setText(text)
                line.setCursorPosition(0)
            line.setReadOnly(not editable)
        for field, editor in self.texts.items():
            editor.show_text("" if item is None else getattr(item, field))
            editor.setReadOnly(not editable)
        for field, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(SCORE_MIN if item is None else getattr(item, field))
            spin.blockSignals(False)
            spin.setReadOnly(not editable)
        for field, combo in self.combos.items():
            value: Any = None if item is None else getattr(item, field)
            if isinstance(value, Attitude | Engagement):
                value = value.value
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value) if item is not None else -1)
            combo.blockSignals(False)
            combo.setEnabled(editable)
        for field, combo in self.choices.items():
            combo.blockSignals(True)
            combo.setCurrentText("" if item is None else getattr(item, field))
            combo.blockSignals(False)
            combo.setEnabled(editable)
        if item is None:
            self.quadrant.clear()
            self.gap.clear()
            return
        self.quadrant.setText(quadrant_label(item.quadrant))
        self.quadrant.setStyleSheet(
            f"color: {QUADRANT_INK[item.quadrant].name()}; font-weight: bold;"
        )
        self.gap.setText(
            gap_text(item.gap)
            if not item.gap
            else self.tr("{0} (from {1} to {2})")
            .replace("{0}", gap_text(item.gap))
            .replace("{1}", engagement_label(item.current_engagement))
            .replace("{2}", engagement_label(item.desired_engagement))
        )

    # -- editing -----------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Store what is typed but not yet committed, before another stakeholder is shown.

        A click on the grid or a toolbar button takes no focus, so an editor would not
        commit on its own. The values are gathered first: each commit refreshes views.
        """
        item = self._shown
        if item is None or self._document.read_only:
            return
        typed: list[tuple[str, Any]] = [(field, line.text()) for field, line in self.lines.items()]
        typed += [(field, editor.toPlainText()) for field, editor in self.texts.items()]
        typed += [(field, combo.currentText()) for field, combo in self.choices.items()]
        pending = [(field, value) for field, value in typed if value != getattr(item, field)]
        for field, value in pending:
            self._commit(field, value, item)

    def _commit(self, field: str, value: Any, item: StakeholderData | None = None) -> None:
        item = item or self._shown
        if item is None or self._document.read_only:
            return
        current = getattr(item, field)
        if isinstance(current, Attitude | Engagement):
            current = current.value
        if value == current:
            return
        steps = self._document.undo_stack.index()
        try:
            self._document.push(SetStakeholderFieldCommand(self._document, item.id, field, value))
        except EDIT_REFUSED as exc:
            self.show_stakeholder(self._shown)  # back to what is stored
            self.edit_refused.emit(exc)
            return
        if self._document.undo_stack.index() == steps:  # nothing changed ("x " stored as "x")
            self.show_stakeholder(self._shown)
