"""File > Export and File > Import for the interchange formats, through the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.views.exchange_actions import ExchangeActions
from app.views.main_window import MainWindow
from tests.views.conftest import DialogLog


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".xml", ".ics"])
def test_export_writes_the_chosen_kind(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    suffix: str,
) -> None:
    assert window.open_path(demo_file)
    target = tmp_path / f"out{suffix}"
    monkeypatch.setattr(ExchangeActions, "ask_export_path", lambda self, suggested: target)
    assert window.exchange_actions.export_action.isEnabled()
    window.exchange_actions.export_action.trigger()
    assert dialogs.errors == []
    assert target.is_file() and target.stat().st_size > 200
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == [target.name]


def test_export_never_overwrites_the_open_project(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch, dialogs: DialogLog
) -> None:
    assert window.open_path(demo_file)
    before = demo_file.stat().st_size
    monkeypatch.setattr(ExchangeActions, "ask_export_path", lambda self, suggested: demo_file)
    window.exchange_actions.export_action.trigger()
    assert dialogs.errors and "never overwritten" in dialogs.errors[0][1]
    assert demo_file.stat().st_size == before


def test_import_opens_a_gantt_project_file(
    window: MainWindow,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    source = corpus / "gan" / "ganttproject__HouseBuildingSample.gan"
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: source)
    dialogs.save_paths.append(tmp_path / "house.koers")
    window.import_action.trigger()
    assert dialogs.errors == []
    assert window.document is not None
    assert window.document.path == tmp_path / "house.koers"


def test_import_of_a_sheet_goes_through_the_mapping(
    window: MainWindow,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    from app.services.import_sheet import preview_sheet

    source = corpus / "xlsx" / "packt__Project_Plan.xlsx"
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: source)
    asked: list[Path] = []

    def accept_suggestion(self: ExchangeActions, path: Path) -> object:
        asked.append(path)
        return preview_sheet(path)

    monkeypatch.setattr(ExchangeActions, "ask_sheet_choices", accept_suggestion)
    dialogs.save_paths.append(tmp_path / "plan.koers")
    window.import_action.trigger()
    assert asked == [source]
    assert dialogs.errors == []
    assert window.document is not None and window.document.path == tmp_path / "plan.koers"
