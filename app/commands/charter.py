"""Edits to the project charter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.charter import normalise_charter_value, read_charter, set_charter_field


class SetCharterFieldCommand(DocumentCommand):
    """Change one charter field; undo puts the old value back."""

    def __init__(self, document: ProjectDocument, field: str, value: Any, label: str) -> None:
        super().__init__(
            document, QCoreApplication.translate("Commands", "Change {0}").format(label)
        )
        self.field = field
        self.new = value
        self.old = getattr(document.read(read_charter), field)

        self.replaced: dict[str, Any] | None = None

    def forward(self) -> ChangeSet:
        if self.field == "status_date":  # the earned value at the new date is kept as history
            from app.services.earned_value import move_status_date

            change, self.replaced = self.document.execute(move_status_date, self.new)
            return change
        return self.document.execute(set_charter_field, self.field, self.new)

    def backward(self) -> ChangeSet:
        if self.field == "status_date":
            from app.services.earned_value import undo_status_date

            return self.document.execute(undo_status_date, self.old, self.new, self.replaced)
        return self.document.execute(set_charter_field, self.field, self.old)


def charter_value_changes(document: ProjectDocument, field: str, value: Any) -> bool:
    """Whether storing ``value`` would change anything (so no empty undo steps)."""
    current = getattr(document.read(read_charter), field)
    return bool(normalise_charter_value(field, value) != current)
