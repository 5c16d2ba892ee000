"""The printed Gantt chart: pages laid out by the page setup, drawn by the chart's own painter.

Every page shows the chosen table columns beside one strip of the date range, for one block of
rows; rows are never split (``app.domain.page_setup.paginate`` decides what fits). All drawing
is in device units of 1/96 inch: PDF writers, printers and images are all set to 96 dots per
inch, so fonts in points come out the same size everywhere, and text stays vector in a PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from app.domain.calendar import from_instant
from app.domain.files import atomic_target
from app.domain.page_setup import PageGrid, PageSetup, Timescale, fill_template, paginate
from app.services.charter import read_charter
from app.services.schedule import TaskRow
from app.views.gantt_painter import ChartRow, GanttOptions, GanttPainter, Tier, Timeline, diamond
from app.views.gantt_style import DEFAULT_STYLE, GanttStyle
from app.views.task_table_model import COLUMNS, TaskTableModel

DPI = 96
MM = DPI / 25.4  # device units per millimetre
ROW_HEIGHT = 18.0
INDENT = 11.0  # per outline level, in the name column
CELL_PADDING = 4.0
COLUMN_CAP = {"name": 320.0}  # the widest a column grows to fit its texts
DEFAULT_CAP = 140.0
LEAD_DAYS = 3  # shown before the project start when printing the whole project
TAIL_SHARE = 0.06  # of the span, shown after the finish so the last labels fit
MIN_TAIL_DAYS = 7
BAND_GAP = 4.0  # between the header or footer text and the chart
MAX_IMAGE_SIDE = 32_000  # an image export larger than this is refused

TIER_OF = {
    Timescale.DAY: Tier.DAY,
    Timescale.WEEK: Tier.WEEK,
    Timescale.MONTH: Tier.MONTH,
    Timescale.QUARTER: Tier.QUARTER,
}
PAGE_SIZE_IDS = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


class ImageTooLarge(ValueError):
    """The whole chart would not fit in one image; print it to PDF instead."""


@dataclasses.dataclass(frozen=True, slots=True)
class PrintFacts:
    """What header and footer fields say."""

    project: str
    manager: str
    status_date: str
    print_date: str


@dataclasses.dataclass(frozen=True, slots=True)
class RowBox:
    """Where a task row lies on a page, in page units (for checking page breaks)."""

    task_id: int
    name: str
    top: float
    bottom: float


class GanttPrintout:
    """The pages of one printed chart.

    ``tasks`` are the rows to print in order (all tasks by default; the view passes the
    filtered ones when the setup says so).
    """

    def __init__(
        self,
        model: TaskTableModel,
        setup: PageSetup,
        *,
        tasks: Sequence[TaskRow] | None = None,
        options: GanttOptions | None = None,
        style: GanttStyle = DEFAULT_STYLE,
        today: dt.date | None = None,
    ) -> None:
        self.model = model
        self.setup = setup.validate()
        self.style = style
        self.tasks = list(model.tasks() if tasks is None else tasks)
        chosen = options or GanttOptions()
        self.options = dataclasses.replace(chosen, tier=TIER_OF[setup.timescale])
        self.facts = self._facts(today or dt.date.today())
        base = QFont()
        # No ligatures on paper: "Kick-off" must stay searchable as f-f in the PDF.
        base.setFeature(QFont.Tag("liga"), 0)
        self.name_font = style.name_font(base)
        self.bold_font = QFont(self.name_font)
        self.bold_font.setBold(True)
        self.header_font = style.header_font(base)
        self.band_font = QFont(base)
        self.band_font.setPointSizeF(style.header_point_size)
        self.painter = GanttPainter(model, style, self.options, self.name_font, self.header_font)
        self.columns = [key for key in setup.columns if key in COLUMNS]
        self.widths = self._column_widths()
        self.table_width = sum(self.widths)
        metrics = QFontMetricsF(self.header_font)
        self.header_height = math.ceil(2 * (metrics.height() + 4))
        self.first_day, self.last_day = self._date_range()
        width_mm, height_mm = setup.page_size_mm()
        self.page_width, self.page_height = width_mm * MM, height_mm * MM
        self.content = self._content_rect()
        self.grid: PageGrid = paginate(
            setup,
            row_count=len(self.tasks),
            row_height=ROW_HEIGHT,
            header_height=self.header_height,
            table_width=self.table_width,
            days=(self.last_day - self.first_day).days + 1,
            content_width=self.content.width(),
            content_height=self.content.height(),
        )

    # -- layout ---------------------------------------------------------------------------------
    def _facts(self, today: dt.date) -> PrintFacts:
        charter = self.model.document.read(read_charter)
        status = charter.status_date
        return PrintFacts(
            project=charter.name,
            manager=charter.manager,
            status_date=(
                QCoreApplication.translate("GanttPrint", "Status date: {0}").format(
                    self._date_text(status)
                )
                if status
                else ""
            ),
            print_date=self._date_text(today),
        )

    def _date_text(self, day: dt.date) -> str:
        return self.model.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def _date_range(self) -> tuple[dt.date, dt.date]:
        """The setup's dates, or the project's span with room for the last labels."""
        result = self.model.schedule.result
        if result is not None:
            start = from_instant(result.project_start).date()
            finish = from_instant(max(result.project_start, result.project_finish)).date()
        else:
            start = finish = dt.date.today()
        tail = max(MIN_TAIL_DAYS, math.ceil((finish - start).days * TAIL_SHARE))
        first = self.setup.date_from or start - dt.timedelta(days=LEAD_DAYS)
        last = self.setup.date_to or finish + dt.timedelta(days=tail)
        return first, max(first, last)

    def _column_widths(self) -> list[float]:
        """Each column as wide as its widest text (names indented), within a cap."""
        plain = QFontMetricsF(self.name_font)
        bold = QFontMetricsF(self.bold_font)
        heading = QFontMetricsF(self.header_font)
        widths = []
        for key in self.columns:
            widest = heading.horizontalAdvance(self.model.column_label(key))
            for task in self.tasks:
                metrics = bold if task.summary else plain
                text = self.model.text(task, key)
                extra = INDENT * (task.outline_level - 1) if key == "name" else 0.0
                widest = max(widest, metrics.horizontalAdvance(text) + extra)
            cap = COLUMN_CAP.get(key, DEFAULT_CAP)
            widths.append(min(cap, math.ceil(widest + 2 * CELL_PADDING + 1)))
        return widths

    def _band_height(self, texts: tuple[str, str, str]) -> float:
        if not any(text.strip() for text in texts):
            return 0.0
        return QFontMetricsF(self.band_font).height() + BAND_GAP

    def _legend_height(self) -> float:
        return ROW_HEIGHT + BAND_GAP if self.setup.legend else 0.0

    def _content_rect(self) -> QRectF:
        left, top, right, bottom = (value * MM for value in self.setup.margins_mm)
        top += self._band_height(self.setup.header)
        bottom += self._band_height(self.setup.footer) + self._legend_height()
        return QRectF(left, top, self.page_width - left - right, self.page_height - top - bottom)

    @property
    def page_count(self) -> int:
        return self.grid.pages

    def page_rows(self, number: int) -> list[TaskRow]:
        _strip, block = self.grid.page_at(number)
        return [self.tasks[i] for i in self.grid.rows_of(block, len(self.tasks))]

    def row_boxes(self, number: int) -> list[RowBox]:
        """The rows of a page in page units: what a test holds against the page breaks."""
        scale = self.grid.scale
        boxes = []
        for position, task in enumerate(self.page_rows(number)):
            top = self.content.top() + (self.header_height + position * ROW_HEIGHT) * scale
            boxes.append(RowBox(task.id, task.name, top, top + ROW_HEIGHT * scale))
        return boxes

    def strip_dates(self, number: int) -> tuple[dt.date, dt.date]:
        """The first and last day (any part of which is) shown on a page."""
        strip, _block = self.grid.page_at(number)
        timeline = self._timeline(strip)
        last = timeline.day_at(self.grid.strip_width - 1e-6)
        return timeline.day_at(0), last

    def _timeline(self, strip: int) -> Timeline:
        return Timeline(self.first_day, self.grid.pixels_per_day, strip * self.grid.strip_width)

    def page_size(self) -> QPageSize:
        return QPageSize(PAGE_SIZE_IDS[self.setup.paper])

    def page_layout(self) -> QPageLayout:
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.setup.landscape
            else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(self.page_size(), orientation, QMarginsF(0, 0, 0, 0))

    # -- painting -------------------------------------------------------------------------------
    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page ``number`` (1-based), painter origin at the paper's top-left corner."""
        strip, _block = self.grid.page_at(number)
        painter.save()
        painter.fillRect(QRectF(0, 0, self.page_width, self.page_height), QColor("white"))
        self._paint_bands(painter, number)
        if self.setup.legend:
            self._paint_legend(painter)
        painter.translate(self.content.topLeft())
        painter.scale(self.grid.scale, self.grid.scale)
        width = self.content.width() / self.grid.scale
        height = self.content.height() / self.grid.scale
        rows = self.page_rows(number)
        self._paint_grid(painter, rows, self._timeline(strip), self.grid.strip_width, height)
        painter.setPen(QPen(QColor(self.style.header_line), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        used = self.header_height + len(rows) * ROW_HEIGHT
        painter.drawRect(QRectF(0, 0, min(width, self.table_width + self.grid.strip_width), used))
        painter.restore()

    def _paint_grid(
        self,
        painter: QPainter,
        rows: Sequence[TaskRow],
        timeline: Timeline,
        strip_width: float,
        height: float,
    ) -> None:
        """Table columns and the chart strip for ``rows``, the time scale above, at 0,0."""
        chart_rows = [
            ChartRow(task, self.model.dates(task.id), index * ROW_HEIGHT, ROW_HEIGHT)
            for index, task in enumerate(rows)
        ]
        self._paint_table(painter, chart_rows)
        chart_height = max(len(rows) * ROW_HEIGHT, 1.0)
        painter.save()
        painter.translate(self.table_width, 0)
        painter.setClipRect(QRectF(0, 0, strip_width, self.header_height))
        self.painter.paint_header(painter, timeline, strip_width, self.header_height)
        painter.translate(0, self.header_height)
        painter.setClipRect(QRectF(0, 0, strip_width, chart_height))
        self.painter.paint_chart(painter, timeline, chart_rows, strip_width, chart_height)
        painter.restore()

    def _paint_table(self, painter: QPainter, rows: Sequence[ChartRow]) -> None:
        style = self.style
        line = QPen(QColor(style.header_line), 0.8)
        painter.fillRect(
            QRectF(0, 0, self.table_width, self.header_height), QColor(style.header_background)
        )
        painter.setFont(self.header_font)
        x = 0.0
        for key, width in zip(self.columns, self.widths, strict=True):
            painter.setPen(QColor(style.header_text))
            painter.drawText(
                QRectF(x + CELL_PADDING, 0, width - 2 * CELL_PADDING, self.header_height),
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignLeft
                | Qt.TextFlag.TextWordWrap,
                self.model.column_label(key),
            )
            x += width
        right_aligned = {"id", "duration", "percent_complete", "total_float", "free_float"}
        for row in rows:
            top = self.header_height + row.top
            task = row.task
            painter.setFont(self.bold_font if task.summary else self.name_font)
            critical = self.options.critical and row.dates is not None and row.dates.critical
            painter.setPen(QColor(style.critical_text if critical else style.text))
            x = 0.0
            for key, width in zip(self.columns, self.widths, strict=True):
                indent = INDENT * (task.outline_level - 1) if key == "name" else 0.0
                align = (
                    Qt.AlignmentFlag.AlignRight
                    if key in right_aligned
                    else Qt.AlignmentFlag.AlignLeft
                )
                cell = QRectF(
                    x + CELL_PADDING + indent, top, width - 2 * CELL_PADDING - indent, row.height
                )
                text = painter.fontMetrics().elidedText(
                    self.model.text(task, key), Qt.TextElideMode.ElideRight, int(cell.width())
                )
                painter.drawText(cell, align | Qt.AlignmentFlag.AlignVCenter, text)
                x += width
        painter.setPen(line)
        bottom = self.header_height + len(rows) * ROW_HEIGHT
        for index in range(len(rows) + 1):
            y = self.header_height + index * ROW_HEIGHT
            painter.drawLine(QPointF(0, y), QPointF(self.table_width, y))
        x = 0.0
        for width in self.widths:
            x += width
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))

    def band_texts(self, number: int) -> tuple[list[str], list[str]]:
        """The header's and footer's three texts with their fields filled in."""
        values = {
            "project": self.facts.project,
            "manager": self.facts.manager,
            "status_date": self.facts.status_date,
            "print_date": self.facts.print_date,
            "page": str(number),
            "pages": str(self.page_count),
        }
        localised = {
            "Page {page} of {pages}": QCoreApplication.translate(
                "GanttPrint", "Page {page} of {pages}"
            )
        }
        header = [fill_template(localised.get(t, t), values) for t in self.setup.header]
        footer = [fill_template(localised.get(t, t), values) for t in self.setup.footer]
        return header, footer

    def _paint_bands(self, painter: QPainter, number: int) -> None:
        left, top, right, bottom = (value * MM for value in self.setup.margins_mm)
        width = self.page_width - left - right
        header, footer = self.band_texts(number)
        painter.setFont(self.band_font)
        painter.setPen(QColor(self.style.text))
        height = QFontMetricsF(self.band_font).height()
        for texts, y in (
            (header, top),
            (footer, self.page_height - bottom - height),
        ):
            for text, align in zip(
                texts,
                (
                    Qt.AlignmentFlag.AlignLeft,
                    Qt.AlignmentFlag.AlignHCenter,
                    Qt.AlignmentFlag.AlignRight,
                ),
                strict=True,
            ):
                if text:
                    painter.drawText(
                        QRectF(left, y, width, height), align | Qt.AlignmentFlag.AlignVCenter, text
                    )

    def legend_items(self) -> list[str]:
        items = ["task", "progress", "summary", "milestone"]
        if self.options.critical:
            items.insert(1, "critical")
        if self.options.baseline:
            items.append("baseline")
        if self.options.slack:
            items.append("slack")
        items += ["deadline", "status_date"]
        return items

    def _paint_legend(self, painter: QPainter) -> None:
        """A row of samples with their names above the footer."""
        style = self.style
        left, _top, _right, bottom = (value * MM for value in self.setup.margins_mm)
        y = self.page_height - bottom - self._band_height(self.setup.footer) - ROW_HEIGHT
        names = {
            "task": QCoreApplication.translate("GanttPrint", "Task"),
            "critical": QCoreApplication.translate("GanttPrint", "Critical task"),
            "progress": QCoreApplication.translate("GanttPrint", "Progress"),
            "summary": QCoreApplication.translate("GanttPrint", "Summary"),
            "milestone": QCoreApplication.translate("GanttPrint", "Milestone"),
            "baseline": QCoreApplication.translate("GanttPrint", "Baseline"),
            "slack": QCoreApplication.translate("GanttPrint", "Slack"),
            "deadline": QCoreApplication.translate("GanttPrint", "Deadline"),
            "status_date": QCoreApplication.translate("GanttPrint", "Status date"),
        }
        painter.setFont(self.header_font)
        metrics = QFontMetricsF(self.header_font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        x = left
        middle = y + ROW_HEIGHT / 2
        for item in self.legend_items():
            sample = QRectF(x, middle - 4, 22, 8)
            painter.setPen(QPen(QColor(style.bar_outline), 0.8))
            if item in ("task", "progress"):
                painter.setBrush(QBrush(QColor(style.task_bar)))
                painter.drawRect(sample)
                if item == "progress":
                    painter.fillRect(sample.adjusted(0, 2.5, -8, -2.5), QColor(style.task_progress))
            elif item == "critical":
                painter.setPen(QPen(QColor(style.critical_outline), 0.8))
                painter.setBrush(QBrush(QColor(style.critical_bar)))
                painter.drawRect(sample)
            elif item == "summary":
                painter.fillRect(sample.adjusted(0, 1, 0, -3), QColor(style.summary_bar))
            elif item == "milestone":
                painter.setBrush(QBrush(QColor(style.milestone)))
                painter.drawPolygon(diamond(QRectF(x + 6, middle - 5, 10, 10)))
            elif item == "baseline":
                painter.setPen(QPen(QColor(style.baseline_bar).darker(140), 0.8))
                painter.setBrush(QBrush(QColor(style.baseline_bar)))
                painter.drawRect(sample.adjusted(0, 2, 0, -2))
            elif item == "slack":
                painter.setPen(QPen(QColor(style.slack), 2))
                painter.drawLine(QPointF(x, middle), QPointF(x + 22, middle))
            elif item == "deadline":
                painter.setPen(QPen(QColor(style.deadline), 1.2))
                painter.setBrush(QBrush(QColor(style.deadline)))
                painter.drawLine(QPointF(x + 11, middle - 6), QPointF(x + 11, middle))
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x + 7, middle - 1),
                            QPointF(x + 15, middle - 1),
                            QPointF(x + 11, middle + 5),
                        ]
                    )
                )
            elif item == "status_date":
                painter.setPen(QPen(QColor(style.status_line), 1.5))
                painter.drawLine(QPointF(x + 11, middle - 7), QPointF(x + 11, middle + 7))
            painter.setPen(QColor(style.text))
            label = names[item]
            painter.drawText(QPointF(x + 27, middle + metrics.ascent() / 2 - 1), label)
            x += 27 + metrics.horizontalAdvance(label) + 14

    # -- whole-chart images ---------------------------------------------------------------------
    def image_size(self, pixels_per_day: float) -> QSizeF:
        days = (self.last_day - self.first_day).days + 1
        return QSizeF(
            self.table_width + days * pixels_per_day,
            self.header_height + len(self.tasks) * ROW_HEIGHT,
        )

    def paint_whole(self, painter: QPainter, pixels_per_day: float) -> None:
        """Every row and the whole date range on one canvas (PNG and SVG export)."""
        size = self.image_size(pixels_per_day)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        timeline = Timeline(self.first_day, pixels_per_day)
        strip = size.width() - self.table_width
        self._paint_grid(painter, self.tasks, timeline, strip, size.height())


