"""File > Page Setup, Print Preview, Print and the chart exports, as the main window offers them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.page_setup import PageSetup, Timescale
from app.services.view_settings import read_page_setup
from app.views.gantt_print import GanttPrintout
from app.views.main_window import MainWindow
from app.views.page_setup_dialog import PageSetupDialog
from app.views.print_actions import PrintActions, image_timescale, shown_tasks
from app.views.schedule_tab import ScheduleTab
from tests.views.conftest import DialogLog

# Wider than any A4 page leaves for them (the demo's texts make them about 1040 units wide).
TOO_WIDE = ("name", "start", "finish", "early_start", "early_finish", "late_start", "late_finish")


def open_demo(window: MainWindow, demo_file: Path) -> ScheduleTab:
    assert window.open_path(demo_file)
    assert window.project_view is not None
    schedule = window.print_actions.schedule()
    assert schedule is not None
    return schedule


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        assert found, info
        return int(found.group(1))
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def expected_pages(window: MainWindow, setup: PageSetup | None = None) -> int:
    schedule = window.print_actions.schedule()
    assert schedule is not None and window.document is not None
    setup = setup or window.document.read(read_page_setup)
    return GanttPrintout(schedule.model, setup, options=schedule.gantt.options).page_count


def page_setup_dialog(window: MainWindow) -> PageSetupDialog:
    """File > Page Setup…, and the dialog it opened."""
    window.print_actions.page_setup_action.trigger()
    dialog = window.print_actions.setup_dialog
    assert dialog is not None
    return dialog


def test_the_file_menu_offers_printing_only_with_a_project(
    window: MainWindow, demo_file: Path
) -> None:
    actions = window.print_actions
    menu = window.file_menu.actions()
    first = menu.index(actions.page_setup_action)
    assert menu[first - 1].isSeparator()
    assert menu[first : first + 5] == actions.actions
    assert menu[first + 5].isSeparator()
    assert [action.text() for action in actions.actions] == [
        "Pa&ge Setup…",
        "Print Pre&view…",
        "&Print…",
        "Export Chart as P&DF…",
        "Export Chart as I&mage…",
    ]
    assert not any(action.isEnabled() for action in actions.actions)
    window.open_path(demo_file)
    assert all(action.isEnabled() for action in actions.actions)
    window.close_project()
    assert not any(action.isEnabled() for action in actions.actions)


def test_print_is_ctrl_p_and_no_other_action_uses_it(window: MainWindow, demo_file: Path) -> None:
    window.open_path(demo_file)
    print_key = QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_actions.print_action.shortcut() == print_key
    assert print_key.toString() == "Ctrl+P"
    taken = [
        action
        for action in window.findChildren(type(window.print_actions.print_action))
        if print_key in action.shortcuts()
    ]
    assert taken == [window.print_actions.print_action]


def test_page_setup_is_saved_in_the_project_and_undone(window: MainWindow, demo_file: Path) -> None:
    open_demo(window, demo_file)
    document = window.document
    assert document is not None
    before = document.read(read_page_setup)
    steps = document.undo_stack.count()

    window.print_actions.page_setup_action.trigger()
    dialog = window.print_actions.setup_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.timescale.setCurrentIndex(dialog.timescale.findData("month"))
    dialog.set_columns(["id", "name"])
    dialog.footer_edits[0].setText("{project} — {manager}")
    dialog.accept()
    assert window.print_actions.setup_dialog is None

    wanted = before.replace(
        paper="A3",
        timescale=Timescale.MONTH,
        columns=("id", "name"),
        footer=("{project} — {manager}", *before.footer[1:]),
    )
    assert document.read(read_page_setup) == wanted
    assert document.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "Undo Page setup"
    window.undo_action.trigger()
    assert document.read(read_page_setup) == before
    window.redo_action.trigger()
    assert document.read(read_page_setup) == wanted

    window.close_project()
    reopened = ProjectDocument.open(demo_file, read_only=True)
    try:
        assert reopened.read(read_page_setup) == wanted
    finally:
        reopened.close()


def test_an_unchanged_or_cancelled_page_setup_adds_no_undo_step(
    window: MainWindow, demo_file: Path
) -> None:
    open_demo(window, demo_file)
    document = window.document
    assert document is not None
    steps = document.undo_stack.count()
    dialog = page_setup_dialog(window)
    dialog.accept()
    dialog = page_setup_dialog(window)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    dialog.reject()
    assert document.undo_stack.count() == steps
    assert document.read(read_page_setup) == PageSetup()


def test_page_setup_refuses_columns_that_leave_no_room_for_the_chart(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    open_demo(window, demo_file)
    dialog = page_setup_dialog(window)
    dialog.portrait.setChecked(True)
    dialog.set_columns(TOO_WIDE)
    dialog.accept()
    assert dialog.isVisible()
    assert "no room for the chart" in dialog.error_label.text()
    dialog.reject()
    assert window.document is not None
    assert window.document.read(read_page_setup) == PageSetup()
    assert dialogs.errors == []


def test_closing_the_project_closes_its_print_dialogs(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    open_demo(window, demo_file)
    dialog = page_setup_dialog(window)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    window.print_actions.preview_action.trigger()
    assert window.print_actions.preview_dialog is not None
    window.close_project()
    assert window.print_actions.setup_dialog is None
    assert window.print_actions.preview_dialog is None
    assert dialogs.errors == []
    reopened = ProjectDocument.open(demo_file, read_only=True)
    try:
        assert reopened.read(read_page_setup) == PageSetup()  # a cancel, not an OK
    finally:
        reopened.close()


def test_a_read_only_project_keeps_its_page_setup_for_the_session(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)
    window.set_document(document)
    window.print_actions.apply_setup(PageSetup(paper="A3"))
    assert dialogs.errors == []
    assert window.print_actions.current_setup() == PageSetup(paper="A3")
    assert document.read(read_page_setup) == PageSetup()
    window.close_project()
    window.open_path(demo_file)
    assert window.print_actions.current_setup() == PageSetup()


def test_export_pdf_writes_every_page(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    open_demo(window, demo_file)
    window.print_actions.apply_setup(PageSetup(paper="A4", landscape=False))
    target = tmp_path / "chart.pdf"
    asked: list[Path] = []
    monkeypatch.setattr(
        PrintActions, "ask_pdf_path", lambda self, suggested: asked.append(suggested) or target
    )
    window.print_actions.export_pdf_action.trigger()
    assert dialogs.errors == []
    assert asked == [demo_file.with_suffix(".pdf")]
    pages = pdf_pages(target)
    assert pages == expected_pages(window) > 1
    assert str(target) in window.statusBar().currentMessage()
    window.print_actions.export_pdf_action.trigger()  # the dialog confirmed overwriting
    assert dialogs.errors == []
    assert pdf_pages(target) == pages


def test_a_name_without_pdf_gets_it_and_never_overwrites_unasked(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    open_demo(window, demo_file)
    (tmp_path / "chart.v2.pdf").write_text("mine")
    monkeypatch.setattr(PrintActions, "ask_pdf_path", lambda self, s: tmp_path / "chart.v2")
    window.print_actions.export_pdf_action.trigger()
    assert dialogs.errors and "already exists" in dialogs.errors[0][1]
    assert (tmp_path / "chart.v2.pdf").read_text() == "mine"
    assert not (tmp_path / "chart.v2").exists()


def test_export_image_writes_a_png_of_the_whole_chart_at_the_screen_zoom(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    schedule = open_demo(window, demo_file)
    schedule.gantt.set_zoom(10.0)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(PrintActions, "ask_image_path", lambda self, suggested: target)
    window.print_actions.export_image_action.trigger()
    assert dialogs.errors == []
    image = QImage(str(target))
    assert not image.isNull()
    printout = GanttPrintout(schedule.model, PageSetup(paper="A2"), options=schedule.gantt.options)
    assert image.size() == printout.image_size(10.0).toSize()
    assert len(printout.tasks) == len(schedule.model.tasks())


def test_export_image_writes_an_svg_for_an_svg_name(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    open_demo(window, demo_file)
    target = tmp_path / "chart.svg"
    monkeypatch.setattr(PrintActions, "ask_image_path", lambda self, suggested: target)
    window.print_actions.export_image_action.trigger()
    assert dialogs.errors == []
    text = target.read_text(encoding="utf-8")
    assert "<svg" in text
    assert "CRM migration to Salesforce" in text


def test_a_png_too_large_is_refused_with_a_message_and_no_file(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    schedule = open_demo(window, demo_file)
    schedule.gantt.set_zoom(480.0)  # hours: far wider than any image may be
    target = tmp_path / "chart.png"
    monkeypatch.setattr(PrintActions, "ask_image_path", lambda self, suggested: target)
    window.print_actions.export_image_action.trigger()
    assert len(dialogs.errors) == 1
    assert "too large" in dialogs.errors[0][1]
    assert not list(tmp_path.glob("*chart*"))  # nor a partial file beside it


def test_an_unwritable_target_shows_a_message_and_leaves_no_file(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    open_demo(window, demo_file)
    target = tmp_path / "missing folder" / "chart.pdf"
    monkeypatch.setattr(PrintActions, "ask_pdf_path", lambda self, suggested: target)
    window.print_actions.export_pdf_action.trigger()
    assert dialogs.errors == [("Cannot export the chart", "chart.pdf could not be written.")]
    assert not target.parent.exists()
    assert not list(tmp_path.glob("*chart*"))


def test_columns_too_wide_are_a_message_before_any_file_is_asked(
    window: MainWindow,
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogLog,
) -> None:
    open_demo(window, demo_file)
    assert window.document is not None
    window.print_actions.apply_setup(PageSetup(columns=TOO_WIDE))
    asked: list[str] = []
    monkeypatch.setattr(PrintActions, "ask_pdf_path", lambda self, s: asked.append("pdf"))
    monkeypatch.setattr(PrintActions, "ask_print", lambda self, p, n: asked.append("print"))
    window.print_actions.export_pdf_action.trigger()
    window.print_actions.print_action.trigger()
    window.print_actions.preview_action.trigger()
    assert asked == []
    assert len(dialogs.errors) == 3
    assert all("no room for the chart" in text for _title, text in dialogs.errors)
    assert window.print_actions.preview_dialog is None


def test_filtered_only_prints_the_rows_the_tree_shows(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedule = open_demo(window, demo_file)
    everything = schedule.model.tasks()
    combo = schedule.filter_combo
    combo.setCurrentIndex(combo.findData("critical"))
    window.print_actions.apply_setup(PageSetup(filtered_only=True))
    printout = window.print_actions.make_printout()
    assert printout is not None
    shown = [task.id for task in printout.tasks]
    assert 0 < len(shown) < len(everything)
    order = [task.id for task in everything]
    assert shown == sorted(shown, key=order.index)  # tree order
    for task in printout.tasks:
        dates = schedule.model.dates(task.id)
        assert task.summary or (dates is not None and dates.critical)

    # A collapsed summary prints without its subtasks.
    summary = next(task for task in printout.tasks if task.summary)
    index = schedule.proxy.mapFromSource(schedule.model.index_of(summary.id))
    schedule.view.collapse(index)
    collapsed = [task.id for task in shown_tasks(schedule)]
    hidden = set(schedule.model.descendants(summary.id))
    assert summary.id in collapsed and hidden and not hidden & set(collapsed)
    printout = window.print_actions.make_printout()
    assert printout is not None
    assert [task.id for task in printout.tasks] == collapsed

    # The PDF has the pages of those rows only.
    target = tmp_path / "critical.pdf"
    monkeypatch.setattr(PrintActions, "ask_pdf_path", lambda self, s: target)
    window.print_actions.export_pdf_action.trigger()
    assert pdf_pages(target) == printout.page_count

    # Without filtered_only every task is printed, whatever the filter.
    window.print_actions.apply_setup(PageSetup())
    printout = window.print_actions.make_printout()
    assert printout is not None
    assert len(printout.tasks) == len(everything)


def test_print_paints_every_page_on_the_chosen_printer(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_demo(window, demo_file)
    window.print_actions.apply_setup(PageSetup(paper="A4", landscape=False))
    target = tmp_path / "printed.pdf"
    seen: list[tuple[float, int]] = []

    def ask_print(self: PrintActions, printer: QPrinter, pages: int) -> bool:
        seen.append((printer.resolution(), pages))
        assert printer.fullPage()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(PrintActions, "ask_print", ask_print)
    window.print_actions.print_action.trigger()
    pages = expected_pages(window)
    assert seen == [(96, pages)]
    assert pdf_pages(target) == pages
    assert f"{pages} pages" in window.statusBar().currentMessage()


def test_print_follows_a_page_range_and_orientation_chosen_in_the_dialog(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_demo(window, demo_file)
    window.print_actions.apply_setup(PageSetup(paper="A4", landscape=False))
    target = tmp_path / "range.pdf"

    def ask_print(self: PrintActions, printer: QPrinter, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(PrintActions, "ask_print", ask_print)
    window.print_actions.print_action.trigger()
    assert pdf_pages(target) == 2

    def landscape(self: PrintActions, printer: QPrinter, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)
        return True

    monkeypatch.setattr(PrintActions, "ask_print", landscape)
    window.print_actions.print_action.trigger()
    assert pdf_pages(target) == expected_pages(window, PageSetup(paper="A4", landscape=True))


def test_cancelling_the_print_dialog_prints_nothing(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_demo(window, demo_file)
    painted: list[int] = []
    monkeypatch.setattr(PrintActions, "ask_print", lambda self, printer, pages: False)
    monkeypatch.setattr(PrintActions, "paint", lambda self, p, printer: painted.append(1) or 0)
    window.print_actions.print_action.trigger()
    assert painted == []


def test_print_preview_shows_every_page(
    window: MainWindow, demo_file: Path, qtbot: QtBot, dialogs: DialogLog
) -> None:
    open_demo(window, demo_file)
    window.print_actions.apply_setup(PageSetup(paper="A4", landscape=False, pages_tall=2))
    window.print_actions.preview_action.trigger()
    dialog = window.print_actions.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == expected_pages(window)
    assert dialogs.errors == []
    dialog.reject()
    QCoreApplication.processEvents()
    assert window.print_actions.preview_dialog is None


def test_an_image_takes_the_time_scale_the_screen_shows() -> None:
    from app.views.gantt_painter import GanttOptions, Tier

    assert image_timescale(GanttOptions(), 24.0) is Timescale.DAY
    assert image_timescale(GanttOptions(), 6.0) is Timescale.WEEK
    assert image_timescale(GanttOptions(), 1.0) is Timescale.MONTH
    assert image_timescale(GanttOptions(), 0.3) is Timescale.QUARTER
    assert image_timescale(GanttOptions(), 300.0) is Timescale.DAY
    assert image_timescale(GanttOptions(tier=Tier.MONTH), 24.0) is Timescale.MONTH
