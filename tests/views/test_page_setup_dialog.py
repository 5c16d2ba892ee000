"""File > Page Setup's dialog: it shows a setup, edits it, and refuses what cannot be printed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.domain.page_setup import PageSetup, Timescale
from app.domain.validation import InvalidValue
from app.views.page_setup_dialog import (
    CHART_TAB,
    COLUMNS_TAB,
    PAGE_TAB,
    PageSetupDialog,
    page_setup_refusal,
)
from app.views.task_table_model import COLUMNS

LABELS = {key: key.replace("_", " ").capitalize() for key in COLUMNS}
PROJECT = (dt.date(2026, 1, 5), dt.date(2026, 9, 30))

EDITED = PageSetup(
    paper="A3",
    landscape=False,
    margins_mm=(12.5, 8.0, 15.0, 20.0),
    date_from=dt.date(2026, 2, 1),
    date_to=dt.date(2026, 6, 30),
    columns=("name", "id", "finish", "resources"),
    pages_wide=2,
    pages_tall=None,
    zoom_percent=100,
    timescale=Timescale.MONTH,
    header=("Koers", "{project} — {manager}", "{print_date}"),
    footer=("{status_date}", "Confidential", "{page}/{pages}"),
    legend=False,
    filtered_only=True,
)


def make_dialog(
    qtbot: QtBot, setup: PageSetup, check: Callable[[PageSetup], object] | None = None
) -> PageSetupDialog:
    dialog = PageSetupDialog(setup, LABELS, None, check=check, project_dates=PROJECT)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    "setup",
    [
        PageSetup(),
        EDITED,
        EDITED.replace(pages_wide=None, pages_tall=3, zoom_percent=70),  # a fitted zoom stays
        EDITED.replace(pages_wide=4, pages_tall=1),
        PageSetup(date_from=dt.date(2026, 3, 1)),  # open-ended ranges stay open
        PageSetup(date_to=dt.date(2026, 3, 1)),
        PageSetup(columns=(), zoom_percent=250, timescale=Timescale.DAY),
    ],
    ids=["default", "edited", "fit-tall", "fit-both", "from-only", "to-only", "chart-only"],
)
def test_a_setup_comes_back_unchanged(qtbot: QtBot, setup: PageSetup) -> None:
    dialog = make_dialog(qtbot, setup)
    assert dialog.setup() == setup
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.setup() == setup


def test_the_widgets_edit_every_part_of_the_setup(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup())
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.portrait.setChecked(True)
    for spin, value in zip(dialog.margins, (12.5, 8.0, 15.0, 20.0), strict=True):
        spin.setValue(value)
    dialog.fit.setChecked(True)
    assert not dialog.zoom.isEnabled() and dialog.fit_wide.isEnabled()
    dialog.fit_tall.setChecked(False)
    dialog.fit_wide.setChecked(True)
    dialog.pages_wide.setValue(2)
    dialog.date_range.setChecked(True)
    assert dialog.date_from.isEnabled()
    dialog.date_from.setDate(QDate(2026, 2, 1))
    dialog.date_to.setDate(QDate(2026, 6, 30))
    dialog.timescale.setCurrentIndex(dialog.timescale.findData("month"))
    dialog.legend.setChecked(False)
    dialog.filtered_only.setChecked(True)
    dialog.set_columns(["id", "name", "finish", "resources"])
    dialog.columns.setCurrentRow(1)  # "name" goes above "id"
    dialog.column_up.click()
    for edit, text in zip(dialog.header_edits, EDITED.header, strict=True):
        edit.setText(text)
    for edit, text in zip(dialog.footer_edits, EDITED.footer, strict=True):
        edit.setText(text)
    assert dialog.setup() == EDITED
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_fitting_a_zoomed_setup_to_pages_prints_at_most_normal_size(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup(zoom_percent=60))
    dialog.fit.setChecked(True)
    setup = dialog.setup()
    assert (setup.pages_wide, setup.pages_tall, setup.zoom_percent) == (None, 1, 100)
    dialog.adjust.setChecked(True)
    assert dialog.setup() == PageSetup(zoom_percent=60)


def test_choosing_dates_starts_from_the_project_span(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup())
    assert not dialog.date_from.isEnabled()
    dialog.date_range.setChecked(True)
    setup = dialog.setup()
    assert (setup.date_from, setup.date_to) == PROJECT
    dialog.whole_project.setChecked(True)
    assert (dialog.setup().date_from, dialog.setup().date_to) == (None, None)


def test_an_open_end_closes_when_its_date_is_changed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup(date_from=dt.date(2026, 3, 1)))
    assert dialog.date_to.date() == QDate(2026, 9, 30)  # the project's finish, shown
    dialog.date_to.setDate(QDate(2026, 8, 1))
    assert dialog.setup().date_to == dt.date(2026, 8, 1)


def test_a_last_date_before_the_first_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup())
    dialog.show()
    dialog.tabs.setCurrentIndex(PAGE_TAB)
    dialog.date_range.setChecked(True)
    dialog.date_from.setDate(QDate(2026, 6, 1))
    dialog.date_to.setDate(QDate(2026, 5, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert "before the first" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == CHART_TAB
    dialog.date_to.setDate(QDate(2026, 7, 1))
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.setup().date_to == dt.date(2026, 7, 1)


def test_fit_to_pages_without_a_count_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup())
    dialog.fit.setChecked(True)
    dialog.fit_tall.setChecked(False)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "pages wide, pages tall" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == PAGE_TAB


def test_the_callers_check_refuses_columns_wider_than_the_paper(qtbot: QtBot) -> None:
    seen: list[PageSetup] = []

    def check(setup: PageSetup) -> None:
        seen.append(setup)
        if len(setup.columns) > 3:
            raise InvalidValue("page_setup", "columns_too_wide", "12")

    dialog = make_dialog(qtbot, PageSetup(), check=check)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "no room for the chart" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == COLUMNS_TAB
    dialog.set_columns(["id", "name"])
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert seen[-1].columns == ("id", "name")


def test_insert_field_types_a_placeholder_where_the_cursor_was(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup(footer=("", "Page ", "")))
    centre = dialog.footer_edits[1]
    QApplication.sendEvent(
        centre, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.MouseFocusReason)
    )
    centre.setCursorPosition(len(centre.text()))
    dialog.field_actions["page"].trigger()
    assert centre.text() == "Page {page}"
    assert [action.text() for action in dialog.fields_menu.actions()] == [
        "Project name",
        "Project manager",
        "Status date",
        "Print date",
        "Page number",
        "Number of pages",
    ]
    assert dialog.setup().footer == ("", "Page {page}", "")


def test_columns_list_every_table_column_chosen_first(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, PageSetup(columns=("finish", "name")))
    keys = [dialog.columns.item(row).data(Qt.ItemDataRole.UserRole) for row in range(len(COLUMNS))]
    assert keys[:2] == ["finish", "name"]
    assert sorted(keys) == sorted(COLUMNS)
    dialog.columns.setCurrentRow(0)
    dialog.column_down.click()
    assert dialog.setup().columns == ("name", "finish")
    assert dialog.columns.currentRow() == 1


def test_refusals_read_as_sentences() -> None:
    assert "more than 10000 pages" in page_setup_refusal(
        InvalidValue("page_setup", "too_many_pages", "20000")
    )
    assert "between 1984 and 2149" in page_setup_refusal(
        InvalidValue("date_from", "date_out_of_range", "1900-01-01")
    )
    assert "Margins" in page_setup_refusal(InvalidValue("margins_mm", "out_of_range", "99"))
