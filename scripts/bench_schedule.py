"""Scheduler benchmark: graph preparation, full schedule, passes, incremental changes, memory.

Run from the repository root: ``python scripts/bench_schedule.py`` (add ``--quick`` for fewer
repetitions). Prints figures; it is not a test. Plans come from ``scripts/plan_generator.py``.
Each timing is taken several times and shown as best / median; the machine's load average
is printed next to the header because other work on a 2-core machine shows in the figures.
"""

from __future__ import annotations

import gc
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from plan_generator import DAY, generate_plan  # noqa: E402

from app.domain.calendar import DEFAULT_DAY, CalendarSpec, WorkCalendar  # noqa: E402
from app.domain.scheduler import Plan, Scheduler, schedule  # noqa: E402

GOAL_FULL_10K_MS = 30.0
GOAL_FULL_100K_MS = 400.0
GOAL_INCREMENTAL_10K_MS = 3.0
CHANGES = 100


def timed(action: Callable[[], object], repeat: int) -> list[tuple[float, float]]:
    """(wall, CPU) milliseconds per call; a full collection before each call so runs start
    alike. CPU time is this process's own: less disturbed by other work on the machine."""
    times = []
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        made = action()  # kept until the clocks are read: freeing it is not part of the call
        times.append(((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000))
        del made
    return times


def show(label: str, times: list[tuple[float, float]]) -> tuple[float, float]:
    """Print best and median wall time and best CPU time; give the best wall and CPU."""
    walls = [wall for wall, _cpu in times]
    best, median, cpu = min(walls), statistics.median(walls), min(cpu for _w, cpu in times)
    print(
        f"  {label:<40} best {best:8.2f} ms  median {median:8.2f} ms"
        f"  (CPU best {cpu:8.2f} ms, {len(times)} runs)"
    )
    return best, cpu


def incremental(plan: Plan, seed: int = 11) -> dict[str, float]:
    """100 random leaf tasks, one at a time: new duration, then back (the revert not timed).

    Every change therefore starts from the same plan. The new duration is the old one plus
    two days, or minus one day when that stays positive (alternating), so both critical and
    non-critical tasks move in both directions.
    """
    scheduler = Scheduler(plan)
    base = scheduler.run()
    parents = {task.parent for task in plan.tasks}
    leaves = [task for task in plan.tasks if task.key not in parents]
    rng = random.Random(seed)
    picked = rng.sample(leaves, min(CHANGES, len(leaves)))
    # The first change also builds the topological ranks and the incoming edge lists.
    warm = picked[0]
    start = time.perf_counter()
    scheduler.set_duration(warm.key, warm.duration + DAY)
    first_ms = (time.perf_counter() - start) * 1000
    scheduler.set_duration(warm.key, warm.duration)
    times: list[float] = []
    moved = 0
    for number, task in enumerate(picked):
        if number % 2 == 0 or task.duration <= DAY:
            new = task.duration + 2 * DAY
        else:
            new = task.duration - DAY
        gc.collect()
        start = time.perf_counter()
        result = scheduler.set_duration(task.key, new)
        times.append((time.perf_counter() - start) * 1000)
        moved += result.project_finish != base.project_finish
        del result  # freeing a result is the caller's business, not timed
        scheduler.set_duration(task.key, task.duration)
    # Spot check: the last result against a full schedule of the same plan.
    check = scheduler.set_duration(picked[-1].key, picked[-1].duration + DAY)
    assert dict(check) == dict(schedule(scheduler.plan)), "incremental result differs"
    times.sort()
    return {
        "first": first_ms,
        "median": statistics.median(times),
        "p90": times[int(len(times) * 0.9) - 1],
        "worst": times[-1],
        "best": times[0],
        "moved": moved,
        "count": len(times),
    }


def show_incremental(label: str, figures: dict[str, float]) -> None:
    print(
        f"  {label:<40} median {figures['median']:6.2f} ms  p90 {figures['p90']:6.2f} ms"
        f"  worst {figures['worst']:6.2f} ms  best {figures['best']:5.2f} ms"
    )
    print(
        f"  {'':<40} {int(figures['moved'])} of {int(figures['count'])} changes moved the"
        " project finish (full backward pass)"
    )
    print(f"  {'':<40} first change {figures['first']:.2f} ms (lists incoming edges once)")


def peak_rss_kb(count: int, *, schedule_it: bool) -> int:
    """Peak RSS (kB) of a fresh process that builds the plan and optionally schedules it."""
    code = (
        f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / 'scripts')!r}]\n"
        "from plan_generator import generate_plan\n"
        "from app.domain.scheduler import schedule\n"
        f"plan = generate_plan({count})\n"
        + ("result = schedule(plan)\nlen(result.critical_path())\n" if schedule_it else "")
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def four_day_calendar() -> WorkCalendar:
    return WorkCalendar(CalendarSpec("Four days", week=(DEFAULT_DAY,) * 4 + ((), (), ())))


