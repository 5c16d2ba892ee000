"""The change log: every change request with its impact and decision, the details of the one
selected, and the decisions — Approve… (with the budget revision and, if asked, a re-baseline
of the tasks it affects), Reject…, Defer…."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.budget import (
    ApproveChangeCommand,
    DeferChangeCommand,
    DeleteChangeRequestCommand,
    InsertChangeRequestCommand,
    RejectChangeCommand,
    SetChangeRequestFieldsCommand,
)
from app.commands.document import ProjectDocument
from app.domain.budget import ChangeStatus
from app.domain.money import MoneyRefused, parse_money
from app.services.budget import categories
from app.services.change_requests import (
    ChangeRequestData,
    blank_change_request,
    list_change_requests,
)
from app.services.registers import stakeholder_names
from app.views.budget_approve_dialog import ApproveChangeDialog
from app.views.budget_labels import (
    MUTED,
    POSITIVE,
    change_status_label,
    field_label,
)
from app.views.budget_page import BudgetPage
from app.views.budget_table import (
    KEY_ROLE,
    Cell,
    Row,
    RowTableModel,
    TotalsLastProxy,
    date_cell,
    fit_columns,
    make_table,
    money_cell,
    number_cell,
    text_cell,
)
from app.views.editors import CommitPlainTextEdit, OptionalDateEdit
from app.views.risk_form import PersonCombo
from app.views.tab_actions import tab_action

CHANGE_COLUMNS = (
    "ref",
    "title",
    "requester",
    "date_raised",
    "cost_impact_cents",
    "time_impact_days",
    "status",
)
TEXT_FIELDS = ("description", "reason", "scope_impact", "quality_impact", "risk_impact")
DECISION_FIELDS = ("status", "decided_by", "decision_date", "revised")
STATUS_COLOURS = {
    ChangeStatus.APPROVED: POSITIVE,
    ChangeStatus.REJECTED: MUTED,
    ChangeStatus.DEFERRED: QColor("#8a5a00"),
}
MAX_DAYS = 3650


class BudgetChangesPage(BudgetPage):
    """The change log over the selected change's details."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(document, parent, language)
        self.changes: list[ChangeRequestData] = []
        self.people: list[tuple[int, str]] = []
        self.category_names: list[tuple[int, str]] = []
        self.shown: ChangeRequestData | None = None

        self.toolbar = QToolBar(self)
        self.new_action = self._action("Ctrl+Shift+N", self.new_change)
        self.delete_action = self._action(QKeySequence(Qt.Key.Key_Delete), self.delete_change)
        self.toolbar.addSeparator()
        self.approve_action = self._action(None, self.approve)
        self.reject_action = self._action(None, lambda: self.decide(ChangeStatus.REJECTED))
        self.defer_action = self._action(None, lambda: self.decide(ChangeStatus.DEFERRED))

        self.model = RowTableModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "changeLogTable", sortable=True)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setEditTriggers(self.table.EditTrigger.NoEditTriggers)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)

        # -- the details of the selected change ------------------------------------------------
        self.details = QWidget(self)
        self.details.setObjectName("changeDetails")
        self.title = QLineEdit(self.details)
        self.title.setObjectName("change_title")
        self.title.editingFinished.connect(lambda: self._commit({"title": self.title.text()}))
        self.requester = PersonCombo(self.details)
        self.requester.setObjectName("change_requester")
        self.requester.activated.connect(lambda _i: self._commit_requester())
        typed = self.requester.lineEdit()
        if typed is not None:
            typed.editingFinished.connect(self._commit_requester)
        self.date_raised = OptionalDateEdit(self.details)
        self.date_raised.setObjectName("change_date_raised")
        self.date_raised.committed.connect(lambda value: self._commit({"date_raised": value}))
        self.category = QComboBox(self.details)
        self.category.setObjectName("change_category")
        self.category.activated.connect(
            lambda _i: self._commit({"category_id": self.category.currentData()})
        )
        self.cost = QLineEdit(self.details)
        self.cost.setObjectName("change_cost_impact")
        self.cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cost.editingFinished.connect(self._commit_cost)
        self.days = QSpinBox(self.details)
        self.days.setObjectName("change_time_impact")
        self.days.setRange(-MAX_DAYS, MAX_DAYS)
        self.days.editingFinished.connect(
            lambda: self._commit({"time_impact_days": self.days.value()})
        )
        self.texts: dict[str, CommitPlainTextEdit] = {}
        for field in TEXT_FIELDS:
            editor = CommitPlainTextEdit(self.details)
            editor.setObjectName(f"change_{field}")
            lines = 3 if field in ("description", "reason") else 2
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
            editor.committed.connect(lambda text, f=field: self._commit({f: text}))
            self.texts[field] = editor
        # The decision is read here and made with Approve…, Reject… and Defer….
        self.decision: dict[str, QLabel] = {}
        for field in DECISION_FIELDS:
            label = QLabel(self.details)
            label.setObjectName(f"change_decision_{field}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.decision[field] = label

        self.request_box = QGroupBox(self.details)
        self.form = QFormLayout(self.request_box)
        self._labels: dict[str, QLabel] = {}
        for field, widget in (
            ("title", self.title),
            ("requester_id", self.requester),
            ("date_raised", self.date_raised),
            ("category_id", self.category),
            ("cost_impact_cents", self.cost),
            ("time_impact_days", self.days),
            *((field, self.texts[field]) for field in TEXT_FIELDS),
        ):
            label = QLabel(self.request_box)
            self._labels[field] = label
            self.form.addRow(label, widget)
        self.decision_box = QGroupBox(self.details)
        decision_form = QFormLayout(self.decision_box)
        for field in DECISION_FIELDS:
            label = QLabel(self.decision_box)
            self._labels[field] = label
            decision_form.addRow(label, self.decision[field])
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(6, 6, 6, 6)
        details_layout.addWidget(self.request_box)
        details_layout.addWidget(self.decision_box)
        details_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 580])
        self.summary = QLabel(self)
        self.summary.setObjectName("changeLogSummary")
        self.summary.setContentsMargins(8, 3, 8, 5)
        self.summary.setStyleSheet(f"color: {MUTED.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        self.retranslate()
        self._show_details(None)

    def _action(self, shortcut: str | QKeySequence | None, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.new_action: (self.tr("New change request"), self.tr("Log a change request")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected change")),
            self.approve_action: (
                self.tr("Approve…"),
                self.tr("Approve: revise the budget by its cost impact, re-baseline if asked"),
            ),
            self.reject_action: (self.tr("Reject…"), self.tr("Reject the change request")),
            self.defer_action: (self.tr("Defer…"), self.tr("Decide on it later")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
        headers = {
            "ref": (self.tr("ID"), ""),
            "requester": (field_label("requester_id"), ""),
            "cost_impact_cents": (
                field_label("cost_impact_cents"),
                self.tr("What the change adds to the budget (negative: saves)"),
            ),
            "time_impact_days": (self.tr("Days"), self.tr("Time impact in working days")),
        }
        self.model.set_headers(
            [headers.get(key) or (field_label(key), "") for key in CHANGE_COLUMNS]
        )
        special = {
            "time_impact_days": self.tr("Time impact (days):"),
            "revised": self.tr("Budget revised by:"),
        }
        for field, label in self._labels.items():
            label.setText(special.get(field) or f"{field_label(field)}:")
        self.cost.setPlaceholderText(self.tr("negative for a saving"))
        self.days.setToolTip(self.tr("Working days the change adds (negative: saves)"))
        self.request_box.setTitle(self.tr("Change request"))
        self.decision_box.setTitle(self.tr("Decision"))
        if self.loaded:
            self.invalidate()

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        kept = self.current_key()
        self.changes = self.document.read(list_change_requests)
        self.people = self.document.read(stakeholder_names)
        self.category_names = [(c.id, c.name) for c in self.document.read(categories)]
        self.requester.set_people(self.people)
        self.category.clear()
        self.category.addItem(self.tr("(none)"), None)
        for key, name in self.category_names:
            self.category.addItem(name, key)
        self.model.set_rows([self._row(change) for change in self.changes])
        fit_columns(self.table, stretch=1)
        if kept is None and self.changes:
            kept = self.changes[0].id
        if kept is not None:
            self.select_change(kept)
        self._show_details(self.change(kept) if kept is not None else None)
        approved = [c for c in self.changes if c.status is ChangeStatus.APPROVED]
        self.summary.setText(
            self.tr("{0} change requests, {1} approved · budget revised by {2}")
            .replace("{0}", str(len(self.changes)))
            .replace("{1}", str(len(approved)))
            .replace("{2}", self.fmt.money(sum(c.revised_cents for c in self.changes)))
        )

    def _row(self, change: ChangeRequestData) -> Row:
        fmt = self.fmt
        status = Cell(
            change_status_label(change.status),
            sort=change.status.value,
            colour=STATUS_COLOURS.get(change.status),
        )
        days = change.time_impact_days
        return Row(
            change.id,
            [
                Cell(change.ref, sort=change.ref),
                text_cell(change.title),
                text_cell(change.requester_name),
                date_cell(fmt, change.date_raised),
                money_cell(fmt, change.cost_impact_cents, red=False),
                number_cell(f"{days:+d}" if days else "0", days),
                status,
            ],
        )

    def change(self, change_id: int | None) -> ChangeRequestData | None:
        return next((c for c in self.changes if c.id == change_id), None)

    # -- selection --------------------------------------------------------------------------------
    def current_key(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_change(self, change_id: int) -> QModelIndex:
        row = self.model.row_of(change_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return index

    def _selection_changed(self, *_args: object) -> None:
        self._show_details(self.change(self.current_key()))

    def _show_details(self, change: ChangeRequestData | None) -> None:
        self.shown = change
        editable = self.can_edit() and change is not None
        approved = change is not None and change.status is ChangeStatus.APPROVED
        for widget in (
            self.title,
            self.requester,
            self.date_raised,
            self.days,
            *self.texts.values(),
        ):
            widget.setEnabled(editable)
        for widget in (self.category, self.cost):
            widget.setEnabled(editable and not approved)
            widget.setToolTip(self.tr("Fixed by the approval") if approved else "")
        proposed = change is not None and change.status is not ChangeStatus.APPROVED
        decide = self.can_edit() and proposed
        self.approve_action.setEnabled(decide)
        self.reject_action.setEnabled(decide and change.status is not ChangeStatus.REJECTED)  # type: ignore[union-attr]
        self.defer_action.setEnabled(decide and change.status is not ChangeStatus.DEFERRED)  # type: ignore[union-attr]
        self.new_action.setEnabled(self.can_edit())
        self.delete_action.setEnabled(self.can_edit() and change is not None)
        if change is None:
            self.title.clear()
            self.requester.show_person(None, "")
            self.date_raised.show_value(None, dt.date.today())
            self.category.setCurrentIndex(0)
            self.cost.clear()
            self.days.setValue(0)
            for editor in self.texts.values():
                editor.show_text("")
            for label in self.decision.values():
                label.clear()
            return
        self.title.setText(change.title)
        self.requester.show_person(change.requester_id, change.requester_text)
        self.date_raised.show_value(change.date_raised, dt.date.today())
        self.category.setCurrentIndex(max(0, self.category.findData(change.category_id)))
        self.cost.setText(self.fmt.money(change.cost_impact_cents))
        self.days.setValue(change.time_impact_days)
        for field, editor in self.texts.items():
            editor.show_text(getattr(change, field))
        status = change_status_label(change.status)
        if change.status is ChangeStatus.PROPOSED:
            status = self.tr("{0}: not decided yet").replace("{0}", status)
        self.decision["status"].setText(status)
        self.decision["decided_by"].setText(change.decided_by)
        self.decision["decision_date"].setText(self.fmt.date(change.decision_date))
        self.decision["revised"].setText(
            self.fmt.money(change.revised_cents) if change.revised_cents else "—"
        )

    def decision_text(self, field: str) -> str:
        """What the decision box shows: status, decided_by, decision_date or revised."""
        return self.decision[field].text()

    # -- editing --------------------------------------------------------------------------------
    def can_edit(self) -> bool:
        return self.editable

    def _commit(self, values: dict[str, Any]) -> None:
        """Store edited fields of the shown change (a command); a refusal puts them back."""
        change = self.shown
        if change is None or not self.can_edit():
            return
        if all(getattr(change, name, None) == value for name, value in values.items()):
            return
        if not self.push(SetChangeRequestFieldsCommand(self.document, change.id, values)):
            self._show_details(change)

    def _commit_requester(self) -> None:
        key, text = self.requester.person()
        self._commit({"requester_id": key, "requester_text": text})

    def _commit_cost(self) -> None:
        """The cost impact typed in the form."""
        if self.shown is None:
            return
        text = self.cost.text().strip()
        try:
            cents = parse_money(text, self.language) if text else 0
        except MoneyRefused as exc:
            self.edit_refused.emit(exc)
            self._show_details(self.shown)
            return
        self._commit({"cost_impact_cents": cents})

    def new_change(self) -> None:
        """Log a new change request and put the cursor in its title."""
        values = blank_change_request(self.tr("New change request"), date_raised=self._today())
        command = InsertChangeRequestCommand(self.document, values)
        if self.push(command):
            self.select_change(command.values.id)
            self.title.setFocus()
            self.title.selectAll()

    def delete_change(self) -> None:
        """Delete the selected change request (undoable; refused once it revised the budget)."""
        change = self.shown
        if change is not None and self.can_edit():
            self.push(DeleteChangeRequestCommand(self.document, change.id))

    def _today(self) -> dt.date:
        return self.document.schedule().status_date or dt.date.today()

    def ask_decision(
        self, change: ChangeRequestData, status: ChangeStatus
    ) -> tuple[str, dt.date, list[int]] | None:
        """Who decided, when, and (approving) which tasks to re-baseline; None: cancelled.
        Tests answer instead of the dialog."""
        fmt = self.fmt
        summary = (
            self.tr("{0} {1}: cost impact {2}, time impact {3} working days.")
            .replace("{0}", change.ref)
            .replace("{1}", change.title)
            .replace("{2}", fmt.money(change.cost_impact_cents))
            .replace("{3}", str(change.time_impact_days))
        )
        if status is ChangeStatus.APPROVED and change.cost_impact_cents:
            summary += " " + self.tr("The budget is revised by the cost impact.")
        titles = {
            ChangeStatus.APPROVED: (self.tr("Approve {0}"), self.tr("Approve")),
            ChangeStatus.REJECTED: (self.tr("Reject {0}"), self.tr("Reject")),
            ChangeStatus.DEFERRED: (self.tr("Defer {0}"), self.tr("Defer")),
        }
        title, verb = titles[status]
        tasks = self.document.schedule().rows if status is ChangeStatus.APPROVED else None
        dialog = ApproveChangeDialog(
            title.replace("{0}", change.ref),
            summary,
            tasks,
            change.decided_by,
            self._today(),
            self,
            verb=verb,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.decided_by(), dialog.decision_date(), dialog.task_ids()

    def approve(self) -> None:
        """Approve the selected change request: the budget revision, and a re-baseline of the
        tasks chosen, in one undoable step."""
        change = self.shown
        if change is None or not self.can_edit():
            return
        answer = self.ask_decision(change, ChangeStatus.APPROVED)
        if answer is None:
            return
        decided_by, day, task_ids = answer
        self.push(ApproveChangeCommand(self.document, change.id, decided_by, day, task_ids))

    def decide(self, status: ChangeStatus) -> None:
        """Reject or defer the selected change request."""
        change = self.shown
        if change is None or not self.can_edit():
            return
        answer = self.ask_decision(change, status)
        if answer is None:
            return
        decided_by, day, _tasks = answer
        kind = RejectChangeCommand if status is ChangeStatus.REJECTED else DeferChangeCommand
        self.push(kind(self.document, change.id, decided_by, day))
