"""The tabs of an open project; tabs appear here as capabilities land.

The Plan and Schedule tabs are built with the window. The Team and Budget tabs and the
register tabs (Risks, Stakeholders) are built, and their modules imported, a moment after the
window has shown the project, or at once when asked for first: the project appears without
waiting for them, and they open as fast as if they had been there all along.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.commands.document import ProjectDocument
from app.views.plan_tab import PlanTab
from app.views.schedule_tab import ScheduleTab

if TYPE_CHECKING:
    from app.views.budget_tab import BudgetTab
    from app.views.risks_tab import RisksTab
    from app.views.stakeholders_tab import StakeholdersTab
    from app.views.team_tab import TeamTab

LAZY_TABS = ("team", "budget", "risks", "stakeholders")
PREBUILD_AFTER_MS = 150  # after the window's first paint


class ProjectView(QTabWidget):
    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.setDocumentMode(True)
        self.plan = PlanTab(document, self)
        self.plan.edit_refused.connect(self.edit_refused)
        self.addTab(self.plan, "")
        self.schedule = ScheduleTab(document, self, language)
        self.schedule.edit_refused.connect(self.edit_refused)
        self.addTab(self.schedule, "")
        self._pages: dict[str, QWidget] = {}
        self._built: dict[str, Any] = {}
        for name in LAZY_TABS:
            page = QWidget(self)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page
            self.addTab(page, "")
        self.currentChanged.connect(self._page_shown)
        self.retranslate()
        QTimer.singleShot(PREBUILD_AFTER_MS, self, self._prebuild)  # not once self is gone

    def _prebuild(self) -> None:
        """Build the next register tab not built yet, one per turn of the event loop."""
        for name in LAZY_TABS:
            if name not in self._built:
                self._tab(name)
                QTimer.singleShot(0, self, self._prebuild)
                return

    # -- the register tabs, built when first needed ------------------------------------------
    @property
    def team(self) -> TeamTab:
        return self._tab("team")  # type: ignore[no-any-return]

    @property
    def budget(self) -> BudgetTab:
        return self._tab("budget")  # type: ignore[no-any-return]

    @property
    def risks(self) -> RisksTab:
        return self._tab("risks")  # type: ignore[no-any-return]

    @property
    def stakeholders(self) -> StakeholdersTab:
        return self._tab("stakeholders")  # type: ignore[no-any-return]

    def _tab(self, name: str) -> Any:
        tab = self._built.get(name)
        if tab is None:
            page = self._pages[name]
            if name == "team":
                from app.views.team_tab import TeamTab

                tab = TeamTab(self.document, page, self.language)
                tab.edit_refused.connect(self.edit_refused)
            elif name == "budget":
                from app.views.budget_tab import BudgetTab

                # The Budget tab says why an edit was refused in a line of its own.
                tab = BudgetTab(self.document, page, self.language)
            elif name == "risks":
                from app.views.risks_tab import RisksTab

                # The Risks tab says why an edit was refused in a line of its own.
                tab = RisksTab(self.document, page, self.language)
            else:
                from app.views.stakeholders_tab import StakeholdersTab

                tab = StakeholdersTab(self.document, page, self.language)
                tab.edit_refused.connect(self.edit_refused)
            page.layout().addWidget(tab)
            self._built[name] = tab
        return tab

    def page(self, name: str) -> QWidget:
        """The tab page of ``name`` (plan, schedule, team, budget, risks, stakeholders)."""
        if name in self._pages:
            self._tab(name)
            return self._pages[name]
        return getattr(self, name)  # type: ignore[no-any-return]

    def _page_shown(self, index: int) -> None:
        for name, page in self._pages.items():
            if self.widget(index) is page:
                self._tab(name)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The UI language for what the tabs format themselves (durations, dates, money)."""
        self.language = language
        self.schedule.set_language(language)
        for tab in self._built.values():
            tab.set_language(language)

    def retranslate(self) -> None:
        titles = {
            self.plan: self.tr("Plan"),
            self.schedule: self.tr("Schedule"),
            self._pages["team"]: self.tr("Team"),
            self._pages["budget"]: self.tr("Budget"),
            self._pages["risks"]: self.tr("Risks"),
            self._pages["stakeholders"]: self.tr("Stakeholders"),
        }
        for page, title in titles.items():
            self.setTabText(self.indexOf(page), title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
