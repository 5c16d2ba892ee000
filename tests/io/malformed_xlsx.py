"""Workbooks Koers must refuse, each with one defect, and the small valid one they start from.

``valid_parts`` is a hand-written workbook of two tasks (shared and inline strings, a date,
a percentage, a predecessor); ``zip_parts`` packs parts as a workbook with valid CRCs.
``make_malformed`` writes every malformed file into a folder and returns, per file, the
start of the message its refusal gives. The committed copies under ``tests/io/malformed``
are the small ones; the large ones (bombs, too many rows) are made when needed.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

HEADER = ("ID", "Task", "Duration", "Start", "Predecessors", "% complete")


def _strings(texts: Iterable[str]) -> str:
    items = "".join(f"<si><t>{text}</t></si>" for text in texts)
    return f'{DECLARATION}<sst xmlns="{MAIN}">{items}</sst>'


def sheet_xml(rows: str, dimension: str | None = "A1:F3", prolog: str = DECLARATION) -> str:
    declared = f'<dimension ref="{dimension}"/>' if dimension is not None else ""
    return f'{prolog}<worksheet xmlns="{MAIN}">{declared}<sheetData>{rows}</sheetData></worksheet>'


HEADER_ROW = (
    '<row r="1">'
    + "".join(f'<c r="{letter}1" t="s"><v>{index}</v></c>' for index, letter in enumerate("ABCDEF"))
    + "</row>"
)
DATA_ROWS = (
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>6</v></c>'
    '<c r="C2" t="inlineStr"><is><t>5d</t></is></c><c r="D2" s="1"><v>45356</v></c>'
    '<c r="F2" s="2"><v>0.5</v></c></row>'
    '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>7</v></c><c r="C3"><v>3</v></c>'
    '<c r="D3" s="1"><v>45358</v></c><c r="E3" t="str"><v>1FS+1d</v></c></row>'
)


def valid_parts() -> dict[str, bytes]:
    """A small, valid workbook: sheet Plan with two tasks, the second after the first."""
    parts = {
        "[Content_Types].xml": (
            f'{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
            'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override '
            'PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{DECLARATION}<Relationships xmlns="{PACKAGE_REL}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{DECLARATION}<Relationships xmlns="{PACKAGE_REL}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f'{DECLARATION}<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
            '<xf numFmtId="9" applyNumberFormat="1"/></cellXfs></styleSheet>'
        ),
        STRINGS: _strings((*HEADER, "Design", "Build")),
        SHEET: sheet_xml(HEADER_ROW + DATA_ROWS),
    }
    return {name: text.encode() for name, text in parts.items()}


def zip_parts(parts: dict[str, bytes]) -> bytes:
    """The parts as an .xlsx (deflated, valid CRCs), in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(
                zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED
            )
    return buffer.getvalue()


def _with(**replaced: bytes) -> bytes:
    parts = valid_parts()
    for key, value in replaced.items():
        parts[{"sheet": SHEET, "strings": STRINGS}.get(key, key)] = value
    return zip_parts(parts)


def _sheet_with_rows(rows: str, dimension: str | None = "A1:F3") -> bytes:
    return _with(sheet=sheet_xml(HEADER_ROW + rows, dimension).encode())


def _task_row(number: int, cells: str) -> str:
    name = f'<c r="B{number}" t="inlineStr"><is><t>Task {number}</t></is></c>'
    return f'<row r="{number}">{name}{cells}</row>'


def _patch_central(
    data: bytes, name: bytes, *, size: int | None = None, flags: int | None = None
) -> bytes:
    """Change a member's uncompressed size or flags in the central directory (and the flags
    in its local header): a directory that lies."""
    patched = bytearray(data)
    start = patched.find(b"PK\x01\x02" + b"\x00" * 0)
    while start >= 0:
        name_length = struct.unpack_from("<H", patched, start + 28)[0]
        if bytes(patched[start + 46 : start + 46 + name_length]) == name:
            if size is not None:
                struct.pack_into("<I", patched, start + 24, size)
            if flags is not None:
                struct.pack_into("<H", patched, start + 8, flags)
                local = struct.unpack_from("<I", patched, start + 42)[0]
                struct.pack_into("<H", patched, local + 6, flags)
        start = patched.find(b"PK\x01\x02", start + 4)
    return bytes(patched)


