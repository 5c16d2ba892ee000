"""The project charter's fields and the rules that hold between them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.validation import InvalidValue

TEXT_FIELDS = (
    "name",
    "code",
    "sponsor",
    "manager",
    "goal",
    "scope_in",
    "scope_out",
    "assumptions",
    "constraints",
)
DATE_FIELDS = ("start_date", "target_finish", "status_date")
CHARTER_FIELDS = (*TEXT_FIELDS, *DATE_FIELDS, "currency")
SHORT_TEXT_FIELDS = frozenset({"name", "code", "sponsor", "manager"})


@dataclass(frozen=True, slots=True)
class Charter:
    """What the project is for, who owns it and when it runs."""

    name: str
    code: str
    sponsor: str
    manager: str
    start_date: dt.date
    target_finish: dt.date | None
    status_date: dt.date | None
    currency: str
    goal: str
    scope_in: str
    scope_out: str
    assumptions: str
    constraints: str


def check_charter_dates(start: dt.date, target_finish: dt.date | None) -> None:
    """A target finish before the start cannot be planned for."""
    if target_finish is not None and target_finish < start:
        raise InvalidValue("target_finish", "before_start", start.isoformat())


def charter_findings(charter: Charter) -> list[str]:
    """Plan-sanity codes for a charter that is legal but probably wrong."""
    findings: list[str] = []
    if not charter.goal.strip():
        findings.append("charter.goal_missing")
    if not charter.manager.strip():
        findings.append("charter.manager_missing")
    if charter.status_date is not None and charter.status_date < charter.start_date:
        findings.append("charter.status_date_before_start")
    return findings
