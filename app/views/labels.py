"""Words for the codes the lower layers use: enums, field names, refusal reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.requirements import MoSCoW, RequirementStatus
from app.domain.validation import InvalidValue


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def priority_label(value: MoSCoW) -> str:
    return {
        MoSCoW.MUST: _tr("Must have"),
        MoSCoW.SHOULD: _tr("Should have"),
        MoSCoW.COULD: _tr("Could have"),
        MoSCoW.WONT: _tr("Won't have"),
    }[value]


def status_label(value: RequirementStatus) -> str:
    return {
        RequirementStatus.PROPOSED: _tr("Proposed"),
        RequirementStatus.APPROVED: _tr("Approved"),
        RequirementStatus.IMPLEMENTED: _tr("Implemented"),
        RequirementStatus.VERIFIED: _tr("Verified"),
        RequirementStatus.REJECTED: _tr("Rejected"),
        RequirementStatus.DEFERRED: _tr("Deferred"),
    }[value]


def field_label(field: str) -> str:
    return {
        "name": _tr("Project name"),
        "code": _tr("Code"),
        "sponsor": _tr("Sponsor"),
        "manager": _tr("Project manager"),
        "start_date": _tr("Start date"),
        "target_finish": _tr("Target finish"),
        "status_date": _tr("Status date"),
        "currency": _tr("Currency"),
        "goal": _tr("Goal and business case"),
        "scope_in": _tr("In scope"),
        "scope_out": _tr("Out of scope"),
        "assumptions": _tr("Assumptions"),
        "constraints": _tr("Constraints"),
        "ref": _tr("ID"),
        "title": _tr("Title"),
        "description": _tr("Description"),
        "priority": _tr("Priority"),
        "source": _tr("Source"),
        "status": _tr("Status"),
        "acceptance_criteria": _tr("Acceptance criteria"),
    }.get(field, field)


def refusal_text(error: Exception) -> str:
    """One sentence telling the user why an edit was not made."""
    if isinstance(error, InvalidValue):
        field = field_label(error.field)
        reasons = {
            "required": _tr("{0} cannot be empty."),
            "too_long": _tr("{0} is too long."),
            "date_out_of_range": _tr("{0} must lie between 1984 and 2149."),
            "before_start": _tr("{0} cannot lie before the start date."),
            "not_a_currency_code": _tr("{0} must be a three-letter code such as EUR."),
        }
        return reasons.get(error.code, _tr("{0} has a value that cannot be stored.")).format(field)
    if isinstance(error, LookupError):
        return _tr("The item no longer exists.")
    return str(error)
