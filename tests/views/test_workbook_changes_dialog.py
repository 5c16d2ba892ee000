"""File > Import Changes from Workbook: the preview, the confirmed deletions, one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.services.export_xlsx import export_workbook
from app.services.project_file import dump_project
from app.services.tasks import set_task_field
from app.views.exchange_actions import ExchangeActions
from app.views.main_window import MainWindow
from app.views.workbook_changes_dialog import WorkbookChangesDialog
from tests.views.conftest import DialogLog
from tests.workbook_edits import TasksSheet

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _open_and_export(window: MainWindow, demo_file: Path, tmp_path: Path) -> Path:
    assert window.open_path(demo_file)
    assert window.document is not None
    target = tmp_path / "demo.xlsx"
    window.document.read(export_workbook, target)
    return target


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(ExchangeActions, "ask_workbook_path", lambda self, suggested: path)


def _preview(qtbot: QtBot, window: MainWindow) -> WorkbookChangesDialog:
    window.exchange_actions.import_changes_action.trigger()
    dialog = window.exchange_actions.changes_dialog
    assert dialog is not None, "no preview was shown"
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: WorkbookChangesDialog, name: str) -> list[str]:
    return dialog.shown_lines(getattr(dialog, name))


def _task_names(document: ProjectDocument) -> list[str]:
    return [row.name for row in document.schedule().rows]


def _button(dialog: WorkbookChangesDialog, text: str) -> object:
    found = [b for b in dialog.buttons.buttons() if b.text().replace("&", "") == text]
    assert found, f"no {text!r} button in {[b.text() for b in dialog.buttons.buttons()]}"
    return found[0]


def test_the_action_sits_in_the_file_menu_and_needs_an_editable_project(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    action = window.exchange_actions.import_changes_action
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index(action.text()) == texts.index(window.import_action.text()) + 1
    assert action.text() == "Import Changes from &Workbook…"
    assert not action.isEnabled()
    assert window.open_path(demo_file)
    assert action.isEnabled()
    window.set_document(ProjectDocument.open(demo_file, read_only=True))
    assert not action.isEnabled()
    window.set_document(None)
    assert not action.isEnabled()


def test_preview_lists_changes_deletions_and_ignored_then_apply_is_one_undo_step(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    path = _open_and_export(window, demo_file, tmp_path)
    document = window.document
    assert document is not None
    sheet = TasksSheet(path)
    last = sheet.sheet.cell(sheet.sheet.max_row, sheet.columns["Koers ID"]).value
    last_name = sheet.get(last, "Name")
    sheet.set(7, "Name", "Inventory of the CRM")
    sheet.set(3, "Finish", dt.datetime(2026, 10, 20, 17))  # computed: ignored
    sheet.delete(last)
    sheet.save()
    before = document.read(dump_project)
    _choose(monkeypatch, path)

    dialog = _preview(qtbot, window)
    changes = _texts(dialog, "changes_list")
    assert any("Inventory of the CRM" in line for line in changes), changes
    deletions = _texts(dialog, "deletions_list")
    assert len(deletions) == 1 and last_name in deletions[0]
    assert not any(last_name in line and "deleted" in line for line in changes)
    ignored = _texts(dialog, "ignored_list")
    assert len(ignored) == 1 and "Finish" in ignored[0]
    assert dialog.ignored_box.isVisible() and dialog.deletions_box.isVisible()
    assert dialog.banner is None
    assert dialog.confirm_deletions.text() == "Delete this row from the project"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "workbook-changes.png"))

    # Apply waits for the deletions to be confirmed.
    assert dialog.apply_button is not None
    assert not dialog.apply_button.isEnabled()
    box = dialog.confirm_deletions
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.confirm_deletions.isChecked()
    assert dialog.apply_button.isEnabled()
    assert document.read(dump_project) == before, "the preview wrote something"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialogs.errors == []
    assert window.exchange_actions.changes_dialog is None
    assert "Inventory of the CRM" in _task_names(document)
    assert last_name not in _task_names(document)
    assert document.undo_stack.count() == 1
    assert "Edit > Undo" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert document.read(dump_project) == before
    assert last_name in _task_names(document)


def test_cancel_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    path = _open_and_export(window, demo_file, tmp_path)
    document = window.document
    assert document is not None
    sheet = TasksSheet(path)
    sheet.set(7, "Name", "Inventory of the CRM")
    sheet.save()
    before = document.read(dump_project)
    _choose(monkeypatch, path)
    dialog = _preview(qtbot, window)
    assert not dialog.deletions_box.isVisible()
    assert dialog.apply_button is not None and dialog.apply_button.isEnabled()
    qtbot.mouseClick(_button(dialog, "Cancel"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert window.exchange_actions.changes_dialog is None
    assert document.read(dump_project) == before
    assert document.undo_stack.count() == 0


def test_an_unchanged_workbook_says_so_and_offers_only_close(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    path = _open_and_export(window, demo_file, tmp_path)
    _choose(monkeypatch, path)
    dialog = _preview(qtbot, window)
    assert dialog.summary.text() == "The workbook makes no change to the project."
    assert [b.text() for b in dialog.buttons.buttons()] == [
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text()
    ]
    assert dialog.apply_button is None
    assert not dialog.changes_box.isVisible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "workbook-changes-none.png"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert window.document is not None and window.document.undo_stack.count() == 0


def test_a_project_changed_since_the_export_is_shown_first(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    path = _open_and_export(window, demo_file, tmp_path)
    document = window.document
    assert document is not None
    sheet = TasksSheet(path)
    sheet.set(7, "Name", "Inventory of the CRM")
    sheet.set(4, "Total float (days)", 3)
    sheet.save()
    # The project moves on after the export (another edit, committed at once).
    document.execute(set_task_field, 5, "notes", "changed after the export")
    _choose(monkeypatch, path)
    dialog = _preview(qtbot, window)
    assert dialog.banner is not None and dialog.banner.isVisible()
    text = dialog.banner.findChild(type(dialog.summary), "revision_text")
    assert text is not None and "changed since this workbook was exported" in text.text()
    layout = dialog.layout()
    assert layout is not None and layout.itemAt(0).widget() is dialog.banner
    assert not any("changed since" in line for line in _texts(dialog, "warnings_list"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.resize(760, 620)
    dialog.grab().save(str(SCREENSHOTS / "workbook-changes-warning.png"))
    assert dialog.apply_button is not None
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == []
    assert "Inventory of the CRM" in _task_names(document)


def test_a_workbook_that_is_not_a_koers_export_is_refused_with_its_problems(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    import openpyxl

    assert window.open_path(demo_file)
    assert window.document is not None
    before = window.document.read(dump_project)
    foreign = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Post", "Amount"])
    book.save(foreign)
    _choose(monkeypatch, foreign)
    window.exchange_actions.import_changes_action.trigger()
    assert window.exchange_actions.changes_dialog is None
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "Cannot import changes from budget.xlsx"
    assert "Traceback" not in text and text
    assert window.document.read(dump_project) == before

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    _choose(monkeypatch, broken)
    window.exchange_actions.import_changes_action.trigger()
    assert len(dialogs.errors) == 2
    assert dialogs.errors[1][0] == "Cannot import changes from broken.xlsx"


def test_bad_rows_are_listed_in_the_error_details(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        MainWindow,
        "show_error",
        lambda self, title, text, detail="": shown.append((title, text, detail)),
    )
    path = _open_and_export(window, demo_file, tmp_path)
    sheet = TasksSheet(path)
    sheet.set(7, "Duration", "many days")
    sheet.set(5, "Predecessors", "999")
    sheet.save()
    _choose(monkeypatch, path)
    window.exchange_actions.import_changes_action.trigger()
    assert len(shown) == 1
    _title, _text, detail = shown[0]
    assert "Duration" in detail and "Predecessors" in detail
    assert len(detail.splitlines()) == 2
    assert window.document is not None and window.document.undo_stack.count() == 0
