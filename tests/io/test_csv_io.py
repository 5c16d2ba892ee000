"""CSV for Excel: BOM, ; or , between cells, a ' before formula-like text, read back exactly."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import InputRefused
from app.io.cell_text import FORMULA_STARTS
from app.io.csv_io import (
    detect_delimiter,
    parse_csv,
    protect_text,
    read_csv,
    read_csv_rows,
    unprotect_text,
    write_csv,
)
from app.io.tables import Column, Kind, Table

TEXT = st.one_of(
    st.sampled_from(
        ["=1+1", "'=1", "''+x", "'plain", "'", "@SUM(A1)", "-1", "\t", "\r\n", "a;b,c"]
    ),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
)


@given(TEXT)
def test_protect_and_unprotect_are_inverse(text: str) -> None:
    protected = protect_text(text)
    assert unprotect_text(protected) == text
    assert not protected.startswith(FORMULA_STARTS)


def test_protection_examples() -> None:
    assert protect_text("=1") == "'=1"
    assert protect_text("'=1") == "''=1"
    assert protect_text("'plain") == "'plain"
    assert protect_text("1-") == "1-"
    assert unprotect_text("'plain") == "'plain"
    assert unprotect_text("'-5") == "-5"


@settings(max_examples=30)
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=6), st.sampled_from([";", ","]))
def test_rows_read_back_identical(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str]], delimiter: str
) -> None:
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    table = Table(
        "t",
        (Column("Number", Kind.INTEGER), Column("A"), Column("B")),
        [[number, a, b] for number, (a, b) in enumerate(rows)],
    )
    write_csv(path, table, delimiter=delimiter)
    content = read_csv(path)
    assert content.delimiter == delimiter and content.encoding == "utf-8-sig"
    assert content.header == ["Number", "A", "B"]
    assert content.rows == [[str(number), a, b] for number, (a, b) in enumerate(rows)]
    # no cell as Excel would see it starts a formula
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter=delimiter):
            assert not any(cell.startswith(FORMULA_STARTS) for cell in row)


def test_file_layout_and_number_formats(tmp_path: Path) -> None:
    table = Table(
        "t",
        (
            Column("Name"),
            Column("Done", Kind.PERCENT),
            Column("Cost", Kind.MONEY),
            Column("Float", Kind.NUMBER),
            Column("Start", Kind.DATETIME),
            Column("Day", Kind.DATE),
            Column("Flag", Kind.BOOLEAN),
        ),
        [
            [
                "a",
                0.5,
                Decimal("1234.5"),
                2.25,
                dt.datetime(2026, 1, 5, 8),
                dt.date(2026, 1, 9),
                True,
            ],
            ["b", 1, Decimal(0), -0.5, None, None, False],
        ],
    )
    path = tmp_path / "t.csv"
    write_csv(path, table)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfName;Done;Cost;Float;Start;Day;Flag\r\n")
    assert b"a;50%;1234,50;2,25;2026-01-05 08:00;2026-01-09;Yes\r\n" in data
    assert b"b;100%;0,00;-0,5;;;No\r\n" in data
    write_csv(path, table, delimiter=",")
    assert b"a,50%,1234.50,2.25,2026-01-05 08:00,2026-01-09,Yes\r\n" in path.read_bytes()


def test_reading_foreign_files(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(
        "Taak;Duur;Taak;\r\nOntwerp café;5 dagen\r\n\r\nBouw;10;x;y\r\n".encode("cp1252")
    )
    content = read_csv(path)
    assert content.encoding == "cp1252"
    assert content.header == ["Taak", "Duur", "Taak (2)", "Column 4"]
    assert read_csv_rows(path) == [
        {"Taak": "Ontwerp café", "Duur": "5 dagen", "Taak (2)": "", "Column 4": ""},
        {"Taak": "Bouw", "Duur": "10", "Taak (2)": "x", "Column 4": "y"},
    ]
    path.write_text('sep=,\nName,Notes\n"Café","two\nlines"\n', encoding="utf-8")
    assert read_csv_rows(path) == [{"Name": "Café", "Notes": "two\nlines"}]
    path.write_bytes(b"")
    assert read_csv_rows(path) == []


def test_delimiter_detection() -> None:
    assert detect_delimiter("a;b;c\n1;2;3\n") == ";"
    assert detect_delimiter("a,b,c\n1,2,3\n") == ","
    assert detect_delimiter('"x, y";b\n"1, 2";3\n') == ";"
    assert detect_delimiter("single\n") == ";"
    assert parse_csv("a,b\n'=1,2\n").rows == [["=1", "2"]]


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("a;b\n".encode("utf-16"))
    with pytest.raises(InputRefused, match="UTF-16"):
        read_csv(path)
    path.write_bytes(b"a;b\n\x81\x8d;x\n")
    with pytest.raises(InputRefused, match="neither UTF-8 nor Windows-1252"):
        read_csv(path)
    path.write_bytes(b"a;b\n" + b"x" * 200_000 + b";y\n")
    with pytest.raises(InputRefused, match="line 2"):
        read_csv(path)
