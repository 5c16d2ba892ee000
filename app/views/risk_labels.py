"""Words and colours for the risk register and the issue log: codes, fields, bands, money."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from app.domain.issues import IssueKind, IssueStatus, Level
from app.domain.risks import (
    DEFAULT_CATEGORIES,
    DEFAULT_IMPACT_LABELS,
    DEFAULT_PROBABILITY_LABELS,
    Band,
    Proximity,
    RiskKind,
    RiskStatus,
    Strategy,
)
from app.domain.validation import InvalidValue
from app.views.labels import refusal_text

translate = QCoreApplication.translate


# Cell fills of the bands (light enough for black text) and a stronger edge colour.
BAND_COLOURS = {
    Band.LOW: QColor("#c8e6c9"),
    Band.MEDIUM: QColor("#fff2a8"),
    Band.HIGH: QColor("#ffc27a"),
    Band.CRITICAL: QColor("#f28b82"),
}
BAND_EDGES = {
    Band.LOW: QColor("#43a047"),
    Band.MEDIUM: QColor("#c9a600"),
    Band.HIGH: QColor("#ef6c00"),
    Band.CRITICAL: QColor("#c62828"),
}
OVERDUE_COLOUR = QColor("#fde0dc")
OVERDUE_TEXT = QColor("#a50e0e")
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def kind_label(kind: RiskKind | str) -> str:
    return {
        RiskKind.THREAT: translate("RiskLabels", "Threat"),
        RiskKind.OPPORTUNITY: translate("RiskLabels", "Opportunity"),
    }[RiskKind(kind)]


def risk_status_label(status: RiskStatus | str) -> str:
    return {
        RiskStatus.IDENTIFIED: translate("RiskLabels", "Identified"),
        RiskStatus.ASSESSED: translate("RiskLabels", "Assessed"),
        RiskStatus.RESPONSE_PLANNED: translate("RiskLabels", "Response planned"),
        RiskStatus.MONITORING: translate("RiskLabels", "Monitoring"),
        RiskStatus.CLOSED: translate("RiskLabels", "Closed"),
        RiskStatus.OCCURRED: translate("RiskLabels", "Occurred"),
    }[RiskStatus(status)]


def strategy_label(strategy: Strategy | str) -> str:
    if not strategy:
        return ""
    return {
        Strategy.AVOID: translate("RiskLabels", "Avoid"),
        Strategy.REDUCE: translate("RiskLabels", "Reduce"),
        Strategy.TRANSFER: translate("RiskLabels", "Transfer"),
        Strategy.SHARE: translate("RiskLabels", "Share"),
        Strategy.ACCEPT: translate("RiskLabels", "Accept"),
        Strategy.ESCALATE: translate("RiskLabels", "Escalate"),
        Strategy.FALLBACK: translate("RiskLabels", "Fallback"),
        Strategy.EXPLOIT: translate("RiskLabels", "Exploit"),
        Strategy.ENHANCE: translate("RiskLabels", "Enhance"),
    }[Strategy(strategy)]


def proximity_label(proximity: Proximity | str) -> str:
    if not proximity:
        return ""
    return {
        Proximity.IMMINENT: translate("RiskLabels", "Imminent"),
        Proximity.WITHIN_STAGE: translate("RiskLabels", "Within the stage"),
        Proximity.WITHIN_PROJECT: translate("RiskLabels", "Within the project"),
        Proximity.BEYOND_PROJECT: translate("RiskLabels", "Beyond the project"),
    }[Proximity(proximity)]


def band_label(band: Band | str) -> str:
    return {
        Band.LOW: translate("RiskLabels", "Low"),
        Band.MEDIUM: translate("RiskLabels", "Medium"),
        Band.HIGH: translate("RiskLabels", "High"),
        Band.CRITICAL: translate("RiskLabels", "Critical"),
    }[Band(band)]


def category_label(category: str) -> str:
    """A default category in the interface language; a project's own one as typed."""
    if category not in DEFAULT_CATEGORIES:
        return category
    return {
        "schedule": translate("RiskLabels", "Schedule"),
        "cost": translate("RiskLabels", "Cost"),
        "scope": translate("RiskLabels", "Scope"),
        "quality": translate("RiskLabels", "Quality"),
        "technical": translate("RiskLabels", "Technical"),
        "supplier": translate("RiskLabels", "Supplier"),
        "security": translate("RiskLabels", "Security"),
        "legal": translate("RiskLabels", "Legal"),
        "organisation": translate("RiskLabels", "Organisation"),
    }[category]


