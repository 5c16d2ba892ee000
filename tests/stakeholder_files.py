"""Test helper: the demo's stakeholders by name (the demo's risks and issues name some)."""

from __future__ import annotations

from pathlib import Path

from app.services.project_file import open_project
from app.services.stakeholders import stakeholder_names


def demo_stakeholders(path: Path) -> dict[str, int]:
    """Name → id of the stakeholders in the (closed) project file at ``path``."""
    store = open_project(path, read_only=True)
    try:
        with store.new_session() as session:
            return {name: stakeholder_id for stakeholder_id, name in stakeholder_names(session)}
    finally:
        store.close()
