"""Fuzzing the Microsoft Project XML importer: whatever is done to a real MSPDI file, the reader,
the plan built from it and the import into a project file answer with data or one MspdiError
line, never another exception, and a refused import leaves no file behind.

Seeds are the smaller files of the shared corpus (``mspdi/``, up to ``SEED_BYTES``) and
``SMALL_MSPDI``, written by hand. Four runs mutate them: byte edits (flips, insertions,
deletions, truncations); structural edits that keep the XML well formed (absurd and malformed
durations, dates, numbers and codes, duplicate and dangling UIDs, link loops, outline jumps,
removed elements, huge and non-ASCII text); textual snippets (DOCTYPE, entities, deep nesting,
encodings); and structural edits through the whole import into a .koers file, scheduled
afterwards. Together they try more than 3,000 cases per run (derandomised, as the CI profile
is). Each run counts how many cases reached the data model, that is got past the size, sniff
and XML well-formedness checks into the record reader (``_Reader._project`` or a value
refusal from ``_Reader._fail``): at least half must, or the fuzzing would only exercise the
front door.

Last, the hand-written hostile files of tests/io/malformed/ (see malformed_mspdi.py): each is
refused with its own message and leaves nothing behind, or taken as the tests there say.
"""

from __future__ import annotations

import os
import random
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain.scheduler import CycleError, Scheduler
from app.io import mspdi_reader
from app.io.mspdi_plan import first_unschedulable, plan_from_mspdi
from app.io.mspdi_reader import MspdiError, parse_mspdi_bytes
from app.models.entities import Assignment
from app.services.import_mspdi import import_mspdi
from app.services.schedule import ProjectSchedule, read_schedule
from tests.conftest import corpus_dir
from tests.io.malformed_mspdi import (
    large_refused_files,
    large_taken_files,
    refused_files,
    small_files,
    taken_files,
)
from tests.io.mspdi_files import SMALL_MSPDI

MALFORMED = Path(__file__).parent / "malformed"
SEED_BYTES = 130_000  # larger corpus files add little but time
FALLBACK = "cannot be read as MS Project XML"  # the reader's last resort: never expected
BYTE_CASES = 1000
STRUCTURE_CASES = 1200
SNIPPET_CASES = 600
IMPORT_CASES = 200  # each writes a project file and schedules it
IMPORT_SEEDS = (
    "small.xml",
    "mpxj__mspdirelations.xml",
    "mpxj__task-links-project2019-mspdi.xml",
    "mpxjconv__CalculateWorkHours_holiday.xml",
    "mpxj__legacy__sample.xml",
)

