"""The Resources page of the task details: the task type, effort driven, and who works on
the task with what units, work and cost. Each edit is a command, applied at once so the
work, the duration and the dates on screen follow Microsoft Project's rules as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commands.assignments import (
    AddAssignmentCommand,
    RemoveAssignmentCommand,
    SetTaskSchedulingCommand,
)
from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.domain.assignments import TaskType
from app.services.assignments import task_scheduling
from app.services.changes import ChangeSet
from app.services.resources import resource_sheet
from app.views.assignment_table_model import COLUMNS, AssignmentTableModel
from app.views.resource_labels import task_type_label, type_label, worded


class AssignmentsPanel(QWidget):
    """Signals ``edit_refused(Exception)`` with the refusal worded for the window."""

    edit_refused = Signal(object)

    def __init__(
        self,
        document: ProjectDocument,
        task_id: int,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.task_id = task_id
        self.language = language
        sheet = document.read(resource_sheet)
        self.model = AssignmentTableModel(
            document, task_id, sheet.currency, sheet.settings, self, language
        )
        self.model.edit_refused.connect(self.edit_refused)

        self.task_type = QComboBox(self)
        self.task_type.setObjectName("taskType")
        for kind in TaskType:
            self.task_type.addItem("", int(kind))
        self.effort_driven = QCheckBox(self)
        self.effort_driven.setObjectName("effortDriven")
        self.type_caption = QLabel(self)
        self.type_caption.setBuddy(self.task_type)
        top = QHBoxLayout()
        top.addWidget(self.type_caption)
        top.addWidget(self.task_type)
        top.addSpacing(12)
        top.addWidget(self.effort_driven)
        top.addStretch(1)

        self.table = QTableView(self)
        self.table.setObjectName("assignmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)

        self.resource = QComboBox(self)
        self.resource.setObjectName("resourceToAdd")
        self.resource.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAssignment")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAssignment")
        bottom = QHBoxLayout()
        bottom.addWidget(self.resource, 1)
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)

        self.note = QLabel(self)
        self.note.setObjectName("assignmentsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: palette(mid); }")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.note)

        self.task_type.activated.connect(self._type_chosen)
        self.effort_driven.clicked.connect(self._effort_clicked)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)
        document.changed.connect(self._document_changed)
        self._attached = True
        self.retranslate()
        self._refresh()

    def detach(self) -> None:
        """Stop following the document (the dialog is closing)."""
        if self._attached:
            self._attached = False
            self._document.changed.disconnect(self._document_changed)
            self._document.changed.disconnect(self.model.on_changed)

    # -- showing ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.type_caption.setText(self.tr("Task &type:"))
        for row, kind in enumerate(TaskType):
            self.task_type.setItemText(row, task_type_label(int(kind)))
        self.effort_driven.setText(self.tr("&Effort driven"))
        self.effort_driven.setToolTip(
            self.tr(
                "Adding a resource keeps the total work and shortens the task; removing one "
                "lengthens it."
            )
        )
        self.add_button.setText(self.tr("&Assign"))
        self.remove_button.setText(self.tr("Re&move"))
        self.note.setText(
            self.tr(
                "Units: 50% for a person, a quantity for material; work as 16h or 2d; a cost "
                "resource's amount in the Cost column. Changes apply at once; Cancel takes "
                "them back."
            )
        )
        self._fill_resources()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _document_changed(self, change: ChangeSet) -> None:
        if change.everything or change.touches("task") or change.touches("resource"):
            self._refresh()

    def _refresh(self) -> None:
        try:
            kind, effort = self._document.read(task_scheduling, self.task_id)
        except LookupError:  # the task is gone (an undo behind the dialog)
            self.setEnabled(False)
            return
        self.task_type.setCurrentIndex(self.task_type.findData(int(kind)))
        self.effort_driven.setChecked(effort)
        self._fill_resources()
        self._update_enabled()

    def _fill_resources(self) -> None:
        """The resources not on the task yet, in the sheet's order."""
        assigned = {item.resource_id for item in self.model.assignments()}
        chosen = self.resource.currentData()
        self.resource.clear()
        for item in self._document.read(resource_sheet).resources:
            if item.id not in assigned:
                self.resource.addItem(f"{item.name} ({type_label(item.type)})", item.id)
        self.resource.setCurrentIndex(max(0, self.resource.findData(chosen)))

    def _update_enabled(self, *_args: object) -> None:
        editable = not self._document.read_only
        kind = self.task_type.currentData()
        self.task_type.setEnabled(editable)
        self.effort_driven.setEnabled(editable and kind != int(TaskType.FIXED_WORK))
        self.resource.setEnabled(editable and self.resource.count() > 0)
        self.add_button.setEnabled(editable and self.resource.count() > 0)
        self.remove_button.setEnabled(editable and self.current_row() is not None)

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # -- edits ------------------------------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(worded(exc))
            self._refresh()
            return False
        return True

    def _type_chosen(self, _row: int) -> None:
        value = self.task_type.currentData()
        self._push(SetTaskSchedulingCommand(self._document, self.task_id, "task_type", value))

    def _effort_clicked(self, checked: bool) -> None:
        self._push(SetTaskSchedulingCommand(self._document, self.task_id, "effort_driven", checked))

    def add_selected(self) -> None:
        resource_id = self.resource.currentData()
        if resource_id is not None:
            self._push(AddAssignmentCommand(self._document, self.task_id, resource_id))

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            item = self.model.assignment(row)
            self._push(RemoveAssignmentCommand(self._document, item.id))
