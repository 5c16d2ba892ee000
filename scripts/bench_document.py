"""Document benchmark: a saved 10,000-task .koers opened and scheduled, one edit, memory.

Run by ``make bench``; prints figures with the CPU model and Python version.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

TASKS = 10_000
RUNS = 5


def write_project(path: Path, count: int) -> None:
    """A project holding the generated plan, written in bulk with Core inserts."""
    from plan_generator import generate_plan
    from sqlalchemy import insert

    from app.models.entities import Task, TaskLink
    from app.services.project_file import create_project

    plan = generate_plan(count)
    index = {task.key: position for position, task in enumerate(plan.tasks)}
    depth: dict[int, int] = {}
    for task in plan.tasks:
        depth[task.key] = 1 if task.parent is None else depth[task.parent] + 1

    def fill(session: object) -> None:
        connection = session.connection()  # type: ignore[attr-defined]
        connection.execute(
            insert(Task),
            [
                {
                    "id": task.key,
                    "position": index[task.key],
                    "outline_level": depth[task.key],
                    "name": task.name,
                    "duration_minutes": task.duration,
                    "duration_unit": "d",
                    "estimated": False,
                    "milestone": task.milestone,
                    "manual": False,
                    "constraint": "asap",
                    "percent_complete": 0,
                    "task_type": 1,
                    "effort_driven": False,
                    "active": True,
                    "fixed_cost_cents": 0,
                    "notes": "",
                }
                for task in plan.tasks
            ],
        )
        connection.execute(
            insert(TaskLink),
            [
                {
                    "predecessor_id": link.predecessor,
                    "successor_id": link.successor,
                    "type": link.type.value,
                    "lag_minutes": link.lag,
                    "lag_unit": "d",
                }
                for link in plan.links
            ],
        )

    create_project(path, "Benchmark", dt.date(2026, 1, 5), fill=fill).close()


def open_and_schedule(path: Path) -> float:
    from app.services.project_file import open_project
    from app.services.schedule import read_schedule

    started = time.perf_counter()
    store = open_project(path)
    with store.new_session() as session:
        computed = read_schedule(session)
    elapsed = time.perf_counter() - started
    assert computed.result is not None and len(computed.rows) == TASKS
    store.close()
    return elapsed


def one_edit(path: Path) -> list[float]:
    """One duration edit committed, then followed incrementally by the open schedule."""
    from app.services.project_file import open_project
    from app.services.schedule import duration_fields, read_schedule
    from app.services.tasks import set_task_field

    store = open_project(path)
    commits: list[float] = []
    followed: list[float] = []
    with store.new_session() as session:
        computed = read_schedule(session)
        leaves = [r.id for r in computed.rows if not r.summary and r.duration_minutes > 0]
        for number, key in enumerate(leaves[::200][:40]):
            started = time.perf_counter()
            change, _old = set_task_field(session, key, "duration", ("3d", "4d", "2d")[number % 3])
            commits.append(time.perf_counter() - started)
            assert computed.apply_durations(duration_fields(session, list(change.durations)))
            followed.append(time.perf_counter() - started)
    store.close()
    return [statistics.median(commits), statistics.median(followed), max(followed)]


def peak_rss(path: Path) -> int:
    probe = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from app.services.project_file import open_project\n"
        "from app.services.schedule import read_schedule\n"
        f"store = open_project(Path({str(path)!r}))\n"
        "session = store.new_session()\n"
        "computed = read_schedule(session)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "session.close(); store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent)),
    )
    return int(result.stdout.strip()) // 1024


def main() -> int:
    print(
        f"document benchmark ({cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}):"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.koers"
        started = time.perf_counter()
        write_project(path, TASKS)
        print(
            f"  write a {TASKS}-task project (Core bulk insert): "
            f"{time.perf_counter() - started:.2f} s, {path.stat().st_size // 1024} KB"
        )
        open_and_schedule(path)
        figures = sorted(open_and_schedule(path) for _ in range(RUNS))
        print(
            f"  open + load + schedule 10k: median {statistics.median(figures) * 1000:.0f} ms"
            f" (goal 150 ms)"
        )
        commit, followed, worst = one_edit(path)
        print(
            f"  one duration edit committed: median {commit * 1000:.1f} ms (goal 10 ms); "
            f"committed and rescheduled incrementally: median {followed * 1000:.1f} ms, "
            f"worst {worst * 1000:.0f} ms (40 edits)"
        )
        print(
            f"  peak RSS, fresh process opening and scheduling 10k: {peak_rss(path)} MB "
            "(goal 100 MB)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
