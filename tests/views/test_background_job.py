"""Long exports and imports run off the GUI thread, with a progress dialog and Cancel;
cancelling leaves the target, the open project and the folder as they were."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import app.views.exchange_actions as exchange
from app.commands.document import ProjectDocument
from app.domain.errors import InputRefused
from app.domain.files import atomic_target
from app.services.export_mspdi import export_mspdi
from app.services.export_xlsx import export_workbook
from app.services.progress import Progress
from app.services.project_file import dump_project
from app.views.background_job import BackgroundJob
from app.views.exchange_actions import ExchangeActions
from app.views.main_window import MainWindow
from tests.gan_files import build_gan
from tests.views.conftest import DialogLog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
STEPS = 400
WAIT_S = 30  # how long a gated worker waits for the test at most (never reached when green)


class Gate:
    """Stops a worker at a chosen progress report until the test lets it go on."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def hold(self) -> None:
        self.reached.set()
        assert self.release.wait(WAIT_S), "the test never let the worker go on"

    def progress_after(self, progress: Progress, permille: int) -> Progress:
        """``progress``, holding the worker at the first report at or past ``permille``."""

        def report(done: int, total: int) -> None:
            progress(done, total)
            if not self.reached.is_set() and total and done * 1000 >= permille * total:
                self.hold()

        return report


@pytest.fixture
def gate() -> Iterator[Gate]:
    opened = Gate()
    yield opened
    opened.release.set()  # a failed test must not leave a worker waiting


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def _cancel_when_shown(qtbot: QtBot, gate: Gate, job: BackgroundJob) -> None:
    """What a person does: wait for the dialog, press its Cancel button."""
    assert gate.reached.wait(WAIT_S)
    qtbot.waitUntil(job.dialog.isVisible)
    qtbot.mouseClick(job.cancel_button, Qt.MouseButton.LeftButton)
    assert job.dialog.isVisible(), "the dialog went before the work stopped"
    assert job.dialog.labelText() == "Cancelling…"
    assert not job.cancel_button.isEnabled()
    gate.release.set()


def _on_start(window: MainWindow, act: Callable[[BackgroundJob], None]) -> None:
    window.exchange_actions.job_started.connect(act)


# -- the runner itself --------------------------------------------------------------------------
def test_a_long_job_shows_its_progress_and_cancel_stops_it_leaving_the_target_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, gate: Gate
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the file as it was\n", encoding="utf-8")
    reports: list[int] = []

    def work(progress: Progress) -> Path:
        with atomic_target(target, overwrite=True) as temp, temp.open("w") as out:
            for step in range(STEPS):
                progress(step, STEPS)
                reports.append(step)
                out.write(f"line {step}\n")
                if step == 10:
                    gate.hold()
        return target

    window.show()
    qtbot.waitExposed(window)
    job = BackgroundJob(window, work, title="Fake job", label="Writing out.txt…")
    job.start()
    qtbot.waitUntil(job.dialog.isVisible)
    assert job.dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: job.dialog.maximum() == STEPS and job.dialog.value() == 10)
    assert not window.close(), "the window closed under a running job"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    job.dialog.grab().save(str(SCREENSHOTS / "progress-dialog.png"))

    with qtbot.waitSignals([job.cancelled, job.finished], order="strict"):
        _cancel_when_shown(qtbot, gate, job)
    assert job.was_cancelled and job.error is None and job.result is None
    assert reports[-1] == 10, "the work went on after Cancel"
    assert target.read_text(encoding="utf-8") == "the file as it was\n"
    assert _folder(tmp_path) == ["out.txt"], "a temporary file was left behind"
    assert not job.running and not job.dialog.isVisible()
    assert window.isVisible(), "the window closed under a running job"


