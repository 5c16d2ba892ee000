"""Undoable edits of the issue log; each redo brings back the same rows (same ids and codes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services import issues as service
from app.services.changes import ChangeSet


class InsertIssueCommand(DocumentCommand):
    """Add an issue (I-nnn chosen on the first redo, kept on later ones)."""

    def __init__(
        self, document: ProjectDocument, values: service.IssueData, position: int | None = None
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add issue"))
        self.values = values
        self.position = position
        self.inserted: service.IssueData | None = None
        self.counter: str | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted, self.counter = self.document.execute(
            service.insert_issue, self.values, self.position
        )
        self.values = service.with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        return self.document.execute(service.undo_insert_issue, self.inserted.id, self.counter)


class DeleteIssueCommand(DocumentCommand):
    """Delete an issue with its task links; undo restores them."""

    def __init__(self, document: ProjectDocument, issue_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete issue"))
        self.issue_id = issue_id
        self.removed: service.RemovedIssue | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(service.delete_issue, self.issue_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(service.restore_issue, self.removed)


class SetIssueFieldsCommand(DocumentCommand):
    """Change some fields of one issue."""

    def __init__(
        self,
        document: ProjectDocument,
        issue_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(document, text or QCoreApplication.translate("Commands", "Edit issue"))
        self.issue_id = issue_id
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(
            service.set_issue_fields, self.issue_id, self.values
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(service.set_issue_fields, self.issue_id, self.old)
        return change


class LinkIssueTaskCommand(DocumentCommand):
    """Link an issue to a task it affects."""

    def __init__(self, document: ProjectDocument, issue_id: int, task_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Link issue to task"))
        self.issue_id = issue_id
        self.task_id = task_id
        self.link_id: int | None = None

    def forward(self) -> ChangeSet:
        change, self.link_id = self.document.execute(
            service.link_issue_task, self.issue_id, self.task_id, self.link_id
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(service.unlink_issue_task, self.issue_id, self.task_id)
        return change


class UnlinkIssueTaskCommand(DocumentCommand):
    """Remove an issue's link to a task."""

    def __init__(self, document: ProjectDocument, issue_id: int, task_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Unlink issue from task"))
        self.issue_id = issue_id
        self.task_id = task_id
        self.link_id: int | None = None

    def forward(self) -> ChangeSet:
        change, self.link_id = self.document.execute(
            service.unlink_issue_task, self.issue_id, self.task_id
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(
            service.link_issue_task, self.issue_id, self.task_id, self.link_id
        )
        return change
