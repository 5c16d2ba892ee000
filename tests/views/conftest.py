"""A main window whose dialogs are answered by the test instead of a person; the demo open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.views.main_window import MainWindow
from app.views.schedule_tab import ScheduleTab


class DialogLog:
    """Records what the window would have shown in a modal dialog."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.save_paths: list[Path | None] = []
        self.read_only_answer = True


@pytest.fixture
def dialogs() -> DialogLog:
    return DialogLog()


@pytest.fixture
def window(
    qtbot: object, dialogs: DialogLog, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(
        MainWindow,
        "show_error",
        lambda self, title, text, detail="": dialogs.errors.append((title, text)),
    )
    monkeypatch.setattr(
        MainWindow, "ask_save_path", lambda self, title, suggested: dialogs.save_paths.pop(0)
    )
    monkeypatch.setattr(
        MainWindow, "ask_open_read_only", lambda self, error: dialogs.read_only_answer
    )
    main = MainWindow()
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    yield main
    main.set_document(None)


@pytest.fixture
def document(qapp: object, demo_file: Path) -> Iterator[ProjectDocument]:
    """The demo project, open for editing."""
    doc = ProjectDocument.open(demo_file)
    yield doc
    doc.close()


@pytest.fixture
def gantt_tab(qtbot: QtBot, document: ProjectDocument) -> ScheduleTab:
    """The demo's Schedule tab, shown 1600 pixels wide with the chart taking 1100 of them."""
    tab = ScheduleTab(document)
    qtbot.addWidget(tab)
    tab.resize(1600, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.splitter.setSizes([500, 1100])
    return tab
