"""The Gantt chart beside the task tree: one chart row per row the tree shows.

The chart keeps no items: every paint walks the rows the tree shows in its viewport (from the
row at y=0 down to the viewport's height) and draws only those, within the visible dates, so
a plan of 100,000 tasks costs no more to draw than one of 40.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from PySide6.QtCore import (
    QAbstractProxyModel,
    QDate,
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QTreeView, QWidget

from app.domain.calendar import day_instant, to_instant
from app.domain.scheduler import LinkType, TaskDates
from app.services.schedule import LinkRow, ProjectSchedule, TaskRow
from app.views.gantt_style import DEFAULT_STYLE, GanttStyle
from app.views.task_table_model import TaskTableModel

MINUTES_PER_DAY = 1440
DEFAULT_ZOOM = 24.0  # pixels per calendar day
MIN_ZOOM = 2.0
MAX_ZOOM = 200.0
ZOOM_STEP = 1.25  # per wheel notch
DAY_LABELS_FROM = 12.0  # px/day from which the lower header tier shows days instead of weeks
LEAD_DAYS = 7  # shown before the project start
TAIL_DAYS = 14  # shown after the project finish
LINK_STUB = 8.0  # how far a dependency line leaves its bar before it turns
ARROW = 4.0


@dataclasses.dataclass(frozen=True, slots=True)
class ChartRow:
    """A task row as the tree shows it, in viewport coordinates (shared with the tree)."""

    task: TaskRow
    dates: TaskDates | None
    top: int
    height: int

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


class _GanttHeader(QWidget):
    """The two-tier time scale above the chart's viewport."""

    def __init__(self, gantt: GanttView) -> None:
        super().__init__(gantt)
        self._gantt = gantt

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._gantt.paint_header(painter, self.width(), self.height())
        finally:
            painter.end()


