"""The Budget tab's three charts drawn on a matplotlib Figure: the S-curve, CPI and SPI over
the snapshots, and budget vs committed vs actual by category.

matplotlib is imported inside the functions: this module is loaded with the tab, the
charts only when one is first shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.budget import CategoryFigures
from app.services.budget_charts import EvmPoint, SCurve
from app.views.budget_labels import (
    AC_COLOUR,
    ACTUAL_COLOUR,
    BUDGET_COLOUR,
    COMMITTED_COLOUR,
    EAC_COLOUR,
    EV_COLOUR,
    PV_COLOUR,
    BudgetFormat,
    uncategorised_label,
)

translate = QCoreApplication.translate

TITLE_SIZE = 10
LABEL_SIZE = 8
GRID = {"color": "#d0d0d0", "linewidth": 0.6}
NEUTRAL = "#5f6368"
OVER_RUN_LABEL = "#b3261e"


def _money_axis(axis: Any, fmt: BudgetFormat) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=6, min_n_ticks=3))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt.compact_money(value)))


def _style(axes: Any, title: str) -> None:
    axes.set_title(title, fontsize=TITLE_SIZE, loc="left")
    axes.tick_params(labelsize=LABEL_SIZE)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.set_axisbelow(True)


def _month_axis(axes: Any, first: dt.date, last: dt.date, fmt: BudgetFormat) -> None:
    """Month ticks (every month, or every few on a long plan) named in the UI language."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = max(1, -(-months // 10))
    axes.xaxis.set_major_locator(mdates.MonthLocator(interval=step))
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _pos: fmt.month(mdates.num2date(value).date()))
    )


def draw_s_curve(figure: Any, curve: SCurve, fmt: BudgetFormat) -> bool:
    """Cumulative PV (baseline), EV and AC up to the status date, and the EAC forecast dashed
    from today's AC to the planned finish; BAC and the status date as reference lines."""
    from matplotlib.dates import date2num

    axes = figure.add_subplot(1, 1, 1)
    _style(
        axes, translate("BudgetPlots", "S-curve: cumulative planned value, earned value and cost")
    )
    pv_days = [day for day, _ in curve.pv]
    axes.plot(
        pv_days,
        [cents for _, cents in curve.pv],
        color=PV_COLOUR,
        linewidth=2,
        label=translate("BudgetPlots", "PV (planned value)"),
    )
    history = list(curve.history)
    # Cumulative figures start from nothing when the work starts.
    days = [point.day for point in history]
    ev = [point.ev_cents for point in history]
    ac = [point.ac_cents for point in history]
    if days[0] > curve.planned_start:
        days, ev, ac = [curve.planned_start, *days], [0, *ev], [0, *ac]
    axes.plot(
        days,
        ev,
        color=EV_COLOUR,
        linewidth=2,
        marker="o",
        markersize=4,
        markevery=list(range(len(days) - len(history), len(days))),
        label=translate("BudgetPlots", "EV (earned value)"),
    )
    axes.plot(
        days,
        ac,
        color=AC_COLOUR,
        linewidth=2,
        marker="s",
        markersize=4,
        markevery=list(range(len(days) - len(history), len(days))),
        label=translate("BudgetPlots", "AC (actual cost)"),
    )
    now = curve.history[-1]
    top = max([curve.bac_cents, now.ac_cents, *(c for _, c in curve.pv)])
    if curve.eac_cents is not None and curve.planned_finish > curve.status_date:
        axes.plot(
            [curve.status_date, curve.planned_finish],
            [now.ac_cents, curve.eac_cents],
            color=EAC_COLOUR,
            linewidth=1.5,
            linestyle="--",
            label=translate("BudgetPlots", "EAC forecast"),
        )
        axes.annotate(
            translate("BudgetPlots", "EAC {0}").replace("{0}", fmt.whole_money(curve.eac_cents)),
            (curve.planned_finish, curve.eac_cents),
            xytext=(-4, 6),
            textcoords="offset points",
            ha="right",
            fontsize=LABEL_SIZE,
            color=EAC_COLOUR,
        )
        top = max(top, curve.eac_cents)
    axes.axhline(curve.bac_cents, color=NEUTRAL, linewidth=0.8, linestyle=":")
    axes.annotate(
        translate("BudgetPlots", "BAC {0}").replace("{0}", fmt.whole_money(curve.bac_cents)),
        (curve.planned_start, curve.bac_cents),
        xytext=(2, 4),
        textcoords="offset points",
        fontsize=LABEL_SIZE,
        color=NEUTRAL,
    )
    axes.axvline(curve.status_date, color=NEUTRAL, linewidth=0.8, linestyle="--")
    axes.annotate(
        translate("BudgetPlots", "Status date {0}").replace("{0}", fmt.date(curve.status_date)),
        (date2num(curve.status_date), 0),  # a blended transform takes no dates
        xycoords=axes.get_xaxis_transform(),
        xytext=(4, 4),
        textcoords="offset points",
        fontsize=LABEL_SIZE,
        color=NEUTRAL,
        ha="left",
        va="bottom",
    )
    axes.set_ylim(bottom=0, top=top * 1.12 or 1)
    first = min(curve.planned_start, days[0])
    last = max(curve.planned_finish, curve.status_date)
    axes.set_xlim(first - dt.timedelta(days=3), last + dt.timedelta(days=5))
    _money_axis(axes.yaxis, fmt)
    _month_axis(axes, first, last, fmt)
    axes.grid(axis="y", **GRID)
    axes.legend(fontsize=LABEL_SIZE, loc="lower right", frameon=False)
    return True


