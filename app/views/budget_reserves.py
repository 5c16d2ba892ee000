"""Reserves and drawdowns: the contingency (from the risk register's residual EMV, or a set
amount), the management reserve, and what has been drawn from them, for which risk or change.
Every change is a command of its own, undone from the Edit menu like any other."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.budget import (
    DeleteDrawdownCommand,
    InsertDrawdownCommand,
    SetReserveSettingsCommand,
)
from app.commands.document import ProjectDocument
from app.domain.budget import Reserve
from app.domain.money import MoneyRefused, parse_money
from app.services.budget_charts import project_currency
from app.services.change_requests import list_change_requests
from app.services.changes import ChangeSet
from app.services.reserves import (
    DrawdownData,
    ReserveSettings,
    ReserveStatus,
    blank_drawdown,
    list_drawdowns,
    reserve_settings,
    reserve_status,
)
from app.services.risks import list_risks
from app.views.budget_entry_dialog import BudgetEntryDialog, EntryField
from app.views.budget_labels import (
    NEGATIVE,
    BudgetFormat,
    budget_refusal,
    field_label,
    reserve_label,
)
from app.views.budget_table import (
    KEY_ROLE,
    Row,
    RowTableModel,
    choice_cell,
    date_cell,
    fit_columns,
    make_table,
    money_cell,
    text_cell,
)


class BudgetReservesDialog(QDialog):
    """The reserves' settings over the list of drawdowns; follows the project while open."""

    def __init__(
        self, document: ProjectDocument, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetReservesDialog")
        self.document = document
        self.language = language
        self.fmt = BudgetFormat("EUR", language)
        self.settings = ReserveSettings()
        self.status: list[ReserveStatus] = []
        self.drawdowns: list[DrawdownData] = []
        editable = not document.read_only

        self.from_risks = QRadioButton(self)
        self.from_risks.setObjectName("contingencyFromRisks")
        self.set_amount = QRadioButton(self)
        self.set_amount.setObjectName("contingencySetAmount")
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.from_risks)
        self.mode.addButton(self.set_amount)
        self.mode.buttonClicked.connect(lambda _button: self._mode_chosen())
        self.contingency = QLineEdit(self)
        self.contingency.setObjectName("contingencyAmount")
        self.contingency.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.contingency.editingFinished.connect(
            lambda: self._amount_typed("contingency_cents", self.contingency)
        )
        self.management = QLineEdit(self)
        self.management.setObjectName("managementReserve")
        self.management.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.management.editingFinished.connect(
            lambda: self._amount_typed("management_reserve_cents", self.management)
        )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reserveStatus")
        self.status_label.setWordWrap(True)
        self.settings_box = QGroupBox(self)
        form = QFormLayout(self.settings_box)
        contingency_row = QHBoxLayout()
        contingency_row.addWidget(self.set_amount)
        contingency_row.addWidget(self.contingency, 1)
        self.contingency_label = QLabel(self)
        self.management_label = QLabel(self)
        form.addRow(self.contingency_label, self.from_risks)
        form.addRow("", contingency_row)
        form.addRow(self.management_label, self.management)
        form.addRow(self.status_label)

        self.model = RowTableModel(self)
        self.table = make_table(self, "drawdownTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(self.table.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addDrawdown")
        self.add_button.clicked.connect(self.add_drawdown)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteDrawdown")
        self.delete_button.clicked.connect(self.delete_drawdown)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.drawdown_box = QGroupBox(self)
        drawdown_layout = QVBoxLayout(self.drawdown_box)
        drawdown_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        drawdown_layout.addLayout(row)

        self.problem = QLabel(self)
        self.problem.setObjectName("reservesProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {NEGATIVE.name()}; font-weight: bold;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings_box)
        layout.addWidget(self.drawdown_box, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for widget in (self.from_risks, self.set_amount, self.contingency, self.management):
            widget.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.resize(760, 540)
        self._translate()
        document.changed.connect(self._changed)
        self.load()

    def _translate(self) -> None:
        self.setWindowTitle(self.tr("Reserves"))
        self.settings_box.setTitle(self.tr("Reserves"))
        self.contingency_label.setText(self.tr("Contingency reserve:"))
        self.management_label.setText(self.tr("Management reserve:"))
        self.from_risks.setText(self.tr("The residual EMV of the open threats in the register"))
        self.set_amount.setText(self.tr("A set amount:"))
        self.drawdown_box.setTitle(self.tr("Drawdowns"))
        self.add_button.setText(self.tr("Add drawdown…"))
        self.delete_button.setText(self.tr("Delete"))
        self.model.set_headers(
            [
                (field_label("date"), ""),
                (self.tr("Reserve"), ""),
                (field_label("amount_cents"), ""),
                (field_label("reason"), ""),
                (self.tr("For"), self.tr("The risk or change request the money served")),
            ]
        )

    # -- reading ----------------------------------------------------------------------------------
    def _changed(self, change: ChangeSet) -> None:
        if not change.is_empty():
            self.load()

    def load(self) -> None:
        self.fmt = BudgetFormat(self.document.read(project_currency), self.language)
        self.settings = self.document.read(reserve_settings)
        self.status = self.document.read(reserve_status)
        self.drawdowns = self.document.read(list_drawdowns)
        self.from_risks.setChecked(self.settings.contingency_from_risks)
        self.set_amount.setChecked(not self.settings.contingency_from_risks)
        self.contingency.setEnabled(
            not self.settings.contingency_from_risks and not self.document.read_only
        )
        self.contingency.setText(self.fmt.money(self.settings.contingency_cents))
        self.management.setText(self.fmt.money(self.settings.management_reserve_cents))
        lines = []
        for status in self.status:
            text = self.tr("{0}: {1}, drawn {2}, remaining {3}")
            lines.append(
                text.replace("{0}", reserve_label(status.reserve.value))
                .replace("{1}", self.fmt.money(status.amount_cents))
                .replace("{2}", self.fmt.money(status.drawn_cents))
                .replace("{3}", self.fmt.money(status.remaining_cents))
            )
        self.status_label.setText("\n".join(lines))
        rows = []
        for item in self.drawdowns:
            serves = " · ".join(ref for ref in (item.risk_ref, item.change_ref) if ref)
            rows.append(
                Row(
                    item.id,
                    [
                        date_cell(self.fmt, item.date),
                        choice_cell(reserve_label(item.reserve.value), item.reserve.value),
                        money_cell(self.fmt, item.amount_cents),
                        text_cell(item.reason),
                        text_cell(serves),
                    ],
                )
            )
        self.model.set_rows(rows)
        fit_columns(self.table, stretch=3)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(
            not self.document.read_only and self.current_drawdown() is not None
        )

    def current_drawdown(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    # -- editing ----------------------------------------------------------------------------------
    def _push(self, command: Any) -> bool:
        self.problem.hide()
        try:
            self.document.push(command)
        except EDIT_REFUSED as exc:
            self._refused(exc)
            return False
        return True

    def _refused(self, error: Exception) -> None:
        self.problem.setText(budget_refusal(error))
        self.problem.show()
        self.load()

    def _mode_chosen(self) -> None:
        from_risks = self.from_risks.isChecked()
        if from_risks != self.settings.contingency_from_risks:
            values = {"contingency_from_risks": from_risks}
            self._push(SetReserveSettingsCommand(self.document, values))

    def _amount_typed(self, field: str, editor: QLineEdit) -> None:
        try:
            cents = parse_money(editor.text(), self.language)
        except MoneyRefused as exc:
            self._refused(exc)
            return
        if cents != getattr(self.settings, field):
            self._push(SetReserveSettingsCommand(self.document, {field: cents}))

    def ask_values(self, title: str, fields: list[EntryField]) -> dict[str, Any] | None:
        """The fields of a new drawdown, asked in a small form (tests answer instead)."""
        dialog = BudgetEntryDialog(title, fields, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def add_drawdown(self) -> None:
        none = (self.tr("(none)"), None)
        risks = [(f"{risk.ref}  {risk.title}", risk.id) for risk in self.document.read(list_risks)]
        changes = [
            (f"{change.ref}  {change.title}", change.id)
            for change in self.document.read(list_change_requests)
        ]
        status_date = self.document.schedule().status_date or dt.date.today()
        fields = [
            EntryField(
                "reserve",
                self.tr("Reserve"),
                "choice",
                Reserve.CONTINGENCY.value,
                [(reserve_label(reserve.value), reserve.value) for reserve in Reserve],
            ),
            EntryField("date", field_label("date"), "date", status_date),
            EntryField("amount_cents", field_label("amount_cents"), "money"),
            EntryField("reason", field_label("reason")),
            EntryField("risk_id", self.tr("Risk"), "choice", None, [none, *risks]),
            EntryField(
                "change_request_id", self.tr("Change request"), "choice", None, [none, *changes]
            ),
        ]
        values = self.ask_values(self.tr("Draw from a reserve"), fields)
        if values is None:
            return
        drawdown = blank_drawdown(
            Reserve(values.pop("reserve")),
            values.pop("date"),
            values.pop("amount_cents"),
            values.pop("reason"),
            **values,
        )
        self._push(InsertDrawdownCommand(self.document, drawdown))

    def delete_drawdown(self) -> None:
        key = self.current_drawdown()
        if key is not None:
            self._push(DeleteDrawdownCommand(self.document, key))
