"""Reading an edited Koers workbook back: all its edits as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.import_xlsx_roundtrip import (
    TaskTables,
    WorkbookChanges,
    apply_workbook_changes,
    restore_task_tables,
)


class ApplyWorkbookCommand(DocumentCommand):
    """Apply a planned workbook import (``plan_workbook_changes``); undo restores the task
    tables exactly as they were, redo exactly as the import left them."""

    def __init__(self, document: ProjectDocument, changes: WorkbookChanges) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Import workbook"))
        self.changes = changes
        self.states: tuple[TaskTables, TaskTables] | None = None

    def forward(self) -> ChangeSet:
        if self.states is None:
            if self.changes.is_empty:
                return ChangeSet()
            change, self.states = self.document.execute(apply_workbook_changes, self.changes)
            return change
        before, after = self.states
        return self.document.execute(restore_task_tables, after, before)

    def backward(self) -> ChangeSet:
        assert self.states is not None
        before, after = self.states
        return self.document.execute(restore_task_tables, before, after)
