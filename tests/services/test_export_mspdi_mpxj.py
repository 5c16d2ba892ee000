"""An independent reader agrees: MPXJ reads Koers's MSPDI export with the same tasks, links and
dates, and MPXJ's MicrosoftScheduler computes the same dates from it.

MPXJ runs in one subprocess (``tests/io/mpxj_probe.py``: one JVM for every file) so no JVM
ever starts in a test worker. The files are the exported demo and every corpus MSPDI file
imported into Koers and exported again. Dates are compared to the minute; the figures are
printed per file (``pytest -s``), the thresholds apply to all tasks together.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.domain.calendar import WorkCalendar, from_instant, to_instant
from app.services.export_mspdi import export_mspdi
from app.services.import_mspdi import import_mspdi
from app.services.project_file import open_project
from app.services.schedule import load_schedule

PROBE = Path(__file__).resolve().parent.parent / "io" / "mpxj_probe.py"


@dataclass
class Expected:
    """What Koers exported for one file, by task UID (= Koers task id)."""

    names: dict[int, str] = field(default_factory=dict)
    levels: dict[int, int] = field(default_factory=dict)
    dates: dict[int, tuple[str, str]] = field(default_factory=dict)
    calendars: dict[int, WorkCalendar] = field(default_factory=dict)
    links: list[tuple[int, int, str, float, str]] = field(default_factory=list)


def _minute(value: dt.datetime) -> str:
    return value.isoformat(timespec="minutes")


def _export(source: Path, target: Path) -> Expected:
    store = open_project(source)
    try:
        with store.new_session() as session:
            export_mspdi(session, target)
            computed = load_schedule(session.connection())
    finally:
        store.close()
    assert computed.result is not None
    expected = Expected()
    for row in computed.rows:
        expected.names[row.id] = row.name
        expected.levels[row.id] = row.outline_level
        expected.calendars[row.id] = computed.calendar_of(row)
        if row.id in computed.result:
            dates = computed.result[row.id]
            expected.dates[row.id] = (
                _minute(from_instant(dates.start)),
                _minute(from_instant(dates.finish)),
            )
    for link in computed.links:
        if link.lag_percent is not None:
            lag, kind = float(round(link.lag_percent)), "%"
        else:
            lag, kind = float(link.lag_minutes), "em" if link.lag_unit.startswith("e") else "m"
        expected.links.append((link.predecessor_id, link.successor_id, link.type.value, lag, kind))
    return expected


def _mpxj_available() -> bool:
    return shutil.which("java") is not None and all(
        importlib.util.find_spec(name) is not None for name in ("mpxj", "jpype")
    )


def _same_work_time(calendar: WorkCalendar, a: str, b: str) -> bool:
    """Two instants with no working minute between them (Friday 17:00 and Monday 08:00)."""
    first, second = (to_instant(dt.datetime.fromisoformat(v)) for v in (a, b))
    return calendar.position(first) == calendar.position(second)


@pytest.mark.slow
@pytest.mark.corpus
def test_mpxj_reads_the_export_and_its_scheduler_agrees(
    corpus: Path, demo_file: Path, tmp_path: Path
) -> None:
    if not _mpxj_available():
        if os.environ.get("KOERS_REQUIRE_CORPUS") == "1":
            pytest.fail("Java, mpxj or JPype1 is missing; CI needs them for this test")
        pytest.skip("Java, mpxj or JPype1 is missing")
    expected: dict[str, Expected] = {}
    demo_xml = tmp_path / "demo.xml"
    expected[str(demo_xml)] = _export(demo_file, demo_xml)
    for source in sorted((corpus / "mspdi").glob("*.xml")):
        koers = tmp_path / f"{source.stem}.koers"
        import_mspdi(source, koers).close()
        target = tmp_path / f"{source.stem}.xml"
        expected[str(target)] = _export(koers, target)
    run = subprocess.run(
        [sys.executable, str(PROBE), *expected],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout)
    pooled = {"tasks": 0, "read": 0, "scheduled": 0, "equivalent": 0}
    lines = []
    for path, want in expected.items():
        got = report[path]
        assert "error" not in got, (path, got.get("error"))
        tasks = {task["uid"]: task for task in got["tasks"]}
        name = Path(path).name
        # Same tasks (names, outline) and the same links, read by MPXJ.
        assert {uid: t["name"] or "" for uid, t in tasks.items()} == want.names, name
        assert {uid: t["outline_level"] for uid, t in tasks.items()} == want.levels, name
        links = sorted((p, s, kind, round(lag), unit) for p, s, kind, lag, unit in got["links"])
        assert links == sorted((p, s, k, round(lag), u) for p, s, k, lag, u in want.links), name
        assert got["scheduler_error"] is None, (name, got["scheduler_error"])
        read = scheduled = equivalent = 0
        misses = []
        for uid, dates in want.dates.items():
            task = tasks[uid]
            read += (task["start"], task["finish"]) == dates
            start, finish = got["scheduled"][str(uid)]
            scheduled += (start, finish) == dates
            calendar = want.calendars[uid]
            same = (
                start is not None
                and finish is not None
                and _same_work_time(calendar, start, dates[0])
                and _same_work_time(calendar, finish, dates[1])
            )
            equivalent += same
            if (start, finish) != dates:
                misses.append(f"{uid} {want.names[uid]!r}: Koers {dates}, MPXJ {start, finish}")
        count = len(want.dates)
        lines.append(
            f"{name}: {count} tasks, {len(want.links)} links; MPXJ read the same dates for "
            f"{read}, MicrosoftScheduler {scheduled} to the minute, {equivalent} up to "
            f"non-working time {misses[:3]}"
        )
        pooled["tasks"] += count
        pooled["read"] += read
        pooled["scheduled"] += scheduled
        pooled["equivalent"] += equivalent
    print("\n".join(lines))
    print(f"pooled: {pooled}")
    assert pooled["tasks"] >= 700
    assert pooled["read"] == pooled["tasks"]
    assert pooled["scheduled"] >= 0.99 * pooled["tasks"], pooled
    assert pooled["equivalent"] >= 0.99 * pooled["tasks"], pooled