DURATION_TAGS = frozenset(
    {"Duration", "Work", "ActualDuration", "RemainingDuration", "RegularWork", "ActualWork"}
    | {"RemainingWork"}
)
DATE_TAGS = frozenset(
    {"Start", "Finish", "StartDate", "FinishDate", "CurrentDate", "StatusDate", "ConstraintDate"}
    | {"Deadline", "ActualStart", "ActualFinish", "ManualStart", "ManualFinish", "EarlyStart"}
    | {"EarlyFinish", "LateStart", "LateFinish", "FromDate", "ToDate", "Stop", "Resume"}
)
CODE_TAGS = frozenset(
    {"Type", "ConstraintType", "LagFormat", "DurationFormat", "DayType", "FixedCostAccrual"}
    | {"WorkContour", "DayWorking", "Milestone", "Summary", "Manual", "Active", "IsNull"}
    | {"CrossProject", "IsBaseCalendar", "DefaultTaskType", "Month", "MonthItem", "DaysOfWeek"}
    | {"MonthPosition", "MonthDay", "Period", "Occurrences", "EnteredByOccurrences"}
    | {"ScheduleFromStart", "IsCostResource", "Estimated", "EffortDriven", "Number"}
)
REFERENCE_TAGS = ("PredecessorUID", "TaskUID", "ResourceUID", "CalendarUID", "BaseCalendarUID")
TEXT_TAGS = ("Name", "Notes", "Title", "WBS", "OutlineNumber", "Initials", "Group")
SECTIONS = ("Tasks", "Resources", "Assignments", "Calendars")
RECORDS = ("Task", "Resource", "Assignment", "Calendar")
REQUIRED_TAGS = ("UID", "PredecessorUID", "TaskUID", "ResourceUID", "DayType", "FromDate")
DURATIONS = [
    "PT1000000000000000H0M0S",  # 10^15 hours
    "PT1" + "0" * 300 + "H0M0S",  # 10^300 hours
    "PT" + "9" * 400 + "H",
    "PT1e300H",
    "PT-8H0M0S",
    "-PT8H0M0S",
    "PT99999999999H0M0S",
    "PT1666666H0M0S",  # just below the reader's limit, far beyond 2149 in working time
    "PT400000H0M0S",
    "P99999D",
    "P1Y2M3W4DT5H6M7S",
    "PT8.5H",
    "PT0.0000001S",
    "PT",
    "P",
    "PT8H0M0S junk",
    "PTNaNH",
    "PTinfH",
    "P-1D",
    "PT+8H",
    "8",
    "",
    " ",
    "PT0H0M0S",
    "PT8H0M0S",
    "PT4800H0M0S",
]
DATES = [
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59",
    "1983-12-31T23:59:59",
    "1984-01-01T00:00:00",
    "2149-12-31T23:59:59",
    "2149-12-31T23:00:00",
    "2150-01-01T00:00:00",
    "2024-02-30T08:00:00",
    "2024-01-01T24:00:00",
    "2024-01-01",
    "2024-01-01T08:00:00Z",
    "2024-01-01T08:00:00+02:00",
    "2024-01-01T08:00:00.999999",
    "2024-W01-1",
    "+12024-01-01T00:00:00",
    "1970-01-01T00:00:00",
    "",
    "NaN",
]
NUMBERS = [
    "-1",
    "0",
    "1",
    "2",
    "-2147483648",
    "2147483647",
    "2147483648",
    "1000000000000000",
    "-1000000000000000",
    "1" + "0" * 300,
    "1e300",
    "-1e300",
    "1e-300",
    "NaN",
    "inf",
    "-inf",
    "1.5",
    "1.00",
    "1_000",
    "٣",
    "0x10",
    "",
    " 7 ",
]
CODES = ["-1", "0", "1", "3", "4", "7", "8", "9", "12", "19", "20", "21", "53", "54", "99"]
CODES += ["65535", "2147483648", "yes", "true", "", "1.5"]
REFERENCES = ["999999", "-1", "-2", "-65535", "0", "2147483647", "2147483648", "1.0", "x", ""]
OUTLINE_LEVELS = ["0", "1", "2", "5", "50", "998", "999", "1000", "-1", "1000000", "1e3", ""]
LAGS = ["-4800", "-999999999", "999999999", "-1000000000", "-2147483648", "1e9", "4800.5"]
LAGS += ["0", "-100", "100000", "-100001", "480"]
NON_ASCII = [
    "Ontwerp ✓ fase één",
    "设计阶段",
    "Проект",
    "\u202eevil\u202c",
    "e\u0301\u0301\u0301",
    "🚀" * 50,
    "\u2028\u2029",
    "\ufeff",
    "\U0010fffd",
    "&<>\"'",
]
HUGE_TEXTS = ["x" * 100_001, "é" * 60_000, "a " * 50_001, "\t\n" * 1000]
KINDS = [
    "duration",
    "date",
    "number",
    "code",
    "duplicate uid",
    "dangling",
    "cycle",
    "outline",
    "lag",
    "remove",
    "huge text",
    "non-ASCII",
    "swap",
    "copy record",
    "empty",
]
IMPORT_KINDS = ["cycle", "cycle", "duration", "duration", "lag", "date", "outline", "code"]
IMPORT_KINDS += ["dangling", "duplicate uid", "remove", "number"]
# Raw edits mostly break the XML (the parser's refusals); edits inside text keep it well formed.
BYTE_KINDS = ["flip", "insert", "delete", "truncate"] + ["text flip", "text insert"] * 5
BYTE_KINDS += ["text delete"] * 2
CHARACTERS = [b"9", b"0", b"-", b"+", b".", b",", b":", b"T", b"P", b"H", b"x", b" ", b"\t"]
CHARACTERS += ["é".encode(), "\u2028".encode(), "€".encode(), b"\xc3", b"&amp;", b"&#8364;"]
# Before the root element: every one of them is refused, mostly as a DOCTYPE.
PROLOGS = [
    b"<!DOCTYPE Project>",
    b'<!DOCTYPE Project [<!ENTITY e "x">]>',
    b'<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE Project SYSTEM "http://example.invalid/project.dtd">',
    b'<!DOCTYPE Project [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    b'<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b'<?xml version="1.0" encoding="UTF-7"?>',
    b"\x00",
    b"\xff\xfe",
    b"<Project>",
]
# Before an element inside <Project>: mostly well formed, so the records are read.
INSIDE = [
    b"&xxe;",
    b"&#0;",
    b"&#x110000;",
    b"]]>",
    b"</Project>",
    b"<x>" * 50_000,
    b"&#65;",
    b"<![CDATA[<Task><UID>1</UID></Task>]]>",
    b"<!-- a comment -->",
    b"<?pi data?>",
    b"<Task/>",
    b"<Task><UID>1</UID></Task>",
    b"<Tasks><Task><UID>1</UID><PredecessorLink><PredecessorUID>1</PredecessorUID>"
    b"</PredecessorLink></Task></Tasks>",
    b"<Tasks><Task><UID>77</UID><Duration>PT99999999999H0M0S</Duration></Task></Tasks>",
    b"<Tasks><Task><UID>78</UID><OutlineLevel>999</OutlineLevel><Start>2149-12-31T23:00:00"
    b"</Start><Duration>PT800H0M0S</Duration><ConstraintType>2</ConstraintType>"
    b"<ConstraintDate>2149-12-31T23:00:00</ConstraintDate></Task></Tasks>",
    b"<Calendars><Calendar><UID>1</UID></Calendar></Calendars>",
    b"<Resources><Resource/></Resources>",
    b"<Assignments><Assignment><UID>1</UID></Assignment></Assignments>",
    b"<PredecessorLink><PredecessorUID>0</PredecessorUID></PredecessorLink>",
    b"<PredecessorLink><PredecessorUID>1</PredecessorUID><LinkLag>-2147483648</LinkLag>"
    b"</PredecessorLink>",
    b"<x>" * 1200 + b"</x>" * 1200,
    b"<x>" * 50_000 + b"</x>" * 50_000,
    b"<Notes>" + b"x" * 200_000 + b"</Notes>",
    "<Name>Ontwerp ✓ 设计 \u202e🚀</Name>".encode(),
    b"<Unknown xmlns='urn:other'><UID>1</UID></Unknown>",
    b"<p:Task xmlns:p='http://schemas.microsoft.com/project'><p:UID>5</p:UID></p:Task>",
    b"<ExtendedAttributes><ExtendedAttribute><FieldID>1</FieldID></ExtendedAttribute>"
    b"</ExtendedAttributes>",
    b"<Views><View><Name>x</Name></View></Views>",
    b"<OutlineLevel>999</OutlineLevel>",
    b"<UID>2147483647</UID>",
    b"<Duration>-PT8H0M0S</Duration>",
    b" " * 5000,
]
SNIPPETS = [(True, snippet) for snippet in PROLOGS] + [(False, snippet) for snippet in INSIDE]
_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?<\?xml[^>]*\?>\s*")
_TEXT = re.compile(rb">([^<]+)<")
_START = re.compile(rb"<(?![?!/])")
_LEAF = re.compile(rb"<([A-Za-z]+)>([^<]*)</\1>")
_NUMERIC = re.compile(rb"\s*-?\d+(\.\d+)?\s*")