def scale_label(text: str) -> str:
    """A default scale label ("very low" … "very high") translated; an edited one as typed."""
    if text not in DEFAULT_PROBABILITY_LABELS and text not in DEFAULT_IMPACT_LABELS:
        return text
    return {
        "very low": translate("RiskLabels", "very low"),
        "low": translate("RiskLabels", "low"),
        "medium": translate("RiskLabels", "medium"),
        "high": translate("RiskLabels", "high"),
        "very high": translate("RiskLabels", "very high"),
    }[text]


def issue_kind_label(kind: IssueKind | str) -> str:
    return {
        IssueKind.PROBLEM: translate("RiskLabels", "Problem"),
        IssueKind.REQUEST_FOR_CHANGE: translate("RiskLabels", "Request for change"),
        IssueKind.OFF_SPECIFICATION: translate("RiskLabels", "Off-specification"),
        IssueKind.CONCERN: translate("RiskLabels", "Concern"),
    }[IssueKind(kind)]


def issue_status_label(status: IssueStatus | str) -> str:
    return {
        IssueStatus.OPEN: translate("RiskLabels", "Open"),
        IssueStatus.IN_PROGRESS: translate("RiskLabels", "In progress"),
        IssueStatus.ON_HOLD: translate("RiskLabels", "On hold"),
        IssueStatus.RESOLVED: translate("RiskLabels", "Resolved"),
        IssueStatus.CLOSED: translate("RiskLabels", "Closed"),
    }[IssueStatus(status)]


def level_label(level: Level | str) -> str:
    return {
        Level.LOW: translate("RiskLabels", "Low"),
        Level.MEDIUM: translate("RiskLabels", "Medium"),
        Level.HIGH: translate("RiskLabels", "High"),
        Level.CRITICAL: translate("RiskLabels", "Critical"),
    }[Level(level)]


