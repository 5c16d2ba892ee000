"""The shape every edit takes: a service call forward, another one back."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.commands.document import ProjectDocument, ReadOnlyDocument
from app.domain.validation import InvalidValue
from app.services.changes import ChangeSet

REFUSED = (InvalidValue, LookupError)
# What a view catches around ``document.push``: a refused value or a read-only file.
EDIT_REFUSED = (*REFUSED, ReadOnlyDocument)


class DocumentCommand(QUndoCommand):
    """Subclasses implement ``forward`` and ``backward``; each returns a ChangeSet.

    When the first ``redo`` is refused (bad value, missing row) the command marks
    itself obsolete, so Qt drops it instead of stacking an edit that never happened.
    """

    def __init__(self, document: ProjectDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.error: Exception | None = None

    def forward(self) -> ChangeSet:
        raise NotImplementedError  # pragma: no cover

    def backward(self) -> ChangeSet:
        raise NotImplementedError  # pragma: no cover

    def redo(self) -> None:
        try:
            change = self.forward()
        except REFUSED as exc:
            self.error = exc
            self.setObsolete(True)
            return
        if change.is_empty():
            self.setObsolete(True)  # nothing happened: no undo step for it
            return
        self.document.announce(change)

    def undo(self) -> None:
        self.document.announce(self.backward())
