"""The stakeholder register's rules: vocabularies, the power/interest grid, engagement gaps.

Power (influence) and interest are scored 1–5. On the grid a score counts as **high
from 3 up** (``HIGH_FROM``): the middle of the scale is treated as high, so a
stakeholder nobody has thought hard about lands on the side that gets attention
rather than being left to "monitor". The quadrant lines therefore lie between 2 and 3.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from app.domain.validation import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, InvalidValue, check_text

SCORE_MIN = 1
SCORE_MAX = 5
HIGH_FROM = 3  # power or interest of 3, 4 or 5 counts as high


class Attitude(StrEnum):
    """How the stakeholder stands towards the project."""

    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    RESISTOR = "resistor"


class Engagement(StrEnum):
    """Engagement levels of the PMBOK assessment matrix, from least to most engaged."""

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"


ENGAGEMENT_LEVELS: tuple[Engagement, ...] = tuple(Engagement)


class Quadrant(StrEnum):
    """Where power and interest put a stakeholder on the grid, and what to do about it."""

    MANAGE_CLOSELY = "manage_closely"  # high power, high interest
    KEEP_SATISFIED = "keep_satisfied"  # high power, low interest
    KEEP_INFORMED = "keep_informed"  # low power, high interest
    MONITOR = "monitor"  # low power, low interest


def is_high(score: int) -> bool:
    """A power or interest score on the high side of the grid (3 and up)."""
    return score >= HIGH_FROM


def quadrant(power: int, interest: int) -> Quadrant:
    """The grid quadrant of a stakeholder with these power and interest scores."""
    if is_high(power):
        return Quadrant.MANAGE_CLOSELY if is_high(interest) else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if is_high(interest) else Quadrant.MONITOR


def engagement_index(level: Engagement) -> int:
    """0 for unaware up to 4 for leading."""
    return ENGAGEMENT_LEVELS.index(level)


def engagement_gap(current: Engagement, desired: Engagement) -> int:
    """Steps from the current to the desired level: positive to raise, negative to lower."""
    return engagement_index(desired) - engagement_index(current)


# -- the fields and what they may hold ------------------------------------------------------

# Single-line text fields and their length limits (the column sizes of the schema).
LINE_FIELDS: dict[str, int] = {
    "name": MAX_NAME_LENGTH,
    "role": MAX_NAME_LENGTH,
    "organisation": MAX_NAME_LENGTH,
    "email": MAX_NAME_LENGTH,
    "phone": 64,
    "relationship_owner": MAX_NAME_LENGTH,
    "channel": MAX_NAME_LENGTH,
    "frequency": MAX_NAME_LENGTH,
    "language": 32,
}
TEXT_FIELDS = (
    "contact_notes",
    "requirements",
    "expectations",
    "concerns",
    "strategy",
    "information_needs",
)
SCORE_FIELDS = ("power", "interest")
ENGAGEMENT_FIELDS = ("current_engagement", "desired_engagement")
# Contact details: personal data left out of exports unless asked for.
CONTACT_FIELDS = ("email", "phone", "contact_notes")
# What anonymising clears: the contact details and the free text that may describe the
# person. The name is replaced; role, organisation and the scores, attitude and
# engagement stay, so the grid and the matrix still count the stakeholder.
ANONYMISED_TEXT_FIELDS = (
    "email",
    "phone",
    "contact_notes",
    "requirements",
    "expectations",
    "concerns",
    "strategy",
    "information_needs",
)
ANONYMISED_NAME = "Anonymised stakeholder {0}"


def check_score(field: str, value: Any) -> int:
    """A power or interest score: a whole number from 1 to 5."""
    if isinstance(value, bool):
        raise InvalidValue(field, "not_a_number", str(value))
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise InvalidValue(field, "not_a_number", value) from None
    if not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", str(value))
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise InvalidValue(field, "out_of_range", str(value))
    return value


def check_attitude(value: Any) -> Attitude:
    try:
        return Attitude(value)
    except ValueError:
        raise InvalidValue("attitude", "not_an_attitude", str(value)) from None


def check_engagement(field: str, value: Any) -> Engagement:
    try:
        return Engagement(value)
    except ValueError:
        raise InvalidValue(field, "not_an_engagement_level", str(value)) from None


def normalise_stakeholder_value(field: str, value: Any) -> Any:
    """Check one field's value and return what will be stored.

    Single-line texts lose surrounding white space; a name is required.
    """
    if field in LINE_FIELDS:
        if not isinstance(value, str):
            raise InvalidValue(field, "not_text")
        return check_text(field, value.strip(), required=field == "name", limit=LINE_FIELDS[field])
    if field in TEXT_FIELDS:
        if not isinstance(value, str):
            raise InvalidValue(field, "not_text")
        return check_text(field, value, limit=MAX_TEXT_LENGTH)
    if field in SCORE_FIELDS:
        return check_score(field, value)
    if field == "attitude":
        return check_attitude(value)
    if field in ENGAGEMENT_FIELDS:
        return check_engagement(field, value)
    if field in ("internal", "anonymised"):
        if not isinstance(value, bool):
            raise InvalidValue(field, "not_a_flag", str(value))
        return value
    raise InvalidValue(field, "unknown_field")


def anonymised_name(number: int, template: str = ANONYMISED_NAME) -> str:
    """The name an anonymised stakeholder gets: ``template`` with its number filled in."""
    return template.replace("{0}", str(number))


def anonymised_values(number: int, template: str = ANONYMISED_NAME) -> dict[str, Any]:
    """The fields anonymising overwrites, with the values they get."""
    values: dict[str, Any] = {field: "" for field in ANONYMISED_TEXT_FIELDS}
    values["name"] = anonymised_name(number, template)
    values["anonymised"] = True
    return values
