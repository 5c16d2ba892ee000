"""The demo's risk register and issue log: what could go wrong (or better) in the CRM move.

Risks were first reviewed during the business case, some four months before the
status date, and monthly since; exposure falls as responses take hold. Two risks
have occurred and became issues, two are closed, two are overdue for review, one
was raised days ago and has no response yet, and two are opportunities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from app.domain.risks import RiskStatus
from app.models.entities import Issue, IssueTask, Risk, RiskReview, RiskTask, Task

EUR = 100  # cents
# Review meetings, in days before the status date: monthly, starting with the business case.
REVIEW_DAYS = (119, 91, 63, 35, 7)
ID, AS, RP, MO, CL, OC = (
    RiskStatus.IDENTIFIED,
    RiskStatus.ASSESSED,
    RiskStatus.RESPONSE_PLANNED,
    RiskStatus.MONITORING,
    RiskStatus.CLOSED,
    RiskStatus.OCCURRED,
)


@dataclass(frozen=True, slots=True)
class Review:
    meeting: int  # index into REVIEW_DAYS
    probability: int
    impact: int
    status: RiskStatus
    note: str = ""


@dataclass(frozen=True, slots=True)
class DemoRisk:
    title: str
    kind: str
    category: str
    owner: str
    cause: str
    event: str
    effect: str
    inherent: tuple[int, int]
    cost_impact_eur: int
    schedule_impact_days: int
    history: tuple[Review, ...]
    strategy: str = ""
    response_actions: str = ""
    actionee: str = ""
    proximity: str = "within_project"
    trigger: str = ""
    contingency: str = ""
    response_cost_eur: int = 0
    next_review_in: int | None = 28  # days after the last review; None: no date set
    raised_days_before: int | None = None  # when there is no review yet
    tasks: tuple[str, ...] = ()
    response_tasks: tuple[str, ...] = ()


RISKS: tuple[DemoRisk, ...] = (
    DemoRisk(
        "Integration partner cannot staff the ERP interface team",
        "threat",
        "supplier",
        "Sanne Jansen",
        "CloudPartners BV runs several Salesforce projects with the same integration team.",
        "The developers for the ERP interface are not available when the build starts.",
        "The ERP integration slips, and with it the integration test and go-live.",
        (4, 4),
        45_000,
        15,
        (
            Review(0, 4, 4, AS, "Raised in the business case; supplier not yet chosen."),
            Review(1, 3, 4, RP, "Named developers written into the contract."),
            Review(2, 3, 4, MO),
            Review(3, 2, 4, MO, "Both developers confirmed at the kick-off."),
            Review(4, 2, 4, MO),
        ),
        "reduce",
        "Named integration developers in the contract\nWeekly staffing check with CloudPartners BV",
        actionee="Ruud Peters",
        trigger="A named developer is moved to another customer.",
        contingency="Second integration partner on a call-off contract.",
        response_cost_eur=3_000,
        tasks=("ERP integration (orders, invoices)",),
    ),
    DemoRisk(
        "Duplicate and incomplete customer data in the old CRM",
        "threat",
        "quality",
        "Jeroen Bakker",
        "Fifteen years of manual entry without duplicate checks.",
        "Migrated accounts hold duplicates and contacts without an account.",
        "Sales and service lose trust in the new CRM; reconciliation fails.",
        (5, 4),
        60_000,
        10,
        (
            Review(0, 5, 4, AS, "Sample of 500 accounts: 11 % duplicates."),
            Review(1, 5, 4, RP, "Cleansing rules agreed with sales."),
            Review(2, 4, 4, MO),
            Review(3, 4, 3, MO, "Profiling shows 6,200 duplicates; cleansing started."),
            Review(4, 3, 3, MO, "Half of the duplicates merged by the key users."),
        ),
        "reduce",
        "Data cleansing by the key users before trial migration 1\n"
        "Duplicate rules agreed with sales and service",
        actionee="Key users sales",
        trigger="More than 2 % duplicates in a trial migration.",
        contingency="Extra trial migration with a cleansing tool from the supplier.",
        response_cost_eur=12_000,
        tasks=("Data profiling of accounts and contacts", "Reconciliation of trial 1"),
        response_tasks=("Data cleansing in the old CRM",),
    ),
    DemoRisk(
        "Customer data stored outside the EU",
        "threat",
        "legal",
        "Femke Mulder",
        "The platform's standard tenant may be provisioned in a US data centre.",
        "Customer records are stored or backed up outside the EU.",
        "A breach of the GDPR and of the charter's constraint; migration stopped.",
        (2, 5),
        150_000,
        30,
        (
            Review(0, 2, 5, AS),
            Review(1, 1, 5, MO, "EU data residency clause signed with the licences."),
            Review(2, 1, 5, CL, "Tenant confirmed in Frankfurt and Paris; risk closed."),
        ),
        "avoid",
        "EU data residency clause in the licence contract\n"
        "Check the tenant's region before the build",
        actionee="Bas van Dijk",
        proximity="imminent",
        next_review_in=None,
        tasks=("Security and single sign-on design",),
    ),
    DemoRisk(
        "Key users not available during the user acceptance test",
        "threat",
        "organisation",
        "Jeroen Bakker",
        "The test falls in the sales team's busiest quarter.",
        "Key users test only part of the scenarios.",
        "Defects reach production; UAT sign-off is late.",
        (4, 3),
        30_000,
        10,
        (
            Review(1, 4, 3, ID),
            Review(2, 3, 3, RP, "Two days a week booked in the key users' agendas."),
            Review(3, 3, 3, RP),
        ),
        "reduce",
        "Book key users two days a week in their agendas\nBackfill from the sales office",
        actionee="Key users sales",
        next_review_in=21,  # overdue: due two weeks before the status date
        tasks=("User acceptance test", "Prepare user acceptance test"),
    ),
    DemoRisk(
        "ERP order interface changes during the project",
        "threat",
        "technical",
        "Thomas Hendriks",
        "ERP Solutions NL releases the ERP twice a year.",
        "A release changes the order API the CRM integration uses.",
        "Integration rework and a second integration test.",
        (3, 4),
        40_000,
        10,
        (
            Review(0, 3, 4, AS),
            Review(1, 3, 4, RP, "Change freeze requested from ERP Solutions NL."),
            Review(2, 3, 4, MO, "Freeze not yet confirmed."),
            Review(3, 5, 4, MO, "Release 24.3 announced with a new order API."),
            Review(4, 5, 4, OC, "Occurred: issue I-001 raised."),
        ),
        "transfer",
        "Change freeze on the order API agreed with ERP Solutions NL\n"
        "Rework at the supplier's cost when the freeze is broken",
        actionee="ERP Solutions NL",
        next_review_in=None,
        tasks=("ERP integration (orders, invoices)", "Integration test with the ERP"),
    ),
    DemoRisk(
        "Works council objects to activity tracking in the CRM",
        "threat",
        "organisation",
        "Marieke de Vries",
        "The CRM logs calls, visits and e-mails per sales representative.",
        "The works council sees it as performance monitoring and withholds its advice.",
        "Go-live postponed until the works council agrees.",
        (3, 4),
        20_000,
        20,
        (
            Review(1, 3, 4, ID),
            Review(2, 3, 4, RP, "Meeting with the works council planned."),
            Review(3, 2, 4, MO, "Logging settings presented; written advice expected."),
        ),
        "reduce",
        "Present the CRM's logging settings to the works council\n"
        "Agree in writing which reports managers may see",
        actionee="Sanne Jansen",
        next_review_in=28,  # overdue: due a week before the status date
        tasks=("Go/no-go decision",),
    ),
    DemoRisk(
        "Single sign-on does not meet the MFA policy",
        "threat",
        "security",
        "Bas van Dijk",
        "The platform's SSO supports several MFA methods, not all of them allowed.",
        "Users log in with a method the security policy forbids.",
        "The security officer blocks go-live.",
        (2, 4),
        15_000,
        5,
        (
            Review(0, 2, 4, AS),
            Review(1, 2, 4, RP),
            Review(2, 1, 4, MO, "SSO design approved by security."),
            Review(4, 1, 4, CL, "SSO with the company directory and MFA works; closed."),
        ),
        "reduce",
        "SSO design reviewed by the information security officer",
        actionee="Ilse Janssen",
        next_review_in=None,
        tasks=("Single sign-on with the company directory",),
    ),
    DemoRisk(
        "Go-live falls in the quarter-end closing weeks",
        "threat",
        "schedule",
        "Thomas Hendriks",
        "The plan has little float before the hosting contract ends.",
        "A slip pushes go-live into the quarter-end closing.",
        "Finance cannot support the cut-over; invoicing is delayed.",
        (3, 5),
        80_000,
        15,
        (
            Review(0, 3, 5, AS),
            Review(1, 2, 5, RP, "Go/no-go date fixed three weeks before quarter-end."),
            Review(2, 2, 5, MO),
            Review(3, 2, 4, MO),
            Review(4, 2, 4, MO),
        ),
        "avoid",
        "Go-live at least two weeks before quarter-end\nFixed go/no-go date in the plan",
        actionee="Sanne Jansen",
        trigger="Total float on the go-live path below ten days.",
        contingency="Go-live moved to the first week after quarter-end.",
        tasks=("Go/no-go decision", "Go-live"),
    ),
    DemoRisk(
        "Users keep working in Excel instead of the new CRM",
        "threat",
        "organisation",
        "Sandra Willems",
        "Sales and service have kept their own Excel lists for years.",
        "Customer contacts are recorded outside the CRM.",
        "The single customer record is incomplete; the business case does not hold.",
        (4, 3),
        35_000,
        0,
        (
            Review(2, 4, 3, AS),
            Review(3, 3, 3, RP, "Champions named per team."),
            Review(4, 3, 2, RP),
        ),
        "reduce",
        "Champions per team\nManagement reports only from the CRM\n"
        "Excel exports switched off after hypercare",
        actionee="Key users sales",
        response_cost_eur=6_000,
        tasks=("End-user training (120 users)",),
        response_tasks=("Go-live communication",),
    ),
    DemoRisk(
        "Licence prices rise with the platform's new price list",
        "threat",
        "cost",
        "Thomas Hendriks",
        "The platform revises its price list every year.",
        "Licences cost more than the business case assumed.",
        "Yearly savings fall short of EUR 180,000.",
        (2, 3),
        20_000,
        0,
        (
            Review(0, 2, 3, AS),
            Review(2, 2, 3, MO, "Three-year price agreed for 120 users."),
            Review(4, 2, 3, MO),
        ),
        "accept",
        "Accepted: a budget reserve covers the difference",
        contingency="Budget reserve of EUR 20,000 held by the sponsor.",
        proximity="beyond_project",
        next_review_in=56,
    ),
    DemoRisk(
        "Hosting contract of the old CRM cannot be extended",
        "threat",
        "supplier",
        "Ilse Janssen",
        "The old CRM's hosting contract ends on the target finish.",
        "A slip means the old CRM is switched off before the new one is live.",
        "Sales and service cannot work; customer data is at risk.",
        (3, 5),
        120_000,
        20,
        (
            Review(0, 3, 5, AS),
            Review(1, 3, 5, RP),
            Review(3, 2, 5, MO, "Month-by-month extension offered by the host."),
            Review(4, 2, 4, MO),
        ),
        "fallback",
        "Negotiate a month-by-month extension as a fallback",
        actionee="Ilse Janssen",
        response_cost_eur=2_500,
        tasks=("Run the old CRM until go-live",),
    ),
    DemoRisk(
        "Outlook add-in blocked by the workstation policy",
        "threat",
        "technical",
        "Ilse Janssen",
        "Managed laptops only allow signed add-ins from an approved list.",
        "The CRM's Outlook add-in cannot be installed.",
        "Users cannot log e-mails to accounts with one click.",
        (3, 2),
        8_000,
        5,
        (
            Review(2, 3, 2, AS),
            Review(3, 5, 2, OC, "Security design review: add-in not on the list. Issue I-002."),
        ),
        "reduce",
        "Request the add-in's approval by IT operations early",
        actionee="Bas van Dijk",
        next_review_in=None,
        tasks=("Outlook add-in roll-out package",),
    ),
    DemoRisk(
        "Reuse the integration partner's service-case templates",
        "opportunity",
        "scope",
        "Sandra Willems",
        "CloudPartners BV has case templates from other wholesale customers.",
        "Sprint 3 adopts the templates instead of building cases from scratch.",
        "Sprint 3 is a week shorter and costs less.",
        (3, 3),
        25_000,
        5,
        (
            Review(2, 3, 3, AS),
            Review(3, 4, 3, MO, "Templates demonstrated; service team likes them."),
            Review(4, 4, 3, MO),
        ),
        "exploit",
        "Adopt the templates in sprint 3",
        actionee="Ruud Peters",
        tasks=("Sprint 3: service cases and SLAs",),
    ),
    DemoRisk(
        "Retire the separate quote tool a year early",
        "opportunity",
        "cost",
        "Jeroen Bakker",
        "Quotes can be produced from opportunities in the new CRM.",
        "The old quote tool's licence is ended at its next renewal.",
        "A further EUR 40,000 saved in the first year.",
        (2, 4),
        40_000,
        0,
        (Review(3, 2, 4, AS), Review(4, 2, 4, AS)),
        "enhance",
        "Include quote templates in sprint 2\nGive notice on the quote tool's licence",
        proximity="beyond_project",
        tasks=("Sprint 2: opportunities and quotes",),
    ),
    DemoRisk(
        "Final migration does not fit in the freeze weekend",
        "threat",
        "technical",
        "Sanne Jansen",
        "48,000 accounts with five years of opportunities and activities.",
        "The final migration runs longer than the weekend the old CRM is frozen.",
        "Sales cannot work on Monday morning; go-live is rolled back.",
        (3, 4),
        50_000,
        5,
        (),
        actionee="Kees Smit",
        proximity="within_project",
        next_review_in=None,
        raised_days_before=4,
        tasks=("Final data migration", "Trial migration 2"),
    ),
)


@dataclass(frozen=True, slots=True)
class DemoIssue:
    title: str
    kind: str
    raised_days_before: int
    raised_by: str
    owner: str
    description: str
    impact: str
    urgency: str
    priority: str
    status: str
    target_days_after: int | None = None  # after the status date; negative: before
    resolution: str = ""
    risk: str = ""  # the title of the risk it came from
    tasks: tuple[str, ...] = ()


ISSUES: tuple[DemoIssue, ...] = (
    DemoIssue(
        "ERP release 24.3 changes the order API",
        "problem",
        7,
        "Lotte Visser",
        "ERP Solutions NL",
        "The release notes of ERP 24.3 replace the order endpoint the integration design uses.",
        "Integration design and two weeks of build to redo; integration test at risk.",
        "high",
        "high",
        "in_progress",
        10,
        risk="ERP order interface changes during the project",
        tasks=("ERP integration (orders, invoices)", "Integration test with the ERP"),
    ),
    DemoIssue(
        "Outlook add-in not on the approved add-in list",
        "problem",
        35,
        "Bas van Dijk",
        "Ilse Janssen",
        "The security design review found the CRM's Outlook add-in is not signed for our "
        "workstation policy.",
        "Without approval the roll-out package cannot be built.",
        "medium",
        "medium",
        "open",
        21,
        risk="Outlook add-in blocked by the workstation policy",
        tasks=("Outlook add-in roll-out package",),
    ),
    DemoIssue(
        "Show the customer's credit limit on the account page",
        "request_for_change",
        12,
        "Thomas Hendriks",
        "Sanne Jansen",
        "Finance asks to show the ERP credit limit and overdue invoices on the account page.",
        "About three days of extra integration work; no effect on the go-live date if "
        "done in sprint 2.",
        "low",
        "medium",
        "open",
        14,
        tasks=("Sprint 2: opportunities and quotes",),
    ),
    DemoIssue(
        "Service process workshop postponed",
        "problem",
        30,
        "Sanne Jansen",
        "Sandra Willems",
        "The customer service manager was on leave in the week of the workshop.",
        "Requirements document a few days late.",
        "medium",
        "low",
        "closed",
        -20,
        resolution="Held a week later with her deputy; no effect on the critical path.",
        tasks=("Process workshop: service",),
    ),
    DemoIssue(
        "Requirements miss the VAT fields of the finance interface",
        "off_specification",
        22,
        "Thomas Hendriks",
        "Thomas Hendriks",
        "Version 1.1 of the requirements document leaves out the VAT fields invoices need.",
        "Data model and field mapping would be incomplete.",
        "high",
        "high",
        "resolved",
        -12,
        resolution="Fields added in version 1.2, signed off again by finance.",
        tasks=("Write requirements document", "Data model and field mapping"),
    ),
    DemoIssue(
        "Works council asks how activity data will be used",
        "concern",
        16,
        "Works council",
        "Marieke de Vries",
        "The works council wants to know which managers see activity reports per person.",
        "Their advice is needed before go-live.",
        "medium",
        "high",
        "open",
        7,
    ),
)


def _person(name: str, owners: Mapping[str, int]) -> tuple[int | None, str]:
    """A stakeholder's id, or the name as free text when they are not in the register."""
    if not name:
        return None, ""
    return (owners[name], "") if name in owners else (None, name)


