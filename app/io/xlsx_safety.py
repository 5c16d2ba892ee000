"""Checks on an .xlsx file before openpyxl opens any of it (DESIGN.md §7).

A workbook is a ZIP archive of XML parts. Everything that could make reading it slow,
huge or unsafe is decided here, from the ZIP directory and one streaming pass of a
C parser over every XML part, before openpyxl parses a single byte:

* the file: not empty, at most 100 MB, a ZIP archive (an .xls, a .docx, an OpenDocument
  file or a truncated download each get their own message);
* the directory: at most 10,000 members, 1 GB unpacked in all, no member unpacking to more
  than 100 times its packed size, no encrypted members or unknown compression, no
  duplicate names, ``[Content_Types].xml`` and ``xl/workbook.xml`` present (a member whose
  data is longer than the directory says fails its CRC check when read);
* every XML part: well formed, UTF-8 or UTF-16, no DOCTYPE (so no DTD, no entity
  declarations, no external references), at most 300 MB;
* every worksheet: at most 250,000 rows and no row with more cells than Excel allows
  (openpyxl builds a whole row in memory), counted from the elements themselves, never
  from the sheet's declared dimension; formula cells without a saved result and merged
  ranges are noted for the reader.
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from app.domain.errors import InputRefused

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100
RATIO_FROM_BYTES = 1024 * 1024  # smaller members cannot hurt, whatever their ratio
MAX_MEMBERS = 10_000
MAX_PART_BYTES = 300 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 500
MAX_CELLS_PER_ROW = 16_384  # Excel's last column, XFD
MAX_SHARED_STRINGS = 10_000_000
MAX_MERGES = 100_000
MAX_NOTED_FORMULAS = 1_000

_CHUNK = 1024 * 1024
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_XML_SUFFIXES = (".xml", ".rels")
_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii"})
_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"']{0,64})[\"']")
_PREFIX = re.compile(r"<[^<>:]*:")
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
CONTENT_TYPES = "[Content_Types].xml"
WORKBOOK = "xl/workbook.xml"


class WorkbookRefused(InputRefused):
    """A file Koers will not read as a workbook; ``str()`` is one line saying why.

    ``stage`` says how far reading got: "file" (size, type), "archive" (the ZIP directory),
    "xml" (an XML part), "workbook" (openpyxl's reading), "sheet" (the sheet's rows) or
    "values" (what the cells hold).
    """

    def __init__(self, message: str, stage: str = "file") -> None:
        super().__init__(message)
        self.stage = stage


@dataclass
class PartScan:
    """What one pass over an XML part found; cell positions are (row, column), 1-based."""

    name: str
    size: int
    root: str = ""
    rows: int = 0
    widest_row: int = 0
    strings: int = 0
    formulas: int = 0
    formula_cells: list[tuple[int, int]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class ArchiveCheck:
    """The outcome of ``check_workbook``: every XML part's scan by member name."""

    source: str
    members: list[str]
    parts: dict[str, PartScan]

    def part(self, name: str) -> PartScan | None:
        return self.parts.get(name.lstrip("/"))


def column_number(letters: str) -> int:
    """A column's number from its letters: A is 1, Z 26, AA 27, XFD 16,384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """The letters of a 1-based column number: 1 is A, 27 is AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_position(reference: str) -> tuple[int, int] | None:
    """(row, column) of a reference such as B7 or $B$7; None when it is not one."""
    match = _CELL_REF.match(reference.strip())
    if match is None:
        return None
    column = column_number(match.group(1))
    row = int(match.group(2))
    if not (1 <= column <= MAX_CELLS_PER_ROW and 1 <= row <= 1_048_576):
        return None
    return row, column


def check_workbook(path: Path) -> ArchiveCheck:
    """Refuse anything that is not a sound, reasonably sized .xlsx; scan every XML part."""
    source = path.name or str(path)
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            head = stream.read(8)
    except OSError as error:
        raise WorkbookRefused(f"{source}: cannot be read: {error.strerror or error}") from None
    _check_file(source, size, head)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise WorkbookRefused(
            f"{source}: is damaged or incomplete (its ZIP directory is missing; "
            "a truncated download?)",
            "archive",
        ) from None
    except (OSError, ValueError, EOFError, NotImplementedError) as error:
        raise WorkbookRefused(
            f"{source}: is damaged and cannot be opened as a workbook ({_short(error)})",
            "archive",
        ) from None
    with archive:
        infos = _check_directory(source, archive)
        parts: dict[str, PartScan] = {}
        for info in infos:
            if info.filename.lower().endswith(_XML_SUFFIXES):
                parts[info.filename] = _scan_member(source, archive, info)
    return ArchiveCheck(source, [info.filename for info in infos], parts)


