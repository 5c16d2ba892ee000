"""Read Microsoft Project XML (MSPDI) safely, in one streaming pass, into MspdiProject data."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import io
import math
import os
import re
from collections.abc import Callable, Collection, Iterator
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
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
from app.io.mspdi_data import (
    EXCEPTION_KINDS,
    RESOURCE_COST,
    RESOURCE_WORK,
    TASK_FIXED_UNITS,
    MspdiAssignment,
    MspdiBaseline,
    MspdiCalendar,
    MspdiException,
    MspdiLink,
    MspdiProject,
    MspdiResource,
    MspdiSettings,
    MspdiTask,
    MspdiWeekDay,
    MspdiWorkingTime,
    MspdiWorkWeek,
)

NAMESPACE = "http://schemas.microsoft.com/project"
MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_DURATION_MINUTES = 100_000_000  # about 190 years: more than 1984–2149 holds
MAX_WORK_MINUTES = 100_000_000_000  # a thousand people for a century, and then some
MAX_CENTS = 10**17  # a thousand trillion in the project's currency
MAX_RATE = Decimal(10**12)
MAX_UNITS = 1e9  # 100,000,000,000 %
MAX_PERCENT_LAG = 100_000
MAX_UID = 2**31 - 1
NO_RESOURCE_UID = -65535

# DurationFormat / LagFormat codes: the estimated variants (35..53) have the same unit;
# 21 and 53 mean "no unit given" (the project default).
DURATION_UNITS: dict[int, str | None] = {
    3: "m",
    4: "em",
    5: "h",
    6: "eh",
    7: "d",
    8: "ed",
    9: "w",
    10: "ew",
    11: "mo",
    12: "emo",
    19: "%",
    20: "e%",
    21: None,
}
DURATION_UNITS.update({code + 32: unit for code, unit in DURATION_UNITS.items()})
PERCENT_UNITS = frozenset({"%", "e%"})

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_MAX_NUMBER_TEXT = 64
_MAX_DURATION_TEXT = 4096  # longer is not matched; hundreds of digits add up to inf: absurd
_CHUNK_BYTES = 64 * 1024
_SNIFF_BYTES = 4096
_TRUNCATED_REASONS = {
    expat_errors.XML_ERROR_NO_ELEMENTS,
    expat_errors.XML_ERROR_UNCLOSED_TOKEN,
    expat_errors.XML_ERROR_UNCLOSED_CDATA_SECTION,
    expat_errors.XML_ERROR_PARTIAL_CHAR,
}
_NUMBER = r"[-+]?\d+(?:\.\d*)?"
_DURATION = re.compile(
    rf"([-+]?)P(?:({_NUMBER})Y)?(?:({_NUMBER})M)?(?:({_NUMBER})W)?(?:({_NUMBER})D)?"
    rf"(?:T(?:({_NUMBER})H)?(?:({_NUMBER})M)?(?:({_NUMBER})S)?)?"
)
_DURATION_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)
_BOOLEANS = {"0": False, "1": True, "false": False, "true": True}
_TASK_TYPES = "a task type (0 fixed units, 1 fixed duration, 2 fixed work)"
_CONSTRAINTS = "a constraint type (0 ASAP, 1 ALAP, 2 MSO, 3 MFO, 4 SNET, 5 SNLT, 6 FNET, 7 FNLT)"
_ACCRUALS = "a fixed cost accrual (1 start, 2 prorated, 3 end)"
_ACCRUE_AT = "a cost accrual (1 start, 2 end, 3 prorated)"
_LINK_TYPES = "a link type (0 FF, 1 FS, 2 SF, 3 SS)"
_RESOURCE_TYPES = "a resource type (0 material, 1 work, 2 cost)"
_EXCEPTION_TYPES = "an exception type (1 to 7)"


class MspdiError(InputRefused):
    """A file cannot be read as MSPDI; the message is one English line saying what and where."""


class _Bad(Exception):
    """A value is wrong; the record reader adds where it is."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem


Raw = dict[str, str | None]


def read_mspdi(path: Path) -> MspdiProject:
    """Read an MSPDI file; every refusal is an MspdiError with a one-line message."""
    source = path.name or str(path)
    try:
        stream = path.open("rb")
    except OSError as error:
        raise MspdiError(f"{source}: cannot be opened: {error.strerror or error}") from None
    with stream:
        try:
            size = os.fstat(stream.fileno()).st_size
            _check_size(size, source)
            head = stream.read(_SNIFF_BYTES)
            _sniff(head, source)
            stream.seek(0)
        except OSError as error:
            raise MspdiError(f"{source}: cannot be read: {error.strerror or error}") from None
        return _parse(stream, source)


def parse_mspdi_bytes(data: bytes, source: str = "<bytes>") -> MspdiProject:
    """Read MSPDI from bytes; ``source`` names the data in messages."""
    _check_size(len(data), source)
    _sniff(data[:_SNIFF_BYTES], source)
    return _parse(io.BytesIO(data), source)


