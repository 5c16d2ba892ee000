"""Register benchmark: a project with 500 risks (with reviews) and 300 stakeholders; opening the
Risks and Stakeholders tabs, and every sort and filter of their tables (goal ≤ 100 ms each).

Run by ``make bench`` on the offscreen platform; prints figures with the CPU model and
Python version.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model

RISKS = 500
STAKEHOLDERS = 300
REVIEWS_PER_RISK = 4
GOAL_MS = 100.0
KINDS = ("threat", "opportunity")
CATEGORIES = ("schedule", "cost", "scope", "quality", "technical", "supplier", "security")
STATUSES = ("identified", "assessed", "response_planned", "monitoring", "closed", "occurred")
ATTITUDES = ("supporter", "neutral", "resistor")
ENGAGEMENT = ("unaware", "resistant", "neutral", "supportive", "leading")


def write_project(path: Path) -> None:
    """The demo plan plus generated registers, inserted in bulk with Core."""
    from sqlalchemy import insert

    from app.models.entities import Risk, RiskReview, Stakeholder
    from app.services.demo import build_demo

    rng = random.Random(11)
    store = build_demo(path, dt.date(2026, 11, 26))
    with store.new_session() as session:
        connection = session.connection()
        for table in ("issue", "risk", "stakeholder"):  # the demo's own, replaced
            connection.exec_driver_sql(f"DELETE FROM {table}")
        connection.exec_driver_sql("DELETE FROM view_setting WHERE key LIKE '%.last_ref'")
        connection.execute(
            insert(Stakeholder),
            [
                {
                    "position": n,
                    "name": f"Stakeholder {n + 1}",
                    "role": rng.choice(("Sponsor", "Key user", "Architect", "Supplier")),
                    "organisation": rng.choice(("Sales", "Finance", "IT", "Supplier BV")),
                    "internal": rng.random() < 0.7,
                    "power": rng.randint(1, 5),
                    "interest": rng.randint(1, 5),
                    "attitude": rng.choice(ATTITUDES),
                    "current_engagement": rng.choice(ENGAGEMENT),
                    "desired_engagement": rng.choice(ENGAGEMENT[2:]),
                    "channel": rng.choice(("email", "steering committee", "stand-up")),
                    "frequency": rng.choice(("weekly", "monthly")),
                }
                for n in range(STAKEHOLDERS)
            ],
        )
        first_id = connection.exec_driver_sql("SELECT min(id) FROM stakeholder").scalar() or 1
        risks = []
        for n in range(RISKS):
            probability, impact = rng.randint(1, 5), rng.randint(1, 5)
            risks.append(
                {
                    "id": n + 1,
                    "position": n,
                    "ref": f"R-{n + 1:03d}",
                    "title": f"Generated risk {n + 1}",
                    "kind": rng.choice(KINDS),
                    "category": rng.choice(CATEGORIES),
                    "owner_id": first_id + rng.randrange(STAKEHOLDERS),
                    "inherent_probability": probability,
                    "inherent_impact": impact,
                    "residual_probability": max(1, probability - rng.randint(0, 2)),
                    "residual_impact": max(1, impact - rng.randint(0, 1)),
                    "cost_impact_cents": rng.randint(1, 500) * 10_000,
                    "status": rng.choice(STATUSES),
                    "date_raised": dt.date(2026, 10, 1) + dt.timedelta(days=rng.randint(0, 50)),
                    "next_review": dt.date(2026, 11, 1) + dt.timedelta(days=rng.randint(0, 90)),
                }
            )
        connection.execute(insert(Risk), risks)
        connection.execute(
            insert(RiskReview),
            [
                {
                    "risk_id": risk["id"],
                    "review_date": dt.date(2026, 8, 1) + dt.timedelta(days=30 * k),
                    "probability": risk["residual_probability"],
                    "impact": risk["residual_impact"],
                    "cost_impact_cents": risk["cost_impact_cents"],
                    "status": risk["status"],
                    "note": "",
                }
                for risk in risks
                for k in range(REVIEWS_PER_RISK)
            ],
        )
        session.commit()
    store.close()


def timed(action: Callable[[], Any]) -> float:
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    action()
    QApplication.processEvents()  # the repaint that shows the result counts too
    return (time.perf_counter() - started) * 1000


def measure_tab(window: Any, name: str, view_of: Callable[[Any], Any], filters: Any) -> None:
    """Open the tab as a user does (View menu: built, shown, loaded, painted), then sort by
    each column both ways and apply each filter the tab offers; print median and worst."""
    from PySide6.QtCore import Qt

    opened = timed(lambda: window.show_tab(name))
    tab = getattr(window.project_view, name)
    view = view_of(tab)
    sorts = []
    for column in range(view.model().columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(timed(lambda c=column, o=order: view.sortByColumn(c, o)))
    filtered = [timed(action) for action in filters(tab)]
    inner = getattr(tab, "tabs", None)  # the Risks tab's issue log, built when first shown
    if inner is not None:
        issue_log = timed(lambda: inner.setCurrentIndex(1))
        print(f"    issue log opened in {issue_log:.0f} ms")
        opened = max(opened, issue_log)
    worst = max([opened, *sorts, *filtered])
    verdict = "within" if worst <= GOAL_MS else "OVER"
    print(
        f"    open {opened:.0f} ms; {len(sorts)} sorts median {statistics.median(sorts):.1f} ms, "
        f"worst {max(sorts):.1f} ms; {len(filtered)} filters median "
        f"{statistics.median(filtered) if filtered else 0:.1f} ms, "
        f"worst {max(filtered) if filtered else 0:.1f} ms ({verdict} the {GOAL_MS:.0f} ms goal)"
    )


def combo_steps(combo: Any) -> list[Callable[[], None]]:
    """Choose each entry of a filter combo box in turn, then the first ("all") again."""
    steps = [lambda i=i: combo.setCurrentIndex(i) for i in range(1, combo.count())]
    return [*steps, lambda: combo.setCurrentIndex(0)]


def risk_filters(tab: Any) -> list[Callable[[], None]]:
    register = tab.register
    steps: list[Callable[[], None]] = []
    for combo in (
        register.status_filter,
        register.owner_filter,
        register.band_filter,
        register.category_filter,
    ):
        steps += combo_steps(combo)[:6]  # the first five choices and back to all
    steps += [
        lambda: register.overdue_filter.setChecked(True),
        lambda: register.overdue_filter.setChecked(False),
        lambda: register.search.setText("risk 4"),
        lambda: register.search.setText(""),
    ]
    return steps


def stakeholder_filters(tab: Any) -> list[Callable[[], None]]:
    steps: list[Callable[[], None]] = []
    for combo in (tab.quadrant_filter, tab.attitude_filter, tab.side_filter):
        steps += combo_steps(combo)
    steps += [
        lambda: tab.gaps_filter.setChecked(True),
        lambda: tab.gaps_filter.setChecked(False),
        lambda: tab.search.setText("holder 2"),
        lambda: tab.search.setText(""),
    ]
    return steps


def tabs() -> list[tuple[str, Callable[[Any], Any], Any]]:
    return [
        ("risks", lambda tab: tab.register.table, risk_filters),
        ("stakeholders", lambda tab: tab.table, stakeholder_filters),
    ]


def main() -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.views.application import make_application
    from app.views.main_window import MainWindow

    app = QApplication.instance() or make_application()
    print(
        f"register benchmark ({cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, Qt platform {app.platformName()}):"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "registers.koers"
        write_project(path)
        window = MainWindow()
        window.resize(1600, 1000)
        if not window.open_path(path):
            return 1
        window.show()
        QTest.qWait(500)  # the window as a user sees it half a second after opening the project
        try:
            for name, view_of, filters in tabs():
                print(
                    f"  {name} tab ({RISKS} risks with {REVIEWS_PER_RISK} reviews each, "
                    f"{STAKEHOLDERS} stakeholders):"
                )
                measure_tab(window, name, view_of, filters)
        finally:
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
