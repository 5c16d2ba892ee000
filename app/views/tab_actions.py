"""The actions of a tab's toolbar: one way to make them, so each tab's shortcuts behave alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget


def tab_action(
    owner: QWidget,
    toolbar: QToolBar | None,
    shortcut: str | QKeySequence | None,
    slot: Callable[[], Any],
) -> QAction:
    """An action of ``owner`` whose shortcut works while the focus is inside it, calling
    ``slot`` without Qt's checked flag; on ``toolbar`` too when one is given."""
    action = QAction(owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    if toolbar is not None:
        toolbar.addAction(action)
    return action
