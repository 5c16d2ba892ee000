"""The Koers workbook: tables and a Gantt sheet, written with openpyxl in write-only mode.

**User text is always text.** Left to itself openpyxl reads a string starting with "=" as
a formula, "#N/A" as an error value, and cuts a string at 32,767 characters without a
word. So this writer sets each cell's type and value itself: every string becomes a string
cell (an inline string) after ``encode_cell_text``, and one a spreadsheet would take for a
formula (starting with = + - @ tab or CR) also gets the quote-prefix style, which keeps it
text when someone edits the cell in Excel. A text longer than a cell holds is refused with
``InvalidValue``, never cut.

Cells are made from one template per column and kind of value, whose style is fixed once;
openpyxl's own value inference is never run. That keeps a 10,000-row sheet as fast as
openpyxl's plain write-only ``append``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.validation import InvalidValue
from app.io.cell_text import FORMULA_STARTS, encode_cell_text
from app.io.tables import CellValue, Column, Kind, Table

EXCEL_MAX_CELL_TEXT = 32_767
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
EXCEL_MAX_OUTLINE = 7  # row grouping levels
EXCEL_MAX_INDENT = 15

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"
NUMBER_FORMAT = "0.00"
INTEGER_FORMAT = "0"

# Currency symbol, Windows locale id (hex) and decimals; other codes show the code itself.
_CURRENCIES: dict[str, tuple[str, str, int]] = {
    "EUR": ("€", "413", 2),
    "USD": ("$", "409", 2),
    "GBP": ("£", "809", 2),
    "CHF": ("CHF", "807", 2),
    "JPY": ("¥", "411", 0),
    "SEK": ("kr", "41D", 2),
    "NOK": ("kr", "414", 2),
    "DKK": ("kr.", "406", 2),
    "PLN": ("zł", "415", 2),
    "CZK": ("Kč", "405", 2),
    "CAD": ("$", "1009", 2),
    "AUD": ("$", "C09", 2),
    "INR": ("₹", "4009", 2),
    "CNY": ("¥", "804", 2),
}

_WIDTHS = {
    Kind.INTEGER: 9.0,
    Kind.NUMBER: 11.0,
    Kind.PERCENT: 9.0,
    Kind.MONEY: 14.0,
    Kind.DATE: 12.0,
    Kind.DATETIME: 17.0,
    Kind.BOOLEAN: 9.0,
}
_MIN_WIDTH = 6.0
_MAX_WIDTH = 60.0
_WIDTH_SAMPLE = 1000  # rows looked at for a text column's width

HEADER_FILL = "D9E1F2"
BAR_FILL = "4472C4"
CRITICAL_FILL = "C00000"
SUMMARY_FILL = "404040"
MILESTONE = "◆"
GANTT_DAYS_UP_TO = 92  # a project this many days long or shorter gets a column per day


def currency_format(code: str) -> str:
    """The number format of money in ``code`` (ISO 4217): ``[$€-413] #,##0.00`` for EUR."""
    symbol, locale, places = _CURRENCIES.get(code, (code, "", 2))
    amount = "#,##0" + ("." + "0" * places if places else "")
    tag = f"[${symbol}-{locale}]" if locale else f"[${symbol}]"
    return f"{tag} {amount}"


def _number_format(kind: Kind, currency: str) -> str | None:
    if kind is Kind.PERCENT:
        return PERCENT_FORMAT
    if kind is Kind.MONEY:
        return currency_format(currency)
    if kind is Kind.NUMBER:
        return NUMBER_FORMAT
    if kind is Kind.INTEGER:
        return INTEGER_FORMAT
    return None


class BarKind(StrEnum):
    TASK = "task"
    CRITICAL = "critical"
    SUMMARY = "summary"


@dataclass(frozen=True, slots=True)
class GanttBar:
    """One row of the Gantt sheet; ``start`` None means a task without dates (no bar)."""

    id: int
    name: str
    level: int
    start: dt.datetime | None
    finish: dt.datetime | None
    kind: BarKind = BarKind.TASK
    milestone: bool = False


