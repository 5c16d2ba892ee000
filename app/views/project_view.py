"""The tabs of an open project; tabs appear here as capabilities land."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.commands.document import ProjectDocument
from app.views.plan_tab import PlanTab
from app.views.risks_tab import RisksTab
from app.views.schedule_tab import ScheduleTab
from app.views.stakeholders_tab import StakeholdersTab


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
        # The Risks tab says why an edit was refused in a line of its own, not in a dialog.
        self.risks = RisksTab(document, self, language)
        self.addTab(self.risks, "")
        self.stakeholders = StakeholdersTab(document, self, language)
        self.stakeholders.edit_refused.connect(self.edit_refused)
        self.addTab(self.stakeholders, "")
        self.retranslate()

    def set_language(self, language: str) -> None:
        """The UI language for what the tabs format themselves (durations, dates, money)."""
        for tab in (self.schedule, self.risks, self.stakeholders):
            tab.set_language(language)

    def retranslate(self) -> None:
        self.setTabText(self.indexOf(self.plan), self.tr("Plan"))
        self.setTabText(self.indexOf(self.schedule), self.tr("Schedule"))
        self.setTabText(self.indexOf(self.risks), self.tr("Risks"))
        self.setTabText(self.indexOf(self.stakeholders), self.tr("Stakeholders"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
