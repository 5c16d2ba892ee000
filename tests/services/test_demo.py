"""The demo is a realistic project whose dates follow the day it is built."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.charter import read_charter
from app.services.demo import build_demo
from app.services.project_file import check_project
from app.services.requirements import list_requirements


def test_demo_dates_are_laid_around_today(tmp_path: Path) -> None:
    today = dt.date(2027, 3, 17)
    store = build_demo(tmp_path / "d.koers", today)
    with store.new_session() as session:
        charter = read_charter(session)
        requirements = list_requirements(session)
    store.close()
    assert charter.status_date == today
    assert charter.start_date < today < (charter.target_finish or today)
    assert charter.start_date.weekday() == 0
    assert len(requirements) >= 8
    assert {r.priority.value for r in requirements} == {"must", "should", "could", "wont"}
    result = check_project(tmp_path / "d.koers")
    assert [f for f in result.findings if not f.code.startswith("risks.")] == []


def test_finished_phases_are_not_critical(tmp_path: Path) -> None:
    from app.services.schedule import read_schedule

    store = build_demo(tmp_path / "d.koers", dt.date(2026, 11, 26))
    with store.new_session() as session:
        computed = read_schedule(session)
    store.close()
    assert computed.result is not None
    by_name = {row.name: computed.result[row.id] for row in computed.rows}
    assert not by_name["Analysis"].critical  # every subtask is complete
    assert by_name["Testing"].critical  # UAT drives the go-live
