"""The demo project, built in code: a company moves its CRM to a new platform.

Dates are laid around ``today`` so the status date stays current whenever the
demo is made. Each capability adds its part of the demo here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.requirements import MoSCoW, RequirementStatus
from app.models.entities import Project, Requirement
from app.models.store import ProjectStore
from app.services.demo_budget import add_demo_budget, add_demo_costs
from app.services.demo_risks import add_demo_risks
from app.services.demo_schedule import add_demo_schedule
from app.services.demo_stakeholders import add_demo_stakeholders
from app.services.project_file import create_project

DEMO_NAME = "CRM migration to Salesforce"

CHARTER_TEXT = {
    "code": "CRM-2027",
    "sponsor": "Marieke de Vries (COO)",
    "manager": "Sanne Jansen",
    "goal": (
        "Replace the in-house CRM (built in 2009, unsupported since 2023) with a cloud CRM "
        "platform, so sales and service work from one customer record.\n"
        "Business case: licence and hosting costs fall by EUR 180,000 a year, and the "
        "quote-to-order time drops from 5 days to 2."
    ),
    "scope_in": (
        "- Migration of 48,000 customer accounts, contacts and 5 years of opportunities\n"
        "- Sales and service processes configured on the new platform\n"
        "- Integration with the ERP (orders, invoices) and with Outlook\n"
        "- Training for 120 users; hypercare for 4 weeks after go-live"
    ),
    "scope_out": (
        "- Marketing automation (separate project in 2028)\n"
        "- Changes to the ERP itself\n"
        "- Archiving of records older than 5 years (kept read-only in the old CRM)"
    ),
    "assumptions": (
        "- The platform licences are signed before the build starts\n"
        "- Key users are available 2 days a week during testing\n"
        "- The integration partner keeps the same team for the whole project"
    ),
    "constraints": (
        "- Go-live no later than the target finish: the old CRM's hosting contract ends then\n"
        "- Customer data stays in EU data centres (GDPR)\n"
        "- No go-live during the quarter-end closing weeks"
    ),
}

REQUIREMENTS = [
    (
        "Single customer record shared by sales and service",
        MoSCoW.MUST,
        "Sales director",
        RequirementStatus.APPROVED,
        "A service agent sees open opportunities and a sales rep sees open cases on one page.",
    ),
    (
        "Migrate all active accounts and contacts",
        MoSCoW.MUST,
        "Data owner",
        RequirementStatus.APPROVED,
        "Reconciliation report shows 100% of active accounts migrated, 0 duplicates.",
    ),
    (
        "Orders and invoices from the ERP visible on the account",
        MoSCoW.MUST,
        "Finance",
        RequirementStatus.APPROVED,
        "An order entered in the ERP appears on the account within 15 minutes.",
    ),
    (
        "Single sign-on with the company directory",
        MoSCoW.MUST,
        "IT security",
        RequirementStatus.IMPLEMENTED,
        "Users log in with their network account and MFA.",
    ),
    (
        "Quote generation from opportunities",
        MoSCoW.SHOULD,
        "Sales director",
        RequirementStatus.APPROVED,
        "A quote PDF in the house style is produced in under a minute.",
    ),
    (
        "Outlook add-in to log e-mails to the account",
        MoSCoW.SHOULD,
        "Sales team",
        RequirementStatus.PROPOSED,
        "An e-mail is logged to the right account with one click.",
    ),
    (
        "Service cases with SLA timers",
        MoSCoW.SHOULD,
        "Service manager",
        RequirementStatus.PROPOSED,
        "Cases show time left against the customer's SLA.",
    ),
    (
        "Mobile app for field sales",
        MoSCoW.COULD,
        "Sales team",
        RequirementStatus.PROPOSED,
        "Visit reports can be entered offline on a phone.",
    ),
    (
        "Dashboards for the management team",
        MoSCoW.COULD,
        "COO",
        RequirementStatus.PROPOSED,
        "Pipeline and case backlog dashboards refresh daily.",
    ),
    (
        "Migrate closed opportunities older than 5 years",
        MoSCoW.WONT,
        "Data owner",
        RequirementStatus.REJECTED,
        "",
    ),
]


def _monday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def demo_dates(today: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """Start six weeks before ``today``, finish about seven months later, status date today."""
    start = _monday_on_or_before(today - dt.timedelta(weeks=6))
    finish = start + dt.timedelta(weeks=30) - dt.timedelta(days=3)
    return start, finish, today


def _fill(session: Session, today: dt.date) -> None:
    start, finish, status = demo_dates(today)
    project = session.get(Project, 1)
    assert project is not None
    for field, value in CHARTER_TEXT.items():
        setattr(project, field, value)
    project.target_finish = finish
    project.status_date = status
    rows = [
        {
            "position": position,
            "ref": f"REQ-{position + 1:03d}",
            "title": title,
            "description": "",
            "priority": priority,
            "source": source,
            "status": status_,
            "acceptance_criteria": criteria,
        }
        for position, (title, priority, source, status_, criteria) in enumerate(REQUIREMENTS)
    ]
    session.execute(insert(Requirement), rows)
    connection = session.connection()
    add_demo_schedule(connection, start, status, costs=add_demo_costs)
    owners = add_demo_stakeholders(connection)
    add_demo_risks(connection, start, status, owners)
    add_demo_budget(connection, start, status, owners)


def build_demo(path: Path, today: dt.date, *, overwrite: bool = False) -> ProjectStore:
    """Write the demo project to ``path`` (atomically) and return it open."""
    start, _finish, _status = demo_dates(today)
    return create_project(
        path, DEMO_NAME, start, overwrite=overwrite, fill=lambda session: _fill(session, today)
    )
