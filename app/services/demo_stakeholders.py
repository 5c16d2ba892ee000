"""The demo's stakeholder register: who has a stake in the CRM migration, and how to engage them.

Names, e-mail addresses and phone numbers are fictional (example.com / example.nl,
+31 6 0000 00xx). The demo's risks name some of these people as owners.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select

from app.domain.stakeholders import Attitude, Engagement
from app.models.entities import Stakeholder


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str
    organisation: str
    power: int
    interest: int
    attitude: Attitude
    current: Engagement
    desired: Engagement
    requirements: str
    expectations: str
    concerns: str
    strategy: str
    relationship_owner: str
    information_needs: str
    channel: str
    frequency: str
    language: str
    email: str = ""
    phone: str = ""
    contact_notes: str = ""
    internal: bool = True


COMPANY = "Van Leeuwen Groothandel BV"
S, N, R = Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.RESISTOR
UNAWARE, RESISTANT, NEUTRAL, SUPPORTIVE, LEADING = Engagement

PEOPLE: tuple[Person, ...] = (
    Person(
        "Marieke de Vries",
        "Chief operating officer (COO), project sponsor",
        COMPANY,
        5,
        5,
        S,
        LEADING,
        LEADING,
        "One view of the customer for sales and service; quote-to-order in 2 days.",
        "Go-live before the old CRM's hosting contract ends; the business case holds.",
        "Sales targets must not suffer during the cut-over weeks.",
        "Keep her leading: decisions prepared on one page, no surprises between "
        "steering committees.",
        "Sanne Jansen",
        "Milestones, budget against plan, top risks and decisions needed.",
        "Steering committee",
        "Monthly, and weekly one-to-one",
        "nl",
        "marieke.devries@example.nl",
        "+31 6 0000 0001",
        "Secretary plans meetings: Anja, ext. 201.",
    ),
    Person(
        "Jeroen Bakker",
        "Head of sales",
        COMPANY,
        4,
        5,
        N,
        NEUTRAL,
        SUPPORTIVE,
        "Pipeline and quotes usable from day one; Outlook integration.",
        "Less admin for account managers, better forecasts.",
        "Account managers lose selling time to training and data clean-up.",
        "Involve him in the sales process workshop and let his team lead the pilot; "
        "show the forecast dashboard early.",
        "Sanne Jansen",
        "Training planning, pilot results, cut-over dates for sales.",
        "Weekly stand-up",
        "Weekly",
        "nl",
        "jeroen.bakker@example.nl",
        "+31 6 0000 0002",
    ),
    Person(
        "Sandra Willems",
        "Customer service manager",
        COMPANY,
        3,
        5,
        S,
        SUPPORTIVE,
        LEADING,
        "Service cases with SLA timers; one customer record shared with sales.",
        "Agents answer questions without switching between systems.",
        "Case history of the old CRM must stay readable.",
        "Ask her to champion the change in service and to co-present the demos.",
        "Sanne Jansen",
        "Test results for service processes, training dates for agents.",
        "Weekly stand-up",
        "Weekly",
        "nl",
        "sandra.willems@example.nl",
        "+31 6 0000 0003",
    ),
    Person(
        "Thomas Hendriks",
        "Finance director",
        COMPANY,
        5,
        2,
        N,
        NEUTRAL,
        SUPPORTIVE,
        "Orders and invoices from the ERP correct on the account.",
        "Licence costs as in the business case; no extra headcount.",
        "Cost overruns on the integration partner.",
        "Keep satisfied: a short cost report each month, and the licence contract reviewed "
        "by finance before signing.",
        "Marieke de Vries",
        "Budget, forecast to complete, contract changes.",
        "Email",
        "Monthly",
        "nl",
        "thomas.hendriks@example.nl",
        "+31 6 0000 0004",
    ),
    Person(
        "Ilse Janssen",
        "IT operations manager",
        COMPANY,
        3,
        4,
        S,
        SUPPORTIVE,
        SUPPORTIVE,
        "Single sign-on, monitored interfaces, a clear support model after hypercare.",
        "Fewer self-built systems to keep running.",
        "Her team's workload during the cut-over weekend.",
        "Plan the cut-over weekend with her team; agree the support handover early.",
        "Sanne Jansen",
        "Technical design, cut-over plan, support handover.",
        "Weekly stand-up",
        "Weekly",
        "nl",
        "ilse.janssen@example.nl",
        "+31 6 0000 0005",
    ),
    Person(
        "Bas van Dijk",
        "Information security officer",
        COMPANY,
        4,
        3,
        R,
        RESISTANT,
        SUPPORTIVE,
        "MFA for every user; data stays in EU data centres; access by role.",
        "A security assessment before go-live.",
        "Customer data in a cloud platform he did not select; shadow exports to Excel.",
        "Involve him in the security design, share the supplier's ISO 27001 and SOC 2 "
        "reports, and give him the go/no-go on the security checklist.",
        "Ilse Janssen",
        "Security design, data processing agreement, test evidence.",
        "Email and review meetings",
        "Fortnightly",
        "en",
        "bas.vandijk@example.nl",
        "+31 6 0000 0006",
    ),
    Person(
        "Ruud Peters",
        "Account manager",
        "CloudPartners BV",
        3,
        4,
        S,
        SUPPORTIVE,
        SUPPORTIVE,
        "A signed scope and a stable team on our side.",
        "A reference customer and a follow-up order for marketing automation.",
        "Changes in scope without change requests.",
        "Monthly contract review; escalate delivery issues to him before the steering committee.",
        "Sanne Jansen",
        "Change requests, acceptance dates, invoices.",
        "Email",
        "Monthly",
        "en",
        "ruud.peters@example.com",
        "+31 6 0000 0007",
        "Prefers calls after 10:00.",
        internal=False,
    ),
    Person(
        "Works council",
        "Ondernemingsraad",
        COMPANY,
        4,
        2,
        R,
        RESISTANT,
        NEUTRAL,
        "Advice on the use of activity data about employees.",
        "Clear agreements on what managers can see about individual sales reps.",
        "The CRM used to monitor employees' performance.",
        "Ask for advice formally in time, explain the role model and the logging, and "
        "put the agreements in writing.",
        "Marieke de Vries",
        "Advice request, privacy impact assessment, training plan.",
        "Formal meeting",
        "At decision points",
        "nl",
        "or@example.nl",
        "",
        "Secretary of the works council handles the correspondence.",
    ),
    Person(
        "Key users sales",
        "Eight account managers, one per region",
        COMPANY,
        2,
        5,
        N,
        NEUTRAL,
        SUPPORTIVE,
        "Fast data entry, mobile access, Outlook add-in.",
        "Training close to go-live, help on the floor in the first weeks.",
        "Old habits and personal spreadsheets stop working.",
        "Key users test every sprint demo and train their colleagues; collect their "
        "feedback in the stand-up.",
        "Jeroen Bakker",
        "Demo dates, test scripts, training schedule.",
        "Newsletter and sprint demos",
        "Fortnightly",
        "nl",
        "keyusers.sales@example.nl",
    ),
    Person(
        "Femke Mulder",
        "Privacy officer",
        COMPANY,
        4,
        2,
        N,
        UNAWARE,
        SUPPORTIVE,
        "A data protection impact assessment and a processing agreement with the supplier.",
        "Retention periods applied to migrated records.",
        "Old personal data migrated without a legal ground.",
        "Brief her now on the migration scope; agree the DPIA timeline and the retention "
        "rules before the data migration starts.",
        "Bas van Dijk",
        "DPIA, retention rules, data migration scope.",
        "Email",
        "Monthly",
        "nl",
        "femke.mulder@example.nl",
        "+31 6 0000 0010",
    ),
    Person(
        "ERP Solutions NL",
        "ERP vendor support",
        "ERP Solutions NL BV",
        2,
        2,
        N,
        NEUTRAL,
        NEUTRAL,
        "Interface specifications agreed in writing.",
        "Support tickets for the interface paid under the current contract.",
        "Load on the ERP from the new interface.",
        "Monitor: inform them of interface test dates and the go-live weekend.",
        "Ilse Janssen",
        "Interface test dates, go-live weekend.",
        "Support portal",
        "As needed",
        "en",
        "support@example.com",
        "+31 6 0000 0011",
        internal=False,
    ),
    Person(
        "Sanne Jansen",
        "Project manager",
        COMPANY,
        3,
        5,
        S,
        LEADING,
        LEADING,
        "Decisions on time from the steering committee; key users available as agreed.",
        "A controlled go-live and a handover to the line organisation.",
        "Key users pulled back into daily work during testing.",
        "Runs the project day to day and reports to the sponsor.",
        "Marieke de Vries",
        "Everything: status, risks, issues, decisions.",
        "Weekly stand-up and steering committee",
        "Daily",
        "nl",
        "sanne.jansen@example.nl",
        "+31 6 0000 0012",
    ),
)


def add_demo_stakeholders(connection: Connection) -> dict[str, int]:
    """Add the twelve demo stakeholders after any already there; returns name → id."""
    table = Stakeholder.__table__
    first = connection.scalar(select(func.count()).select_from(table)) or 0
    rows = [
        {
            "position": first + offset,
            "name": person.name,
            "role": person.role,
            "organisation": person.organisation,
            "internal": person.internal,
            "email": person.email,
            "phone": person.phone,
            "contact_notes": person.contact_notes,
            "requirements": person.requirements,
            "expectations": person.expectations,
            "concerns": person.concerns,
            "power": person.power,
            "interest": person.interest,
            "attitude": person.attitude.value,
            "current_engagement": person.current.value,
            "desired_engagement": person.desired.value,
            "strategy": person.strategy,
            "relationship_owner": person.relationship_owner,
            "information_needs": person.information_needs,
            "channel": person.channel,
            "frequency": person.frequency,
            "language": person.language,
            "anonymised": False,
        }
        for offset, person in enumerate(PEOPLE)
    ]
    connection.execute(insert(Stakeholder), rows)
    added = connection.execute(
        select(table.c.name, table.c.id).where(table.c.position >= first)
    ).all()
    return {row.name: row.id for row in added}
