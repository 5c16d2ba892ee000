"""Changing the settings saved in the project (page setup and the like), undoably."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.domain.page_setup import PageSetup
from app.services.changes import ChangeSet
from app.services.view_settings import check_key, page_setup_key, write_view_setting


class SetViewSettingCommand(DocumentCommand):
    """Store ``value`` (JSON text) under ``key``, or remove it with None; undo restores it."""

    def __init__(self, document: ProjectDocument, key: str, value: str | None, text: str) -> None:
        super().__init__(document, text)
        self.key = check_key(key)
        self.value = value
        self.previous: str | None = None

    def forward(self) -> ChangeSet:
        change, self.previous = self.document.execute(write_view_setting, self.key, self.value)
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(write_view_setting, self.key, self.previous)
        return change


class SetPageSetupCommand(SetViewSettingCommand):
    """Save the Gantt chart's page setup in the project."""

    def __init__(self, document: ProjectDocument, setup: PageSetup) -> None:
        setup.validate()
        super().__init__(
            document,
            page_setup_key,
            setup.to_json(),
            QCoreApplication.translate("Commands", "Page setup"),
        )
        self.setup = setup
