"""Saving a baseline, undoably."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.baselines import restore_baseline, save_baseline
from app.services.changes import ChangeSet


class SaveBaselineCommand(DocumentCommand):
    """Store the current schedule as baseline 0–10; undo puts the previous one back."""

    def __init__(self, document: ProjectDocument, number: int) -> None:
        super().__init__(
            document, QCoreApplication.translate("Commands", "Save baseline {0}").format(number)
        )
        self.number = number
        self.replaced: list[dict[str, Any]] = []

    def forward(self) -> ChangeSet:
        change, self.replaced = self.document.execute(save_baseline, self.number)
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(restore_baseline, self.number, self.replaced)
