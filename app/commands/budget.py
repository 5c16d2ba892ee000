"""Undoable edits of the budget: cost categories, budget lines, expenses and invoices,
purchase orders, the change log with its decisions (an approval adds a budget revision and
can re-baseline tasks, all undone in one step), the reserves and their drawdowns.

Each redo brings back the same rows (same ids and codes), so undo and redo restore the
file exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.domain.budget import CommitmentStatus
from app.services import baselines as baseline_service
from app.services import budget_edit as budget
from app.services import change_requests as changes
from app.services import reserves
from app.services.changes import ChangeSet


class _SetFieldsCommand(DocumentCommand):
    """Change some fields of one row; undo stores the values they replaced."""

    def __init__(
        self,
        document: ProjectDocument,
        setter: Callable[..., tuple[ChangeSet, dict[str, Any]]],
        row_id: int,
        values: Mapping[str, Any],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.setter = setter
        self.row_id = row_id
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(self.setter, self.row_id, self.values)
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(self.setter, self.row_id, self.old)
        return change


class _InsertRowCommand(DocumentCommand):
    """Add one row; undo deletes it, redo brings it back with the same id."""

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        values: Any,
        insert: Callable[..., tuple[ChangeSet, Any]],
        delete: Callable[..., tuple[ChangeSet, Any]],
        with_id: Callable[[Any, int], Any],
    ) -> None:
        super().__init__(document, text)
        self.values = values
        self.insert, self.delete, self.with_id = insert, delete, with_id

    def forward(self) -> ChangeSet:
        change, inserted = self.document.execute(self.insert, self.values)
        self.values = self.with_id(self.values, inserted.id)
        return change

    def backward(self) -> ChangeSet:
        change, _removed = self.document.execute(self.delete, self.values.id)
        return change


class _DeleteRowCommand(DocumentCommand):
    """Delete one row; undo restores what the delete returned."""

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        row_id: int,
        delete: Callable[..., tuple[ChangeSet, Any]],
        restore: Callable[..., ChangeSet],
    ) -> None:
        super().__init__(document, text)
        self.row_id = row_id
        self.delete, self.restore = delete, restore
        self.removed: Any = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(self.delete, self.row_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(self.restore, self.removed)


# -- cost categories ---------------------------------------------------------------------------
class InsertCostCategoryCommand(DocumentCommand):
    """Add a cost category (at the end unless ``position``)."""

    def __init__(self, document: ProjectDocument, name: str, position: int | None = None) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add cost category"))
        self.name = name
        self.position = position
        self.category_id = 0

    def forward(self) -> ChangeSet:
        change, category = self.document.execute(
            budget.insert_cost_category, self.name, self.position, self.category_id
        )
        self.category_id = category.id
        return change

    def backward(self) -> ChangeSet:
        change, _removed = self.document.execute(budget.delete_cost_category, self.category_id)
        return change


class RenameCostCategoryCommand(DocumentCommand):
    """Rename a cost category."""

    def __init__(self, document: ProjectDocument, category_id: int, name: str) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Rename cost category"))
        self.category_id = category_id
        self.name = name
        self.old = ""

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(
            budget.rename_cost_category, self.category_id, self.name
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(budget.rename_cost_category, self.category_id, self.old)
        return change


class MoveCostCategoryCommand(DocumentCommand):
    """Move a cost category up or down the list."""

    def __init__(self, document: ProjectDocument, category_id: int, position: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Move cost category"))
        self.category_id = category_id
        self.position = position
        self.old = 0

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(
            budget.move_cost_category, self.category_id, self.position
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(budget.move_cost_category, self.category_id, self.old)
        return change


class DeleteCostCategoryCommand(DocumentCommand):
    """Delete a cost category; with ``move_to`` what used it moves to that category.

    Refused (InvalidValue ``in_use``) while it is used and no ``move_to`` is given, and
    (``has_revisions``) when budget revisions name it.
    """

    def __init__(
        self, document: ProjectDocument, category_id: int, move_to: int | None = None
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete cost category"))
        self.category_id = category_id
        self.move_to = move_to
        self.removed: budget.RemovedCategory | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(
            budget.delete_cost_category, self.category_id, self.move_to
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(budget.restore_cost_category, self.removed)


# -- budget lines -------------------------------------------------------------------------------
class SetBudgetLineCommand(DocumentCommand):
    """Set a category's budget in a month; 0 removes the line."""

    def __init__(
        self, document: ProjectDocument, category_id: int, month: dt.date, amount_cents: int
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Set budget"))
        self.category_id = category_id
        self.month = month
        self.amount_cents = amount_cents
        self.edit: budget.LineEdit | None = None

    def forward(self) -> ChangeSet:
        line_id = self.edit.line_id or 0 if self.edit is not None else 0
        change, self.edit = self.document.execute(
            budget.set_budget_line, self.category_id, self.month, self.amount_cents, line_id
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.edit is not None
        return self.document.execute(budget.undo_budget_line, self.edit)


# -- expenses and invoices ------------------------------------------------------------------------
class InsertExpenseCommand(_InsertRowCommand):
    """Book an expense or a supplier's invoice."""

    def __init__(self, document: ProjectDocument, values: budget.ExpenseData) -> None:
        text = QCoreApplication.translate("Commands", "Add expense")
        super().__init__(
            document, text, values, budget.insert_expense, budget.delete_expense, budget.with_id
        )


class SetExpenseFieldsCommand(_SetFieldsCommand):
    """Change some fields of an expense or invoice."""

    def __init__(
        self,
        document: ProjectDocument,
        expense_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(
            document,
            budget.set_expense_fields,
            expense_id,
            values,
            text or QCoreApplication.translate("Commands", "Edit expense"),
        )


class DeleteExpenseCommand(_DeleteRowCommand):
    """Delete an expense or invoice; undo puts it back."""

    def __init__(self, document: ProjectDocument, expense_id: int) -> None:
        text = QCoreApplication.translate("Commands", "Delete expense")
        super().__init__(document, text, expense_id, budget.delete_expense, budget.restore_expense)


# -- purchase orders ------------------------------------------------------------------------------
class InsertCommitmentCommand(_InsertRowCommand):
    """Record a purchase order or contract."""

    def __init__(self, document: ProjectDocument, values: budget.CommitmentData) -> None:
        text = QCoreApplication.translate("Commands", "Add purchase order")
        super().__init__(
            document,
            text,
            values,
            budget.insert_commitment,
            budget.delete_commitment,
            budget.with_id,
        )


class SetCommitmentFieldsCommand(_SetFieldsCommand):
    """Change some fields of a purchase order."""

    def __init__(
        self,
        document: ProjectDocument,
        commitment_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(
            document,
            budget.set_commitment_fields,
            commitment_id,
            values,
            text or QCoreApplication.translate("Commands", "Edit purchase order"),
        )


class SetCommitmentStatusCommand(_SetFieldsCommand):
    """Close, cancel or reopen a purchase order."""

    def __init__(
        self, document: ProjectDocument, commitment_id: int, status: CommitmentStatus | str
    ) -> None:
        value = status.value if isinstance(status, CommitmentStatus) else status
        texts = {
            CommitmentStatus.OPEN.value: QCoreApplication.translate(
                "Commands", "Reopen purchase order"
            ),
            CommitmentStatus.CLOSED.value: QCoreApplication.translate(
                "Commands", "Close purchase order"
            ),
            CommitmentStatus.CANCELLED.value: QCoreApplication.translate(
                "Commands", "Cancel purchase order"
            ),
        }
        super().__init__(
            document,
            budget.set_commitment_fields,
            commitment_id,
            {"status": value},
            texts.get(value, QCoreApplication.translate("Commands", "Edit purchase order")),
        )


class DeleteCommitmentCommand(_DeleteRowCommand):
    """Delete a purchase order; its invoices stay, and undo links them again."""

    def __init__(self, document: ProjectDocument, commitment_id: int) -> None:
        text = QCoreApplication.translate("Commands", "Delete purchase order")
        super().__init__(
            document, text, commitment_id, budget.delete_commitment, budget.restore_commitment
        )


# -- the change log -----------------------------------------------------------------------------
class InsertChangeRequestCommand(DocumentCommand):
    """Add a change request (CR-nnn chosen on the first redo, kept on later ones)."""

    def __init__(
        self,
        document: ProjectDocument,
        values: changes.ChangeRequestData,
        position: int | None = None,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add change request"))
        self.values = values
        self.position = position
        self.inserted: changes.ChangeRequestData | None = None
        self.counter: str | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted, self.counter = self.document.execute(
            changes.insert_change_request, self.values, self.position
        )
        self.values = changes.with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        return self.document.execute(
            changes.undo_insert_change_request, self.inserted.id, self.counter
        )


class SetChangeRequestFieldsCommand(_SetFieldsCommand):
    """Change some fields of a change request (approval goes through ApproveChangeCommand)."""

    def __init__(
        self,
        document: ProjectDocument,
        change_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(
            document,
            changes.set_change_fields,
            change_id,
            values,
            text or QCoreApplication.translate("Commands", "Edit change request"),
        )


class DeleteChangeRequestCommand(DocumentCommand):
    """Delete a change request (refused while budget revisions name it); undo restores it."""

    def __init__(self, document: ProjectDocument, change_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete change request"))
        self.change_id = change_id
        self.removed: changes.RemovedChange | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(changes.delete_change_request, self.change_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(changes.restore_change_request, self.removed)


class ApproveChangeCommand(DocumentCommand):
    """Approve a change request: decision fields, a dated budget revision for its cost
    impact, and optionally the affected tasks re-baselined, in one transaction.

    Undo removes the revision and puts the baseline rows and the decision fields back
    exactly; redo brings back the same rows.
    """

    def __init__(
        self,
        document: ProjectDocument,
        change_id: int,
        decided_by: str,
        decision_date: dt.date,
        rebaseline_task_ids: Sequence[int] | None = None,
        baseline_number: int | None = None,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Approve change request"))
        self.change_id = change_id
        self.decided_by = decided_by
        self.decision_date = decision_date
        self.rebaseline_task_ids = list(rebaseline_task_ids or [])
        self.baseline_number = baseline_number
        self.decision: changes.Decision | None = None

    def forward(self) -> ChangeSet:
        change, self.decision = self.document.execute(
            changes.approve_change,
            self.change_id,
            self.decided_by,
            self.decision_date,
            self.rebaseline_task_ids,
            self.baseline_number,
            again=self.decision,
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.decision is not None
        return self.document.execute(changes.undo_decision, self.decision)


class _PlainDecisionCommand(DocumentCommand):
    decide: Callable[..., tuple[ChangeSet, changes.Decision]]

    def __init__(
        self,
        document: ProjectDocument,
        change_id: int,
        decided_by: str,
        decision_date: dt.date,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.change_id = change_id
        self.decided_by = decided_by
        self.decision_date = decision_date
        self.decision: changes.Decision | None = None

    def forward(self) -> ChangeSet:
        change, self.decision = self.document.execute(
            type(self).decide, self.change_id, self.decided_by, self.decision_date
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.decision is not None
        return self.document.execute(changes.undo_decision, self.decision)


class RejectChangeCommand(_PlainDecisionCommand):
    """Reject a change request (decision fields, no budget revision)."""

    decide = staticmethod(changes.reject_change)

    def __init__(
        self, document: ProjectDocument, change_id: int, decided_by: str, decision_date: dt.date
    ) -> None:
        super().__init__(
            document,
            change_id,
            decided_by,
            decision_date,
            QCoreApplication.translate("Commands", "Reject change request"),
        )


class DeferChangeCommand(_PlainDecisionCommand):
    """Defer a change request (decision fields, no budget revision)."""

    decide = staticmethod(changes.defer_change)

    def __init__(
        self, document: ProjectDocument, change_id: int, decided_by: str, decision_date: dt.date
    ) -> None:
        super().__init__(
            document,
            change_id,
            decided_by,
            decision_date,
            QCoreApplication.translate("Commands", "Defer change request"),
        )


class RebaselineTasksCommand(DocumentCommand):
    """Save baseline ``number`` for some tasks only (summaries above them rolled up)."""

    def __init__(self, document: ProjectDocument, number: int, task_ids: Sequence[int]) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("Commands", "Save baseline {0} for selected tasks").format(
                number
            ),
        )
        self.number = number
        self.task_ids = list(task_ids)
        self.patch: baseline_service.BaselinePatch | None = None

    def forward(self) -> ChangeSet:
        row_ids = self.patch.inserted if self.patch is not None else None
        change, self.patch = self.document.execute(
            baseline_service.rebaseline_tasks, self.number, self.task_ids, row_ids=row_ids
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.patch is not None
        return self.document.execute(baseline_service.undo_rebaseline_tasks, self.patch)


# -- reserves -----------------------------------------------------------------------------------
class SetReserveSettingsCommand(DocumentCommand):
    """Change how the reserves are set: contingency from the risks or a set amount, and the
    management reserve."""

    def __init__(self, document: ProjectDocument, values: Mapping[str, Any]) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Reserves"))
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(reserves.set_reserve_settings, self.values)
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(reserves.set_reserve_settings, self.old)
        return change


class InsertDrawdownCommand(_InsertRowCommand):
    """Record a drawdown from the contingency or the management reserve."""

    def __init__(self, document: ProjectDocument, values: reserves.DrawdownData) -> None:
        text = QCoreApplication.translate("Commands", "Add drawdown")
        super().__init__(
            document,
            text,
            values,
            reserves.insert_drawdown,
            reserves.delete_drawdown,
            reserves.with_id,
        )


class SetDrawdownFieldsCommand(_SetFieldsCommand):
    """Change some fields of a drawdown."""

    def __init__(
        self,
        document: ProjectDocument,
        drawdown_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(
            document,
            reserves.set_drawdown_fields,
            drawdown_id,
            values,
            text or QCoreApplication.translate("Commands", "Edit drawdown"),
        )


class DeleteDrawdownCommand(_DeleteRowCommand):
    """Delete a drawdown; undo puts it back."""

    def __init__(self, document: ProjectDocument, drawdown_id: int) -> None:
        text = QCoreApplication.translate("Commands", "Delete drawdown")
        super().__init__(
            document, text, drawdown_id, reserves.delete_drawdown, reserves.restore_drawdown
        )
