"""The Gantt chart's buttons (zoom, fit, scroll to task) and its options menu."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from app.views.gantt_painter import LABELS, GanttOptions
from app.views.gantt_view import GanttView

SETTINGS_GROUP = "gantt"
TOGGLES = ("critical", "baseline", "slack", "iso_weeks")


def load_options(settings: QSettings | None = None) -> GanttOptions:
    """The chart options the user chose last time (they are the user's, not the project's)."""
    settings = settings or QSettings()
    defaults = GanttOptions()
    values: dict[str, object] = {}
    for name in TOGGLES:
        raw = settings.value(f"{SETTINGS_GROUP}/{name}", getattr(defaults, name))
        values[name] = raw if isinstance(raw, bool) else str(raw).lower() == "true"
    label = str(settings.value(f"{SETTINGS_GROUP}/label", defaults.label))
    values["label"] = label if label in LABELS else defaults.label
    return dataclasses.replace(defaults, **values)  # type: ignore[arg-type]


def save_options(options: GanttOptions, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    for name in (*TOGGLES, "label"):
        settings.setValue(f"{SETTINGS_GROUP}/{name}", getattr(options, name))


class GanttControls(QObject):
    """Adds the chart's actions to ``toolbar``; ``current_task`` names the task to scroll to."""

    def __init__(
        self,
        gantt: GanttView,
        toolbar: QToolBar,
        owner: QWidget,
        current_task: Callable[[], int | None],
    ) -> None:
        super().__init__(owner)
        self.gantt = gantt
        self._current_task = current_task
        gantt.set_options(load_options())

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
        options = dataclasses.replace(self.gantt.options, **{name: value})
        self.gantt.set_options(options)
        save_options(options)

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
