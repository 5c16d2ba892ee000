"""Expenses and invoices: what was spent, when, on which category, task and purchase order."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.commands.budget import (
    DeleteExpenseCommand,
    InsertExpenseCommand,
    SetExpenseFieldsCommand,
)
from app.commands.document import ProjectDocument
from app.services.budget import categories
from app.services.budget_edit import (
    ExpenseData,
    blank_expense,
    list_commitments,
    list_expenses,
)
from app.views.budget_entry_dialog import EntryField
from app.views.budget_labels import expense_kind_label, field_label
from app.views.budget_list import BudgetListPage
from app.views.budget_table import (
    Row,
    choice_cell,
    date_cell,
    money_cell,
    text_cell,
)

EXPENSE_COLUMNS = (
    "date",
    "kind",
    "amount_cents",
    "category_id",
    "supplier",
    "invoice_number",
    "task_id",
    "commitment_id",
    "note",
)
KINDS = ("invoice", "expense")


class BudgetExpensesPage(BudgetListPage):
    """Every expense and invoice, oldest first (sortable by any column)."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(
            document, parent, language, name="expenseTable", stretch=EXPENSE_COLUMNS.index("note")
        )
        self.expenses: list[ExpenseData] = []
        self.category_names: list[tuple[int, str]] = []
        self.orders: list[tuple[int, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New expense"))
        self.new_action.setToolTip(self.tr("Book an expense or invoice (Ctrl+Shift+N)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected expense (Del)"))
        self.search.setPlaceholderText(self.tr("Find expenses…"))
        tips = {
            "amount_cents": self.tr("Negative for a credit note"),
            "commitment_id": self.tr("The purchase order the invoice is paid against"),
        }
        self.model.set_headers([(field_label(key), tips.get(key, "")) for key in EXPENSE_COLUMNS])
        if self.loaded:
            self.invalidate()

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.expenses = self.document.read(list_expenses)
        self.category_names = [(c.id, c.name) for c in self.document.read(categories)]
        self.orders = [
            (order.id, f"{order.reference} · {order.supplier}".strip(" ·"))
            for order in self.document.read(list_commitments)
        ]
        super().refresh()

    def rows(self) -> list[Row]:
        fmt = self.fmt
        editable = self.can_edit()
        tasks = self.task_names()
        orders: dict[int | None, str] = dict(self.orders)
        rows = []
        for item in self.expenses:
            task = tasks.get(item.task_id, item.task_name) if item.task_id is not None else ""
            order = orders.get(item.commitment_id, item.commitment_reference)
            cells = [
                date_cell(fmt, item.date, editable=editable),
                choice_cell(expense_kind_label(item.kind), item.kind.value, editable=editable),
                money_cell(fmt, item.amount_cents, editable=editable),
                choice_cell(item.category_name, item.category_id, editable=editable),
                text_cell(item.supplier, editable=editable),
                text_cell(item.invoice_number, editable=editable),
                choice_cell(task, item.task_id, editable=editable),
                choice_cell(
                    order if item.commitment_id else "", item.commitment_id, editable=editable
                ),
                text_cell(item.note, editable=editable),
            ]
            rows.append(Row(item.id, cells))
        return rows

    def summary_text(self) -> str:
        total = sum(item.amount_cents for item in self.expenses)
        invoices = sum(1 for item in self.expenses if item.kind.value == "invoice")
        return (
            self.tr("{0} invoices and {1} expenses · total {2}")
            .replace("{0}", str(invoices))
            .replace("{1}", str(len(self.expenses) - invoices))
            .replace("{2}", self.fmt.money(total))
        )

    def choices(self, column: int) -> list[tuple[str, Any]] | None:
        key = EXPENSE_COLUMNS[column]
        none = (self.tr("(none)"), None)
        if key == "kind":
            return [(expense_kind_label(kind), kind) for kind in KINDS]
        if key in ("category_id", "task_id"):
            return self.booking_choices(key, none, self.category_names)
        if key == "commitment_id":
            return [none, *((name, key) for key, name in self.orders)]
        return None

    def expense(self, expense_id: int) -> ExpenseData | None:
        return next((item for item in self.expenses if item.id == expense_id), None)

    # -- editing --------------------------------------------------------------------------------
    def can_edit(self) -> bool:
        return self.editable

    def edit_cell(self, key: Any, column: int, value: Any) -> bool:
        field = EXPENSE_COLUMNS[column]
        if field == "amount_cents":
            value = self.parse_money(value)
            if value is None:
                return False
        return self.push(SetExpenseFieldsCommand(self.document, key, {field: value}))

    def new_row(self) -> None:
        none = (self.tr("(none)"), None)
        fields = [
            EntryField("date", field_label("date"), "date", self.default_date()),
            EntryField("kind", field_label("kind"), "choice", "invoice", self._choices_of("kind")),
            EntryField(
                "amount_cents",
                field_label("amount_cents"),
                "money",
                placeholder=self.tr("e.g. 1.250,00 or -300 for a credit note"),
            ),
            EntryField(
                "category_id",
                field_label("category_id"),
                "choice",
                None,
                [none, *((name, key) for key, name in self.category_names)],
            ),
            EntryField("supplier", field_label("supplier")),
            EntryField("invoice_number", field_label("invoice_number")),
            EntryField(
                "task_id", field_label("task_id"), "choice", None, self._choices_of("task_id")
            ),
            EntryField(
                "commitment_id",
                field_label("commitment_id"),
                "choice",
                None,
                self._choices_of("commitment_id"),
            ),
            EntryField("note", field_label("note")),
        ]
        values = self.ask_values(self.tr("New expense or invoice"), fields)
        if values is None:
            return
        command = InsertExpenseCommand(
            self.document,
            blank_expense(values.pop("date"), values.pop("amount_cents"), **values),
        )
        if self.push(command):
            self.select_key(command.values.id)

    def delete_row(self, key: Any) -> None:
        self.push(DeleteExpenseCommand(self.document, key))

    def _choices_of(self, key: str) -> list[tuple[str, Any]]:
        return self.choices(EXPENSE_COLUMNS.index(key)) or []

    def _choice_field(self, key: str) -> EntryField:
        return EntryField(key, field_label(key), "choice", None, self._choices_of(key))