def examples(count: int) -> int:
    """At least ``count`` examples; more when the profile searches harder."""
    return max(settings().max_examples, count)


# ----- seeds ----------------------------------------------------------------------------------


def load_seeds() -> dict[str, bytes]:
    """The small corpus files and SMALL_MSPDI; the corpus as conftest finds it (required when
    KOERS_REQUIRE_CORPUS=1; without it only SMALL_MSPDI is fuzzed)."""
    seeds = {"small.xml": SMALL_MSPDI}
    folder = corpus_dir() / "mspdi"
    if not folder.is_dir():
        if os.environ.get("KOERS_REQUIRE_CORPUS") == "1":
            pytest.fail(f"KOERS_REQUIRE_CORPUS=1 but the corpus is missing at {folder}")
        return seeds
    for path in sorted(folder.glob("*.xml")):
        if path.stat().st_size <= SEED_BYTES:
            seeds[path.name] = path.read_bytes()
    return seeds


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return load_seeds()


# ----- counting and checking ------------------------------------------------------------------


@contextmanager
def counting() -> Iterator[Counter[str]]:
    """Count the cases, how many reached the XML parser (past the size and sniff checks), and
    how many reached the data model (a well-formed document read to the end, or a record
    refused for its values)."""
    counter: Counter[str] = Counter()
    parse: Callable[..., Any] = mspdi_reader._parse
    project: Callable[..., Any] = mspdi_reader._Reader._project
    fail: Callable[..., Any] = mspdi_reader._Reader._fail

    def parsing(*args: Any) -> Any:
        counter["parse calls"] += 1
        return parse(*args)

    def modelling(self: Any, *args: Any) -> Any:
        counter["model calls"] += 1
        return project(self, *args)

    def failing(self: Any, *args: Any) -> Any:
        counter["model calls"] += 1
        return fail(self, *args)

    with (
        mock.patch.object(mspdi_reader, "_parse", side_effect=parsing),
        mock.patch.object(mspdi_reader._Reader, "_project", modelling),
        mock.patch.object(mspdi_reader._Reader, "_fail", failing),
    ):
        yield counter


