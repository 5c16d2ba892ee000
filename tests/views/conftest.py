"""A main window whose dialogs are answered by the test instead of a person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.views.main_window import MainWindow


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
