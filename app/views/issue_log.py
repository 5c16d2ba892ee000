"""The Issue log half of the Risks tab: a sortable, filterable table of issues and a form
for the selected one, with its links to the risk it came from and to tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.issues import (
    DeleteIssueCommand,
    InsertIssueCommand,
    LinkIssueTaskCommand,
    SetIssueFieldsCommand,
    UnlinkIssueTaskCommand,
)
from app.domain.issues import IssueKind, IssueStatus, Level
from app.services.issues import IssueData, blank_issue
from app.services.registers import stakeholder_names
from app.services.risks import RiskData, list_risks
from app.views.editors import CommitPlainTextEdit, OptionalDateEdit
from app.views.issue_table_model import COLUMNS, IssueFilterProxy, IssueTableModel
from app.views.risk_dialogs import TaskPickerDialog
from app.views.risk_form import PersonCombo, select_data
from app.views.risk_labels import (
    field_label,
    issue_kind_label,
    issue_status_label,
    level_label,
)
from app.views.risk_table_model import NO_OWNER, OPEN
from app.views.tab_actions import tab_action

COLUMN_WIDTHS = {
    "ref": 56,
    "title": 300,
    "kind": 130,
    "date_raised": 90,
    "raised_by": 130,
    "owner": 140,
    "urgency": 80,
    "priority": 80,
    "status": 100,
    "target_date": 90,
    "risk": 70,
}


class IssueForm(QWidget):
    """Edits one issue; each field commits through a SetIssueFieldsCommand."""

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, model: IssueTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueForm")
        self._document = document
        self._model = model
        self.issue: IssueData | None = None
        self._labels: dict[str, QLabel] = {}
        self.title = QLineEdit(self)
        self.title.editingFinished.connect(lambda: self._commit({"title": self.title.text()}))
        self.raised_by = QLineEdit(self)
        self.raised_by.editingFinished.connect(
            lambda: self._commit({"raised_by": self.raised_by.text()})
        )
        self.kind = self._choices("kind", [k.value for k in IssueKind])
        self.urgency = self._choices("urgency", [v.value for v in Level])
        self.priority = self._choices("priority", [v.value for v in Level])
        self.status = self._choices("status", [s.value for s in IssueStatus])
        self.owner = PersonCombo(self)
        self.owner.activated.connect(lambda _i: self._commit_owner())
        self.owner.lineEdit().editingFinished.connect(self._commit_owner)
        self.dates: dict[str, OptionalDateEdit] = {}
        for field in ("date_raised", "target_date"):
            editor = OptionalDateEdit(self)
            editor.committed.connect(lambda value, f=field: self._commit({f: value}))
            self.dates[field] = editor
        self.risk = QComboBox(self)
        self.risk.activated.connect(lambda _i: self._commit({"risk_id": self.risk.currentData()}))
        self.texts: dict[str, CommitPlainTextEdit] = {}
        for field in ("description", "impact", "resolution"):
            editor = CommitPlainTextEdit(self)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 14)
            editor.committed.connect(lambda text, f=field: self._commit({f: text}))
            self.texts[field] = editor
        self.tasks = QListWidget(self)
        self.tasks.setObjectName("issueTasks")

        self.identity = QGroupBox(self)
        form = QFormLayout(self.identity)
        for field, editor in (
            ("title", self.title),
            ("kind", self.kind),
            ("date_raised", self.dates["date_raised"]),
            ("raised_by", self.raised_by),
            ("owner", self.owner),
            ("urgency", self.urgency),
            ("priority", self.priority),
            ("status", self.status),
            ("target_date", self.dates["target_date"]),
            ("risk", self.risk),
        ):
            self._row(form, field, editor)
        self.details = QGroupBox(self)
        form = QFormLayout(self.details)
        for field in ("description", "impact", "resolution"):
            self._row(form, field, self.texts[field])
        self.links = QGroupBox(self)
        QVBoxLayout(self.links).addWidget(self.tasks)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.columns = QWidget(self)
        row = QHBoxLayout(self.columns)
        row.setContentsMargins(0, 0, 0, 0)
        for stretch, group in ((3, self.identity), (4, self.details), (2, self.links)):
            column = QVBoxLayout()
            column.addWidget(group, 1 if group is self.links else 0)
            if group is not self.links:
                column.addStretch(1)
            row.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.columns, 1)
        self.retranslate()
        self.show_issue(None, [], [])

    def _choices(self, field: str, values: list[str]) -> QComboBox:
        combo = QComboBox(self)
        for value in values:
            combo.addItem("", value)
        combo.activated.connect(lambda _i: self._commit({field: combo.currentData()}))
        return combo

    def _row(self, form: QFormLayout, field: str, editor: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(editor)
        self._labels[field] = label
        form.addRow(label, editor)

    def retranslate(self) -> None:
        self.identity.setTitle(self.tr("Issue"))
        self.details.setTitle(self.tr("Description"))
        self.links.setTitle(self.tr("Linked tasks and milestones"))
        for field, label in self._labels.items():
            label.setText(field_label(field) + ":")
        for index, kind in enumerate(IssueKind):
            self.kind.setItemText(index, issue_kind_label(kind))
        for combo in (self.urgency, self.priority):
            for index, level in enumerate(Level):
                combo.setItemText(index, level_label(level))
        for index, status in enumerate(IssueStatus):
            self.status.setItemText(index, issue_status_label(status))
        if self.risk.count():
            self.risk.setItemText(0, self.tr("(none)"))
        self.placeholder.setText(self.tr("Select an issue to see and edit its details."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_issue(
        self, issue: IssueData | None, people: list[tuple[int, str]], risks: list[RiskData]
    ) -> None:
        self.issue = issue
        self._people, self._risks = people, risks
        self.placeholder.setVisible(issue is None)
        self.columns.setVisible(issue is not None)
        if issue is None:
            return
        for line, value in ((self.title, issue.title), (self.raised_by, issue.raised_by)):
            if line.text() != value:
                line.setText(value)
                line.setCursorPosition(0)
        select_data(self.kind, issue.kind.value)
        select_data(self.urgency, issue.urgency.value)
        select_data(self.priority, issue.priority.value)
        select_data(self.status, issue.status.value)
        self.owner.set_people(people)
        self.owner.show_person(issue.owner_id, issue.owner_text)
        fallback = self._model.status_date or dt.date.today()
        date_format = self._model.locale.dateFormat(QLocale.FormatType.ShortFormat)
        for field, editor in self.dates.items():
            editor.editor.setDisplayFormat(date_format)
            editor.show_value(getattr(issue, field), fallback)
        blocked = self.risk.blockSignals(True)
        self.risk.clear()
        self.risk.addItem(self.tr("(none)"), None)
        for risk in risks:
            self.risk.addItem(f"{risk.ref}  {risk.title}", risk.id)
        self.risk.blockSignals(blocked)
        select_data(self.risk, issue.risk_id)
        for field, editor in self.texts.items():
            editor.show_text(getattr(issue, field))
        self.tasks.clear()
        for task in issue.tasks:
            item = QListWidgetItem(f"{task.row}  {task.name}", self.tasks)
            item.setData(Qt.ItemDataRole.UserRole, task.task_id)
        read_only = self._document.read_only
        for line in (self.title, self.raised_by):
            line.setReadOnly(read_only)
        for text in self.texts.values():
            text.setReadOnly(read_only)
        for widget in (
            self.kind,
            self.urgency,
            self.priority,
            self.status,
            self.owner,
            self.risk,
            *self.dates.values(),
        ):
            widget.setEnabled(not read_only)

    def selected_task(self) -> int | None:
        item = self.tasks.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def commit_pending(self) -> None:
        """Store what is typed but not yet committed, as one edit (see RiskForm)."""
        issue = self.issue
        if issue is None or self._document.read_only:
            return
        values: dict[str, Any] = {}
        for field, line in (("title", self.title), ("raised_by", self.raised_by)):
            if line.text().strip() != getattr(issue, field):
                values[field] = line.text()
        for field, text in self.texts.items():
            if text.toPlainText() != getattr(issue, field):
                values[field] = text.toPlainText()
        key, text = self.owner.person()
        if (key, text) != (issue.owner_id, issue.owner_text):
            values |= {"owner_id": key, "owner_text": text}
        if values:
            self._commit(values)

    def _commit_owner(self) -> None:
        key, text = self.owner.person()
        self._commit({"owner_id": key, "owner_text": text})

    def _commit(self, values: dict[str, Any]) -> None:
        issue = self.issue
        if issue is None or self._document.read_only:
            return
        if all(getattr(issue, field) == value for field, value in values.items()):
            return
        try:
            self._document.push(SetIssueFieldsCommand(self._document, issue.id, values))
        except EDIT_REFUSED as exc:
            self.show_issue(self.issue, self._people, self._risks)
            self.edit_refused.emit(exc)


class IssueLogPanel(QWidget):
    """The issue log: toolbar, filters (status, owner, type, text), table and form."""

    edit_refused = Signal(object)
    risk_requested = Signal(int)  # "Go to risk": the id of the risk an issue came from

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.model = IssueTableModel(document, self, language, load=False)
        self.proxy = IssueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._people: list[tuple[int, str]] = []
        self._risks: list[RiskData] = []

        self.toolbar = QToolBar(self)
        self.new_action = self._action("Ctrl+Shift+I", self.new_issue)
        self.delete_action = self._action(None, self.delete_selected)
        self.toolbar.addSeparator()
        self.link_action = self._action(None, self.link_task)
        self.unlink_action = self._action(None, self.unlink_task)
        self.toolbar.addSeparator()
        self.risk_action = self._action(None, self.go_to_risk)

        self.status_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.kind_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.filter_labels = [QLabel(self) for _ in range(3)]
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 0)
        for label, combo in zip(
            self.filter_labels,
            (self.status_filter, self.owner_filter, self.kind_filter),
            strict=True,
        ):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.search, 1)
        self.search.textChanged.connect(self._filters_changed)

        self.table = QTableView(self)
        self.table.setObjectName("issueTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, key in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS.get(key, 90))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(self._double_clicked)

        self.form = IssueForm(document, self.model, self)
        self.form.edit_refused.connect(self.edit_refused)
        self.form.tasks.itemSelectionChanged.connect(self._update_actions)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.model.modelReset.connect(self._refresh_choices)
        self.model.rowsInserted.connect(self._refresh_choices)
        self.model.rowsRemoved.connect(self._refresh_choices)
        self.model.dataChanged.connect(lambda *_: self._refresh_choices())
        self._translate()
        self._update_actions()

    def _action(self, shortcut: str | None, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    def retranslate(self) -> None:
        """Everything in the interface language again, the form included."""
        self.form.retranslate()
        self.model.retranslate()
        self._translate()

    def _translate(self) -> None:
        """This panel's own words (the form follows its own LanguageChange event)."""
        self.new_action.setText(self.tr("New issue"))
        self.new_action.setToolTip(self.tr("Add an issue to the log (Ctrl+Shift+I)"))
        self.delete_action.setText(self.tr("Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected issue"))
        self.link_action.setText(self.tr("Link to task…"))
        self.link_action.setToolTip(self.tr("Link the issue to a task it affects"))
        self.unlink_action.setText(self.tr("Unlink task"))
        self.risk_action.setText(self.tr("Go to risk"))
        self.risk_action.setToolTip(self.tr("Show the risk this issue came from"))
        for label, text in zip(
            self.filter_labels,
            (self.tr("Status:"), self.tr("Owner:"), self.tr("Type:")),
            strict=True,
        ):
            label.setText(text)
        self.search.setPlaceholderText(self.tr("Find issues…"))
        self._fill_filter(
            self.status_filter,
            [("", self.tr("All")), (OPEN, self.tr("Open (not resolved or closed)"))]
            + [(s.value, issue_status_label(s)) for s in IssueStatus],
        )
        self._fill_filter(
            self.kind_filter,
            [("", self.tr("All"))] + [(k.value, issue_kind_label(k)) for k in IssueKind],
        )
        self._refresh_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._translate()
        super().changeEvent(event)

    @staticmethod
    def _fill_filter(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)

    def _refresh_choices(self, *_args: object) -> None:
        owners = sorted(
            {row.issue.owner_name for row in self.model.rows()} - {""}, key=str.casefold
        )
        self._fill_filter(
            self.owner_filter,
            [("", self.tr("All")), (NO_OWNER, self.tr("(no owner)"))] + [(o, o) for o in owners],
        )

    def load(self) -> None:
        """Read the log; called when it is first shown (or first asked to select an issue)."""
        self._people = self._document.read(stakeholder_names)
        self._risks = self._document.read(list_risks)
        self.model.load()
        if self.model.rowCount() and self.current_issue() is None:
            first = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
            self.select_issue(self.model.issue(first).id)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.model.loaded:
            self.load()
        super().showEvent(event)

    def set_context(self, people: list[tuple[int, str]], risks: list[RiskData]) -> None:
        """The stakeholders and risks the form offers (after they changed)."""
        if not self.model.loaded:
            return
        self._people, self._risks = people, risks
        self._show_current()

    # -- selection -------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.form.commit_pending()
        self.proxy.set_filters(
            status=self.status_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            kind=self.kind_filter.currentData() or "",
            text=self.search.text(),
        )
        if self.current_issue() is None and self.proxy.rowCount():
            first = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
            self.select_issue(self.model.issue(first).id)
        else:
            self._show_current()

    def current_issue(self) -> IssueData | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.issue(self.proxy.mapToSource(index).row())

    def select_issue(self, issue_id: int) -> None:
        if not self.model.loaded:
            self.load()
        row = self.model.row_of(issue_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_current()

    def _show_current(self) -> None:
        self.form.show_issue(self.current_issue(), self._people, self._risks)
        self._update_actions()

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "risk":
            self.go_to_risk()

    def _update_actions(self) -> None:
        issue = self.current_issue()
        editable = not self._document.read_only
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and issue is not None)
        self.link_action.setEnabled(editable and issue is not None)
        self.unlink_action.setEnabled(
            editable and issue is not None and self.form.selected_task() is not None
        )
        self.risk_action.setEnabled(issue is not None and issue.risk_id is not None)

    # -- edits -----------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    def new_issue(self) -> None:
        self.form.commit_pending()
        today = self.model.status_date or dt.date.today()
        command = InsertIssueCommand(
            self._document, blank_issue(self.tr("New issue"), date_raised=today)
        )
        if self.push(command) and command.inserted is not None:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.owner_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.select_issue(command.inserted.id)
            self.form.title.setFocus()
            self.form.title.selectAll()

    def confirm_delete(self, issue: IssueData) -> bool:
        """Ask before deleting an issue that links to a risk or to tasks."""
        if not issue.tasks and issue.risk_id is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Delete issue"),
            self.tr("Delete {0} “{1}”? It is linked to {2} tasks and to risk {3}.").format(
                issue.ref, issue.title, len(issue.tasks), issue.risk_ref or self.tr("(none)")
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        self.form.commit_pending()
        issue = self.current_issue()
        if issue is None or not self.confirm_delete(issue):
            return
        row = self.table.currentIndex().row()
        if self.push(DeleteIssueCommand(self._document, issue.id)) and self.proxy.rowCount():
            index = self.proxy.index(min(row, self.proxy.rowCount() - 1), 1)
            self.select_issue(self.model.issue(self.proxy.mapToSource(index).row()).id)

    def ask_task(self) -> int | None:
        """The task to link, picked in a dialog (tests replace this)."""
        return TaskPickerDialog.pick(
            self._document.schedule().rows, self.tr("Link issue to task"), self
        )

    def link_task(self) -> None:
        self.form.commit_pending()
        issue = self.current_issue()
        if issue is None:
            return
        task_id = self.ask_task()
        if task_id is not None:
            self.push(LinkIssueTaskCommand(self._document, issue.id, task_id))

    def unlink_task(self) -> None:
        self.form.commit_pending()
        issue, task_id = self.current_issue(), self.form.selected_task()
        if issue is not None and task_id is not None:
            self.push(UnlinkIssueTaskCommand(self._document, issue.id, task_id))

    def go_to_risk(self) -> None:
        self.form.commit_pending()
        issue = self.current_issue()
        if issue is not None and issue.risk_id is not None:
            self.risk_requested.emit(issue.risk_id)

    def people(self) -> list[tuple[int, str]]:
        return self._document.read(stakeholder_names)
