"""The Risks tab: the risk register (with its heat map and exposure trend) and the issue log."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.commands.document import ProjectDocument
from app.services.changes import ChangeSet
from app.services.registers import stakeholder_names
from app.services.risks import list_risks
from app.views.issue_log import IssueLogPanel
from app.views.risk_labels import register_refusal
from app.views.risk_register import RiskRegisterPanel


class RisksTab(QWidget):
    """Two inner tabs, "Risk register" and "Issue log"; both read the project when first shown.

    ``edit_refused`` carries the exception of an edit the project refused (the tab also
    shows why, in a line above the tabs).
    """

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self.register = RiskRegisterPanel(document, self, language)
        # The issue log is built when first needed: opening the tab costs less.
        self._issues: IssueLogPanel | None = None
        self.issue_page = QWidget(self)
        self._issue_layout = QVBoxLayout(self.issue_page)
        self._issue_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("risksInnerTabs")
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.issue_page, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.problem = QLabel(self)
        self.problem.setObjectName("risksProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a50e0e; font-weight: bold; padding: 2px 6px;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        self.register.edit_refused.connect(self._refused)
        self.register.issue_raised.connect(self.show_issue)
        document.changed.connect(self._document_changed)
        self._shown = False
        self._translate()

    @property
    def issues(self) -> IssueLogPanel:
        """The issue log half (built on first use)."""
        if self._issues is None:
            self._issues = IssueLogPanel(self._document, self.issue_page, self.language)
            self._issues.edit_refused.connect(self._refused)
            self._issues.risk_requested.connect(self.show_risk)
            self._issue_layout.addWidget(self._issues)
        return self._issues

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.issue_page:
            self.issues.show()

    def retranslate(self) -> None:
        """Everything in the interface language again, both halves included."""
        self.register.retranslate()
        if self._issues is not None:
            self._issues.retranslate()
        self._translate()

    def _translate(self) -> None:
        self.tabs.setTabText(0, self.tr("Risk register"))
        self.tabs.setTabText(1, self.tr("Issue log"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._translate()  # the halves and their parts receive the event themselves
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The registers are read when the tab is first shown, not when the file opens."""
        if not self._shown:
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        """Read the register; the issue log reads itself when first shown."""
        self._shown = True
        self.register.load()

    @property
    def loaded(self) -> bool:
        return self._shown

    def set_language(self, language: str) -> None:
        """The UI language for money and dates the tab formats itself."""
        self.language = language
        self.register.model.set_language(language)
        if self._issues is not None:
            self._issues.model.set_language(language)
        self.register.update_trend()

    # -- between the two halves ------------------------------------------------------------
    def show_risk(self, risk_id: int) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.select_risk(risk_id)

    def show_issue(self, issue_id: int) -> None:
        self.tabs.setCurrentWidget(self.issue_page)
        self.issues.select_issue(issue_id)

    def _document_changed(self, change: ChangeSet) -> None:
        self.problem.hide()
        if not self._shown:
            return
        if self._issues is not None and (
            change.everything or any(map(change.touches, ("risk", "stakeholder")))
        ):
            self._issues.set_context(
                self._document.read(stakeholder_names), self._document.read(list_risks)
            )

    def _refused(self, error: Exception) -> None:
        self.problem.setText(register_refusal(error))
        self.problem.show()
        self.edit_refused.emit(error)
