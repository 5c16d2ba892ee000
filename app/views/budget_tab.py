"""The Budget tab: the overview (budget vs committed vs actual vs forecast, reserves, earned
value), the cost breakdown, the budget lines and history, expenses and invoices, purchase
orders, the change log, and the earned value with its charts. Each page reads the project when
first shown, and again after an edit while it is on screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.views.budget_breakdown import BudgetBreakdownPage
from app.views.budget_changes import BudgetChangesPage
from app.views.budget_commitments import BudgetCommitmentsPage
from app.views.budget_earned_value import BudgetEarnedValuePage
from app.views.budget_expenses import BudgetExpensesPage
from app.views.budget_labels import budget_refusal
from app.views.budget_lines import BudgetLinesPage
from app.views.budget_overview import BudgetOverviewPage
from app.views.budget_page import BudgetPage


class BudgetTab(QWidget):
    """Inner tabs, one per page; ``edit_refused`` carries an edit the project refused (the tab
    also says why, in a line above the pages)."""

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self.overview = BudgetOverviewPage(document, self, language)
        self.breakdown = BudgetBreakdownPage(document, self, language)
        self.lines = BudgetLinesPage(document, self, language)
        self.expenses = BudgetExpensesPage(document, self, language)
        self.commitments = BudgetCommitmentsPage(document, self, language)
        self.changes = BudgetChangesPage(document, self, language)
        self.earned_value = BudgetEarnedValuePage(document, self, language)
        self.pages: dict[str, BudgetPage] = {
            "overview": self.overview,
            "breakdown": self.breakdown,
            "lines": self.lines,
            "expenses": self.expenses,
            "commitments": self.commitments,
            "changes": self.changes,
            "earned_value": self.earned_value,
        }
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("budgetInnerTabs")
        for page in self.pages.values():
            self.tabs.addTab(page, "")
            page.edit_refused.connect(self._refused)
        self.problem = QLabel(self)
        self.problem.setObjectName("budgetProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a50e0e; font-weight: bold; padding: 2px 6px;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self._document_changed)
        self._translate()

    def page(self, name: str) -> BudgetPage:
        """A page by name (overview, breakdown, lines, expenses, commitments, changes,
        earned_value), shown and read."""
        page = self.pages[name]
        self.tabs.setCurrentWidget(page)
        if page.stale:
            page.load()
        return page

    # -- language -------------------------------------------------------------------------------
    def _translate(self) -> None:
        titles = {
            "overview": self.tr("Overview"),
            "breakdown": self.tr("Breakdown"),
            "lines": self.tr("Budget lines"),
            "expenses": self.tr("Expenses and invoices"),
            "commitments": self.tr("Commitments"),
            "changes": self.tr("Change log"),
            "earned_value": self.tr("Earned value"),
        }
        for name, title in titles.items():
            self.tabs.setTabText(self.tabs.indexOf(self.pages[name]), title)

    def retranslate(self) -> None:
        for page in self.pages.values():
            page.retranslate()
        self._translate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._translate()  # the pages receive the event themselves
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """The UI language for money, numbers and dates (€ 1.234,56 in Dutch)."""
        self.language = language
        for page in self.pages.values():
            page.set_language(language)

    # -- following the project ------------------------------------------------------------------
    def _document_changed(self, change: ChangeSet) -> None:
        if change.is_empty():
            return
        self.problem.hide()
        for page in self.pages.values():
            page.invalidate()

    def _refused(self, error: Exception) -> None:
        self.problem.setText(budget_refusal(error))
        self.problem.show()
        self.edit_refused.emit(error)
