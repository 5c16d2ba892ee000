"""Words and colours for the stakeholder register: fields, attitudes, engagement, quadrants."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.stakeholders import Attitude, Engagement, Quadrant
from app.domain.validation import InvalidValue
from app.services.stakeholders import FIELDS

translate = QCoreApplication.translate


def attitude_label(value: Attitude) -> str:
    return {
        Attitude.SUPPORTER: translate("Stakeholders", "Supporter"),
        Attitude.NEUTRAL: translate("Stakeholders", "Neutral"),
        Attitude.RESISTOR: translate("Stakeholders", "Resistor"),
    }[value]


def engagement_label(value: Engagement) -> str:
    return {
        Engagement.UNAWARE: translate("Stakeholders", "Unaware"),
        Engagement.RESISTANT: translate("Stakeholders", "Resistant"),
        Engagement.NEUTRAL: translate("Stakeholders", "Neutral"),
        Engagement.SUPPORTIVE: translate("Stakeholders", "Supportive"),
        Engagement.LEADING: translate("Stakeholders", "Leading"),
    }[value]


def quadrant_label(value: Quadrant) -> str:
    return {
        Quadrant.MANAGE_CLOSELY: translate("Stakeholders", "Manage closely"),
        Quadrant.KEEP_SATISFIED: translate("Stakeholders", "Keep satisfied"),
        Quadrant.KEEP_INFORMED: translate("Stakeholders", "Keep informed"),
        Quadrant.MONITOR: translate("Stakeholders", "Monitor"),
    }[value]


def side_label(internal: bool) -> str:
    if internal:
        return translate("Stakeholders", "Internal")
    return translate("Stakeholders", "External")


def gap_text(gap: int) -> str:
    """+2 to raise engagement two levels, −1 to lower it one, 0 when it is where we want it."""
    if gap > 0:
        return f"+{gap}"
    if gap < 0:
        return f"−{-gap}"
    return "0"


def stakeholder_field_label(field: str) -> str:
    return {
        "name": translate("Stakeholders", "Name"),
        "role": translate("Stakeholders", "Role"),
        "organisation": translate("Stakeholders", "Organisation"),
        "internal": translate("Stakeholders", "Internal/external"),
        "email": translate("Stakeholders", "E-mail"),
        "phone": translate("Stakeholders", "Phone"),
        "contact_notes": translate("Stakeholders", "Contact notes"),
        "requirements": translate("Stakeholders", "Requirements"),
        "expectations": translate("Stakeholders", "Expectations"),
        "concerns": translate("Stakeholders", "Concerns"),
        "power": translate("Stakeholders", "Power"),
        "interest": translate("Stakeholders", "Interest"),
        "quadrant": translate("Stakeholders", "Quadrant"),
        "attitude": translate("Stakeholders", "Attitude"),
        "current_engagement": translate("Stakeholders", "Current engagement"),
        "desired_engagement": translate("Stakeholders", "Desired engagement"),
        "gap": translate("Stakeholders", "Gap"),
        "strategy": translate("Stakeholders", "Engagement strategy"),
        "relationship_owner": translate("Stakeholders", "Relationship owner"),
        "information_needs": translate("Stakeholders", "Information needs"),
        "channel": translate("Stakeholders", "Channel"),
        "frequency": translate("Stakeholders", "Frequency"),
        "language": translate("Stakeholders", "Language"),
        "anonymised": translate("Stakeholders", "Anonymised"),
    }.get(field, field)


def named_refusal(error: Exception) -> Exception:
    """The refusal with the field's words in place of its code, for the window's message.

    The window words refusals with ``labels.refusal_text``, which knows the charter
    and task fields; a stakeholder field is passed on already named.
    """
    if isinstance(error, InvalidValue) and error.field in FIELDS:
        return InvalidValue(stakeholder_field_label(error.field), error.code, error.detail)
    return error


# Colours of the grid and the tables: a light fill with dark text, readable in print too.
QUADRANT_FILL = {
    Quadrant.MANAGE_CLOSELY: QColor("#fbe3df"),
    Quadrant.KEEP_SATISFIED: QColor("#fdf0d2"),
    Quadrant.KEEP_INFORMED: QColor("#dfecfa"),
    Quadrant.MONITOR: QColor("#eceff1"),
}
QUADRANT_INK = {
    Quadrant.MANAGE_CLOSELY: QColor("#a3261c"),
    Quadrant.KEEP_SATISFIED: QColor("#7a5200"),
    Quadrant.KEEP_INFORMED: QColor("#0b4f9c"),
    Quadrant.MONITOR: QColor("#455a64"),
}
ATTITUDE_COLOUR = {
    Attitude.SUPPORTER: QColor("#2e7d32"),
    Attitude.NEUTRAL: QColor("#78909c"),
    Attitude.RESISTOR: QColor("#c62828"),
}
GAP_FILL = QColor("#fff3c4")  # a row whose engagement is not where we want it
CURRENT_FILL = QColor("#ffd7a8")
DESIRED_FILL = QColor("#bfe3c3")