@dataclass(frozen=True, slots=True)
class GanttChart:
    """A timeline sheet: a column per day (short projects) or per week, bars as fills."""

    title: str
    bars: Sequence[GanttBar]
    first_day: dt.date | None = None  # None: from the bars
    last_day: dt.date | None = None
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Timescale:
    """The periods of a Gantt sheet: ``count`` columns of ``days`` days from ``first``."""

    first: dt.date
    days: int
    count: int

    def column(self, moment: dt.datetime) -> int:
        """0-based period of a moment (clamped to the scale)."""
        offset = (moment.date() - self.first).days // self.days
        return max(0, min(self.count - 1, offset))


def timescale(first: dt.date, last: dt.date, fixed_columns: int) -> Timescale:
    """Days for a short span, weeks from Monday otherwise; never more columns than Excel has."""
    span = (last - first).days + 1
    if span <= GANTT_DAYS_UP_TO:
        return Timescale(first, 1, max(1, span))
    monday = first - dt.timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    return Timescale(monday, 7, max(1, min(weeks, EXCEL_MAX_COLUMNS - fixed_columns)))


@dataclass
class WorkbookReport:
    """Rows written per sheet (header not counted) and what the reader should know."""

    rows: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


Sheet = Table | GanttChart


def write_workbook(
    target: Path,
    sheets: Sequence[Sheet],
    *,
    currency: str = "EUR",
    properties: Mapping[str, str] | None = None,
) -> WorkbookReport:
    """Write ``sheets`` in order to ``target`` (an .xlsx path the caller may then rename).

    ``properties`` become custom document properties (text). Raises InvalidValue when a
    text does not fit a cell or a table has more rows than a sheet.
    """
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.packaging.custom import StringProperty  # type: ignore[import-untyped]

    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Koers"
    for name, value in (properties or {}).items():
        workbook.custom_doc_props.append(StringProperty(name=name, value=value))
    report = WorkbookReport()
    try:
        for sheet in sheets:
            if isinstance(sheet, GanttChart):
                report.rows[sheet.title] = _write_gantt(workbook, sheet, report)
            else:
                report.rows[sheet.title] = _write_table(workbook, sheet, currency, report)
        workbook.save(str(target))
    except BaseException:
        _discard(workbook)
        raise
    return report


def _discard(workbook: Any) -> None:
    """Close and delete the temporary files of the sheets of a workbook that was refused
    (openpyxl would only delete them when the process ends)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        rows = getattr(sheet, "_rows", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()  # ends the sheet's XML while its file is still open
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


# -- cells ----------------------------------------------------------------------------------


def _template(sheet: Any, **style: Any) -> Any:
    """A reusable cell whose style is fixed: the writer only changes its value and place."""
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles.cell_style import StyleArray  # type: ignore[import-untyped]

    cell = WriteOnlyCell(sheet)
    quote = style.pop("quote_prefix", False)
    for name, value in style.items():
        setattr(cell, name, value)
    if quote:
        if cell._style is None:
            cell._style = StyleArray()
        cell._style.quotePrefix = 1
    return cell


@dataclass(slots=True)
class _ColumnCells:
    """The template cells of one column: one per kind of value it may receive."""

    text: Any
    quoted: Any
    number: Any
    date: Any
    moment: Any
    truth: Any


def _column_cells(sheet: Any, number_format: str | None, **style: Any) -> _ColumnCells:
    numeric = {"number_format": number_format} if number_format else {}
    return _ColumnCells(
        text=_template(sheet, **style),
        quoted=_template(sheet, quote_prefix=True, **style),
        number=_template(sheet, **numeric, **style),
        date=_template(sheet, number_format=DATE_FORMAT, **style),
        moment=_template(sheet, number_format=DATETIME_FORMAT, **style),
        truth=_template(sheet, **style),
    )


def _too_long(title: str, row: int, column: int, header: str) -> InvalidValue:
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    return InvalidValue(
        f"{title}!{get_column_letter(column)}{row} ({header})",
        "too_long_for_excel",
        f"a cell holds at most {EXCEL_MAX_CELL_TEXT:,} characters; control characters count as 7",
    )


def _fill(
    cells: _ColumnCells, value: CellValue, quoted_or_plain: tuple[Any, Any] | None = None
) -> Any:
    """The column's template for ``value``, holding it; None for a value with no cell."""
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        plain, quoted = quoted_or_plain or (cells.text, cells.quoted)
        cell = quoted if text.startswith(FORMULA_STARTS) else plain
        cell._value = encode_cell_text(text)
        cell.data_type = "s"
        return cell
    if kind is bool:
        cell = cells.truth
        cell._value = value
        cell.data_type = "b"
        return cell
    if kind is int or kind is Decimal or kind is float:
        if kind is float and not math.isfinite(value):  # type: ignore[arg-type]
            raise ValueError(f"a spreadsheet cannot hold the number {value!r}")
        cell = cells.number
        cell._value = value
        cell.data_type = "n"
        return cell
    if kind is dt.datetime:
        cell = cells.moment
    elif kind is dt.date:
        cell = cells.date
    else:
        raise TypeError(f"no cell for a {kind.__name__}: {value!r}")
    cell._value = value
    cell.data_type = "d"
    return cell


