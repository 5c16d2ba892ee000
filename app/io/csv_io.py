"""CSV files as Excel opens them: UTF-8 with a BOM, ``;`` (Dutch Excel) or ``,`` between cells.

**Formula safety.** A spreadsheet opening a CSV file takes a cell starting with ``=``, ``+``,
``-``, ``@``, tab or CR for a formula. Such a text is written with a leading ``'`` (which
Excel shows as a text marker), and so is a text that already starts with apostrophes
followed by one of those characters, so that reading strips exactly one ``'`` and gives
the text back as it was: ``=1`` ↔ ``'=1``, ``'=1`` ↔ ``''=1``, ``'x`` ↔ ``'x``.

Reading detects the delimiter (``;`` or ``,``; a first line ``sep=X`` as Excel writes it
wins), strips the BOM, keeps quoted line breaks and returns every cell as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.domain.errors import InputRefused
from app.io.cell_text import FORMULA_STARTS
from app.io.tables import CellValue, Column, Kind, Table

DELIMITERS = (";", ",")
TEXT_MARK = "'"
EXCEL_MAX_CELL_TEXT = 32_767
EXCEL_MAX_ROWS = 1_048_576
MAX_CSV_BYTES = 300 * 1024 * 1024
_SNIFF_CHARS = 64 * 1024
_FALLBACK_ENCODING = "cp1252"  # what Dutch Excel writes for "CSV (gescheiden door ...)"
_TRUE, _FALSE = "Yes", "No"


def protect_text(text: str) -> str:
    """The text as a CSV cell holds it: a leading ``'`` when a spreadsheet would otherwise
    read a formula, or when the text itself starts with ``'`` before such a character."""
    if text.lstrip(TEXT_MARK).startswith(FORMULA_STARTS):
        return TEXT_MARK + text
    return text


def unprotect_text(text: str) -> str:
    """The inverse of ``protect_text``: one leading ``'`` goes when a formula character (or
    more apostrophes and then one) follows it."""
    if text.startswith(TEXT_MARK) and text.lstrip(TEXT_MARK).startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _number_text(value: int | float | Decimal, decimal: str) -> str:
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, Decimal):
        text = format(value, "f")
    else:
        text = repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        if text.endswith(".0"):
            text = text[:-2]
    return text.replace(".", decimal) if decimal != "." else text


def cell_text(value: CellValue, kind: Kind, decimal: str = ".") -> str:
    """What a CSV cell holds for a value of a column of ``kind``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return protect_text(value)
    if isinstance(value, bool):
        return _TRUE if value else _FALSE
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind is Kind.PERCENT:
        return _number_text((Decimal(repr(value)) * 100).normalize(), decimal) + "%"
    if kind is Kind.MONEY:
        return _number_text(Decimal(value).quantize(Decimal("0.01")), decimal)
    return _number_text(value, decimal)


@dataclass
class CsvReport:
    """Rows written (header not counted), and the cells Excel would cut when opening."""

    rows: int = 0
    too_long: list[tuple[int, str]] = field(default_factory=list)  # (line number, header)


def write_csv(
    target: Path, table: Table, *, delimiter: str = ";", decimal: str | None = None
) -> CsvReport:
    """Write ``table`` (header, then rows) to ``target``; ``decimal`` defaults to ``,`` with
    the ``;`` delimiter (as Dutch Excel reads it) and ``.`` with ``,``."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"delimiter must be one of {DELIMITERS}, not {delimiter!r}")
    point = decimal if decimal is not None else ("," if delimiter == ";" else ".")
    report = CsvReport()
    kinds = [column.kind for column in table.columns]
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quotechar='"', lineterminator="\r\n")
        writer.writerow([protect_text(header) for header in table.headers])
        for line, row in enumerate(table.rows, 2):
            texts = [cell_text(value, kinds[i], point) for i, value in enumerate(row)]
            for index, text in enumerate(texts):
                if len(text) > EXCEL_MAX_CELL_TEXT:
                    report.too_long.append((line, table.columns[index].header))
            writer.writerow(texts)
            report.rows += 1
    return report


