"""A sheet of a workbook (or a CSV file) as rows of typed values, and the readings of
cell values that every sheet import shares: dates, numbers, durations.

``read_sheet`` checks the file first (``xlsx_safety``), then lets openpyxl read it in
read-only mode with ``data_only`` (a formula cell gives its saved result). The sheet's
declared dimension is never used: rows are read as they come, at most ``MAX_COLUMNS`` wide,
and a sheet with data beyond ``MAX_ROWS`` is refused. Every text goes through
``decode_cell_text`` (Excel's ``_xHHHH_`` escapes).

The value readers raise ``CellProblem`` with a message that says what is wrong with the
value; the caller adds where it is.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.domain.memory import collector_paused
from app.domain.validation import EARLIEST_DATE, LATEST_DATE
from app.io.cell_text import decode_cell_text
from app.io.csv_io import detect_delimiter, unprotect_text
from app.io.xlsx_safety import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    WorkbookRefused,
    check_workbook,
)

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | None
Row = tuple[CellValue, ...]

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
MAX_NUMBER = 1e12  # beyond this no count, duration or amount in a plan makes sense
_EMPTY: Row = ()
_MAX_TEXT_NUMBER = 40


class CellProblem(ValueError):
    """A cell's value cannot be read as what its column stands for; ``str()`` says why."""


@dataclass
class SheetTable:
    """One sheet's cells: ``rows[i]`` is sheet row ``i + 1`` (trailing empty cells dropped).

    ``merges`` are (first row, first column, last row, last column), 1-based;
    ``formula_cells`` are (row, column) of formulas without a saved result, which read
    as empty.
    """

    source: str
    sheet: str
    sheets: tuple[str, ...]
    rows: list[Row]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    formula_cells: list[tuple[int, int]] = field(default_factory=list)
    epoch_1904: bool = False
    kind: str = "xlsx"
    hidden_sheets: tuple[str, ...] = ()
    koers_info: dict[str, str] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> CellValue:
        """The value at a 1-based (row, column), None outside the data."""
        if 1 <= row <= len(self.rows):
            values = self.rows[row - 1]
            if 1 <= column <= len(values):
                return values[column - 1]
        return None

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def list_sheets(path: Path) -> list[str]:
    """The names of the visible worksheets of a workbook (a CSV file has one, its stem)."""
    path = Path(path)
    if is_csv(path):
        return [path.stem]
    table = read_sheet(path, rows=False)
    return [name for name in table.sheets if name not in table.hidden_sheets]


def read_sheet(path: Path, sheet: str | None = None, *, rows: bool = True) -> SheetTable:
    """The cells of ``sheet`` of an .xlsx or .csv; when None, the first visible worksheet
    (the Tasks sheet of a workbook Koers exported).

    Every refusal is a WorkbookRefused (an InputRefused) with a one-line message.
    ``rows=False`` reads only the list of sheets.
    """
    path = Path(path)
    if is_csv(path):
        return read_csv(path)
    return _read_checked(path, [sheet], rows)[0]


def read_sheets(path: Path, sheets: Sequence[str]) -> dict[str, SheetTable]:
    """Several sheets of one workbook, checked and opened once; a name the workbook does not
    have is left out. Refusals as for ``read_sheet``."""
    path = Path(path)
    found = _read_checked(path, list(sheets), True, missing_ok=True)
    return {table.sheet: table for table in found}


def _read_checked(
    path: Path, sheets: list[str | None], with_rows: bool, *, missing_ok: bool = False
) -> list[SheetTable]:
    check = check_workbook(path)
    source = check.source
    with warnings.catch_warnings(), collector_paused():
        warnings.simplefilter("ignore")
        try:
            # The file is opened here, not by openpyxl: when openpyxl gives up half-way
            # through a damaged workbook it leaves its own file open; this one is closed
            # whatever happens.
            with path.open("rb") as stream:
                return _read_book(stream, source, sheets, with_rows, check, missing_ok)
        except WorkbookRefused:
            raise
        except Exception as error:  # openpyxl raises anything on a damaged part
            detail = _short(error).replace(str(path), source)
            raise WorkbookRefused(
                f"{source}: is damaged and cannot be read as an Excel workbook ({detail})",
                "workbook",
            ) from None


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if not text:
        return type(error).__name__
    return text[:160]


