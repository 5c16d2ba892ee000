"""A small form for a new expense, invoice or purchase order: the fields a row needs before it
can be stored (a date and an amount other than zero), the rest optional."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import MoneyRefused, parse_money
from app.views.budget_labels import NEGATIVE, budget_refusal
from app.views.editors import DateEdit, from_qdate, to_qdate


@dataclass(frozen=True, slots=True)
class EntryField:
    """One field of the form: ``kind`` is "text", "money", "date" or "choice"."""

    key: str
    label: str
    kind: str = "text"
    value: Any = None
    choices: list[tuple[str, Any]] = field(default_factory=list)
    placeholder: str = ""


class BudgetEntryDialog(QDialog):
    """Asks for the fields; ``values()`` gives them typed (cents, dates, ids) once accepted."""

    def __init__(
        self, title: str, fields: list[EntryField], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetEntryDialog")
        self.setWindowTitle(title)
        self.language = language
        self.fields = fields
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for item in fields:
            editor: QWidget
            if item.kind == "date":
                date = DateEdit(self)
                date.setDate(to_qdate(item.value or dt.date.today()))
                editor = date
            elif item.kind == "choice":
                combo = QComboBox(self)
                for text, value in item.choices:
                    combo.addItem(text, value)
                combo.setCurrentIndex(max(0, combo.findData(item.value)))
                editor = combo
            else:
                line = QLineEdit(self)
                line.setText("" if item.value is None else str(item.value))
                line.setPlaceholderText(item.placeholder)
                line.setMinimumWidth(280)
                editor = line
            editor.setObjectName(f"entry_{item.key}")
            self.editors[item.key] = editor
            form.addRow(f"{item.label}:", editor)
        self.problem = QLabel(self)
        self.problem.setObjectName("entryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {NEGATIVE.name()};")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def set_text(self, key: str, text: str) -> None:
        """Type into a text or amount field (as a person would)."""
        editor = self.editors[key]
        assert isinstance(editor, QLineEdit)
        editor.setText(text)

    def values(self) -> dict[str, Any]:
        """The fields as stored values; raises MoneyRefused for an amount that is not one."""
        found: dict[str, Any] = {}
        for item in self.fields:
            editor = self.editors[item.key]
            if isinstance(editor, DateEdit):
                found[item.key] = from_qdate(editor.date())
            elif isinstance(editor, QComboBox):
                found[item.key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                found[item.key] = parse_money(text, self.language) if item.kind == "money" else text
        return found

    def accept(self) -> None:
        """Close only when every amount reads as money; else say why and stay open."""
        try:
            self.values()
        except MoneyRefused as exc:
            self.problem.setText(budget_refusal(exc))
            self.problem.show()
            return
        super().accept()
