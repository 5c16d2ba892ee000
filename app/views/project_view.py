"""The tabs of an open project; tabs appear here as capabilities land."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.commands.document import ProjectDocument
from app.views.plan_tab import PlanTab
from app.views.schedule_tab import ScheduleTab


class ProjectView(QTabWidget):
    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.setDocumentMode(True)
        self.plan = PlanTab(document, self)
        self.plan.edit_refused.connect(self.edit_refused)
        self.addTab(self.plan, "")
        self.schedule = ScheduleTab(document, self, language)
        self.schedule.edit_refused.connect(self.edit_refused)
        self.addTab(self.schedule, "")
        self.retranslate()

    def set_language(self, language: str) -> None:
        """The UI language for what the tabs format themselves (durations, dates)."""
        self.schedule.set_language(language)

    def retranslate(self) -> None:
        self.setTabText(self.indexOf(self.plan), self.tr("Plan"))
        self.setTabText(self.indexOf(self.schedule), self.tr("Schedule"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
