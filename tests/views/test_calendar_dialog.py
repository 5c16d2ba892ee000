"""Project > Project Calendar: the week, the holidays that count and own exceptions, undoable."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.commands.calendars import SetProjectCalendarCommand
from app.commands.document import ProjectDocument
from app.domain.calendar import from_instant
from app.services.calendar_edit import read_project_calendar
from app.views.calendar_dialog import HOURS, NAME, REPEATS, CalendarDialog
from app.views.main_window import MainWindow
from tests.views.conftest import DialogLog

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "build" / "screenshots" / "calendar-dialog.png"
WEDNESDAY = 2
DAY_OUT = dt.date(2026, 11, 30)  # a Monday, in the demo's Sprint 2
SPRINT_2 = "Sprint 2: opportunities and quotes"
SPRINT_4 = "Sprint 4: dashboards and reports"


@pytest.fixture
def document(window: MainWindow, demo_file: Path) -> ProjectDocument:
    assert window.open_path(demo_file)
    assert window.document is not None
    return window.document


def open_calendar(window: MainWindow) -> CalendarDialog:
    assert window.calendar_action.isEnabled()
    window.calendar_action.trigger()
    dialog = window.calendar_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def finish(document: ProjectDocument) -> dt.datetime:
    result = document.schedule().result
    assert result is not None
    return from_instant(max(dates.finish for dates in result.values()))


def task_dates(document: ProjectDocument, name: str) -> tuple[dt.datetime, dt.datetime]:
    schedule = document.schedule()
    assert schedule.result is not None
    row = next(row for row in schedule.rows if row.name == name)
    dates = schedule.result[row.id]
    return from_instant(dates.start), from_instant(dates.finish)


def is_working(document: ProjectDocument, day: dt.date) -> bool:
    return document.schedule().project_calendar.is_working_day(day)


def checked(dialog: CalendarDialog) -> dict[str, bool]:
    return {
        item.text(): item.checkState() == Qt.CheckState.Checked for item in dialog.holiday_items()
    }


# -- the week ----------------------------------------------------------------------------------
def test_the_dialog_shows_the_demo_calendar(window: MainWindow, document: ProjectDocument) -> None:
    dialog = open_calendar(window)
    assert dialog.windowTitle() == "Project Calendar"
    assert dialog.name.text() == "Standard"
    monday, saturday = dialog.days[0], dialog.days[5]
    assert monday.working.text() == "Monday"
    assert monday.working.isChecked() and monday.second.isChecked()
    assert [editor.time().toString("HH:mm") for editor in monday.times] == [
        "08:00",
        "12:00",
        "13:00",
        "17:00",
    ]
    assert not saturday.working.isChecked()
    assert not any(editor.isEnabled() for editor in saturday.times)
    assert dialog.chosen_country() == "NL"
    assert dialog.country.currentText() == "Netherlands (NL)"
    holidays = checked(dialog)
    assert holidays["Goede vrijdag"] is False  # most Dutch employers work Good Friday
    assert holidays["Eerste kerstdag"] and holidays["Tweede kerstdag"]
    assert dialog.exceptions.rowCount() == 0
    dialog.reject()
    assert window.calendar_dialog is None


def test_wednesday_off_moves_the_finish_and_undo_restores_it(
    qtbot: QtBot, window: MainWindow, document: ProjectDocument
) -> None:
    before = finish(document)
    dialog = open_calendar(window)
    wednesday = dialog.days[WEDNESDAY]
    qtbot.mouseClick(wednesday.working, Qt.MouseButton.LeftButton)
    assert not wednesday.working.isChecked()
    assert not wednesday.times[0].isEnabled()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()

    later = finish(document)
    assert later > before
    assert not is_working(document, dt.date(2026, 12, 2))
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change project calendar"
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    assert finish(document) == before
    assert is_working(document, dt.date(2026, 12, 2))
    window.redo_action.trigger()
    assert finish(document) == later

    again = open_calendar(window)  # the dialog reads the calendar afresh
    assert not again.days[WEDNESDAY].working.isChecked()
    again.reject()


def test_a_short_friday_with_one_period(window: MainWindow, document: ProjectDocument) -> None:
    dialog = open_calendar(window)
    friday = dialog.days[4]
    friday.second.setChecked(False)
    assert not friday.times[2].isEnabled()
    friday.times[1].setTime(friday.times[1].time().addSecs(-3600))  # 08:00-11:00
    dialog.accept()
    hours = document.schedule().project_calendar.day_hours(dt.date(2026, 12, 4))
    assert [(t.start, t.end) for t in hours] == [(480, 660)]


def test_nothing_changed_makes_no_undo_step(window: MainWindow, document: ProjectDocument) -> None:
    dialog = open_calendar(window)
    dialog.accept()
    assert not dialog.isVisible()
    assert document.undo_stack.count() == 0


# -- public holidays -------------------------------------------------------------------------
def test_unchecking_a_holiday_makes_that_day_working(
    window: MainWindow, document: ProjectDocument
) -> None:
    assert task_dates(document, SPRINT_4)[0] == dt.datetime(2026, 12, 28, 8)
    dialog = open_calendar(window)
    dialog.set_holiday_counted("Eerste kerstdag", False)
    dialog.accept()
    assert is_working(document, dt.date(2026, 12, 25))
    assert task_dates(document, SPRINT_4)[0] == dt.datetime(2026, 12, 25, 8)
    assert set(document.read(read_project_calendar).dropped_holidays) == {
        "Goede vrijdag",
        "Eerste kerstdag",
    }
    document.undo_stack.undo()
    assert not is_working(document, dt.date(2026, 12, 25))
    assert task_dates(document, SPRINT_4)[0] == dt.datetime(2026, 12, 28, 8)


def test_checking_good_friday_makes_it_a_day_off(
    window: MainWindow, document: ProjectDocument
) -> None:
    good_friday = dt.date(2027, 3, 26)
    assert is_working(document, good_friday)
    dialog = open_calendar(window)
    dialog.set_holiday_counted("Goede vrijdag", True)
    dialog.accept()
    assert not is_working(document, good_friday)


def test_choosing_another_country_lists_its_holidays(
    window: MainWindow, document: ProjectDocument
) -> None:
    dialog = open_calendar(window)
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    assert dialog.subdivision.isEnabled()
    german = checked(dialog)
    assert "Neujahr" in german and all(german.values())
    dialog.subdivision.setCurrentIndex(dialog.subdivision.findData("BY"))
    assert "Heilige Drei Könige" in checked(dialog)

    dialog.country.setCurrentIndex(dialog.country.findData(""))
    assert dialog.holidays.count() == 0 and not dialog.subdivision.isEnabled()
    dialog.country.setCurrentIndex(dialog.country.findData("NL"))
    assert checked(dialog)["Goede vrijdag"] is False  # the Dutch default comes back

    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    dialog.subdivision.setCurrentIndex(dialog.subdivision.findData("BY"))
    dialog.accept()
    assert not is_working(document, dt.date(2027, 1, 6))
    stored = document.read(read_project_calendar)
    assert (stored.holiday_country, stored.holiday_subdivision) == ("DE", "BY")


def test_no_country_means_no_holidays(window: MainWindow, document: ProjectDocument) -> None:
    dialog = open_calendar(window)
    dialog.country.setCurrentIndex(0)
    assert dialog.country.currentText() == "None"
    dialog.accept()
    assert is_working(document, dt.date(2026, 12, 25))


# -- exceptions --------------------------------------------------------------------------------
def test_a_company_day_out_as_an_exception(window: MainWindow, document: ProjectDocument) -> None:
    start, end = task_dates(document, SPRINT_2)
    dialog = open_calendar(window)
    dialog.add_exception()
    assert dialog.exceptions.rowCount() == 1
    assert dialog.exceptions.item(0, HOURS).text() == "Non-working"
    dialog.set_exception(0, name="Company day out", start=DAY_OUT, finish=DAY_OUT)
    dialog.accept()
    assert not dialog.isVisible()
    assert not is_working(document, DAY_OUT)
    assert task_dates(document, SPRINT_2) == (start, end + dt.timedelta(days=1))

    again = open_calendar(window)
    assert again.exceptions.item(0, NAME).text() == "Company day out"
    assert again.exceptions.item(0, HOURS).text() == "Non-working"
    again.exceptions.selectRow(0)
    assert again.remove_button.isEnabled()
    again.remove_exception()
    again.accept()
    assert is_working(document, DAY_OUT)
    assert task_dates(document, SPRINT_2) == (start, end)


def test_an_exception_with_working_times(window: MainWindow, document: ProjectDocument) -> None:
    saturday = dt.date(2026, 12, 5)
    dialog = open_calendar(window)
    dialog.add_exception()
    dialog.set_exception(
        0,
        name="Migration weekend",
        start=saturday,
        finish=saturday,
        hours="09:00–13:00, 14:00-16:30",
    )
    dialog.accept()
    hours = document.schedule().project_calendar.day_hours(saturday)
    assert [(t.start, t.end) for t in hours] == [(540, 780), (840, 990)]


def test_imported_recurrences_are_shown_and_kept(
    window: MainWindow,
    corpus: Path,
    tmp_path: Path,
    dialogs: DialogLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = corpus / "mspdi" / "mpxj__calendar-recurring-exceptions-project2016-mspdi.xml"
    monkeypatch.setattr(MainWindow, "ask_import_path", lambda self: source)
    dialogs.save_paths.append(tmp_path / "recurring.koers")
    window.import_action.trigger()
    document = window.document
    assert document is not None
    before = document.read(read_project_calendar)
    dialog = open_calendar(window)
    texts = {
        dialog.exceptions.item(row, NAME).text(): dialog.exceptions.item(row, REPEATS).text()
        for row in range(dialog.exceptions.rowCount())
    }
    assert texts["Daily 1"] == ""
    assert texts["Daily 2"] == "Every 3 days, 4 times"
    assert texts["Weekly 2 Tuesday"] == "Every 2 weeks: Tue, 4 times"
    assert not dialog.exceptions.item(0, REPEATS).flags() & Qt.ItemFlag.ItemIsEditable
    dialog.days[WEDNESDAY].working.setChecked(False)
    dialog.accept()
    after = document.read(read_project_calendar)
    assert after.exceptions == before.exceptions
    assert after.week[WEDNESDAY] == ()


def test_a_day_left_alone_keeps_hours_the_dialog_cannot_show(
    window: MainWindow, document: ProjectDocument
) -> None:
    settings = document.read(read_project_calendar)
    three = ((480, 600), (660, 780), (840, 1020))
    week = (three, *settings.week[1:])
    document.push(SetProjectCalendarCommand(document, dataclasses.replace(settings, week=week)))
    dialog = open_calendar(window)
    dialog.days[WEDNESDAY].working.setChecked(False)
    dialog.accept()
    assert document.read(read_project_calendar).week[0] == three


# -- refusals and read-only ------------------------------------------------------------------
def test_a_refused_value_shows_why_and_keeps_the_dialog_open(
    window: MainWindow, document: ProjectDocument, dialogs: DialogLog
) -> None:
    dialog = open_calendar(window)
    monday = dialog.days[0]
    monday.times[0].setTime(monday.times[1].time())  # 12:00-12:00
    dialog.accept()
    assert dialog.isVisible()
    assert dialogs.errors == [
        ("Calendar not changed", "Monday: a working period must end after it starts.")
    ]
    assert document.undo_stack.count() == 0

    monday.times[0].setTime(monday.times[0].time().addSecs(-4 * 3600))  # back to 08:00
    dialog.add_exception()
    dialog.set_exception(0, name="Odd", hours="nine to five")
    dialog.accept()
    assert dialog.isVisible()
    assert dialogs.errors[-1] == (
        "Calendar not changed",
        "Exception “Odd”: type working times such as 09:00–13:00, 14:00–16:00, "
        "or leave them empty.",
    )
    dialog.set_exception(0, hours="", start=DAY_OUT, finish=DAY_OUT - dt.timedelta(days=1))
    dialog.accept()
    assert dialogs.errors[-1][1] == "Exception “Odd”: the end date lies before the start date."

    for row in dialog.days:
        row.working.setChecked(False)
    dialog.set_exception(0, finish=DAY_OUT)
    dialog.accept()
    assert "at least one working day" in dialogs.errors[-1][1]
    assert dialog.isVisible()
    assert document.undo_stack.count() == 0
    dialog.reject()


def test_a_read_only_project_shows_its_calendar_without_ok(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    holder = ProjectDocument.open(demo_file)  # someone else has it open
    try:
        dialogs.read_only_answer = True
        assert window.open_path(demo_file)
        assert window.document is not None and window.document.read_only
        dialog = open_calendar(window)
        buttons = dialog.buttons.standardButtons()
        assert buttons == QDialogButtonBox.StandardButton.Close
        assert not dialog.days[0].working.isEnabled()
        assert not dialog.days[0].times[0].isEnabled()
        assert not dialog.country.isEnabled() and not dialog.add_button.isEnabled()
        assert not dialog.holiday_items()[0].flags() & Qt.ItemFlag.ItemIsUserCheckable
        dialog.reject()
        window.set_document(None)
    finally:
        holder.close()


def test_closing_the_project_closes_the_dialog(
    window: MainWindow, document: ProjectDocument
) -> None:
    dialog = open_calendar(window)
    window.close_action.trigger()
    assert not dialog.isVisible()
    assert window.calendar_dialog is None


def test_calendar_dialog_screenshot(
    qtbot: QtBot, window: MainWindow, document: ProjectDocument
) -> None:
    dialog = open_calendar(window)
    dialog.add_exception()
    dialog.set_exception(0, name="Company day out", start=DAY_OUT, finish=DAY_OUT)
    dialog.add_exception()
    dialog.set_exception(
        1,
        name="Migration weekend",
        start=dt.date(2027, 3, 20),
        finish=dt.date(2027, 3, 21),
        hours="09:00–13:00, 14:00–17:00",
    )
    dialog.exceptions.setCurrentCell(0, NAME)
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    pixmap = dialog.grab()
    assert not pixmap.isNull()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert pixmap.save(str(SCREENSHOT)), f"cannot write {SCREENSHOT}"
    assert SCREENSHOT.stat().st_size > 20_000
    dialog.reject()
