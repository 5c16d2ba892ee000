"""How the Gantt chart goes on paper: the page setup saved in the project, and pagination.

Sizes in ``paginate`` are drawing units (1/96 inch) before scaling; the caller turns
paper millimetres into units and subtracts the page header, footer and legend.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.validation import InvalidValue, check_date

PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}


class Timescale(StrEnum):
    """The time-scale unit of a printed chart when it is not fitted to a page count."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


# Drawing units per calendar day.
TIMESCALE_PIXELS_PER_DAY: dict[Timescale, float] = {
    Timescale.DAY: 18.0,
    Timescale.WEEK: 6.0,
    Timescale.MONTH: 1.6,
    Timescale.QUARTER: 0.6,
}

HEADER_FIELDS = ("project", "manager", "status_date", "print_date", "page", "pages")

MARGIN_RANGE_MM = (0.0, 50.0)
PAGE_COUNT_RANGE = (1, 100)
ZOOM_RANGE = (10, 400)
MAX_TEXT_LENGTH = 500
MAX_COLUMNS = 100
MAX_COLUMN_KEY_LENGTH = 64
# Below this width (drawing units) per page there is no chart left to print.
MIN_STRIP_WIDTH = 48.0
# A refusal rather than a print job that would never end.
MAX_PAGES = 10_000

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SLACK = 1e-6  # rounding slack when counting whole rows and pages


