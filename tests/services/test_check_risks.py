"""koers check reports open risks overdue for review, without an owner or without a response."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.services.project_file import check_project
from tests.cli.test_cli import koers
from tests.risk_files import build_register_demo


def _edit(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_the_demo_register_has_two_overdue_reviews_and_one_risk_without_response(
    tmp_path: Path,
) -> None:
    path = build_register_demo(tmp_path / "demo.koers")
    texts = [f.text() for f in check_project(path).findings]
    assert texts == [
        "risk R-004 'Key users not available during the user acceptance test' was due for "
        "review on 2026-11-12",
        "risk R-006 'Works council objects to activity tracking in the CRM' was due for "
        "review on 2026-11-19",
        "open risk R-015 'Final migration does not fit in the freeze weekend' has no response "
        "(strategy or actions)",
    ]
    _edit(
        path,
        # Closed and occurred risks are left alone, however incomplete.
        "UPDATE risk SET owner_id = NULL, owner_text = '', strategy = '', response_actions = '',"
        " next_review = '2020-01-01' WHERE ref IN ('R-003', 'R-005')",
        "UPDATE risk SET owner_id = NULL, owner_text = '  ' WHERE ref = 'R-001'",
        "UPDATE risk SET owner_id = NULL, owner_text = 'Kees Smit' WHERE ref = 'R-002'",
        "UPDATE risk SET strategy = 'reduce' WHERE ref = 'R-015'",
    )
    codes = [(f.code, dict(f.params)["ref"]) for f in check_project(path).findings]
    assert codes == [
        ("risks.no_owner", "R-001"),
        ("risks.review_overdue", "R-004"),
        ("risks.review_overdue", "R-006"),
    ]


def test_koers_check_prints_the_findings_and_exits_0(tmp_path: Path) -> None:
    path = build_register_demo(tmp_path / "demo.koers")
    result = koers("check", path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "integrity ok" in lines[0] and "3 findings" in lines[0]
    assert lines[1:] == [
        "finding: risk R-004 'Key users not available during the user acceptance test' was "
        "due for review on 2026-11-12",
        "finding: risk R-006 'Works council objects to activity tracking in the CRM' was due "
        "for review on 2026-11-19",
        "finding: open risk R-015 'Final migration does not fit in the freeze weekend' has no "
        "response (strategy or actions)",
    ]