def _read_book(
    stream: Any,
    source: str,
    sheets: list[str | None],
    with_rows: bool,
    check: Any,
    missing_ok: bool,
) -> list[SheetTable]:
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # type: ignore[import-untyped]

    book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    try:
        worksheets = [ws for ws in book.worksheets if isinstance(ws, ReadOnlyWorksheet)]
        names = tuple(str(ws.title) for ws in worksheets)
        hidden = tuple(str(ws.title) for ws in worksheets if ws.sheet_state != "visible")
        epoch_1904 = book.epoch.year == 1904
        info = _koers_info(worksheets)
        if not worksheets:
            raise WorkbookRefused(f"{source}: holds no worksheet", "workbook")
        if not with_rows:
            return [SheetTable(source, "", names, [], epoch_1904=epoch_1904, hidden_sheets=hidden)]
        found = []
        for sheet in sheets:
            if missing_ok and sheet not in names:
                continue
            chosen = _choose(source, worksheets, sheet, hidden)
            part = check.part(str(chosen._worksheet_path))
            found.append(
                SheetTable(
                    source,
                    str(chosen.title),
                    names,
                    _rows(source, str(chosen.title), chosen, book),
                    merges=list(part.merges) if part is not None else [],
                    formula_cells=list(part.formula_cells) if part is not None else [],
                    epoch_1904=epoch_1904,
                    hidden_sheets=hidden,
                    koers_info=info,
                )
            )
        return found
    finally:
        book.close()


def _choose(source: str, worksheets: list[Any], sheet: str | None, hidden: tuple[str, ...]) -> Any:
    if sheet is None:
        titles = [ws.title for ws in worksheets]
        if "Koers" in hidden and "Tasks" in titles:
            return worksheets[titles.index("Tasks")]  # a workbook Koers exported
        visible = [ws for ws in worksheets if ws.title not in hidden]
        return (visible or worksheets)[0]
    for ws in worksheets:
        if ws.title == sheet:
            return ws
    wanted = sheet.strip().casefold()
    for ws in worksheets:
        if str(ws.title).strip().casefold() == wanted:
            return ws
    shown = ", ".join(repr(str(ws.title)) for ws in worksheets[:20])
    raise WorkbookRefused(f"{source}: has no sheet {sheet!r} (it has {shown})", "workbook")


def _koers_info(worksheets: list[Any]) -> dict[str, str]:
    """Column A → column B of a hidden sheet named "Koers" (a workbook Koers exported)."""
    for ws in worksheets:
        if ws.title == "Koers":
            ws.reset_dimensions()
            info: dict[str, str] = {}
            for number, row in enumerate(ws.iter_rows(values_only=True, max_col=2), 1):
                if number > 100:
                    break
                if len(row) >= 2 and isinstance(row[0], str) and row[1] is not None:
                    info[row[0].strip()] = str(row[1]).strip()
            return info
    return {}


def _percent_styles(book: Any) -> frozenset[int]:
    """The style ids whose number format shows a percentage (such as 0%)."""
    from openpyxl.styles.numbers import builtin_format_code  # type: ignore[import-untyped]

    found: set[int] = set()
    custom = list(getattr(book, "_number_formats", []))
    for index, style in enumerate(getattr(book, "_cell_styles", [])):
        number = int(getattr(style, "numFmtId", 0) or 0)
        code = custom[number - 164] if 164 <= number < 164 + len(custom) else None
        if code is None:
            code = builtin_format_code(number) or ""
        if "%" in re.sub(r'"[^"]*"|\\.', "", str(code)):
            found.add(index)
    return frozenset(found)


