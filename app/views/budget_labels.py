"""How the Budget tab writes its figures: money in the interface language, indices, percentages,
dates and months, and the colours that flag over-runs and negative amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from app.domain.earned_value import NoBaseline
from app.domain.money import format_money, is_dutch
from app.services.earned_value import NoStatusDate
from app.views.i18n import LOCALES

translate = QCoreApplication.translate

NEGATIVE = QColor("#b3261e")  # negative amounts and over-runs
POSITIVE = QColor("#1e7d32")  # an under-run: money left
OVER_RUN_BACKGROUND = QColor("#fde8e7")
TOTAL_BACKGROUND = QColor("#eef1f5")
MUTED = QColor("#6b6b6b")
NO_FIGURE = "—"  # an index whose denominator is zero

# Chart colours, readable on white and told apart by people with red-green colour blindness.
PV_COLOUR = "#1a73e8"
EV_COLOUR = "#1e8e3e"
AC_COLOUR = "#d93025"
EAC_COLOUR = "#d93025"
BUDGET_COLOUR = "#1a73e8"
COMMITTED_COLOUR = "#f9ab00"
ACTUAL_COLOUR = "#d93025"
FORECAST_COLOUR = "#9334e6"


class BudgetFormat:
    """Figures written for one currency and interface language (``€ 1.234,56`` in Dutch)."""

    def __init__(self, currency: str = "EUR", language: str = "en") -> None:
        self.currency = currency
        self.language = language
        code = language.replace("-", "_").split("_", maxsplit=1)[0]
        self.locale = QLocale(LOCALES.get(code, "en_GB"))

    def money(self, cents: int | None) -> str:
        return "" if cents is None else format_money(cents, self.currency, self.language)

    def whole_money(self, cents: int) -> str:
        """An amount rounded to whole units, for chart axes: "€ 125.000", "€125,000"."""
        units = (abs(cents) + 50) // 100 * (1 if cents >= 0 else -1)
        return format_money(units * 100, self.currency, self.language)[:-3]

    def compact_money(self, cents: float) -> str:
        """A chart axis amount: "€250k" from ten thousand up, else whole units."""
        if abs(cents) >= 1_000_000:
            return f"{self.whole_money(round(cents / 100_000) * 100)}k"
        return self.whole_money(round(cents))

    def decimal(self, value: Decimal | float, digits: int = 2) -> str:
        text = f"{Decimal(str(value)).quantize(Decimal(1).scaleb(-digits)):f}"
        if text.startswith("-") and not text.strip("-0.,"):
            text = text[1:]  # no "-0.00"
        return text.replace(".", ",") if is_dutch(self.language) else text

    def index_colour(self, value: Decimal | None, *, low_is_bad: bool = True) -> QColor | None:
        """Red for an index worse than 1 as shown (two decimals), green for better."""
        if value is None:
            return None
        shown = value.quantize(Decimal("0.01"))
        if shown == 1:
            return None
        return NEGATIVE if (shown < 1) == low_is_bad else POSITIVE

    def index(self, value: Decimal | None) -> str:
        """SPI, CPI, TCPI: two decimals; a dash where the index is undefined."""
        return NO_FIGURE if value is None else self.decimal(value, 2)

    def percent(self, value: Decimal | None) -> str:
        return NO_FIGURE if value is None else f"{self.decimal(value, 1)}%"

    def share(self, part: int, whole: int) -> str:
        """``part`` as a percentage of ``whole``, one decimal."""
        if whole == 0:
            return NO_FIGURE
        return self.percent(Decimal(part * 100) / Decimal(whole))

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return ""
        return self.locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)

    def month(self, day: dt.date) -> str:
        """A month as a column or axis shows it: "Nov 2026" ("nov 2026")."""
        return self.locale.toString(_qdate(day), "MMM yyyy")

    def day_month(self, day: dt.date) -> str:
        """A day without its year, for the snapshot axis: "23 Oct" ("23 okt")."""
        return self.locale.toString(_qdate(day), "d MMM")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def change_status_label(status: str) -> str:
    return {
        "proposed": translate("BudgetLabels", "Proposed"),
        "approved": translate("BudgetLabels", "Approved"),
        "rejected": translate("BudgetLabels", "Rejected"),
        "deferred": translate("BudgetLabels", "Deferred"),
    }.get(status, status)


def commitment_status_label(status: str) -> str:
    return {
        "open": translate("BudgetLabels", "Open"),
        "closed": translate("BudgetLabels", "Closed"),
        "cancelled": translate("BudgetLabels", "Cancelled"),
    }.get(status, status)


def expense_kind_label(kind: str) -> str:
    return {
        "invoice": translate("BudgetLabels", "Invoice"),
        "expense": translate("BudgetLabels", "Expense"),
    }.get(kind, kind)


def uncategorised_label() -> str:
    return translate("BudgetLabels", "(no category)")


def no_earned_value_text(error: Exception) -> str:
    """Why there are no earned-value figures, in the interface language."""
    if isinstance(error, NoBaseline):
        return translate(
            "BudgetLabels",
            "There is no earned value without a baseline: save a baseline first "
            "(Project > Set Baseline). Earned value measures progress and spending against it.",
        )
    if isinstance(error, NoStatusDate):
        return translate(
            "BudgetLabels",
            "There is no earned value without a status date: set one in the Plan tab "
            "(Status date). Earned value is measured up to that date.",
        )
    return str(error)
