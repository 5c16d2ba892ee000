"""Fuzzing the GanttProject importer: whatever is done to a small valid file, the reader and
the import answer with data or one GanError line, never another exception.

Four runs mutate the XML of a small valid .gan file: byte edits, attribute values, whole
lines and injected snippets, and attribute values through the whole import into a project
file. Together they try more than 3,000 cases per run (derandomised, as the CI profile is),
and count how many got past the size and "is this XML" checks into the XML parser: at least
half must, or the fuzzing would only exercise the front door.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.io import gan_reader
from app.io.gan_reader import GanError, parse_gan_bytes
from app.services.import_gan import import_gan
from tests.gan_files import SMALL_GAN

BASE = SMALL_GAN
ATTRIBUTES = [match.span(1) for match in re.finditer(rb'="([^"]*)"', BASE)]
LINES = BASE.split(b"\n")
NASTY_VALUES = [
    "",
    " ",
    "-1",
    "0",
    "1",
    "2",
    "5",
    "99",
    "2147483648",
    "1000000000000000",
    "-1000000000000000",
    "1e400",
    "NaN",
    "inf",
    "1.5",
    "1_000",
    "٣",
    "true",
    "TRUE",
    "false",
    "Rubber",
    "Soft",
    "HOLIDAY",
    "WORKING_DAY",
    "NEUTRAL",
    "1850-01-01",
    "2200-12-31",
    "2024-02-30",
    "2024-2-3",
    "0000-00-00",
    "9999999-01-01",
    "Default:1",
    "&amp;",
    "&lt;x&gt;",
    "x" * 300,
    "\t\n",
]
SNIPPETS = [
    b"<!DOCTYPE project>",
    b'<!DOCTYPE project [<!ENTITY e "x">]>',
    b"&e;",
    b"&#0;",
    b"&#x110000;",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b'<?xml version="1.0" encoding="UTF-7"?>',
    b"\x00",
    b"\xff\xfe",
    b"<task/>",
    b'<task id="0"/>',
    b'<task id="99" start="2024-01-01"><depend id="0" type="4" difference="-3"/></task>',
    b'<task id="98"><depend id="98"/></task>',
    b'<depend id="0"/>',
    b'<depend id="3" type="9"/>',
    b'<depend id="777"/>',
    b'<allocation task-id="2" resource-id="0" load="250"/>',
    b'<allocation task-id="42" resource-id="0"/>',
    b'<vacation start="2024-01-09" end="2024-01-08" resourceid="0"/>',
    b'<resource id="0" name="twin"/>',
    b'<date year="" month="2" date="29"/>',
    b'<date year="2024" month="0" date="1"/>',
    b'<previous-tasks name="b"><previous-task id="55" start="2024-01-01"/></previous-tasks>',
    b'<default-week sun="1" mon="1" tue="1" wed="1" thu="1" fri="1" sat="1"/>',
    b"<task>" * 120,
    b"<x>" * 1100,
    b"</project>",
]


def examples(count: int) -> int:
    """At least ``count`` examples; more when the profile searches harder."""
    return max(settings().max_examples, count)


@contextmanager
def counting() -> Iterator[Counter[str]]:
    """Count the cases and how many reached the XML parser (past the size and sniff checks)."""
    counter: Counter[str] = Counter()
    real: Callable[..., Any] = gan_reader._parse

    def parse(*args: Any) -> Any:
        counter["parsed"] += 1
        return real(*args)

    with mock.patch.object(gan_reader, "_parse", side_effect=parse):
        yield counter


def read_or_refuse(data: bytes, counter: Counter[str]) -> None:
    counter["cases"] += 1
    try:
        parse_gan_bytes(data, "fuzz.gan")
    except GanError as error:
        message = str(error)
        assert "\n" not in message and message.startswith("fuzz.gan: "), message
        counter["refused"] += 1


def report(name: str, counter: Counter[str], wanted: int) -> None:
    print(
        f"{name}: {counter['cases']} cases, {counter['parsed']} reached the parser, "
        f"{counter['refused']} refused"
    )
    assert counter["cases"] >= wanted
    assert counter["parsed"] >= counter["cases"] / 2


@pytest.mark.timeout(300)
def test_byte_edits() -> None:
    wanted = examples(1500)

    @settings(max_examples=wanted)
    @given(
        start=st.integers(0, len(BASE)),
        length=st.integers(0, 16),
        junk=st.binary(max_size=16),
    )
    def check(start: int, length: int, junk: bytes) -> None:
        read_or_refuse(BASE[:start] + junk + BASE[start + length :], counter)

    with counting() as counter:
        check()
    report("byte edits", counter, wanted)


values = st.one_of(
    st.sampled_from(NASTY_VALUES),
    st.text(max_size=24),
    st.integers(-(10**16), 10**16).map(str),
    st.dates().map(lambda d: d.isoformat()),
)


@pytest.mark.timeout(300)
def test_attribute_values() -> None:
    wanted = examples(1000)

    @settings(max_examples=wanted)
    @given(
        edits=st.lists(
            st.tuples(st.integers(0, len(ATTRIBUTES) - 1), values, st.booleans()),
            min_size=1,
            max_size=3,
        )
    )
    def check(edits: list[tuple[int, str, bool]]) -> None:
        data = BASE
        for index, value, escaped in sorted(edits, key=lambda e: -e[0]):
            start, end = ATTRIBUTES[index]
            text = escape(value, {'"': "&quot;"}) if escaped else value
            data = data[:start] + text.encode("utf-8", "surrogatepass") + data[end:]
        read_or_refuse(data, counter)

    with counting() as counter:
        check()
    report("attribute values", counter, wanted)


@pytest.mark.timeout(300)
def test_lines_and_snippets() -> None:
    wanted = examples(700)
    line = st.integers(0, len(LINES) - 1)
    edit = st.one_of(
        st.tuples(st.just("delete"), line, line),
        st.tuples(st.just("repeat"), line, line),
        st.tuples(st.just("swap"), line, line),
        st.tuples(st.just("insert"), line, st.integers(0, len(SNIPPETS) - 1)),
    )

    @settings(max_examples=wanted)
    @given(edits=st.lists(edit, min_size=1, max_size=3))
    def check(edits: list[tuple[str, int, int]]) -> None:
        lines = list(LINES)
        for kind, one, other in edits:
            first = one % len(lines)
            if kind == "delete":
                del lines[first : first + 1 + other % 3]
            elif kind == "repeat":
                lines.insert(first, lines[first])
            elif kind == "swap":
                second = other % len(lines)
                lines[first], lines[second] = lines[second], lines[first]
            else:
                lines.insert(first, SNIPPETS[other])
            if not lines:
                lines = [b""]
        read_or_refuse(b"\n".join(lines), counter)

    with counting() as counter:
        check()
    report("lines and snippets", counter, wanted)


@pytest.mark.timeout(300)
def test_whole_import_of_edited_values() -> None:
    """Through import_gan into a project file: the service adds no other failure."""
    wanted = examples(150)
    imported: Counter[str] = Counter()

    @settings(max_examples=wanted)
    @given(
        edits=st.lists(
            st.tuples(st.integers(0, len(ATTRIBUTES) - 1), values),
            min_size=1,
            max_size=2,
        )
    )
    def check(edits: list[tuple[int, str]]) -> None:
        data = BASE
        for index, value in sorted(edits, key=lambda e: -e[0]):
            start, end = ATTRIBUTES[index]
            data = data[:start] + escape(value, {'"': "&quot;"}).encode() + data[end:]
        counter["cases"] += 1
        number = counter["cases"]
        source = folder / f"case{number}.gan"
        source.write_bytes(data)
        dest = folder / f"case{number}.koers"
        try:
            import_gan(source, dest)
        except GanError as error:
            message = str(error)
            assert "\n" not in message and message.startswith(source.name + ": "), message
            assert not dest.exists()
            counter["refused"] += 1
        else:
            imported["ok"] += 1
            dest.unlink()
        source.unlink()

    with tempfile.TemporaryDirectory() as name, counting() as counter:
        folder = Path(name)
        check()
    report("whole import", counter, wanted)
    assert imported["ok"] > 0 and counter["refused"] > 0