def _install_rows(sheet: Any, make: Callable[[Any, int], Iterator[Any]]) -> None:
    """Let ``make(row, number)`` turn each appended row into cells.

    openpyxl's write-only sheet calls ``_values_to_row`` for every appended row and writes
    each cell it yields before asking for the next, so a template cell can be yielded
    again and again. Replacing it skips openpyxl's value inference (formulas from "=",
    errors from "#N/A", silent truncation) as well as its cost.
    """
    sheet._values_to_row = make


# -- tables ---------------------------------------------------------------------------------


def _text_width(column: Column, rows: Sequence[Sequence[CellValue]], index: int) -> float:
    widest = len(column.header)
    for row in rows[:_WIDTH_SAMPLE]:
        value = row[index]
        if isinstance(value, str):
            widest = max(widest, max((len(line) for line in value.split("\n")), default=0))
        elif value is not None and not isinstance(value, dt.date):
            widest = max(widest, len(str(value)))
    return widest + 2.0


def _width(column: Column, rows: Sequence[Sequence[CellValue]], index: int) -> float:
    if column.width is not None:
        return column.width
    if column.kind is Kind.TEXT:
        width = _text_width(column, rows, index)
    else:
        width = max(_WIDTHS.get(column.kind, 10.0), len(column.header) + 2.0)
    return max(_MIN_WIDTH, min(_MAX_WIDTH, width))


