"""Public holidays from the `holidays` package and the Dutch default calendar."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.calendar import DEFAULT_DAY, WorkCalendar
from app.domain.public_holidays import (
    dutch_standard_calendar,
    public_holiday_exceptions,
    supported_countries,
)


def _names(
    year: int,
    dropped: frozenset[str] = frozenset(),
    categories: frozenset[str] = frozenset({"public"}),
) -> dict[date, str]:
    exceptions = public_holiday_exceptions(
        "NL", range(year, year + 1), dropped=dropped, categories=categories
    )
    return {exc.start: exc.name for exc in exceptions}


def test_dutch_holidays_carry_dutch_names() -> None:
    assert _names(2026) == {
        date(2026, 1, 1): "Nieuwjaarsdag",
        date(2026, 4, 3): "Goede vrijdag",
        date(2026, 4, 5): "Eerste paasdag",
        date(2026, 4, 6): "Tweede paasdag",
        date(2026, 4, 27): "Koningsdag",
        date(2026, 5, 14): "Hemelvaartsdag",
        date(2026, 5, 24): "Eerste pinksterdag",
        date(2026, 5, 25): "Tweede pinksterdag",
        date(2026, 12, 25): "Eerste kerstdag",
        date(2026, 12, 26): "Tweede kerstdag",
    }


def test_every_exception_is_one_non_working_day() -> None:
    for exc in public_holiday_exceptions():
        assert exc.start == exc.finish
        assert exc.working_times == ()
        assert exc.recurrence is None


def test_names_do_not_follow_the_machine_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "en_US")
    public_holiday_exceptions.cache_clear()
    assert _names(2026)[date(2026, 4, 27)] == "Koningsdag"
    assert public_holiday_exceptions("NL", range(2026, 2027), language="en_US")[0].name == (
        "New Year's Day"
    )


def test_koningsdag_moves_to_saturday_when_27_april_is_a_sunday() -> None:
    assert _names(2025)[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in _names(2025)
    assert _names(2026)[date(2026, 4, 27)] == "Koningsdag"
    assert _names(2013)[date(2013, 4, 30)] == "Koninginnedag"


def test_bevrijdingsdag_is_public_in_lustrum_years_only() -> None:
    assert _names(2025)[date(2025, 5, 5)] == "Bevrijdingsdag"
    assert _names(2030)[date(2030, 5, 5)] == "Bevrijdingsdag"
    assert date(2026, 5, 5) not in _names(2026)
    every_year = _names(2026, categories=frozenset({"public", "optional"}))
    assert every_year[date(2026, 5, 5)] == "Bevrijdingsdag"


def test_two_holidays_on_one_day_share_an_exception() -> None:
    assert _names(2005)[date(2005, 5, 5)] == "Bevrijdingsdag; Hemelvaartsdag"
    partly = _names(2005, dropped=frozenset({"Bevrijdingsdag"}))
    assert partly[date(2005, 5, 5)] == "Hemelvaartsdag"


def test_dropped_names_match_without_regard_to_case() -> None:
    assert date(2026, 4, 3) not in _names(2026, dropped=frozenset({"Goede Vrijdag"}))


def test_the_dutch_standard_calendar() -> None:
    spec = dutch_standard_calendar()
    assert spec is dutch_standard_calendar()  # cached: one shared spec
    assert spec.week == (DEFAULT_DAY,) * 5 + ((), ())
    calendar = WorkCalendar(spec)
    assert calendar.day_hours(date(2025, 4, 18)) == DEFAULT_DAY  # Goede vrijdag is worked
    assert not calendar.is_working_day(date(2025, 4, 21))  # Tweede paasdag
    assert not calendar.is_working_day(date(2025, 5, 5))  # Bevrijdingsdag, a lustrum year
    assert calendar.is_working_day(date(2026, 5, 5))
    assert not calendar.is_working_day(date(2100, 12, 25))
    assert not calendar.is_working_day(date(1984, 4, 30))  # Koninginnedag
    # The package stops at 2100 (its end_year); later years have no holidays.
    assert {exc.start.year for exc in spec.exceptions} >= set(range(1984, 2101))
    assert all("Goede vrijdag" not in exc.name for exc in spec.exceptions)


def test_other_countries_and_subdivisions() -> None:
    bavaria = {
        exc.start: exc.name for exc in public_holiday_exceptions("DE", range(2025, 2026), "BY")
    }
    assert bavaria[date(2025, 1, 6)] == "Heilige Drei Könige"
    assert "BY" in supported_countries()["DE"]
    with pytest.raises(ValueError, match="no public holidays known"):
        public_holiday_exceptions("XX", range(2025, 2026))
    with pytest.raises(ValueError, match="no public holidays known"):
        public_holiday_exceptions("NL", range(2025, 2026), "Atlantis")
