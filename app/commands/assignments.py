"""Undoable assignment edits: a resource on or off a task, units, work, amounts, the task
type, and the Resource Names column.

Each command runs its service once; undo puts back the task's assignments as they were and
redo the ones the edit made, so both restore the file exactly (ids included).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.domain.validation import InvalidValue
from app.services import assignments as service
from app.services.changes import ChangeSet


class _AssignmentCommand(DocumentCommand):
    """The shared shape: ``edit`` the first time, snapshots after that."""

    def __init__(self, document: ProjectDocument, text: str) -> None:
        super().__init__(document, text)
        self.before: list[service.TaskAssignments] | None = None
        self.after: list[service.TaskAssignments] | None = None

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        raise NotImplementedError  # pragma: no cover

    def forward(self) -> ChangeSet:
        if self.after is not None:
            return self.document.execute(service.restore_assignments, self.after)
        change, self.before = self.edit()
        self.after = self.document.read(service.snapshot, [state.task_id for state in self.before])
        return change

    def backward(self) -> ChangeSet:
        assert self.before is not None
        return self.document.execute(service.restore_assignments, self.before)

    def _run(
        self, function: Callable[..., tuple[ChangeSet, list[service.TaskAssignments]]], *args: Any
    ) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        return self.document.execute(function, *args)


class AddAssignmentCommand(_AssignmentCommand):
    """Put a resource on a task (units None: 100 % or the resource's maximum)."""

    def __init__(
        self,
        document: ProjectDocument,
        task_id: int,
        resource_id: int,
        units: float | None = None,
        amount_cents: int = 0,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Assign resource"))
        self.task_id = task_id
        self.resource_id = resource_id
        self.units = units
        self.amount_cents = amount_cents

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        return self._run(
            service.add_assignment, self.task_id, self.resource_id, self.units, self.amount_cents
        )


class RemoveAssignmentCommand(_AssignmentCommand):
    """Take a resource off a task."""

    def __init__(self, document: ProjectDocument, assignment_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Remove assignment"))
        self.assignment_id = assignment_id

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        return self._run(service.remove_assignment, self.assignment_id)


class SetAssignmentFieldCommand(_AssignmentCommand):
    """Change an assignment's units, work or amount (``field``: units, work, amount)."""

    SERVICES: dict[str, Callable[..., tuple[ChangeSet, list[service.TaskAssignments]]]] = {
        "units": service.set_assignment_units,
        "work": service.set_assignment_work,
        "amount": service.set_assignment_amount,
    }

    def __init__(
        self,
        document: ProjectDocument,
        assignment_id: int,
        field: str,
        value: Any,
        language: str = "en",
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit assignment"))
        self.assignment_id = assignment_id
        self.field = field
        self.value = value
        self.language = language

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        function = self.SERVICES.get(self.field)
        if function is None:
            raise InvalidValue(self.field, "unknown_field")
        return self._run(function, self.assignment_id, self.value, self.language)


class SetTaskResourcesCommand(_AssignmentCommand):
    """What was typed in the Resource Names column (``Jan[50%];Piet``)."""

    def __init__(
        self, document: ProjectDocument, task_id: int, text: str, language: str = "en"
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit resource names"))
        self.task_id = task_id
        self.text = text
        self.language = language

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        return self._run(service.set_task_resources, self.task_id, self.text, self.language)


class SetTaskSchedulingCommand(_AssignmentCommand):
    """The task type (0 fixed units, 1 fixed duration, 2 fixed work) or effort-driven."""

    def __init__(self, document: ProjectDocument, task_id: int, field: str, value: Any) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit task type"))
        self.task_id = task_id
        self.field = field
        self.value = value

    def edit(self) -> tuple[ChangeSet, list[service.TaskAssignments]]:
        return self._run(service.set_task_scheduling, self.task_id, self.field, self.value)