@contextmanager
def case(counter: Counter[str]) -> Iterator[None]:
    """One case: counted, and whether it reached the parser and the data model."""
    counter["cases"] += 1
    parsed, modelled = counter["parse calls"], counter["model calls"]
    try:
        yield
    finally:
        counter["parsed"] += counter["parse calls"] > parsed
        counter["modelled"] += counter["model calls"] > modelled


def check_refusal(error: MspdiError, source: str) -> None:
    message = str(error)
    assert "\n" not in message and "Traceback" not in message, message
    assert message.startswith(f"{source}: "), message
    assert FALLBACK not in message, message  # an unforeseen error the reader only caught


def read_or_refuse(data: bytes, counter: Counter[str]) -> None:
    """Read ``data``; when it reads, build the plan and schedule it too."""
    with case(counter):
        try:
            project = parse_mspdi_bytes(data, "fuzz.xml")
        except MspdiError as error:
            check_refusal(error, "fuzz.xml")
            counter["refused"] += 1
            return
        plan = plan_from_mspdi(project).plan
        try:
            Scheduler(plan).run()
        except CycleError:
            counter["loops"] += 1  # the import refuses these; koers schedule names the loop
        except ValueError as error:
            # Runs off the calendar's 1984-2149: the import refuses it, naming the task.
            assert re.search(r"no working time|is outside 1984-2149", str(error)), error
            first_unschedulable(project)
            counter["unschedulable"] += 1
        counter["read"] += 1


def report(name: str, counter: Counter[str], wanted: int) -> None:
    cases = counter["cases"]
    print(
        f"{name}: {cases} cases, {counter['parsed']} ({counter['parsed'] / cases:.0%}) reached "
        f"the parser, {counter['modelled']} ({counter['modelled'] / cases:.0%}) the data model; "
        f"{counter['read']} read, {counter['imported']} imported, {counter['refused']} refused"
    )
    assert cases >= wanted
    assert counter["modelled"] >= cases / 2, counter


# ----- mutations ------------------------------------------------------------------------------


