"""What every page of the Budget tab shares: it reads the project when it is shown and again
after an edit while it is visible (an unseen page only notes it is out of date), follows the
interface language, and hands edits to the undo stack as commands."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand
from PySide6.QtWidgets import QWidget

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.services.budget_charts import project_currency
from app.views.budget_labels import BudgetFormat


class BudgetPage(QWidget):
    """A page of the Budget tab; subclasses build widgets in ``__init__`` (no reading) and
    read the project in ``refresh``.

    ``edit_refused(Exception)`` carries an edit the project refused.
    """

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.fmt = BudgetFormat("EUR", language)
        self.stale = True
        self.loaded = False

    # -- reading ----------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the project and show it (also when hidden: tests and exports call this)."""
        self.stale = False
        self.fmt = BudgetFormat(self.document.read(project_currency), self.language)
        self.refresh()
        self.loaded = True

    def refresh(self) -> None:
        raise NotImplementedError

    def invalidate(self) -> None:
        """The project changed: read again now if the page is visible, else when shown."""
        self.stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.load()
        super().showEvent(event)

    # -- language ---------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The UI language for money, numbers and dates."""
        self.language = language
        self.invalidate()

    def retranslate(self) -> None:
        """Texts of the page's own widgets; figures are rewritten by ``refresh``."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.loaded:
                self.invalidate()
        super().changeEvent(event)

    # -- editing ----------------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        """Do an edit through the undo stack; a refusal is signalled, not raised."""
        try:
            self.document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    @property
    def editable(self) -> bool:
        return not self.document.read_only
