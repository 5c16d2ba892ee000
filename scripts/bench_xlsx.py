"""Workbook export benchmark: the Tasks sheet of a 10,000-task project against openpyxl.

The reference is a plain openpyxl write-only workbook holding the same cells (the same
values, dates and percentages with the same number formats, the same bold header), written
with openpyxl's own ``append``. Goal: Koers's Tasks sheet at most 1.2 × that. Also printed:
the sheet with reading and scheduling the project first, and the whole workbook export.
Prints figures with the CPU model and Python version.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_document import write_project
from machine import cpu_model

TASKS = 10_000
RUNS = 5
GOAL = 1.2


def openpyxl_reference(target: Path, table: Any) -> None:
    """The same cells through openpyxl's ordinary write-only API."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from app.io.tables import Kind
    from app.io.xlsx_export import DATETIME_FORMAT, NUMBER_FORMAT, PERCENT_FORMAT

    formats = {
        Kind.DATETIME: DATETIME_FORMAT,
        Kind.PERCENT: PERCENT_FORMAT,
        Kind.NUMBER: NUMBER_FORMAT,
        Kind.INTEGER: "0",
    }
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.title)
    bold = Font(bold=True)
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    kinds = [formats.get(column.kind) for column in table.columns]
    for row in table.rows:
        cells: list[Any] = []
        for value, number_format in zip(row, kinds, strict=True):
            if value is None or value == "" or number_format is None:
                cells.append(value if value != "" else None)
            else:
                cell = WriteOnlyCell(sheet, value)
                cell.number_format = number_format
                cells.append(cell)
        sheet.append(cells)
    workbook.save(str(target))


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    from app.io.xlsx_export import write_workbook
    from app.services.export_xlsx import export_workbook, tasks_table
    from app.services.project_file import open_project

    print(
        f"xlsx export benchmark ({cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}):"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        project = folder / "bench.koers"
        write_project(project, TASKS)
        store = open_project(project)
        try:
            with store.new_session() as session:
                table = tasks_table(session)
                cells = sum(
                    value is not None and value != "" for row in table.rows for value in row
                )
                print(f"  Tasks sheet: {len(table.rows)} rows, {cells:,} cells")

                # Interleaved runs, so that a busy machine slows every variant alike.
                runs: dict[str, list[float]] = {"reference": [], "koers": [], "reading": []}
                for _ in range(RUNS):
                    runs["reference"].append(
                        timed(lambda: openpyxl_reference(folder / "reference.xlsx", table))
                    )
                    runs["koers"].append(timed(lambda: write_workbook(folder / "k.xlsx", [table])))
                    runs["reading"].append(
                        timed(lambda: write_workbook(folder / "k.xlsx", [tasks_table(session)]))
                    )
                whole = statistics.median(
                    timed(lambda: export_workbook(session, folder / "whole.xlsx", overwrite=True))
                    for _ in range(3)
                )
        finally:
            store.close()
    reference, koers, with_reading = (statistics.median(runs[key]) for key in runs)
    ratio = koers / reference
    print(f"  openpyxl write-only, same cells:           median {reference:.3f} s")
    print(
        f"  Koers Tasks sheet (write_workbook):        median {koers:.3f} s = {ratio:.2f} × "
        f"(goal ≤ {GOAL} ×)"
    )
    print(
        f"  … reading and scheduling the project too:  median {with_reading:.3f} s = "
        f"{with_reading / reference:.2f} ×"
    )
    print(f"  whole workbook (every sheet, Gantt, revision): median {whole:.3f} s")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
