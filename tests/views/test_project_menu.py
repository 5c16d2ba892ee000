"""The Project menu (calendar, baseline, update project) and File > Import Microsoft Project XML."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.commands.charter import SetCharterFieldCommand
from app.commands.document import ProjectDocument
from app.domain.calendar import from_instant
from app.io.mspdi_reader import read_mspdi
from app.services.baselines import baseline_dates
from app.services.charter import read_charter
from app.views.main_window import MainWindow
from tests.views.conftest import DialogLog

SPRINT_2 = "Sprint 2: opportunities and quotes"
STATUS = dt.date(2026, 12, 15)  # a Tuesday, after Sprint 2 should have started


@pytest.fixture
def document(window: MainWindow, demo_file: Path) -> ProjectDocument:
    assert window.open_path(demo_file)
    assert window.document is not None
    return window.document


def mnemonic(text: str) -> str | None:
    match = re.search(r"&(.)", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def start_of(document: ProjectDocument, name: str) -> dt.datetime:
    schedule = document.schedule()
    assert schedule.result is not None
    row = next(row for row in schedule.rows if row.name == name)
    return from_instant(schedule.result[row.id].start)


def set_status_date(document: ProjectDocument, value: dt.date | None) -> None:
    document.push(SetCharterFieldCommand(document, "status_date", value, "Status date"))


# -- the menus ---------------------------------------------------------------------------------
def test_the_project_menu_sits_between_edit_and_view(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Project", "&View", "&Help"]
    assert len({mnemonic(title) for title in titles}) == len(titles)
    items = [a.text() for a in window.project_menu.actions() if not a.isSeparator()]
    assert items == ["Project &Calendar…", "Save &Baseline…", "&Update Project…"]
    keys = [mnemonic(text) for text in items]
    assert len(set(keys)) == len(keys)
    assert window.import_action in window.file_menu.actions()
    assert window.import_action.text() == "&Import…"
    file_keys = [mnemonic(a.text()) for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_keys.count("i") == 1


def test_actions_follow_the_open_project(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    project_actions = (window.calendar_action, window.baseline_action, window.update_project_action)
    assert not any(action.isEnabled() for action in project_actions)
    assert window.import_action.isEnabled()  # importing needs no open project
    assert window.open_path(demo_file)
    assert all(action.isEnabled() for action in project_actions)
    window.set_document(None)

    holder = ProjectDocument.open(demo_file)
    try:
        dialogs.read_only_answer = True
        assert window.open_path(demo_file)
        assert window.document is not None and window.document.read_only
        assert window.calendar_action.isEnabled()  # shown, not editable
        assert not window.baseline_action.isEnabled()
        assert not window.update_project_action.isEnabled()
        window.set_document(None)
    finally:
        holder.close()


# -- Save Baseline -------------------------------------------------------------------------
def test_save_baseline_asks_which_and_saves_it(
    window: MainWindow, document: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int | None] = [None, 3]
    monkeypatch.setattr(MainWindow, "ask_baseline_number", lambda self: asked.pop(0))
    window.baseline_action.trigger()  # cancelled
    assert document.undo_stack.count() == 0
    assert document.read(baseline_dates, 3) == {}

    window.baseline_action.trigger()
    assert document.undo_stack.undoText() == "Save baseline 3"
    saved = document.read(baseline_dates, 3)
    assert len(saved) == len(document.schedule().rows)
    assert window.statusBar().currentMessage() == "Baseline 3 saved"
    window.undo_action.trigger()
    assert document.read(baseline_dates, 3) == {}


# -- Update Project ------------------------------------------------------------------------
def test_update_project_moves_late_work_past_the_status_date(
    window: MainWindow, document: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_status_date(document, STATUS)
    steps = document.undo_stack.count()
    planned = start_of(document, SPRINT_2)
    assert planned < dt.datetime(2026, 12, 15)

    monkeypatch.setattr(MainWindow, "confirm_update_project", lambda self: False)
    window.update_project_action.trigger()
    assert document.undo_stack.count() == steps

    monkeypatch.setattr(MainWindow, "confirm_update_project", lambda self: True)
    window.update_project_action.trigger()
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Update project"
    assert start_of(document, SPRINT_2) == dt.datetime(2026, 12, 16, 8)
    window.undo_action.trigger()
    assert start_of(document, SPRINT_2) == planned


def test_update_project_without_a_status_date_says_why(
    window: MainWindow,
    document: ProjectDocument,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_status_date(document, None)
    assert document.read(read_charter).status_date is None
    steps = document.undo_stack.count()
    monkeypatch.setattr(MainWindow, "confirm_update_project", lambda self: True)
    window.update_project_action.trigger()
    assert dialogs.errors == [
        (
            "Project not updated",
            "Set a status date in the project charter first: Update Project moves "
            "unfinished work past it.",
        )
    ]
    assert document.undo_stack.count() == steps


# -- the calendar from the menu ------------------------------------------------------------
def test_the_calendar_action_opens_the_dialog_once(
    window: MainWindow, document: ProjectDocument
) -> None:
    window.calendar_action.trigger()
    first = window.calendar_dialog
    assert first is not None and first.isVisible()
    window.calendar_action.trigger()
    second = window.calendar_dialog
    assert second is not None and second is not first and second.isVisible()
    assert not first.isVisible()
    second.reject()
    assert window.calendar_dialog is None


# -- File > Import -------------------------------------------------------------------------
@pytest.mark.corpus
def test_import_opens_the_imported_project(
    window: MainWindow,
    corpus: Path,
    tmp_path: Path,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = corpus / "mspdi" / "mpxj__mspdirelations.xml"
    target = tmp_path / "relations.koers"
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: source)
    dialogs.save_paths.append(target)
    window.import_action.trigger()
    document = window.document
    assert document is not None
    assert document.path == target and target.is_file()
    assert not document.read_only
    assert len(document.schedule().rows) == len(read_mspdi(source).plan_tasks)
    assert document.schedule().result is not None
    assert dialogs.errors == []
    assert target.name in window.windowTitle()


def test_import_cancelled_or_refused_keeps_the_open_project(
    window: MainWindow,
    document: ProjectDocument,
    tmp_path: Path,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    not_xml = tmp_path / "notes.xml"
    not_xml.write_text("these are notes, not a project", encoding="utf-8")
    answers: list[Path | None] = [None, not_xml, not_xml]
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: answers.pop(0))

    window.import_action.trigger()  # no file chosen
    assert window.document is document and dialogs.errors == []

    dialogs.save_paths.append(None)  # no target chosen
    window.import_action.trigger()
    assert window.document is document and dialogs.errors == []

    target = tmp_path / "notes.koers"
    dialogs.save_paths.append(target)
    window.import_action.trigger()
    assert window.document is document
    assert dialogs.errors == [("Cannot import notes.xml", "notes.xml could not be imported.")]
    assert not target.exists()


def test_import_never_overwrites_the_open_project(
    window: MainWindow,
    document: ProjectDocument,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: tmp_path / "any.xml")
    dialogs.save_paths.append(document.path)
    window.import_action.trigger()
    assert window.document is document
    assert dialogs.errors[-1][0] == "Cannot import"
