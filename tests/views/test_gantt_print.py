"""The printed Gantt chart, laid out and drawn without a screen (offscreen platform)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from app.commands.document import ProjectDocument
from app.domain.page_setup import PageSetup, Timescale
from app.domain.validation import InvalidValue
from app.views.gantt_print import (
    MM,
    ROW_HEIGHT,
    GanttPrintout,
    export_chart_image,
    page_image,
    write_pdf,
)
from app.views.task_table_model import COLUMNS, TaskTableModel

A3_LANDSCAPE_POINTS = (1190.55, 841.89)

SETUPS = {
    "a3-landscape-2-wide": PageSetup(paper="A3", landscape=True, pages_wide=2),
    "a4-portrait": PageSetup(paper="A4", landscape=False),
    "letter-one-page-tall": PageSetup(paper="Letter", pages_tall=1),
    "a4-zoom-150-days": PageSetup(paper="A4", zoom_percent=150, timescale=Timescale.DAY),
    "legal-chart-only": PageSetup(paper="Legal", columns=(), legend=False, header=("", "", "")),
}


@pytest.fixture
def model(qapp: object, demo_file: Path) -> Iterator[TaskTableModel]:
    document = ProjectDocument.open(demo_file, read_only=True)
    yield TaskTableModel(document)
    document.close()


def dark_pixels(image: QImage, left: float, top: float, right: float, bottom: float) -> int:
    count = 0
    for y in range(max(0, int(top)), min(image.height(), int(bottom))):
        for x in range(max(0, int(left)), min(image.width(), int(right))):
            if QColor(image.pixel(x, y)).lightness() < 100:
                count += 1
    return count


@pytest.mark.parametrize("name", sorted(SETUPS))
def test_no_row_is_cut_by_a_page_break_and_full_pages_are_full(
    model: TaskTableModel, name: str
) -> None:
    printout = GanttPrintout(model, SETUPS[name])
    grid = printout.grid
    bottom = printout.content.bottom()
    row = ROW_HEIGHT * grid.scale
    printed: dict[int, list[int]] = {}
    for number in range(1, printout.page_count + 1):
        strip, block = grid.page_at(number)
        boxes = printout.row_boxes(number)
        assert boxes, f"page {number} is empty"
        for box in boxes:  # every row wholly on its page
            assert printout.content.top() <= box.top < box.bottom <= bottom + 1e-6
        if block < grid.pages_tall - 1:  # not the last page of its strip: no room for one more
            assert bottom - boxes[-1].bottom < row
            fits = int((bottom - boxes[0].top) // row)
            assert len(boxes) >= 0.9 * fits
        printed.setdefault(strip, []).extend(box.task_id for box in boxes)
    every = [task.id for task in model.tasks()]
    assert len(printed) == grid.pages_wide
    for ids in printed.values():  # each strip prints every task once, in order
        assert ids == every


def test_fitting_two_pages_wide_splits_the_dates_into_two_strips(model: TaskTableModel) -> None:
    printout = GanttPrintout(model, SETUPS["a3-landscape-2-wide"])
    grid = printout.grid
    assert grid.pages_wide == 2
    assert printout.page_count == 2 * grid.pages_tall
    first_strip = printout.strip_dates(1)
    second_strip = printout.strip_dates(grid.pages_tall + 1)
    assert first_strip[0] == printout.first_day
    assert second_strip[1] == printout.last_day
    assert 0 <= (second_strip[0] - first_strip[1]).days <= 1


def test_the_pdf_has_a3_landscape_pages_with_their_numbers_and_rows(
    model: TaskTableModel, tmp_path: Path
) -> None:
    printout = GanttPrintout(model, SETUPS["a3-landscape-2-wide"])
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "gantt.pdf"
    assert write_pdf(printout, target) == printout.page_count
    reader = PdfReader(target)
    assert len(reader.pages) == printout.page_count
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx(A3_LANDSCAPE_POINTS, abs=1)
        text = " ".join(page.extract_text().split())  # pypdf may part words with tabs
        assert f"Page {number} of {printout.page_count}" in text
        names = [box.name for box in printout.row_boxes(number)]
        assert [name for name in names if name not in text] == []  # every row of the page
        assert "CRM migration to Salesforce" in text
    assert sorted(p.name for p in target.parent.iterdir()) == ["gantt.pdf"]  # no temporaries


def test_text_really_renders_on_a_page(model: TaskTableModel) -> None:
    printout = GanttPrintout(model, SETUPS["a4-portrait"])
    image = page_image(printout, 1)
    box = printout.row_boxes(1)[2]
    content = printout.content
    # the name column of the third row: glyphs, not a blank cell
    name_left = content.left() + printout.widths[0] * printout.grid.scale
    name_right = name_left + printout.widths[1] * printout.grid.scale
    assert dark_pixels(image, name_left, box.top + 2, name_right, box.bottom - 2) > 40
    # the footer's page number in the bottom margin
    footer_top = printout.page_height - 10 * MM - 20
    assert (
        dark_pixels(image, content.center().x(), footer_top, content.right(), footer_top + 20) > 20
    )


def test_printing_only_the_filtered_tasks(model: TaskTableModel) -> None:
    critical = [
        task
        for task in model.tasks()
        if (dates := model.dates(task.id)) is not None and dates.critical
    ]
    assert 0 < len(critical) < len(model.tasks())
    printout = GanttPrintout(model, PageSetup(filtered_only=True), tasks=critical)
    printed = [
        box.task_id for n in range(1, printout.page_count + 1) for box in printout.row_boxes(n)
    ]
    assert sorted(set(printed)) == sorted(task.id for task in critical)


def test_columns_too_wide_for_the_paper_are_refused(model: TaskTableModel) -> None:
    setup = PageSetup(
        paper="A4",
        landscape=False,
        columns=COLUMNS,  # every column the table has
        margins_mm=(50.0, 10.0, 50.0, 10.0),
    )
    with pytest.raises(InvalidValue) as refused:
        GanttPrintout(model, setup)
    assert refused.value.code == "columns_too_wide"


def test_chart_exports_as_png_and_svg(model: TaskTableModel, tmp_path: Path) -> None:
    printout = GanttPrintout(model, PageSetup())
    png = tmp_path / "chart.png"
    export_chart_image(printout, png, 6.0)
    image = QImage(str(png))
    size = printout.image_size(6.0)
    assert (image.width(), image.height()) == (round(size.width()), round(size.height()))
    assert (
        dark_pixels(
            image, 0, printout.header_height, printout.table_width, printout.header_height + 60
        )
        > 40
    )
    svg = tmp_path / "chart.svg"
    export_chart_image(printout, svg, 6.0)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Write project charter" in text