def test_escape_in_the_dialog_cancels_too(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    def work(progress: Progress) -> None:
        progress(0, 10)
        gate.hold()
        progress(1, 10)

    job = BackgroundJob(window, work, title="Fake job", label="Working…")
    window.show()
    job.start()
    assert gate.reached.wait(WAIT_S)
    qtbot.waitUntil(job.dialog.isVisible)
    job.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is job.dialog)
    with qtbot.waitSignal(job.cancelled):
        qtbot.keyClick(job.dialog, Qt.Key.Key_Escape)
        assert job.dialog.isVisible()
        gate.release.set()
    assert job.was_cancelled


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        for step in range(STEPS):
            progress(step, STEPS)
        return 42

    job = BackgroundJob(window, work, title="Fake job", label="Counting…")
    job.succeeded.connect(lambda result: seen.update(result=result, gui=threading.get_ident()))
    with qtbot.waitSignal(job.finished):
        job.start()
    assert seen["result"] == 42 and job.result == 42
    assert seen["gui"] == threading.main_thread().ident != seen["worker"]
    assert not job.dialog.isVisible()


def test_an_error_in_the_work_comes_back_as_the_exception(qtbot: QtBot, window: MainWindow) -> None:
    def work(progress: Progress) -> None:
        progress(0, 0)
        raise InputRefused("row 3: not a date")

    job = BackgroundJob(window, work, title="Fake job", label="Reading…")
    with qtbot.waitSignal(job.failed) as failed:
        job.start()
    assert isinstance(failed.args[0], InputRefused)
    assert str(job.error) == "row 3: not a date"


