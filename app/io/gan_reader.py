"""Read GanttProject (.gan) files safely, in one streaming pass, into GanProject data."""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, XMLPullParser
from xml.parsers.expat import errors as expat_errors

from defusedxml.common import (  # type: ignore[import-untyped]
    DefusedXmlException,
    DTDForbidden,
)
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from app.domain.errors import InputRefused
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, MAX_TEXT_LENGTH
from app.io.gan_data import (
    DEPEND_FS,
    DEPEND_TYPE_NAMES,
    HOLIDAY,
    NEUTRAL,
    RUBBER,
    STRONG,
    WORKING_DAY,
    GanAllocation,
    GanBaseline,
    GanBaselineTask,
    GanCalendar,
    GanCalendarDate,
    GanDependency,
    GanProject,
    GanResource,
    GanRole,
    GanTask,
    GanVacation,
)

MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_DAYS = 60_000  # 1984–2149 holds about 60,600 days: no duration or lag can be longer
MAX_ID = 2**31 - 1
MAX_LOAD_PERCENT = 100_000.0  # a thousand people's worth on one allocation
MAX_RATE = Decimal(10**12)
MAX_TASK_DEPTH = 100  # tasks within tasks
MAX_ELEMENT_DEPTH = 1_000  # any elements within elements

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CHUNK_BYTES = 64 * 1024
_SNIFF_BYTES = 4096
_TRUNCATED_REASONS = {
    expat_errors.XML_ERROR_NO_ELEMENTS,
    expat_errors.XML_ERROR_UNCLOSED_TOKEN,
    expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    expat_errors.XML_ERROR_PARTIAL_CHAR,
}
_ENCODING_REASONS = {
    expat_errors.XML_ERROR_UNKNOWN_ENCODING,
    expat_errors.XML_ERROR_INCORRECT_ENCODING,
}
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']{0,60})["']""")
_INTEGER = re.compile(r"[+-]?[0-9]{1,20}(?:\.0*)?")
_DECIMAL = re.compile(
    r"[+-]?(?:[0-9]{1,20}(?:\.[0-9]{0,20})?|\.[0-9]{1,20})(?:[eE][+-]?[0-9]{1,3})?"
)
_DATE = re.compile(r"([0-9]{1,6})-([0-9]{1,2})-([0-9]{1,2})")
_HARDNESS = {"strong": STRONG, "rubber": RUBBER}
_DATE_TYPES = {"": HOLIDAY, HOLIDAY: HOLIDAY, WORKING_DAY: WORKING_DAY, NEUTRAL: NEUTRAL}
# <default-week sun= mon= …>: the attribute of each Koers week day, Monday first.
_WEEK_ATTRIBUTES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DEPEND_TYPES = "a dependency type (1 SS, 2 FS, 3 FF, 4 SF)"
MAX_NAME = 255
# What an element is, from what its parent is and its own tag; anything else is skipped.
_KINDS = {
    ("project", "description"): "description",
    ("project", "tasks"): "tasks",
    ("tasks", "taskproperties"): "taskproperties",
    ("taskproperties", "taskproperty"): "taskproperty",
    ("tasks", "task"): "task",
    ("task", "task"): "task",
    ("task", "depend"): "depend",
    ("task", "notes"): "notes",
    ("task", "customproperty"): "customproperty",
    ("project", "calendars"): "calendars",
    ("calendars", "day-types"): "day-types",
    ("day-types", "default-week"): "default-week",
    ("day-types", "only-show-weekends"): "only-show-weekends",
    ("calendars", "date"): "date",
    ("project", "resources"): "resources",
    ("resources", "resource"): "resource",
    ("resource", "rate"): "rate",
    ("project", "allocations"): "allocations",
    ("allocations", "allocation"): "allocation",
    ("project", "vacations"): "vacations",
    ("vacations", "vacation"): "vacation",
    ("project", "roles"): "roles",
    ("roles", "role"): "role",
    ("project", "previous"): "previous",
    ("previous", "previous-tasks"): "previous-tasks",
    ("previous-tasks", "previous-task"): "previous-task",
}


class GanError(InputRefused):
    """A file cannot be read as a GanttProject file; the message is one line saying what and
    where."""


class _Bad(Exception):
    """A value is wrong; the record reader adds where it is."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem


