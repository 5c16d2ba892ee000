"""Undoable edits of the schedule: each reschedules through the document's ``changed`` signal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import REFUSED, DocumentCommand
from app.commands.document import ProjectDocument
from app.domain.scheduler import LinkType
from app.services import tasks as service
from app.services.changes import ChangeSet
from app.services.update_project import restore_update, update_project


class InsertTasksCommand(DocumentCommand):
    """Insert new tasks at a row; redo brings back the same tasks (same ids)."""

    def __init__(
        self, document: ProjectDocument, position: int, rows: Sequence[dict[str, Any]]
    ) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("Commands", "Insert task")
            if len(rows) == 1
            else QCoreApplication.translate("Commands", "Insert tasks"),
        )
        self.position = position
        self.rows = [dict(row) for row in rows]
        self.ids: list[int] = []

    def forward(self) -> ChangeSet:
        change, self.ids = self.document.execute(service.insert_tasks, self.position, self.rows)
        self.rows = [{**row, "id": key} for row, key in zip(self.rows, self.ids, strict=True)]
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.remove_inserted, self.ids)


class DeleteTasksCommand(DocumentCommand):
    """Delete tasks with their links; undo restores them exactly."""

    def __init__(self, document: ProjectDocument, ids: Sequence[int]) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete tasks"))
        self.ids = list(ids)
        self.state: service.TaskState | None = None

    def forward(self) -> ChangeSet:
        change, self.state = self.document.execute(service.delete_tasks, self.ids)
        return change

    def backward(self) -> ChangeSet:
        assert self.state is not None
        return self.document.execute(service.restore_tasks, self.state)


class IndentTasksCommand(DocumentCommand):
    """Indent (+1) or outdent (-1) tasks with their subtasks."""

    def __init__(self, document: ProjectDocument, ids: Sequence[int], step: int) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("Commands", "Indent")
            if step > 0
            else QCoreApplication.translate("Commands", "Outdent"),
        )
        self.ids = list(ids)
        self.step = step
        self.old: dict[int, int] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(service.indent_tasks, self.ids, self.step)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.set_levels, self.old)


class MoveTasksCommand(DocumentCommand):
    """Move tasks (with their subtasks) one place up (-1) or down (+1) among their siblings."""

    def __init__(self, document: ProjectDocument, ids: Sequence[int], step: int) -> None:
        super().__init__(
            document,
            QCoreApplication.translate("Commands", "Move up")
            if step < 0
            else QCoreApplication.translate("Commands", "Move down"),
        )
        self.ids = list(ids)
        self.step = step
        self.old: dict[int, int] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(service.move_tasks, self.ids, self.step)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.set_positions, self.old)


class SetTaskFieldCommand(DocumentCommand):
    """Change one field of one task as typed: name, duration, start, predecessors, …"""

    def __init__(
        self,
        document: ProjectDocument,
        task_id: int,
        field: str,
        value: Any,
        language: str = "en",
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit task"))
        self.task_id = task_id
        self.field = field
        self.value = value
        self.language = language
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(
            service.set_task_field, self.task_id, self.field, self.value, self.language
        )
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.restore_columns, self.task_id, self.old)


class SetTasksFieldCommand(DocumentCommand):
    """The same value into one field of several tasks (multi-select edit, fill down)."""

    def __init__(
        self,
        document: ProjectDocument,
        task_ids: Sequence[int],
        field: str,
        value: Any,
        language: str = "en",
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit tasks"))
        self.task_ids = list(task_ids)
        self.field = field
        self.value = value
        self.language = language
        self.old: list[dict[str, Any]] = []

    def forward(self) -> ChangeSet:
        self.old = []
        try:
            for task_id in self.task_ids:
                _change, old = self.document.execute(
                    service.set_task_field, task_id, self.field, self.value, self.language
                )
                self.old.append(old)
        except REFUSED:
            self.backward()  # all or nothing: put back the tasks already changed
            raise
        return service.task_change(self.task_ids)

    def backward(self) -> ChangeSet:
        for task_id, old in reversed(list(zip(self.task_ids, self.old, strict=False))):
            self.document.execute(service.restore_columns, task_id, old)
        return service.task_change(self.task_ids)


class LinkTasksCommand(DocumentCommand):
    """Link the selected tasks finish-to-start, in the order selected (Ctrl+F2)."""

    def __init__(
        self, document: ProjectDocument, ids: Sequence[int], kind: LinkType = LinkType.FS
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Link tasks"))
        self.ids = list(ids)
        self.kind = kind
        self.created: list[int] = []

    def forward(self) -> ChangeSet:
        change, self.created = self.document.execute(service.link_tasks, self.ids, self.kind)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.remove_links, self.created)


class UnlinkTasksCommand(DocumentCommand):
    """Remove the links between the selected tasks (or all links of a single task)."""

    def __init__(self, document: ProjectDocument, ids: Sequence[int]) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Unlink tasks"))
        self.ids = list(ids)
        self.removed: list[dict[str, Any]] = []

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(service.unlink_tasks, self.ids)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(service.add_links, self.removed)


class UpdateProjectCommand(DocumentCommand):
    """Project > Update Project: uncompleted work moves past the status date."""

    def __init__(self, document: ProjectDocument) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Update project"))
        self.old: list[dict[str, Any]] = []

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(update_project)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(restore_update, self.old)