# -- File > Export ---------------------------------------------------------------------------------
def test_export_runs_in_the_background_and_writes_a_readable_workbook(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    assert window.open_path(demo_file)
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(ExchangeActions, "ask_export_path", lambda self, suggested: target)
    threads: list[int] = []
    real = exchange.read_project_file

    def spy(path: Path, query: Any, *args: Any) -> Any:
        threads.append(threading.get_ident())
        return real(path, query, *args)

    monkeypatch.setattr(exchange, "read_project_file", spy)
    started: list[BackgroundJob] = []
    _on_start(window, started.append)
    window.exchange_actions.export_action.trigger()
    assert dialogs.errors == []
    assert len(started) == 1 and not started[0].running
    assert threads and threads[0] != threading.main_thread().ident
    book = openpyxl.load_workbook(target)
    assert {"Tasks", "Risks", "Koers"} <= set(book.sheetnames)
    tasks = book["Tasks"]
    assert tasks.max_row > 10 and tasks.cell(1, 1).value == "Koers ID"
    assert window.statusBar().currentMessage() == f"Exported to {target}"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancelling_an_export_leaves_no_file_and_an_existing_one_untouched(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    gate: Gate,
    suffix: str,
) -> None:
    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    before = document.read(dump_project)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"plan{suffix}"
    monkeypatch.setattr(ExchangeActions, "ask_export_path", lambda self, suggested: target)
    real = exchange.exporter

    def gated(kind: str) -> Callable[..., Any]:
        write = real(kind)
        return lambda session, path, progress: write(
            session,
            path,
            gate.progress_after(progress, 500),  # halfway through the rows
        )

    monkeypatch.setattr(exchange, "exporter", gated)
    _on_start(window, lambda job: _cancel_when_shown(qtbot, gate, job))

    window.exchange_actions.export_action.trigger()  # a new file
    assert dialogs.errors == []
    assert _folder(folder) == [], "the cancelled export left a file"
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."

    target.write_bytes(b"last week's export")
    gate.reached.clear()
    gate.release.clear()
    window.exchange_actions.export_action.trigger()  # over an existing file
    assert target.read_bytes() == b"last week's export"
    assert _folder(folder) == [target.name]
    assert dialogs.errors == []
    assert document.read(dump_project) == before
    assert document.undo_stack.count() == 0


def test_an_export_error_is_one_message_without_traceback(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    assert window.open_path(demo_file)
    missing = tmp_path / "no such folder" / "plan.xlsx"
    monkeypatch.setattr(ExchangeActions, "ask_export_path", lambda self, suggested: missing)
    window.exchange_actions.export_action.trigger()
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "Cannot export plan.xlsx" and "no such folder" in text

    def broken(kind: str) -> Callable[..., Any]:
        def write(session: Any, path: Path, progress: Progress) -> None:
            raise ZeroDivisionError("division by zero")

        return write

    monkeypatch.setattr(exchange, "exporter", broken)
    monkeypatch.setattr(
        ExchangeActions, "ask_export_path", lambda self, suggested: tmp_path / "plan.xlsx"
    )
    window.exchange_actions.export_action.trigger()
    assert len(dialogs.errors) == 2
    title, text = dialogs.errors[1]
    assert title == "Cannot export plan.xlsx"
    assert text == "Unexpected error (ZeroDivisionError: division by zero). Please report it."
    assert not (tmp_path / "plan.xlsx").exists()


# -- File > Import ---------------------------------------------------------------------------
def _import_into(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    source: Path,
    target: Path,
) -> None:
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: source)
    dialogs.save_paths.append(target)
    window.import_action.trigger()


def test_cancelling_a_gantt_project_import_keeps_the_open_project_and_the_target(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    gate: Gate,
) -> None:
    import app.services.import_gan as gan_service

    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    before = document.read(dump_project)
    source = tmp_path / "big.gan"
    source.write_bytes(build_gan(300))
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "big.koers"
    real = gan_service.import_gan

    def gated(src: Path, dest: Path, *, overwrite: bool, progress: Progress) -> Any:
        return real(src, dest, overwrite=overwrite, progress=gate.progress_after(progress, 400))

    monkeypatch.setattr(gan_service, "import_gan", gated)
    _on_start(window, lambda job: _cancel_when_shown(qtbot, gate, job))
    _import_into(window, monkeypatch, dialogs, source, target)
    assert dialogs.errors == []
    assert window.document is document
    assert document.read(dump_project) == before
    assert _folder(folder) == [], "the cancelled import left a file (or its -wal, -shm, lock)"
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was written."

    # Without Cancel the same import opens the new project.
    monkeypatch.setattr(gan_service, "import_gan", real)
    window.exchange_actions.job_started.disconnect()
    _import_into(window, monkeypatch, dialogs, source, target)
    assert dialogs.errors == []
    assert window.document is not None and window.document.path == target
    assert len(window.document.schedule().rows) >= 300


def test_cancelling_an_ms_project_import_leaves_an_existing_target_untouched(
    qtbot: QtBot,
    window: MainWindow,
    document: ProjectDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    gate: Gate,
) -> None:
    from app.commands import calendars

    source = tmp_path / "plan.xml"
    document.read(export_mspdi, source)
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "plan.koers"
    target.write_bytes(b"an older file the user chose to replace")
    real = calendars.import_microsoft_project

    def gated(src: Path, dest: Path) -> Path:
        gate.hold()  # the XML import reports nothing on the way: Cancel waits for its end
        return real(src, dest)

    monkeypatch.setattr(calendars, "import_microsoft_project", gated)
    _on_start(window, lambda job: _cancel_when_shown(qtbot, gate, job))
    _import_into(window, monkeypatch, dialogs, source, target)
    assert dialogs.errors == []
    assert window.document is None  # the start page, as before the import
    assert target.read_bytes() == b"an older file the user chose to replace"
    assert _folder(folder) == [target.name]


def test_an_import_refusal_is_shown_once_and_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: DialogLog
) -> None:
    source = tmp_path / "broken.gan"
    source.write_bytes(b"<project><tasks><task id='x'")
    target = tmp_path / "broken.koers"
    _import_into(window, monkeypatch, dialogs, source, target)
    assert dialogs.errors == [("Cannot import broken.gan", "broken.gan could not be imported.")]
    assert not target.exists()
    assert _folder(tmp_path) == ["broken.gan"]


# -- File > Import Changes from Workbook ------------------------------------------------------
def test_cancelling_the_reading_of_an_edited_workbook_shows_no_preview(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
    gate: Gate,
) -> None:
    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    workbook = tmp_path / "demo.xlsx"
    document.read(export_workbook, workbook)
    before = document.read(dump_project)
    monkeypatch.setattr(ExchangeActions, "ask_workbook_path", lambda self, suggested: workbook)
    real = exchange.read_project_file

    def gated(path: Path, query: Any, *args: Any) -> Any:
        gate.hold()
        return real(path, query, *args)

    monkeypatch.setattr(exchange, "read_project_file", gated)
    _on_start(window, lambda job: _cancel_when_shown(qtbot, gate, job))
    window.exchange_actions.import_changes_action.trigger()
    assert window.exchange_actions.changes_dialog is None
    assert dialogs.errors == []
    assert document.read(dump_project) == before
    assert QApplication.activeModalWidget() is None
