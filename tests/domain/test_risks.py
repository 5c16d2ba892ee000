"""Risk scores, bands, EMV and the exposure trend, with default and project-chosen settings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.risks import (
    Band,
    RiskKind,
    RiskScales,
    RiskStatus,
    Snapshot,
    Strategy,
    check_strategy,
    exposure_trend,
    is_open,
    next_reference,
    residual_levels,
    review_overdue,
    risk_exposure,
    score,
    strategies_for,
)
from app.domain.validation import InvalidValue

DEFAULT = RiskScales()
CUSTOM = RiskScales(medium_from=4, high_from=8, critical_from=15, emv_percent=(5, 20, 40, 60, 95))


@pytest.mark.parametrize(
    ("probability", "impact", "default", "custom"),
    [
        (1, 1, Band.LOW, Band.LOW),
        (2, 2, Band.LOW, Band.MEDIUM),  # 4
        (1, 5, Band.MEDIUM, Band.MEDIUM),  # 5
        (3, 3, Band.MEDIUM, Band.HIGH),  # 9
        (2, 5, Band.HIGH, Band.HIGH),  # 10
        (3, 5, Band.HIGH, Band.CRITICAL),  # 15
        (4, 4, Band.HIGH, Band.CRITICAL),  # 16
        (4, 5, Band.CRITICAL, Band.CRITICAL),  # 20
        (5, 5, Band.CRITICAL, Band.CRITICAL),
    ],
)
def test_bands_follow_the_thresholds(
    probability: int, impact: int, default: Band, custom: Band
) -> None:
    assert DEFAULT.band_of(probability, impact) is default
    assert CUSTOM.band_of(probability, impact) is custom


def test_score_is_probability_times_impact_on_one_to_five() -> None:
    assert score(4, 3) == 12
    for bad in ((0, 3), (3, 6), (True, 2)):
        with pytest.raises(InvalidValue):
            score(*bad)  # type: ignore[arg-type]


def test_emv_is_the_levels_percentage_of_the_cost_impact_in_exact_cents() -> None:
    assert DEFAULT.emv_cents(1, 1_000_000) == 100_000  # 10 % of 10,000.00
    assert DEFAULT.emv_cents(5, 1_000_000) == 900_000
    assert CUSTOM.emv_cents(1, 1_000_000) == 50_000
    assert CUSTOM.emv_cents(5, 1_000_000) == 950_000
    # Half a cent rounds up, less than half down: 5 % of 10 and 30 cents.
    assert CUSTOM.emv_cents(1, 10) == 1  # 0.5 → 1
    assert CUSTOM.emv_cents(1, 9) == 0  # 0.45 → 0
    assert DEFAULT.emv_cents(2, 5) == 2  # 1.5 → 2
    assert DEFAULT.emv_cents(3, 333_333_333_333) == 166_666_666_667  # no float error


@given(st.integers(1, 5), st.integers(0, 10**15))
def test_emv_never_exceeds_the_cost_impact(probability: int, cents: int) -> None:
    emv = DEFAULT.emv_cents(probability, cents)
    assert 0 <= emv <= cents
    assert abs(emv * 100 - DEFAULT.emv_percent[probability - 1] * cents) <= 50


def test_residual_falls_back_to_inherent_until_assessed() -> None:
    assert residual_levels(4, 5, None, None) == (4, 5)
    assert residual_levels(4, 5, 2, None) == (2, 5)
    assert residual_levels(4, 5, 2, 3) == (2, 3)
    figures = risk_exposure(DEFAULT, (4, 5), (None, None), 1_000_000)
    assert figures == (20, Band.CRITICAL, 700_000, 20, Band.CRITICAL, 700_000)
    figures = risk_exposure(CUSTOM, (4, 5), (2, 3), 1_000_000)
    assert figures == (20, Band.CRITICAL, 600_000, 6, Band.MEDIUM, 200_000)


def test_strategies_suit_the_kind() -> None:
    assert Strategy.FALLBACK in strategies_for(RiskKind.THREAT)
    assert Strategy.EXPLOIT not in strategies_for(RiskKind.THREAT)
    assert Strategy.SHARE in strategies_for(RiskKind.OPPORTUNITY)
    assert check_strategy(RiskKind.OPPORTUNITY, "enhance") == "enhance"
    assert check_strategy(RiskKind.THREAT, "") == ""
    with pytest.raises(InvalidValue) as refused:
        check_strategy(RiskKind.OPPORTUNITY, "avoid")
    assert refused.value.code == "not_for_kind"
    with pytest.raises(InvalidValue):
        check_strategy(RiskKind.THREAT, "pray")


def test_open_and_overdue() -> None:
    status_date = dt.date(2026, 11, 26)
    assert is_open(RiskStatus.MONITORING) and not is_open("closed") and not is_open("occurred")
    assert review_overdue(dt.date(2026, 11, 25), "monitoring", status_date)
    assert not review_overdue(dt.date(2026, 11, 26), "monitoring", status_date)
    assert not review_overdue(dt.date(2026, 11, 1), "closed", status_date)
    assert not review_overdue(None, "monitoring", status_date)
    assert not review_overdue(dt.date(2026, 11, 1), "monitoring", None)


def test_codes_are_never_reused() -> None:
    assert next_reference([]) == "R-001"
    assert next_reference(["R-001", "R-009", "x"]) == "R-010"
    assert next_reference(["R-002"], last_issued=7) == "R-008"
    assert next_reference(["I-004"], prefix="I-") == "I-005"


def test_settings_round_trip_and_tolerate_missing_keys() -> None:
    custom = CUSTOM.replace(
        probability_labels=("rare", "unlikely", "possible", "likely", "almost certain"),
        categories=("schedule", "privacy"),
    )
    assert RiskScales.from_json(custom.to_json()) == custom
    assert RiskScales.from_json("{}") == DEFAULT
    partial = RiskScales.from_json('{"thresholds": {"high": 12}, "future": 1}')
    assert (partial.medium_from, partial.high_from, partial.critical_from) == (5, 12, 20)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"thresholds": {"medium": 10, "high": 5}}',
        '{"thresholds": {"critical": 26}}',
        '{"thresholds": []}',
        '{"emv_percent": [10, 30, 50]}',
        '{"emv_percent": [10, 30, 50, 70, 120]}',
        '{"emv_percent": [90, 70, 50, 30, 10]}',
        '{"emv_percent": "10"}',
        '{"probability_labels": ["a", "b", "c", "d", ""]}',
        '{"impact_labels": ["a", "b", "c", "d", 5]}',
        '{"categories": ["cost", "Cost"]}',
        '{"categories": [""]}',
        '{"categories": "cost"}',
    ],
)
def test_bad_settings_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        RiskScales.from_json(text)


def _snap(
    risk: int,
    day: int,
    p: int,
    i: int,
    cents: int,
    status: str = "monitoring",
    kind: RiskKind = RiskKind.THREAT,
) -> Snapshot:
    return Snapshot(risk, dt.date(2026, 9, day), p, i, cents, status, kind)


def test_exposure_trend_sums_the_latest_snapshot_of_each_open_threat_per_review_date() -> None:
    snapshots = [
        _snap(1, 1, 4, 5, 1_000_000),  # EMV 700,000, score 20
        _snap(2, 1, 3, 3, 200_000),  # EMV 100,000, score 9
        _snap(3, 1, 5, 5, 9_000_000, kind=RiskKind.OPPORTUNITY),  # never counted
        _snap(1, 15, 2, 5, 1_000_000),  # EMV 300,000, score 10
        _snap(4, 15, 1, 2, 100_000),  # EMV 10,000, score 2; first seen on the 15th
        _snap(2, 29, 3, 3, 200_000, "closed"),  # closed: drops out
        _snap(4, 29, 2, 2, 100_000, "occurred"),  # occurred: drops out
    ]
    trend = exposure_trend(reversed(snapshots), DEFAULT)  # order given does not matter
    assert [(p.review_date.day, p.emv_cents, p.score, p.open_risks) for p in trend] == [
        (1, 800_000, 29, 2),
        (15, 410_000, 21, 3),
        (29, 300_000, 10, 1),
    ]
    custom = exposure_trend(snapshots, CUSTOM)
    assert custom[0].emv_cents == 600_000 + 80_000  # 60 % and 40 %


def test_exposure_trend_keeps_the_last_snapshot_of_a_day() -> None:
    trend = exposure_trend([_snap(1, 1, 5, 5, 100), _snap(1, 1, 1, 1, 100)], DEFAULT)
    assert [(p.score, p.emv_cents) for p in trend] == [(1, 10)]
    assert exposure_trend([], DEFAULT) == []