def _rows(source: str, sheet: str, worksheet: Any, book: Any) -> list[Row]:
    """Every row with a value: openpyxl reads each row's cells (shared strings, dates,
    numbers), the standard library's C parser walks the sheet. That parser is safe here:
    ``check_workbook`` has refused any DOCTYPE, and without one there are no entities.
    No row is made wider than its last cell (at most MAX_COLUMNS), no empty rows filled in.
    """
    from xml.etree.ElementTree import iterparse

    from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser  # type: ignore[import-untyped]

    percent = _percent_styles(book)
    rows: list[Row] = []
    with worksheet._get_source() as stream:
        parser = WorkSheetParser(
            stream,
            worksheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for _event, element in iterparse(stream):
            if element.tag != ROW_TAG:
                continue
            number, cells = parser.parse_row(element)
            element.clear()
            if not cells:
                continue
            row = _row(cells, percent)
            if not row:
                continue
            if number > MAX_ROWS:
                raise WorkbookRefused(
                    f"{source}: sheet {sheet!r} has data in row {number:,}; sheets are read up "
                    f"to {MAX_ROWS:,} rows",
                    "sheet",
                )
            if number <= len(rows):
                raise WorkbookRefused(
                    f"{source}: sheet {sheet!r} is damaged: row {number:,} comes after row "
                    f"{len(rows):,}",
                    "sheet",
                )
            if len(rows) < number - 1:
                rows.extend([_EMPTY] * (number - 1 - len(rows)))
            rows.append(row)
    return rows


def _row(cells: list[dict[str, Any]], percent: frozenset[int]) -> Row:
    last = 0
    for cell in cells:
        column = cell["column"]
        if column > last and cell["value"] is not None and column <= MAX_COLUMNS:
            last = column
    if not last:
        return _EMPTY
    values: list[CellValue] = [None] * last
    for cell in cells:
        column = cell["column"]
        if column <= last:
            value = cell["value"]
            if percent and cell["style_id"] in percent and type(value) in (int, float):
                value = f"{value * 100:.10g}%"
            values[column - 1] = _clean(value)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _clean(value: Any) -> CellValue:
    """Texts decoded (an empty one is no value; white space is kept, as typed); numbers,
    dates and booleans as they are."""
    if type(value) is str:
        if not value:
            return None
        return decode_cell_text(value) if "_x" in value else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(
        value, int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta
    ):
        return value
    return str(value)  # a rich text or an error value: its text


# ----- CSV ------------------------------------------------------------------------------------


def read_csv(path: Path) -> SheetTable:
    """A CSV file (UTF-8 with or without BOM, UTF-16, or Windows-1252) as one sheet of texts.

    The delimiter is ``;`` or ``,`` as ``csv_io`` detects it (or Excel's ``sep=`` line
    says), or a tab; the quote Koers's CSV export puts before a text that looks like a
    formula is dropped (``csv_io.unprotect_text``). Rows keep their numbers.
    """
    path = Path(path)
    source = path.name or str(path)
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError as error:
        raise WorkbookRefused(f"{source}: cannot be read: {error.strerror or error}") from None
    if data is None:
        raise WorkbookRefused(
            f"{source}: is larger than {MAX_FILE_BYTES // 1024 // 1024} MB; CSV files are read "
            "up to that size"
        )
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise WorkbookRefused(f"{source}: is a workbook or other binary file, not CSV text")
    text = _decode(data, source)
    if "\x00" in text:
        raise WorkbookRefused(f"{source}: is not a text file (it holds NUL characters)")
    if text.startswith("sep=") and text[4:5] in (";", ",", "\t"):
        delimiter = text[4]  # Excel's own hint, on a first line it does not show
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = _delimiter(text)
    rows: list[Row] = []
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            if number > MAX_ROWS:
                if any(cell.strip() for cell in record):
                    raise WorkbookRefused(
                        f"{source}: has data in row {number:,}; files are read up to "
                        f"{MAX_ROWS:,} rows",
                        "sheet",
                    )
                continue
            cells = tuple(_csv_cell(cell) for cell in record[:MAX_COLUMNS])
            width = len(cells)
            while width and cells[width - 1] is None:
                width -= 1
            rows.append(cells[:width])
    except csv.Error as error:
        raise WorkbookRefused(f"{source}: is not readable CSV: {_short(error)}", "sheet") from None
    while rows and not rows[-1]:
        rows.pop()
    return SheetTable(source, path.stem, (path.stem,), rows, kind="csv")


def _decode(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise WorkbookRefused(f"{source}: is not valid {encoding.upper()} text") from None
    return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """A tab when the first line has more tabs than ``;`` and ``,``; else the CSV export's
    own choice between ``;`` and ``,``."""
    first = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    if first.count("\t") > max(first.count(";"), first.count(",")):
        return "\t"
    return detect_delimiter(text)


def _csv_cell(cell: str) -> str | None:
    """A cell's text: the ``'`` Koers's CSV export puts before a formula-like text goes."""
    if not cell:
        return None
    cell = unprotect_text(cell)
    return decode_cell_text(cell) if "_x" in cell else cell


# ----- values ---------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januari", "jan."),
            ("feb", "february", "februari", "feb."),
            ("mar", "march", "maart", "mrt", "mrt.", "mar."),
            ("apr", "april", "apr."),
            ("may", "mei"),
            ("jun", "june", "juni", "jun."),
            ("jul", "july", "juli", "jul."),
            ("aug", "august", "augustus", "aug."),
            ("sep", "sept", "september", "sep.", "sept."),
            ("oct", "october", "okt", "oktober", "oct.", "okt."),
            ("nov", "november", "nov."),
            ("dec", "december", "dec."),
        ),
        1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday", "ma", "maandag"),
            ("tue", "tues", "tuesday", "di", "dinsdag"),
            ("wed", "wednesday", "wo", "woensdag"),
            ("thu", "thur", "thurs", "thursday", "do", "donderdag"),
            ("fri", "friday", "vr", "vrijdag"),
            ("sat", "saturday", "za", "zaterdag"),
            ("sun", "sunday", "zo", "zondag"),
        )
    )
    for name in names
}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TIME = r"(?:[t ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
_ISO = re.compile(rf"(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME}")
_NUMERIC = re.compile(rf"(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}}|\d{{2}}){_TIME}")
_DAY_MONTH = re.compile(rf"(\d{{1,2}})\.?[ -]*([a-z]+\.?)[ ,-]*(\d{{4}}|\d{{2}}){_TIME}")
_MONTH_DAY = re.compile(
    rf"([a-z]+\.?)[ -]*(\d{{1,2}})(?:st|nd|rd|th)?[ ,]+(\d{{4}}|\d{{2}}){_TIME}"
)
_WEEKDAY = re.compile(r"([a-z]+)\.?,?\s+(.*)", re.DOTALL)
_SERIAL_TEXT = re.compile(r"\d{1,6}(?:[.,]\d+)?")
_EPOCH_1900 = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)


