"""Requirement codes and the limits on charter values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.charter import Charter, charter_findings, check_charter_dates
from app.domain.requirements import next_reference
from app.domain.validation import InvalidValue, check_currency, check_date, check_text


def test_next_reference_follows_the_highest_code_and_never_reuses_one() -> None:
    assert next_reference([]) == "REQ-001"
    assert next_reference(["REQ-001", "REQ-007", "REQ-003"]) == "REQ-008"
    assert next_reference(["REQ-999"]) == "REQ-1000"
    assert next_reference(["other", "REQ-x"]) == "REQ-001"


@given(st.sets(st.integers(min_value=1, max_value=5000)))
def test_next_reference_is_always_new(numbers: set[int]) -> None:
    existing = [f"REQ-{n:03d}" for n in numbers]
    assert next_reference(existing) not in existing


@pytest.mark.parametrize("day", [dt.date(1983, 12, 31), dt.date(2150, 1, 1)])
def test_dates_outside_the_interchange_range_are_refused(day: dt.date) -> None:
    with pytest.raises(InvalidValue) as refused:
        check_date("start_date", day)
    assert refused.value.code == "date_out_of_range"


def test_required_text_must_hold_more_than_white_space() -> None:
    with pytest.raises(InvalidValue):
        check_text("name", "   ", required=True)
    assert check_text("name", " x ", required=True) == " x "


def test_currency_codes_are_normalised_to_upper_case() -> None:
    assert check_currency(" usd ") == "USD"
    with pytest.raises(InvalidValue):
        check_currency("EURO")


def test_target_finish_before_start_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        check_charter_dates(dt.date(2026, 5, 1), dt.date(2026, 4, 30))
    assert refused.value.field == "target_finish"
    check_charter_dates(dt.date(2026, 5, 1), None)


def test_charter_findings_name_what_is_missing() -> None:
    charter = Charter(
        name="X",
        code="",
        sponsor="",
        manager="",
        start_date=dt.date(2026, 5, 1),
        target_finish=None,
        status_date=dt.date(2026, 4, 1),
        currency="EUR",
        goal="",
        scope_in="",
        scope_out="",
        assumptions="",
        constraints="",
    )
    assert charter_findings(charter) == [
        "charter.goal_missing",
        "charter.manager_missing",
        "charter.status_date_before_start",
    ]
