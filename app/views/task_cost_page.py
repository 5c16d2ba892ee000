"""The Cost page of the task details: the task's fixed cost with its accrual and category, how
it earns its value, and its cost, actual cost and baseline cost to read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.commands.document import ProjectDocument
from app.domain.earned_value import EvMethod
from app.domain.money import MoneyRefused, format_money, parse_money
from app.domain.validation import InvalidValue
from app.services.costs import TaskCostDetails, task_cost_details

ACCRUALS = ("start", "prorated", "end")


class TaskCostPage(QWidget):
    """Edits gathered by ``changes()``; the dialog pushes them with its other edits."""

    def __init__(
        self, document: ProjectDocument, task_id: int, language: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.details: TaskCostDetails = document.read(task_cost_details, task_id)
        details = self.details
        self.fixed_cost = QLineEdit(self._money(details.fixed_cost_cents), self)
        self.accrual = QComboBox(self)
        for code in ACCRUALS:
            self.accrual.addItem("", code)
        self.accrual.setCurrentIndex(max(0, self.accrual.findData(details.fixed_cost_accrual)))
        self.category = QComboBox(self)
        self.category.addItem("", None)
        for key, name in details.categories:
            self.category.addItem(name, key)
        self.category.setCurrentIndex(
            max(0, self.category.findData(details.fixed_cost_category_id))
        )
        self.ev_method = QComboBox(self)
        for method in EvMethod:
            self.ev_method.addItem("", method.value)
        self.ev_method.setCurrentIndex(max(0, self.ev_method.findData(details.ev_method)))
        self.physical = QSpinBox(self)
        self.physical.setRange(0, 100)
        self.physical.setSuffix("%")
        self.physical.setValue(details.physical_percent_complete)
        self.cost = QLabel(self._money(details.cost_cents), self)
        self.actual = QLabel(self._money(details.actual_cents), self)
        self.baseline = QLabel(
            "—"
            if details.baseline_cost_cents is None
            else self._money(details.baseline_cost_cents),
            self,
        )
        self.labels: list[QLabel] = []
        form = QFormLayout(self)
        for field in (
            self.fixed_cost,
            self.accrual,
            self.category,
            self.ev_method,
            self.physical,
            self.cost,
            self.actual,
            self.baseline,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append(label)
            form.addRow(label, field)
        if document.read_only:
            for widget in (self.fixed_cost, self.accrual, self.category, self.ev_method):
                widget.setEnabled(False)
            self.physical.setEnabled(False)
        self.ev_method.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self.retranslate()

    def _money(self, cents: int) -> str:
        return format_money(cents, self.details.currency, self.language)

    def _update_enabled(self) -> None:
        physical = self.ev_method.currentData() == EvMethod.PHYSICAL.value
        self.physical.setEnabled(physical and self.fixed_cost.isEnabled())

    def retranslate(self) -> None:
        texts = (
            self.tr("&Fixed cost:"),
            self.tr("Fixed cost &accrues:"),
            self.tr("Fixed cost cate&gory:"),
            self.tr("&Earned value method:"),
            self.tr("&Physical % complete:"),
            self.tr("Cost:"),
            self.tr("Actual cost:"),
            self.tr("Baseline cost:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        accruals = {
            "start": self.tr("At the start"),
            "prorated": self.tr("Prorated"),
            "end": self.tr("At the end"),
        }
        for index, code in enumerate(ACCRUALS):
            self.accrual.setItemText(index, accruals[code])
        self.category.setItemText(0, self.tr("(none)"))
        methods = {
            EvMethod.PERCENT_COMPLETE.value: self.tr("% complete"),
            EvMethod.PHYSICAL.value: self.tr("Physical % complete"),
            EvMethod.ZERO_HUNDRED.value: self.tr("0/100: earned when finished"),
            EvMethod.FIFTY_FIFTY.value: self.tr("50/50: half at the start, half at the finish"),
        }
        for index in range(self.ev_method.count()):
            self.ev_method.setItemText(index, methods[self.ev_method.itemData(index)])
        self.fixed_cost.setToolTip(
            self.tr("A cost of the task apart from its resources, such as a fee or a purchase")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def changes(self) -> list[tuple[str, Any]]:
        """(field, value) for SetTaskFieldCommand; InvalidValue for an amount that cannot be
        read."""
        details = self.details
        found: list[tuple[str, Any]] = []
        text = self.fixed_cost.text().strip()
        try:
            cents = parse_money(text, self.language) if text else 0
        except MoneyRefused as refused:
            raise InvalidValue("fixed_cost", "not_an_amount", text) from refused
        if cents != details.fixed_cost_cents:
            found.append(("fixed_cost", cents))
        for field, combo, old in (
            ("fixed_cost_accrual", self.accrual, details.fixed_cost_accrual),
            ("fixed_cost_category", self.category, details.fixed_cost_category_id),
            ("ev_method", self.ev_method, details.ev_method),
        ):
            if combo.currentData() != old:
                found.append((field, combo.currentData()))
        if self.physical.value() != details.physical_percent_complete:
            found.append(("physical_percent_complete", self.physical.value()))
        return found
