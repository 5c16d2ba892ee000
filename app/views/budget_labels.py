"""How the Budget tab writes its figures: money in the interface language, indices, percentages,
dates and months, and the colours that flag over-runs and negative amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from app.domain.earned_value import NoBaseline
from app.domain.money import MoneyRefused, format_money, is_dutch
from app.domain.validation import InvalidValue
from app.services.earned_value import NoStatusDate
from app.views.i18n import LOCALES
from app.views.labels import refusal_text

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


def reserve_label(reserve: str) -> str:
    """The contingency reserve or the management reserve, by its stored name."""
    return {
        "contingency": translate("BudgetLabels", "Contingency"),
        "management": translate("BudgetLabels", "Management reserve"),
    }.get(reserve, reserve)


def uncategorised_label() -> str:
    return translate("BudgetLabels", "(no category)")


def no_earned_value_text(error: Exception) -> str:
    """Why there are no earned-value figures, in the interface language."""
    if isinstance(error, NoBaseline):
        return translate(
            "BudgetLabels",
            "There is no earned value without a baseline: save a baseline first "
            "(Project > Save Baseline). Earned value measures progress and spending against it.",
        )
    if isinstance(error, NoStatusDate):
        return translate(
            "BudgetLabels",
            "There is no earned value without a status date: set one in the Plan tab "
            "(Status date). Earned value is measured up to that date.",
        )
    return str(error)


def field_label(field: str) -> str:
    """The name of a budget field as the columns and forms show it."""
    return {
        "date": translate("BudgetLabels", "Date"),
        "amount_cents": translate("BudgetLabels", "Amount"),
        "category_id": translate("BudgetLabels", "Category"),
        "kind": translate("BudgetLabels", "Kind"),
        "supplier": translate("BudgetLabels", "Supplier"),
        "invoice_number": translate("BudgetLabels", "Invoice number"),
        "task_id": translate("BudgetLabels", "Task"),
        "commitment_id": translate("BudgetLabels", "Purchase order"),
        "note": translate("BudgetLabels", "Note"),
        "reference": translate("BudgetLabels", "Reference"),
        "description": translate("BudgetLabels", "Description"),
        "status": translate("BudgetLabels", "Status"),
        "title": translate("BudgetLabels", "Title"),
        "requester_id": translate("BudgetLabels", "Requester"),
        "requester_text": translate("BudgetLabels", "Requester"),
        "date_raised": translate("BudgetLabels", "Date raised"),
        "reason": translate("BudgetLabels", "Reason"),
        "cost_impact_cents": translate("BudgetLabels", "Cost impact"),
        "time_impact_days": translate("BudgetLabels", "Time impact"),
        "scope_impact": translate("BudgetLabels", "Scope impact"),
        "quality_impact": translate("BudgetLabels", "Quality impact"),
        "risk_impact": translate("BudgetLabels", "Risk impact"),
        "decided_by": translate("BudgetLabels", "Decided by"),
        "decision_date": translate("BudgetLabels", "Decision date"),
        "month": translate("BudgetLabels", "Month"),
        "category": translate("BudgetLabels", "Category"),
        "move_to": translate("BudgetLabels", "Category"),
        "name": translate("BudgetLabels", "Name"),
    }.get(field, field)


def budget_refusal(error: Exception) -> str:
    """Why an edit of the budget was refused, in one sentence of the interface language."""
    if isinstance(error, MoneyRefused):
        return translate("BudgetLabels", "{0} is not an amount of money.").replace(
            "{0}", f"“{error.text}”"
        )
    if isinstance(error, InvalidValue):
        name = field_label(error.field)
        if error.field == "change_request" and error.code == "has_revisions":
            return translate(
                "BudgetLabels",
                "{0} revised the budget, and the budget's history is kept: it cannot be deleted.",
            ).replace("{0}", error.detail)
        reasons = {
            "required": translate("BudgetLabels", "{0} cannot be empty."),
            "too_long": translate("BudgetLabels", "{0} is too long."),
            "not_a_number": translate("BudgetLabels", "{0} must be a number."),
            "out_of_range": translate("BudgetLabels", "{0} is out of range."),
            "zero": translate("BudgetLabels", "{0} cannot be zero."),
            "not_a_date": translate("BudgetLabels", "{0} must be a date."),
            "date_out_of_range": translate("BudgetLabels", "{0} must lie between 1984 and 2149."),
            "unknown_category": translate("BudgetLabels", "That cost category no longer exists."),
            "unknown_task": translate("BudgetLabels", "That task no longer exists."),
            "unknown_commitment": translate(
                "BudgetLabels", "That purchase order no longer exists."
            ),
            "duplicate": translate("BudgetLabels", "{0}: that name is taken already."),
            "has_revisions": translate(
                "BudgetLabels",
                "Budget revisions name “{1}”, and the budget's history is kept: the category "
                "can be renamed, not deleted.",
            ),
            "in_use": translate(
                "BudgetLabels", "“{1}” is in use: choose a category to move what uses it to."
            ),
            "same_category": translate(
                "BudgetLabels", "Choose another category to move to than the one deleted."
            ),
            "approved_is_final": translate(
                "BudgetLabels", "{0} of an approved change request cannot change."
            ),
            "approve_with_decision": translate(
                "BudgetLabels", "Approve a change request with Approve…, saying who decided."
            ),
            "already_approved": translate(
                "BudgetLabels", "The change request is approved already."
            ),
        }
        if error.code in reasons:
            what = error.detail.split(":", 1)[0]
            return reasons[error.code].replace("{0}", name).replace("{1}", what)
    return refusal_text(error)
