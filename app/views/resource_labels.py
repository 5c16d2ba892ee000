"""Words for the resource sheet and assignments: types, accruals, rate units, column names,
and one sentence for every reason an edit of a resource or an assignment is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.validation import InvalidValue

translate = QCoreApplication.translate


class EditRefusal(Exception):
    """A refusal already worded for the user: the window shows ``str()`` as it is."""


def type_label(kind: str) -> str:
    return {
        "work": translate("ResourceLabels", "Work"),
        "material": translate("ResourceLabels", "Material"),
        "cost": translate("ResourceLabels", "Cost"),
    }.get(kind, kind)


def accrual_label(accrual: str) -> str:
    return {
        "start": translate("ResourceLabels", "Start"),
        "prorated": translate("ResourceLabels", "Prorated"),
        "end": translate("ResourceLabels", "End"),
    }.get(accrual, accrual)


def rate_unit_label(unit: str) -> str:
    return {
        "h": translate("ResourceLabels", "Per hour"),
        "d": translate("ResourceLabels", "Per day"),
    }.get(unit, unit)


def rate_suffix(unit: str) -> str:
    """What follows a rate: "/h" or "/d" (Dutch "/u", "/d")."""
    return translate("ResourceLabels", "/h") if unit == "h" else translate("ResourceLabels", "/d")


def side_label(internal: bool) -> str:
    return (
        translate("ResourceLabels", "Internal")
        if internal
        else translate("ResourceLabels", "External")
    )


def task_type_label(kind: int) -> str:
    return {
        0: translate("ResourceLabels", "Fixed units"),
        1: translate("ResourceLabels", "Fixed duration"),
        2: translate("ResourceLabels", "Fixed work"),
    }.get(kind, str(kind))


def field_label(field: str) -> str:
    """A column of the resource sheet or the assignments list."""
    return {
        "name": translate("ResourceLabels", "Name"),
        "type": translate("ResourceLabels", "Type"),
        "initials": translate("ResourceLabels", "Initials"),
        "group_name": translate("ResourceLabels", "Group"),
        "organisation": translate("ResourceLabels", "Organisation"),
        "internal": translate("ResourceLabels", "Internal/external"),
        "max_units": translate("ResourceLabels", "Max. units"),
        "standard_rate_cents": translate("ResourceLabels", "Std. rate"),
        "overtime_rate_cents": translate("ResourceLabels", "Ovt. rate"),
        "rate_unit": translate("ResourceLabels", "Rates"),
        "cost_per_use_cents": translate("ResourceLabels", "Cost/use"),
        "accrual": translate("ResourceLabels", "Accrue at"),
        "category_id": translate("ResourceLabels", "Cost category"),
        "material_label": translate("ResourceLabels", "Material label"),
        "email": translate("ResourceLabels", "E-mail"),
        "work": translate("ResourceLabels", "Work"),
        "cost": translate("ResourceLabels", "Cost"),
        "resource": translate("ResourceLabels", "Resource"),
        "units": translate("ResourceLabels", "Units"),
        "amount": translate("ResourceLabels", "Amount"),
        "resources": translate("ResourceLabels", "Resource names"),
        "duration": translate("ResourceLabels", "Duration"),
        "task_type": translate("ResourceLabels", "Task type"),
        "effort_driven": translate("ResourceLabels", "Effort driven"),
    }.get(field, field)


def _reasons() -> dict[str, str]:
    """Sentences per refusal code; {0} is the field, {1} the detail (a name, a value)."""
    return {
        "required": translate("ResourceLabels", "{0} cannot be empty."),
        "too_long": translate("ResourceLabels", "{0} is too long."),
        "name_syntax": translate(
            "ResourceLabels",
            "A resource name cannot contain {1}: the Resource Names column reads "
            "[ ] and ; as units and separators.",
        ),
        "resource_type": translate(
            "ResourceLabels", "The type must be Work, Material or Cost, not {1}."
        ),
        "max_units_range": translate(
            "ResourceLabels", "Max. units must lie between 0% and 10,000% (you typed {1})."
        ),
        "not_a_number": translate("ResourceLabels", "{0} must be a number, not {1}."),
        "negative": translate("ResourceLabels", "{0} cannot be negative."),
        "too_large": translate("ResourceLabels", "{0} is too large."),
        "money.empty": translate("ResourceLabels", "{0}: type an amount such as 95.00."),
        "money.not_a_number": translate(
            "ResourceLabels", "{0}: {1} is not an amount; type digits, such as 95.00."
        ),
        "money.too_many_decimals": translate(
            "ResourceLabels", "{0}: an amount has at most two decimals."
        ),
        "money.too_large": translate("ResourceLabels", "{0} is too large."),
        "money.bad_grouping": translate(
            "ResourceLabels", "{0}: thousands are grouped by three digits."
        ),
        "rate_unit": translate("ResourceLabels", "Rates are per hour or per day."),
        "accrual": translate(
            "ResourceLabels", "Costs accrue at the start, prorated or at the end."
        ),
        "unknown_category": translate("ResourceLabels", "That cost category no longer exists."),
        "unknown_calendar": translate("ResourceLabels", "That calendar no longer exists."),
        "type_in_use": translate(
            "ResourceLabels",
            "The resource is assigned to {1} task(s): remove those assignments before "
            "changing its type.",
        ),
        "summary_work": translate(
            "ResourceLabels",
            "{1} cannot work on a summary task: its duration comes from its subtasks. "
            "Assign the resource to a subtask.",
        ),
        "milestone_work": translate(
            "ResourceLabels",
            "{1} cannot work on a milestone: it has no duration. Give the task a duration "
            "first, or assign a cost resource.",
        ),
        "already_assigned": translate("ResourceLabels", "{1} is already assigned to this task."),
        "unknown_resource": translate(
            "ResourceLabels", "There is no resource called {1}. Add it in the Team tab first."
        ),
        "cost_amount": translate(
            "ResourceLabels",
            "{1} is a cost resource: set its amount in the task details, not in brackets.",
        ),
        "material_percent": translate(
            "ResourceLabels", "{1} is a material: give a quantity such as [20], not a percentage."
        ),
        "names.brackets": translate(
            "ResourceLabels",
            "Resource names: check the brackets in {1}; write units as Jan[50%].",
        ),
        "names.empty_name": translate(
            "ResourceLabels", "Resource names: {1} has units but no resource name."
        ),
        "names.bad_amount": translate(
            "ResourceLabels",
            "Resource names: {1} needs a number in the brackets, such as Jan[50%] or Cement[20].",
        ),
        "names.duplicate": translate("ResourceLabels", "Resource names: {1} is listed twice."),
        "negative_units": translate("ResourceLabels", "Units cannot be negative."),
        "units_too_large": translate("ResourceLabels", "Units cannot exceed 10,000%."),
        "cost_resource": translate(
            "ResourceLabels", "A cost resource has no units: set its amount instead."
        ),
        "not_work_resource": translate("ResourceLabels", "Only work resources have work."),
        "not_cost_resource": translate("ResourceLabels", "Only cost resources have an amount."),
        "negative_work": translate("ResourceLabels", "Work cannot be negative."),
        "elapsed_work": translate(
            "ResourceLabels", "Work is in working time: use h, d or w, not elapsed units."
        ),
        "fixed_work_zero_duration": translate(
            "ResourceLabels",
            "A fixed-work task cannot have a zero duration: its work would need endless "
            "units. Change the task type or the work first.",
        ),
        "fixed_work_effort": translate(
            "ResourceLabels", "A fixed-work task is always effort driven."
        ),
        "unknown_task_type": translate(
            "ResourceLabels", "The task type must be fixed units, fixed duration or fixed work."
        ),
        "duration.bad_number": translate(
            "ResourceLabels", "{0}: type a number with a unit, such as 16h or 2d."
        ),
        "duration.unknown_unit": translate(
            "ResourceLabels", "{0}: use a unit such as h, d or w (e.g. 16h)."
        ),
        "duration.negative": translate("ResourceLabels", "{0} cannot be negative."),
        "duration.too_large": translate("ResourceLabels", "{0} is longer than 100 years."),
        "duration.empty": translate("ResourceLabels", "{0} cannot be empty."),
    }


RESOURCE_FIELDS = frozenset(
    {
        "name",
        "type",
        "initials",
        "group_name",
        "organisation",
        "internal",
        "max_units",
        "standard_rate_cents",
        "overtime_rate_cents",
        "rate_unit",
        "cost_per_use_cents",
        "accrual",
        "category_id",
        "calendar_id",
        "material_label",
        "email",
        "units",
        "work",
        "amount",
        "resources",
        "task_type",
        "effort_driven",
    }
)
# Codes only the assignment rules give, whatever the field (a duration edit among them).
RULE_CODES = frozenset({"fixed_work_zero_duration", "summary_work", "milestone_work"})


def worded(error: Exception, fields: frozenset[str] = RESOURCE_FIELDS) -> Exception:
    """A refusal of an edit of ``fields`` (or by the assignment rules) as one sentence
    (``EditRefusal``); other errors are passed on for the window to word."""
    if not isinstance(error, InvalidValue):
        return error
    if error.field not in fields and error.code not in RULE_CODES:
        return error
    sentence = _reasons().get(error.code)
    if sentence is None:
        sentence = translate("ResourceLabels", "{0} has a value that cannot be stored.")
    field = field_label(error.field)
    return EditRefusal(sentence.replace("{0}", field).replace("{1}", error.detail or ""))
