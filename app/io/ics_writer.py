"""Writing iCalendar (RFC 5545) text: all-day events, escaped, folded, CRLF line endings.

Only what Koers exports is written: one VCALENDAR of all-day VEVENTs (``DTSTART;VALUE=DATE``
with the exclusive ``DTEND`` of the next day, as calendar programs expect), each with a UID
the caller keeps stable so that a calendar importing the file again updates its events
instead of adding them twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_LINE_OCTETS = 75  # RFC 5545 3.1: lines of at most 75 octets, not counting CRLF
CRLF = "\r\n"
# RFC 5545 3.3.11: TEXT holds any character but the controls (HTAB excepted).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINES = re.compile("\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """An all-day event on ``day``."""

    uid: str
    day: dt.date
    summary: str
    description: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IcsCalendar:
    """A calendar of events; ``stamp`` (DTSTAMP, when the file was made) is in UTC."""

    name: str
    product: str  # PRODID, such as -//Koers//Koers 0.1.0//EN
    stamp: dt.datetime
    events: tuple[IcsEvent, ...] = ()


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as ``\\n``, other
    control characters left out."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _CONTROLS.sub("", _NEWLINES.sub("\\\\n", value))


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, each ended by CRLF.

    A continuation line starts with one space. A line is never split inside a UTF-8 character.
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_LINE_OCTETS:
        return line + CRLF
    parts: list[str] = []
    start = 0
    limit = MAX_LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1  # back to the first byte of the character
        parts.append(data[start:end].decode("utf-8"))
        start = end
        limit = MAX_LINE_OCTETS - 1  # the leading space counts
    return (CRLF + " ").join(parts) + CRLF


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: IcsEvent, stamp: str) -> Iterable[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{escape_text(event.uid)}"
    yield f"DTSTAMP:{stamp}"
    yield f"DTSTART;VALUE=DATE:{_date(event.day)}"
    yield f"DTEND;VALUE=DATE:{_date(event.day + dt.timedelta(days=1))}"
    yield f"SUMMARY:{escape_text(event.summary)}"
    if event.description:
        yield f"DESCRIPTION:{escape_text(event.description)}"
    if event.categories:
        yield "CATEGORIES:" + ",".join(escape_text(c) for c in event.categories)
    yield "TRANSP:TRANSPARENT"  # a date to keep in mind, not a meeting: the day stays free
    yield "END:VEVENT"


def ics_text(calendar: IcsCalendar) -> str:
    """The whole calendar as iCalendar text with CRLF line endings."""
    stamp = _stamp(calendar.stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(calendar.product)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{escape_text(calendar.name)}",
        f"X-WR-CALNAME:{escape_text(calendar.name)}",
    ]
    for event in calendar.events:
        lines += _event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def ics_bytes(calendar: IcsCalendar) -> bytes:
    """The calendar as UTF-8 bytes, ready to write."""
    return ics_text(calendar).encode("utf-8")