def _risk_row(
    position: int, risk: DemoRisk, status: dt.date, owners: Mapping[str, int]
) -> dict[str, Any]:
    owner_id, owner_text = _person(risk.owner, owners)
    actionee_id, actionee_text = _person(risk.actionee, owners)
    history = risk.history
    if history:
        first = status - dt.timedelta(days=REVIEW_DAYS[history[0].meeting])
        last = status - dt.timedelta(days=REVIEW_DAYS[history[-1].meeting])
        current_status = history[-1].status
        assessed = len(history) > 1 or history[-1].status is not AS
        residual = (history[-1].probability, history[-1].impact) if assessed else (None, None)
        next_review = (
            None if risk.next_review_in is None else last + dt.timedelta(days=risk.next_review_in)
        )
    else:
        first = status - dt.timedelta(days=risk.raised_days_before or 0)
        current_status, residual, next_review = ID, (None, None), None
    return {
        "position": position,
        "ref": f"R-{position + 1:03d}",
        "title": risk.title,
        "kind": risk.kind,
        "category": risk.category,
        "cause": risk.cause,
        "event": risk.event,
        "effect": risk.effect,
        "raised_by": risk.owner,
        "date_raised": first,
        "owner_id": owner_id,
        "owner_text": owner_text,
        "actionee_id": actionee_id,
        "actionee_text": actionee_text,
        "proximity": risk.proximity,
        "inherent_probability": risk.inherent[0],
        "inherent_impact": risk.inherent[1],
        "strategy": risk.strategy,
        "response_actions": risk.response_actions,
        "trigger": risk.trigger,
        "contingency": risk.contingency,
        "response_cost_cents": risk.response_cost_eur * EUR,
        "cost_impact_cents": risk.cost_impact_eur * EUR,
        "schedule_impact_days": risk.schedule_impact_days,
        "residual_probability": residual[0],
        "residual_impact": residual[1],
        "status": current_status.value,
        "next_review": next_review,
    }