class Document:
    """A seed edited as bytes, element by element, so the XML stays well formed (and serialising
    a tree, slower than reading it, is not needed): leaves are ``<Tag>text</Tag>``, records
    ``<Task>…</Task>`` and the like (MSPDI nests neither in itself)."""

    def __init__(self, data: bytes, choice: random.Random) -> None:
        self.data = data
        self.choice = choice

    def replace(self, start: int, end: int, new: bytes) -> None:
        self.data = self.data[:start] + new + self.data[end:]

    def leaves(self, tags: Collection[str] | None = None) -> list[re.Match[bytes]]:
        found = _LEAF.finditer(self.data)
        if tags is None:
            return list(found)
        return [m for m in found if m.group(1).decode() in tags]

    def records(self, tag: str) -> list[re.Match[bytes]]:
        return list(re.finditer(rb"<%s>.*?</%s>" % (tag.encode(), tag.encode()), self.data, re.S))

    def set_text(self, match: re.Match[bytes], value: str) -> None:
        self.replace(match.start(2), match.end(2), _text(value))

    def insert_into(self, record: re.Match[bytes] | None, fragment: bytes) -> None:
        """``fragment`` as the last child of ``record`` (of <Project> when None)."""
        if record is None:
            at = self.data.rindex(b"</")
        else:
            at = record.end() - len(record.group().rsplit(b"</", 1)[1]) - 2
        self.replace(at, at, fragment)

    def set_some(self, tags: Collection[str], values: list[str]) -> None:
        """Set one of the leaves named ``tags`` (or one added to a task) to one of ``values``."""
        choice = self.choice
        found = self.leaves(tags)
        if found and choice.random() < 0.8:
            self.set_text(choice.choice(found), choice.choice(values))
            return
        tasks = self.records("Task")
        tag = choice.choice(sorted(tags)).encode()
        fragment = b"<%s>%s</%s>" % (tag, _text(choice.choice(values)), tag)
        self.insert_into(choice.choice(tasks) if tasks else None, fragment)

    def uid(self, record: re.Match[bytes]) -> str:
        found = re.search(rb"<UID>([^<]*)</UID>", record.group())
        return found.group(1).decode().strip() if found else ""

    def set_field(self, record: re.Match[bytes], tag: str, value: str) -> None:
        """The first ``tag`` leaf inside ``record`` set to ``value`` (added when missing)."""
        pattern = rb"<%s>([^<]*)</%s>" % (tag.encode(), tag.encode())
        found = re.compile(pattern).search(self.data, record.start(), record.end())
        if found is None:
            self.insert_into(record, b"<%s>%s</%s>" % (tag.encode(), _text(value), tag.encode()))
        else:
            self.replace(found.start(1), found.end(1), _text(value))

    def link(self, predecessor: str) -> bytes:
        choice = self.choice
        return (
            b"<PredecessorLink><PredecessorUID>%s</PredecessorUID><Type>%d</Type>"
            b"<CrossProject>0</CrossProject><LinkLag>%s</LinkLag><LagFormat>%s</LagFormat>"
            b"</PredecessorLink>"
            % (
                _text(predecessor),
                choice.randrange(4),
                choice.choice([b"0", b"0", b"4800", b"-4800", b"-50"]),
                choice.choice([b"7", b"7", b"8", b"19", b"20"]),
            )
        )

    def mutate(self, kind: str) -> None:
        choice = self.choice
        if kind == "duration":
            self.set_some(DURATION_TAGS, DURATIONS)
        elif kind == "date":
            self.set_some(DATE_TAGS, DATES)
        elif kind == "number":
            numeric = [m for m in self.leaves() if _NUMERIC.fullmatch(m.group(2))]
            if numeric:
                self.set_text(choice.choice(numeric), choice.choice(NUMBERS))
        elif kind == "code":
            self.set_some(CODE_TAGS, CODES)
        elif kind == "dangling":
            self.set_some(REFERENCE_TAGS, REFERENCES)
        elif kind == "outline":
            self.set_some(("OutlineLevel",), OUTLINE_LEVELS)
        elif kind == "lag":
            self.edit_lag()
        elif kind == "cycle":
            self.make_loop()
        elif kind in ("duplicate uid", "copy record", "swap"):
            self.edit_records(kind)
        elif kind == "remove":
            self.remove()
        elif kind == "huge text":
            self.set_some(TEXT_TAGS, HUGE_TEXTS)
        elif kind == "non-ASCII":
            texts = [m for m in self.leaves() if m.group(2).strip()]
            if texts:
                target = choice.choice(texts)
                self.replace(target.start(2), target.start(2), _text(choice.choice(NON_ASCII)))
        else:  # empty
            leaves = self.leaves()
            if leaves:
                self.set_text(choice.choice(leaves), choice.choice(["", " "]))

    def edit_lag(self) -> None:
        choice = self.choice
        links = self.records("PredecessorLink")
        tasks = self.records("Task")
        if not links and len(tasks) > 1:
            self.insert_into(tasks[-1], self.link(self.uid(tasks[0])))
            links = self.records("PredecessorLink")
        if links:
            self.set_field(choice.choice(links), "LinkLag", choice.choice(LAGS))
            link = choice.choice(self.records("PredecessorLink"))
            self.set_field(link, "LagFormat", choice.choice([*CODES, "7", "8", "19", "20"]))

    def make_loop(self) -> None:
        """Links A→B→A, A→B→C→A, A→A, or a task linked to its own summary."""
        choice = self.choice
        tasks = [t for t in self.records("Task") if self.uid(t)]
        if not tasks:
            return
        size = min(len(tasks), choice.choice([1, 2, 2, 3]))
        if size > 1 and choice.random() < 0.3:
            first = choice.randrange(len(tasks) - size + 1)
            loop = tasks[first : first + size]  # neighbours: often a summary and its child
        else:
            loop = choice.sample(tasks, size)
        links = [(successor, self.link(self.uid(loop[i - 1]))) for i, successor in enumerate(loop)]
        for successor, link in sorted(links, key=lambda pair: -pair[0].start()):
            self.insert_into(successor, link)  # from the end, so earlier offsets stay right

    def edit_records(self, kind: str) -> None:
        choice = self.choice
        records = self.records(choice.choice(RECORDS))
        if not records:
            return
        one, other = choice.choice(records), choice.choice(records)
        if kind == "duplicate uid":
            self.set_field(one, "UID", self.uid(other) or "1")
        elif kind == "copy record":
            at = choice.choice([one.start(), one.end()])
            self.replace(at, at, other.group())
        elif one.start() != other.start():  # swap
            first, second = sorted((one, other), key=lambda m: m.start())
            self.replace(second.start(), second.end(), first.group())
            self.replace(first.start(), first.end(), second.group())

    def remove(self) -> None:
        """Drop an element: a required field, any leaf, a link, a record or a whole section."""
        choice = self.choice
        what = choice.randrange(5)
        if what == 0:
            found = self.leaves(REQUIRED_TAGS)
        elif what == 1:
            found = self.leaves()
        elif what == 2:
            found = self.records("PredecessorLink")
        elif what == 3:
            found = self.records(choice.choice(RECORDS))
        else:
            found = self.records(choice.choice(SECTIONS))
        if found:
            target = choice.choice(found)
            self.replace(target.start(), target.end(), b"")


