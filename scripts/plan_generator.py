"""Generated plans for benchmarks: WBS 3–5 levels deep, ≈ 1.5 links per task of all four types."""

from __future__ import annotations

import datetime as dt
import random

from app.domain.calendar import WorkCalendar, to_instant
from app.domain.public_holidays import dutch_standard_calendar
from app.domain.scheduler import LinkType, Plan, ScheduleLink, ScheduleTask

DAY = 480


def generate_plan(count: int, seed: int = 7, calendar: WorkCalendar | None = None) -> Plan:
    """``count`` tasks in phases of work packages; links mostly forward in WBS order."""
    rng = random.Random(seed)
    calendar = calendar or WorkCalendar(dutch_standard_calendar())
    tasks: list[ScheduleTask] = []
    leaves: list[int] = []
    stack: list[int] = []  # open summaries, outermost first
    key = 0
    while len(tasks) < count:
        key += 1
        depth = len(stack)
        # Open a new summary while shallower than 3 levels, or sometimes down to 5.
        opens = depth < 2 or (depth < 4 and rng.random() < 0.04)
        if len(tasks) >= count - 1:
            opens = False
        parent = stack[-1] if stack else None
        if opens:
            tasks.append(ScheduleTask(key, f"Phase {key}", parent))
            stack.append(key)
            continue
        milestone = rng.random() < 0.05
        duration = 0 if milestone else rng.choice((1, 2, 3, 5, 8, 10)) * DAY
        tasks.append(ScheduleTask(key, f"Task {key}", parent, duration, milestone=milestone))
        leaves.append(key)
        # Close work packages after a handful of tasks.
        if stack and rng.random() < 0.12:
            stack.pop()
    # A summary without children would be a leaf: give it zero duration (it stays valid).
    links: list[ScheduleLink] = []
    seen: set[tuple[int, int]] = set()
    kinds = (LinkType.FS,) * 7 + (LinkType.SS, LinkType.FF, LinkType.SF)
    window = max(30, count // 40)  # keeps the critical chain a few years long at any size
    for index, successor in enumerate(leaves[1:], start=1):
        for _ in range(2 if rng.random() < 0.5 else 1):
            predecessor = leaves[max(0, index - rng.randint(1, min(index, window)))]
            if predecessor == successor or (predecessor, successor) in seen:
                continue
            seen.add((predecessor, successor))
            lag = rng.choice((0, 0, 0, DAY, -DAY // 2, 2 * DAY))
            links.append(ScheduleLink(predecessor, successor, rng.choice(kinds), lag))
    start = to_instant(dt.datetime(2026, 1, 5, 8, 0))
    return Plan(start, calendar, tasks, links)
