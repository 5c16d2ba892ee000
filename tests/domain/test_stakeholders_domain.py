"""The power/interest grid, engagement gaps, field checks and what anonymising clears."""

from __future__ import annotations

import pytest

from app.domain.stakeholders import (
    ANONYMISED_TEXT_FIELDS,
    ENGAGEMENT_LEVELS,
    Engagement,
    Quadrant,
    anonymised_name,
    anonymised_values,
    engagement_gap,
    normalise_stakeholder_value,
    quadrant,
)
from app.domain.validation import InvalidValue

# Power from 5 (top row) down to 1; interest from 1 (left) to 5. High means 3 or more.
GRID = """
KS KS MC MC MC
KS KS MC MC MC
KS KS MC MC MC
MO MO KI KI KI
MO MO KI KI KI
"""
CODES = {
    "MC": Quadrant.MANAGE_CLOSELY,
    "KS": Quadrant.KEEP_SATISFIED,
    "KI": Quadrant.KEEP_INFORMED,
    "MO": Quadrant.MONITOR,
}
EXPECTED = {
    (5 - row, column + 1): CODES[code]
    for row, line in enumerate(GRID.strip().splitlines())
    for column, code in enumerate(line.split())
}


@pytest.mark.parametrize(("power", "interest"), sorted(EXPECTED))
def test_quadrant_of_every_power_and_interest(power: int, interest: int) -> None:
    assert quadrant(power, interest) is EXPECTED[(power, interest)]


def test_the_grid_table_covers_all_25_combinations() -> None:
    assert len(EXPECTED) == 25
    assert {quadrant(p, i) for p in range(1, 6) for i in range(1, 6)} == set(Quadrant)


def test_engagement_levels_run_from_unaware_to_leading() -> None:
    assert [level.value for level in ENGAGEMENT_LEVELS] == [
        "unaware",
        "resistant",
        "neutral",
        "supportive",
        "leading",
    ]


@pytest.mark.parametrize(
    ("current", "desired", "gap"),
    [
        (Engagement.UNAWARE, Engagement.LEADING, 4),
        (Engagement.RESISTANT, Engagement.SUPPORTIVE, 2),
        (Engagement.NEUTRAL, Engagement.NEUTRAL, 0),
        (Engagement.LEADING, Engagement.SUPPORTIVE, -1),
    ],
)
def test_engagement_gap_counts_the_steps(
    current: Engagement, desired: Engagement, gap: int
) -> None:
    assert engagement_gap(current, desired) == gap


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("power", 0, "out_of_range"),
        ("power", 6, "out_of_range"),
        ("interest", -3, "out_of_range"),
        ("interest", "high", "not_a_number"),
        ("power", True, "not_a_number"),
        ("power", 2.5, "not_a_number"),
        ("attitude", "hostile", "not_an_attitude"),
        ("current_engagement", "enthusiastic", "not_an_engagement_level"),
        ("desired_engagement", "", "not_an_engagement_level"),
        ("name", "   ", "required"),
        ("name", "x" * 256, "too_long"),
        ("phone", "0" * 65, "too_long"),
        ("language", "x" * 33, "too_long"),
        ("concerns", "x" * 100_001, "too_long"),
        ("role", 7, "not_text"),
        ("internal", "yes", "not_a_flag"),
        ("birthday", "1 May", "unknown_field"),
    ],
)
def test_values_that_cannot_be_stored_are_refused(field: str, value: object, code: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        normalise_stakeholder_value(field, value)
    assert refused.value.code == code
    assert refused.value.field == field


def test_accepted_values_are_normalised() -> None:
    assert normalise_stakeholder_value("power", "4") == 4
    assert normalise_stakeholder_value("interest", 1) == 1
    assert normalise_stakeholder_value("name", "  Bas  ") == "Bas"
    assert normalise_stakeholder_value("concerns", "  kept\n") == "  kept\n"
    assert normalise_stakeholder_value("attitude", "resistor") == "resistor"
    assert normalise_stakeholder_value("internal", False) is False


def test_anonymising_replaces_the_name_and_clears_personal_text() -> None:
    values = anonymised_values(7)
    assert values["name"] == "Anonymised stakeholder 7" == anonymised_name(7)
    assert values["anonymised"] is True
    for field in ("email", "phone", "contact_notes", "requirements", "expectations"):
        assert values[field] == ""
    assert set(values) == {*ANONYMISED_TEXT_FIELDS, "name", "anonymised"}
    for kept in ("power", "interest", "attitude", "current_engagement", "desired_engagement"):
        assert kept not in values
    assert anonymised_name(3, "Geanonimiseerde belanghebbende {0}").endswith(" 3")
