"""Words for the codes the lower layers use: enums, field names, refusal reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.requirements import MoSCoW, RequirementStatus
from app.domain.validation import InvalidValue

translate = QCoreApplication.translate


def priority_label(value: MoSCoW) -> str:
    return {
        MoSCoW.MUST: translate("Labels", "Must have"),
        MoSCoW.SHOULD: translate("Labels", "Should have"),
        MoSCoW.COULD: translate("Labels", "Could have"),
        MoSCoW.WONT: translate("Labels", "Won't have"),
    }[value]


def status_label(value: RequirementStatus) -> str:
    return {
        RequirementStatus.PROPOSED: translate("Labels", "Proposed"),
        RequirementStatus.APPROVED: translate("Labels", "Approved"),
        RequirementStatus.IMPLEMENTED: translate("Labels", "Implemented"),
        RequirementStatus.VERIFIED: translate("Labels", "Verified"),
        RequirementStatus.REJECTED: translate("Labels", "Rejected"),
        RequirementStatus.DEFERRED: translate("Labels", "Deferred"),
    }[value]


def field_label(field: str) -> str:
    return {
        "name": translate("Labels", "Project name"),
        "code": translate("Labels", "Code"),
        "sponsor": translate("Labels", "Sponsor"),
        "manager": translate("Labels", "Project manager"),
        "start_date": translate("Labels", "Start date"),
        "target_finish": translate("Labels", "Target finish"),
        "status_date": translate("Labels", "Status date"),
        "currency": translate("Labels", "Currency"),
        "goal": translate("Labels", "Goal and business case"),
        "scope_in": translate("Labels", "In scope"),
        "scope_out": translate("Labels", "Out of scope"),
        "assumptions": translate("Labels", "Assumptions"),
        "constraints": translate("Labels", "Constraints"),
        "ref": translate("Labels", "ID"),
        "title": translate("Labels", "Title"),
        "description": translate("Labels", "Description"),
        "priority": translate("Labels", "Priority"),
        "source": translate("Labels", "Source"),
        "status": translate("Labels", "Status"),
        "acceptance_criteria": translate("Labels", "Acceptance criteria"),
        "duration": translate("Labels", "Duration"),
        "start": translate("Labels", "Start"),
        "finish": translate("Labels", "Finish"),
        "predecessors": translate("Labels", "Predecessors"),
        "percent_complete": translate("Labels", "% Complete"),
        "deadline": translate("Labels", "Deadline"),
        "constraint_date": translate("Labels", "Constraint date"),
        "milestone": translate("Labels", "Milestone"),
        "notes": translate("Labels", "Notes"),
        "baseline": translate("Labels", "Baseline"),
        "fixed_cost": translate("Labels", "Fixed cost"),
        "physical_percent_complete": translate("Labels", "Physical % complete"),
    }.get(field, field)


def refusal_text(error: Exception) -> str:
    """One sentence telling the user why an edit was not made."""
    if isinstance(error, InvalidValue):
        field = field_label(error.field)
        reasons = {
            "required": translate("Labels", "{0} cannot be empty."),
            "too_long": translate("Labels", "{0} is too long."),
            "date_out_of_range": translate("Labels", "{0} must lie between 1984 and 2149."),
            "before_start": translate("Labels", "{0} cannot lie before the start date."),
            "not_a_currency_code": translate(
                "Labels", "{0} must be a three-letter code such as EUR."
            ),
            "duration.bad_number": translate(
                "Labels", "{0}: type a number with a unit, such as 5d, 3h or 2w."
            ),
            "duration.unknown_unit": translate(
                "Labels", "{0}: use a unit such as m, h, d, w or mo (e.g. 5d)."
            ),
            "duration.negative": translate("Labels", "{0} cannot be negative."),
            "duration.too_large": translate("Labels", "{0} is longer than 100 years."),
            "duration.empty": translate("Labels", "{0} cannot be empty."),
            "predecessor.bad_id": translate(
                "Labels", "{0}: use task IDs with an optional type and lag, such as 3FS+2d;5SS."
            ),
            "predecessor.unknown_type": translate(
                "Labels", "{0}: the link type must be FS, SS, FF or SF."
            ),
            "predecessor.bad_lag": translate("Labels", "{0}: a lag looks like +2d, -1d or +50%."),
            "predecessor.lag_too_large": translate("Labels", "{0}: the lag is too large."),
            "predecessor.duplicate": translate("Labels", "{0}: a task is listed twice."),
            "unknown_task": translate("Labels", "{0}: there is no task with that ID."),
            "own_task": translate("Labels", "{0}: a task cannot depend on itself."),
            "cycle": translate(
                "Labels", "{0}: this link would make the tasks wait for each other."
            ),
            "summary_task": translate("Labels", "{0} of a summary task comes from its subtasks."),
            "not_a_number": translate("Labels", "{0} must be a number."),
            "out_of_range": translate("Labels", "{0} is out of range."),
            "not_an_amount": translate("Labels", "{0}: type an amount such as 1250.00."),
            "too_large": translate("Labels", "{0} is too large."),
        }
        return reasons.get(
            error.code, translate("Labels", "{0} has a value that cannot be stored.")
        ).format(field)
    if isinstance(error, LookupError):
        return translate("Labels", "The item no longer exists.")
    return str(error)
