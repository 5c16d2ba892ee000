"""koers check reports what is wrong with the network, not just with the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.services.project_file import check_project


def _edit(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def _codes(path: Path) -> list[str]:
    """The plan's findings (the demo's risk register has findings of its own, on purpose)."""
    return [
        finding.code
        for finding in check_project(path).findings
        if not finding.code.startswith("risks.")
    ]


def test_the_demo_plan_is_clean(demo_file: Path) -> None:
    assert _codes(demo_file) == []


def test_the_demo_register_shows_overdue_reviews_and_a_risk_without_response(
    demo_file: Path,
) -> None:
    codes = [finding.code for finding in check_project(demo_file).findings]
    assert codes.count("risks.review_overdue") == 2
    assert codes.count("risks.no_response") == 1


def test_a_cycle_is_named(demo_file: Path) -> None:
    _edit(
        demo_file,
        "INSERT INTO task_link (predecessor_id, successor_id, type, lag_minutes, lag_unit) "
        "VALUES (13, 7, 'FS', 0, 'd')",
    )
    findings = [f for f in check_project(demo_file).findings if f.code.startswith("schedule.")]
    assert [f.code for f in findings] == ["schedule.cycle"]
    assert "Requirements signed off" in findings[0].text()


def test_violated_constraints_missed_deadlines_and_open_ends(demo_file: Path) -> None:
    _edit(
        demo_file,
        # Go-live must finish a month earlier than the network allows.
        "UPDATE task SET constraint_date = '2027-02-26 17:00:00.000000' WHERE name = 'Go-live'",
        "UPDATE task SET deadline = '2027-01-08 17:00:00.000000' WHERE name = 'System test'",
        "DELETE FROM task_link WHERE predecessor_id = 44",  # performance test now leads nowhere
    )
    codes = _codes(demo_file)
    assert "schedule.constraint_violated" in codes
    assert "schedule.deadline_missed" in codes
    assert "schedule.no_successor" in codes
    texts = [f.text() for f in check_project(demo_file).findings]
    assert any("'Performance test'" in text for text in texts)


def test_links_to_inactive_tasks_are_dangling(demo_file: Path) -> None:
    _edit(demo_file, "UPDATE task SET active = 0 WHERE name = 'Performance test'")
    findings = check_project(demo_file).findings
    dangling = [f for f in findings if f.code == "schedule.dangling_link"]
    assert dangling and "'Performance test'" in dangling[0].text()
