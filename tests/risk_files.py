"""Test helpers: the demo project with stakeholders by the demo's names, its risks and issues.

The demo gains these when the registers are wired into ``build_demo``; until then the
tests add them here: stakeholders by a plain Core insert, then ``add_demo_risks``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Connection, insert, select

from app.models.entities import Risk, Stakeholder
from app.services.demo import build_demo, demo_dates
from app.services.demo_risks import add_demo_risks
from app.services.project_file import open_project
from app.services.transaction import unit_of_work

TODAY = dt.date(2026, 11, 26)
OWNERS = (
    "Marieke de Vries",
    "Jeroen Bakker",
    "Sandra Willems",
    "Thomas Hendriks",
    "Ilse Janssen",
    "Bas van Dijk",
    "Ruud Peters",
    "Works council",
    "Key users sales",
    "Femke Mulder",
    "ERP Solutions NL",
    "Sanne Jansen",
)


def _names(connection: Connection) -> dict[str, int]:
    return {name: key for name, key in connection.execute(select(Stakeholder.name, Stakeholder.id))}


def add_stakeholders(connection: Connection) -> dict[str, int]:
    """The demo's stakeholders by name (only the names: the risks need nothing else)."""
    present = _names(connection)
    missing = [name for name in OWNERS if name not in present]
    if missing:
        start = len(present)
        connection.execute(
            insert(Stakeholder),
            [{"position": start + n, "name": name} for n, name in enumerate(missing)],
        )
        present = _names(connection)
    return {name: present[name] for name in OWNERS}


def add_registers(path: Path, today: dt.date = TODAY) -> None:
    """Add the stakeholders, the demo risks and the issues to a demo file (unless there)."""
    start, _finish, status = demo_dates(today)
    store = open_project(path)
    try:
        with store.new_session() as session, unit_of_work(session):
            connection = session.connection()
            if connection.scalar(select(Risk.id).limit(1)) is None:
                add_demo_risks(connection, start, status, add_stakeholders(connection))
    finally:
        store.close()


def build_register_demo(path: Path, today: dt.date = TODAY) -> Path:
    """The demo with its risk register and issue log, closed."""
    build_demo(path, today).close()
    add_registers(path, today)
    return path