def _check_file(source: str, size: int, head: bytes) -> None:
    if size == 0:
        raise WorkbookRefused(f"{source}: is empty")
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused(
            f"{source}: is {size / 1024 / 1024:.0f} MB; workbooks are read up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB"
        )
    if head.startswith(_OLE2_MAGIC):
        raise WorkbookRefused(
            f"{source}: is not an Excel workbook (.xlsx) but an older Excel (.xls) or other "
            "binary Office file, or a password-protected one; save it from Excel as .xlsx"
        )
    if not head.startswith(_ZIP_MAGICS):
        if len(head) < 4 and b"PK".startswith(head[:2]):
            raise WorkbookRefused(f"{source}: is not an Excel workbook (.xlsx): it is truncated")
        kind = "an XML or text file" if head.lstrip()[:1] == b"<" else "some other file"
        raise WorkbookRefused(f"{source}: is not an Excel workbook (.xlsx) but {kind}")


def _check_directory(source: str, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WorkbookRefused(
            f"{source}: holds {len(infos):,} files; a workbook is read with up to {MAX_MEMBERS:,}",
            "archive",
        )
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise WorkbookRefused(f"{source}: is damaged (a part appears twice)", "archive")
    lowered = {name.lower() for name in names}
    if any(name.startswith("word/") for name in lowered):
        raise WorkbookRefused(
            f"{source}: is not an Excel workbook (.xlsx) but a Word document (.docx)", "archive"
        )
    if any(name.startswith("ppt/") for name in lowered):
        raise WorkbookRefused(
            f"{source}: is not an Excel workbook (.xlsx) but a PowerPoint file (.pptx)", "archive"
        )
    if "mimetype" in lowered or "content.xml" in lowered:
        raise WorkbookRefused(
            f"{source}: is not an Excel workbook (.xlsx) but an OpenDocument file (such as "
            ".ods); save it as .xlsx",
            "archive",
        )
    if CONTENT_TYPES not in names or WORKBOOK not in names:
        missing = CONTENT_TYPES if CONTENT_TYPES not in names else WORKBOOK
        raise WorkbookRefused(
            f"{source}: is not an Excel workbook (.xlsx): it is a ZIP archive without {missing}",
            "archive",
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise WorkbookRefused(
                f"{source}: is encrypted; remove the password in Excel first", "archive"
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise WorkbookRefused(
                f"{source}: uses a compression Excel does not write ({info.filename})", "archive"
            )
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise WorkbookRefused(
                f"{source}: unpacks to more than {MAX_UNPACKED_BYTES // 1024**3} GB; "
                "refused (a ZIP bomb?)",
                "archive",
            )
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise WorkbookRefused(
                f"{source}: part {info.filename} unpacks to "
                f"{info.file_size // max(info.compress_size, 1):,} times its packed size "
                f"(at most {MAX_RATIO} is read); refused (a ZIP bomb?)",
                "archive",
            )
        if info.filename.lower().endswith(_XML_SUFFIXES) and info.file_size > MAX_PART_BYTES:
            raise WorkbookRefused(
                f"{source}: part {info.filename} is {info.file_size // 1024**2:,} MB of XML; "
                f"parts are read up to {MAX_PART_BYTES // 1024**2} MB",
                "archive",
            )
    return infos


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:160]


def _check_declaration(source: str, name: str, head: bytes) -> None:
    """Excel workbooks are UTF-8 or UTF-16 (ECMA-376); any other declared encoding is refused."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        return  # UTF-16: expat reads the declaration itself
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    match = _DECLARED_ENCODING.match(text)
    if match is None:
        return
    declared = match.group(1).decode("ascii", "replace").strip()
    if declared.lower() not in _ENCODINGS:
        raise WorkbookRefused(
            f"{source}: part {name} declares the encoding {declared[:40]!r}; workbooks are "
            "written in UTF-8 or UTF-16",
            "xml",
        )


class _Refused(Exception):
    """Raised inside expat's callbacks; turned into a WorkbookRefused by the scan."""


def _refuse_doctype(*_args: object) -> None:
    raise _Refused("a DOCTYPE declaration")


def _refuse_entity(*_args: object) -> None:
    raise _Refused("an entity declaration")


def _scan_member(source: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> PartScan:
    scan = PartScan(info.filename, info.file_size)
    try:
        with archive.open(info) as stream:
            merges = _scan(source, info.filename, stream, scan)
        if merges or scan.formulas:
            with archive.open(info) as stream:
                _locate(stream, scan)
    except WorkbookRefused:
        raise
    except _Refused as refused:
        raise WorkbookRefused(
            f"{source}: part {info.filename} contains {refused}; DTDs and entities are "
            "refused for safety",
            "xml",
        ) from None
    except expat.ExpatError as error:
        raise WorkbookRefused(
            f"{source}: part {info.filename} is not well-formed XML: "
            f"{expat.ErrorString(error.code)} at line {error.lineno}, column {error.offset}",
            "xml",
        ) from None
    except zipfile.BadZipFile as error:
        raise WorkbookRefused(
            f"{source}: is damaged: part {info.filename} cannot be unpacked ({_short(error)})",
            "archive",
        ) from None
    except zlib.error as error:
        raise WorkbookRefused(
            f"{source}: is damaged: part {info.filename} cannot be unpacked ({_short(error)})",
            "archive",
        ) from None
    except (OSError, EOFError, ValueError, LookupError, RuntimeError) as error:
        raise WorkbookRefused(
            f"{source}: part {info.filename} cannot be read ({_short(error)})", "xml"
        ) from None
    return scan


def _scan(source: str, name: str, stream: IO[bytes], scan: PartScan) -> int:
    """One expat pass; end tags are collected by a C call each and counted per chunk.

    Returns how many merged ranges the part declares."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_entity
    parser.UnparsedEntityDeclHandler = _refuse_entity
    ends: list[str] = []
    parser.EndElementHandler = ends.append
    counter = _Counter(source, scan)
    first = True
    while chunk := stream.read(_CHUNK):
        if first:
            _check_declaration(source, name, chunk[:256])
            first = False
        parser.Parse(chunk, False)
        counter.take(ends)
        ends.clear()
    parser.Parse(b"", True)
    counter.take(ends)
    counter.finish()
    return counter.merges


class _Counter:
    """Rows, the widest row, shared strings, formulas and merged ranges from end tags.

    End tags come in document order, a cell's children before the cell and a row's cells
    before the row, so the cells of a row are the ``c`` ends before its ``row`` end.
    """

    def __init__(self, source: str, scan: PartScan) -> None:
        self.source = source
        self.scan = scan
        self.pending = 0  # cells after the last row end
        self.tail = ""  # the last tag seen: the root element's, in the end
        self.merges = 0

    def take(self, ends: list[str]) -> None:
        if not ends:
            return
        text = "<" + "><".join(ends) + ">"
        if ":" in text:
            text = _PREFIX.sub("<", text)
        scan = self.scan
        scan.formulas += text.count("<f>")
        self.tail = text[text.rfind("<") :]
        scan.strings += text.count("<si>")
        self.merges += text.count("<mergeCell>")
        pieces = text.split("<row>")
        if len(pieces) == 1:
            self.pending += text.count("<c>")
        else:
            scan.rows += len(pieces) - 1
            widest = max(
                [self.pending + pieces[0].count("<c>"), *(p.count("<c>") for p in pieces[1:-1])]
            )
            scan.widest_row = max(scan.widest_row, widest)
            self.pending = pieces[-1].count("<c>")
        if max(scan.widest_row, self.pending) > MAX_CELLS_PER_ROW:
            raise WorkbookRefused(
                f"{self.source}: a row of {scan.name} holds more than {MAX_CELLS_PER_ROW:,} "
                "cells, more than Excel allows; the file is damaged",
                "xml",
            )
        if scan.strings > MAX_SHARED_STRINGS:
            raise WorkbookRefused(
                f"{self.source}: holds more than {MAX_SHARED_STRINGS:,} different texts; refused",
                "xml",
            )
        if self.merges > MAX_MERGES:
            raise WorkbookRefused(
                f"{self.source}: {scan.name} merges more than {MAX_MERGES:,} cell ranges; refused",
                "xml",
            )

    def finish(self) -> None:
        scan = self.scan
        scan.root = self.tail.strip("<>")
        if scan.root == "worksheet" and scan.rows > MAX_ROWS:
            raise WorkbookRefused(
                f"{self.source}: a sheet ({scan.name}) has {scan.rows:,} rows; sheets are read "
                f"up to {MAX_ROWS:,} rows",
                "sheet",
            )


def _locate(stream: IO[bytes], scan: PartScan) -> None:
    """A second, slower pass over a sheet with merged ranges or formulas without a saved
    result: where they are. The first pass has already checked the part is sound."""
    parser = expat.ParserCreate()
    row = 0
    column = 0
    formula = value = inside = False

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal row, column, formula, value, inside
        local = name.rpartition(":")[2]
        if local == "row":
            number = attributes.get("r", "")
            valid = number.isdigit() and len(number) <= 7 and 0 < int(number) <= 1_048_576
            row = int(number) if valid else row + 1
            column = 0
        elif local == "c":
            position = cell_position(attributes.get("r", ""))
            if position is None:
                column += 1
            else:
                row, column = position
            formula = value = False
        elif local == "f":
            formula = True
        elif local == "v":
            inside = True
        elif local == "mergeCell":
            merged = _range(attributes.get("ref", ""))
            if merged is not None:
                scan.merges.append(merged)

    def end(name: str) -> None:
        nonlocal inside
        local = name.rpartition(":")[2]
        if local == "v":
            inside = False
        elif (
            local == "c" and formula and not value and len(scan.formula_cells) < MAX_NOTED_FORMULAS
        ):
            scan.formula_cells.append((row, column))

    def text(data: str) -> None:
        nonlocal value
        if inside and not data.isspace():
            value = True

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    while chunk := stream.read(_CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _range(reference: str) -> tuple[int, int, int, int] | None:
    """(first row, first column, last row, last column) of a range such as B3:E4."""
    first, _, last = reference.partition(":")
    top_left = cell_position(first)
    bottom_right = cell_position(last or first)
    if top_left is None or bottom_right is None:
        return None
    return (
        min(top_left[0], bottom_right[0]),
        min(top_left[1], bottom_right[1]),
        max(top_left[0], bottom_right[0]),
        max(top_left[1], bottom_right[1]),
    )


def member_path(base: str, target: str) -> str:
    """The archive name a relationship target points at, relative to the part ``base``."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