def _check_size(size: int, source: str) -> None:
    if size > MAX_FILE_BYTES:
        raise MspdiError(
            f"{source}: is {size / 1024 / 1024:.0f} MB; MS Project XML files are read up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB"
        )
    if size == 0:
        raise MspdiError(f"{source}: is empty")


def _sniff(head: bytes, source: str) -> None:
    """Refuse the commonest wrong files before the XML parser sees them."""
    if head.startswith(_OLE2_MAGIC):
        raise MspdiError(
            f"{source}: is a binary Microsoft Project (.mpp) or other Office file, not XML; "
            "save it from MS Project as XML first"
        )
    if head.startswith(_ZIP_MAGIC):
        raise MspdiError(f"{source}: is a ZIP archive (such as .xlsx), not MS Project XML")
    if not head.strip():
        if len(head) < _SNIFF_BYTES:
            raise MspdiError(f"{source}: is empty (only white space)")
        return  # a long run of white space: the parser decides
    if head.startswith(_BOMS[1:]) or head[:2] in (b"<\x00", b"\x00<"):
        return  # UTF-16: the parser decides
    text = head[3:] if head.startswith(_BOMS[0]) else head
    if not text.lstrip().startswith(b"<") or b"\x00" in text:
        raise MspdiError(f"{source}: is not an XML file (it does not start with '<')")