def _text(value: str) -> bytes:
    return escape(value).encode()


def structural(data: bytes, kinds: list[str], seed: int) -> bytes:
    document = Document(data, random.Random(seed))
    for kind in kinds:
        document.mutate(kind)
    return document.data


def byte_edit(data: bytes, kind: str, choice: random.Random) -> bytes:
    if kind.startswith("text"):
        found = list(_TEXT.finditer(data))
        if found:
            match = choice.choice(found)
            at = choice.randrange(match.start(1), match.end(1))
            if kind == "text flip":
                return data[:at] + choice.choice(CHARACTERS) + data[at + 1 :]
            if kind == "text insert":
                junk = b"".join(choice.choices(CHARACTERS, k=choice.randrange(1, 9)))
                return data[:at] + junk + data[at:]
            return data[:at] + data[min(at + choice.randrange(1, 9), match.end(1)) :]
    at = choice.randrange(len(data) + 1)
    if kind == "flip" and at < len(data):
        return data[:at] + bytes([data[at] ^ choice.randrange(1, 256)]) + data[at + 1 :]
    if kind == "insert":
        junk = bytes(choice.randrange(256) for _ in range(choice.randrange(1, 9)))
        return data[:at] + junk + data[at:]
    if kind == "delete":
        return data[:at] + data[at + choice.randrange(1, 17) :]
    return data[:at]