def draw_indices(figure: Any, history: Sequence[EvmPoint], fmt: BudgetFormat) -> bool:
    """CPI and SPI at each stored snapshot, against the 1.0 line (on plan, on budget)."""
    points = [point for point in history if point.cpi is not None or point.spi is not None]
    if not points:
        return False
    axes = figure.add_subplot(1, 1, 1)
    _style(axes, translate("BudgetPlots", "CPI and SPI per snapshot"))
    days = [point.day for point in points]
    values: list[float] = [1.0]
    for name, colour, marker, pick in (
        ("CPI", AC_COLOUR, "o", lambda p: p.cpi),
        ("SPI", PV_COLOUR, "s", lambda p: p.spi),
    ):
        series = [None if pick(p) is None else float(pick(p)) for p in points]
        known = [v for v in series if v is not None]
        values += known
        label = {
            "CPI": translate("BudgetPlots", "CPI (cost performance)"),
            "SPI": translate("BudgetPlots", "SPI (schedule performance)"),
        }[name]
        axes.plot(days, series, color=colour, marker=marker, markersize=4, linewidth=2, label=label)
        if known and series[-1] is not None:
            axes.annotate(
                fmt.index(pick(points[-1])),
                (days[-1], series[-1]),
                xytext=(6, -3),
                textcoords="offset points",
                fontsize=LABEL_SIZE,
                color=colour,
            )
    axes.axhline(1.0, color=NEUTRAL, linewidth=1, linestyle="--")
    low, high = min(values), max(values)
    margin = max(0.02, (high - low) * 0.25)
    axes.set_ylim(low - margin, high + margin)
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt.decimal(value, 2)))
    axes.set_xticks(days)
    axes.set_xticklabels([fmt.day_month(day) for day in days])
    span = (days[-1] - days[0]).days if len(days) > 1 else 10
    pad = dt.timedelta(days=max(2, span // 8))
    axes.set_xlim(days[0] - pad, days[-1] + pad * 2)
    axes.grid(axis="y", **GRID)
    axes.legend(fontsize=LABEL_SIZE, loc="lower left", frameon=False)
    return True


def draw_categories(figure: Any, figures: Sequence[CategoryFigures], fmt: BudgetFormat) -> bool:
    """Budget, committed and actual side by side per category (horizontal, names readable);
    a category whose forecast exceeds its budget is named in red."""
    shown = [
        line
        for line in figures
        if line.budget_cents or line.committed_cents or line.actual_cents or line.forecast_cents
    ]
    if not shown:
        return False
    axes = figure.add_subplot(1, 1, 1)
    _style(axes, translate("BudgetPlots", "Budget, committed and actual by category"))
    names = [uncategorised_label() if f.category is None else f.category.name for f in shown]
    count = len(shown)
    height = 0.26
    positions = list(range(count))
    bars = (
        (translate("BudgetPlots", "Budget"), BUDGET_COLOUR, [f.budget_cents for f in shown]),
        (
            translate("BudgetPlots", "Committed"),
            COMMITTED_COLOUR,
            [f.committed_cents for f in shown],
        ),
        (translate("BudgetPlots", "Actual"), ACTUAL_COLOUR, [f.actual_cents for f in shown]),
    )
    for offset, (label, colour, values) in enumerate(bars):
        axes.barh(
            [p + (offset - 1) * height for p in positions],
            values,
            height=height,
            color=colour,
            label=label,
        )
    axes.set_yticks(positions)
    axes.set_yticklabels(names)
    for tick, line in zip(axes.get_yticklabels(), shown, strict=True):
        if line.over_run:
            tick.set_color(OVER_RUN_LABEL)
            tick.set_fontweight("bold")
    axes.invert_yaxis()  # the first category on top, as in the table
    if any(line.over_run for line in shown):
        axes.set_xlabel(
            translate("BudgetPlots", "Categories named in red are forecast to over-run"),
            fontsize=LABEL_SIZE - 1,
            color=OVER_RUN_LABEL,
        )
    _money_axis(axes.xaxis, fmt)
    axes.grid(axis="x", **GRID)
    axes.legend(fontsize=LABEL_SIZE, loc="lower right", frameon=False)
    return True