Attributes = dict[str, str]


def read_gan(path: Path) -> GanProject:
    """Read a .gan file; every refusal is a GanError with a one-line message."""
    source = path.name or str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise GanError(f"{source}: cannot be opened: {error.strerror or error}") from None
    with stream:
        try:
            size = os.fstat(stream.fileno()).st_size
            _check_size(size, source)
            head = stream.read(_SNIFF_BYTES)
            _sniff(head, source)
            stream.seek(0)
        except OSError as error:
            raise GanError(f"{source}: cannot be read: {error.strerror or error}") from None
        return _parse(stream, source, head)


def parse_gan_bytes(data: bytes, source: str = "<bytes>") -> GanProject:
    """Read .gan XML from bytes; ``source`` names the data in messages."""
    _check_size(len(data), source)
    head = data[:_SNIFF_BYTES]
    _sniff(head, source)
    return _parse(io.BytesIO(data), source, head)


def _check_size(size: int, source: str) -> None:
    if size > MAX_FILE_BYTES:
        raise GanError(
            f"{source}: is {size / 1024 / 1024:.0f} MB; GanttProject files are read up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB"
        )
    if size == 0:
        raise GanError(f"{source}: is empty")


def _sniff(head: bytes, source: str) -> None:
    """Refuse the commonest wrong files before the XML parser sees them."""
    if head.startswith(_OLE2_MAGIC):
        raise GanError(
            f"{source}: is a binary Office file (such as .mpp or .xls), not a GanttProject file"
        )
    if head.startswith(_ZIP_MAGIC):
        raise GanError(f"{source}: is a ZIP archive (such as .xlsx), not a GanttProject file")
    if not head.strip():
        if len(head) < _SNIFF_BYTES:
            raise GanError(f"{source}: is empty (only white space)")
        return  # a long run of white space: the parser decides
    if head.startswith(_BOMS[1:]) or head[:2] in (b"<\x00", b"\x00<"):
        return  # UTF-16: the parser decides
    text = head[3:] if head.startswith(_BOMS[0]) else head
    if not text.lstrip().startswith(b"<") or b"\x00" in text:
        raise GanError(f"{source}: is not an XML file (it does not start with '<')")


def _parse(stream: IO[bytes], source: str, head: bytes) -> GanProject:
    reader = _Reader(source)
    try:
        return reader.run(stream)
    except GanError:
        raise
    except DTDForbidden:
        raise GanError(
            f"{source}: contains a DOCTYPE declaration; GanttProject files have none, and DTDs "
            "and entities are refused for safety"
        ) from None
    except DefusedXmlException:
        raise GanError(
            f"{source}: declares or references XML entities, which are refused for safety"
        ) from None
    except ParseError as error:
        raise GanError(_parse_error_message(error, source, reader.started, head)) from None
    except OSError as error:
        raise GanError(f"{source}: cannot be read: {error.strerror or error}") from None
    except (ValueError, LookupError, ArithmeticError) as error:
        detail = " ".join(str(error).split())[:200]
        if "encoding" in detail:  # from the codec lookup of an encoding expat does not know
            raise GanError(_encoding_message(source, head)) from None
        raise GanError(f"{source}: cannot be read as a GanttProject file: {detail}") from None


def _encoding_message(source: str, head: bytes) -> str:
    declared = _DECLARED_ENCODING.match(head)
    name = declared.group(1).decode("ascii", "replace") if declared else ""
    named = f" {name!r}" if name else ""
    return (
        f"{source}: declares an encoding{named} that is unknown, unsupported or does not match "
        "its bytes; GanttProject writes UTF-8"
    )


def _parse_error_message(error: ParseError, source: str, started: bool, head: bytes) -> str:
    line, column = getattr(error, "position", (0, 0))
    reason = str(error).split(": line", 1)[0]
    if reason in _ENCODING_REASONS:
        return _encoding_message(source, head)
    if reason in _TRUNCATED_REASONS:
        if not started:
            return f"{source}: contains no XML element"
        return f"{source}: ends too early at line {line}, column {column}; the file is truncated"
    return f"{source}: is not well-formed XML: {reason} at line {line}, column {column}"


class _RootReached(Exception):
    """The guard has seen the root element start: the prolog held no DOCTYPE."""


