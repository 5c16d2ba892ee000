"""Cost timephasing and earned-value benchmark on a generated 10,000-task plan.

Run from the repository root: ``python scripts/bench_evm.py`` (``--quick`` for fewer runs).
Prints figures; it is not a test. The plan comes from ``scripts/plan_generator.py`` on the
Dutch standard calendar (public holidays included), with every task given 10 to 20
working days, then scheduled, so the spans are real schedule dates.

Goals: every task's cost spread per working day in at most 200 ms; earned value of the
whole plan at a status date (per task, rolled up to summaries and the project) in at most
50 ms.
"""

from __future__ import annotations

import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from machine import cpu_model  # noqa: E402
from plan_generator import DAY, generate_plan  # noqa: E402

from app.domain.calendar import from_instant  # noqa: E402
from app.domain.cost import Accrual  # noqa: E402
from app.domain.earned_value import EvmInputs, EvmResult, earned_value  # noqa: E402
from app.domain.memory import collector_paused  # noqa: E402
from app.domain.scheduler import Plan, schedule  # noqa: E402
from app.domain.timephase import (  # noqa: E402
    CostSeries,
    bucket,
    end_of_day,
    spread,
    spread_many,
    total_by_day,
)

TASKS = 10_000
GOAL_SPREAD_MS = 200.0
GOAL_EVM_MS = 50.0


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall milliseconds per call, a full collection before each so runs start alike."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        made = action()  # kept until the clock is read: freeing it is not part of the call
        times.append((time.perf_counter() - start) * 1000)
        del made
    return times


def show(label: str, times: list[float], goal: float | None = None) -> float:
    median = statistics.median(times)
    verdict = "" if goal is None else (" ok" if median <= goal else f" OVER {goal:.0f} ms")
    print(
        f"  {label:<46} median {median:8.2f} ms  best {min(times):8.2f} ms"
        f"  ({len(times)} runs){verdict}"
    )
    return median


def plan_with_long_tasks(count: int) -> Plan:
    """The generated plan with every non-milestone leaf lasting 10 to 20 working days."""
    plan = generate_plan(count)
    rng = random.Random(3)
    parents = {task.parent for task in plan.tasks}
    tasks = [
        task
        if task.key in parents or task.milestone
        else replace(task, duration=rng.randint(10, 20) * DAY)
        for task in plan.tasks
    ]
    return replace(plan, tasks=tasks)


def main() -> None:
    quick = "--quick" in sys.argv
    repeat = 5 if quick else 15
    print(f"Cost timephasing and earned value, {TASKS:,} tasks")
    print(f"  CPU: {cpu_model()}; Python {platform.python_version()}")
    plan = plan_with_long_tasks(TASKS)
    result = schedule(plan)
    calendar = plan.calendar
    parents = {task.parent for task in plan.tasks}
    rng = random.Random(5)
    leaves = []
    for task in plan.tasks:
        if task.key in parents:
            continue
        dates = result[task.key]
        cents = rng.randint(1, 40) * 50_000 + rng.randint(0, 99)  # odd cents on purpose
        leaves.append((task, cents, dates.start, dates.finish))
    days = sum(calendar.work_between(s, f) for _t, _c, s, f in leaves) / DAY / len(leaves)
    print(f"  {len(leaves):,} leaf tasks, {days:.1f} working days each on average")

    items = [(cents, s, f) for _t, cents, s, f in leaves]

    def spread_each() -> list[CostSeries]:
        return [spread(cents, s, f, calendar, Accrual.PRORATED) for cents, s, f in items]

    def spread_plan() -> list[CostSeries]:
        return spread_many(items, calendar)

    def spread_and_read() -> list[list[tuple[date, int]]]:
        with collector_paused():
            return [list(one) for one in spread_many(items, calendar)]

    gc.collect()
    start = time.perf_counter()
    spread_plan()  # the first call also indexes the calendar's days, once per calendar
    first_ms = 1000 * (time.perf_counter() - start)
    print(f"  first spread of the plan (indexes the calendar): {first_ms:.1f} ms")
    series = spread_plan()
    entries = sum(len(one) for one in series)
    assert all(
        sum(one.amounts) == cents for one, (cents, _s, _f) in zip(series, items, strict=True)
    )
    print(f"  {entries:,} (day, cents) entries in all")
    show("spread(): task by task", timed(spread_each, repeat), GOAL_SPREAD_MS)
    show("spread_many(): the whole plan", timed(spread_plan, repeat), GOAL_SPREAD_MS)
    show("spread_many() and every entry read as a date", timed(spread_and_read, repeat))
    show(
        "project curve per month (sum + bucket)",
        timed(lambda: bucket(total_by_day(series), "month"), repeat),
    )

    # -- earned value at a status date in the middle of the plan
    third = plan.project_start + (result.project_finish - plan.project_start) // 3
    status_date = from_instant(third).date()
    status = end_of_day(status_date)
    rows: list[EvmInputs] = []
    costs = {task.key: (cents, s, f) for task, cents, s, f in leaves}
    for task in plan.tasks:
        known = costs.get(task.key)
        if known is None:  # a summary: nothing of its own
            rows.append(EvmInputs(task.key, task.parent, bac_cents=0, etc_cents=0))
            continue
        cents, start, finish = known
        if finish <= status:
            percent = 100
        elif start >= status:
            percent = 0
        else:
            percent = rng.randint(10, 90)
        actual = cents * percent // 100 * rng.randint(90, 120) // 100
        rows.append(
            EvmInputs(
                task.key,
                task.parent,
                bac_cents=cents,
                baseline_start=start,
                baseline_finish=finish,
                percent_complete=percent,
                actual_cost_cents=actual,
                etc_cents=cents - cents * percent // 100,
            )
        )
    in_progress = sum(1 for _t, _c, s, f in leaves if s < status < f)
    print(f"  status date {status_date} (a third in): {in_progress:,} tasks in progress")

    def run() -> EvmResult:
        return earned_value(rows, status_date, calendar)

    figures = run()
    show("earned value: every task, summaries, project", timed(run, repeat), GOAL_EVM_MS)

    def every_figure() -> list[tuple[object, ...]]:
        return [
            (one.spi, one.cpi, one.eac_cents, one.etc_cents, one.vac_cents, one.tcpi_bac)
            for one in figures.values()
        ]

    show("  ... and every task's indices read", timed(every_figure, repeat))
    project = figures.project
    print(
        f"  project: BAC {project.bac_cents:,} PV {project.pv_cents:,} EV {project.ev_cents:,}"
        f" AC {project.ac_cents:,} SPI {project.spi:.3f} CPI {project.cpi:.3f}"
    )


if __name__ == "__main__":
    main()