FIELD_NAMES = {
    "ref": QT_TRANSLATE_NOOP("RiskLabels", "ID"),
    "title": QT_TRANSLATE_NOOP("RiskLabels", "Title"),
    "kind": QT_TRANSLATE_NOOP("RiskLabels", "Type"),
    "category": QT_TRANSLATE_NOOP("RiskLabels", "Category"),
    "cause": QT_TRANSLATE_NOOP("RiskLabels", "Cause"),
    "event": QT_TRANSLATE_NOOP("RiskLabels", "Event"),
    "effect": QT_TRANSLATE_NOOP("RiskLabels", "Effect"),
    "raised_by": QT_TRANSLATE_NOOP("RiskLabels", "Raised by"),
    "date_raised": QT_TRANSLATE_NOOP("RiskLabels", "Date raised"),
    "owner": QT_TRANSLATE_NOOP("RiskLabels", "Owner"),
    "owner_id": QT_TRANSLATE_NOOP("RiskLabels", "Owner"),
    "owner_text": QT_TRANSLATE_NOOP("RiskLabels", "Owner"),
    "actionee": QT_TRANSLATE_NOOP("RiskLabels", "Actionee"),
    "actionee_id": QT_TRANSLATE_NOOP("RiskLabels", "Actionee"),
    "actionee_text": QT_TRANSLATE_NOOP("RiskLabels", "Actionee"),
    "proximity": QT_TRANSLATE_NOOP("RiskLabels", "Proximity"),
    "inherent_probability": QT_TRANSLATE_NOOP("RiskLabels", "Probability"),
    "inherent_impact": QT_TRANSLATE_NOOP("RiskLabels", "Impact"),
    "inherent_score": QT_TRANSLATE_NOOP("RiskLabels", "Score"),
    "residual_probability": QT_TRANSLATE_NOOP("RiskLabels", "Residual probability"),
    "residual_impact": QT_TRANSLATE_NOOP("RiskLabels", "Residual impact"),
    "residual_score": QT_TRANSLATE_NOOP("RiskLabels", "Residual score"),
    "band": QT_TRANSLATE_NOOP("RiskLabels", "Band"),
    "emv": QT_TRANSLATE_NOOP("RiskLabels", "EMV"),
    "strategy": QT_TRANSLATE_NOOP("RiskLabels", "Strategy"),
    "response_actions": QT_TRANSLATE_NOOP("RiskLabels", "Response actions"),
    "trigger": QT_TRANSLATE_NOOP("RiskLabels", "Trigger / warning signs"),
    "contingency": QT_TRANSLATE_NOOP("RiskLabels", "Contingency plan"),
    "response_cost_cents": QT_TRANSLATE_NOOP("RiskLabels", "Cost of response"),
    "cost_impact_cents": QT_TRANSLATE_NOOP("RiskLabels", "Cost impact"),
    "schedule_impact_days": QT_TRANSLATE_NOOP("RiskLabels", "Schedule impact (days)"),
    "status": QT_TRANSLATE_NOOP("RiskLabels", "Status"),
    "next_review": QT_TRANSLATE_NOOP("RiskLabels", "Next review"),
    "tasks": QT_TRANSLATE_NOOP("RiskLabels", "Linked tasks"),
    "description": QT_TRANSLATE_NOOP("RiskLabels", "Description"),
    "impact": QT_TRANSLATE_NOOP("RiskLabels", "Impact"),
    "urgency": QT_TRANSLATE_NOOP("RiskLabels", "Urgency"),
    "priority": QT_TRANSLATE_NOOP("RiskLabels", "Priority"),
    "target_date": QT_TRANSLATE_NOOP("RiskLabels", "Target date"),
    "resolution": QT_TRANSLATE_NOOP("RiskLabels", "Resolution"),
    "risk": QT_TRANSLATE_NOOP("RiskLabels", "From risk"),
    "risk_id": QT_TRANSLATE_NOOP("RiskLabels", "From risk"),
    "review_date": QT_TRANSLATE_NOOP("RiskLabels", "Review date"),
    "probability": QT_TRANSLATE_NOOP("RiskLabels", "Probability"),
    "note": QT_TRANSLATE_NOOP("RiskLabels", "Note"),
}


def field_label(field: str) -> str:
    """The name of a risk or issue field as the form and the column headers show it."""
    source = FIELD_NAMES.get(field)
    return field if source is None else translate("RiskLabels", source)


def register_refusal(error: Exception) -> str:
    """Why an edit of a risk or an issue was refused, in one sentence."""
    if isinstance(error, InvalidValue):
        name = field_label(error.field)
        reasons = {
            "not_for_kind": translate(
                "RiskLabels", "{0}: this response does not suit the risk's type."
            ),
            "not_a_choice": translate("RiskLabels", "{0}: choose one of the listed values."),
            "unknown_stakeholder": translate(
                "RiskLabels", "{0}: that stakeholder is no longer in the register."
            ),
            "unknown_risk": translate("RiskLabels", "{0}: that risk is no longer in the register."),
            "not_a_summary": translate(
                "RiskLabels", "The response task can only go under a summary task."
            ),
            "not_increasing": translate(
                "RiskLabels", "{0}: each value must be higher than the one before."
            ),
            "duplicate": translate("RiskLabels", "{0}: a category is listed twice."),
            "out_of_range": translate("RiskLabels", "{0} is out of range."),
        }
        if error.code in reasons:
            return reasons[error.code].format(name)
        return refusal_text(InvalidValue(name, error.code, error.detail))
    return refusal_text(error)


def currency_symbol(code: str) -> str:
    return CURRENCY_SYMBOLS.get(code, code)


def format_money(cents: int, currency: str, locale: QLocale, *, decimals: int = 0) -> str:
    """An amount in the project's currency, grouped the way the interface language writes it."""
    return locale.toCurrencyString(cents / 100, currency_symbol(currency), decimals)
