"""Durations and predecessor lists as typed in the task table, in English and Dutch."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.calendar import DurationUnit, UnitSettings, to_minutes
from app.domain.scheduler import LinkType
from app.domain.task_text import (
    MAX_LAG_PERCENT,
    MAX_TASK_ID,
    DurationValue,
    PredecessorRef,
    TextError,
    format_duration,
    format_predecessors,
    max_minutes,
    parse_duration,
    parse_predecessors,
)

S = UnitSettings()  # 480 minutes a day, 2400 a week, 20 days a month
U = DurationUnit
L = LinkType

# --- parse_duration ---------------------------------------------------------------------------

BOTH_LANGUAGES = [
    ("5d", 2400, U.DAY),
    ("5 d", 2400, U.DAY),
    ("5 days", 2400, U.DAY),
    ("5day", 2400, U.DAY),
    ("5 DAYS", 2400, U.DAY),
    ("  5dy  ", 2400, U.DAY),
    ("3h", 180, U.HOUR),
    ("3 hrs", 180, U.HOUR),
    ("1 hr", 60, U.HOUR),
    ("2 hours", 120, U.HOUR),
    ("2w", 4800, U.WEEK),
    ("2wk", 4800, U.WEEK),
    ("2 wks", 4800, U.WEEK),
    ("1 week", 2400, U.WEEK),
    ("1mo", 9600, U.MONTH),
    ("1 month", 9600, U.MONTH),
    ("2 mons", 19200, U.MONTH),
    ("90m", 90, U.MINUTE),
    ("90min", 90, U.MINUTE),
    ("90 minutes", 90, U.MINUTE),
    ("4ed", 4 * 1440, U.ELAPSED_DAY),
    ("4 edays", 4 * 1440, U.ELAPSED_DAY),
    ("2ew", 2 * 10080, U.ELAPSED_WEEK),
    ("2 eweeks", 2 * 10080, U.ELAPSED_WEEK),
    ("3eh", 180, U.ELAPSED_HOUR),
    ("3 ehrs", 180, U.ELAPSED_HOUR),
    ("30em", 30, U.ELAPSED_MINUTE),
    ("30 emins", 30, U.ELAPSED_MINUTE),
    ("1emo", 43200, U.ELAPSED_MONTH),
    ("1 emonth", 43200, U.ELAPSED_MONTH),
    ("1.5d", 720, U.DAY),
    (".5d", 240, U.DAY),
    ("2.d", 960, U.DAY),
    ("0", 0, U.DAY),
    ("0d", 0, U.DAY),
    ("0 ed", 0, U.ELAPSED_DAY),
    ("5", 2400, U.DAY),
    ("+5d", 2400, U.DAY),
    ("5\u00a0days", 2400, U.DAY),  # a non-breaking space, as pasted from Word
]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize(("text", "minutes", "unit"), BOTH_LANGUAGES)
def test_english_forms_read_in_both_languages(
    text: str, minutes: int, unit: DurationUnit, language: str
) -> None:
    assert parse_duration(text, S, language) == DurationValue(minutes, unit)


@pytest.mark.parametrize(
    ("text", "minutes", "unit"),
    [
        ("1,5d", 720, U.DAY),
        ("1,5 dagen", 720, U.DAY),
        ("1 dag", 480, U.DAY),
        ("5 Dagen", 2400, U.DAY),
        (",5d", 240, U.DAY),
        ("3u", 180, U.HOUR),
        ("3 uur", 180, U.HOUR),
        ("3 uren", 180, U.HOUR),
        ("2 weken", 4800, U.WEEK),
        ("1 week", 2400, U.WEEK),
        ("1 mnd", 9600, U.MONTH),
        ("1 maand", 9600, U.MONTH),
        ("2 maanden", 19200, U.MONTH),
        ("30 min", 30, U.MINUTE),
        ("1 minuut", 1, U.MINUTE),
        ("30 minuten", 30, U.MINUTE),
        ("3ed", 3 * 1440, U.ELAPSED_DAY),
        ("3 edagen", 3 * 1440, U.ELAPSED_DAY),
        ("2eu", 120, U.ELAPSED_HOUR),
        ("2 euur", 120, U.ELAPSED_HOUR),
        ("1 eweek", 10080, U.ELAPSED_WEEK),
        ("1 emnd", 43200, U.ELAPSED_MONTH),
        ("2 emaanden", 86400, U.ELAPSED_MONTH),
        ("15 eminuten", 15, U.ELAPSED_MINUTE),
        ("0,25 u", 15, U.HOUR),
    ],
)
def test_dutch_forms(text: str, minutes: int, unit: DurationUnit) -> None:
    assert parse_duration(text, S, "nl") == DurationValue(minutes, unit)
    assert parse_duration(text, S, "nl_NL") == DurationValue(minutes, unit)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5d?", "en", DurationValue(2400, U.DAY, estimated=True)),
        ("5 days ?", "en", DurationValue(2400, U.DAY, estimated=True)),
        ("5?", "en", DurationValue(2400, U.DAY, estimated=True)),
        ("1,5 dagen?", "nl", DurationValue(720, U.DAY, estimated=True)),
        ("0d?", "en", DurationValue(0, U.DAY, estimated=True)),
    ],
)
def test_a_trailing_question_mark_marks_an_estimate(
    text: str, language: str, expected: DurationValue
) -> None:
    assert parse_duration(text, S, language) == expected


def test_a_bare_number_takes_the_default_unit() -> None:
    assert parse_duration("8", S, default_unit=U.HOUR) == DurationValue(480, U.HOUR)
    assert parse_duration("2,5", S, "nl", U.WEEK) == DurationValue(6000, U.WEEK)
    assert parse_duration("8d", S, default_unit=U.HOUR) == DurationValue(3840, U.DAY)


def test_units_follow_the_project_settings() -> None:
    settings = UnitSettings(minutes_per_day=450, minutes_per_week=2250, days_per_month=21)
    assert parse_duration("2d", settings).minutes == 900
    assert parse_duration("1w", settings).minutes == 2250
    assert parse_duration("1mo", settings).minutes == 21 * 450
    assert parse_duration("1ed", settings).minutes == 1440  # elapsed ignores the settings


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1.5m", 2),  # half away from zero, not to even
        ("2.5m", 3),
        ("0.0125h", 1),  # 0.75 minutes
        ("0.001d", 0),  # 0.48 minutes
        ("0.01d", 5),  # 4.8 minutes
        ("1.999999999d", 960),
    ],
)
def test_rounding_to_whole_minutes(text: str, minutes: int) -> None:
    assert parse_duration(text, S).minutes == minutes


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("", "en", "duration.empty"),
        ("   ", "nl", "duration.empty"),
        ("?", "en", "duration.empty"),
        ("abc", "en", "duration.bad_number"),
        ("d", "en", "duration.bad_number"),
        ("days", "nl", "duration.bad_number"),
        ("1.2.3d", "en", "duration.bad_number"),
        ("1,5d", "en", "duration.bad_number"),  # the comma is Dutch only
        ("1,2,3d", "nl", "duration.bad_number"),
        (".", "en", "duration.bad_number"),
        ("--5d", "en", "duration.bad_number"),
        ("5x", "en", "duration.unknown_unit"),
        ("5u", "en", "duration.unknown_unit"),  # Dutch words in the English UI
        ("5 dagen", "en", "duration.unknown_unit"),
        ("5 maand", "en", "duration.unknown_unit"),
        ("5 jaar", "nl", "duration.unknown_unit"),
        ("5d??", "en", "duration.unknown_unit"),
        ("5?d", "en", "duration.unknown_unit"),
        ("1e3d", "en", "duration.unknown_unit"),
        ("5 d 3", "en", "duration.unknown_unit"),
        ("-5d", "en", "duration.negative"),
        ("-0,5 dag", "nl", "duration.negative"),
        ("\u22125d", "en", "duration.negative"),  # a typographic minus sign
        ("5201w", "en", "duration.too_large"),  # 100 years of 52 working weeks
        ("26001d", "en", "duration.too_large"),
        ("12480001m", "en", "duration.too_large"),
        ("36526ed", "en", "duration.too_large"),  # 100 years of 365.25 days
        ("9" * 500 + "d", "en", "duration.too_large"),
    ],
)
def test_refused_durations(text: str, language: str, code: str) -> None:
    with pytest.raises(TextError) as caught:
        parse_duration(text, S, language)
    assert caught.value.code == code
    assert caught.value.text == text
    assert "\n" not in str(caught.value)


def test_the_limits_themselves_are_accepted() -> None:
    assert parse_duration("5200w", S).minutes == max_minutes(U.WEEK, S) == 12_480_000
    assert parse_duration("36525ed", S).minutes == max_minutes(U.ELAPSED_DAY, S)
    assert parse_duration("-0d", S).minutes == 0


def test_text_error_is_a_value_error_with_one_line() -> None:
    with pytest.raises(ValueError, match="negative") as caught:
        parse_duration("-1\nd", S)
    error = caught.value
    assert isinstance(error, TextError)
    assert error.text == "-1\nd"
    assert "\n" not in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.text, str(copy)) == (error.code, error.text, str(error))


# --- format_duration --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (DurationValue(480, U.DAY), "en", "1 day"),
        (DurationValue(2400, U.DAY), "en", "5 days"),
        (DurationValue(720, U.DAY), "en", "1.5 days"),
        (DurationValue(240, U.DAY), "en", "0.5 days"),
        (DurationValue(0, U.DAY), "en", "0 days"),
        (DurationValue(60, U.HOUR), "en", "1 hr"),
        (DurationValue(180, U.HOUR), "en", "3 hrs"),
        (DurationValue(1, U.MINUTE), "en", "1 min"),
        (DurationValue(30, U.MINUTE), "en", "30 mins"),
        (DurationValue(2400, U.WEEK), "en", "1 wk"),
        (DurationValue(4800, U.WEEK), "en", "2 wks"),
        (DurationValue(9600, U.MONTH), "en", "1 mon"),
        (DurationValue(19200, U.MONTH), "en", "2 mons"),
        (DurationValue(1440, U.ELAPSED_DAY), "en", "1 eday"),
        (DurationValue(4320, U.ELAPSED_DAY), "en", "3 edays"),
        (DurationValue(180, U.ELAPSED_HOUR), "en", "3 ehrs"),
        (DurationValue(90, U.ELAPSED_MINUTE), "en", "90 emins"),
        (DurationValue(20160, U.ELAPSED_WEEK), "en", "2 ewks"),
        (DurationValue(43200, U.ELAPSED_MONTH), "en", "1 emon"),
        (DurationValue(2400, U.DAY, estimated=True), "en", "5 days?"),
        (DurationValue(160, U.HOUR), "en", "2.67 hrs"),
        (DurationValue(100_000, U.DAY), "en", "208.33 days"),
        (DurationValue(4800_000, U.DAY), "en", "10000 days"),
        (DurationValue(480, U.DAY), "nl", "1 dag"),
        (DurationValue(2400, U.DAY), "nl", "5 dagen"),
        (DurationValue(720, U.DAY), "nl", "1,5 dagen"),
        (DurationValue(60, U.HOUR), "nl", "1 uur"),
        (DurationValue(180, U.HOUR), "nl", "3 uur"),
        (DurationValue(2400, U.WEEK), "nl", "1 week"),
        (DurationValue(4800, U.WEEK), "nl", "2 weken"),
        (DurationValue(9600, U.MONTH), "nl", "1 maand"),
        (DurationValue(19200, U.MONTH), "nl", "2 maanden"),
        (DurationValue(30, U.MINUTE), "nl", "30 min"),
        (DurationValue(1, U.MINUTE), "nl", "1 min"),
        (DurationValue(4320, U.ELAPSED_DAY), "nl", "3 edagen"),
        (DurationValue(1440, U.ELAPSED_DAY), "nl", "1 edag"),
        (DurationValue(120, U.ELAPSED_HOUR), "nl", "2 euur"),
        (DurationValue(86400, U.ELAPSED_MONTH), "nl", "2 emaanden"),
        (DurationValue(720, U.DAY, estimated=True), "nl", "1,5 dagen?"),
        (DurationValue(160, U.HOUR), "nl", "2,67 uur"),
        (DurationValue(480, U.DAY), "nl_NL", "1 dag"),
        (DurationValue(480, U.DAY), "de", "1 day"),  # unknown languages fall back to English
    ],
)
def test_format_duration(value: DurationValue, language: str, expected: str) -> None:
    assert format_duration(value, S, language) == expected


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (DurationValue(2400, U.DAY), "en", "5d"),
        (DurationValue(720, U.DAY), "en", "1.5d"),
        (DurationValue(720, U.DAY), "nl", "1,5d"),
        (DurationValue(180, U.HOUR), "en", "3h"),
        (DurationValue(180, U.HOUR), "nl", "3u"),
        (DurationValue(90, U.MINUTE), "en", "90m"),
        (DurationValue(90, U.MINUTE), "nl", "90min"),
        (DurationValue(4800, U.WEEK), "en", "2w"),
        (DurationValue(4800, U.WEEK), "nl", "2w"),
        (DurationValue(9600, U.MONTH), "en", "1mo"),
        (DurationValue(9600, U.MONTH), "nl", "1mnd"),
        (DurationValue(4320, U.ELAPSED_DAY), "en", "3ed"),
        (DurationValue(4320, U.ELAPSED_DAY), "nl", "3ed"),
        (DurationValue(120, U.ELAPSED_HOUR), "en", "2eh"),
        (DurationValue(120, U.ELAPSED_HOUR), "nl", "2eu"),
        (DurationValue(43200, U.ELAPSED_MONTH), "en", "1emo"),
        (DurationValue(43200, U.ELAPSED_MONTH), "nl", "1emnd"),
        (DurationValue(30, U.ELAPSED_MINUTE), "nl", "30emin"),
        (DurationValue(2400, U.DAY, estimated=True), "en", "5d?"),
        (DurationValue(0, U.DAY), "nl", "0d"),
    ],
)
def test_format_duration_compact(value: DurationValue, language: str, expected: str) -> None:
    assert format_duration(value, S, language, compact=True) == expected


def test_format_duration_of_plain_minutes_and_another_unit() -> None:
    assert format_duration(2400, S) == "5 days"
    assert format_duration(2400, S, unit=U.HOUR) == "40 hrs"
    assert format_duration(DurationValue(2400, U.DAY), S, "nl", U.WEEK) == "1 week"
    assert format_duration(90, S, "nl", U.HOUR, compact=True) == "1,5u"
    assert format_duration(-480, S) == "-1 day"  # negative slack
    assert format_duration(-720, S, "nl") == "-1,5 dagen"
    assert format_duration(-1, S) == "0 days"  # rounds to zero: no minus sign
    assert format_duration(1, S) == "0 days"  # two decimals hide a single minute


def test_format_duration_rounds_half_away_from_zero() -> None:
    settings = UnitSettings(minutes_per_day=1000, minutes_per_week=5000)
    assert format_duration(1005, settings) == "1.01 days"
    assert format_duration(-1005, settings) == "-1.01 days"
    assert format_duration(1004, settings) == "1 day"


# --- parse_predecessors -----------------------------------------------------------------------

PREDECESSORS = [
    ("", "en", []),
    ("   ", "nl", []),
    ("3", "en", [PredecessorRef(3)]),
    ("3FS", "en", [PredecessorRef(3)]),
    ("3fs", "en", [PredecessorRef(3)]),
    ("5SS-1d", "en", [PredecessorRef(5, L.SS, -480)]),
    ("7FF+50%", "en", [PredecessorRef(7, L.FF, lag_percent=50.0)]),
    ("7FF-25%", "en", [PredecessorRef(7, L.FF, lag_percent=-25.0)]),
    ("4SF+2h", "en", [PredecessorRef(4, L.SF, 120, U.HOUR)]),
    ("12FS+3ed", "en", [PredecessorRef(12, L.FS, 3 * 1440, U.ELAPSED_DAY)]),
    ("3+2d", "en", [PredecessorRef(3, L.FS, 960)]),
    ("3+2", "en", [PredecessorRef(3, L.FS, 960)]),  # a bare lag is in days
    ("3SS+1.5w", "en", [PredecessorRef(3, L.SS, 3600, U.WEEK)]),
    ("3+4h", "en", [PredecessorRef(3, L.FS, 240, U.HOUR)]),
    ("3 ss + 2 days", "en", [PredecessorRef(3, L.SS, 960)]),
    ("3FS+0d", "en", [PredecessorRef(3)]),  # a zero lag is no lag
    ("3FS-0h", "en", [PredecessorRef(3)]),
    ("3SS+0%", "en", [PredecessorRef(3, L.SS)]),
    ("3FF+12.5%", "en", [PredecessorRef(3, L.FF, lag_percent=12.5)]),
    ("3;5", "en", [PredecessorRef(3), PredecessorRef(5)]),
    ("3,5", "en", [PredecessorRef(3), PredecessorRef(5)]),
    ("3, 5SS ; 7", "en", [PredecessorRef(3), PredecessorRef(5, L.SS), PredecessorRef(7)]),
    ("3;;5;", "en", [PredecessorRef(3), PredecessorRef(5)]),
    ("8;2;5", "en", [PredecessorRef(8), PredecessorRef(2), PredecessorRef(5)]),  # typed order
    ("003", "en", [PredecessorRef(3)]),
    ("3\u22121d", "en", [PredecessorRef(3, L.FS, -480)]),
    (
        "3;5SS-1d;7FF+50%",
        "en",
        [
            PredecessorRef(3),
            PredecessorRef(5, L.SS, -480),
            PredecessorRef(7, L.FF, lag_percent=50.0),
        ],
    ),
    ("3EB", "nl", [PredecessorRef(3)]),
    ("3eb", "nl", [PredecessorRef(3)]),
    ("5BB-1d", "nl", [PredecessorRef(5, L.SS, -480)]),
    ("7EE+50%", "nl", [PredecessorRef(7, L.FF, lag_percent=50.0)]),
    ("4BE+2u", "nl", [PredecessorRef(4, L.SF, 120, U.HOUR)]),
    ("5BB-1,5d", "nl", [PredecessorRef(5, L.SS, -720)]),
    ("5SS-1.5d", "nl", [PredecessorRef(5, L.SS, -720)]),  # English codes and decimal point
    ("7EE+12,5%", "nl", [PredecessorRef(7, L.FF, lag_percent=12.5)]),
    ("3+2 dagen", "nl", [PredecessorRef(3, L.FS, 960)]),
    ("3+1 week", "nl", [PredecessorRef(3, L.FS, 2400, U.WEEK)]),
    ("12EB+3ed", "nl", [PredecessorRef(12, L.FS, 3 * 1440, U.ELAPSED_DAY)]),
    (
        "3; 5BB-1,5d ;7EE+50%",
        "nl",
        [
            PredecessorRef(3),
            PredecessorRef(5, L.SS, -720),
            PredecessorRef(7, L.FF, lag_percent=50.0),
        ],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PREDECESSORS)
def test_parse_predecessors(text: str, language: str, expected: list[PredecessorRef]) -> None:
    assert parse_predecessors(text, S, language) == expected


def test_a_bare_lag_takes_the_default_unit() -> None:
    refs = parse_predecessors("3+2", S, default_unit=U.HOUR)
    assert refs == [PredecessorRef(3, L.FS, 120, U.HOUR)]


def test_lags_round_half_away_from_zero() -> None:
    assert parse_predecessors("3+2.5m", S) == [PredecessorRef(3, L.FS, 3, U.MINUTE)]
    assert parse_predecessors("3-2.5m", S) == [PredecessorRef(3, L.FS, -3, U.MINUTE)]
    assert parse_predecessors("3-0.01d", S) == [PredecessorRef(3, L.FS, -5)]


@pytest.mark.parametrize(
    ("text", "language", "code", "item"),
    [
        ("3;3", "en", "predecessor.duplicate", "3"),
        ("3; 5; 3FS+1d", "en", "predecessor.duplicate", "3FS+1d"),
        ("3EB;3BB", "nl", "predecessor.duplicate", "3BB"),
        ("0", "en", "predecessor.bad_id", "0"),
        ("000", "en", "predecessor.bad_id", "000"),
        ("-3", "en", "predecessor.bad_id", "-3"),
        ("FS", "en", "predecessor.bad_id", "FS"),
        ("3;x", "en", "predecessor.bad_id", "x"),
        ("3.5", "en", "predecessor.bad_id", "3.5"),
        ("3,5", "nl", "predecessor.bad_id", "3,5"),  # the Dutch comma is no separator
        ("1234567890", "en", "predecessor.bad_id", "1234567890"),
        ("9" * 5000, "en", "predecessor.bad_id", "9" * 5000),
        ("3?", "en", "predecessor.bad_id", "3?"),
        ("3XX", "en", "predecessor.unknown_type", "3XX"),
        ("3d", "en", "predecessor.unknown_type", "3d"),
        ("3EB", "en", "predecessor.unknown_type", "3EB"),  # Dutch codes in the English UI
        ("3BX-1d", "nl", "predecessor.unknown_type", "3BX-1d"),
        ("3FS5d", "en", "predecessor.bad_lag", "3FS5d"),
        ("3+2x", "en", "predecessor.bad_lag", "3+2x"),
        ("3+", "en", "predecessor.bad_lag", "3+"),
        ("3SS-", "en", "predecessor.bad_lag", "3SS-"),
        ("3+%", "en", "predecessor.bad_lag", "3+%"),
        ("3+d", "en", "predecessor.bad_lag", "3+d"),
        ("3++2d", "en", "predecessor.bad_lag", "3++2d"),
        ("3+2d?", "en", "predecessor.bad_lag", "3+2d?"),
        ("3+2u", "en", "predecessor.bad_lag", "3+2u"),
        ("3+1.2,5d", "nl", "predecessor.bad_lag", "3+1.2,5d"),
        ("3+5%%", "en", "predecessor.bad_lag", "3+5%%"),
        ("3+26001d", "en", "predecessor.lag_too_large", "3+26001d"),
        ("3-26001d", "en", "predecessor.lag_too_large", "3-26001d"),
        ("3+10001%", "en", "predecessor.lag_too_large", "3+10001%"),
        ("3-10001%", "nl", "predecessor.lag_too_large", "3-10001%"),
    ],
)
def test_refused_predecessors(text: str, language: str, code: str, item: str) -> None:
    with pytest.raises(TextError) as caught:
        parse_predecessors(text, S, language)
    assert caught.value.code == code
    assert caught.value.text == item
    assert "\n" not in str(caught.value)


def test_the_lag_limits_themselves_are_accepted() -> None:
    assert parse_predecessors("3-26000d", S) == [PredecessorRef(3, L.FS, -12_480_000)]
    assert parse_predecessors("3+10000%", S) == [PredecessorRef(3, lag_percent=10000.0)]
    assert parse_predecessors(str(MAX_TASK_ID), S) == [PredecessorRef(MAX_TASK_ID)]


def test_predecessor_ref_checks_itself() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        PredecessorRef(0)
    with pytest.raises(ValueError, match="not both"):
        PredecessorRef(3, lag_minutes=480, lag_percent=50.0)
    with pytest.raises(ValueError, match="finite"):
        PredecessorRef(3, lag_percent=float("nan"))


# --- format_predecessors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("refs", "language", "expected"),
    [
        ([], "en", ""),
        ([PredecessorRef(3)], "en", "3"),
        ([PredecessorRef(3, L.SS)], "en", "3SS"),
        ([PredecessorRef(3, L.SS)], "nl", "3BB"),
        ([PredecessorRef(3, L.FS, 960)], "en", "3FS+2d"),
        ([PredecessorRef(3, L.FS, 960)], "nl", "3EB+2d"),
        ([PredecessorRef(5, L.SS, -480)], "en", "5SS-1d"),
        ([PredecessorRef(5, L.SS, -720)], "nl", "5BB-1,5d"),
        ([PredecessorRef(7, L.FF, lag_percent=50.0)], "en", "7FF+50%"),
        ([PredecessorRef(7, L.FF, lag_percent=-12.5)], "nl", "7EE-12,5%"),
        ([PredecessorRef(4, L.SF, 120, U.HOUR)], "en", "4SF+2h"),
        ([PredecessorRef(4, L.SF, 120, U.HOUR)], "nl", "4BE+2u"),
        ([PredecessorRef(12, L.FS, 4320, U.ELAPSED_DAY)], "en", "12FS+3ed"),
        ([PredecessorRef(2, L.FF, 3600, U.WEEK)], "en", "2FF+1.5w"),
        ([PredecessorRef(2, L.FF, 9600, U.MONTH)], "en", "2FF+1mo"),
        ([PredecessorRef(2, L.FF, 9600, U.MONTH)], "nl", "2EE+1mnd"),
        ([PredecessorRef(2, L.FS, 45, U.MINUTE)], "nl", "2EB+45min"),
        ([PredecessorRef(2, L.FS, 1, U.DAY)], "en", "2FS+0.002d"),  # exact, not two decimals
        ([PredecessorRef(2, L.FS, 0, U.HOUR)], "en", "2"),
        ([PredecessorRef(2, L.SS, lag_percent=0.0)], "en", "2SS"),
        (
            [
                PredecessorRef(3),
                PredecessorRef(5, L.SS, -480),
                PredecessorRef(7, L.FF, 0, U.DAY, 50),
            ],
            "en",
            "3;5SS-1d;7FF+50%",
        ),
        (
            [
                PredecessorRef(3),
                PredecessorRef(5, L.SS, -480),
                PredecessorRef(7, L.FF, 0, U.DAY, 50),
            ],
            "nl",
            "3;5BB-1d;7EE+50%",
        ),
    ],
)
def test_format_predecessors(refs: list[PredecessorRef], language: str, expected: str) -> None:
    assert format_predecessors(refs, S, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "canonical"),
    [
        ("3fs", "en", "3"),
        ("3 , 5ss+0d", "en", "3;5SS"),
        ("3+2 days", "en", "3FS+2d"),
        ("5SS - 1.50 d", "en", "5SS-1.5d"),
        ("7ff+050.0%", "en", "7FF+50%"),
        ("3+0.125d", "en", "3FS+0.125d"),  # 60 minutes: the lag keeps what was typed
        ("3eb;5bb-1,50d", "nl", "3;5BB-1,5d"),
        ("5SS-1.5 days", "nl", "5BB-1,5d"),
    ],
)
def test_format_of_parse_is_canonical(text: str, language: str, canonical: str) -> None:
    refs = parse_predecessors(text, S, language)
    assert format_predecessors(refs, S, language) == canonical
    assert parse_predecessors(canonical, S, language) == refs


# --- properties -------------------------------------------------------------------------------

LANGUAGES = st.sampled_from(["en", "nl"])
UNITS = st.sampled_from(list(DurationUnit))


@st.composite
def unit_settings(draw: st.DrawFn) -> UnitSettings:
    per_day = draw(st.integers(1, 1440))
    return UnitSettings(
        minutes_per_day=per_day,
        minutes_per_week=draw(st.integers(per_day, 7 * per_day)),
        days_per_month=draw(st.integers(1, 31)),
    )


@given(
    settings=unit_settings(),
    unit=UNITS,
    fraction=st.floats(0, 1),
    estimated=st.booleans(),
    language=LANGUAGES,
    compact=st.booleans(),
)
def test_formatted_durations_read_back_to_their_own_text(
    *,
    settings: UnitSettings,
    unit: DurationUnit,
    fraction: float,
    estimated: bool,
    language: str,
    compact: bool,
) -> None:
    minutes = int(fraction * max_minutes(unit, settings))
    text = format_duration(
        DurationValue(minutes, unit, estimated), settings, language, compact=compact
    )
    again = parse_duration(text, settings, language)
    assert again.unit is unit
    assert again.estimated is estimated
    assert abs(again.minutes - minutes) <= to_minutes(1, unit, settings) / 200 + 1
    assert format_duration(again, settings, language, compact=compact) == text


@given(
    settings=unit_settings(),
    unit=UNITS,
    amount=st.decimals(min_value=0, max_value=1000, places=2),
    language=LANGUAGES,
    compact=st.booleans(),
)
def test_typed_two_decimal_durations_survive_a_round_trip(
    settings: UnitSettings, unit: DurationUnit, amount: Decimal, language: str, compact: bool
) -> None:
    number = format(amount, "f")
    if language == "nl":
        number = number.replace(".", ",")
    assume(to_minutes(amount, unit, settings) <= max_minutes(unit, settings))
    value = parse_duration(f"{number} {unit.value}", settings, language)
    text = format_duration(value, settings, language, compact=compact)
    assert parse_duration(text, settings, language) == value


@st.composite
def predecessor_lists(draw: st.DrawFn, settings: UnitSettings) -> list[PredecessorRef]:
    ids = draw(st.lists(st.integers(1, MAX_TASK_ID), unique=True, max_size=6))
    refs = []
    for task_id in ids:
        link = draw(st.sampled_from(list(LinkType)))
        kind = draw(st.sampled_from(["none", "minutes", "percent"]))
        if kind == "minutes":
            unit = draw(UNITS)
            limit = max_minutes(unit, settings)
            minutes = draw(st.integers(-limit, limit).filter(bool))
            refs.append(PredecessorRef(task_id, link, minutes, unit))
        elif kind == "percent":
            percent = draw(
                st.floats(-MAX_LAG_PERCENT, MAX_LAG_PERCENT, allow_nan=False).filter(bool)
            )
            refs.append(PredecessorRef(task_id, link, lag_percent=percent))
        else:
            refs.append(PredecessorRef(task_id, link))
    return refs


@given(data=st.data(), settings=unit_settings(), language=LANGUAGES)
def test_predecessor_lists_survive_a_round_trip(
    data: st.DataObject, settings: UnitSettings, language: str
) -> None:
    refs = data.draw(predecessor_lists(settings))
    text = format_predecessors(refs, settings, language)
    assert parse_predecessors(text, settings, language) == refs
    assert (
        format_predecessors(parse_predecessors(text, settings, language), settings, language)
        == text
    )


TYPING = st.text(alphabet="0123456789.,;+-%? dDhHwWmMoOeEfFsSbBuUnNaAgG\u2212", max_size=20)


@given(text=st.one_of(TYPING, st.text(max_size=20)), language=LANGUAGES)
def test_any_typing_reads_or_gives_a_text_error(text: str, language: str) -> None:
    try:
        value = parse_duration(text, S, language)
    except TextError as error:
        assert error.code.startswith("duration.")
        assert error.text == text
    else:
        assert value.minutes >= 0
        again = parse_duration(format_duration(value, S, language), S, language)
        assert format_duration(again, S, language) == format_duration(value, S, language)
    try:
        refs = parse_predecessors(text, S, language)
    except TextError as error:
        assert error.code.startswith("predecessor.")
    else:
        canonical = format_predecessors(refs, S, language)
        assert parse_predecessors(canonical, S, language) == refs
        assert format_predecessors(parse_predecessors(canonical, S, language), S, language) == (
            canonical
        )


@pytest.mark.parametrize("unit", list(DurationUnit))
@pytest.mark.parametrize(
    "settings", [S, UnitSettings(minutes_per_day=450, minutes_per_week=2400, days_per_month=21)]
)
def test_the_longest_value_of_each_unit_reads_back_and_one_unit_more_does_not(
    unit: DurationUnit, settings: UnitSettings
) -> None:
    longest = DurationValue(max_minutes(unit, settings), unit)
    whole_units = longest.minutes // to_minutes(1, unit, settings)
    for language in ("en", "nl"):
        text = format_duration(longest, settings, language)
        assert text.startswith(f"{whole_units} ")
        assert parse_duration(text, settings, language) == longest
        with pytest.raises(TextError, match="100 years"):
            parse_duration(f"{whole_units + 1}{unit.value}", settings, language)
        lag = [PredecessorRef(1, L.SS, -longest.minutes, unit)]
        assert (
            parse_predecessors(format_predecessors(lag, settings, language), settings, language)
            == lag
        )
