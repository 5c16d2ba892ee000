"""Drawing a Gantt chart with a QPainter: the one painter code for the screen and for paper.

The painter knows nothing of widgets or pages. It is given a ``Timeline`` (which x each
moment has), the rows to draw with their y positions, and a painter; the Gantt view hands it
the rows its tree shows, the printer the rows of one page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from app.domain.calendar import day_instant, from_instant, to_instant
from app.domain.scheduler import LinkType, TaskDates
from app.services.schedule import TaskRow
from app.views.gantt_style import GanttStyle
from app.views.task_table_model import TaskTableModel

MINUTES_PER_DAY = 1440
EPOCH = dt.date(1984, 1, 1)
LABEL_CACHE_SIZE = 20_000
LABEL_ROOM = 6  # pixels a time-scale label needs beyond its text
LINK_STUB = 8.0  # how far a dependency line leaves its bar before it turns
ARROW = 4.0
LABELS = ("name", "resources", "dates", "none")
# Combined once: or-ing Qt flags in Python costs more than drawing the text.
CENTRED = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Tier(enum.IntEnum):
    """A unit of the time scale, smallest first."""

    HOUR = 0
    DAY = 1
    WEEK = 2
    MONTH = 3
    QUARTER = 4
    YEAR = 5


# The lower tier of the time scale by zoom: from this many pixels per day upwards.
TIER_FROM = ((Tier.HOUR, 120.0), (Tier.DAY, 12.0), (Tier.WEEK, 2.5), (Tier.MONTH, 0.7))
WEEKS_OVER_DAYS_FROM = 30.0  # px/day from which weeks, not months, sit above the days
# Per tier: the narrowest a unit is (in days) and how many units to try a label form on.
UNIFORM_SAMPLE = {
    Tier.HOUR: (1 / 24, 24),
    Tier.DAY: (1, 7),
    Tier.WEEK: (7, 7),
    Tier.MONTH: (28, 12),
    Tier.QUARTER: (90, 4),
    Tier.YEAR: (365, 2),
}


def lower_tier(pixels_per_day: float) -> Tier:
    for tier, threshold in TIER_FROM:
        if pixels_per_day >= threshold:
            return tier
    return Tier.QUARTER


def upper_tier(lower: Tier, pixels_per_day: float) -> Tier:
    if lower is Tier.DAY:
        return Tier.WEEK if pixels_per_day >= WEEKS_OVER_DAYS_FROM else Tier.MONTH
    if lower is Tier.WEEK:
        return Tier.MONTH
    return Tier(lower + 1)


def unit_start(moment: dt.datetime, tier: Tier) -> dt.datetime:
    """The start of the tier's unit that holds ``moment``."""
    day = moment.date()
    if tier is Tier.HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    if tier is Tier.WEEK:
        day -= dt.timedelta(days=day.weekday())
    elif tier is Tier.MONTH:
        day = day.replace(day=1)
    elif tier is Tier.QUARTER:
        day = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    elif tier is Tier.YEAR:
        day = day.replace(month=1, day=1)
    return dt.datetime.combine(day, dt.time())


