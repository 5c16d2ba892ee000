"""Earned value at a status date: PV, EV, AC per task, rolled up to summaries and the project.

Money comes out as integer cents; every figure derived by division (EAC, ETC, VAC) is worked
out exactly from the integer sums and rounded once, half away from zero, so EAC = BAC / CPI
does not carry the rounding of a displayed CPI. Indices (SPI, CPI, TCPI, SV %, CV %) are
Decimal, None where the denominator is zero, and rounded only for display.

Summaries are recomputed from sums, never averaged: a summary's PV, EV, AC and BAC are its
own plus its children's, and its indices are those sums divided, as Microsoft Project does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Context, Decimal
from enum import StrEnum

from app.domain.calendar import WorkCalendar
from app.domain.cost import Accrual, hierarchy
from app.domain.money import divide_half_up
from app.domain.timephase import accrued_at, as_instant, cumulative_at

NO_BASELINE = "no_baseline"
_CONTEXT = Context(prec=28)  # fixed, so a caller's decimal context never changes a figure


class NoBaseline(ValueError):
    """Earned value needs a baseline to measure against; ``code`` is for translation."""

    code = NO_BASELINE

    def __init__(self) -> None:
        super().__init__(
            "There is no earned value without a baseline: "
            "save a baseline first (Project > Save Baseline)."
        )


class EvMethod(StrEnum):
    """How a task earns its value: MS Project's two methods and the two fixed formulas."""

    PERCENT_COMPLETE = "percent_complete"
    PHYSICAL = "physical"
    ZERO_HUNDRED = "zero_hundred"  # nothing until finished
    FIFTY_FIFTY = "fifty_fifty"  # half at the start, half at the finish


class EacMethod(StrEnum):
    """The four standard forecasts of the estimate at completion."""

    CPI = "cpi"  # BAC / CPI: spending goes on as it went (MS Project's EAC)
    ATYPICAL = "atypical"  # AC + (BAC - EV): the overrun so far was a one-off
    CPI_SPI = "cpi_spi"  # AC + (BAC - EV) / (CPI × SPI): cost and schedule both weigh
    BOTTOM_UP = "bottom_up"  # AC + the remaining cost of the current plan


@dataclass(frozen=True, slots=True)
class EvmInputs:
    """One task as earned value needs it; instants are minutes since the calendar epoch.

    ``bac_cents`` is the baseline cost, None for a task that is not in the baseline (added
    later: it has actual cost but no planned or earned value). PV comes from
    ``baseline_series`` (a timephased baseline) when given, else from the baseline start
    and finish spread by ``accrual`` on ``calendar`` (None: the project calendar). ``etc_cents``
    is the remaining cost of the current plan (bottom-up ETC), None if unknown.

    For a summary task every amount is its *own* (its fixed cost, usually nothing): the
    children are added to it, so do not pass MS Project's rolled-up baseline cost here.
    """

    task_id: int
    parent: int | None = None
    bac_cents: int | None = None
    baseline_start: int | None = None
    baseline_finish: int | None = None
    accrual: Accrual = Accrual.PRORATED
    calendar: WorkCalendar | None = None
    baseline_series: Sequence[tuple[date, int]] | None = None
    percent_complete: int = 0
    physical_percent_complete: int = 0
    ev_method: EvMethod = EvMethod.PERCENT_COMPLETE
    started: bool = False
    actual_cost_cents: int = 0
    etc_cents: int | None = None


def _ratio(numerator: int, denominator: int) -> Decimal | None:
    if denominator == 0:
        return None
    return _CONTEXT.divide(Decimal(numerator), Decimal(denominator))


@dataclass(frozen=True, slots=True)
class EvmFigures:
    """The earned-value figures of a task, a summary or the project, derived from five sums.

    Everything but the sums is a property, so a figure can never disagree with them.
    """

    bac_cents: int
    pv_cents: int
    ev_cents: int
    ac_cents: int
    etc_bottom_up_cents: int | None = None
    eac_method: EacMethod = EacMethod.CPI

    @property
    def sv_cents(self) -> int:
        """Schedule variance EV - PV: negative is behind schedule."""
        return self.ev_cents - self.pv_cents

    @property
    def cv_cents(self) -> int:
        """Cost variance EV - AC: negative is over budget."""
        return self.ev_cents - self.ac_cents

    @property
    def sv_percent(self) -> Decimal | None:
        """SV as a percentage of PV."""
        return _ratio(100 * self.sv_cents, self.pv_cents)

    @property
    def cv_percent(self) -> Decimal | None:
        """CV as a percentage of EV."""
        return _ratio(100 * self.cv_cents, self.ev_cents)

    @property
    def spi(self) -> Decimal | None:
        """Schedule performance index EV / PV."""
        return _ratio(self.ev_cents, self.pv_cents)

    @property
    def cpi(self) -> Decimal | None:
        """Cost performance index EV / AC."""
        return _ratio(self.ev_cents, self.ac_cents)

    def eac(self, method: EacMethod) -> int | None:
        """Estimate at completion by one method; None where its index is undefined.

        CPI and CPI × SPI are replaced by their integer fractions (BAC × AC / EV, and
        (BAC - EV) × AC × PV / EV²), so the only rounding is the final one to the cent.
        """
        bac, pv, ev, ac = self.bac_cents, self.pv_cents, self.ev_cents, self.ac_cents
        if method is EacMethod.CPI:
            return None if ac == 0 or ev == 0 else divide_half_up(bac * ac, ev)
        if method is EacMethod.ATYPICAL:
            return ac + bac - ev
        if method is EacMethod.CPI_SPI:
            if ac == 0 or ev == 0 or pv == 0:
                return None
            return ac + divide_half_up((bac - ev) * ac * pv, ev * ev)
        etc = self.etc_bottom_up_cents
        return None if etc is None else ac + etc

    @property
    def eac_cents(self) -> int | None:
        """Estimate at completion by the chosen method."""
        return self.eac(self.eac_method)

    @property
    def etc_cents(self) -> int | None:
        """Estimate to complete: EAC - AC."""
        eac = self.eac_cents
        return None if eac is None else eac - self.ac_cents

    @property
    def vac_cents(self) -> int | None:
        """Variance at completion BAC - EAC: negative is a forecast overrun."""
        eac = self.eac_cents
        return None if eac is None else self.bac_cents - eac

    @property
    def tcpi_bac(self) -> Decimal | None:
        """Cost efficiency needed on the remaining work to finish on budget."""
        return _ratio(self.bac_cents - self.ev_cents, self.bac_cents - self.ac_cents)

    @property
    def tcpi_eac(self) -> Decimal | None:
        """Cost efficiency needed on the remaining work to finish at the EAC."""
        eac = self.eac_cents
        return None if eac is None else _ratio(self.bac_cents - self.ev_cents, eac - self.ac_cents)


