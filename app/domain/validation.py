"""Limits on values a project may hold, shared by every way data comes in."""

from __future__ import annotations

import datetime as dt
import re

EARLIEST_DATE = dt.date(1984, 1, 1)
LATEST_DATE = dt.date(2149, 12, 31)
MAX_TEXT_LENGTH = 100_000
MAX_NAME_LENGTH = 255
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class InvalidValue(ValueError):
    """A value the user gave cannot be stored; ``code`` names the rule it broke."""

    def __init__(self, field: str, code: str, detail: str = "") -> None:
        super().__init__(f"{field}: {code}" + (f" ({detail})" if detail else ""))
        self.field = field
        self.code = code
        self.detail = detail


def check_date(field: str, value: dt.date | None, *, required: bool = False) -> None:
    """Refuse dates outside 1984–2149, the range every interchange format can carry."""
    if value is None:
        if required:
            raise InvalidValue(field, "required")
        return
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidValue(field, "date_out_of_range", value.isoformat())


def check_text(
    field: str, value: str, *, required: bool = False, limit: int = MAX_TEXT_LENGTH
) -> str:
    """Return the text to store; a required field must hold more than white space."""
    if required and not value.strip():
        raise InvalidValue(field, "required")
    if len(value) > limit:
        raise InvalidValue(field, "too_long", str(limit))
    return value


def check_currency(value: str) -> str:
    """An ISO 4217 code such as EUR or USD."""
    code = value.strip().upper()
    if not _CURRENCY.match(code):
        raise InvalidValue("currency", "not_a_currency_code", value)
    return code
