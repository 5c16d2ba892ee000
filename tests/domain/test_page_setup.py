"""The Gantt page setup: JSON round trip, refusals, header texts and pagination."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.page_setup import (
    HEADER_FIELDS,
    PAPER_SIZES_MM,
    TIMESCALE_PIXELS_PER_DAY,
    PageGrid,
    PageSetup,
    Timescale,
    fill_template,
    paginate,
)
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, InvalidValue

DATES = st.one_of(st.none(), st.dates(EARLIEST_DATE, LATEST_DATE))
TEXTS = st.text(max_size=40)
MARGINS = st.floats(0.0, 50.0, allow_nan=False)


@st.composite
def setups(draw: st.DrawFn) -> PageSetup:
    first, second = draw(DATES), draw(DATES)
    if first is not None and second is not None and first > second:
        first, second = second, first
    return PageSetup(
        paper=draw(st.sampled_from(sorted(PAPER_SIZES_MM))),
        landscape=draw(st.booleans()),
        margins_mm=(draw(MARGINS), draw(MARGINS), draw(MARGINS), draw(MARGINS)),
        date_from=first,
        date_to=second,
        columns=tuple(draw(st.lists(st.text(min_size=1, max_size=64), unique=True, max_size=8))),
        pages_wide=draw(st.one_of(st.none(), st.integers(1, 100))),
        pages_tall=draw(st.one_of(st.none(), st.integers(1, 100))),
        zoom_percent=draw(st.integers(10, 400)),
        timescale=draw(st.sampled_from(Timescale)),
        header=(draw(TEXTS), draw(TEXTS), draw(TEXTS)),
        footer=(draw(TEXTS), draw(TEXTS), draw(TEXTS)),
        legend=draw(st.booleans()),
        filtered_only=draw(st.booleans()),
    ).validate()


# -- the setup and its JSON ----------------------------------------------------------


@given(setups())
def test_json_round_trip_is_exact(setup: PageSetup) -> None:
    text = setup.to_json()
    again = PageSetup.from_json(text)
    assert again == setup
    assert again.to_json() == text
    assert isinstance(again.timescale, Timescale)


def test_the_defaults() -> None:
    setup = PageSetup()
    setup.validate()
    assert setup.paper == "A4" and setup.landscape
    assert setup.page_size_mm() == (297.0, 210.0)
    assert setup.replace(landscape=False).page_size_mm() == (210.0, 297.0)
    assert PageSetup(paper="Letter", landscape=False).page_size_mm() == (215.9, 279.4)
    assert setup.columns == ("id", "name", "duration", "start", "finish")
    assert setup.footer[2] == "Page {page} of {pages}"
    assert PageSetup.from_json("{}") == setup
    assert PageSetup.from_json(setup.to_json()) == setup


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    text = json.dumps({"paper": "A3", "zoom_percent": 80, "colour": "blue", "version": 9})
    assert PageSetup.from_json(text) == PageSetup(paper="A3", zoom_percent=80)


def test_whole_number_margins_are_read_as_millimetres() -> None:
    setup = PageSetup.from_json('{"margins_mm": [0, 5, 12.5, 50]}')
    assert setup.margins_mm == (0.0, 5.0, 12.5, 50.0)
    assert all(isinstance(m, float) for m in setup.margins_mm)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "not json",
        "[]",
        "null",
        '"A4"',
        "[" * 100_000,
        '{"paper": 4}',
        '{"landscape": "yes"}',
        '{"landscape": 1}',
        '{"margins_mm": [1, 2, 3]}',
        '{"margins_mm": [1, 2, 3, "4"]}',
        '{"margins_mm": [1, 2, 3, true]}',
        '{"date_from": "26-11-2026"}',
        '{"date_from": "2026-11-26T10:00:00"}',
        '{"date_to": 20261126}',
        '{"columns": "name"}',
        '{"columns": ["name", 3]}',
        '{"pages_wide": 2.0}',
        '{"pages_tall": "2"}',
        '{"pages_tall": false}',
        '{"zoom_percent": null}',
        '{"timescale": "year"}',
        '{"header": ["", ""]}',
        '{"footer": ["", "", "", ""]}',
        '{"footer": ["", "", null]}',
        '{"legend": null}',
        '{"zoom_percent": 1' + "0" * 5000 + "}",
    ],
)
def test_unreadable_json_is_refused_as_unreadable(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        PageSetup.from_json(text)
    assert (refused.value.field, refused.value.code) == ("page_setup", "unreadable")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"paper": "A5"}, "paper", "unknown_paper"),
        ({"paper": "a4"}, "paper", "unknown_paper"),
        ({"margins_mm": (10.0, 10.0, 10.0, 50.5)}, "margins_mm", "out_of_range"),
        ({"margins_mm": (-1.0, 10.0, 10.0, 10.0)}, "margins_mm", "out_of_range"),
        ({"margins_mm": (math.nan, 10.0, 10.0, 10.0)}, "margins_mm", "out_of_range"),
        ({"margins_mm": (10.0, 10.0, 10.0)}, "margins_mm", "wrong_type"),
        ({"pages_wide": 0}, "pages_wide", "out_of_range"),
        ({"pages_wide": 101}, "pages_wide", "out_of_range"),
        ({"pages_tall": 0}, "pages_tall", "out_of_range"),
        ({"pages_tall": 101}, "pages_tall", "out_of_range"),
        ({"pages_tall": 2.5}, "pages_tall", "wrong_type"),
        ({"zoom_percent": 9}, "zoom_percent", "out_of_range"),
        ({"zoom_percent": 401}, "zoom_percent", "out_of_range"),
        ({"zoom_percent": True}, "zoom_percent", "wrong_type"),
        ({"timescale": "week"}, "timescale", "wrong_type"),
        (
            {"date_from": dt.date(2026, 5, 2), "date_to": dt.date(2026, 5, 1)},
            "date_to",
            "before_start",
        ),
        ({"date_from": dt.date(1983, 12, 31)}, "date_from", "date_out_of_range"),
        ({"date_to": dt.date(2150, 1, 1)}, "date_to", "date_out_of_range"),
        ({"date_to": dt.datetime(2026, 1, 1, 8, 0)}, "date_to", "wrong_type"),
        ({"columns": ("name", "")}, "columns", "bad_key"),
        ({"columns": ("name", "x" * 65)}, "columns", "bad_key"),
        ({"columns": ("name", "start", "name")}, "columns", "duplicate"),
        ({"columns": ["name"]}, "columns", "wrong_type"),
        ({"header": ("", "x" * 501, "")}, "header", "too_long"),
        ({"footer": ("x" * 501, "", "")}, "footer", "too_long"),
        ({"footer": ("", "")}, "footer", "wrong_type"),
    ],
)
def test_values_that_cannot_be_printed_are_refused(
    changes: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        PageSetup().replace(**changes)
    assert (refused.value.field, refused.value.code) == (field, code)
    text = json.dumps(
        {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in changes.items()}
    )
    if code != "wrong_type":
        # Read from a file, the same value is refused the same way.
        with pytest.raises(InvalidValue) as from_file:
            PageSetup.from_json(text)
        assert (from_file.value.field, from_file.value.code) == (field, code)


def test_limits_themselves_are_allowed() -> None:
    setup = PageSetup().replace(
        margins_mm=(0.0, 50.0, 0.0, 50),
        pages_wide=100,
        pages_tall=1,
        zoom_percent=10,
        date_from=EARLIEST_DATE,
        date_to=EARLIEST_DATE,
        columns=(),
        header=("x" * 500, "", ""),
    )
    assert setup.columns == ()
    assert PageSetup.from_json(setup.to_json()) == setup
    assert PageSetup().replace(zoom_percent=400, date_to=LATEST_DATE).zoom_percent == 400


def test_replace_leaves_the_original_alone() -> None:
    setup = PageSetup()
    wide = setup.replace(pages_wide=3, timescale=Timescale.MONTH)
    assert (wide.pages_wide, wide.timescale) == (3, Timescale.MONTH)
    assert setup == PageSetup()
    with pytest.raises(dataclasses.FrozenInstanceError):
        setup.paper = "A3"  # type: ignore[misc]


# -- header and footer texts --------------------------------------------------------

VALUES = {
    "project": "CRM migration",
    "manager": "Anna",
    "status_date": "2026-11-26",
    "print_date": "2026-11-27",
    "page": "3",
    "pages": "8",
}


def test_fill_template_replaces_every_header_field() -> None:
    assert set(VALUES) == set(HEADER_FIELDS)
    text = " ".join(f"{{{name}}}" for name in HEADER_FIELDS)
    assert fill_template(text, VALUES) == " ".join(VALUES[name] for name in HEADER_FIELDS)
    assert fill_template("Page {page} of {pages}", VALUES) == "Page 3 of 8"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("{oops", "{oops"),
        ("oops}", "oops}"),
        ("{}", "{}"),
        ("{0}", "{0}"),
        ("{unknown} {page}", "{unknown} 3"),
        ("{{page}}", "{3}"),
        ("{ page }", "{ page }"),
        ("{page", "{page"),
        ("%s %(page)s {!r} {page:>3}", "%s %(page)s {!r} {page:>3}"),
        ("{project}{project}", "CRM migrationCRM migration"),
    ],
)
def test_fill_template_leaves_other_braces_alone(text: str, expected: str) -> None:
    assert fill_template(text, VALUES) == expected


def test_fill_template_does_not_expand_values_again() -> None:
    assert fill_template("{project}", {"project": "{page}", "page": "1"}) == "{page}"


def test_a_header_field_without_a_value_prints_empty() -> None:
    assert fill_template("Status: {status_date}.", {"project": "P"}) == "Status: ."


@given(st.text(max_size=60))
def test_fill_template_never_raises(text: str) -> None:
    assert isinstance(fill_template(text, VALUES), str)
    assert fill_template(text, {}) == fill_template(text, dict.fromkeys(HEADER_FIELDS, ""))


# -- pagination ----------------------------------------------------------------------

ROW = 20.0
HEADER = 40.0
TABLE = 300.0
WIDTH = 1000.0
HEIGHT = 700.0


def grid(setup: PageSetup, *, rows: int = 62, days: float = 200.0, **sizes: float) -> PageGrid:
    arguments = {
        "row_height": ROW,
        "header_height": HEADER,
        "table_width": TABLE,
        "content_width": WIDTH,
        "content_height": HEIGHT,
        **sizes,
    }
    return paginate(setup, row_count=rows, days=days, **arguments)


def test_the_defaults_paginate_by_the_week_scale() -> None:
    pages = grid(PageSetup())
    assert pages.scale == 1.0
    assert pages.pixels_per_day == TIMESCALE_PIXELS_PER_DAY[Timescale.WEEK]
    assert pages.rows_per_page == 33  # (700 - 40) / 20
    assert pages.pages_tall == 2  # 62 rows
    assert pages.strip_width == 700.0
    assert pages.pages_wide == 2  # 200 days * 6 = 1200 units
    assert pages.pages == 4


def test_fit_two_pages_wide_covers_the_days_exactly() -> None:
    pages = grid(PageSetup(pages_wide=2), days=123.0)
    assert pages.pages_wide == 2
    assert pages.pages_wide * pages.strip_width == pytest.approx(123.0 * pages.pixels_per_day)
    assert pages.pixels_per_day == pytest.approx(2 * 700.0 / 123.0)
    assert pages.scale == 1.0


def test_one_page_tall_puts_every_row_on_one_page() -> None:
    pages = grid(PageSetup(pages_tall=1), rows=62)
    assert pages.pages_tall == 1
    assert pages.rows_per_page >= 62
    assert pages.scale == pytest.approx(HEIGHT / (HEADER + 62 * ROW))
    assert pages.scale < 1
    assert list(pages.rows_of(0, 62)) == list(range(62))
    # The drawing shrinks, so more chart fits across each page.
    assert pages.strip_width == pytest.approx(WIDTH / pages.scale - TABLE)


@pytest.mark.parametrize("rows", [1, 2, 31, 32, 33, 62, 63, 97, 500, 2001])
@pytest.mark.parametrize("tall", [1, 2, 3, 7, 100])
def test_fitting_to_pages_tall_never_needs_more_pages(rows: int, tall: int) -> None:
    pages = grid(PageSetup(pages_tall=tall), rows=rows)
    assert pages.pages_tall <= tall
    assert pages.pages_tall == max(1, math.ceil(rows / pages.rows_per_page))
    assert pages.scale <= 1.0
    # Every row fits on its page at that scale.
    used = (HEADER + pages.rows_per_page * ROW) * pages.scale
    assert used <= HEIGHT * (1 + 1e-9)


def test_fitting_to_pages_tall_never_scales_up_beyond_the_zoom() -> None:
    pages = grid(PageSetup(pages_tall=5, zoom_percent=150), rows=10)
    assert pages.scale == 1.5
    assert pages.pages_tall == 1


def test_zoom_scales_rows_and_columns() -> None:
    pages = grid(PageSetup(zoom_percent=50))
    assert pages.scale == 0.5
    assert pages.rows_per_page == 68  # (1400 - 40) / 20
    assert pages.strip_width == 1700.0
    assert pages.pages_tall == 1


def test_every_page_but_the_last_of_a_strip_is_full() -> None:
    rows = 62
    pages = grid(PageSetup(zoom_percent=200), rows=rows)
    assert pages.rows_per_page == 15  # (350 - 40) / 20
    assert pages.pages_tall == 5
    blocks = [pages.rows_of(block, rows) for block in range(pages.pages_tall)]
    assert [len(b) for b in blocks] == [15, 15, 15, 15, 2]
    assert [i for b in blocks for i in b] == list(range(rows))
    assert len(pages.rows_of(5, rows)) == 0


def test_pages_go_down_then_across() -> None:
    pages = PageGrid(
        scale=1.0,
        pixels_per_day=6.0,
        rows_per_page=10,
        pages_wide=3,
        pages_tall=2,
        strip_width=500.0,
    )
    assert pages.pages == 6
    order = [pages.page_at(n) for n in range(1, pages.pages + 1)]
    assert order == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    for number in (0, 7, -1):
        with pytest.raises(IndexError):
            pages.page_at(number)


def test_the_timescale_sets_the_number_of_strips() -> None:
    counts = {scale: grid(PageSetup(timescale=scale), days=700.0).pages_wide for scale in Timescale}
    # 700 days over 700-unit strips: 18, 6, 1.6 and 0.6 units a day.
    assert counts == {
        Timescale.DAY: 18,
        Timescale.WEEK: 6,
        Timescale.MONTH: 2,
        Timescale.QUARTER: 1,
    }
    # Exactly one strip's worth of days needs exactly one strip.
    assert grid(PageSetup(timescale=Timescale.DAY), days=700.0 / 18.0).pages_wide == 1


def test_no_rows_still_prints_one_page() -> None:
    pages = grid(PageSetup(pages_tall=3), rows=0, header_height=0.0)
    assert (pages.pages_tall, pages.pages) == (1, 2)
    assert len(pages.rows_of(0, 0)) == 0


def test_a_row_taller_than_the_page_still_gets_a_page_each() -> None:
    pages = grid(PageSetup(), rows=3, row_height=2000.0)
    assert pages.rows_per_page == 1
    assert pages.pages_tall == 3


def test_columns_wider_than_the_page_are_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        grid(PageSetup(), table_width=960.0)
    assert (refused.value.field, refused.value.code) == ("page_setup", "columns_too_wide")
    assert grid(PageSetup(), table_width=952.0).strip_width == 48.0
    # Shrinking the drawing makes room again.
    assert grid(PageSetup(zoom_percent=50), table_width=960.0).strip_width == 1040.0


@pytest.mark.parametrize(
    ("sizes", "field"),
    [
        ({"days": 0.0}, "days"),
        ({"days": -3.0}, "days"),
        ({"days": math.nan}, "days"),
        ({"row_height": 0.0}, "row_height"),
        ({"row_height": -1.0}, "row_height"),
        ({"content_height": 0.0}, "content_height"),
        ({"content_width": math.inf}, "content_width"),
        ({"header_height": -1.0}, "header_height"),
        ({"table_width": math.nan}, "table_width"),
    ],
)
def test_impossible_sizes_are_refused(sizes: dict[str, float], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        grid(PageSetup(), **sizes)
    assert refused.value.field == field


def test_a_print_job_that_would_never_end_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        grid(PageSetup(timescale=Timescale.DAY), days=60_000.0, rows=250_000)
    assert refused.value.code == "too_many_pages"


@given(
    rows=st.integers(0, 3000),
    days=st.floats(1.0, 60_000.0),
    wide=st.one_of(st.none(), st.integers(1, 100)),
    tall=st.one_of(st.none(), st.integers(1, 100)),
    zoom=st.integers(10, 400),
    timescale=st.sampled_from(Timescale),
)
def test_every_row_and_day_is_on_exactly_one_page(
    rows: int, days: float, wide: int | None, tall: int | None, zoom: int, timescale: Timescale
) -> None:
    setup = PageSetup(pages_wide=wide, pages_tall=tall, zoom_percent=zoom, timescale=timescale)
    try:
        pages = grid(setup, rows=rows, days=days, table_width=200.0)
    except InvalidValue as refused:
        assert refused.code in {"columns_too_wide", "too_many_pages"}
        return
    assert pages.rows_per_page >= 1 and pages.pages_wide >= 1 and pages.pages_tall >= 1
    assert 0 < pages.scale <= zoom / 100
    if tall is not None:
        assert pages.pages_tall <= tall
    if wide is not None:
        assert pages.pages_wide == wide
    # The strips cover the days, and the last strip is needed.
    covered = pages.pages_wide * pages.strip_width
    assert covered >= days * pages.pixels_per_day - 1e-6 * pages.strip_width
    assert (pages.pages_wide - 1) * pages.strip_width < days * pages.pixels_per_day
    # Each row is printed once, in order, down the blocks.
    printed = [i for block in range(pages.pages_tall) for i in pages.rows_of(block, rows)]
    assert printed == list(range(rows))
    seen = [pages.page_at(n) for n in range(1, pages.pages + 1)]
    assert len(set(seen)) == pages.pages
    assert seen == sorted(seen)