class _PrologGuard:
    """Target of defusedxml's parser for the prolog; it stops at the root element."""

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        """Never reached: the guard stops at the first start tag."""

    def data(self, data: str) -> None:
        """Text before the root element is white space; nothing to keep."""

    def close(self) -> None:
        """Nothing was built."""


def _show(value: str) -> str:
    """A value for a message: quoted, on one line, at most 40 characters."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


# ----- values ---------------------------------------------------------------------------------


def _text(attributes: Attributes, key: str) -> str:
    text = attributes.get(key, "")
    if len(text) > MAX_TEXT_LENGTH:
        raise _Bad(key, f"is longer than {MAX_TEXT_LENGTH:,} characters")
    return text


def _long_text(field: str, text: str | None) -> str:
    if text is None:
        return ""
    if len(text) > MAX_TEXT_LENGTH:
        raise _Bad(field, f"is longer than {MAX_TEXT_LENGTH:,} characters")
    return text


def _bool(attributes: Attributes, key: str) -> bool:
    """As GanttProject reads it (Boolean.parseBoolean): "true" in any case is true."""
    return attributes.get(key, "").strip().lower() == "true"


def _int(attributes: Attributes, key: str, low: int, high: int) -> int | None:
    text = attributes.get(key)
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _INTEGER.fullmatch(value):
        raise _Bad(key, f"{_show(text)} is not a whole number")
    number = int(value.split(".", 1)[0])
    if not low <= number <= high:
        raise _Bad(key, f"{_show(text)} is out of range ({low:,} to {high:,})")
    return number


def _required_int(attributes: Attributes, key: str, low: int, high: int) -> int:
    value = _int(attributes, key, low, high)
    if value is None:
        raise _Bad(key, "is missing")
    return value


def _float(attributes: Attributes, key: str, low: float, high: float) -> float | None:
    text = attributes.get(key)
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _DECIMAL.fullmatch(value):
        raise _Bad(key, f"{_show(text)} is not a number")
    number = float(value)
    if not (math.isfinite(number) and low <= number <= high):
        raise _Bad(key, f"{_show(text)} is out of range ({low:g} to {high:g})")
    return number


def _decimal(attributes: Attributes, key: str, limit: Decimal) -> Decimal | None:
    text = attributes.get(key)
    if text is None or not text.strip():
        return None
    value = text.strip()
    if not _DECIMAL.fullmatch(value):
        raise _Bad(key, f"{_show(text)} is not a number")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _Bad(key, f"{_show(text)} is not a number") from None
    if not number.is_finite() or abs(number) > limit:
        raise _Bad(key, f"{_show(text)} is an absurd amount")
    return number


def _date_of(key: str, text: str) -> dt.date:
    match = _DATE.fullmatch(text.strip())
    if match is None:
        raise _Bad(key, f"{_show(text)} is not a date (YYYY-MM-DD)")
    year, month, day = (int(part) for part in match.groups())
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise _Bad(key, f"{_show(text)} is not a date (YYYY-MM-DD)") from None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise _Bad(
            key,
            f"{_show(text)} is outside the dates Koers accepts "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})",
        )
    return value


def _date(attributes: Attributes, key: str) -> dt.date | None:
    text = attributes.get(key)
    if text is None or not text.strip():
        return None
    return _date_of(key, text)


def _required_date(attributes: Attributes, key: str) -> dt.date:
    value = _date(attributes, key)
    if value is None:
        raise _Bad(key, "is missing")
    return value


# ----- the document ---------------------------------------------------------------------------


class _Reader:
    """One pass over the document, element by element: each record is read from its start tag
    (or, for text, its end tag) and then dropped, so memory stays small for large files."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.started = False
        self.elements: list[Element] = []  # the open elements, the root first
        self.tags: list[str] = []
        self.kinds: list[str] = []  # what each open element is ("" for skipped ones)
        self.project: Attributes = {}
        self.description = ""
        self.empty_milestones = True
        self.open_tasks: list[dict[str, Any]] = []  # the tasks whose end tag is still to come
        self.task_fields: list[dict[str, Any]] = []  # every task's fields, in document order
        self.depends: list[int] = []  # per open task: how many <depend> read so far
        self.dependencies: list[GanDependency] = []
        self.weekend: tuple[bool, ...] = (False, False, False, False, False, True, True)
        self.tasks_run_on_weekends = False
        self.base_id = ""
        self.dates: list[GanCalendarDate] = []
        self.resources: list[GanResource] = []
        self.resource_rate: dict[int, Decimal] = {}
        self.allocations: list[GanAllocation] = []
        self.vacations: list[GanVacation] = []
        self.roles: list[GanRole] = []
        self.baselines: list[tuple[str, list[GanBaselineTask]]] = []
        self.task_properties: list[tuple[str, str]] = []
        self.on_start: dict[str, Callable[[Attributes], None]] = {
            "tasks": self._tasks,
            "taskproperty": self._task_property,
            "task": self._task,
            "depend": self._depend,
            "customproperty": self._custom_value,
            "calendars": self._calendars,
            "default-week": self._default_week,
            "only-show-weekends": self._only_show_weekends,
            "resource": self._resource,
            "rate": self._rate,
            "allocation": self._allocation,
            "vacation": self._vacation,
            "role": self._role,
            "previous-tasks": self._baseline,
            "previous-task": self._baseline_task,
        }
        self.on_end: dict[str, Callable[[Element], None]] = {
            "task": self._task_done,
            "notes": self._notes,
            "date": self._calendar_date,
            "description": self._description,
        }

    def run(self, stream: IO[bytes]) -> GanProject:
        """Parse the stream in chunks and read each element as soon as it starts or ends.

        defusedxml reads the bytes first, up to the root element's start tag, and refuses any
        DOCTYPE (so any DTD, entity declaration or external reference). A DOCTYPE can only come
        before the root element and there are no entities without one, so the rest is parsed
        by the standard library's C parser, several times faster than defusedxml's own.
        """
        guard: Any = DefusedXMLParser(target=_PrologGuard(), forbid_dtd=True)
        parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
        while chunk := stream.read(_CHUNK_BYTES):
            if guard is not None:
                try:
                    guard.feed(chunk)
                except _RootReached:
                    guard = None
            parser.feed(chunk)
            self._events(parser.read_events())
        parser.close()
        self._events(parser.read_events())
        return self._project()

    def _events(self, events: Iterable[tuple[Any, ...]]) -> None:
        for event in events:
            element = event[-1]
            if event[0] == "start":
                self._start(element)
            else:
                self._end(element)

    def _fail(self, where: str, bad: _Bad) -> GanError:
        return GanError(f"{self.source}: {where}: {bad}")

    # ----- dispatch ---------------------------------------------------------------------------

    def _start(self, element: Element) -> None:
        depth = len(self.tags)
        tag = element.tag
        if depth == 0:
            self._root(element)
            kind = "project"
        else:
            if depth >= MAX_ELEMENT_DEPTH:
                raise GanError(
                    f"{self.source}: elements nest deeper than {MAX_ELEMENT_DEPTH} levels"
                )
            kind = _KINDS.get((self.kinds[-1], tag), "")
        self.elements.append(element)
        self.tags.append(tag)
        self.kinds.append(kind)
        if kind:
            handler = self.on_start.get(kind)
            if handler is not None:
                handler(element.attrib)

    def _end(self, element: Element) -> None:
        self.elements.pop()
        self.tags.pop()
        kind = self.kinds.pop()
        if not self.elements:
            return
        if kind:
            handler = self.on_end.get(kind)
            if handler is not None:
                handler(element)
        # Read, or of no interest (views, custom columns): drop it. An element is its parent's
        # last child when it ends, since no later sibling has started yet.
        container = self.elements[-1]
        if len(container) and container[-1] is element:
            del container[-1]

    def _root(self, element: Element) -> None:
        self.started = True
        tag = element.tag
        if tag != "project":
            if tag.startswith("{"):
                namespace, _, local = tag[1:].partition("}")
                if local == "Project" and namespace == "http://schemas.microsoft.com/project":
                    raise GanError(
                        f"{self.source}: is Microsoft Project XML, not a GanttProject file; "
                        "import it as an .xml file"
                    )
                raise GanError(
                    f"{self.source}: is XML but not a GanttProject file: its root element "
                    f"<{local[:40]}> is in namespace {namespace[:80]!r}"
                )
            raise GanError(
                f"{self.source}: is XML but not a GanttProject file: its root element is "
                f"<{tag[:40]}>, not <project>"
            )
        attributes = element.attrib
        for key in ("name", "company", "webLink", "version", "locale", "view-date"):
            value = attributes.get(key)
            if value is not None:
                if len(value) > MAX_TEXT_LENGTH:
                    raise GanError(
                        f"{self.source}: project: {key} is longer than "
                        f"{MAX_TEXT_LENGTH:,} characters"
                    )
                self.project[key] = value

    def _tasks(self, attributes: Attributes) -> None:
        self.empty_milestones = attributes.get("empty-milestones", "true").strip() != "false"

    def _task_property(self, attributes: Attributes) -> None:
        self.task_properties.append(
            (attributes.get("id", "")[:200], attributes.get("name", "")[:MAX_NAME])
        )

    def _calendars(self, attributes: Attributes) -> None:
        self.base_id = attributes.get("base-id", "")[:64]

    def _only_show_weekends(self, attributes: Attributes) -> None:
        self.tasks_run_on_weekends = _bool(attributes, "value")

    def _description(self, element: Element) -> None:
        try:
            self.description = _long_text("description", element.text)
        except _Bad as bad:
            raise self._fail("project", bad) from None

    # ----- tasks ------------------------------------------------------------------------------

    def _task(self, attributes: Attributes) -> None:
        depth = len(self.open_tasks) + 1
        where = f"task #{len(self.task_fields) + 1}"
        if depth > MAX_TASK_DEPTH:
            raise GanError(f"{self.source}: tasks nest deeper than {MAX_TASK_DEPTH} levels")
        try:
            task_id = _required_int(attributes, "id", 0, MAX_ID)
            where = f"task id {task_id}"
            constraint = _int(attributes, "thirdDate-constraint", 0, 1) or 0
            third_date = _date(attributes, "thirdDate")
            if constraint and third_date is None:
                raise _Bad("thirdDate", "is missing for an earliest-start constraint")
            fields: dict[str, Any] = {
                "id": task_id,
                "name": _text(attributes, "name"),
                "start": _date(attributes, "start"),
                "duration_days": _int(attributes, "duration", 0, MAX_DAYS) or 0,
                "milestone": _bool(attributes, "meeting"),
                "percent_complete": _int(attributes, "complete", 0, 100) or 0,
                "outline_level": depth,
                "parent_id": self.open_tasks[-1]["id"] if self.open_tasks else None,
                "third_date": third_date,
                "third_date_constraint": constraint,
                "uid": _text(attributes, "uid")[:64],
                "color": _text(attributes, "color")[:32],
                "priority": _text(attributes, "priority")[:32],
                "web_link": _text(attributes, "webLink"),
                "project_task": _bool(attributes, "project"),
                "legacy_fixed_start": _bool(attributes, "fixed-start"),
                "notes": "",
                "custom_values": [],
            }
        except _Bad as bad:
            raise self._fail(where, bad) from None
        self.open_tasks.append(fields)
        self.task_fields.append(fields)  # at its start tag: a summary before its subtasks
        self.depends.append(0)

    def _task_done(self, element: Element) -> None:
        fields = self.open_tasks.pop()
        self.depends.pop()
        fields["custom_values"] = tuple(fields["custom_values"])

    def _notes(self, element: Element) -> None:
        fields = self.open_tasks[-1]
        try:
            fields["notes"] = _long_text("notes", element.text)
        except _Bad as bad:
            raise self._fail(f"task id {fields['id']}", bad) from None

    def _depend(self, attributes: Attributes) -> None:
        predecessor = self.open_tasks[-1]["id"]
        self.depends[-1] += 1
        try:
            successor = _required_int(attributes, "id", 0, MAX_ID)
            kind = _int(attributes, "type", -MAX_ID, MAX_ID)
            if kind is not None and kind not in DEPEND_TYPE_NAMES:
                raise _Bad("type", f"{_show(str(kind))} is not {_DEPEND_TYPES}")
            hardness_text = attributes.get("hardness", "").strip()
            hardness = _HARDNESS.get(hardness_text.lower(), "") if hardness_text else STRONG
            if not hardness:
                raise _Bad("hardness", f"{_show(hardness_text)} is not Strong or Rubber")
            dependency = GanDependency(
                predecessor_id=predecessor,
                successor_id=successor,
                type=DEPEND_FS if kind is None else kind,
                lag_days=_int(attributes, "difference", -MAX_DAYS, MAX_DAYS) or 0,
                hardness=hardness,
            )
        except _Bad as bad:
            raise self._fail(f"task id {predecessor}: depend {self.depends[-1]}", bad) from None
        self.dependencies.append(dependency)

    def _custom_value(self, attributes: Attributes) -> None:
        fields = self.open_tasks[-1]
        try:
            fields["custom_values"].append(
                (_text(attributes, "taskproperty-id")[:200], _text(attributes, "value"))
            )
        except _Bad as bad:
            raise self._fail(f"task id {fields['id']}: customproperty", bad) from None

    # ----- calendar ---------------------------------------------------------------------------

    def _default_week(self, attributes: Attributes) -> None:
        weekend = []
        try:
            for key in _WEEK_ATTRIBUTES:
                value = _int(attributes, key, 0, 1)
                weekend.append(value == 1)
        except _Bad as bad:
            raise self._fail("calendars: default-week", bad) from None
        self.weekend = tuple(weekend)

    def _calendar_date(self, element: Element) -> None:
        attributes = element.attrib
        number = len(self.dates) + 1
        try:
            year_text = attributes.get("year", "").strip()
            year = None
            if year_text:
                year = _required_int(attributes, "year", EARLIEST_DATE.year, LATEST_DATE.year)
            month = _required_int(attributes, "month", 1, 12)
            day = _required_int(attributes, "date", 1, 31)
            try:
                dt.date(2000 if year is None else year, month, day)  # 2000: February has 29
            except ValueError:
                shown = f"month {month}, date {day}" + (" (every year)" if year is None else "")
                raise _Bad("date", f"{shown} is not a day of the calendar") from None
            kind = attributes.get("type", "").strip()
            if kind not in _DATE_TYPES:
                raise _Bad("type", f"{_show(kind)} is not HOLIDAY, WORKING_DAY or NEUTRAL")
            self.dates.append(
                GanCalendarDate(
                    year=year,
                    month=month,
                    day=day,
                    type=_DATE_TYPES[kind],
                    description=_long_text("text", element.text).strip(),
                )
            )
        except _Bad as bad:
            raise self._fail(f"calendars: date {number}", bad) from None

    # ----- resources --------------------------------------------------------------------------

    def _resource(self, attributes: Attributes) -> None:
        where = f"resource #{len(self.resources) + 1}"
        try:
            resource_id = _required_int(attributes, "id", 0, MAX_ID)
            where = f"resource id {resource_id}"
            self.resources.append(
                GanResource(
                    id=resource_id,
                    name=_text(attributes, "name"),
                    role=_text(attributes, "function")[:64],
                    email=_text(attributes, "contacts"),
                    phone=_text(attributes, "phone"),
                )
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None

    def _rate(self, attributes: Attributes) -> None:
        resource = self.resources[-1]  # the enclosing resource: the last one started
        if attributes.get("name", "standard") != "standard":
            return
        try:
            rate = _decimal(attributes, "value", MAX_RATE)
        except _Bad as bad:
            raise self._fail(f"resource id {resource.id}: rate", bad) from None
        if rate is not None:
            if rate < 0:
                raise GanError(
                    f"{self.source}: resource id {resource.id}: rate value {_show(str(rate))} "
                    "is negative"
                )
            self.resource_rate[resource.id] = rate

    def _allocation(self, attributes: Attributes) -> None:
        where = f"allocation {len(self.allocations) + 1}"
        try:
            self.allocations.append(
                GanAllocation(
                    task_id=_required_int(attributes, "task-id", 0, MAX_ID),
                    resource_id=_required_int(attributes, "resource-id", 0, MAX_ID),
                    load_percent=_or(_float(attributes, "load", 0.0, MAX_LOAD_PERCENT), 100.0),
                    role=_text(attributes, "function")[:64],
                    responsible=_bool(attributes, "responsible"),
                )
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None

    def _vacation(self, attributes: Attributes) -> None:
        where = f"vacation {len(self.vacations) + 1}"
        try:
            start = _required_date(attributes, "start")
            end = _required_date(attributes, "end")
            if end < start:
                raise _Bad("end", f"{_show(end.isoformat())} is before start {start.isoformat()}")
            self.vacations.append(
                GanVacation(
                    resource_id=_required_int(attributes, "resourceid", 0, MAX_ID),
                    start=start,
                    end=end,
                )
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None

    def _baseline(self, attributes: Attributes) -> None:
        self.baselines.append((attributes.get("name", "")[:MAX_NAME], []))

    def _role(self, attributes: Attributes) -> None:
        self.roles.append(
            GanRole(
                id=attributes.get("id", "").strip()[:64],
                name=attributes.get("name", "")[:MAX_NAME],
            )
        )

    def _baseline_task(self, attributes: Attributes) -> None:
        name, tasks = self.baselines[-1]
        where = f"previous-tasks {name!r}: previous-task {len(tasks) + 1}"
        try:
            tasks.append(
                GanBaselineTask(
                    id=_required_int(attributes, "id", 0, MAX_ID),
                    start=_required_date(attributes, "start"),
                    duration_days=_int(attributes, "duration", 0, MAX_DAYS) or 0,
                    milestone=_bool(attributes, "meeting"),
                    summary=_bool(attributes, "super"),
                )
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None

    # ----- the whole ----------------------------------------------------------------------------

    def _project(self) -> GanProject:
        raw = self.project
        try:
            view_date = _date(raw, "view-date")
        except _Bad:
            view_date = None  # where the chart was scrolled to; no reason to refuse a file
        if all(self.weekend) and not self.tasks_run_on_weekends:
            raise GanError(
                f"{self.source}: calendars: default-week makes every day a weekend day; "
                "there is no working time to schedule in"
            )
        tasks = tuple(GanTask(**fields) for fields in self.task_fields)
        task_ids = self._unique("task", [t.id for t in tasks])
        resources = tuple(
            GanResource(
                id=r.id,
                name=r.name,
                role=r.role,
                email=r.email,
                phone=r.phone,
                standard_rate=self.resource_rate.get(r.id),
            )
            for r in self.resources
        )
        resource_ids = self._unique("resource", [r.id for r in resources])
        for dependency in self.dependencies:
            if dependency.successor_id not in task_ids:
                raise GanError(
                    f"{self.source}: task id {dependency.predecessor_id}: depend names task id "
                    f"{dependency.successor_id}, which is not in the file"
                )
        for number, allocation in enumerate(self.allocations, 1):
            if allocation.task_id not in task_ids:
                raise GanError(
                    f"{self.source}: allocation {number}: task-id {allocation.task_id} is not a "
                    "task in the file"
                )
            if allocation.resource_id not in resource_ids:
                raise GanError(
                    f"{self.source}: allocation {number}: resource-id {allocation.resource_id} "
                    "is not a resource in the file"
                )
        for number, vacation in enumerate(self.vacations, 1):
            if vacation.resource_id not in resource_ids:
                raise GanError(
                    f"{self.source}: vacation {number}: resourceid {vacation.resource_id} is not "
                    "a resource in the file"
                )
        return GanProject(
            name=raw.get("name", ""),
            company=raw.get("company", ""),
            web_link=raw.get("webLink", ""),
            version=raw.get("version", ""),
            locale=raw.get("locale", ""),
            description=self.description,
            view_date=view_date,
            empty_milestones=self.empty_milestones,
            calendar=GanCalendar(
                weekend=self.weekend,
                tasks_run_on_weekends=self.tasks_run_on_weekends,
                base_id=self.base_id,
                dates=tuple(self.dates),
            ),
            tasks=tasks,
            dependencies=tuple(self.dependencies),
            resources=resources,
            allocations=tuple(self.allocations),
            vacations=tuple(self.vacations),
            roles=tuple(self.roles),
            baselines=tuple(GanBaseline(name, tuple(items)) for name, items in self.baselines),
            task_properties=tuple(self.task_properties),
        )

    def _unique(self, kind: str, ids: list[int]) -> set[int]:
        seen: set[int] = set()
        for key in ids:
            if key in seen:
                raise GanError(f"{self.source}: {kind} id {key} appears more than once")
            seen.add(key)
        return seen


def _or(value: float | None, default: float) -> float:
    return default if value is None else value