def add_demo_risks(
    connection: Connection, start: dt.date, status: dt.date, owners: Mapping[str, int]
) -> None:
    """Insert the demo's risks (with reviews and task links) and issues.

    ``owners`` maps stakeholder names to their ids; a name not in it is kept as free
    text. Tasks are found by their name in the demo schedule. ``start`` is the
    project start: nothing in the history lies after ``status``.
    """
    del start  # the history is laid out from the status date (it starts before the project)
    task_ids = {name: key for key, name in connection.execute(select(Task.id, Task.name))}
    risk_rows = [_risk_row(n, risk, status, owners) for n, risk in enumerate(RISKS)]
    first_risk = _max_id(connection, Risk.id) + 1
    for n, row in enumerate(risk_rows):
        row["id"] = first_risk + n
    connection.execute(insert(Risk), risk_rows)
    risk_ids = {risk.title: row["id"] for risk, row in zip(RISKS, risk_rows, strict=True)}
    reviews = [
        {
            "risk_id": risk_ids[risk.title],
            "review_date": status - dt.timedelta(days=REVIEW_DAYS[review.meeting]),
            "probability": review.probability,
            "impact": review.impact,
            "cost_impact_cents": risk.cost_impact_eur * EUR,
            "status": review.status.value,
            "note": review.note,
        }
        for risk in RISKS
        for review in risk.history
    ]
    connection.execute(insert(RiskReview), reviews)
    links = [
        {"risk_id": risk_ids[risk.title], "task_id": task_ids[name], "response": response}
        for risk in RISKS
        for names, response in ((risk.tasks, False), (risk.response_tasks, True))
        for name in names
        if name in task_ids
    ]
    connection.execute(insert(RiskTask), links)
    issue_rows = []
    first_issue = _max_id(connection, Issue.id) + 1
    for n, issue in enumerate(ISSUES):
        owner_id, owner_text = _person(issue.owner, owners)
        issue_rows.append(
            {
                "id": first_issue + n,
                "position": n,
                "ref": f"I-{n + 1:03d}",
                "title": issue.title,
                "kind": issue.kind,
                "date_raised": status - dt.timedelta(days=issue.raised_days_before),
                "raised_by": issue.raised_by,
                "description": issue.description,
                "impact": issue.impact,
                "urgency": issue.urgency,
                "priority": issue.priority,
                "owner_id": owner_id,
                "owner_text": owner_text,
                "target_date": None
                if issue.target_days_after is None
                else status + dt.timedelta(days=issue.target_days_after),
                "status": issue.status,
                "resolution": issue.resolution,
                "risk_id": risk_ids.get(issue.risk),
            }
        )
    connection.execute(insert(Issue), issue_rows)
    issue_links = [
        {"issue_id": row["id"], "task_id": task_ids[name]}
        for issue, row in zip(ISSUES, issue_rows, strict=True)
        for name in issue.tasks
        if name in task_ids
    ]
    connection.execute(insert(IssueTask), issue_links)


def _max_id(connection: Connection, column: Any) -> int:
    return int(connection.scalar(select(column).order_by(column.desc()).limit(1)) or 0)