def fill_template(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{project}``, ``{page}`` … in a header or footer text.

    A name in HEADER_FIELDS without a value becomes empty; any other name given in
    ``values`` is replaced too. Everything else, stray or unmatched braces included,
    stays as the user typed it. Replacements are not expanded again.
    """

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        if name in HEADER_FIELDS:
            return ""
        return match.group(0)

    return _PLACEHOLDER.sub(substitute, text)


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Everything the user chose in Page Setup for the Gantt chart.

    ``date_from`` / ``date_to`` None mean the project start / finish; ``columns`` are
    task-table column keys (empty: the chart alone); ``pages_wide`` / ``pages_tall``
    None mean "as many as the time scale and the rows need"; ``header`` and ``footer``
    are (left, centre, right) texts with placeholders (see ``fill_template``).
    """

    paper: str = "A4"
    landscape: bool = True
    margins_mm: tuple[float, float, float, float] = (10.0, 10.0, 10.0, 10.0)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    columns: tuple[str, ...] = ("id", "name", "duration", "start", "finish")
    pages_wide: int | None = None
    pages_tall: int | None = None
    zoom_percent: int = 100
    timescale: Timescale = Timescale.WEEK
    header: tuple[str, str, str] = ("", "{project}", "{print_date}")
    footer: tuple[str, str, str] = ("{status_date}", "", "Page {page} of {pages}")
    legend: bool = True
    filtered_only: bool = False

    def validate(self) -> PageSetup:
        """Refuse what cannot be printed; returns self so calls can be chained."""
        _check_types(self)
        if self.paper not in PAPER_SIZES_MM:
            raise InvalidValue("paper", "unknown_paper", self.paper)
        low, high = MARGIN_RANGE_MM
        for margin in self.margins_mm:
            if not low <= margin <= high:  # NaN fails too
                raise InvalidValue("margins_mm", "out_of_range", str(margin))
        for name in ("pages_wide", "pages_tall"):
            count = getattr(self, name)
            if count is not None and not PAGE_COUNT_RANGE[0] <= count <= PAGE_COUNT_RANGE[1]:
                raise InvalidValue(name, "out_of_range", str(count))
        if not ZOOM_RANGE[0] <= self.zoom_percent <= ZOOM_RANGE[1]:
            raise InvalidValue("zoom_percent", "out_of_range", str(self.zoom_percent))
        check_date("date_from", self.date_from)
        check_date("date_to", self.date_to)
        if (
            self.date_from is not None
            and self.date_to is not None
            and self.date_from > self.date_to
        ):
            raise InvalidValue("date_to", "before_start", self.date_from.isoformat())
        if len(self.columns) > MAX_COLUMNS:
            raise InvalidValue("columns", "too_many", str(MAX_COLUMNS))
        for key in self.columns:
            if not key or len(key) > MAX_COLUMN_KEY_LENGTH:
                raise InvalidValue("columns", "bad_key", key[:MAX_COLUMN_KEY_LENGTH])
        if len(set(self.columns)) != len(self.columns):
            raise InvalidValue("columns", "duplicate")
        for name in ("header", "footer"):
            for part in getattr(self, name):
                if len(part) > MAX_TEXT_LENGTH:
                    raise InvalidValue(name, "too_long", str(MAX_TEXT_LENGTH))
        return self

    def replace(self, **changes: Any) -> PageSetup:
        """A copy with ``changes`` applied, validated."""
        return dataclasses.replace(self, **changes).validate()

    def page_size_mm(self) -> tuple[float, float]:
        """Width and height of the sheet as it is printed (orientation applied)."""
        width, height = PAPER_SIZES_MM[self.paper]
        return (height, width) if self.landscape else (width, height)

    def to_json(self) -> str:
        """A stable JSON object (sorted keys); ``from_json`` reads it back exactly."""
        data = {
            "paper": self.paper,
            "landscape": self.landscape,
            "margins_mm": list(self.margins_mm),
            "date_from": None if self.date_from is None else self.date_from.isoformat(),
            "date_to": None if self.date_to is None else self.date_to.isoformat(),
            "columns": list(self.columns),
            "pages_wide": self.pages_wide,
            "pages_tall": self.pages_tall,
            "zoom_percent": self.zoom_percent,
            "timescale": self.timescale.value,
            "header": list(self.header),
            "footer": list(self.footer),
            "legend": self.legend,
            "filtered_only": self.filtered_only,
        }
        return json.dumps(data, sort_keys=True, allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> PageSetup:
        """Read a stored setup: missing keys take their defaults, unknown keys are ignored.

        Malformed JSON or a value of the wrong type is InvalidValue("page_setup",
        "unreadable"); a well-formed value outside its limits is refused by ``validate``.
        """
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise InvalidValue("page_setup", "unreadable", str(exc)[:200]) from exc
        if not isinstance(data, dict):
            raise InvalidValue("page_setup", "unreadable", "not a JSON object")
        changes: dict[str, Any] = {}
        for name, read in _READERS.items():
            if name in data:
                try:
                    changes[name] = read(data[name])
                except (TypeError, ValueError) as exc:
                    raise InvalidValue("page_setup", "unreadable", f"{name}: {exc}") from exc
        return cls(**changes).validate()


def _check_types(setup: PageSetup) -> None:
    """Catch values of the wrong type (a setup built by hand or by ``replace``)."""

    def refuse(name: str) -> InvalidValue:
        return InvalidValue(name, "wrong_type", type(getattr(setup, name)).__name__)

    if not isinstance(setup.paper, str):
        raise refuse("paper")
    for name in ("landscape", "legend", "filtered_only"):
        if not isinstance(getattr(setup, name), bool):
            raise refuse(name)
    if not (
        isinstance(setup.margins_mm, tuple)
        and len(setup.margins_mm) == 4
        and all(_is_number(m) for m in setup.margins_mm)
    ):
        raise refuse("margins_mm")
    for name in ("date_from", "date_to"):
        value = getattr(setup, name)
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise refuse(name)
    if not isinstance(setup.columns, tuple) or not all(isinstance(c, str) for c in setup.columns):
        raise refuse("columns")
    for name in ("pages_wide", "pages_tall"):
        value = getattr(setup, name)
        if value is not None and not _is_int(value):
            raise refuse(name)
    if not _is_int(setup.zoom_percent):
        raise refuse("zoom_percent")
    if not isinstance(setup.timescale, Timescale):
        raise refuse("timescale")
    for name in ("header", "footer"):
        value = getattr(setup, name)
        if not (
            isinstance(value, tuple) and len(value) == 3 and all(isinstance(p, str) for p in value)
        ):
            raise refuse(name)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _read_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _read_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _read_int(value: object) -> int:
    if not _is_int(value):
        raise TypeError("expected a whole number")
    assert isinstance(value, int)
    return value


def _read_optional_int(value: object) -> int | None:
    return None if value is None else _read_int(value)


def _read_optional_date(value: object) -> dt.date | None:
    if value is None:
        return None
    return dt.date.fromisoformat(_read_str(value))


def _read_strings(value: object, count: int | None = None) -> tuple[str, ...]:
    if not isinstance(value, list) or (count is not None and len(value) != count):
        raise TypeError("expected a list of texts" + (f" ({count})" if count else ""))
    return tuple(_read_str(item) for item in value)


def _read_margins(value: object) -> tuple[float, float, float, float]:
    if not isinstance(value, list) or len(value) != 4 or not all(_is_number(v) for v in value):
        raise TypeError("expected four numbers")
    left, top, right, bottom = (float(v) for v in value)
    return (left, top, right, bottom)


def _read_three(value: object) -> tuple[str, str, str]:
    left, centre, right = _read_strings(value, 3)
    return (left, centre, right)


_READERS: dict[str, Any] = {
    "paper": _read_str,
    "landscape": _read_bool,
    "margins_mm": _read_margins,
    "date_from": _read_optional_date,
    "date_to": _read_optional_date,
    "columns": _read_strings,
    "pages_wide": _read_optional_int,
    "pages_tall": _read_optional_int,
    "zoom_percent": _read_int,
    "timescale": lambda value: Timescale(_read_str(value)),
    "header": _read_three,
    "footer": _read_three,
    "legend": _read_bool,
    "filtered_only": _read_bool,
}


@dataclass(frozen=True, slots=True)
class PageGrid:
    """The pages of a printed chart: rows go down in blocks, dates go across in strips.

    ``scale`` applies to the whole drawing (table, chart and fonts); ``pixels_per_day``
    and ``strip_width`` are in unscaled drawing units.
    """

    scale: float
    pixels_per_day: float
    rows_per_page: int
    pages_wide: int
    pages_tall: int
    strip_width: float

    @property
    def pages(self) -> int:
        return self.pages_wide * self.pages_tall

    def page_at(self, number: int) -> tuple[int, int]:
        """(strip, block) of 1-based page ``number``: down the rows first, then across."""
        if not 1 <= number <= self.pages:
            raise IndexError(f"page {number} of {self.pages}")
        strip, block = divmod(number - 1, self.pages_tall)
        return strip, block

    def rows_of(self, block: int, row_count: int) -> range:
        """Indexes of the rows printed in ``block`` (the last block may hold fewer)."""
        first = block * self.rows_per_page
        return range(min(first, row_count), min(first + self.rows_per_page, row_count))


def paginate(
    setup: PageSetup,
    *,
    row_count: int,
    row_height: float,
    header_height: float,
    table_width: float,
    days: float,
    content_width: float,
    content_height: float,
) -> PageGrid:
    """Lay ``row_count`` rows and ``days`` calendar days out on pages (see the module doc).

    Rows are never split across pages; fitting to ``pages_tall`` scales the drawing
    down (never beyond the zoom), fitting to ``pages_wide`` stretches the time scale.
    """
    for name, value in (
        ("row_height", row_height),
        ("days", days),
        ("content_width", content_width),
        ("content_height", content_height),
    ):
        if not (math.isfinite(value) and value > 0):
            raise InvalidValue(name, "not_positive", str(value))
    for name, value in (("header_height", header_height), ("table_width", table_width)):
        if not (math.isfinite(value) and value >= 0):
            raise InvalidValue(name, "out_of_range", str(value))
    if row_count < 0:
        raise InvalidValue("row_count", "out_of_range", str(row_count))

    scale = setup.zoom_percent / 100
    if setup.pages_tall is not None:
        needed = header_height + -(-row_count // setup.pages_tall) * row_height
        if needed > 0:
            scale = min(scale, content_height / needed)

    rows_per_page = max(
        1, math.floor((content_height / scale - header_height) / row_height + _SLACK)
    )
    pages_tall = max(1, -(-row_count // rows_per_page))

    strip_width = content_width / scale - table_width
    if strip_width < MIN_STRIP_WIDTH:
        raise InvalidValue("page_setup", "columns_too_wide", f"{strip_width:.0f}")

    if setup.pages_wide is not None:
        pages_wide = setup.pages_wide
        pixels_per_day = pages_wide * strip_width / days
    else:
        pixels_per_day = TIMESCALE_PIXELS_PER_DAY[setup.timescale]
        pages_wide = max(1, math.ceil(days * pixels_per_day / strip_width - 1e-9))

    if pages_wide * pages_tall > MAX_PAGES:
        raise InvalidValue("page_setup", "too_many_pages", str(pages_wide * pages_tall))
    return PageGrid(
        scale=scale,
        pixels_per_day=pixels_per_day,
        rows_per_page=rows_per_page,
        pages_wide=pages_wide,
        pages_tall=pages_tall,
        strip_width=strip_width,
    )
