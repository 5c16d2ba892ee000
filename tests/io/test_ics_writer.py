"""iCalendar writer: escaping, folding at 75 octets, CRLF, read back by the icalendar package."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.io.ics_writer import IcsCalendar, IcsEvent, escape_text, fold, ics_bytes, ics_text

STAMP = dt.datetime(2026, 11, 26, 9, 30, tzinfo=dt.UTC)


def calendar(*events: IcsEvent, name: str = "Plan") -> IcsCalendar:
    return IcsCalendar(name, "-//Koers//Koers test//EN", STAMP, events)


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("a;b,c\\d", "a\\;b\\,c\\\\d"),
        ("one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"),
        ("tab\tstays", "tab\tstays"),
        ("bell\x07 and nul\x00 go", "bell and nul go"),
        ("\\n is not a newline", "\\\\n is not a newline"),
    ],
)
def test_escape_text(value: str, expected: str) -> None:
    assert escape_text(value) == expected


def test_fold_at_75_octets_without_splitting_characters() -> None:
    assert fold("x" * 75) == "x" * 75 + "\r\n"
    folded = fold("x" * 76)
    assert folded == "x" * 75 + "\r\n x\r\n"
    text = "SUMMARY:" + "é€😀" * 40
    folded = fold(text)
    for line in folded.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # whole characters on every line
    assert folded.replace("\r\n ", "") == text + "\r\n"


def test_calendar_text() -> None:
    event = IcsEvent(
        uid="0b1c-uid",
        day=dt.date(2026, 3, 31),
        summary="Go-live; phase 2, finally",
        description="Line one\nLine two",
        categories=("Milestone", "CRM, phase 2"),
    )
    text = ics_text(calendar(event))
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert unfold(text) == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Koers//Koers test//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Plan",
        "X-WR-CALNAME:Plan",
        "BEGIN:VEVENT",
        "UID:0b1c-uid",
        "DTSTAMP:20261126T093000Z",
        "DTSTART;VALUE=DATE:20260331",
        "DTEND;VALUE=DATE:20260401",
        "SUMMARY:Go-live\\; phase 2\\, finally",
        "DESCRIPTION:Line one\\nLine two",
        "CATEGORIES:Milestone,CRM\\, phase 2",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]


def test_stamp_in_another_zone_is_written_in_utc() -> None:
    zone = dt.timezone(dt.timedelta(hours=2))
    moment = dt.datetime(2026, 11, 26, 11, 30, tzinfo=zone)
    text = ics_text(
        IcsCalendar("P", "-//x//EN", moment, (IcsEvent("u", dt.date(2026, 1, 1), "s"),))
    )
    assert "DTSTAMP:20261126T093000Z\r\n" in text


def test_year_end_and_leap_day() -> None:
    events = (
        IcsEvent("a", dt.date(2026, 12, 31), "Year end"),
        IcsEvent("b", dt.date(2028, 2, 29), "Leap day"),
    )
    text = ics_text(calendar(*events))
    assert "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n" in text
    assert "DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n" in text


texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


@given(summary=texts, description=texts, category=texts, name=texts)
def test_any_text_reads_back_with_icalendar(
    summary: str, description: str, category: str, name: str
) -> None:
    """Whatever the user typed, icalendar reads the same text back (without control
    characters, which iCalendar text cannot hold, and with line breaks as LF)."""
    event = IcsEvent(
        "uid-1", dt.date(2026, 5, 4), summary, description, ("Milestone", category or "x")
    )
    data = ics_bytes(calendar(event, name=name))
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
    assert not re.search(rb"[^\r]\n", data)
    parsed = icalendar.Calendar.from_ical(data)
    (vevent,) = parsed.walk("VEVENT")

    def plain(text: str) -> str:
        return re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", re.sub("\r\n|\r", "\n", text))

    assert str(vevent["SUMMARY"]) == plain(summary)
    if description:
        assert str(vevent["DESCRIPTION"]) == plain(description)
    assert [str(c) for c in vevent["CATEGORIES"].cats] == ["Milestone", plain(category or "x")]
    # icalendar keeps calendar names as written (a type it does not know): TEXT-escaped.
    assert str(parsed["X-WR-CALNAME"]) == str(parsed["NAME"]) == escape_text(name)
    assert vevent["DTSTART"].dt == dt.date(2026, 5, 4)
    assert vevent["DTEND"].dt == dt.date(2026, 5, 5)
