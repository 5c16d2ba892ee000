"""Who works on which task, as the task table's Resource Names column shows it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Assignment, Resource
from app.services.transaction import unit_of_work


def resource_names(session: Session) -> dict[int, str]:
    """Task id → "Ahmed El Amrani[50%];Kees Smit" (units shown when not 100 %)."""
    with unit_of_work(session):
        query = (
            select(Assignment.task_id, Resource.name, Assignment.units)
            .join(Resource, Resource.id == Assignment.resource_id)
            .order_by(Assignment.task_id, Resource.position, Resource.id)
        )
        names: dict[int, list[str]] = {}
        for task_id, name, units in session.connection().execute(query):
            shown = name if abs(units - 1.0) < 1e-9 else f"{name}[{round(units * 100)}%]"
            names.setdefault(task_id, []).append(shown)
    return {task_id: ";".join(parts) for task_id, parts in names.items()}
