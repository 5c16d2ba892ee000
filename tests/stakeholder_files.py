"""Test helpers: the demo project with the twelve demo stakeholders, and risks and issues
that name some of them (the demo gains these when the registers are wired into it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from app.models.entities import Issue, Risk
from app.services.demo_stakeholders import add_demo_stakeholders
from app.services.project_file import open_project
from app.services.transaction import unit_of_work


def add_register(path: Path, *, links: bool = True) -> dict[str, int]:
    """Add the demo stakeholders (and, with ``links``, risks and issues naming them)."""
    store = open_project(path)
    try:
        with store.new_session() as session, unit_of_work(session):
            ids = add_demo_stakeholders(session.connection())
            if links:
                bas, femke = ids["Bas van Dijk"], ids["Femke Mulder"]
                session.execute(
                    insert(Risk),
                    [
                        {
                            "ref": "R-001",
                            "title": "Leak",
                            "owner_id": bas,
                            "actionee_id": femke,
                        },
                        {"ref": "R-002", "title": "DPIA late", "owner_id": femke},
                        {"ref": "R-003", "title": "MFA", "actionee_id": bas},
                    ],
                )
                session.execute(
                    insert(Issue), [{"ref": "I-001", "title": "Old data", "owner_id": bas}]
                )
    finally:
        store.close()
    return ids