def earned(row: EvmInputs) -> int:
    """EV of a task's own baseline cost by its method; 0 for a task outside the baseline."""
    bac = row.bac_cents
    if bac is None:
        return 0
    method = row.ev_method
    percent = row.percent_complete
    if method is EvMethod.PERCENT_COMPLETE:
        return divide_half_up(bac * percent, 100)
    if method is EvMethod.PHYSICAL:
        return divide_half_up(bac * row.physical_percent_complete, 100)
    if percent == 100:
        return bac
    if method is EvMethod.ZERO_HUNDRED or not (row.started or percent > 0):
        return 0
    return divide_half_up(bac, 2)


def planned(row: EvmInputs, status: int, calendar: WorkCalendar) -> int:
    """PV of a task's own baseline cost at instant ``status``."""
    bac = row.bac_cents
    if not bac:  # None or nothing planned: no dates needed
        return 0
    if row.baseline_series is not None:
        return cumulative_at(row.baseline_series, status)
    start, finish = row.baseline_start, row.baseline_finish
    if start is None or finish is None:
        raise ValueError(f"task {row.task_id} has a baseline cost but no baseline dates")
    return accrued_at(bac, start, finish, row.calendar or calendar, row.accrual, status)


class EvmResult(Mapping[int, EvmFigures]):
    """Earned value of every task by id, and of the project; figures made when read."""

    def __init__(
        self,
        keys: list[int],
        sums: tuple[list[int], list[int], list[int], list[int], list[int | None]],
        eac_method: EacMethod,
        status: int,
        project: EvmFigures,
    ) -> None:
        self._keys = keys
        self._index = dict(zip(keys, range(len(keys)), strict=True))
        self._sums = sums
        self.eac_method = eac_method
        self.status = status
        self.project = project

    def __getitem__(self, task_id: int) -> EvmFigures:
        row = self._index[task_id]
        bac, pv, ev, ac, etc = self._sums
        return EvmFigures(bac[row], pv[row], ev[row], ac[row], etc[row], self.eac_method)

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _check_percent(row: EvmInputs) -> None:
    if not (0 <= row.percent_complete <= 100 and 0 <= row.physical_percent_complete <= 100):
        raise ValueError(f"task {row.task_id}: percent complete must be 0 to 100")


def earned_value(
    rows: Sequence[EvmInputs],
    status: int | date,
    calendar: WorkCalendar,
    *,
    eac_method: EacMethod = EacMethod.CPI,
) -> EvmResult:
    """Earned value at ``status``: an instant or datetime, or a date meaning the end of it.

    Raises NoBaseline when no task has a baseline cost. O(tasks): PV of a task that is
    wholly before or after the status date needs no calendar at all.
    """
    if all(row.bac_cents is None for row in rows):
        raise NoBaseline
    instant = as_instant(status)
    count = len(rows)
    keys = [row.task_id for row in rows]
    up, order = hierarchy(keys, [row.parent for row in rows])
    bac = [0] * count
    pv = [0] * count
    ev = [0] * count
    ac = [0] * count
    etc = [0] * count
    unknown = [False] * count  # bottom-up ETC needs every row's remaining cost
    for i, row in enumerate(rows):
        _check_percent(row)
        if row.bac_cents is not None:
            bac[i] = row.bac_cents
            pv[i] = planned(row, instant, calendar)
            ev[i] = earned(row)
        ac[i] = row.actual_cost_cents
        remaining = row.etc_cents
        if remaining is None:
            unknown[i] = True
        else:
            etc[i] = remaining
    for i in order:  # children before parents
        parent = up[i]
        if parent >= 0:
            bac[parent] += bac[i]
            pv[parent] += pv[i]
            ev[parent] += ev[i]
            ac[parent] += ac[i]
            etc[parent] += etc[i]
            unknown[parent] = unknown[parent] or unknown[i]
    sums_etc = [None if unknown[i] else etc[i] for i in range(count)]
    tops = [i for i in range(count) if up[i] < 0]
    project = EvmFigures(
        sum(bac[i] for i in tops),
        sum(pv[i] for i in tops),
        sum(ev[i] for i in tops),
        sum(ac[i] for i in tops),
        None if any(unknown[i] for i in tops) else sum(etc[i] for i in tops),
        eac_method,
    )
    return EvmResult(keys, (bac, pv, ev, ac, sums_etc), eac_method, instant, project)