class GanttView(QAbstractScrollArea):
    """Bars for the rows ``tree`` shows; the tree owns the vertical scrolling.

    Horizontally the chart spans the project (a week before its start to two weeks after its
    finish) at ``zoom`` pixels per day; Ctrl+wheel zooms, the scroll bar pans.
    """

    def __init__(
        self,
        tree: QTreeView,
        model: TaskTableModel,
        parent: QWidget | None = None,
        style: GanttStyle = DEFAULT_STYLE,
    ) -> None:
        super().__init__(parent)
        self._tree = tree
        self._model = model
        self.gantt_style = style
        self._zoom = DEFAULT_ZOOM
        self._origin_day = dt.date.today() - dt.timedelta(days=LEAD_DAYS)
        self._days = LEAD_DAYS + TAIL_DAYS
        self._links_of: dict[int, list[LinkRow]] = {}  # incoming links by successor id
        self._links_for: ProjectSchedule | None = None
        self.painted_rows = 0  # task rows drawn by the last paint (for tests)
        self.painted_ids: list[int] = []

        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self._header = _GanttHeader(self)
        metrics = QFontMetrics(style.header_font(self.font()))
        self.header_height = max(tree.header().sizeHint().height(), 2 * metrics.height() + 6)
        self.setViewportMargins(0, self.header_height, 0, 0)

        tree.verticalScrollBar().valueChanged.connect(self._refresh)
        tree.verticalScrollBar().rangeChanged.connect(self._refresh)
        tree.expanded.connect(self._refresh)
        tree.collapsed.connect(self._refresh)
        self.horizontalScrollBar().valueChanged.connect(self._refresh)
        model.modelReset.connect(self._schedule_changed)
        model.dataChanged.connect(self._schedule_changed)
        model.layoutChanged.connect(self._refresh)
        shown = tree.model()
        if shown is not None and shown is not model:
            for signal in (shown.modelReset, shown.layoutChanged):
                signal.connect(self._refresh)
            shown.rowsInserted.connect(self._refresh)
            shown.rowsRemoved.connect(self._refresh)
        self._update_span()

    # -- geometry -------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, pixels_per_day: float, anchor: float | None = None) -> None:
        """Pixels per day, between 2 and 200; the date at viewport x ``anchor`` stays put."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, float(pixels_per_day)))
        if zoom == self._zoom:
            return
        if anchor is None:
            anchor = self.viewport().width() / 2
        day = (self.horizontalScrollBar().value() + anchor) / self._zoom
        self._zoom = zoom
        self._update_span()
        self.horizontalScrollBar().setValue(round(day * zoom - anchor))
        self._refresh()

    def set_header_height(self, height: int) -> None:
        """Make the time scale as tall as whatever sits above the tree's rows."""
        self.header_height = max(1, height)
        self.setViewportMargins(0, self.header_height, 0, 0)
        self._place_header()

    def x_of(self, instant: int) -> float:
        """The viewport x of an instant (minutes since 1984)."""
        origin = day_instant(self._origin_day)
        return (
            instant - origin
        ) * self._zoom / MINUTES_PER_DAY - self.horizontalScrollBar().value()

    def _x_of_day(self, day: dt.date) -> float:
        return (day - self._origin_day).days * self._zoom - self.horizontalScrollBar().value()

    def _update_span(self) -> None:
        result = self._model.schedule.result if self._model.loaded else None
        if result is not None:
            first = (result.project_start // MINUTES_PER_DAY) - LEAD_DAYS
            last = (max(result.project_finish, result.project_start) // MINUTES_PER_DAY) + 1
            self._origin_day = dt.date(1984, 1, 1) + dt.timedelta(days=first)
            self._days = last + TAIL_DAYS - first
        bar = self.horizontalScrollBar()
        width = self.viewport().width()
        bar.setRange(0, max(0, math.ceil(self._days * self._zoom) - width))
        bar.setPageStep(max(1, width))
        bar.setSingleStep(max(1, round(self._zoom)))

    def _place_header(self) -> None:
        area = self.viewport().geometry()
        self._header.setGeometry(
            area.x(), area.y() - self.header_height, area.width(), self.header_height
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()
        self._update_span()

    def _refresh(self, *_args: object) -> None:
        self.viewport().update()
        self._header.update()

    def _schedule_changed(self, *_args: object) -> None:
        self._update_span()
        self._refresh()

    # -- rows -----------------------------------------------------------------------------------
    def _source(self, index: QModelIndex) -> QModelIndex:
        model = index.model()
        while isinstance(model, QAbstractProxyModel):
            index = model.mapToSource(index)
            model = index.model()
        return index

    def visible_rows(self) -> list[ChartRow]:
        """The task rows the tree shows from its top down to this viewport's height."""
        if not self._model.loaded:
            return []
        tree = self._tree
        limit = self.viewport().height()
        rows: list[ChartRow] = []
        index = tree.indexAt(QPoint(0, 0))
        while index.isValid():
            rect = tree.visualRect(index)
            if rect.top() >= limit or rect.height() <= 0:
                break
            task = self._model.task(self._source(index))
            if task is not None:
                dates = self._model.dates(task.id)
                rows.append(ChartRow(task, dates, rect.top(), rect.height()))
            index = tree.indexBelow(index)
        return rows

    def _row_at(self, y: int) -> ChartRow | None:
        for row in self.visible_rows():
            if row.top <= y < row.top + row.height:
                return row
        return None

    def _bar(self, row: ChartRow) -> QRectF | None:
        """The bar's rectangle: a summary's bracket bar, a milestone's diamond's bounds."""
        dates = row.dates
        if dates is None:
            return None
        style = self.gantt_style
        start = self.x_of(dates.start)
        if row.task.milestone and not row.task.summary:
            side = max(4.0, row.height - 2.0 * style.milestone_padding)
            return QRectF(start - side / 2, row.middle - side / 2, side, side)
        height = max(2.0, row.height - 2.0 * style.bar_padding)
        top = row.top + (row.height - height) / 2
        width = max(style.min_bar_width, self.x_of(dates.finish) - start)
        if row.task.summary:
            return QRectF(start, top, width, max(2.0, height * style.summary_height))
        return QRectF(start, top, width, height)

    def bar_rect(self, task_id: int) -> QRectF | None:
        """The task's bar in viewport coordinates; None when its row is not shown."""
        for row in self.visible_rows():
            if row.task.id == task_id:
                return self._bar(row)
        return None

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _visible_days(self, width: int) -> tuple[dt.date, dt.date]:
        scrolled = self.horizontalScrollBar().value()
        first = math.floor(scrolled / self._zoom)
        last = math.ceil((scrolled + width) / self._zoom)
        return (
            self._origin_day + dt.timedelta(days=first),
            self._origin_day + dt.timedelta(days=last),
        )

    def _paint(self, painter: QPainter) -> None:
        style = self.gantt_style
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, style.color("background"))
        self.painted_rows = 0
        self.painted_ids = []
        if not self._model.loaded:
            return
        first, last = self._visible_days(width)
        calendar = self._model.schedule.project_calendar
        shade = style.color("non_working")
        day = first
        while day <= last:
            if not calendar.is_working_day(day):
                painter.fillRect(QRectF(self._x_of_day(day), 0, self._zoom, height), shade)
            day += dt.timedelta(days=1)

        rows = self.visible_rows()
        self.painted_rows = len(rows)
        self.painted_ids = [row.task.id for row in rows]
        painter.setPen(QPen(style.color("row_line"), 1))
        for row in rows:
            y = row.top + row.height - 0.5
            painter.drawLine(QPointF(0, y), QPointF(width, y))

        today = self.x_of(to_instant(dt.datetime.now()))
        if 0 <= today <= width:
            pen = QPen(style.color("today_line"), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(today, 0), QPointF(today, height))

        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bars = {row.task.id: (row, self._bar(row)) for row in rows}
        self._paint_links(painter, bars)
        painter.setFont(style.name_font(self.font()))
        for row, bar in bars.values():
            if bar is not None:
                self._paint_bar(painter, row, bar, width)

    def _paint_bar(self, painter: QPainter, row: ChartRow, bar: QRectF, width: int) -> None:
        style = self.gantt_style
        task, dates = row.task, row.dates
        critical = dates is not None and dates.critical
        if bar.left() <= width and bar.right() >= 0:
            if task.summary:
                self._paint_summary(painter, bar, row)
            elif task.milestone:
                color = style.color("critical_milestone" if critical else "milestone")
                painter.setPen(QPen(color.darker(130), 1))
                painter.setBrush(QBrush(color))
                center = bar.center()
                half = bar.width() / 2
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(center.x(), center.y() - half),
                            QPointF(center.x() + half, center.y()),
                            QPointF(center.x(), center.y() + half),
                            QPointF(center.x() - half, center.y()),
                        ]
                    )
                )
            else:
                fill = style.color("critical_bar" if critical else "task_bar")
                outline = style.color("critical_outline" if critical else "bar_outline")
                painter.setPen(QPen(outline, 1))
                painter.setBrush(QBrush(fill))
                painter.drawRect(bar)
                percent = self._model.percent_complete(task)
                if percent > 0:
                    done = QRectF(bar)
                    done.setWidth(bar.width() * min(100, percent) / 100)
                    progress = style.color("critical_progress" if critical else "task_progress")
                    painter.fillRect(done, progress)
        text_x = bar.right() + style.text_gap
        if text_x < width:
            painter.setPen(style.color("text"))
            area = QRectF(text_x, row.top, max(0.0, width - text_x), row.height)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, task.name
            )

    def _paint_summary(self, painter: QPainter, bar: QRectF, row: ChartRow) -> None:
        """A black bar with a downward point at each end, as in Microsoft Project."""
        color = self.gantt_style.color("summary_bar")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawRect(bar)
        tip = min(row.top + row.height - self.gantt_style.bar_padding, bar.bottom() + 5)
        side = min(5.0, max(2.0, bar.width() / 2))
        for x, sign in ((bar.left(), 1), (bar.right(), -1)):
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x, bar.bottom()),
                        QPointF(x + sign * side, bar.bottom()),
                        QPointF(x, tip),
                    ]
                )
            )

    def _paint_links(
        self, painter: QPainter, bars: dict[int, tuple[ChartRow, QRectF | None]]
    ) -> None:
        """Elbow lines with an arrow head for links whose both tasks are on visible rows."""
        schedule = self._model.schedule
        if self._links_for is not schedule:
            links: dict[int, list[LinkRow]] = {}
            for link in schedule.links:
                links.setdefault(link.successor_id, []).append(link)
            self._links_of, self._links_for = links, schedule
        color = self.gantt_style.color("link")
        painter.setPen(QPen(color, 1))
        for successor_id, (target_row, target) in bars.items():
            for link in self._links_of.get(successor_id, ()):
                source_row, source = bars.get(link.predecessor_id, (None, None))
                if source is None or source_row is None or target is None:
                    continue
                self._paint_link(painter, link.type, source_row, source, target_row, target)

    @staticmethod
    def _link_turn(sx: float, tx: float, leave: int, enter: int) -> float | None:
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

    def _paint_link(
        self,
        painter: QPainter,
        kind: LinkType,
        source_row: ChartRow,
        source: QRectF,
        target_row: ChartRow,
        target: QRectF,
    ) -> None:
        from_finish = kind in (LinkType.FS, LinkType.FF)
        to_start = kind in (LinkType.FS, LinkType.SS)
        sx = source.right() if from_finish else source.left()
        tx = target.left() if to_start else target.right()
        sy, ty = source_row.middle, target_row.middle
        leave = 1 if from_finish else -1  # the side the line leaves its bar
        enter = 1 if to_start else -1  # +1: the arrow points right, into the bar's start
        turn = self._link_turn(sx, tx, leave, enter)
        points = [QPointF(sx, sy)]
        if turn is not None:
            points += [QPointF(turn, sy), QPointF(turn, ty), QPointF(tx, ty)]
        else:  # no room in between: leave the bar, go between the rows, come back
            out = sx + leave * LINK_STUB
            approach = tx - enter * LINK_STUB
            between = target_row.top if ty > sy else target_row.top + target_row.height
            points += [
                QPointF(out, sy),
                QPointF(out, between),
                QPointF(approach, between),
                QPointF(approach, ty),
                QPointF(tx, ty),
            ]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QBrush(painter.pen().color()))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(tx, ty),
                    QPointF(tx - enter * ARROW * 1.5, ty - ARROW),
                    QPointF(tx - enter * ARROW * 1.5, ty + ARROW),
                ]
            )
        )

    def paint_header(self, painter: QPainter, width: int, height: int) -> None:
        """Months over days (from 12 px/day) or over ISO weeks."""
        style = self.gantt_style
        painter.fillRect(0, 0, width, height, style.color("header_background"))
        font = style.header_font(self.font())
        painter.setFont(font)
        metrics = QFontMetrics(font)
        middle = height // 2
        line = QPen(style.color("header_line"), 1)
        text = style.color("header_text")
        first, last = self._visible_days(width)
        locale = self._model.locale

        month = first.replace(day=1)
        while month <= last:
            following = (month + dt.timedelta(days=32)).replace(day=1)
            left, right = self._x_of_day(month), self._x_of_day(following)
            shown_left, shown_right = max(0.0, left), min(float(width), right)
            label = ""
            qdate = QDate(month.year, month.month, 1)
            for pattern in ("MMMM yyyy", "MMM yyyy", "MMM"):
                candidate = locale.toString(qdate, pattern)
                if metrics.horizontalAdvance(candidate) + 6 <= shown_right - shown_left:
                    label = candidate
                    break
            painter.setPen(text)
            if label:
                painter.drawText(
                    QRectF(shown_left + 3, 0, shown_right - shown_left - 3, middle),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    label,
                )
            painter.setPen(line)
            painter.drawLine(QPointF(left, 0), QPointF(left, height))
            month = following

        calendar = self._model.schedule.project_calendar if self._model.loaded else None
        days = self._zoom >= DAY_LABELS_FROM
        day = first if days else first - dt.timedelta(days=first.weekday())
        step = dt.timedelta(days=1 if days else 7)
        cell = self._zoom * (1 if days else 7)
        while day <= last:
            left = self._x_of_day(day)
            if days:
                if calendar is not None and not calendar.is_working_day(day):
                    painter.fillRect(
                        QRectF(left, middle, cell, height - middle), style.color("non_working")
                    )
                label = str(day.day)
            else:
                label = f"W{day.isocalendar().week}"
            if metrics.horizontalAdvance(label) + 2 <= cell:
                painter.setPen(text)
                painter.drawText(
                    QRectF(left, middle, cell, height - middle),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
            painter.setPen(line)
            painter.drawLine(QPointF(left, middle), QPointF(left, height))
            day += step
        painter.setPen(line)
        painter.drawLine(QPointF(0, middle), QPointF(width, middle))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(width, height - 0.5))

    # -- interaction ----------------------------------------------------------------------------
    def tooltip_text(self, task: TaskRow) -> str:
        model = self._model
        start, finish = self.tr("Start"), self.tr("Finish")
        duration, total_float = self.tr("Duration"), self.tr("Total float")
        return "\n".join(
            [
                task.name,
                f"{start}: {model.text(task, 'start')}",
                f"{finish}: {model.text(task, 'finish')}",
                f"{duration}: {model.text(task, 'duration')}",
                f"{total_float}: {model.text(task, 'total_float')}",
            ]
        )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(row.task), self.viewport())
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier or (delta.x() and not delta.y()):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (delta.x() or delta.y()))
            event.accept()
            return
        bar = self._tree.verticalScrollBar()  # the tree owns the vertical scrolling
        bar.setValue(bar.value() - round(delta.y() / 120 * 3 * bar.singleStep()))
        event.accept()