def next_unit(start: dt.datetime, tier: Tier, count: int = 1) -> dt.datetime:
    """The start of the unit ``count`` units after the one starting at ``start``."""
    if tier is Tier.HOUR:
        return start + dt.timedelta(hours=count)
    if tier is Tier.DAY:
        return start + dt.timedelta(days=count)
    if tier is Tier.WEEK:
        return start + dt.timedelta(weeks=count)
    months = {Tier.MONTH: 1, Tier.QUARTER: 3, Tier.YEAR: 12}[tier] * count
    index = start.year * 12 + start.month - 1 + months
    return start.replace(year=index // 12, month=index % 12 + 1, day=1)


@dataclasses.dataclass(slots=True)
class Timeline:
    """Where moments lie across: ``pixels_per_day`` from ``origin_day``, shifted by ``offset``."""

    origin_day: dt.date
    pixels_per_day: float
    offset: float = 0.0

    @property
    def origin(self) -> int:
        return (self.origin_day - EPOCH).days * MINUTES_PER_DAY

    def x_of(self, instant: int) -> float:
        """The x of an instant (minutes since 1984)."""
        return (instant - self.origin) * self.pixels_per_day / MINUTES_PER_DAY - self.offset

    def x_of_moment(self, moment: dt.datetime) -> float:
        return self.x_of(to_instant(moment))

    def x_of_day(self, day: dt.date) -> float:
        return (day - self.origin_day).days * self.pixels_per_day - self.offset

    def instant_at(self, x: float) -> int:
        return self.origin + round((x + self.offset) * MINUTES_PER_DAY / self.pixels_per_day)

    def day_at(self, x: float) -> dt.date:
        return self.origin_day + dt.timedelta(
            days=math.floor((x + self.offset) / self.pixels_per_day)
        )

    def days_across(self, width: float) -> tuple[dt.date, dt.date]:
        """The first and last calendar day any part of which lies within 0..width."""
        return self.day_at(0), self.day_at(width)


@dataclasses.dataclass(slots=True)  # not frozen: made for every row of every paint
class ChartRow:
    """A task row to draw: its task, its computed dates, and where it lies down the page."""

    task: TaskRow
    dates: TaskDates | None
    top: float
    height: float

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


@dataclasses.dataclass(frozen=True, slots=True)
class GanttOptions:
    """What the chart shows; the screen and the printed page share one set."""

    critical: bool = True  # critical tasks in their own colour
    baseline: bool = True  # the chosen baseline's bars under the task bars
    slack: bool = False  # total float as a thin line after each bar
    label: str = "name"  # beside each bar: name, resources, dates or none
    iso_weeks: bool = True  # week numbers (W45) rather than the Monday's date
    tier: Tier | None = None  # the time scale's lower tier; None: chosen by zoom


class GanttPainter:
    """Draws the time scale and the chart rows of a task model."""

    def __init__(
        self,
        model: TaskTableModel,
        style: GanttStyle,
        options: GanttOptions,
        name_font: QFont,
        header_font: QFont,
    ) -> None:
        self.model = model
        self.style = style
        self.options = options
        self.name_font = name_font
        self.header_font = header_font
        self._off: dict[dt.date, bool] = {}
        self._baseline_fill = style.color("baseline_bar").darker(115)
        self._label_cache: dict[tuple[dt.datetime, Tier, bool, str], list[tuple[str, float]]] = {}
        metrics = QFontMetricsF(name_font)
        self._text_half = metrics.height() / 2  # a label's top lies this far above the middle
        self._statics: dict[str, QStaticText] = {}
        self._off_for: object = None

    # -- geometry ---------------------------------------------------------------------------
    def _bar_band(self, row: ChartRow) -> tuple[float, float]:
        """Top and height of a task bar; with baselines shown it leaves room below for them."""
        style = self.style
        height = max(2.0, row.height - 2.0 * style.bar_padding)
        if self.options.baseline:
            height = max(2.0, height * style.bar_share_with_baseline)
            return row.top + style.bar_padding, height
        return row.top + (row.height - height) / 2, height

    def bar_rect(self, row: ChartRow, timeline: Timeline) -> QRectF | None:
        """The bar's rectangle: a summary's bracket bar, a milestone's diamond's bounds."""
        dates = row.dates
        if dates is None:
            return None
        style = self.style
        start = timeline.x_of(dates.start)
        top, height = self._bar_band(row)
        if row.task.milestone and not row.task.summary:
            side = max(4.0, height + 2.0 * (style.bar_padding - style.milestone_padding))
            return QRectF(start - side / 2, top + height / 2 - side / 2, side, side)
        width = max(style.min_bar_width, timeline.x_of(dates.finish) - start)
        if row.task.summary:
            return QRectF(start, top, width, max(2.0, height * style.summary_height))
        return QRectF(start, top, width, height)

    def baseline_rect(self, row: ChartRow, timeline: Timeline) -> QRectF | None:
        """The chosen baseline's bar below the task bar, when it has one and they are shown."""
        if not self.options.baseline:
            return None
        span = self.model.baseline_span(row.task.id)
        if span is None:
            return None
        top, height = self._bar_band(row)
        below = top + height + 1.0
        room = row.top + row.height - self.style.bar_padding / 2 - below
        thickness = max(2.0, min(room, height * self.style.baseline_height))
        left = timeline.x_of(span[0])
        width = max(self.style.min_bar_width, timeline.x_of(span[1]) - left)
        return QRectF(left, below, width, thickness)

    def progress_x(self, row: ChartRow, bar: QRectF) -> float:
        """Where a task bar's progress ends."""
        percent = min(100, max(0, self.model.percent_complete(row.task)))
        return bar.left() + bar.width() * percent / 100

    # -- the chart --------------------------------------------------------------------------
    def paint_chart(
        self,
        painter: QPainter,
        timeline: Timeline,
        rows: Sequence[ChartRow],
        width: float,
        height: float,
        *,
        today: dt.datetime | None = None,
    ) -> None:
        """Background, non-working time, grid, status and today lines, links, bars, labels."""
        style = self.style
        painter.fillRect(QRectF(0, 0, width, height), style.color("background"))
        if not self.model.loaded:
            return
        self._paint_non_working(painter, timeline, width, height)
        line = style.color("row_line")
        right = math.ceil(width)
        for row in rows:  # one-pixel rectangles: a raster fill, far faster than lines
            painter.fillRect(QRect(0, math.floor(row.top + row.height) - 1, right, 1), line)
        self._paint_date_lines(painter, timeline, width, height, today)
        bars = {row.task.id: (row, self.bar_rect(row, timeline)) for row in rows}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # upright lines and bars
        self._paint_links(painter, bars)
        painter.setFont(self.name_font)
        for row, bar in bars.values():
            self._paint_row(painter, timeline, row, bar, width)

    def _paint_non_working(
        self, painter: QPainter, timeline: Timeline, width: float, height: float
    ) -> None:
        """Days off shaded; zoomed to hours, the nights and breaks too."""
        ppd = timeline.pixels_per_day
        if ppd < TIER_FROM[2][1]:  # at month scale a day is too thin to shade
            return
        calendar = self.model.schedule.project_calendar
        shade = self.style.color("non_working")
        first, last = timeline.days_across(width)
        if ppd < TIER_FROM[0][1]:
            for start, count in self.days_off(first, last):
                painter.fillRect(QRectF(timeline.x_of_day(start), 0, ppd * count, height), shade)
            return
        day = first
        while day <= last:
            left = timeline.x_of_day(day)
            free = 0
            for period in calendar.day_hours(day):
                if period.start > free:
                    self._shade(painter, left, free, period.start, ppd, height, shade)
                free = period.end
            if free < MINUTES_PER_DAY:
                self._shade(painter, left, free, MINUTES_PER_DAY, ppd, height, shade)
            day += dt.timedelta(days=1)

    def days_off(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, int]]:
        """Runs of consecutive days without work between two days: (first day, length).

        Whether a day is off is remembered per calendar, so scrolling asks the calendar only
        about days it has not seen.
        """
        calendar = self.model.schedule.project_calendar
        if self._off_for is not calendar:
            self._off, self._off_for = {}, calendar
        off = self._off
        runs: list[tuple[dt.date, int]] = []
        day, one = first, dt.timedelta(days=1)
        while day <= last:
            free = off.get(day)
            if free is None:
                free = off[day] = not calendar.is_working_day(day)
            if free:
                if runs and runs[-1][0] + dt.timedelta(days=runs[-1][1]) == day:
                    runs[-1] = (runs[-1][0], runs[-1][1] + 1)
                else:
                    runs.append((day, 1))
            day += one
        return runs

    @staticmethod
    def _shade(
        painter: QPainter,
        day_left: float,
        start: int,
        end: int,
        ppd: float,
        height: float,
        shade: QColor,
    ) -> None:
        scale = ppd / MINUTES_PER_DAY
        painter.fillRect(QRectF(day_left + start * scale, 0, (end - start) * scale, height), shade)

    def _paint_date_lines(
        self,
        painter: QPainter,
        timeline: Timeline,
        width: float,
        height: float,
        today: dt.datetime | None,
    ) -> None:
        """The status date (end of its day) as a solid line, today as a dashed one."""
        style = self.style
        status = self.model.status_date
        if status is not None:
            x = timeline.x_of(day_instant(status + dt.timedelta(days=1)))
            if 0 <= x <= width:
                painter.setPen(QPen(style.color("status_line"), 1.5))
                painter.drawLine(QPointF(x, 0), QPointF(x, height))
        if today is not None:
            x = timeline.x_of_moment(today)
            if 0 <= x <= width:
                painter.setPen(QPen(style.color("today_line"), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_row(
        self,
        painter: QPainter,
        timeline: Timeline,
        row: ChartRow,
        bar: QRectF | None,
        width: float,
    ) -> None:
        style = self.style
        task, dates = row.task, row.dates
        baseline = self.baseline_rect(row, timeline)
        if baseline is not None and baseline.right() >= 0 and baseline.left() <= width:
            self._paint_baseline(painter, row, baseline)
        if bar is None or dates is None:
            return
        critical = self.options.critical and dates.critical
        text_x = bar.right() + style.text_gap
        if self.options.slack and not task.summary and dates.total_float > 0:
            # the label follows the slack line rather than cross it
            text_x = self._paint_slack(painter, timeline, row, bar, dates) + style.text_gap
        if bar.left() <= width and bar.right() >= 0:
            if task.summary:
                self._paint_summary(painter, bar, row)
            elif task.milestone:
                color = style.color("critical_milestone" if critical else "milestone")
                painter.setPen(QPen(color.darker(130), 1))
                painter.setBrush(QBrush(color))
                smooth_polygon(painter, diamond(bar))
            else:
                self._paint_task_bar(painter, row, bar, critical=critical)
        text = self.label_text(task)
        if task.deadline is not None:
            marker = self._paint_deadline(painter, timeline, row, bar)
            if bar.right() - 2 <= marker[0] <= text_x + 2:  # the label steps past the arrow
                text_x = marker[1] + style.text_gap
        if text and 0 <= text_x < width:  # a label starting off the left edge is left out
            painter.setPen(style.color("text"))
            painter.drawStaticText(
                QPointF(text_x, row.middle - self._text_half), self._static(text)
            )

    def _paint_task_bar(
        self, painter: QPainter, row: ChartRow, bar: QRectF, *, critical: bool
    ) -> None:
        style = self.style
        fill = style.color("critical_bar" if critical else "task_bar")
        outline = style.color("critical_outline" if critical else "bar_outline")
        painter.setPen(outline)  # a 1-pixel pen
        painter.setBrush(fill)
        painter.drawRect(bar)
        done_x = self.progress_x(row, bar)
        if done_x > bar.left():
            done = QRectF(bar.left(), bar.top(), done_x - bar.left(), bar.height())
            band = done.adjusted(0, bar.height() * 0.3, 0, -bar.height() * 0.3)
            painter.fillRect(
                band, style.color("critical_progress" if critical else "task_progress")
            )

    def _paint_summary(self, painter: QPainter, bar: QRectF, row: ChartRow) -> None:
        """A black bar with a downward point at each end, as in Microsoft Project."""
        color = self.style.color("summary_bar")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawRect(bar)
        tip = min(row.top + row.height - self.style.bar_padding, bar.bottom() + 5)
        side = min(5.0, max(2.0, bar.width() / 2))
        for x, sign in ((bar.left(), 1), (bar.right(), -1)):
            smooth_polygon(
                painter,
                QPolygonF(
                    [
                        QPointF(x, bar.bottom()),
                        QPointF(x + sign * side, bar.bottom()),
                        QPointF(x, tip),
                    ]
                ),
            )

    def _paint_baseline(self, painter: QPainter, row: ChartRow, rect: QRectF) -> None:
        color = self.style.color("baseline_bar")
        painter.setPen(QPen(color.darker(140), 0.8))
        painter.setBrush(QBrush(color))
        if row.task.milestone and not row.task.summary:
            side = rect.height() + 2
            smooth_polygon(
                painter, diamond(QRectF(rect.left() - side / 2, rect.top() - 1, side, side))
            )
        else:
            painter.fillRect(rect, self._baseline_fill)

    def _paint_slack(
        self, painter: QPainter, timeline: Timeline, row: ChartRow, bar: QRectF, dates: TaskDates
    ) -> float:
        """A thin line from the finish to the late finish; returns where it ends."""
        late = timeline.x_of(dates.late_finish)
        if late <= bar.right():
            return bar.right()
        y = bar.bottom() - 1.5 if not row.task.milestone else bar.center().y()
        painter.setPen(QPen(self.style.color("slack"), 2.0))
        painter.drawLine(QPointF(bar.right(), y), QPointF(late, y))
        return late

    def _paint_deadline(
        self, painter: QPainter, timeline: Timeline, row: ChartRow, bar: QRectF
    ) -> tuple[float, float]:
        """A green arrow pointing down at the deadline, as in Microsoft Project; returns the
        arrow's left and right x."""
        assert row.task.deadline is not None
        x = timeline.x_of_moment(row.task.deadline)
        color = self.style.color("deadline")
        top = row.top + 1.0
        size = max(3.0, min(5.0, row.height / 4))
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(QBrush(color))
        painter.drawLine(QPointF(x, top), QPointF(x, top + size * 1.6))
        smooth_polygon(
            painter,
            QPolygonF(
                [
                    QPointF(x - size, top + size * 1.2),
                    QPointF(x + size, top + size * 1.2),
                    QPointF(x, top + size * 2.6),
                ]
            ),
        )
        return x - size, x + size

    def _static(self, text: str) -> QStaticText:
        """A label laid out once and drawn from then on without layout."""
        found = self._statics.get(text)
        if found is None:
            if len(self._statics) > LABEL_CACHE_SIZE:
                self._statics.clear()
            found = self._statics[text] = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self.name_font)
        return found

    def label_text(self, task: TaskRow) -> str:
        """What sits beside the bar, by the label option."""
        kind = self.options.label
        if kind == "name":
            return task.name
        if kind == "resources":
            return self.model.text(task, "resources")
        if kind == "dates":
            dates = self.model.dates(task.id)
            if dates is None:
                return ""
            start = self.short_date(from_instant(dates.start))
            if task.milestone and not task.summary:
                return start
            return f"{start} – {self.short_date(from_instant(dates.finish))}"
        return ""

    def short_date(self, moment: dt.datetime) -> str:
        locale = self.model.locale
        return locale.toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")

    # -- links ------------------------------------------------------------------------------
    def _paint_links(
        self, painter: QPainter, bars: dict[int, tuple[ChartRow, QRectF | None]]
    ) -> None:
        """Elbow lines with an arrow head for links whose both tasks are on these rows,
        gathered into two paths and drawn in two calls."""
        lines, heads = QPainterPath(), QPainterPath()
        links_into = self.model.links_into
        for successor_id, (target_row, target) in bars.items():
            if target is None:
                continue
            for link in links_into(successor_id):
                source_row, source = bars.get(link.predecessor_id, (None, None))
                if source is None or source_row is None:
                    continue
                link_path(link.type, source_row, source, target_row, target, lines, heads)
        if lines.isEmpty():
            return
        color = self.style.color("link")
        painter.strokePath(lines, QPen(color, 1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(heads, color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    # -- the time scale ---------------------------------------------------------------------
    def tiers(self, timeline: Timeline) -> tuple[Tier, Tier]:
        lower = self.options.tier
        if lower is None:
            lower = lower_tier(timeline.pixels_per_day)
        return upper_tier(lower, timeline.pixels_per_day), lower

    def paint_header(
        self, painter: QPainter, timeline: Timeline, width: float, height: float
    ) -> None:
        """Two tiers: the upper one labels the larger unit, the lower one the smaller."""
        style = self.style
        painter.fillRect(QRectF(0, 0, width, height), style.color("header_background"))
        painter.setFont(self.header_font)
        middle = height / 2
        upper, lower = self.tiers(timeline)
        first, last = timeline.days_across(width)
        start = dt.datetime.combine(first, dt.time())
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        self._paint_tier(painter, timeline, upper, start, end, 0, middle, width)
        if lower is Tier.DAY and self.model.loaded:  # days off shaded in the scale too
            ppd = timeline.pixels_per_day
            for day, count in self.days_off(first, last):
                rect = QRectF(timeline.x_of_day(day), middle, ppd * count, height - middle)
                painter.fillRect(rect, style.color("non_working"))
        self._paint_tier(painter, timeline, lower, start, end, middle, height - middle, width)
        painter.setPen(QPen(style.color("header_line"), 1))
        painter.drawLine(QPointF(0, middle), QPointF(width, middle))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(width, height - 0.5))

    def _paint_tier(
        self,
        painter: QPainter,
        timeline: Timeline,
        tier: Tier,
        start: dt.datetime,
        end: dt.datetime,
        top: float,
        height: float,
        width: float,
    ) -> None:
        metrics = QFontMetricsF(self.header_font)
        step = 1
        if tier is Tier.HOUR:  # label every hour, or every 2, 3, 4, 6 or 12 as room allows
            hour_width = timeline.pixels_per_day / 24
            needed = metrics.horizontalAdvance("00:00") + 4
            step = next((s for s in (1, 2, 3, 4, 6, 12) if s * hour_width >= needed), 24)
            start = start.replace(hour=0)
        unit = unit_start(start, tier)
        line = QPen(self.style.color("header_line"), 1)
        text = self.style.color("header_text")
        level = self._uniform_level(timeline, tier, unit, step)
        baseline = top + (height + metrics.ascent() - metrics.descent()) / 2
        painter.setPen(line)
        labels: list[tuple[QPointF, str]] = []
        while unit < end:
            following = next_unit(unit, tier, step)
            left, right = timeline.x_of_moment(unit), timeline.x_of_moment(following)
            shown_left, shown_right = max(0.0, left), min(width, right)
            room = shown_right - shown_left
            for label, needed in self._measured(unit, tier)[level:]:
                if needed <= room:
                    advance = needed - LABEL_ROOM
                    centred = tier <= Tier.WEEK and left >= 0 and right <= width
                    x = left + (right - left - advance) / 2 if centred else shown_left + 3
                    labels.append((QPointF(x, baseline), label))
                    break
            painter.drawLine(QPointF(left, top), QPointF(left, top + height))
            unit = following
        painter.setPen(text)
        for point, label in labels:  # at a point: no layout pass per label
            painter.drawText(point, label)

    def _uniform_level(self, timeline: Timeline, tier: Tier, first: dt.datetime, step: int) -> int:
        """Label all units of a tier alike, in the longest form that fits every one of a run of
        them at the narrowest width the unit has (not "Fri 5" beside a bare "6")."""
        days, count = UNIFORM_SAMPLE[tier]
        width = timeline.pixels_per_day * days * step
        samples = [self._measured(next_unit(first, tier, n * step), tier) for n in range(count)]
        forms = min(len(sample) for sample in samples)
        for level in range(forms):
            if all(sample[level][1] <= width for sample in samples):
                return level
        return forms

    def _measured(self, unit: dt.datetime, tier: Tier) -> list[tuple[str, float]]:
        """The unit's labels with the room each needs, remembered: scrolling asks again."""
        key = (unit, tier, self.options.iso_weeks, self.model.locale.name())
        found = self._label_cache.get(key)
        if found is None:
            if len(self._label_cache) > LABEL_CACHE_SIZE:
                self._label_cache.clear()
            metrics = QFontMetricsF(self.header_font)
            found = [
                (text, metrics.horizontalAdvance(text) + LABEL_ROOM)
                for text in self.labels(unit, tier)
            ]
            self._label_cache[key] = found
        return found

    def labels(self, unit: dt.datetime, tier: Tier) -> Iterable[str]:
        """Labels for a unit of the scale, longest first, in the UI language."""
        locale: QLocale = self.model.locale
        date = QDate(unit.year, unit.month, unit.day)
        if tier is Tier.HOUR:
            moment = QDateTime(date, QTime(unit.hour, 0))
            return (locale.toString(moment, "HH:mm"), locale.toString(moment, "HH"))
        if tier is Tier.DAY:
            return (
                locale.toString(date, "dddd d MMMM yyyy"),
                locale.toString(date, "ddd d MMM"),
                locale.toString(date, "ddd d"),
                str(unit.day),
            )
        if tier is Tier.WEEK:
            number = unit.isocalendar().week
            week = QCoreApplication.translate("GanttPainter", "Week {0}").format(number)
            monday = locale.toString(date, "d MMM")
            if self.options.iso_weeks:
                return (
                    f"{week}, {locale.toString(date, 'd MMM yyyy')}",
                    week,
                    f"W{number}",
                    str(number),
                )
            return (locale.toString(date, "d MMM yyyy"), monday, str(unit.day))
        if tier is Tier.MONTH:
            return (
                locale.toString(date, "MMMM yyyy"),
                locale.toString(date, "MMM yyyy"),
                locale.toString(date, "MMMM"),
                locale.toString(date, "MMM"),
                locale.toString(date, "MMM")[:1],
            )
        if tier is Tier.QUARTER:
            quarter = QCoreApplication.translate("GanttPainter", "Q{0}").format(
                (unit.month - 1) // 3 + 1
            )
            return (f"{quarter} {unit.year}", quarter)
        return (str(unit.year),)


def smooth_polygon(painter: QPainter, polygon: QPolygonF) -> None:
    """A slanted shape, antialiased (upright bars are drawn without, which is faster)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.drawPolygon(polygon)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def diamond(bounds: QRectF) -> QPolygonF:
    center = bounds.center()
    half_w, half_h = bounds.width() / 2, bounds.height() / 2
    return QPolygonF(
        [
            QPointF(center.x(), center.y() - half_h),
            QPointF(center.x() + half_w, center.y()),
            QPointF(center.x(), center.y() + half_h),
            QPointF(center.x() - half_w, center.y()),
        ]
    )


def link_turn(sx: float, tx: float, leave: int, enter: int) -> float | None:
    """Where a link line can turn from the source row to the target row, if anywhere.

    ``leave`` is the side the line leaves its bar (+1: rightwards), ``enter`` the way the
    arrow points (+1: rightwards, into a start).
    """
    if leave > 0 and enter < 0:  # finish to finish
        return max(sx, tx) + LINK_STUB
    if leave < 0 and enter > 0:  # start to start
        return min(sx, tx) - LINK_STUB
    gap = (tx - sx) * leave
    if gap < 2 * ARROW:
        return None
    return sx + leave * min(LINK_STUB, gap / 2)


def link_path(
    kind: LinkType,
    source_row: ChartRow,
    source: QRectF,
    target_row: ChartRow,
    target: QRectF,
    lines: QPainterPath,
    heads: QPainterPath,
) -> None:
    """One dependency, from the predecessor's finish or start to the successor's start or
    finish: its elbow line added to ``lines``, its arrow head to ``heads``."""
    from_finish = kind in (LinkType.FS, LinkType.FF)
    to_start = kind in (LinkType.FS, LinkType.SS)
    sx = source.right() if from_finish else source.left()
    tx = target.left() if to_start else target.right()
    sy, ty = source_row.middle, target_row.middle
    leave = 1 if from_finish else -1  # the side the line leaves its bar
    enter = 1 if to_start else -1  # +1: the arrow points right, into the bar's start
    turn = link_turn(sx, tx, leave, enter)
    lines.moveTo(sx, sy)
    if turn is not None:
        lines.lineTo(turn, sy)
        lines.lineTo(turn, ty)
    else:  # no room in between: leave the bar, go between the rows, come back
        out = sx + leave * LINK_STUB
        approach = tx - enter * LINK_STUB
        between = target_row.top if ty > sy else target_row.top + target_row.height
        lines.lineTo(out, sy)
        lines.lineTo(out, between)
        lines.lineTo(approach, between)
        lines.lineTo(approach, ty)
    lines.lineTo(tx, ty)
    back = tx - enter * ARROW * 1.5
    heads.moveTo(tx, ty)
    heads.lineTo(back, ty - ARROW)
    heads.lineTo(back, ty + ARROW)
    heads.closeSubpath()