def _parse(stream: IO[bytes], source: str) -> MspdiProject:
    reader = _Reader(source)
    try:
        with _gc_paused():
            return reader.run(stream)
    except MspdiError:
        raise
    except DTDForbidden:
        raise MspdiError(
            f"{source}: contains a DOCTYPE declaration; MS Project XML has none, and DTDs and "
            "entities are refused for safety"
        ) from None
    except DefusedXmlException:
        raise MspdiError(
            f"{source}: declares or references XML entities, which are refused for safety"
        ) from None
    except ParseError as error:
        raise MspdiError(_parse_error_message(error, source, reader.started)) from None
    except OSError as error:
        raise MspdiError(f"{source}: cannot be read: {error.strerror or error}") from None
    except (ValueError, LookupError, ArithmeticError) as error:
        detail = " ".join(str(error).split())[:200]
        raise MspdiError(f"{source}: cannot be read as MS Project XML: {detail}") from None


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reading: the reader makes no cycles, and the
    collector would otherwise rescan every live object again and again (a third of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def _parse_error_message(error: ParseError, source: str, started: bool) -> str:
    line, column = getattr(error, "position", (0, 0))
    reason = str(error).split(": line", 1)[0]
    if reason in _TRUNCATED_REASONS:
        if not started:
            return f"{source}: contains no XML element"
        return f"{source}: ends too early at line {line}, column {column}; the file is truncated"
    return f"{source}: is not well-formed XML: {reason} at line {line}, column {column}"


def _show(value: str) -> str:
    """A value for a message: quoted, on one line, at most 40 characters."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


# ----- values ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)
def _datetime_of(text: str) -> dt.datetime | str | None:
    """The naive datetime written (None for white space), or why it is not one."""
    if not text.strip():
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return f"{_show(text)} is not a date (YYYY-MM-DDTHH:MM:SS)"
    if value.tzinfo is not None:
        return f"{_show(text)} has a time zone; MS Project XML dates have none"
    if not EARLIEST_DATE <= value.date() <= LATEST_DATE:
        return (
            f"{_show(text)} is outside the dates Koers accepts "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})"
        )
    return value.replace(microsecond=0) if value.microsecond else value


@functools.lru_cache(maxsize=4096)
def _minutes_of(text: str) -> int | str | None:
    """An ISO-8601 duration (PT16H0M0S, PT-8H0M0S, P1DT2H) in minutes, half a minute rounded away
    from zero (None for white space); or why it is not one. Days are 24 hours, months 30 days,
    years 365 days."""
    value = text.strip()
    if not value:
        return None
    match = _DURATION.fullmatch(value) if len(value) <= _MAX_DURATION_TEXT else None
    if match is None or not any(match.groups()[1:]):
        return f"{_show(text)} is not a duration (such as PT8H0M0S)"
    seconds = 0.0
    for part, factor in zip(match.groups()[1:], _DURATION_SECONDS, strict=True):
        if part:
            seconds += float(part) * factor
    if match.group(1) == "-":
        seconds = -seconds
    minutes = seconds / 60
    if not abs(minutes) <= MAX_WORK_MINUTES:
        return f"{_show(text)} is an absurd duration (over {MAX_WORK_MINUTES:,} minutes)"
    return int(math.copysign(math.floor(abs(minutes) + 0.5), minutes))


def _present(raw: Raw, key: str) -> str | None:
    """The text of an element, None when it is absent or empty."""
    text = raw.get(key)
    if text is None:
        return None
    text = text.strip()
    return text or None


def _text(raw: Raw, key: str) -> str:
    text = raw.get(key)
    if text is None:
        return ""
    if len(text) > MAX_TEXT_LENGTH:
        raise _Bad(key, f"is longer than {MAX_TEXT_LENGTH:,} characters")
    return text


def _bool(raw: Raw, key: str, default: bool = False) -> bool:
    text = raw.get(key)
    if text is None:
        return default
    value = _BOOLEANS.get(text)
    if value is None:
        value = _BOOLEANS.get(text.strip().lower())
        if value is None:
            if not text.strip():
                return default
            raise _Bad(key, f"{_show(text)} is not 0 or 1")
    return value


def _int(raw: Raw, key: str, low: int, high: int) -> int | None:
    text = raw.get(key)
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        if not text.strip():
            return None
        value = _whole_number(key, text)
    if low <= value <= high:
        return value
    raise _Bad(key, f"{_show(text)} is out of range ({low} to {high})")


def _whole_number(key: str, text: str) -> int:
    """A whole number written with a fraction, such as 1.00."""
    try:
        number = Decimal(text) if len(text) <= _MAX_NUMBER_TEXT else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or number != number.to_integral_value():
        raise _Bad(key, f"{_show(text)} is not a whole number")
    return int(number)


def _required_int(raw: Raw, key: str, low: int, high: int) -> int:
    value = _int(raw, key, low, high)
    if value is None:
        raise _Bad(key, "is missing")
    return value


def _code(raw: Raw, key: str, allowed: range | Collection[int], default: int, meaning: str) -> int:
    """An enumerated code such as ConstraintType; absent means ``default``."""
    value = _int(raw, key, -MAX_UID, MAX_UID)
    if value is None:
        return default
    if value not in allowed:
        raise _Bad(key, f"{_show(str(value))} is not {meaning}")
    return value


def _optional_code(raw: Raw, key: str, allowed: range, meaning: str) -> int | None:
    """An enumerated code that is None when absent (the project default then applies)."""
    if _present(raw, key) is None:
        return None
    return _code(raw, key, allowed, 0, meaning)


def _decimal(raw: Raw, key: str, limit: Decimal) -> Decimal | None:
    text = _present(raw, key)
    if text is None:
        return None
    try:
        value = Decimal(text) if len(text) <= _MAX_NUMBER_TEXT else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise _Bad(key, f"{_show(text)} is not a number")
    if abs(value) > limit:
        raise _Bad(key, f"{_show(text)} is an absurd amount")
    return value


def _cents(raw: Raw, key: str) -> int | None:
    """MSPDI writes costs in cents (hundredths of the currency unit)."""
    value = _decimal(raw, key, Decimal(MAX_CENTS))
    if value is None:
        return None
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _float(raw: Raw, key: str, low: float, high: float) -> float | None:
    text = _present(raw, key)
    if text is None:
        return None
    try:
        value = float(text) if len(text) <= _MAX_NUMBER_TEXT * 2 else math.nan
    except ValueError:
        raise _Bad(key, f"{_show(text)} is not a number") from None
    if not low <= value <= high:
        raise _Bad(key, f"{_show(text)} is out of range ({low:g} to {high:g})")
    return value


def _datetime(raw: Raw, key: str) -> dt.datetime | None:
    text = raw.get(key)
    if not text:
        return None
    value = _datetime_of(text)
    if isinstance(value, str):
        raise _Bad(key, value)
    return value


def _duration(raw: Raw, key: str, limit: int = MAX_DURATION_MINUTES) -> int | None:
    text = raw.get(key)
    if not text:
        return None
    value = _minutes_of(text)
    if isinstance(value, str):
        raise _Bad(key, value)
    if value is None:
        return None
    if abs(value) > limit:
        raise _Bad(key, f"{_show(text)} is an absurd duration (over {limit:,} minutes)")
    return value


def _tenths(raw: Raw, key: str, limit: int = MAX_DURATION_MINUTES) -> int | None:
    """A duration in tenths of a minute (slack, Delay, LinkLag), as whole minutes."""
    tenths = _int(raw, key, -limit * 10, limit * 10)
    if tenths is None:
        return None
    return _round_tenths(tenths)


def _round_tenths(tenths: int) -> int:
    minutes, rest = divmod(abs(tenths), 10)
    minutes += rest >= 5
    return -minutes if tenths < 0 else minutes


def _time(raw: Raw, key: str, *, end: bool) -> int | None:
    """HH:MM:SS as minutes after midnight; at the ``end`` of a period 00:00:00 is 1440."""
    text = _present(raw, key)
    if text is None:
        return None
    parts = text.split(":")
    try:
        hours, minutes = int(parts[0]), int(parts[1])
        seconds = float(parts[2]) if len(parts) > 2 else 0.0
    except (ValueError, IndexError):
        raise _Bad(key, f"{_show(text)} is not a time of day (HH:MM:SS)") from None
    if len(parts) > 3 or not (0 <= hours <= 24 and 0 <= minutes < 60 and 0 <= seconds < 60):
        raise _Bad(key, f"{_show(text)} is not a time of day (HH:MM:SS)")
    value = hours * 60 + minutes
    if value > 1440:
        raise _Bad(key, f"{_show(text)} is not a time of day (HH:MM:SS)")
    return 1440 if end and value == 0 else value


def _format(raw: Raw, key: str) -> tuple[int | None, str | None]:
    code = _int(raw, key, -MAX_UID, MAX_UID)
    if code is None:
        return None, None
    if code not in DURATION_UNITS:
        raise _Bad(key, f"{_show(str(code))} is not a known duration format")
    return code, DURATION_UNITS[code]


def _uid_or_none(raw: Raw, key: str) -> int | None:
    """A reference to a calendar; -1 (or absent) means none."""
    value = _int(raw, key, -1, MAX_UID)
    return None if value is None or value < 0 else value


# ----- records --------------------------------------------------------------------------------


class _Reader:
    """One pass over the document: each Task, Resource, Assignment and Calendar is read as soon
    as it is complete and then dropped from the tree, so memory stays small for large files."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.started = False
        self.cut = 0
        self.prefix = ""
        self.settings: Raw = {}
        self.handlers: dict[str, Callable[[Element], None]] = {}
        self.root: Element | None = None
        self.finished = 0
        self.calendars: list[MspdiCalendar] = []
        self.tasks: list[MspdiTask] = []
        self.resources: list[MspdiResource] = []
        self.assignments: list[MspdiAssignment] = []

    def run(self, stream: IO[bytes]) -> MspdiProject:
        """Parse the stream in chunks and read each record as soon as it is complete.

        defusedxml reads the bytes first, up to the root element's start tag, and refuses any
        DOCTYPE (so any DTD, entity declaration or external reference). A DOCTYPE can only come
        before the root element and there are no entities without one, so the rest is parsed
        by the standard library's C parser, several times faster than defusedxml's own.
        """
        guard: Any = DefusedXMLParser(target=_PrologGuard(), forbid_dtd=True)
        parser: XMLPullParser[Element] = XMLPullParser(events=("start",))
        while chunk := stream.read(_CHUNK_BYTES):
            if guard is not None:
                try:
                    guard.feed(chunk)
                except _RootReached:
                    guard = None
            parser.feed(chunk)
            for event in parser.read_events():
                if self.root is None and isinstance(event[-1], Element):
                    self._root(event[-1])
            if self.root is not None:
                self._harvest(final=False)
        parser.close()
        self._harvest(final=True)
        return self._project()

    def _harvest(self, *, final: bool) -> None:
        """Read the records that are complete and drop them from the tree.

        An element is complete once a later sibling has started (or the document has ended):
        every section (child of the root) but the last, and every record (child of a section)
        but the last of the last section.
        """
        root = self.root
        if root is None:
            return
        count = len(root)
        complete = count if final else count - 1
        for index in range(self.finished, complete):
            section = root[index]
            if len(section) == 0:
                self.settings[section.tag[self.cut :]] = section.text
            else:
                handler = self.handlers.get(section.tag)
                if handler is not None:
                    for record in section:
                        handler(record)
            section.clear()
        self.finished = max(self.finished, complete)
        if not final and count:
            section = root[count - 1]
            ready = len(section) - 1
            if ready > 0:
                handler = self.handlers.get(section.tag)
                if handler is not None:
                    for record in section[:ready]:
                        handler(record)
                del section[:ready]  # read or of no interest (views, custom fields): drop

    def _root(self, element: Element) -> None:
        self.started = True
        self.root = element
        tag = element.tag
        namespace, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
        if local != "Project":
            raise MspdiError(
                f"{self.source}: is XML but not MS Project XML: its root element is <{local}>, "
                "not <Project>"
            )
        if namespace not in ("", NAMESPACE):
            raise MspdiError(
                f"{self.source}: is XML but not MS Project XML: its <Project> is in namespace "
                f"{namespace!r}, not {NAMESPACE!r}"
            )
        self.prefix = prefix = f"{{{namespace}}}" if namespace else ""
        self.cut = len(prefix)
        self.handlers = {
            prefix + "Tasks": self._task,
            prefix + "Resources": self._resource,
            prefix + "Assignments": self._assignment,
            prefix + "Calendars": self._calendar,
        }

    def _fields(self, element: Element) -> Raw:
        cut = self.cut
        return {child.tag[cut:]: child.text for child in element}

    def _fail(self, where: str, bad: _Bad) -> MspdiError:
        return MspdiError(f"{self.source}: {where}: {bad}")

    # ----- project ----------------------------------------------------------------------------

    def _project(self) -> MspdiProject:
        raw = self.settings
        try:
            settings = MspdiSettings(
                name=_text(raw, "Name"),
                title=_text(raw, "Title"),
                start_date=_datetime(raw, "StartDate"),
                finish_date=_datetime(raw, "FinishDate"),
                schedule_from_start=_bool(raw, "ScheduleFromStart", True),
                current_date=_datetime(raw, "CurrentDate"),
                status_date=_datetime(raw, "StatusDate"),
                calendar_uid=_uid_or_none(raw, "CalendarUID"),
                minutes_per_day=_int(raw, "MinutesPerDay", 1, 1440) or 480,
                minutes_per_week=_int(raw, "MinutesPerWeek", 1, 10080) or 2400,
                days_per_month=_int(raw, "DaysPerMonth", 1, 31) or 20,
                default_start_time=_or(_time(raw, "DefaultStartTime", end=False), 480),
                default_finish_time=_or(_time(raw, "DefaultFinishTime", end=True), 1020),
                currency_code=_text(raw, "CurrencyCode"),
                currency_symbol=_text(raw, "CurrencySymbol"),
                save_version=_int(raw, "SaveVersion", 0, 1000),
                new_tasks_effort_driven=_bool(raw, "NewTasksEffortDriven"),
                default_task_type=_code(
                    raw, "DefaultTaskType", range(3), TASK_FIXED_UNITS, _TASK_TYPES
                ),
                duration_format=_format(raw, "DurationFormat")[0],
            )
        except _Bad as bad:
            raise self._fail("Project", bad) from None
        self._check_unique("Calendars/Calendar", [c.uid for c in self.calendars])
        self._check_unique("Tasks/Task", [t.uid for t in self.tasks])
        self._check_unique("Resources/Resource", [r.uid for r in self.resources])
        self._check_unique("Assignments/Assignment", [a.uid for a in self.assignments])
        return MspdiProject(
            settings=settings,
            calendars=tuple(self.calendars),
            tasks=tuple(self.tasks),
            resources=tuple(self.resources),
            assignments=tuple(self.assignments),
        )

    def _check_unique(self, where: str, uids: list[int]) -> None:
        if len(set(uids)) != len(uids):
            seen: set[int] = set()
            for uid in uids:
                if uid in seen:
                    raise MspdiError(f"{self.source}: {where} UID {uid} appears more than once")
                seen.add(uid)

    # ----- tasks ------------------------------------------------------------------------------

    def _task(self, element: Element) -> None:
        raw = self._fields(element)
        where = f"Tasks/Task #{len(self.tasks) + 1}"
        try:
            uid = _required_int(raw, "UID", 0, MAX_UID)
            where = f"Tasks/Task UID {uid}"
            duration_format, duration_unit = _format(raw, "DurationFormat")
            constraint_type = _code(raw, "ConstraintType", range(8), 0, _CONSTRAINTS)
            links: tuple[MspdiLink, ...] = ()
            if "PredecessorLink" in raw:
                links = tuple(
                    self._link(link, number, uid)
                    for number, link in enumerate(
                        element.iterfind(self.prefix + "PredecessorLink"), 1
                    )
                )
            baselines: tuple[MspdiBaseline, ...] = ()
            if "Baseline" in raw:
                baselines = self._baselines(element)
            task = MspdiTask(
                uid=uid,
                id=_int(raw, "ID", 0, MAX_UID),
                name=_text(raw, "Name"),
                type=_optional_code(raw, "Type", range(3), _TASK_TYPES),
                is_null=_bool(raw, "IsNull"),
                outline_level=_int(raw, "OutlineLevel", 0, 999),
                outline_number=_text(raw, "OutlineNumber"),
                wbs=_text(raw, "WBS"),
                summary=_bool(raw, "Summary"),
                milestone=_bool(raw, "Milestone"),
                manual=_bool(raw, "Manual"),
                active=_bool(raw, "Active", True),
                effort_driven=_bool(raw, "EffortDriven"),
                estimated=_bool(raw, "Estimated"),
                duration_minutes=_duration(raw, "Duration"),
                duration_format=duration_format,
                duration_unit=duration_unit,
                work_minutes=_duration(raw, "Work", MAX_WORK_MINUTES),
                start=_datetime(raw, "Start"),
                finish=_datetime(raw, "Finish"),
                early_start=_datetime(raw, "EarlyStart"),
                early_finish=_datetime(raw, "EarlyFinish"),
                late_start=_datetime(raw, "LateStart"),
                late_finish=_datetime(raw, "LateFinish"),
                total_slack_minutes=_tenths(raw, "TotalSlack"),
                free_slack_minutes=_tenths(raw, "FreeSlack"),
                critical=_bool(raw, "Critical"),
                constraint_type=constraint_type,
                # ASAP and ALAP have no date; some writers put 1970-01-01 there.
                constraint_date=_datetime(raw, "ConstraintDate") if constraint_type > 1 else None,
                deadline=_datetime(raw, "Deadline"),
                calendar_uid=_uid_or_none(raw, "CalendarUID"),
                ignore_resource_calendar=_bool(raw, "IgnoreResourceCalendar"),
                percent_complete=_int(raw, "PercentComplete", 0, 100),
                percent_work_complete=_int(raw, "PercentWorkComplete", 0, 100),
                actual_start=_datetime(raw, "ActualStart"),
                actual_finish=_datetime(raw, "ActualFinish"),
                actual_duration_minutes=_duration(raw, "ActualDuration"),
                remaining_duration_minutes=_duration(raw, "RemainingDuration"),
                stop=_datetime(raw, "Stop"),
                resume=_datetime(raw, "Resume"),
                cost_cents=_cents(raw, "Cost"),
                actual_cost_cents=_cents(raw, "ActualCost"),
                fixed_cost_cents=_cents(raw, "FixedCost"),
                fixed_cost_accrual=_optional_code(raw, "FixedCostAccrual", range(1, 4), _ACCRUALS),
                notes=_text(raw, "Notes"),
                recurring=_bool(raw, "Recurring"),
                predecessors=links,
                baselines=baselines,
                manual_start=_datetime(raw, "ManualStart"),
                manual_finish=_datetime(raw, "ManualFinish"),
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None
        self.tasks.append(task)

    def _link(self, element: Element, number: int, successor_uid: int) -> MspdiLink:
        raw = self._fields(element)
        try:
            lag_format, lag_unit = _format(raw, "LagFormat")
            percent = lag_unit in PERCENT_UNITS
            limit = MAX_PERCENT_LAG if percent else MAX_DURATION_MINUTES * 10
            link_lag = _int(raw, "LinkLag", -limit, limit) or 0
            predecessor_uid = _required_int(raw, "PredecessorUID", 0, MAX_UID)
            cross_project = _bool(raw, "CrossProject")
            if predecessor_uid == successor_uid and not cross_project:
                raise _Bad(
                    "PredecessorUID",
                    f"'{predecessor_uid}' is the task itself; a task cannot follow itself",
                )
            return MspdiLink(
                predecessor_uid=predecessor_uid,
                type=_code(raw, "Type", range(4), 1, _LINK_TYPES),
                cross_project=cross_project,
                link_lag=link_lag,
                lag_format=lag_format,
                lag_unit=lag_unit,
                lag_minutes=None if percent else _round_tenths(link_lag),
                lag_percent=link_lag if percent else None,
            )
        except _Bad as bad:
            raise _Bad(f"PredecessorLink {number}: {bad.field}", bad.problem) from None

    def _baselines(self, element: Element) -> tuple[MspdiBaseline, ...]:
        found = []
        for baseline in element.iterfind(self.prefix + "Baseline"):
            raw = self._fields(baseline)
            try:
                number = _required_int(raw, "Number", 0, 10)
                found.append(
                    MspdiBaseline(
                        number=number,
                        start=_datetime(raw, "Start"),
                        finish=_datetime(raw, "Finish"),
                        duration_minutes=_duration(raw, "Duration"),
                        duration_format=_format(raw, "DurationFormat")[0],
                        work_minutes=_duration(raw, "Work", MAX_WORK_MINUTES),
                        cost_cents=_cents(raw, "Cost"),
                    )
                )
            except _Bad as bad:
                raise _Bad(f"Baseline {len(found) + 1}: {bad.field}", bad.problem) from None
        return tuple(found)

    # ----- resources and assignments ----------------------------------------------------------

    def _resource(self, element: Element) -> None:
        raw = self._fields(element)
        where = f"Resources/Resource #{len(self.resources) + 1}"
        try:
            uid = _required_int(raw, "UID", 0, MAX_UID)
            where = f"Resources/Resource UID {uid}"
            kind = _code(raw, "Type", range(3), RESOURCE_WORK, _RESOURCE_TYPES)
            if _bool(raw, "IsCostResource"):
                kind = RESOURCE_COST
            resource = MspdiResource(
                uid=uid,
                id=_int(raw, "ID", 0, MAX_UID),
                name=_text(raw, "Name"),
                type=kind,
                is_null=_bool(raw, "IsNull"),
                initials=_text(raw, "Initials"),
                group=_text(raw, "Group"),
                max_units=_float(raw, "MaxUnits", 0.0, MAX_UNITS),
                standard_rate=_decimal(raw, "StandardRate", MAX_RATE),
                standard_rate_format=_int(raw, "StandardRateFormat", 0, 99),
                overtime_rate=_decimal(raw, "OvertimeRate", MAX_RATE),
                overtime_rate_format=_int(raw, "OvertimeRateFormat", 0, 99),
                cost_per_use_cents=_cents(raw, "CostPerUse"),
                calendar_uid=_uid_or_none(raw, "CalendarUID"),
                material_label=_text(raw, "MaterialLabel"),
                email_address=_text(raw, "EmailAddress"),
                accrue_at=_optional_code(raw, "AccrueAt", range(1, 4), _ACCRUE_AT),
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None
        self.resources.append(resource)

    def _assignment(self, element: Element) -> None:
        raw = self._fields(element)
        where = f"Assignments/Assignment #{len(self.assignments) + 1}"
        try:
            uid = _required_int(raw, "UID", 0, MAX_UID)
            where = f"Assignments/Assignment UID {uid}"
            # MS Project writes -65535 for "no resource", Aspose -1.
            resource_uid = _required_int(raw, "ResourceUID", NO_RESOURCE_UID, MAX_UID)
            assignment = MspdiAssignment(
                uid=uid,
                task_uid=_required_int(raw, "TaskUID", 0, MAX_UID),
                resource_uid=None if resource_uid < 0 else resource_uid,
                units=_float(raw, "Units", 0.0, MAX_UNITS),
                work_minutes=_duration(raw, "Work", MAX_WORK_MINUTES),
                regular_work_minutes=_duration(raw, "RegularWork", MAX_WORK_MINUTES),
                actual_work_minutes=_duration(raw, "ActualWork", MAX_WORK_MINUTES),
                remaining_work_minutes=_duration(raw, "RemainingWork", MAX_WORK_MINUTES),
                start=_datetime(raw, "Start"),
                finish=_datetime(raw, "Finish"),
                actual_start=_datetime(raw, "ActualStart"),
                actual_finish=_datetime(raw, "ActualFinish"),
                cost_cents=_cents(raw, "Cost"),
                actual_cost_cents=_cents(raw, "ActualCost"),
                overtime_work_minutes=_duration(raw, "OvertimeWork", MAX_WORK_MINUTES),
                actual_overtime_work_minutes=_duration(raw, "ActualOvertimeWork", MAX_WORK_MINUTES),
                delay_minutes=_tenths(raw, "Delay"),
                work_contour=_int(raw, "WorkContour", 0, 99),
                percent_work_complete=_int(raw, "PercentWorkComplete", 0, 100),
                baselines=self._baselines(element) if "Baseline" in raw else (),
            )
        except _Bad as bad:
            raise self._fail(where, bad) from None
        self.assignments.append(assignment)

    # ----- calendars --------------------------------------------------------------------------

    def _calendar(self, element: Element) -> None:
        cut = self.cut
        raw: Raw = {}
        week_days: list[MspdiWeekDay] = []
        legacy: list[MspdiException] = []
        exceptions: list[MspdiException] = []
        work_weeks: list[MspdiWorkWeek] = []
        where = f"Calendars/Calendar #{len(self.calendars) + 1}"
        try:
            for child in element:
                tag = child.tag[cut:]
                if tag == "WeekDays":
                    for number, day in enumerate(child, 1):
                        self._week_day(day, f"WeekDays/WeekDay {number}", week_days, legacy)
                elif tag == "Exceptions":
                    for number, item in enumerate(child, 1):
                        exception = self._exception(item, f"Exceptions/Exception {number}")
                        if exception is not None:
                            exceptions.append(exception)
                elif tag == "WorkWeeks":
                    for number, week in enumerate(child, 1):
                        work_weeks.append(self._work_week(week, f"WorkWeeks/WorkWeek {number}"))
                else:
                    raw[tag] = child.text
            uid = _required_int(raw, "UID", -1, MAX_UID)
            is_base = _bool(raw, "IsBaseCalendar")
            base_uid = _int(raw, "BaseCalendarUID", -1, MAX_UID)
            calendar = MspdiCalendar(
                uid=uid,
                name=_text(raw, "Name"),
                is_base_calendar=is_base,
                # Base calendars have no base; MS Project 2019 writes 0, others -1.
                base_calendar_uid=None if is_base or base_uid is None or base_uid < 0 else base_uid,
                week_days=tuple(week_days),
                # MS Project also writes each modern exception out as legacy DayType 0 days.
                exceptions=tuple(exceptions or legacy),
                work_weeks=tuple(work_weeks),
            )
        except _Bad as bad:
            uid_text = _present(raw, "UID")
            if uid_text is not None and len(uid_text) < 12:
                where = f"Calendars/Calendar UID {uid_text}"
            raise self._fail(where, bad) from None
        self.calendars.append(calendar)

    def _week_day(
        self,
        element: Element,
        path: str,
        week_days: list[MspdiWeekDay],
        legacy: list[MspdiException] | None,
    ) -> None:
        try:
            raw, period, times = self._day_parts(element)
            day_type = _required_int(raw, "DayType", 0 if legacy is not None else 1, 7)
            working = _bool(raw, "DayWorking") if _present(raw, "DayWorking") else None
            if day_type != 0:
                week_days.append(MspdiWeekDay(day_type, working, times))
                return
            if period is None:
                raise _Bad("TimePeriod", "is missing for an exception day (DayType 0)")
            assert legacy is not None
            legacy.append(
                MspdiException(
                    name="",
                    from_date=_required_datetime(period, "TimePeriod/FromDate", "FromDate"),
                    to_date=_required_datetime(period, "TimePeriod/ToDate", "ToDate"),
                    working=bool(working),
                    working_times=times,
                    legacy=True,
                )
            )
        except _Bad as bad:
            raise _Bad(f"{path}: {bad.field}", bad.problem) from None

    def _day_parts(self, element: Element) -> tuple[Raw, Raw | None, tuple[MspdiWorkingTime, ...]]:
        """A WeekDay's or Exception's own fields, its TimePeriod and its working times."""
        cut = self.cut
        raw: Raw = {}
        period: Raw | None = None
        times: tuple[MspdiWorkingTime, ...] = ()
        for child in element:
            tag = child.tag[cut:]
            if tag == "WorkingTimes":
                times = self._working_times(child)
            elif tag == "TimePeriod":
                period = self._fields(child)
            else:
                raw[tag] = child.text
        return raw, period, times

    def _working_times(self, element: Element) -> tuple[MspdiWorkingTime, ...]:
        times = []
        for number, item in enumerate(element, 1):
            raw = self._fields(item)
            try:
                start = _time(raw, "FromTime", end=False)
                end = _time(raw, "ToTime", end=True)
            except _Bad as bad:
                raise _Bad(f"WorkingTimes/WorkingTime {number}: {bad.field}", bad.problem) from None
            if start is None or end is None:
                continue  # MS Project ignores a half-given period too
            if start >= end:
                raise _Bad(
                    f"WorkingTimes/WorkingTime {number}: FromTime",
                    f"{_show(raw.get('FromTime') or '')} is not before ToTime "
                    f"{_show(raw.get('ToTime') or '')}",
                )
            times.append(MspdiWorkingTime(start, end))
        return tuple(times)

    def _exception(self, element: Element, path: str) -> MspdiException | None:
        try:
            raw, found, times = self._day_parts(element)
            period: Raw = found or {}
            if _present(period, "FromDate") is None and _present(period, "ToDate") is None:
                return None  # MS Project ignores an exception without dates (Vico writes these)
            return MspdiException(
                name=_text(raw, "Name"),
                from_date=_required_datetime(period, "TimePeriod/FromDate", "FromDate"),
                to_date=_required_datetime(period, "TimePeriod/ToDate", "ToDate"),
                working=_bool(raw, "DayWorking"),
                working_times=times,
                type_code=_code(raw, "Type", EXCEPTION_KINDS, 1, _EXCEPTION_TYPES),
                period=_int(raw, "Period", 0, 100_000),
                occurrences=_int(raw, "Occurrences", 0, 100_000),
                entered_by_occurrences=_bool(raw, "EnteredByOccurrences"),
                days_of_week=_int(raw, "DaysOfWeek", 0, 127),
                month_day=_int(raw, "MonthDay", 1, 31),
                month=_int(raw, "Month", 0, 11),
                month_item=_int(raw, "MonthItem", 0, 9),
                month_position=_int(raw, "MonthPosition", 0, 4),
            )
        except _Bad as bad:
            raise _Bad(f"{path}: {bad.field}", bad.problem) from None

    def _work_week(self, element: Element, path: str) -> MspdiWorkWeek:
        cut = self.cut
        raw: Raw = {}
        period: Raw = {}
        days: list[MspdiWeekDay] = []
        try:
            for child in element:
                tag = child.tag[cut:]
                if tag == "WeekDays":
                    for number, day in enumerate(child, 1):
                        self._week_day(day, f"WeekDays/WeekDay {number}", days, None)
                elif tag == "TimePeriod":
                    period = self._fields(child)
                else:
                    raw[tag] = child.text
            return MspdiWorkWeek(
                name=_text(raw, "Name"),
                from_date=_datetime(period, "FromDate"),
                to_date=_datetime(period, "ToDate"),
                week_days=tuple(days),
            )
        except _Bad as bad:
            raise _Bad(f"{path}: {bad.field}", bad.problem) from None


def _required_datetime(raw: Raw, field: str, key: str) -> dt.datetime:
    try:
        value = _datetime(raw, key)
    except _Bad as bad:
        raise _Bad(field, bad.problem) from None
    if value is None:
        raise _Bad(field, "is missing")
    return value


def _or(value: int | None, default: int) -> int:
    return default if value is None else value