def write_pdf(printout: GanttPrintout, target: Path, *, overwrite: bool = False) -> int:
    """All pages into a PDF at ``target`` (written beside it, then renamed); the page count."""
    with atomic_target(target, overwrite=overwrite) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(DPI)
        writer.setPageLayout(printout.page_layout())
        writer.setTitle(printout.facts.project)
        writer.setCreator("Koers")
        painter = QPainter(writer)
        try:
            paint_pages(printout, painter, writer.newPage)
        finally:
            painter.end()
    return printout.page_count


def paint_pages(printout: GanttPrintout, painter: QPainter, new_page: object) -> None:
    """Every page in order; ``new_page`` (the device's) is called between pages."""
    for number in range(1, printout.page_count + 1):
        if number > 1:
            new_page()  # type: ignore[operator]
        printout.paint_page(painter, number)


def page_image(printout: GanttPrintout, number: int) -> QImage:
    """One page as an image at 96 dpi (print preview thumbnails and tests)."""
    image = QImage(
        math.ceil(printout.page_width), math.ceil(printout.page_height), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        printout.paint_page(painter, number)
    finally:
        painter.end()
    return image


def export_chart_image(
    printout: GanttPrintout, target: Path, pixels_per_day: float, *, overwrite: bool = False
) -> None:
    """The whole chart as a PNG or, for a ``.svg`` target, an SVG drawing."""
    size = printout.image_size(pixels_per_day)
    if target.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        with atomic_target(target, overwrite=overwrite) as temp:
            generator = QSvgGenerator()
            generator.setFileName(str(temp))
            generator.setResolution(DPI)
            generator.setSize(size.toSize())
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(printout.facts.project)
            painter = QPainter(generator)
            try:
                printout.paint_whole(painter, pixels_per_day)
            finally:
                painter.end()
        return
    if max(size.width(), size.height()) > MAX_IMAGE_SIDE:
        raise ImageTooLarge(f"{size.width():.0f} × {size.height():.0f}")
    image = QImage(size.toSize(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    painter = QPainter(image)
    try:
        printout.paint_whole(painter, pixels_per_day)
    finally:
        painter.end()
    with atomic_target(target, overwrite=overwrite) as temp:
        if not image.save(str(temp), "PNG"):
            raise OSError(f"cannot write {target}")