def _prepare(sheet: Any, columns: Sequence[float], frozen: str | None, max_level: int) -> None:
    """Everything openpyxl writes before the rows: widths, frozen panes, the outline."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import Outline  # type: ignore[import-untyped]

    for number, width in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    if frozen:
        sheet.freeze_panes = frozen
    if max_level:
        sheet.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
        sheet.sheet_format.outlineLevelRow = max_level


def _deep_outline(title: str, levels: Sequence[int]) -> str | None:
    deepest = max(levels, default=1)
    if deepest - 1 <= EXCEL_MAX_OUTLINE:
        return None
    return (
        f"{title}: rows below outline level {EXCEL_MAX_OUTLINE + 1} (down to {deepest}) are "
        f"grouped at Excel's deepest grouping level, {EXCEL_MAX_OUTLINE}"
    )


def _write_table(workbook: Any, table: Table, currency: str, report: WorkbookReport) -> int:
    from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter

    if len(table.rows) + 1 > EXCEL_MAX_ROWS:
        raise InvalidValue(
            table.title, "too_many_rows_for_excel", f"a sheet holds {EXCEL_MAX_ROWS:,} rows"
        )
    sheet = workbook.create_sheet(table.title)
    if table.hidden:
        sheet.sheet_state = "hidden"
    columns = table.columns
    levels = table.levels
    outline = [min(EXCEL_MAX_OUTLINE, max(0, level - 1)) for level in levels] if levels else []
    warning = _deep_outline(table.title, levels or ())
    if warning:
        report.warnings.append(warning)
    _prepare(
        sheet,
        [_width(column, table.rows, i) for i, column in enumerate(columns)],
        "A2" if table.header else None,
        max(outline, default=0),
    )
    header_style = {
        "font": Font(bold=True),
        "fill": PatternFill(fill_type="solid", fgColor=HEADER_FILL),
    }
    header = _column_cells(sheet, None, **header_style)
    cells = [_column_cells(sheet, _number_format(c.kind, currency)) for c in columns]
    indent = table.indent
    indented: dict[int, tuple[Any, Any]] = {}

    def indent_cells(level: int) -> tuple[Any, Any]:
        found = indented.get(level)
        if found is None:
            aligned = Alignment(indent=min(EXCEL_MAX_INDENT, level - 1))
            found = indented[level] = (
                _template(sheet, alignment=aligned),
                _template(sheet, alignment=aligned, quote_prefix=True),
            )
        return found

    title = table.title
    first = 2 if table.header else 1

    def make(values: Sequence[CellValue], number: int) -> Iterator[Any]:
        templates = header if number < first else None
        for index, value in enumerate(values):
            if value is None or value == "":
                continue
            pair = None
            if index == indent and levels is not None and templates is None and type(value) is str:
                pair = indent_cells(levels[number - first])
            cell = _fill(templates or cells[index], value, pair)
            if cell.data_type == "s" and len(cell._value) > EXCEL_MAX_CELL_TEXT:
                raise _too_long(title, number, index + 1, columns[index].header)
            cell.row = number
            cell.column = index + 1
            yield cell

    _install_rows(sheet, make)
    if table.header:
        sheet.append(table.headers)
    dimensions = sheet.row_dimensions
    for number, row in enumerate(table.rows, first):
        if outline and outline[number - first]:
            dimensions[number].outlineLevel = outline[number - first]
        sheet.append(row)
    if table.header:
        last = get_column_letter(max(1, len(columns)))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    return len(table.rows)


# -- Gantt ----------------------------------------------------------------------------------

_GANTT_COLUMNS = (
    Column("ID", Kind.INTEGER, 7.0),
    Column("Name", Kind.TEXT),
    Column("Start", Kind.DATETIME),
    Column("Finish", Kind.DATETIME),
)
_PERIOD_WIDTH = 3.0
_HEADER_HEIGHT = 66.0


def _span(chart: GanttChart) -> tuple[dt.date, dt.date] | None:
    starts = [bar.start for bar in chart.bars if bar.start is not None]
    finishes = [bar.finish for bar in chart.bars if bar.finish is not None]
    if not starts or not finishes:
        if chart.first_day is None:
            return None
        return chart.first_day, chart.last_day or chart.first_day
    first = chart.first_day or min(starts).date()
    last = chart.last_day or max(finishes).date()
    return first, max(first, last)


def _last_moment(start: dt.datetime, finish: dt.datetime) -> dt.datetime:
    """The moment whose column a bar ends in: a finish at midnight belongs to the day before."""
    if finish > start:
        return finish - dt.timedelta(minutes=1)
    return start


def _write_gantt(workbook: Any, chart: GanttChart, report: WorkbookReport) -> int:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    if len(chart.bars) + 1 > EXCEL_MAX_ROWS:
        raise InvalidValue(
            chart.title, "too_many_rows_for_excel", f"a sheet holds {EXCEL_MAX_ROWS:,} rows"
        )
    sheet = workbook.create_sheet(chart.title)
    if chart.hidden:
        sheet.sheet_state = "hidden"
    fixed = len(_GANTT_COLUMNS)
    span = _span(chart)
    scale = timescale(span[0], span[1], fixed) if span else None
    if span and scale and scale.first + dt.timedelta(days=scale.days * scale.count) <= span[1]:
        report.warnings.append(
            f"{chart.title}: the timeline stops at {EXCEL_MAX_COLUMNS:,} columns, Excel's limit"
        )
    outline = [min(EXCEL_MAX_OUTLINE, max(0, bar.level - 1)) for bar in chart.bars]
    warning = _deep_outline(chart.title, [bar.level for bar in chart.bars])
    if warning:
        report.warnings.append(warning)
    names = [(bar.name,) for bar in chart.bars]
    widths = [_width(c, names if c.kind is Kind.TEXT else [], 0) for c in _GANTT_COLUMNS]
    widths += [_PERIOD_WIDTH] * (scale.count if scale else 0)
    _prepare(sheet, widths, f"{get_column_letter(fixed + 1)}2", max(outline, default=0))
    sheet.row_dimensions[1].height = _HEADER_HEIGHT
    bold = Font(bold=True)
    header = _column_cells(
        sheet, None, font=bold, fill=PatternFill(fill_type="solid", fgColor=HEADER_FILL)
    )
    period_header = _template(
        sheet,
        font=bold,
        number_format=DATE_FORMAT,
        alignment=Alignment(text_rotation=90, horizontal="center"),
    )
    fixed_cells = [_column_cells(sheet, _number_format(c.kind, "")) for c in _GANTT_COLUMNS]
    fills = {
        kind: _template(sheet, fill=PatternFill(fill_type="solid", fgColor=colour))
        for kind, colour in (
            (BarKind.TASK, BAR_FILL),
            (BarKind.CRITICAL, CRITICAL_FILL),
            (BarKind.SUMMARY, SUMMARY_FILL),
        )
    }
    centred = Alignment(horizontal="center")
    diamonds = {
        kind: _template(sheet, font=Font(bold=True, color=colour), alignment=centred)
        for kind, colour in (
            (BarKind.TASK, "000000"),
            (BarKind.CRITICAL, CRITICAL_FILL),
            (BarKind.SUMMARY, "000000"),
        )
    }
    indented: dict[int, tuple[Any, Any]] = {}

    def name_cells(level: int) -> tuple[Any, Any]:
        found = indented.get(level)
        if found is None:
            aligned = Alignment(indent=min(EXCEL_MAX_INDENT, level - 1))
            found = indented[level] = (
                _template(sheet, alignment=aligned),
                _template(sheet, alignment=aligned, quote_prefix=True),
            )
        return found

    title = chart.title

    def header_row() -> Iterator[Any]:
        for index, column in enumerate(_GANTT_COLUMNS, 1):
            cell = _fill(header, column.header)
            cell.row = 1
            cell.column = index
            yield cell
        if scale is None:
            return
        cell = period_header
        for period in range(scale.count):
            cell._value = scale.first + dt.timedelta(days=period * scale.days)
            cell.data_type = "d"
            cell.row = 1
            cell.column = fixed + 1 + period
            yield cell

    def make(values: Sequence[Any], number: int) -> Iterator[Any]:
        if number == 1:
            yield from header_row()
            return
        bar: GanttBar = values[0]
        shown = (bar.id, bar.name, bar.start, bar.finish)
        for index, value in enumerate(shown):
            if value is None:
                continue
            pair = name_cells(bar.level) if index == 1 else None
            cell = _fill(fixed_cells[index], value, pair)
            if index == 1 and len(cell._value) > EXCEL_MAX_CELL_TEXT:
                raise _too_long(title, number, 2, "Name")
            cell.row = number
            cell.column = index + 1
            yield cell
        if scale is None or bar.start is None or bar.finish is None:
            return
        first = scale.column(bar.start)
        if bar.milestone:
            cell = diamonds[bar.kind]
            cell._value = MILESTONE
            cell.data_type = "s"
            cell.row = number
            cell.column = fixed + 1 + first
            yield cell
            return
        last = scale.column(_last_moment(bar.start, bar.finish))
        cell = fills[bar.kind]
        for period in range(first, last + 1):
            cell.row = number
            cell.column = fixed + 1 + period
            yield cell

    _install_rows(sheet, make)
    sheet.append([None])
    dimensions = sheet.row_dimensions
    for number, bar in enumerate(chart.bars, 2):
        if outline[number - 2]:
            dimensions[number].outlineLevel = outline[number - 2]
        sheet.append((bar,))
    sheet.auto_filter.ref = f"A1:{get_column_letter(fixed)}{len(chart.bars) + 1}"
    return len(chart.bars)