def show(value: object) -> str:
    """A value for a message: quoted, on one line, at most 40 characters."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 30 else 1900  # Excel's rule for two-digit years
    return year


def _in_range(moment: dt.datetime, shown: object) -> dt.datetime:
    if not EARLIEST_DATE <= moment.date() <= LATEST_DATE:
        what = (
            f"{moment.date().isoformat()} is"
            if isinstance(shown, dt.date)
            else f"{show(shown)} is {moment.date().isoformat()},"
        )
        raise CellProblem(
            f"{what} outside the dates Koers accepts "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})"
        )
    return moment


def from_serial(serial: float, *, epoch_1904: bool = False) -> dt.datetime:
    """The moment an Excel serial number stands for, in the 1900 or 1904 date system.

    (In the 1900 system serials below 61 fall before 1 March 1900, where Excel counts a
    29 February that never was; they are outside Koers's dates anyway.)
    """
    if not math.isfinite(serial) or not -1e7 < serial < 1e7:
        raise CellProblem(f"{show(serial)} is not a date")
    start = _EPOCH_1904 if epoch_1904 else _EPOCH_1900
    try:
        moment = start + dt.timedelta(days=serial)
    except OverflowError:
        raise CellProblem(f"{show(serial)} is not a date") from None
    return moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))


def parse_date(
    value: CellValue, *, day_first: bool = True, epoch_1904: bool = False
) -> dt.datetime | None:
    """A date (and time, midnight when none) from a cell: a date cell, an Excel serial number,
    or text such as 2024-03-05, 05-03-2024 (day first) or 03/05/2024 (month first, when
    ``day_first`` is off), 5 March 2024, 5 maart 2024, Tue 3/05/24. None for an empty cell.

    Dates outside 1984–2149 are refused. A weekday written before the date must match it.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem(f"{show(value)} is not a date")
    if isinstance(value, dt.datetime):
        return _in_range(value.replace(tzinfo=None, microsecond=0), value)
    if isinstance(value, dt.date):
        return _in_range(dt.datetime.combine(value, dt.time()), value)
    if isinstance(value, int | float):
        return _in_range(from_serial(float(value), epoch_1904=epoch_1904), value)
    if isinstance(value, dt.time | dt.timedelta):
        raise CellProblem(f"{show(value)} is a time of day or a duration, not a date")
    return _in_range(_date_text(str(value), day_first, epoch_1904), value)


def _date_text(raw: str, day_first: bool, epoch_1904: bool) -> dt.datetime:
    text = " ".join(raw.split()).lower()
    if len(text) > 64 or not text:
        raise CellProblem(f"{show(raw)} is not a date")
    weekday: int | None = None
    match = _WEEKDAY.fullmatch(text)
    if match and match.group(1) in _WEEKDAYS:
        weekday = _WEEKDAYS[match.group(1)]
        text = match.group(2)
    if _SERIAL_TEXT.fullmatch(text):
        return from_serial(float(text.replace(",", ".")), epoch_1904=epoch_1904)
    moment = _date_parts(raw, text, day_first)
    if weekday is not None and moment.weekday() != weekday:
        hint = " (is the sheet in month-day order?)" if day_first else ""
        hint = " (is the sheet in day-month order?)" if not day_first else hint
        raise CellProblem(
            f"{show(raw)}: {moment.date().isoformat()} is a {_DAY_NAMES[moment.weekday()]}, "
            f"not a {_DAY_NAMES[weekday]}{hint}"
        )
    return moment


def _date_parts(raw: str, text: str, day_first: bool) -> dt.datetime:
    for pattern, order in (
        (_ISO, "ymd"),
        (_NUMERIC, "dmy" if day_first else "mdy"),
        (_DAY_MONTH, "dMy"),
        (_MONTH_DAY, "Mdy"),
    ):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = dict(zip(order, match.groups()[:3], strict=True))
        if "M" in parts:
            month = _MONTHS.get(parts["M"])
            if month is None:
                continue
        else:
            month = int(parts["m"])
        day = int(parts["d"])
        year = _full_year(parts["y"])
        hour, minute, second = (int(g) if g else 0 for g in match.groups()[3:6])
        try:
            return dt.datetime(year, month, day, hour, minute, second)
        except ValueError:
            if order in ("dmy", "mdy") and _valid(year, day, month):
                other = "month-day" if day_first else "day-month"
                raise CellProblem(
                    f"{show(raw)} is not a date in {'day-month' if day_first else 'month-day'} "
                    f"order; is the sheet in {other} order?"
                ) from None
            raise CellProblem(f"{show(raw)} is not a valid date") from None
    raise CellProblem(f"{show(raw)} is not a date (such as 2024-03-05 or 05-03-2024)")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_number(value: CellValue) -> float | None:
    """A number from a number cell or from text with a decimal point or comma (1.5, 1,5,
    1.234,5, 1,234.5, 1 234); None for an empty cell. Absurd sizes are refused."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CellProblem(f"{show(value)} is not a number")
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        raise CellProblem(f"{show(value)} is an absurd number")
    number = _number_text(value) if isinstance(value, str) else float(value)
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise CellProblem(f"{show(value)} is an absurd number")
    return number


def _number_text(raw: str) -> float:
    text = "".join(raw.split()).replace("\u2212", "-")
    if not text or len(text) > _MAX_TEXT_NUMBER:
        raise CellProblem(f"{show(raw)} is not a number")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellProblem(f"{show(raw)} is not a number") from None
    if not number.is_finite():
        raise CellProblem(f"{show(raw)} is not a number")
    return float(number)


_SEPARATORS: dict[str, re.Pattern[str]] = {}


def split_list(text: str, separators: str = ",;\n") -> list[str]:
    """Items of a list typed in one cell, stripped, empty ones left out."""
    pattern = _SEPARATORS.get(separators)
    if pattern is None:
        pattern = _SEPARATORS[separators] = re.compile("[" + re.escape(separators) + "]")
    return [item for item in map(str.strip, pattern.split(text)) if item]


def iter_values(rows: Iterable[Row], column: int) -> Iterator[CellValue]:
    """The values of one 0-based column in the given rows."""
    for row in rows:
        yield row[column] if column < len(row) else None
