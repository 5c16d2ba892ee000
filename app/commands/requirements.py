"""Edits to the requirements list: insert, delete, move, change a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.requirements import (
    RequirementData,
    delete_requirement,
    get_requirement,
    insert_requirement,
    move_requirement,
    set_requirement_field,
    with_identity,
)


class InsertRequirementCommand(DocumentCommand):
    """Insert a requirement; redo brings it back with the same id and code."""

    def __init__(self, document: ProjectDocument, position: int, values: RequirementData) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add requirement"))
        self.position = position
        self.values = values
        self.inserted: RequirementData | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted = self.document.execute(
            insert_requirement, self.position, self.values
        )
        self.values = with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        change, _ = self.document.execute(delete_requirement, self.inserted.id)
        return change


class DeleteRequirementCommand(DocumentCommand):
    """Delete a requirement; undo puts the same row back in the same place."""

    def __init__(self, document: ProjectDocument, requirement_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete requirement"))
        self.requirement_id = requirement_id
        self.removed: RequirementData | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(delete_requirement, self.requirement_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        change, _ = self.document.execute(insert_requirement, self.removed.position, self.removed)
        return change


class MoveRequirementCommand(DocumentCommand):
    """Move a requirement up or down the list."""

    def __init__(self, document: ProjectDocument, requirement_id: int, position: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Move requirement"))
        self.requirement_id = requirement_id
        self.position = position
        self.old_position: int | None = None

    def forward(self) -> ChangeSet:
        change, self.old_position = self.document.execute(
            move_requirement, self.requirement_id, self.position
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.old_position is not None
        change, _ = self.document.execute(move_requirement, self.requirement_id, self.old_position)
        return change


class SetRequirementFieldCommand(DocumentCommand):
    """Change one field of one requirement."""

    def __init__(
        self, document: ProjectDocument, requirement_id: int, field: str, value: Any
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit requirement"))
        self.requirement_id = requirement_id
        self.field = field
        self.new = value
        self.old = getattr(document.read(get_requirement, requirement_id), field)

    def forward(self) -> ChangeSet:
        change, _ = self.document.execute(
            set_requirement_field, self.requirement_id, self.field, self.new
        )
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(
            set_requirement_field, self.requirement_id, self.field, self.old
        )
        return change
