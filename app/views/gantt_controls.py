"""The Gantt chart's buttons (zoom, fit, scroll to task) and its options menu.

The options (critical path, baselines, slack, labels, week numbers) are saved in the project,
like Microsoft Project saves a view's format: a colleague opening the file, and ``koers
print``, see the chart as it was left.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.view_settings import SetViewSettingCommand
from app.services.changes import ChangeSet
from app.services.view_settings import TABLE, read_view_setting
from app.views.gantt_painter import LABELS, GanttOptions
from app.views.gantt_view import GanttView

OPTIONS_KEY = "view.gantt"  # the chart's options, saved in the project with the page setup
TOGGLES = ("critical", "baseline", "slack", "iso_weeks")


def options_from_json(text: str | None) -> GanttOptions:
    """Chart options as saved; anything missing or unreadable falls back to the default."""
    defaults = GanttOptions()
    try:
        saved = json.loads(text) if text else {}
    except ValueError:
        return defaults
    if not isinstance(saved, dict):
        return defaults
    values: dict[str, Any] = {
        name: saved[name] for name in TOGGLES if isinstance(saved.get(name), bool)
    }
    if saved.get("label") in LABELS:
        values["label"] = saved["label"]
    return dataclasses.replace(defaults, **values)


def options_to_json(options: GanttOptions) -> str:
    return json.dumps(
        {name: getattr(options, name) for name in (*TOGGLES, "label")}, sort_keys=True
    )


def read_chart_options(document: ProjectDocument) -> GanttOptions:
    """The chart options saved in the project: the screen and every printout use them."""
    return options_from_json(document.read(read_view_setting, OPTIONS_KEY))


class GanttControls(QObject):
    """Adds the chart's actions to ``toolbar``; ``current_task`` names the task to scroll to."""

    def __init__(
        self,
        gantt: GanttView,
        document: ProjectDocument,
        toolbar: QToolBar,
        owner: QWidget,
        current_task: Callable[[], int | None],
    ) -> None:
        super().__init__(owner)
        self.gantt = gantt
        self._document = document
        self._current_task = current_task
        gantt.set_options(read_chart_options(document))
        document.changed.connect(self._document_changed)

        def action(shortcut: str | None, slot: Callable[[], None]) -> QAction:
            made = QAction(owner)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            owner.addAction(made)
            toolbar.addAction(made)
            return made

        self.zoom_in_action = action("Ctrl+=", gantt.zoom_in)
        self.zoom_out_action = action("Ctrl+-", gantt.zoom_out)
        self.fit_action = action(None, gantt.zoom_to_fit)
        self.scroll_action = action("Ctrl+Shift+F5", self.scroll_to_current)

        self.menu = QMenu(owner)
        self.toggles: dict[str, QAction] = {}
        for name in TOGGLES:
            toggle = self.menu.addAction("")
            toggle.setCheckable(True)
            toggle.setChecked(bool(getattr(gantt.options, name)))
            toggle.toggled.connect(lambda on, n=name: self._set(n, on))
            self.toggles[name] = toggle
        self.labels_menu = self.menu.addMenu("")
        group = QActionGroup(self.labels_menu)
        self.label_actions: dict[str, QAction] = {}
        for kind in LABELS:
            choice = self.labels_menu.addAction("")
            choice.setCheckable(True)
            choice.setChecked(gantt.options.label == kind)
            choice.triggered.connect(lambda _checked=False, k=kind: self._set("label", k))
            group.addAction(choice)
            self.label_actions[kind] = choice
        self.menu_button = QToolButton(owner)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.menu_button)
        owner.installEventFilter(self)
        self.retranslate()

    def _set(self, name: str, value: object) -> None:
        """A changed option is a change to the project: saved, and undoable."""
        options = dataclasses.replace(self.gantt.options, **{name: value})
        if options == self.gantt.options:
            return
        if self._document.read_only:  # shown, not saved
            self.gantt.set_options(options)
            return
        text = QCoreApplication.translate("Commands", "Chart options")
        try:
            self._document.push(
                SetViewSettingCommand(self._document, OPTIONS_KEY, options_to_json(options), text)
            )
        except EDIT_REFUSED:
            self._show(self.gantt.options)

    def _document_changed(self, change: ChangeSet) -> None:
        if change.touches(TABLE):
            self._show(read_chart_options(self._document))

    def _show(self, options: GanttOptions) -> None:
        """Put the chart and the menu's checkmarks in line with ``options``."""
        self.gantt.set_options(options)
        for name, toggle in self.toggles.items():
            blocked = toggle.blockSignals(True)
            toggle.setChecked(bool(getattr(options, name)))
            toggle.blockSignals(blocked)
        for kind, choice in self.label_actions.items():
            choice.setChecked(options.label == kind)

    def scroll_to_current(self) -> None:
        task_id = self._current_task()
        if task_id is not None:
            self.gantt.scroll_to_task(task_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        texts = {
            self.zoom_in_action: (self.tr("Zoom in"), self.tr("Show a shorter time span")),
            self.zoom_out_action: (self.tr("Zoom out"), self.tr("Show a longer time span")),
            self.fit_action: (self.tr("Whole project"), self.tr("Zoom to fit the project")),
            self.scroll_action: (self.tr("Scroll to task"), self.tr("Show the task's bar")),
        }
        for made, (text, tip) in texts.items():
            made.setText(text)
            shortcut = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            made.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        toggle_texts = {
            "critical": self.tr("Critical path"),
            "baseline": self.tr("Baseline bars"),
            "slack": self.tr("Slack bars"),
            "iso_weeks": self.tr("ISO week numbers"),
        }
        for name, toggle in self.toggles.items():
            toggle.setText(toggle_texts[name])
        self.labels_menu.setTitle(self.tr("Bar labels"))
        label_texts = {
            "name": self.tr("Task name"),
            "resources": self.tr("Resource names"),
            "dates": self.tr("Dates"),
            "none": self.tr("No labels"),
        }
        for kind, choice in self.label_actions.items():
            choice.setText(label_texts[kind])
        self.menu_button.setText(self.tr("Chart"))
