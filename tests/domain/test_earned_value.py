"""Earned value: the textbook example by hand, PV from the baseline timephasing, roll-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, localcontext
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import CalendarException, CalendarSpec, WorkCalendar, to_instant
from app.domain.cost import Accrual
from app.domain.earned_value import (
    NO_BASELINE,
    EacMethod,
    EvMethod,
    EvmFigures,
    EvmInputs,
    NoBaseline,
    earned_value,
)
from app.domain.timephase import spread

DAY = 480
EURO = 100
STANDARD = WorkCalendar(CalendarSpec("Standard"))
HOLIDAY = WorkCalendar(
    CalendarSpec(
        "Holiday", exceptions=(CalendarException("Day off", date(2026, 1, 7), date(2026, 1, 7)),)
    )
)
MONDAY = to_instant(datetime(2026, 1, 5, 8))


def three(value: Decimal | None) -> Decimal:
    assert value is not None
    return round(value, 3)


# BAC 100,000, PV 50,000, EV 40,000, AC 45,000 (euro), as in every EVM course.
EXAMPLE = EvmFigures(
    bac_cents=100_000 * EURO, pv_cents=50_000 * EURO, ev_cents=40_000 * EURO, ac_cents=45_000 * EURO
)


def test_the_worked_example_by_hand() -> None:
    f = EXAMPLE
    assert f.sv_cents == -10_000 * EURO
    assert f.cv_cents == -5_000 * EURO
    assert f.spi == Decimal("0.8")
    assert three(f.cpi) == Decimal("0.889")
    assert f.sv_percent == Decimal(-20)
    assert f.cv_percent == Decimal("-12.5")
    assert f.eac(EacMethod.CPI) == 112_500 * EURO  # 100,000 / 0.8889
    assert f.eac(EacMethod.ATYPICAL) == 105_000 * EURO  # 45,000 + 60,000
    assert f.eac(EacMethod.CPI_SPI) == 129_375 * EURO  # 45,000 + 60,000 / (0.8889 × 0.8)
    assert f.eac(EacMethod.BOTTOM_UP) is None  # no remaining cost given
    assert f.eac_cents == 112_500 * EURO  # BAC / CPI unless another method is chosen
    assert f.etc_cents == 67_500 * EURO
    assert f.vac_cents == -12_500 * EURO
    assert three(f.tcpi_bac) == Decimal("1.091")  # 60,000 / 55,000
    assert three(f.tcpi_eac) == Decimal("0.889")  # 60,000 / 67,500


def test_bottom_up_estimate_and_the_chosen_method() -> None:
    f = EvmFigures(
        100_000 * EURO,
        50_000 * EURO,
        40_000 * EURO,
        45_000 * EURO,
        etc_bottom_up_cents=70_000 * EURO,
        eac_method=EacMethod.BOTTOM_UP,
    )
    assert f.eac_cents == 115_000 * EURO
    assert f.etc_cents == 70_000 * EURO
    assert f.vac_cents == -15_000 * EURO
    assert three(f.tcpi_eac) == Decimal("0.857")  # 60,000 / 70,000


def test_money_figures_are_rounded_once_to_the_cent() -> None:
    f = EvmFigures(bac_cents=1000, pv_cents=300, ev_cents=300, ac_cents=700)
    assert f.eac(EacMethod.CPI) == 2333  # 1000 × 700 / 300 = 2333.33
    f = EvmFigures(bac_cents=1000, pv_cents=200, ev_cents=300, ac_cents=701)
    assert f.eac(EacMethod.CPI) == 2337  # 2336.67
    assert f.eac(EacMethod.CPI_SPI) == 701 + 1090  # 700 × 701 × 200 / 90,000 = 1090.44


def test_undefined_figures_are_none() -> None:
    nothing = EvmFigures(bac_cents=1000, pv_cents=0, ev_cents=0, ac_cents=0)
    assert nothing.spi is None and nothing.cpi is None
    assert nothing.sv_percent is None and nothing.cv_percent is None
    assert nothing.eac(EacMethod.CPI) is None
    assert nothing.eac(EacMethod.CPI_SPI) is None
    assert nothing.eac_cents is None and nothing.etc_cents is None and nothing.vac_cents is None
    assert nothing.tcpi_eac is None
    assert nothing.tcpi_bac == Decimal(1)
    assert nothing.eac(EacMethod.ATYPICAL) == 1000
    spent = EvmFigures(bac_cents=1000, pv_cents=500, ev_cents=500, ac_cents=1000)
    assert spent.tcpi_bac is None  # the budget is used up
    assert spent.eac(EacMethod.CPI) == 2000
    unspent = EvmFigures(bac_cents=1000, pv_cents=500, ev_cents=500, ac_cents=0)
    assert unspent.cpi is None and unspent.eac(EacMethod.CPI) is None


def test_indices_ignore_the_callers_decimal_context() -> None:
    with localcontext() as context:
        context.prec = 3
        assert str(EXAMPLE.cpi).startswith("0.88888888888")


# --- through earned_value() --------------------------------------------------------------------


BASE = EvmInputs(
    1,
    bac_cents=100_000 * EURO,
    baseline_start=MONDAY,
    baseline_finish=STANDARD.add_work(MONDAY, 10 * DAY),
)


def task(task_id: int = 1, **changes: Any) -> EvmInputs:
    """A ten-working-day task from Monday 5 January 2026 with a €100,000 baseline."""
    return replace(BASE, task_id=task_id, **changes)


def test_the_worked_example_from_a_plan() -> None:
    row = task(percent_complete=40, actual_cost_cents=45_000 * EURO)
    result = earned_value([row], date(2026, 1, 9), STANDARD)  # end of the fifth day
    f = result[1]
    assert (f.bac_cents, f.pv_cents, f.ev_cents, f.ac_cents) == (
        100_000 * EURO,
        50_000 * EURO,
        40_000 * EURO,
        45_000 * EURO,
    )
    assert f.eac(EacMethod.CPI_SPI) == 129_375 * EURO
    assert result.project == f
    assert result.status == to_instant(datetime(2026, 1, 10))


@pytest.mark.parametrize("calendar", [STANDARD, HOLIDAY], ids=["plain", "holiday"])
def test_planned_value_is_half_after_the_fifth_working_day(calendar: WorkCalendar) -> None:
    finish = calendar.add_work(MONDAY, 10 * DAY)
    fifth = date(2026, 1, 12) if calendar is HOLIDAY else date(2026, 1, 9)
    row = task(bac_cents=10_000 * EURO, baseline_finish=finish)
    assert earned_value([row], fifth, calendar).project.pv_cents == 5_000 * EURO
    # The same from a task calendar, and from the timephased baseline itself.
    own = task(bac_cents=10_000 * EURO, baseline_finish=finish, calendar=calendar)
    assert earned_value([own], fifth, STANDARD).project.pv_cents == 5_000 * EURO
    series = spread(10_000 * EURO, MONDAY, finish, calendar)
    timephased = EvmInputs(1, bac_cents=10_000 * EURO, baseline_series=series)
    assert earned_value([timephased], fifth, STANDARD).project.pv_cents == 5_000 * EURO
    plain = EvmInputs(1, bac_cents=10_000 * EURO, baseline_series=list(series))
    assert earned_value([plain], fifth, STANDARD).project.pv_cents == 5_000 * EURO


def test_planned_value_at_an_instant_and_by_accrual() -> None:
    noon = to_instant(datetime(2026, 1, 5, 12))
    assert earned_value([task()], noon, STANDARD).project.pv_cents == 5_000 * EURO  # 4 of 80 h
    assert earned_value([task(accrual=Accrual.START)], noon, STANDARD).project.pv_cents == (
        100_000 * EURO
    )
    assert (
        earned_value([task(accrual=Accrual.END)], date(2026, 1, 15), STANDARD).project.pv_cents == 0
    )
    assert earned_value(
        [task(accrual=Accrual.END)], date(2026, 1, 16), STANDARD
    ).project.pv_cents == (100_000 * EURO)
    assert earned_value([task()], date(2026, 1, 2), STANDARD).project.pv_cents == 0


@pytest.mark.parametrize(
    ("method", "percent", "physical", "started", "ev"),
    [
        (EvMethod.PERCENT_COMPLETE, 40, 10, False, 40_000),
        (EvMethod.PHYSICAL, 40, 10, False, 10_000),
        (EvMethod.ZERO_HUNDRED, 99, 0, True, 0),
        (EvMethod.ZERO_HUNDRED, 100, 0, True, 100_000),
        (EvMethod.FIFTY_FIFTY, 0, 0, False, 0),
        (EvMethod.FIFTY_FIFTY, 0, 0, True, 50_000),
        (EvMethod.FIFTY_FIFTY, 1, 0, False, 50_000),
        (EvMethod.FIFTY_FIFTY, 100, 0, True, 100_000),
    ],
)
def test_earned_value_methods(
    method: EvMethod, percent: int, physical: int, started: bool, ev: int
) -> None:
    row = task(
        ev_method=method,
        percent_complete=percent,
        physical_percent_complete=physical,
        started=started,
    )
    assert earned_value([row], date(2026, 1, 9), STANDARD).project.ev_cents == ev * EURO


def test_earned_value_rounds_half_up() -> None:
    row = task(bac_cents=101, percent_complete=50)
    assert earned_value([row], date(2026, 1, 9), STANDARD).project.ev_cents == 51
    half = task(bac_cents=101, ev_method=EvMethod.FIFTY_FIFTY, started=True)
    assert earned_value([half], date(2026, 1, 9), STANDARD).project.ev_cents == 51


def test_without_a_baseline_there_is_no_earned_value() -> None:
    with pytest.raises(NoBaseline) as refused:
        earned_value([EvmInputs(1, actual_cost_cents=500)], date(2026, 1, 9), STANDARD)
    assert str(refused.value) == (
        "There is no earned value without a baseline: "
        "save a baseline first (Project > Save Baseline)."
    )
    assert refused.value.code == NO_BASELINE
    with pytest.raises(NoBaseline):
        earned_value([], date(2026, 1, 9), STANDARD)


def test_a_task_added_after_the_baseline_only_costs() -> None:
    rows = [task(1, percent_complete=50), EvmInputs(2, percent_complete=50, actual_cost_cents=7)]
    result = earned_value(rows, date(2026, 1, 9), STANDARD)
    assert (result[2].bac_cents, result[2].pv_cents, result[2].ev_cents) == (0, 0, 0)
    assert result[2].ac_cents == 7
    assert result.project.ac_cents == 7


def test_a_baseline_cost_needs_baseline_dates() -> None:
    with pytest.raises(ValueError, match="no baseline dates"):
        earned_value([EvmInputs(1, bac_cents=5)], date(2026, 1, 9), STANDARD)


def test_percent_complete_must_be_a_percentage() -> None:
    with pytest.raises(ValueError, match="0 to 100"):
        earned_value([task(percent_complete=120)], date(2026, 1, 9), STANDARD)


def test_summaries_sum_and_recompute_their_indices() -> None:
    later = STANDARD.add_work(MONDAY, 10 * DAY)
    rows = [
        EvmInputs(
            10,
            bac_cents=1_000,
            baseline_start=MONDAY,
            baseline_finish=later,
            percent_complete=100,
            actual_cost_cents=1_000,
            etc_cents=0,
        ),
        task(
            11,
            parent=10,
            bac_cents=10_000,
            percent_complete=100,
            actual_cost_cents=10_000,
            etc_cents=0,
        ),
        task(
            12,
            parent=10,
            bac_cents=90_000,
            percent_complete=50,
            actual_cost_cents=90_000,
            etc_cents=45_000,
        ),
        task(13, bac_cents=5_000, percent_complete=0, etc_cents=None),
    ]
    result = earned_value(rows, date(2026, 1, 30), STANDARD)
    summary = result[10]
    assert summary.bac_cents == 101_000
    assert summary.ev_cents == 1_000 + 10_000 + 45_000
    assert summary.ac_cents == 101_000
    assert summary.etc_bottom_up_cents == 45_000
    # CPI from the sums (56,000 / 101,000), not the mean of 1.0, 1.0 and 0.5.
    assert three(summary.cpi) == Decimal("0.554")
    assert result.project.bac_cents == 106_000
    assert result.project.etc_bottom_up_cents is None  # task 13 has no remaining cost
    assert result[13].eac(EacMethod.BOTTOM_UP) is None
    assert list(result) == [10, 11, 12, 13] and len(result) == 4


@st.composite
def plans(draw: st.DrawFn) -> list[EvmInputs]:
    count = draw(st.integers(1, 20))
    rows = []
    for key in range(1, count + 1):
        parent = draw(st.none() | st.integers(1, key - 1)) if key > 1 else None
        days = draw(st.integers(0, 30))
        start = MONDAY + draw(st.integers(0, 60)) * 1440
        rows.append(
            EvmInputs(
                key,
                parent,
                bac_cents=draw(st.none() | st.integers(0, 10**9)),
                baseline_start=start,
                baseline_finish=STANDARD.add_work(start, days * DAY) if days else start,
                accrual=draw(st.sampled_from(list(Accrual))),
                percent_complete=draw(st.integers(0, 100)),
                physical_percent_complete=draw(st.integers(0, 100)),
                ev_method=draw(st.sampled_from(list(EvMethod))),
                started=draw(st.booleans()),
                actual_cost_cents=draw(st.integers(0, 10**9)),
                etc_cents=draw(st.integers(0, 10**9)),
            )
        )
    rows[0] = EvmInputs(1, bac_cents=0, etc_cents=0)  # always some baseline
    return draw(st.permutations(rows))


@given(plans(), st.integers(0, 120))
def test_the_project_is_the_sum_of_its_tasks(rows: list[EvmInputs], day: int) -> None:
    result = earned_value(rows, MONDAY + day * 1440, STANDARD)
    own = {row.task_id: row for row in rows}
    for field in ("bac_cents", "pv_cents", "ev_cents", "ac_cents", "etc_bottom_up_cents"):
        tops = sum(getattr(result[r.task_id], field) for r in rows if r.parent is None)
        assert getattr(result.project, field) == tops
    for key in result:
        f = result[key]
        bac = own[key].bac_cents or 0
        assert 0 <= f.pv_cents <= f.bac_cents and 0 <= f.ev_cents <= f.bac_cents
        if not any(r.parent == key for r in rows):
            assert f.bac_cents == bac