def with_snippet(data: bytes, prolog: bool, snippet: bytes, choice: random.Random) -> bytes:
    """``snippet`` after the XML declaration, or before an element inside the root."""
    if prolog:
        match = _DECLARATION.match(data)
        at = match.end() if match else 0
    else:
        tags = [m.start() for m in _START.finditer(data)][1:]  # not before the root
        at = choice.choice(tags) if tags else len(data)
    return data[:at] + snippet + data[at:]


# ----- the runs -------------------------------------------------------------------------------


@pytest.mark.timeout(120)
def test_byte_edits(seeds: dict[str, bytes]) -> None:
    wanted = examples(BYTE_CASES)

    @settings(max_examples=wanted)
    @given(
        name=st.sampled_from(sorted(seeds)),
        kinds=st.lists(st.sampled_from(BYTE_KINDS), min_size=1, max_size=2),
        seed=st.integers(0, 2**32 - 1),
    )
    def check(name: str, kinds: list[str], seed: int) -> None:
        choice = random.Random(seed)
        data = seeds[name]
        for kind in kinds:
            data = byte_edit(data, kind, choice)
        read_or_refuse(data, counter)

    with counting() as counter:
        check()
    report("byte edits", counter, wanted)


@pytest.mark.timeout(120)
def test_structural_edits(seeds: dict[str, bytes]) -> None:
    wanted = examples(STRUCTURE_CASES)

    @settings(max_examples=wanted)
    @given(
        name=st.sampled_from(sorted(seeds)),
        kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3),
        seed=st.integers(0, 2**32 - 1),
    )
    def check(name: str, kinds: list[str], seed: int) -> None:
        read_or_refuse(structural(seeds[name], kinds, seed), counter)

    with counting() as counter:
        check()
    report("structural edits", counter, wanted)


@pytest.mark.timeout(120)
def test_snippets(seeds: dict[str, bytes]) -> None:
    wanted = examples(SNIPPET_CASES)

    @settings(max_examples=wanted)
    @given(
        name=st.sampled_from(sorted(seeds)),
        snippets=st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=2),
        seed=st.integers(0, 2**32 - 1),
    )
    def check(name: str, snippets: list[tuple[bool, bytes]], seed: int) -> None:
        choice = random.Random(seed)
        data = seeds[name]
        for prolog, snippet in snippets:
            data = with_snippet(data, prolog, snippet, choice)
        read_or_refuse(data, counter)

    with counting() as counter:
        check()
    report("snippets", counter, wanted)


@pytest.mark.timeout(120)
def test_whole_import_of_structural_edits(seeds: dict[str, bytes]) -> None:
    """Through import_mspdi into a project file, then scheduled: a loop or an absurd value is
    refused with one MspdiError line and leaves nothing behind; what is imported schedules."""
    wanted = examples(IMPORT_CASES)
    names = sorted(name for name in IMPORT_SEEDS if name in seeds)

    @settings(max_examples=wanted)
    @given(
        name=st.sampled_from(names),
        kinds=st.lists(st.sampled_from(IMPORT_KINDS), min_size=1, max_size=2),
        seed=st.integers(0, 2**32 - 1),
    )
    def check(name: str, kinds: list[str], seed: int) -> None:
        number = counter["cases"] + 1
        source = folder / f"case{number}.xml"
        source.write_bytes(structural(seeds[name], kinds, seed))
        dest = folder / f"case{number}.koers"
        with case(counter):
            try:
                store = import_mspdi(source, dest)
            except MspdiError as error:
                check_refusal(error, source.name)
                assert list(folder.iterdir()) == [source]  # no project, no temporary file
                counter["refused"] += 1
            else:
                try:
                    with store.new_session() as session:
                        computed = read_schedule(session)
                finally:
                    store.close()
                assert computed.cycle is None and computed.result is not None
                levels = [row.outline_level for row in computed.rows]
                assert all(b <= a + 1 for a, b in zip([0, *levels], levels, strict=False))
                counter["imported"] += 1
                dest.unlink()
        source.unlink()
        assert list(folder.iterdir()) == []

    with tempfile.TemporaryDirectory() as name, counting() as counter:
        folder = Path(name)
        check()
    report("whole import", counter, wanted)
    assert counter["imported"] > 0 and counter["refused"] > 0


