"""The project calendar as an undoable edit, and importing a Microsoft Project file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.calendar_edit import CalendarSettings, save_project_calendar
from app.services.changes import ChangeSet


class SetProjectCalendarCommand(DocumentCommand):
    """Replace the project calendar's week, holidays and exceptions; undo puts the old back."""

    def __init__(self, document: ProjectDocument, settings: CalendarSettings) -> None:
        super().__init__(
            document, QCoreApplication.translate("Commands", "Change project calendar")
        )
        self.settings = settings
        self.old: CalendarSettings | None = None

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(save_project_calendar, self.settings)
        return change

    def backward(self) -> ChangeSet:
        assert self.old is not None
        change, _replaced = self.document.execute(save_project_calendar, self.old)
        return change


def import_microsoft_project(source: Path, target: Path) -> Path:
    """Write a new project at ``target`` from the MSPDI file ``source``; returns ``target``.

    The caller asked the user about replacing ``target`` already (the save dialog does),
    so an existing file there is replaced. Raises MspdiError (a ValueError) for a file
    that is not Microsoft Project XML, StoreError or OSError when writing fails.
    """
    from app.services.import_mspdi import import_mspdi  # the XML reader loads on first use

    import_mspdi(Path(source), Path(target), overwrite=True).close()
    return Path(target)
