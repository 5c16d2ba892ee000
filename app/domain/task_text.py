"""What users type in the task table: durations and predecessor lists, in English and Dutch.

The habits follow Microsoft Project: ``5d``, ``3 hrs``, ``2ew``, ``5d?`` (estimated) for
durations and ``3;5SS-1d;7FF+50%`` for predecessors. The Dutch UI accepts every English form
as well as its own words (``1,5 dagen``, ``3u``, ``2 weken``) and link codes (EB, BB, EE, BE);
its decimal separator is the comma, so only ``;`` separates predecessors there.

Parsers raise :class:`TextError` with a stable ``code`` the UI translates; its ``str()`` is a
one-line English message for logs. Formatters produce text the parsers read back to the same
value (durations to two decimals, lags exactly).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain.calendar import (
    DurationUnit,
    UnitSettings,
    from_minutes,
    is_elapsed,
    to_minutes,
)
from app.domain.scheduler import LinkType

__all__ = [
    "MAX_LAG_PERCENT",
    "MAX_TASK_ID",
    "MAX_YEARS",
    "DurationValue",
    "PredecessorRef",
    "TextError",
    "format_duration",
    "format_predecessors",
    "max_minutes",
    "parse_duration",
    "parse_predecessors",
]

MAX_YEARS = 100
MAX_LAG_PERCENT = 10_000  # a lag of a hundred times the predecessor's duration
MAX_TASK_ID = 999_999_999
_ELAPSED_YEAR_MINUTES = 36525 * 1440 // 100  # 365.25 days of wall-clock time
_WEEKS_PER_YEAR = 52
_DISPLAY_PLACES = 2


# --- values -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DurationValue:
    """A duration as entered: minutes for the scheduler, the unit for display."""

    minutes: int  # working minutes, or wall-clock minutes for elapsed units
    unit: DurationUnit  # the unit the user chose, kept for display
    estimated: bool = False  # a trailing "?" as in MS Project ("5d?")


@dataclass(frozen=True, slots=True)
class PredecessorRef:
    """One item of a predecessor list: ``ID[TYPE][±LAG]``.

    A lag is either a duration (``lag_minutes`` in ``lag_unit``) or a percentage of the
    predecessor's duration (``lag_percent``, with ``lag_minutes`` 0). Parsed refs are
    canonical: a zero lag has unit DAY and no percentage.
    """

    task_id: int  # the ID (row number) the user typed
    type: LinkType = LinkType.FS
    lag_minutes: int = 0  # working minutes (wall-clock when lag_unit is elapsed); 0 when percent
    lag_unit: DurationUnit = DurationUnit.DAY
    lag_percent: float | None = None

    def __post_init__(self) -> None:
        if self.task_id < 1:
            raise ValueError(f"predecessor ID must be at least 1, got {self.task_id}")
        if self.lag_percent is not None:
            if not math.isfinite(self.lag_percent):
                raise ValueError(f"lag percentage must be finite, got {self.lag_percent}")
            if self.lag_minutes != 0:
                raise ValueError("a lag is either minutes or a percentage, not both")


class TextError(ValueError):
    """Typed text that cannot be read; ``code`` names the problem, ``text`` the input."""

    def __init__(self, code: str, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text

    def __reduce__(self) -> tuple[type[TextError], tuple[str, str, str]]:
        return (type(self), (self.code, self.text, str(self)))


# --- vocabulary -------------------------------------------------------------------------------

_ELAPSED_OF = {
    DurationUnit.MINUTE: DurationUnit.ELAPSED_MINUTE,
    DurationUnit.HOUR: DurationUnit.ELAPSED_HOUR,
    DurationUnit.DAY: DurationUnit.ELAPSED_DAY,
    DurationUnit.WEEK: DurationUnit.ELAPSED_WEEK,
    DurationUnit.MONTH: DurationUnit.ELAPSED_MONTH,
}

_EN_WORDS: dict[DurationUnit, tuple[str, ...]] = {
    DurationUnit.MINUTE: ("m", "min", "mins", "minute", "minutes"),
    DurationUnit.HOUR: ("h", "hr", "hrs", "hour", "hours"),
    DurationUnit.DAY: ("d", "dy", "day", "days"),
    DurationUnit.WEEK: ("w", "wk", "wks", "week", "weeks"),
    DurationUnit.MONTH: ("mo", "mon", "mons", "month", "months"),
}
_NL_WORDS: dict[DurationUnit, tuple[str, ...]] = {
    DurationUnit.MINUTE: ("min", "minuut", "minuten"),
    DurationUnit.HOUR: ("u", "uur", "uren"),
    DurationUnit.DAY: ("d", "dag", "dagen"),
    DurationUnit.WEEK: ("w", "wk", "week", "weken"),
    DurationUnit.MONTH: ("mnd", "maand", "maanden"),
}


def _unit_table(*vocabularies: dict[DurationUnit, tuple[str, ...]]) -> dict[str, DurationUnit]:
    table: dict[str, DurationUnit] = {}
    for words in vocabularies:
        for unit, forms in words.items():
            for form in forms:
                table[form] = unit
                table["e" + form] = _ELAPSED_OF[unit]
    return table


_EN_UNITS = _unit_table(_EN_WORDS)
_NL_UNITS = _unit_table(_EN_WORDS, _NL_WORDS)

# (singular, plural) for the long form; one word for the compact form.
_EN_LABELS: dict[DurationUnit, tuple[str, str]] = {
    DurationUnit.MINUTE: ("min", "mins"),
    DurationUnit.HOUR: ("hr", "hrs"),
    DurationUnit.DAY: ("day", "days"),
    DurationUnit.WEEK: ("wk", "wks"),
    DurationUnit.MONTH: ("mon", "mons"),
    DurationUnit.ELAPSED_MINUTE: ("emin", "emins"),
    DurationUnit.ELAPSED_HOUR: ("ehr", "ehrs"),
    DurationUnit.ELAPSED_DAY: ("eday", "edays"),
    DurationUnit.ELAPSED_WEEK: ("ewk", "ewks"),
    DurationUnit.ELAPSED_MONTH: ("emon", "emons"),
}
_NL_LABELS: dict[DurationUnit, tuple[str, str]] = {
    DurationUnit.MINUTE: ("min", "min"),
    DurationUnit.HOUR: ("uur", "uur"),
    DurationUnit.DAY: ("dag", "dagen"),
    DurationUnit.WEEK: ("week", "weken"),
    DurationUnit.MONTH: ("maand", "maanden"),
    DurationUnit.ELAPSED_MINUTE: ("emin", "emin"),
    DurationUnit.ELAPSED_HOUR: ("euur", "euur"),
    DurationUnit.ELAPSED_DAY: ("edag", "edagen"),
    DurationUnit.ELAPSED_WEEK: ("eweek", "eweken"),
    DurationUnit.ELAPSED_MONTH: ("emaand", "emaanden"),
}
_EN_COMPACT: dict[DurationUnit, str] = {unit: unit.value for unit in DurationUnit}
_NL_COMPACT: dict[DurationUnit, str] = {
    DurationUnit.MINUTE: "min",
    DurationUnit.HOUR: "u",
    DurationUnit.DAY: "d",
    DurationUnit.WEEK: "w",
    DurationUnit.MONTH: "mnd",
    DurationUnit.ELAPSED_MINUTE: "emin",
    DurationUnit.ELAPSED_HOUR: "eu",
    DurationUnit.ELAPSED_DAY: "ed",
    DurationUnit.ELAPSED_WEEK: "ew",
    DurationUnit.ELAPSED_MONTH: "emnd",
}

_EN_LINKS = {link.value: link for link in LinkType}
_NL_LINKS = {
    **_EN_LINKS,
    "EB": LinkType.FS,
    "BB": LinkType.SS,
    "EE": LinkType.FF,
    "BE": LinkType.SF,
}
_NL_LINK_CODES = {LinkType.FS: "EB", LinkType.SS: "BB", LinkType.FF: "EE", LinkType.SF: "BE"}

_EN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_NL_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+")
_QUANTITY = re.compile(r"([0-9.,]*)(.*)", re.DOTALL)
_ITEM = re.compile(r"([0-9]*)([a-zA-Z]*)(.*)", re.DOTALL)
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})


def _dutch(language: str) -> bool:
    """Whether a language code ("nl", "nl_NL", "nl-BE") is Dutch; others read as English."""
    return language.lower().startswith("nl")


def _squeeze(text: str) -> str:
    """Drop every space (including non-breaking ones) and read typographic minus signs."""
    return "".join(text.translate(_MINUS_SIGNS).split())


def max_minutes(unit: DurationUnit, settings: UnitSettings) -> int:
    """The longest duration or lag accepted in ``unit``: 100 years of working time (52 weeks a
    year), or of wall-clock time (365.25 days) for elapsed units, rounded up to a whole number
    of the unit so that every value within it still reads back after display rounding."""
    years = (
        MAX_YEARS * _ELAPSED_YEAR_MINUTES
        if is_elapsed(unit)
        else MAX_YEARS * _WEEKS_PER_YEAR * settings.minutes_per_week
    )
    factor = to_minutes(1, unit, settings)
    return -(-years // factor) * factor


# --- reading numbers and units ----------------------------------------------------------------


class _Unreadable(Exception):
    """Internal: which part of a quantity could not be read."""

    def __init__(self, part: str, detail: str) -> None:
        super().__init__(part, detail)
        self.part = part  # "number" or "unit"
        self.detail = detail


def _read_number(text: str, dutch: bool) -> Decimal:
    pattern = _NL_NUMBER if dutch else _EN_NUMBER
    if not pattern.fullmatch(text):
        raise _Unreadable("number", text)
    return Decimal(text.replace(",", "."))


def _read_quantity(
    text: str, dutch: bool, default_unit: DurationUnit
) -> tuple[Decimal, DurationUnit]:
    """An unsigned amount and its unit from squeezed, lower-case text like ``1,5d``."""
    match = _QUANTITY.fullmatch(text)
    assert match is not None  # the pattern matches any string
    number, word = match.groups()
    amount = _read_number(number, dutch)
    if not word:
        return amount, default_unit
    unit = (_NL_UNITS if dutch else _EN_UNITS).get(word)
    if unit is None:
        raise _Unreadable("unit", word)
    return amount, unit


def _minutes_within(amount: Decimal, unit: DurationUnit, settings: UnitSettings) -> int | None:
    """Whole minutes of a non-negative amount (half away from zero), None beyond the limit."""
    limit = max_minutes(unit, settings)
    if amount > limit:  # every unit is at least a minute; spares huge arithmetic
        return None
    minutes = to_minutes(amount, unit, settings)
    return None if minutes > limit else minutes


# --- durations --------------------------------------------------------------------------------


def parse_duration(
    text: str,
    settings: UnitSettings,
    language: str = "en",
    default_unit: DurationUnit = DurationUnit.DAY,
) -> DurationValue:
    """Read ``5d``, ``3 hrs``, ``1,5 dagen`` (Dutch), ``4ed``, ``5?``; a bare number uses
    ``default_unit``. Raises TextError: duration.empty, duration.bad_number,
    duration.unknown_unit, duration.negative, duration.too_large."""
    body = _squeeze(text).lower()
    estimated = body.endswith("?")
    if estimated:
        body = body[:-1]
    if not body:
        raise TextError("duration.empty", text, "no duration given")
    negative = body[0] == "-"
    if body[0] in "+-":
        body = body[1:]
    try:
        amount, unit = _read_quantity(body, _dutch(language), default_unit)
    except _Unreadable as err:
        if err.part == "number":
            raise TextError(
                "duration.bad_number", text, f"duration {text!r} does not start with a number"
            ) from None
        raise TextError(
            "duration.unknown_unit", text, f"unknown unit {err.detail!r} in duration {text!r}"
        ) from None
    if negative and amount > 0:
        raise TextError("duration.negative", text, f"duration {text!r} is negative")
    minutes = _minutes_within(amount, unit, settings)
    if minutes is None:
        raise TextError(
            "duration.too_large", text, f"duration {text!r} is longer than {MAX_YEARS} years"
        )
    return DurationValue(minutes, unit, estimated)


def _plain(amount: Decimal, dutch: bool) -> str:
    """Fixed-point text without trailing zeros or exponent; comma decimal in Dutch."""
    if amount == 0:
        return "0"
    text = format(amount.normalize(), "f")
    return text.replace(".", ",") if dutch else text


def format_duration(
    value: DurationValue | int,
    settings: UnitSettings,
    language: str = "en",
    unit: DurationUnit | None = None,
    *,
    compact: bool = False,
) -> str:
    """``5 days``, ``1.5 days``, ``3 hrs`` / ``5 dagen``, ``1,5 dagen``, ``3 uur``; compact gives
    ``5d``, ``1,5d``, ``3h`` / ``3u``. Amounts round to two decimals; an estimate ends in "?".

    A plain int is minutes shown in ``unit`` (days when not given); negative values (slack)
    print with a minus sign.
    """
    if isinstance(value, DurationValue):
        minutes, shown, estimated = value.minutes, value.unit, value.estimated
    else:
        minutes, shown, estimated = value, DurationUnit.DAY, False
    if unit is not None:
        shown = unit
    dutch = _dutch(language)
    amount = from_minutes(minutes, shown, settings).quantize(
        Decimal(1).scaleb(-_DISPLAY_PLACES), rounding=ROUND_HALF_UP
    )
    number = _plain(amount, dutch)
    mark = "?" if estimated else ""
    if compact:
        return f"{number}{(_NL_COMPACT if dutch else _EN_COMPACT)[shown]}{mark}"
    singular, plural = (_NL_LABELS if dutch else _EN_LABELS)[shown]
    return f"{number} {singular if abs(amount) == 1 else plural}{mark}"


# --- predecessors -----------------------------------------------------------------------------


def _read_lag(
    item: str, lag: str, dutch: bool, settings: UnitSettings, default_unit: DurationUnit
) -> tuple[int, DurationUnit, float | None]:
    """Minutes, unit and percentage of a signed lag like ``+2d``, ``-1,5w`` or ``+50%``."""
    sign, body = (-1 if lag[0] == "-" else 1), lag[1:]
    if body.endswith("%"):
        try:
            percent = _read_number(body[:-1], dutch)
        except _Unreadable:
            raise TextError(
                "predecessor.bad_lag", item, f"cannot read the lag percentage in {item!r}"
            ) from None
        if percent > MAX_LAG_PERCENT:
            raise TextError(
                "predecessor.lag_too_large",
                item,
                f"lag in {item!r} is more than {MAX_LAG_PERCENT}%",
            )
        if percent == 0:
            return 0, DurationUnit.DAY, None
        return 0, DurationUnit.DAY, sign * float(percent)
    try:
        amount, unit = _read_quantity(body.lower(), dutch, default_unit)
    except _Unreadable:
        raise TextError("predecessor.bad_lag", item, f"cannot read the lag in {item!r}") from None
    minutes = _minutes_within(amount, unit, settings)
    if minutes is None:
        raise TextError(
            "predecessor.lag_too_large",
            item,
            f"lag in {item!r} is longer than {MAX_YEARS} years",
        )
    if minutes == 0:
        return 0, DurationUnit.DAY, None
    return sign * minutes, unit, None


def _read_item(
    item: str, dutch: bool, settings: UnitSettings, default_unit: DurationUnit
) -> PredecessorRef:
    squeezed = _squeeze(item)
    match = _ITEM.fullmatch(squeezed)
    assert match is not None  # the pattern matches any string
    digits, code, lag = match.groups()
    if not digits:
        raise TextError(
            "predecessor.bad_id", item, f"predecessor {item!r} does not start with a task ID"
        )
    if len(digits) > len(str(MAX_TASK_ID)) or int(digits) == 0:
        raise TextError(
            "predecessor.bad_id",
            item,
            f"task ID in {item!r} must be a whole number from 1 to {MAX_TASK_ID}",
        )
    if lag and lag[0] not in "+-":
        if code:
            raise TextError(
                "predecessor.bad_lag",
                item,
                f"the lag in {item!r} needs a + or - sign",
            )
        raise TextError("predecessor.bad_id", item, f"predecessor {item!r} is not a whole task ID")
    link = LinkType.FS
    if code:
        found = (_NL_LINKS if dutch else _EN_LINKS).get(code.upper())
        if found is None:
            raise TextError(
                "predecessor.unknown_type",
                item,
                f"unknown link type {code!r} in {item!r}",
            )
        link = found
    if not lag:
        return PredecessorRef(int(digits), link)
    minutes, unit, percent = _read_lag(item, lag, dutch, settings, default_unit)
    return PredecessorRef(int(digits), link, minutes, unit, percent)


def parse_predecessors(
    text: str,
    settings: UnitSettings,
    language: str = "en",
    *,
    default_unit: DurationUnit = DurationUnit.DAY,
) -> list[PredecessorRef]:
    """Read ``3;5SS-1d;7FF+50%``: items ``ID[TYPE][±LAG]`` in typed order.

    Items are separated by ``;`` (and ``,`` in English; in Dutch the comma is the decimal
    separator). No type means FS; Dutch also accepts EB, BB, EE and BE. A lag without unit
    uses ``default_unit``. Empty items are skipped, so "" gives []. Raises TextError:
    predecessor.bad_id, predecessor.unknown_type, predecessor.bad_lag,
    predecessor.lag_too_large, predecessor.duplicate.
    """
    dutch = _dutch(language)
    items = text.split(";") if dutch else text.replace(",", ";").split(";")
    refs: list[PredecessorRef] = []
    seen: set[int] = set()
    for raw in items:
        item = raw.strip()
        if not _squeeze(item):
            continue
        ref = _read_item(item, dutch, settings, default_unit)
        if ref.task_id in seen:
            raise TextError(
                "predecessor.duplicate",
                item,
                f"task {ref.task_id} is listed twice as a predecessor",
            )
        seen.add(ref.task_id)
        refs.append(ref)
    return refs


def _exact(minutes: int, unit: DurationUnit, settings: UnitSettings) -> Decimal:
    """The shortest decimal amount that reads back as exactly ``minutes`` (non-negative)."""
    exact = from_minutes(minutes, unit, settings)
    places = 0
    while True:  # ends by the time 10**places reaches the unit's factor
        amount = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if to_minutes(amount, unit, settings) == minutes:
            return amount
        places += 1


def _format_lag(ref: PredecessorRef, settings: UnitSettings, dutch: bool) -> str:
    if ref.lag_percent is not None and ref.lag_percent != 0:
        sign = "-" if ref.lag_percent < 0 else "+"
        return f"{sign}{_plain(Decimal(repr(abs(ref.lag_percent))), dutch)}%"
    if ref.lag_percent is None and ref.lag_minutes != 0:
        sign = "-" if ref.lag_minutes < 0 else "+"
        amount = _exact(abs(ref.lag_minutes), ref.lag_unit, settings)
        unit = (_NL_COMPACT if dutch else _EN_COMPACT)[ref.lag_unit]
        return f"{sign}{_plain(amount, dutch)}{unit}"
    return ""


def format_predecessors(
    refs: Sequence[PredecessorRef], settings: UnitSettings, language: str = "en"
) -> str:
    """The canonical text of a predecessor list: ``3;5SS-1d;7FF+50%`` / ``3;5BB-1d;7EE+50%``.

    FS without lag is just the ID; lags print in their own unit's compact form with the
    fewest decimals that read back to the same minutes. ``;`` separates in both languages.
    """
    dutch = _dutch(language)
    parts: list[str] = []
    for ref in refs:
        lag = _format_lag(ref, settings, dutch)
        if ref.type is LinkType.FS and not lag:
            parts.append(str(ref.task_id))
            continue
        code = _NL_LINK_CODES[ref.type] if dutch else ref.type.value
        parts.append(f"{ref.task_id}{code}{lag}")
    return ";".join(parts)
