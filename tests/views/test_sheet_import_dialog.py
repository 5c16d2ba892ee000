"""The column-mapping dialog: suggested fields, options, preview and report; OK only when
the sheet can be imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.views.sheet_import_dialog import SheetImportDialog


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    plan = book.active
    plan.title = "Plan"
    plan.append(["Nr", "Taak", "Duur", "Begin", "Voorgangers", "Kleur"])
    plan.append([1, "Ontwerp", 2, "03-04-2025", None, "rood"])
    plan.append([2, "  Schets", 1, "03-04-2025", None, "blauw"])
    plan.append([3, "  Tekening", 1, None, "2", "groen"])
    risks = book.create_sheet("Risico's")
    risks.append(["Risico", "Kans", "Impact"])
    risks.append(["Regen", "hoog", "laag"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    return path


def field_combo(dialog: SheetImportDialog, column: int) -> QComboBox:
    combo = dialog.columns_table.cellWidget(column, 2)
    assert isinstance(combo, QComboBox)
    return combo


def test_suggested_mapping_preview_and_ok(qtbot: QtBot, workbook: Path) -> None:
    dialog = SheetImportDialog(workbook)
    qtbot.addWidget(dialog)
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Plan",
        "Risico's",
    ]
    assert dialog.header_spin.value() == 1
    assert [field_combo(dialog, c).currentData() for c in range(6)] == [
        "id",
        "name",
        "duration",
        "start",
        "predecessors",
        "",
    ]
    assert dialog.register_combo.currentData() == "tasks"
    assert dialog.ok_button.isEnabled()
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(0, 1).text() == "Ontwerp"
    assert dialog.preview.item(1, 1).text() == "    Schets"
    assert dialog.preview.item(1, 2).text() == "1 day"
    assert dialog.preview.item(0, 3).text() == "2025-04-03 08:00"
    assert dialog.summary.text() == "3 task(s) to import, 0 errors, 0 warnings."
    choices = dialog.choices()
    assert choices is not None
    assert (choices.sheet, choices.header_row, choices.duration_unit, choices.day_first) == (
        "Plan",
        1,
        "d",
        True,
    )
    assert choices.mapping.columns == {
        "id": 0,
        "name": 1,
        "duration": 2,
        "start": 3,
        "predecessors": 4,
    }


def test_options_change_the_preview(qtbot: QtBot, workbook: Path) -> None:
    dialog = SheetImportDialog(workbook)
    qtbot.addWidget(dialog)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("w"))
    assert dialog.preview.item(1, 2).text() == "1 wk"
    dialog.date_combo.setCurrentIndex(dialog.date_combo.findData(False))
    assert dialog.preview.item(0, 3).text() == "2025-03-04 08:00"
    analysis = dialog.analysis()
    assert analysis is not None
    assert analysis.records[0].start == dt.datetime(2025, 3, 4, 8)


def test_errors_disable_ok_and_are_listed(qtbot: QtBot, workbook: Path) -> None:
    dialog = SheetImportDialog(workbook)
    qtbot.addWidget(dialog)
    field_combo(dialog, 5).setCurrentIndex(field_combo(dialog, 5).findData("duration"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.report_lines()[0] == (
        "row 2, column F (Kleur): 'rood' is not a duration (such as 5d, 3 hrs, 2 weeks or "
        "1,5 dagen)"
    )
    # The field moved from column C to F: C is no longer imported.
    assert field_combo(dialog, 2).currentData() == ""
    field_combo(dialog, 5).setCurrentIndex(0)
    assert dialog.ok_button.isEnabled()
    assert dialog.report_lines() == []
    field_combo(dialog, 1).setCurrentIndex(0)
    assert not dialog.ok_button.isEnabled()
    assert dialog.report_lines() == ["no column is mapped to Name, which every task needs"]


def test_another_sheet_and_header_row(qtbot: QtBot, workbook: Path) -> None:
    dialog = SheetImportDialog(workbook)
    qtbot.addWidget(dialog)
    dialog.sheet_combo.setCurrentIndex(1)
    assert dialog.register_combo.currentData() == "risks"
    assert [field_combo(dialog, c).currentData() for c in range(3)] == [
        "title",
        "inherent_probability",
        "inherent_impact",
    ]
    assert dialog.preview.item(0, 1).text() == "Regen"
    assert dialog.ok_button.isEnabled()
    dialog.sheet_combo.setCurrentIndex(0)
    dialog.header_spin.setValue(2)
    assert [field_combo(dialog, c).currentData() for c in range(6)] == [""] * 6
    assert not dialog.ok_button.isEnabled()


def test_a_file_that_is_not_a_workbook(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.report_lines()[0].startswith("fake.xlsx: is not an Excel workbook (.xlsx)")
    assert dialog.analysis() is None


def test_month_first_dates_are_recognised(qtbot: QtBot, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Task", "Start"])
    book.active.append(["A", "12/31/2025"])
    book.save(tmp_path / "us.xlsx")
    dialog = SheetImportDialog(tmp_path / "us.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.date_combo.currentData() is False
    assert dialog.ok_button.isEnabled()