def mixed_calendar_plan(count: int) -> Plan:
    """Every 10th task on a 4-day week, the rest on the project calendar."""
    plan = generate_plan(count)
    four_days = four_day_calendar()
    tasks = [
        replace(task, calendar=four_days) if number % 10 == 0 else task
        for number, task in enumerate(plan.tasks)
    ]
    return replace(plan, tasks=tasks)


def main() -> None:
    quick = "--quick" in sys.argv
    # Memory first: RUSAGE_CHILDREN keeps the largest child seen so far.
    baseline_kb = peak_rss_kb(10_000, schedule_it=False)
    scheduled_kb = peak_rss_kb(10_000, schedule_it=True)

    load = os.getloadavg()
    print("Scheduler benchmark")
    print(f"  CPU      {cpu_model()} ({os.cpu_count()} logical CPUs)")
    print(f"  Python   {platform.python_version()} ({platform.python_implementation()})")
    print(f"  Load     {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (1, 5, 15 min) at start")
    print("  Times: best and median of several runs, a full gc.collect() before each;")
    print("  the scheduler pauses the cyclic collector while it builds (see scheduler.py).")
    full: dict[int, tuple[float, float]] = {}
    incremental_median: dict[int, float] = {}
    for count in (1_000, 10_000, 100_000):
        plan = generate_plan(count)
        repeat = (3 if quick else 5) if count >= 100_000 else (5 if quick else 15)
        print(f"\n{count:,} tasks, {len(plan.links):,} links")
        show("(a) graph preparation  Scheduler(plan)", timed(partial(Scheduler, plan), repeat))
        full[count] = show(
            "(b) full schedule      schedule(plan)", timed(partial(schedule, plan), repeat)
        )
        prepared = Scheduler(plan)
        prepared.run()
        show("(c) passes only        Scheduler.run()", timed(prepared.run, repeat))
        figures = incremental(plan)
        show_incremental("(d) incremental        set_duration()", figures)
        incremental_median[count] = figures["median"]

    print("\n(e) peak RSS of a fresh process (ru_maxrss of the child, Linux kB)")
    print(f"  10,000-task plan generated, not scheduled   {baseline_kb:8,} kB")
    print(f"  10,000-task plan generated and scheduled    {scheduled_kb:8,} kB")
    print(f"  difference                                  {scheduled_kb - baseline_kb:8,} kB")

    print("\n(f) mixed calendars: 10,000 tasks, every 10th on a 4-day week")
    mixed = mixed_calendar_plan(10_000)
    repeat = 5 if quick else 15
    show("full schedule          schedule(plan)", timed(lambda: schedule(mixed), repeat))
    prepared = Scheduler(mixed)
    prepared.run()
    show("passes only            Scheduler.run()", timed(prepared.run, repeat))
    show_incremental("incremental            set_duration()", incremental(mixed))

    print("\nGoals (best wall-clock run; best CPU time beside it)")
    goals = [
        ("full schedule at 10k", *full[10_000], GOAL_FULL_10K_MS),
        ("full schedule at 100k", *full[100_000], GOAL_FULL_100K_MS),
        ("incremental median at 10k", incremental_median[10_000], None, GOAL_INCREMENTAL_10K_MS),
    ]
    for label, value, cpu, goal in goals:
        verdict = "met" if value <= goal else "NOT met"
        beside = f"  (CPU {cpu:.2f} ms)" if cpu is not None else ""
        print(f"  {label:<28} {value:8.2f} ms{beside}  goal <= {goal:g} ms: {verdict}")
    print(f"  load average now: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