# ----- hand-written hostile files -------------------------------------------------------------


def test_every_small_hostile_file_is_committed() -> None:
    committed = {path.name: path.read_bytes() for path in MALFORMED.glob("mspdi_*.xml")}
    assert committed == small_files()


def refuse(source: Path, dest: Path) -> str:
    """Import ``source``; the refusal's message. Fails when something else happens."""
    with pytest.raises(MspdiError) as refused:
        import_mspdi(source, dest)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(f"{source.name}: ")
    assert not dest.exists()
    return message


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(refused_files()))
def test_hostile_file_is_refused(name: str, tmp_path: Path) -> None:
    message = refuse(MALFORMED / name, tmp_path / "out.koers")
    assert refused_files()[name][1] in message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(large_refused_files()))
def test_large_hostile_file_is_refused(name: str, tmp_path: Path) -> None:
    data, expected = large_refused_files()[name]
    source = tmp_path / name
    source.write_bytes(data)
    assert expected in refuse(source, tmp_path / "out.koers")
    assert list(tmp_path.iterdir()) == [source]


def take(data: bytes, tmp_path: Path) -> tuple[ProjectSchedule, int]:
    """Import ``data`` and schedule it: the schedule and the number of assignments."""
    source = tmp_path / "odd.xml"
    source.write_bytes(data)
    store = import_mspdi(source, tmp_path / "odd.koers")
    try:
        with store.new_session() as session:
            computed = read_schedule(session)
            assignments = session.scalar(select(func.count()).select_from(Assignment))
    finally:
        store.close()
    assert computed.cycle is None and computed.result is not None
    assert [row.external_uid for row in computed.rows] == [1, 2, 3, 4, 5]
    return computed, assignments or 0


@pytest.mark.timeout(10)
def test_dangling_references_are_left_out(tmp_path: Path) -> None:
    computed, assignments = take(taken_files()["mspdi_dangling_references.xml"], tmp_path)
    assert len(computed.links) == 4 and assignments == 3  # as without them
    assert computed.rows[-1].calendar_id is None


@pytest.mark.timeout(10)
def test_an_outline_level_jump_is_one_level_deeper(tmp_path: Path) -> None:
    computed, _ = take(taken_files()["mspdi_outline_level_jump.xml"], tmp_path)
    assert [row.outline_level for row in computed.rows] == [1, 2, 2, 1, 1]
    assert [row.wbs for row in computed.rows] == ["1", "1.1", "1.2", "2", "3"]


@pytest.mark.timeout(10)
def test_a_negative_duration_is_none(tmp_path: Path) -> None:
    computed, _ = take(taken_files()["mspdi_negative_duration.xml"], tmp_path)
    assert computed.rows[3].duration_minutes == 0


@pytest.mark.timeout(10)
def test_names_keep_every_character(tmp_path: Path) -> None:
    computed, _ = take(taken_files()["mspdi_non_ascii.xml"], tmp_path)
    assert computed.rows[3].name == "Контроль ✓ 审查 \u202e🚀"


@pytest.mark.timeout(10)
def test_unknown_elements_are_skipped_however_deep(tmp_path: Path) -> None:
    computed, _ = take(large_taken_files()["mspdi_deep_nesting.xml"], tmp_path)
    assert computed.rows[3].name == "Review"
