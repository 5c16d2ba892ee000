"""Edits to the resource sheet: insert, delete (with its assignments), move, change a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.resources import (
    RemovedResource,
    ResourceData,
    delete_resource,
    insert_resource,
    move_resource,
    restore_resource,
    set_resource_field,
    with_identity,
)


class InsertResourceCommand(DocumentCommand):
    """Add a resource; redo brings it back with the same id."""

    def __init__(
        self, document: ProjectDocument, position: int, values: ResourceData, language: str = "en"
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add resource"))
        self.position = position
        self.values = values
        self.language = language
        self.inserted: ResourceData | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted = self.document.execute(
            insert_resource, self.position, self.values, self.language
        )
        self.values = with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        change, _ = self.document.execute(delete_resource, self.inserted.id)
        return change


class DeleteResourceCommand(DocumentCommand):
    """Delete a resource and its assignments; undo puts both back exactly."""

    def __init__(self, document: ProjectDocument, resource_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete resource"))
        self.resource_id = resource_id
        self.removed: RemovedResource | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(delete_resource, self.resource_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(restore_resource, self.removed)


class MoveResourceCommand(DocumentCommand):
    """Move a resource up or down the sheet."""

    def __init__(self, document: ProjectDocument, resource_id: int, position: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Move resource"))
        self.resource_id = resource_id
        self.position = position
        self.old_position: int | None = None

    def forward(self) -> ChangeSet:
        change, self.old_position = self.document.execute(
            move_resource, self.resource_id, self.position
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.old_position is not None
        change, _ = self.document.execute(move_resource, self.resource_id, self.old_position)
        return change


class SetResourceFieldCommand(DocumentCommand):
    """Change one field of one resource (money as cents or text in the UI language)."""

    def __init__(
        self,
        document: ProjectDocument,
        resource_id: int,
        field: str,
        value: Any,
        language: str = "en",
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit resource"))
        self.resource_id = resource_id
        self.field = field
        self.new = value
        self.language = language
        self.old: Any = None
        self.done = False

    def forward(self) -> ChangeSet:
        change, old = self.document.execute(
            set_resource_field, self.resource_id, self.field, self.new, self.language
        )
        if not self.done:  # the first time: what undo goes back to
            self.old = old
            self.done = True
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(
            set_resource_field, self.resource_id, self.field, self.old, self.language
        )
        return change
