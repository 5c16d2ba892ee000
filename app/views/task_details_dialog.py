"""Task details: name, notes, constraint and deadline to edit; the computed dates to read;
on a second page the task type and its assignments (resource, units, work, cost); on a third
its fixed cost and earned-value method."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.tasks import SetTaskFieldCommand
from app.domain.calendar import from_instant
from app.domain.scheduler import DATED_CONSTRAINTS, Constraint
from app.domain.task_text import format_duration
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, InvalidValue
from app.services.assignments import resource_names
from app.services.changes import ChangeSet
from app.views.assignments_panel import AssignmentsPanel
from app.views.task_cost_page import TaskCostPage
from app.views.task_table_model import (
    CONSTRAINT_ORDER,
    START_CONSTRAINTS,
    constraint_label,
    from_qt,
    moment_format,
    problem_label,
    push_macro,
    to_qdatetime,
    ui_locale,
)

END_OF_DAY = dt.time(17, 0)  # a new deadline's time when the calendar has no hours that day
COMPUTED = (
    "start",
    "finish",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_float",
    "free_float",
    "critical",
    "problems",
)


class TaskDetailsDialog(QDialog):
    """One task's details (Shift+F2 or a double-click). OK makes the changes one undo step."""

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
        self._locale = ui_locale(language)
        schedule = document.schedule()
        task = next(row for row in schedule.rows if row.id == task_id)
        self.task = task
        self._calendar = schedule.calendar_of(task)
        dates = None
        if schedule.result is not None and task_id in schedule.result:
            dates = schedule.result[task_id]
        self._start = from_instant(dates.start) if dates is not None else None
        self._finish = from_instant(dates.finish) if dates is not None else None

        self.name = QLineEdit(task.name, self)
        self.notes = QPlainTextEdit(task.notes, self)
        self.notes.setTabChangesFocus(True)
        self.constraint = QComboBox(self)
        for kind in CONSTRAINT_ORDER:
            self.constraint.addItem(constraint_label(kind), kind.value)
        self.constraint.setCurrentIndex(CONSTRAINT_ORDER.index(task.constraint))
        self.constraint_date = self._moment_edit()
        self.constraint_date.setDateTime(
            to_qdatetime(task.constraint_date or self._default_constraint_date(task.constraint))
        )
        self.has_deadline = QCheckBox(self)
        self.has_deadline.setChecked(task.deadline is not None)
        self.deadline = self._moment_edit()
        self.deadline.setDateTime(to_qdatetime(task.deadline or self._default_deadline()))
        deadline_row = QWidget(self)
        deadline_layout = QHBoxLayout(deadline_row)
        deadline_layout.setContentsMargins(0, 0, 0, 0)
        deadline_layout.addWidget(self.has_deadline)
        deadline_layout.addWidget(self.deadline, 1)
        self.calendar = QLabel(self._calendar.spec.name, self)
        # Who works on the task; edited on the Resources tab.
        self.resources = QLabel(self)
        self.resources.setObjectName("resources")

        edit_form = QFormLayout()
        self.edit_labels: list[QLabel] = []
        for field in (
            self.name,
            self.constraint,
            self.constraint_date,
            deadline_row,
            self.calendar,
            self.resources,
            self.notes,
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self.edit_labels.append(label)
            edit_form.addRow(label, field)

        self.computed = QGroupBox(self)
        computed_form = QFormLayout(self.computed)
        self.computed_values: dict[str, QLabel] = {}
        self.computed_labels: list[QLabel] = []
        self._critical = False
        for key in COMPUTED:
            label = QLabel(self.computed)
            label.setObjectName(key)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.computed_values[key] = label
            caption = QLabel(self.computed)
            self.computed_labels.append(caption)
            computed_form.addRow(caption, label)
        self._show_schedule()

        self.assignments_page = AssignmentsPanel(document, task_id, language, self)
        self.cost_page = TaskCostPage(document, task_id, language, self)
        self.assignments_page.edit_refused.connect(self.edit_refused)
        self._undo_start = document.undo_stack.index()

        self.buttons = QDialogButtonBox(self)
        if document.read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            for widget in (self.name, self.constraint, self.constraint_date, self.has_deadline):
                widget.setEnabled(False)
            self.deadline.setEnabled(False)
            self.notes.setReadOnly(True)
        else:
            self.buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(edit_form)
        general_layout.addWidget(self.computed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.assignments_page, "")
        self.tabs.addTab(self.cost_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        document.changed.connect(self._document_changed)
        self._following = True
        self.constraint.currentIndexChanged.connect(self._constraint_changed)
        self.has_deadline.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def _moment_edit(self) -> QDateTimeEdit:
        editor = QDateTimeEdit(self)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(moment_format(self._locale))
        editor.setDateTimeRange(
            to_qdatetime(dt.datetime.combine(EARLIEST_DATE, dt.time())),
            to_qdatetime(dt.datetime.combine(LATEST_DATE, dt.time(23, 59))),
        )
        return editor

    def format_moment(self, value: dt.datetime) -> str:
        return self._locale.toString(to_qdatetime(value), moment_format(self._locale))

    def _default_constraint_date(self, kind: Constraint) -> dt.datetime:
        """Where a newly chosen constraint starts: the task's own start or finish."""
        if kind in START_CONSTRAINTS:
            return self._start or dt.datetime.combine(dt.date.today(), dt.time(8))
        return self._finish or dt.datetime.combine(dt.date.today(), END_OF_DAY)

    def _default_deadline(self) -> dt.datetime:
        """The end of the working day the task finishes on."""
        day = (self._finish or dt.datetime.combine(dt.date.today(), END_OF_DAY)).date()
        hours = self._calendar.day_hours(day)
        if not hours:
            return dt.datetime.combine(day, END_OF_DAY)
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=hours[-1].end)

    def chosen_constraint(self) -> Constraint:
        return Constraint(self.constraint.currentData())

    def _constraint_changed(self) -> None:
        kind = self.chosen_constraint()
        if kind in DATED_CONSTRAINTS and self.task.constraint_date is None:
            self.constraint_date.setDateTime(to_qdatetime(self._default_constraint_date(kind)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        editable = not self._document.read_only
        self.constraint_date.setEnabled(editable and self.chosen_constraint() in DATED_CONSTRAINTS)
        self.deadline.setEnabled(editable and self.has_deadline.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Task details: {0}").format(self.task.name))
        labels = (
            self.tr("&Name:"),
            self.tr("&Constraint:"),
            self.tr("Constraint &date:"),
            self.tr("Dead&line:"),
            self.tr("Calendar:"),
            self.tr("Resources:"),
            self.tr("N&otes:"),
        )
        for label, text in zip(self.edit_labels, labels, strict=True):
            label.setText(text)
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Resources"))
        self.tabs.setTabText(2, self.tr("Cost"))
        self.computed.setTitle(self.tr("Computed schedule"))
        computed = (
            self.tr("Start:"),
            self.tr("Finish:"),
            self.tr("Early start:"),
            self.tr("Early finish:"),
            self.tr("Late start:"),
            self.tr("Late finish:"),
            self.tr("Total float:"),
            self.tr("Free float:"),
            self.tr("Critical:"),
            self.tr("Problems:"),
        )
        for label, text in zip(self.computed_labels, computed, strict=True):
            label.setText(text)
        self.computed_values["critical"].setText(
            self.tr("Yes") if self._critical else self.tr("No")
        )

    # -- following edits made while the dialog is open --------------------------------------------
    def _show_schedule(self) -> None:
        """The computed dates and who works on the task, as the document has them now."""
        schedule = self._document.schedule()
        dates = None
        if schedule.result is not None and self.task_id in schedule.result:
            dates = schedule.result[self.task_id]
        settings = schedule.settings

        def show(value: int | None, *, duration: bool = False) -> str:
            if value is None:
                return "—"
            if duration:
                return format_duration(value, settings, self.language)
            return self.format_moment(from_instant(value))

        values = {
            "start": show(dates.start if dates else None),
            "finish": show(dates.finish if dates else None),
            "early_start": show(dates.early_start if dates else None),
            "early_finish": show(dates.early_finish if dates else None),
            "late_start": show(dates.late_start if dates else None),
            "late_finish": show(dates.late_finish if dates else None),
            "total_float": show(dates.total_float if dates else None, duration=True),
            "free_float": show(dates.free_float if dates else None, duration=True),
            "problems": "\n".join(problem_label(code) for code in dates.problems) if dates else "",
        }
        for key, text in values.items():
            self.computed_values[key].setText(text)
        self._critical = dates is not None and dates.critical
        self.computed_values["critical"].setText(
            self.tr("Yes") if self._critical else self.tr("No")
        )
        assigned = self._document.read(resource_names, self.language).get(self.task_id, "")
        self.resources.setText(assigned.replace(";", "\n") or "—")

    def _document_changed(self, change: ChangeSet) -> None:
        if change.everything or change.schedule_dirty or change.touches("resource"):
            self._show_schedule()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- applying ---------------------------------------------------------------------------------
    def changes(self) -> list[tuple[str, Any]]:
        """(field, value) for SetTaskFieldCommand, in the order they must be applied."""
        task = self.task
        found: list[tuple[str, Any]] = []
        name = self.name.text().strip()
        if name != task.name:
            found.append(("name", name))
        if self.notes.toPlainText() != task.notes:
            found.append(("notes", self.notes.toPlainText()))
        kind = self.chosen_constraint()
        if kind != task.constraint:
            found.append(("constraint", kind))
        if kind in DATED_CONSTRAINTS:
            moment = from_qt(self.constraint_date.dateTime())
            if moment != task.constraint_date:
                found.append(("constraint_date", moment))
        deadline = from_qt(self.deadline.dateTime()) if self.has_deadline.isChecked() else None
        if deadline != task.deadline:
            found.append(("deadline", deadline))
        return found + self.cost_page.changes()

    def apply(self) -> bool:
        """Push the changes as one undo step; False (and edit_refused) when one is refused."""
        try:
            changes = self.changes()
        except InvalidValue as exc:
            self.tabs.setCurrentWidget(self.cost_page)
            self.edit_refused.emit(exc)
            return False
        if not changes or self._document.read_only:
            return True

        def commands() -> Iterator[QUndoCommand]:
            for field, value in changes:
                yield SetTaskFieldCommand(self._document, self.task_id, field, value, self.language)

        try:
            push_macro(self._document, self.tr("Edit task details"), commands)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def reject(self) -> None:
        """Cancel takes back the assignment edits made in the dialog too, as in MS Project."""
        stack = self._document.undo_stack
        if not self._document.read_only and stack.index() > self._undo_start:
            stack.setIndex(self._undo_start)
        super().reject()

    def done(self, result: int) -> None:
        self._detach()
        super().done(result)

    def _detach(self) -> None:
        """Stop following the document once closed (the dialog lives until deleteLater)."""
        if self._following:
            self._following = False
            self._document.changed.disconnect(self._document_changed)
            self.assignments_page.detach()