def write_rows(
    target: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[CellValue]],
    *,
    delimiter: str = ";",
) -> CsvReport:
    """Plain text rows (every column a text column) to ``target``."""
    table = Table("csv", tuple(Column(header) for header in headers), list(rows))
    return write_csv(target, table, delimiter=delimiter)


# -- reading --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CsvContent:
    """A CSV file's header and rows as text, with what was found out about the file."""

    header: list[str]
    rows: list[list[str]]
    delimiter: str
    encoding: str

    def records(self) -> list[dict[str, str]]:
        """Each row as header → value ("" for a missing cell)."""
        width = len(self.header)
        return [
            dict(zip(self.header, row + [""] * (width - len(row)), strict=False))
            for row in self.rows
        ]


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputRefused(
            f"{name}: UTF-16 text (Excel's 'Unicode text'); save it as 'CSV UTF-8' instead"
        )
    for candidate in [encoding] if encoding else ["utf-8-sig", _FALLBACK_ENCODING]:
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
        except LookupError:
            raise InputRefused(f"{name}: unknown text encoding {candidate!r}") from None
    raise InputRefused(f"{name}: the text is neither UTF-8 nor Windows-1252")


def detect_delimiter(text: str) -> str:
    """``;`` or ``,``: from csv.Sniffer limited to those two, else from the first line."""
    sample = text[:_SNIFF_CHARS]
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        if found in DELIMITERS:
            return found
    except csv.Error:
        pass
    first = sample.split("\n", 1)[0]
    return "," if first.count(",") > first.count(";") else ";"


def parse_csv(text: str, name: str = "CSV") -> CsvContent:
    """The cells of CSV text (BOM already stripped); Koers's ``'`` marks removed."""
    delimiter = None
    if text.startswith("sep=") and len(text) > 4 and text[4] in DELIMITERS:
        delimiter = text[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if delimiter is None:
        delimiter = detect_delimiter(text)
    # Only the delimiter is taken from sniffing: the quote is always '"' (a sniffer can take
    # the ' of protected cells for a quote character).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    rows: list[list[str]] = []
    try:
        for row in reader:
            if any(cell for cell in row):
                rows.append([unprotect_text(cell) for cell in row])
    except csv.Error as error:
        raise InputRefused(f"{name}: line {reader.line_num}: {error}") from None
    if not rows:
        return CsvContent([], [], delimiter, "")
    return CsvContent(_headers(rows[0], max(len(r) for r in rows)), rows[1:], delimiter, "")


def _headers(cells: list[str], width: int) -> list[str]:
    """Unique, stripped column names; an empty one is "Column N", a repeated one "Name (2)"."""
    names: list[str] = []
    seen: set[str] = set()
    for number in range(1, width + 1):
        base = cells[number - 1].strip() if number <= len(cells) else ""
        base = base or f"Column {number}"
        name, copy = base, 1
        while name in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name)
        names.append(name)
    return names


def read_csv(path: Path, *, encoding: str | None = None) -> CsvContent:
    """A CSV file's cells; refuses (InputRefused) files over 300 MB and unreadable text.

    ``encoding`` None tries UTF-8 (with or without BOM), then Windows-1252.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise InputRefused(f"{path.name}: {size:,} bytes; CSV files up to 300 MB are read")
    text, used = _decode(path.read_bytes(), path.name, encoding)
    content = parse_csv(text, path.name)
    return CsvContent(content.header, content.rows, content.delimiter, used)


def read_csv_rows(path: Path, *, encoding: str | None = None) -> list[dict[str, str]]:
    """Every data row of a CSV file as header → text, Koers's ``'`` marks removed."""
    return read_csv(path, encoding=encoding).records()
