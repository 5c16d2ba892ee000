"""The demo's money: licences, hardware and fixed costs on the plan, budget lines from the
baseline, supplier invoices and expenses up to the status date, purchase orders, three
change requests (one approved with a budget revision), the reserves, and earned-value
snapshots every two weeks whose CPI drifts below 1 as the analysis overran."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import Connection, insert, select, update

from app.domain.earned_value import NoBaseline
from app.models.entities import (
    Assignment,
    BudgetLine,
    BudgetRevision,
    ChangeRequest,
    Commitment,
    CostCategory,
    EvmSnapshot,
    Expense,
    Project,
    ReserveDrawdown,
    Resource,
    Risk,
    Task,
)
from app.services.budget import cost_items, planned_by_month
from app.services.earned_value import compute_earned_value, record_snapshot

EURO = 100  # cents
ROUND_TO = 500 * EURO  # budget lines are set in round amounts

# (name, type, label, rate or unit cost in cents, category, organisation, internal)
COST_RESOURCES = (
    ("CRM subscription", "cost", "", 0, "Software licences", "CRM vendor", False),
    ("Integration middleware licence", "cost", "", 0, "Software licences", "MuleBridge", False),
    ("Identity provider licence", "cost", "", 0, "Software licences", "IdP vendor", False),
    ("Data cleansing tool", "cost", "", 0, "Software licences", "CloudPartners BV", False),
    (
        "ERP interface development",
        "cost",
        "",
        0,
        "External suppliers",
        "ERP Solutions NL BV",
        False,
    ),
    ("Travel and accommodation", "cost", "", 0, "Travel", "", True),
    ("Test and acceptance server", "material", "server", 6_500 * EURO, "Hardware", "Dell", False),
)
# (task name, resource name, units, amount in cents for cost resources)
COST_ASSIGNMENTS = (
    # The licences are signed when the design is approved, before the build starts.
    ("Design approved", "CRM subscription", 1.0, 79_200 * EURO),
    ("Design approved", "Integration middleware licence", 1.0, 18_000 * EURO),
    ("ERP integration (orders, invoices)", "ERP interface development", 1.0, 64_000 * EURO),
    ("Design approved", "Identity provider licence", 1.0, 22_000 * EURO),
    ("Data cleansing in the old CRM", "Data cleansing tool", 1.0, 8_500 * EURO),
    ("End-user training (120 users)", "Travel and accommodation", 1.0, 3_500 * EURO),
    ("Solution architecture", "Test and acceptance server", 2.0, 0),
)
# (task name, fixed cost in cents, accrual, category)
FIXED_COSTS = (
    ("Kick-off with business and supplier", 1_200 * EURO, "end", "Other"),
    ("System test", 9_500 * EURO, "end", "External suppliers"),  # the penetration test
    ("Train the trainers", 14_000 * EURO, "prorated", "Training"),  # the external trainer
    ("End-user training (120 users)", 9_600 * EURO, "end", "Training"),  # training rooms
    ("Go-live communication", 2_500 * EURO, "end", "Other"),
    ("Hypercare", 12_000 * EURO, "prorated", "External suppliers"),  # supplier on call
)


def _category_ids(connection: Connection) -> dict[str, int]:
    return {
        name: key for key, name in connection.execute(select(CostCategory.id, CostCategory.name))
    }


def add_demo_costs(connection: Connection) -> None:
    """Licences, travel, hardware and fixed costs on the plan, and budget lines per category
    and month from the plan as it is before the baseline is saved."""
    categories = _category_ids(connection)
    tasks = {name: key for key, name in connection.execute(select(Task.id, Task.name))}
    first = (connection.scalar(select(Resource.id).order_by(Resource.id.desc()).limit(1)) or 0) + 1
    resources: dict[str, int] = {}
    for offset, (name, kind, label, rate, category, organisation, internal) in enumerate(
        COST_RESOURCES
    ):
        resources[name] = first + offset
        connection.execute(
            insert(Resource).values(
                id=first + offset,
                position=first + offset - 1,
                name=name,
                type=kind,
                material_label=label,
                standard_rate_cents=rate,
                category_id=categories[category],
                organisation=organisation,
                internal=internal,
                accrual="start" if "licence" in name or "subscription" in name else "prorated",
            )
        )
    connection.execute(
        insert(Assignment),
        [
            {
                "task_id": tasks[task],
                "resource_id": resources[resource],
                "units": units,
                "work_minutes": 0,
                "amount_cents": amount,
            }
            for task, resource, units, amount in COST_ASSIGNMENTS
        ],
    )
    for task, cents, accrual, category in FIXED_COSTS:
        connection.execute(
            update(Task)
            .where(Task.id == tasks[task])
            .values(
                fixed_cost_cents=cents,
                fixed_cost_accrual=accrual,
                fixed_cost_category_id=categories[category],
            )
        )
    other = categories["Other"]
    merged: dict[tuple[int, dt.date], int] = {}
    for category_id, months in planned_by_month(cost_items(connection)).items():
        for month, cents in months:
            key = (other if category_id is None else category_id, month)
            merged[key] = merged.get(key, 0) + cents
    connection.execute(
        insert(BudgetLine),
        [
            {
                "category_id": category_id,
                "month": month,
                "amount_cents": -(-cents // ROUND_TO) * ROUND_TO,
            }
            for (category_id, month), cents in sorted(merged.items())
            if cents > 0
        ],
    )


def add_demo_budget(
    connection: Connection, start: dt.date, status: dt.date, owners: Mapping[str, int]
) -> None:
    """Spending, commitments, change requests, reserves and snapshots up to ``status``."""
    categories = _category_ids(connection)

    def day(offset: int) -> dt.date:
        return start + dt.timedelta(days=offset)

    commitments = [
        (
            "PO-2026-101",
            "CloudPartners BV",
            "Framework contract: CRM configuration",
            140_000,
            3,
            "External suppliers",
        ),
        (
            "PO-2026-114",
            "CRM vendor",
            "CRM subscription, 120 users, first year",
            72_000,
            20,
            "Software licences",
        ),
        ("PO-2026-118", "Dell", "Two test and acceptance servers", 13_000, 24, "Hardware"),
    ]
    ids: dict[str, int] = {}
    for reference, supplier, description, euros, offset, category in commitments:
        ids[reference] = connection.execute(
            insert(Commitment).values(
                reference=reference,
                supplier=supplier,
                description=description,
                amount_cents=euros * EURO,
                date=day(offset),
                status="closed" if reference == "PO-2026-118" else "open",
                category_id=categories[category],
            )
        ).inserted_primary_key[0]  # type: ignore[index]
    tasks = {name: key for key, name in connection.execute(select(Task.id, Task.name))}
    expenses = [
        # (days after the start, kind, amount in euros, category, supplier, invoice, task, note, PO)
        (
            8,
            "expense",
            1_450,
            "Training",
            "Scrum.org",
            "",
            None,
            "Product owner course for the key user lead",
            None,
        ),
        (
            10,
            "expense",
            240,
            "Travel",
            "NS",
            "",
            None,  # not in the plan: travel was budgeted for the training only
            "Train tickets to the supplier's office",
            None,
        ),
        (
            19,
            "invoice",
            5_000,
            "External suppliers",
            "CloudPartners BV",
            "CP-2026-1031",
            "Process workshop: sales",
            "October: process workshops",
            "PO-2026-101",
        ),
        (
            29,
            "invoice",
            13_000,
            "Hardware",
            "Dell",
            "DE-88412",
            "Solution architecture",
            "Two servers, delivered",
            "PO-2026-118",
        ),
        (
            40,
            "invoice",
            7_500,
            "External suppliers",
            "CloudPartners BV",
            "CP-2026-1121",
            "Data model and field mapping",
            "November: data model sessions",
            "PO-2026-101",
        ),
    ]
    rows = []
    for offset, kind, euros, category, supplier, invoice, task, note, order in expenses:
        if day(offset) > status:
            continue
        rows.append(
            {
                "date": day(offset),
                "amount_cents": euros * EURO,
                "category_id": categories[category],
                "kind": kind,
                "supplier": supplier,
                "invoice_number": invoice,
                "task_id": tasks.get(task) if task else None,
                "commitment_id": ids[order] if order else None,
                "note": note,
            }
        )
    if rows:
        connection.execute(insert(Expense), rows)
    sponsor = owners.get("Marieke de Vries")
    sales = owners.get("Jeroen Bakker")
    service = owners.get("Sandra Willems")
    changes = [
        {
            "ref": "CR-001",
            "title": "Mobile access for field sales",
            "requester_id": sales,
            "date_raised": day(17),
            "description": "Account managers enter visit reports on their phones, offline too.",
            "reason": "Visit reports are typed up in the evening from paper notes; a third are "
            "never entered.",
            "cost_impact_cents": 18_000 * EURO,
            "time_impact_days": 5,
            "scope_impact": "Adds the CRM's mobile app with offline sync for 40 users.",
            "quality_impact": "Visit data complete and on time.",
            "risk_impact": "Raises the load on the supplier in sprint 3.",
            "category_id": categories["External suppliers"],
            "status": "approved",
            "decided_by": "Steering committee (Marieke de Vries)",
            "decision_date": day(31),
        },
        {
            "ref": "CR-002",
            "title": "Migrate ten years of closed service cases",
            "requester_id": service,
            "date_raised": day(38),
            "description": "Migrate closed service cases back to 2016 instead of three years.",
            "reason": "Warranty claims need the full case history.",
            "cost_impact_cents": 9_500 * EURO,
            "time_impact_days": 4,
            "scope_impact": "About 180,000 more cases in the migration.",
            "quality_impact": "",
            "risk_impact": "Longer trial migrations; R-002 (data quality) grows.",
            "category_id": categories["External suppliers"],
            "status": "proposed",
        },
        {
            "ref": "CR-003",
            "title": "Browser extension instead of the Outlook add-in",
            "requester_id": sponsor,
            "date_raised": day(24),
            "description": "Replace the Outlook add-in with a browser extension for webmail.",
            "reason": "Some users read mail in the browser.",
            "cost_impact_cents": 6_000 * EURO,
            "time_impact_days": 3,
            "scope_impact": "",
            "quality_impact": "",
            "risk_impact": "",
            "status": "rejected",
            "decided_by": "Project board",
            "decision_date": day(31),
        },
    ]
    for position, change in enumerate(changes):
        change_id = connection.execute(
            insert(ChangeRequest).values(position=position, **change)
        ).inserted_primary_key[0]  # type: ignore[index]
        if change["status"] == "approved":
            connection.execute(
                insert(BudgetRevision).values(
                    date=change["decision_date"],
                    amount_cents=change["cost_impact_cents"],
                    category_id=change["category_id"],
                    reason=f"{change['ref']} approved: {change['title']}",
                    change_request_id=change_id,
                )
            )
    connection.execute(
        update(Project).values(contingency_from_risks=True, management_reserve_cents=25_000 * EURO)
    )
    risk = connection.scalar(select(Risk.id).where(Risk.ref == "R-002"))
    if day(38) <= status:
        connection.execute(
            insert(ReserveDrawdown).values(
                reserve="contingency",
                date=day(38),
                amount_cents=4_000 * EURO,
                reason="Three extra days of data profiling with the supplier's cleansing tool",
                risk_id=risk,
            )
        )
    _snapshots(connection, start, status)


def _snapshots(connection: Connection, start: dt.date, status: dt.date) -> None:
    """Every second Friday before the status date, and the status date itself (real).

    The earlier ones are history as the project would have recorded it: the plan's PV at
    that date, with SPI and CPI moving from 1 towards where they stand today.
    """
    try:
        today = compute_earned_value(connection, status).project
    except NoBaseline:
        return
    spi_now, cpi_now = today.spi or Decimal(1), today.cpi or Decimal(1)
    fridays = []
    day = start + dt.timedelta(days=(4 - start.weekday()) % 7 + 7)
    while day < status:
        fridays.append(day)
        day += dt.timedelta(days=14)
    for index, friday in enumerate(fridays):
        share = Decimal(index + 1) / Decimal(len(fridays) + 1)
        spi = 1 + (spi_now - 1) * share
        cpi = 1 + (cpi_now - 1) * share
        figures = compute_earned_value(connection, friday).project
        ev = int(figures.pv_cents * spi)
        ac = int(ev / cpi)
        connection.execute(
            insert(EvmSnapshot).values(
                status_date=friday,
                baseline=0,
                bac_cents=figures.bac_cents,
                pv_cents=figures.pv_cents,
                ev_cents=ev,
                ac_cents=ac,
                eac_cents=int(figures.bac_cents / cpi),
                cpi=str(cpi.quantize(Decimal("0.0001"))),
                spi=str(spi.quantize(Decimal("0.0001"))),
            )
        )
    record_snapshot(connection, status)
