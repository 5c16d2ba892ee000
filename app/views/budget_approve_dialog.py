"""The decision on a change request: who decided and when, and for an approval which tasks to
re-baseline with it (Reject… and Defer… ask the first two only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.schedule import TaskRow
from app.views.editors import DateEdit, from_qdate, to_qdate

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ApproveChangeDialog(QDialog):
    """Asks for the decision; ``decided_by()``, ``decision_date()`` and ``task_ids()`` give
    the answer once accepted. Without ``tasks`` nothing is re-baselined (reject, defer)."""

    def __init__(
        self,
        title: str,
        summary: str,
        tasks: list[TaskRow] | None,
        decided_by: str,
        decision_date: dt.date,
        parent: QWidget | None = None,
        *,
        verb: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approveChangeDialog")
        self.setWindowTitle(title)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.decider = QLineEdit(decided_by, self)
        self.decider.setObjectName("approveDecidedBy")
        self.decider.setPlaceholderText(self.tr("Who approved it, e.g. the steering committee"))
        self.date = DateEdit(self)
        self.date.setObjectName("approveDate")
        self.date.setDate(to_qdate(decision_date))
        self.rebaseline = QCheckBox(self.tr("Re-baseline the tasks the change affects"), self)
        self.rebaseline.setObjectName("approveRebaseline")
        self.tasks = QTreeView(self)
        self.tasks.setObjectName("approveTasks")
        self.tasks.setHeaderHidden(True)
        self.tasks.setUniformRowHeights(True)
        self.task_model = QStandardItemModel(self)
        self._fill(tasks or [])
        self.tasks.setModel(self.task_model)
        self.tasks.expandAll()
        self.tasks.setEnabled(False)
        self.rebaseline.toggled.connect(self.tasks.setEnabled)
        self.hint = QLabel(
            self.tr(
                "The baseline of the ticked tasks is saved again as they are planned now; "
                "their summaries follow. Earned value is then measured against it."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b6b6b;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(verb or self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.decider.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Decided by:"), self.decider)
        form.addRow(self.tr("Decision date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.rebaseline)
        layout.addWidget(self.tasks, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for widget in (self.rebaseline, self.tasks, self.hint):
            widget.setVisible(tasks is not None)
        self.resize(560, 520 if tasks is not None else 200)
        self._update()

    def _fill(self, tasks: list[TaskRow]) -> None:
        parents: list[QStandardItem] = []
        root = self.task_model.invisibleRootItem()
        for task in tasks:
            item = QStandardItem(f"{task.wbs}  {task.name}")
            item.setEditable(False)
            item.setCheckable(not task.summary)
            item.setData(task.id, TASK_ID_ROLE)
            level = max(1, task.outline_level)
            del parents[level - 1 :]
            (parents[-1] if parents else root).appendRow(item)
            if task.summary:
                parents += [item] * (level - len(parents))

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.decider.text().strip()))

    # -- the answer -------------------------------------------------------------------------------
    def decided_by(self) -> str:
        return self.decider.text().strip()

    def decision_date(self) -> dt.date:
        return from_qdate(self.date.date())

    def check_task(self, task_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(TASK_ID_ROLE) == task_id and item.isCheckable():
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def task_ids(self) -> list[int]:
        """The ticked tasks, when re-baselining is on."""
        if not self.rebaseline.isChecked():
            return []
        return [
            item.data(TASK_ID_ROLE)
            for item in self._items()
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked
        ]

    def _items(self) -> list[QStandardItem]:
        found: list[QStandardItem] = []
        stack = [self.task_model.item(r) for r in range(self.task_model.rowCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack += [item.child(r) for r in range(item.rowCount())]
        return found
