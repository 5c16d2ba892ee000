"""Edits to the stakeholder register: insert, delete, move, change a field, anonymise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.stakeholders import (
    RemovedStakeholder,
    StakeholderData,
    anonymise_stakeholder,
    delete_stakeholder,
    insert_stakeholder,
    move_stakeholder,
    restore_stakeholder,
    restore_stakeholder_fields,
    set_stakeholder_field,
    with_identity,
)


class InsertStakeholderCommand(DocumentCommand):
    """Add a stakeholder; redo brings it back with the same id."""

    def __init__(self, document: ProjectDocument, position: int, values: StakeholderData) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add stakeholder"))
        self.position = position
        self.values = values
        self.inserted: StakeholderData | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted = self.document.execute(
            insert_stakeholder, self.position, self.values
        )
        self.values = with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        change, _ = self.document.execute(delete_stakeholder, self.inserted.id)
        return change


class DeleteStakeholderCommand(DocumentCommand):
    """Delete a stakeholder; undo puts it back and points its risks and issues at it again."""

    def __init__(self, document: ProjectDocument, stakeholder_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete stakeholder"))
        self.stakeholder_id = stakeholder_id
        self.removed: RemovedStakeholder | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(delete_stakeholder, self.stakeholder_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(restore_stakeholder, self.removed)


class MoveStakeholderCommand(DocumentCommand):
    """Move a stakeholder up or down the register."""

    def __init__(self, document: ProjectDocument, stakeholder_id: int, position: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Move stakeholder"))
        self.stakeholder_id = stakeholder_id
        self.position = position
        self.old_position: int | None = None

    def forward(self) -> ChangeSet:
        change, self.old_position = self.document.execute(
            move_stakeholder, self.stakeholder_id, self.position
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.old_position is not None
        change, _ = self.document.execute(move_stakeholder, self.stakeholder_id, self.old_position)
        return change


class SetStakeholderFieldCommand(DocumentCommand):
    """Change one field of one stakeholder."""

    def __init__(
        self, document: ProjectDocument, stakeholder_id: int, field: str, value: Any
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Edit stakeholder"))
        self.stakeholder_id = stakeholder_id
        self.field = field
        self.new = value
        self.old: Any = None

    def forward(self) -> ChangeSet:
        change, old = self.document.execute(
            set_stakeholder_field, self.stakeholder_id, self.field, self.new
        )
        if self.old is None:  # the first time: what undo goes back to
            self.old = old
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(
            set_stakeholder_field, self.stakeholder_id, self.field, self.old
        )
        return change


class AnonymiseStakeholderCommand(DocumentCommand):
    """Replace the name and clear the personal data; undo puts everything back."""

    def __init__(self, document: ProjectDocument, stakeholder_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Anonymise stakeholder"))
        self.stakeholder_id = stakeholder_id
        # The stored name is in the language the user works in.
        self.name_template = QCoreApplication.translate("Commands", "Anonymised stakeholder {0}")
        self.old: dict[str, Any] | None = None

    def forward(self) -> ChangeSet:
        change, old = self.document.execute(
            anonymise_stakeholder, self.stakeholder_id, self.name_template
        )
        if self.old is None:
            self.old = old
        return change

    def backward(self) -> ChangeSet:
        assert self.old is not None
        return self.document.execute(restore_stakeholder_fields, self.stakeholder_id, self.old)
