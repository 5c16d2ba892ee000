"""Commitments: the purchase orders and contracts, what has been invoiced against each, and
what is still committed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.commands.budget import (
    DeleteCommitmentCommand,
    InsertCommitmentCommand,
    SetCommitmentFieldsCommand,
    SetCommitmentStatusCommand,
)
from app.commands.document import ProjectDocument
from app.services.budget import categories
from app.services.budget_edit import CommitmentData, blank_commitment, list_commitments
from app.views.budget_entry_dialog import EntryField
from app.views.budget_labels import commitment_status_label, field_label
from app.views.budget_list import BudgetListPage
from app.views.budget_table import (
    Row,
    choice_cell,
    date_cell,
    money_cell,
    text_cell,
)

COMMITMENT_COLUMNS = (
    "reference",
    "supplier",
    "description",
    "date",
    "amount_cents",
    "invoiced",
    "remaining",
    "status",
    "category_id",
    "task_id",
)
STATUSES = ("open", "closed", "cancelled")


class BudgetCommitmentsPage(BudgetListPage):
    """Every purchase order, oldest first; closed and cancelled ones commit nothing more."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(
            document,
            parent,
            language,
            name="commitmentTable",
            stretch=COMMITMENT_COLUMNS.index("description"),
        )
        self.commitments: list[CommitmentData] = []
        self.category_names: list[tuple[int, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("New purchase order"))
        self.new_action.setToolTip(self.tr("Record a purchase order or contract (Ctrl+Shift+N)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected purchase order (Del)"))
        self.search.setPlaceholderText(self.tr("Find purchase orders…"))
        names = {
            "invoiced": (self.tr("Invoiced"), self.tr("Invoices booked against the order")),
            "remaining": (
                self.tr("Still committed"),
                self.tr("An open order's amount less its invoices"),
            ),
        }
        self.model.set_headers(
            [names.get(key, (field_label(key), "")) for key in COMMITMENT_COLUMNS]
        )
        if self.loaded:
            self.invalidate()

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.commitments = self.document.read(list_commitments)
        self.category_names = [(c.id, c.name) for c in self.document.read(categories)]
        super().refresh()

    def rows(self) -> list[Row]:
        fmt = self.fmt
        editable = self.can_edit()
        tasks = self.task_names()
        rows = []
        for item in self.commitments:
            task = tasks.get(item.task_id, item.task_name) if item.task_id is not None else ""
            over = item.invoiced_cents > item.amount_cents
            cells = [
                text_cell(item.reference, editable=editable),
                text_cell(item.supplier, editable=editable),
                text_cell(item.description, editable=editable),
                date_cell(fmt, item.date, editable=editable),
                money_cell(fmt, item.amount_cents, editable=editable),
                money_cell(
                    fmt,
                    item.invoiced_cents,
                    quiet_zero=True,
                    tip=self.tr("Invoiced beyond the order's amount") if over else "",
                ),
                money_cell(fmt, item.remaining_cents, quiet_zero=True),
                choice_cell(
                    commitment_status_label(item.status), item.status.value, editable=editable
                ),
                choice_cell(item.category_name, item.category_id, editable=editable),
                choice_cell(task, item.task_id, editable=editable),
            ]
            rows.append(Row(item.id, cells, alarm=over))
        return rows

    def summary_text(self) -> str:
        open_orders = [item for item in self.commitments if item.status.value == "open"]
        return (
            self.tr("{0} purchase orders, {1} open · ordered {2} · still committed {3}")
            .replace("{0}", str(len(self.commitments)))
            .replace("{1}", str(len(open_orders)))
            .replace("{2}", self.fmt.money(sum(item.amount_cents for item in self.commitments)))
            .replace("{3}", self.fmt.money(sum(item.remaining_cents for item in self.commitments)))
        )

    def choices(self, column: int) -> list[tuple[str, Any]] | None:
        key = COMMITMENT_COLUMNS[column]
        none = (self.tr("(none)"), None)
        if key == "status":
            return [(commitment_status_label(status), status) for status in STATUSES]
        if key in ("category_id", "task_id"):
            return self.booking_choices(key, none, self.category_names)
        return None

    def commitment(self, commitment_id: int) -> CommitmentData | None:
        return next((item for item in self.commitments if item.id == commitment_id), None)

    # -- editing --------------------------------------------------------------------------------
    def can_edit(self) -> bool:
        return self.editable

    def edit_cell(self, key: Any, column: int, value: Any) -> bool:
        field = COMMITMENT_COLUMNS[column]
        if field == "status":
            return self.push(SetCommitmentStatusCommand(self.document, key, value))
        if field == "amount_cents":
            value = self.parse_money(value)
            if value is None:
                return False
        return self.push(SetCommitmentFieldsCommand(self.document, key, {field: value}))

    def new_row(self) -> None:
        none = (self.tr("(none)"), None)
        fields = [
            EntryField("reference", field_label("reference"), placeholder="PO-2026-123"),
            EntryField("supplier", field_label("supplier")),
            EntryField("description", field_label("description")),
            EntryField("date", field_label("date"), "date", self.default_date()),
            EntryField("amount_cents", field_label("amount_cents"), "money"),
            EntryField(
                "category_id",
                field_label("category_id"),
                "choice",
                None,
                [none, *((name, key) for key, name in self.category_names)],
            ),
            EntryField(
                "task_id",
                field_label("task_id"),
                "choice",
                None,
                self.choices(COMMITMENT_COLUMNS.index("task_id")) or [],
            ),
        ]
        values = self.ask_values(self.tr("New purchase order"), fields)
        if values is None:
            return
        command = InsertCommitmentCommand(
            self.document,
            blank_commitment(values.pop("date"), values.pop("amount_cents"), **values),
        )
        if self.push(command):
            self.select_key(command.values.id)

    def delete_row(self, key: Any) -> None:
        order = self.commitment(key)
        if order is not None and order.invoiced_cents:
            text = self.tr(
                "Invoices of {0} are booked against {1}. They stay, without the link to the "
                "order. Delete the purchase order?"
            )
            question = text.replace("{0}", self.fmt.money(order.invoiced_cents)).replace(
                "{1}", order.reference or self.tr("this order")
            )
            if not self.ask_confirmation(self.tr("Delete purchase order"), question):
                return
        self.push(DeleteCommitmentCommand(self.document, key))