XXE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [<!ENTITY secret SYSTEM '
    '"file:///etc/passwd">]>\n'
)
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def small_files() -> dict[str, tuple[bytes, str]]:
    """Each small malformed file: its bytes and the start of its refusal message."""
    valid = zip_parts(valid_parts())
    docx = zip_parts(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "word/document.xml": b'<?xml version="1.0"?><document/>',
        }
    )
    ods = zip_parts(
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<a/>"}
    )
    corrupt = bytearray(valid)
    at = corrupt.find(b"sheet1.xml") + 40
    corrupt[at : at + 16] = bytes(b ^ 0x55 for b in corrupt[at : at + 16])
    spaces = b" " * (4 * 1024 * 1024)
    return {
        "empty.xlsx": (b"", "is empty"),
        "text.xlsx": (b"ID;Task\n1;Design\n", "is not an Excel workbook (.xlsx) but some other"),
        "xml.xlsx": (
            b'<?xml version="1.0"?><Project/>',
            "is not an Excel workbook (.xlsx) but an XML",
        ),
        "xls_renamed.xlsx": (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Workbook" + bytes(1000),
            "is not an Excel workbook (.xlsx) but an older Excel (.xls)",
        ),
        "docx_renamed.xlsx": (docx, "is not an Excel workbook (.xlsx) but a Word document"),
        "ods_renamed.xlsx": (ods, "is not an Excel workbook (.xlsx) but an OpenDocument"),
        "zip_without_workbook.xlsx": (
            zip_parts({"[Content_Types].xml": b"<Types/>", "readme.txt": b"hello"}),
            "is not an Excel workbook (.xlsx): it is a ZIP archive without xl/workbook.xml",
        ),
        "truncated.xlsx": (valid[: len(valid) // 2], "is damaged or incomplete"),
        "truncated_tiny.xlsx": (b"PK", "is not an Excel workbook (.xlsx): it is truncated"),
        "corrupt_member.xlsx": (bytes(corrupt), "is damaged"),
        "encrypted_member.xlsx": (
            _patch_central(valid, SHEET.encode(), flags=0x1),
            "is encrypted",
        ),
        "zip_bomb_ratio.xlsx": (
            _with(
                sheet=sheet_xml(HEADER_ROW + DATA_ROWS)
                .encode()
                .replace(b"<sheetData>", b"<sheetData>" + spaces)
            ),
            "part xl/worksheets/sheet1.xml unpacks to",
        ),
        "zip_bomb_directory.xlsx": (
            _patch_central(valid, SHEET.encode(), size=0xFFFFFFF0),
            "unpacks to more than 1 GB",
        ),
        "xxe_sheet.xlsx": (
            _with(sheet=sheet_xml(HEADER_ROW + DATA_ROWS, prolog=XXE).encode()),
            "part xl/worksheets/sheet1.xml contains a DOCTYPE declaration",
        ),
        "xxe_strings.xlsx": (
            _with(strings=(XXE + f'<sst xmlns="{MAIN}"><si><t>&secret;</t></si></sst>').encode()),
            "part xl/sharedStrings.xml contains a DOCTYPE declaration",
        ),
        "billion_laughs_sheet.xlsx": (
            _with(sheet=sheet_xml(HEADER_ROW + DATA_ROWS, prolog=LAUGHS).encode()),
            "part xl/worksheets/sheet1.xml contains a DOCTYPE declaration",
        ),
        "billion_laughs_strings.xlsx": (
            _with(strings=(LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>').encode()),
            "part xl/sharedStrings.xml contains a DOCTYPE declaration",
        ),
        "utf7_sheet.xlsx": (
            _with(
                sheet=sheet_xml(
                    HEADER_ROW + DATA_ROWS, prolog='<?xml version="1.0" encoding="UTF-7"?>\n'
                ).encode()
            ),
            "part xl/worksheets/sheet1.xml declares the encoding 'UTF-7'",
        ),
        "misspelt_encoding.xlsx": (
            _with(
                strings=_strings(HEADER).replace('encoding="UTF-8"', 'encoding="UFT-8"').encode()
            ),
            "part xl/sharedStrings.xml declares the encoding 'UFT-8'",
        ),
        "undefined_entity.xlsx": (
            _with(strings=_strings((*HEADER, "&nbsp;", "B")).encode()),
            "part xl/sharedStrings.xml is not well-formed XML: undefined entity",
        ),
        "binary_sheet.xlsx": (
            _with(sheet=bytes(range(256)) * 4),
            "part xl/worksheets/sheet1.xml is not well-formed XML",
        ),
        "lying_dimension_no_rows.xlsx": (
            _with(sheet=sheet_xml(HEADER_ROW, "A1:XFD1048576").encode()),
            "sheet 'Plan': no data rows",
        ),
        "far_row.xlsx": (
            _sheet_with_rows(_task_row(900_000, '<c r="C900000"><v>1</v></c>')),
            "sheet 'Plan' has data in row 900,000",
        ),
        "date_before_1984.xlsx": (
            _sheet_with_rows(_task_row(2, '<c r="D2" s="1"><v>25000</v></c>')),
            "outside the dates Koers accepts",
        ),
        "date_after_2149.xlsx": (
            _sheet_with_rows(
                _task_row(2, '<c r="D2" t="inlineStr"><is><t>2150-01-01</t></is></c>')
            ),
            "outside the dates Koers accepts",
        ),
        "huge_lag.xlsx": (
            _sheet_with_rows(
                _task_row(2, "")
                + _task_row(3, '<c r="E3" t="inlineStr"><is><t>2FS+1000000000000000d</t></is></c>')
            ),
            "is absurd (over 100 years)",
        ),
        "huge_duration.xlsx": (
            _sheet_with_rows(_task_row(2, '<c r="C2"><v>1E+15</v></c>')),
            "is an absurd number",
        ),
    }


def large_files() -> dict[str, tuple[bytes, str]]:
    """Malformed files too large to commit, made in a second or so."""
    wide = '<row r="2">' + "<c><v>1</v></c>" * 20_000 + "</row>"
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(2, 250_003))
    many = {f"xl/media/x{n}.bin": b"" for n in range(10_001)}
    return {
        "wide_row.xlsx": (_sheet_with_rows(wide), "holds more than 16,384 cells"),
        "too_many_rows.xlsx": (
            _with(sheet=sheet_xml(HEADER_ROW + rows, "A1:A2").encode()),
            "has 250,002 rows; sheets are read up to 250,000 rows",
        ),
        "too_many_members.xlsx": (
            zip_parts({**valid_parts(), **many}),
            "holds 10,008 files",
        ),
    }


def make_malformed(folder: Path, *, large: bool = True) -> dict[str, tuple[Path, str]]:
    """Write the malformed files into ``folder``: name → (path, start of the refusal)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, tuple[Path, str]] = {}
    files = {**small_files(), **(large_files() if large else {})}
    for name, (data, message) in files.items():
        path = folder / name
        path.write_bytes(data)
        made[name] = (path, message)
    return made


if __name__ == "__main__":  # python -m tests.io.malformed_xlsx tests/io/malformed
    import sys

    for name, (path, _message) in make_malformed(Path(sys.argv[1]), large=False).items():
        print(f"{path.stat().st_size:>8}  {name}")
