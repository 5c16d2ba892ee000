"""The Gantt chart beside the task tree: one chart row per row the tree shows.

The chart keeps no items: every paint walks the rows the tree shows in its viewport (from the
row at y=0 down to the viewport's height) and draws only those, within the visible dates, so
a plan of 100,000 tasks costs no more to draw than one of 40. The drawing itself is
``GanttPainter``'s, shared with printing.

Bars can be edited with the mouse, each edit one undoable command, as in Microsoft Project:
drag a bar sideways to move it (a start-no-earlier-than constraint, snapped to working time),
drag its right end to change the duration, drag its left end or progress edge to set the
% complete, and drag it up or down onto another task to link the two finish-to-start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCursor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QUndoCommand,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QTreeView, QWidget

from app.commands.tasks import LinkTasksCommand, SetTaskFieldCommand
from app.domain.calendar import DurationUnit, from_instant
from app.domain.task_text import DurationValue
from app.views.gantt_painter import (
    MINUTES_PER_DAY,
    ChartRow,
    GanttOptions,
    GanttPainter,
    Tier,
    Timeline,
)
from app.views.gantt_style import DEFAULT_STYLE, GanttStyle
from app.views.task_table_model import TaskTableModel

DEFAULT_ZOOM = 24.0  # pixels per calendar day
MIN_ZOOM = 0.3  # quarters
MAX_ZOOM = 480.0  # hours, 20 px each
ZOOM_STEP = 1.25  # per wheel notch or button press
LEAD_DAYS = 7  # shown before the project start
TAIL_DAYS = 14  # shown after the project finish
GRIP = 4.0  # pixels either side of a bar's end or progress edge that grab it
DRAG_START = 4  # pixels the mouse must move before a press becomes a drag
MAX_SELECTION_CACHE = 5000  # selected rows kept as a set of ids; beyond, each row is asked

__all__ = ["ChartRow", "GanttOptions", "GanttView"]


@dataclasses.dataclass(slots=True)
class _Drag:
    """A mouse drag on a bar in progress."""

    kind: str  # move, resize, progress or link
    row: ChartRow
    bar: QRectF
    press: QPointF
    current: QPointF
    active: bool = False


class _GanttHeader(QWidget):
    """The two-tier time scale above the chart's viewport."""

    def __init__(self, gantt: GanttView) -> None:
        super().__init__(gantt)
        self._gantt = gantt
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # it fills itself

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            gantt = self._gantt
            gantt.painter.paint_header(painter, gantt.timeline(), self.width(), self.height())
        finally:
            painter.end()


class GanttView(QAbstractScrollArea):
    """Bars for the rows ``tree`` shows; the tree owns the vertical scrolling.

    Horizontally the chart spans the project (a week before its start to two weeks after its
    finish) at ``zoom`` pixels per day; Ctrl+wheel zooms, the scroll bar pans.
    """

    details_requested = Signal(int)  # a bar was double-clicked: the task's id

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
        self.painter = GanttPainter(
            model,
            style,
            GanttOptions(),
            style.name_font(self.font()),
            style.header_font(self.font()),
        )
        self._zoom = DEFAULT_ZOOM
        self._origin_day = dt.date.today() - dt.timedelta(days=LEAD_DAYS)
        self._days = LEAD_DAYS + TAIL_DAYS
        self._drag: _Drag | None = None
        self.context_actions: list[QAction] = []  # the right-click menu, set by the owner
        self.painted_rows = 0  # task rows drawn by the last paint (for tests)
        self.painted_ids: list[int] = []

        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        # every paint covers the whole viewport: Qt need not clear it first
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.viewport().setAutoFillBackground(False)
        self._header = _GanttHeader(self)
        metrics = QFontMetrics(self.painter.header_font)
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
        self._selected: set[int] | None = None
        selection = tree.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)
        if shown is not None:
            shown.modelReset.connect(self._selection_changed)
        self._update_span()

    @property
    def time_scale(self) -> QWidget:
        """The widget that draws the time scale above the chart."""
        return self._header

    # -- options --------------------------------------------------------------------------------
    @property
    def options(self) -> GanttOptions:
        return self.painter.options

    def set_options(self, options: GanttOptions) -> None:
        self.painter.options = options
        self._refresh()

    # -- geometry -------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def timeline(self) -> Timeline:
        """Where dates lie across the viewport now."""
        return Timeline(self._origin_day, self._zoom, float(self.horizontalScrollBar().value()))

    def set_zoom(self, pixels_per_day: float, anchor: float | None = None) -> None:
        """Pixels per day, from quarters to hours; the date at viewport x ``anchor`` stays put."""
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

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        """The whole project, start to finish, across the chart's width."""
        result = self._model.schedule.result if self._model.loaded else None
        if result is None:
            return
        start = result.project_start / MINUTES_PER_DAY
        finish = max(result.project_finish, result.project_start) / MINUTES_PER_DAY
        width = max(1, self.viewport().width())
        margin = 0.04 * width
        self.set_zoom((width - 2 * margin) / max(1.0, finish - start))
        self.horizontalScrollBar().setValue(round(self._x_of_days(start) - margin))

    def scroll_to_task(self, task_id: int) -> None:
        """Bring the task's row into the tree's view and its bar into the chart's."""
        index = self._view_index(task_id)
        if index.isValid():
            self._tree.scrollTo(index)
        dates = self._model.dates(task_id)
        if dates is not None:
            start = dates.start / MINUTES_PER_DAY
            margin = 0.1 * self.viewport().width()
            self.horizontalScrollBar().setValue(round(self._x_of_days(start) - margin))

    def _x_of_days(self, days_since_1984: float) -> float:
        """The unscrolled x of a day number (days since 1984)."""
        origin = (self._origin_day - dt.date(1984, 1, 1)).days
        return (days_since_1984 - origin) * self._zoom

    def set_header_height(self, height: int) -> None:
        """Make the time scale as tall as whatever sits above the tree's rows."""
        self.header_height = max(1, height)
        self.setViewportMargins(0, self.header_height, 0, 0)
        self._place_header()

    def x_of(self, instant: int) -> float:
        """The viewport x of an instant (minutes since 1984)."""
        return self.timeline().x_of(instant)

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
    def _proxies(self) -> list[QAbstractProxyModel]:
        """The proxy models between the tree and the task model, the tree's own first."""
        proxies: list[QAbstractProxyModel] = []
        shown = self._tree.model()
        while isinstance(shown, QAbstractProxyModel):
            proxies.append(shown)
            shown = shown.sourceModel()
        return proxies

    def _source(self, index: QModelIndex) -> QModelIndex:
        for proxy in self._proxies():
            index = proxy.mapToSource(index)
        return index

    def _view_index(self, task_id: int) -> QModelIndex:
        """The tree's index of a task (invalid when a filter hides it)."""
        index = self._model.index_of(task_id)
        for proxy in reversed(self._proxies()):
            index = proxy.mapFromSource(index)
        return index

    def visible_rows(self) -> list[ChartRow]:
        """The task rows the tree shows from its top down to this viewport's height."""
        if not self._model.loaded:
            return []
        tree = self._tree
        limit = self.viewport().height()
        rows: list[ChartRow] = []
        index = tree.indexAt(QPoint(0, 0))
        if not index.isValid():
            return rows
        first = tree.visualRect(index)
        top, height = first.top(), first.height()
        uniform = tree.uniformRowHeights()
        task_of, dates_of = self._model.task, self._model.dates
        proxies = self._proxies()
        while index.isValid() and top < limit:
            if not uniform:
                rect = tree.visualRect(index)
                top, height = rect.top(), rect.height()
                if top >= limit or height <= 0:
                    break
            source = index
            for proxy in proxies:
                source = proxy.mapToSource(source)
            task = task_of(source)
            if task is not None:
                rows.append(ChartRow(task, dates_of(task.id), top, height))
            top += height
            index = tree.indexBelow(index)
        return rows

    def _row_at(self, y: float) -> ChartRow | None:
        for row in self.visible_rows():
            if row.top <= y < row.top + row.height:
                return row
        return None

    def bar_rect(self, task_id: int) -> QRectF | None:
        """The task's bar in viewport coordinates; None when its row is not shown."""
        for row in self.visible_rows():
            if row.task.id == task_id:
                return self.painter.bar_rect(row, self.timeline())
        return None

    def baseline_rect(self, task_id: int) -> QRectF | None:
        for row in self.visible_rows():
            if row.task.id == task_id:
                return self.painter.baseline_rect(row, self.timeline())
        return None

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        rows = self.visible_rows()
        self.painted_rows = len(rows)
        self.painted_ids = [row.task.id for row in rows]
        timeline = self.timeline()
        self.painter.paint_chart(painter, timeline, rows, width, height, today=dt.datetime.now())
        self._paint_selection(painter, rows, width)
        if self._drag is not None and self._drag.active:
            self._paint_drag(painter, self._drag, rows, timeline)

    def _selection_changed(self, *_args: object) -> None:
        self._selected = None
        self._refresh()

    def selected_ids(self) -> set[int] | None:
        """The selected tasks' ids (None when so many are selected that rows are asked instead)."""
        if self._selected is None:
            selection = self._tree.selectionModel()
            indexes = selection.selectedRows() if selection is not None else []
            if len(indexes) > MAX_SELECTION_CACHE:
                return None
            ids = set()
            for index in indexes:
                task = self._model.task(self._source(index))
                if task is not None:
                    ids.add(task.id)
            self._selected = ids
        return self._selected

    def _paint_selection(self, painter: QPainter, rows: list[ChartRow], width: int) -> None:
        """A light band over the selected rows, so the chart shows what the table selects."""
        selection = self._tree.selectionModel()
        if selection is None or not selection.hasSelection():
            return
        band = QColor(self.gantt_style.selection)
        selected = self.selected_ids()
        for row in rows:
            if selected is not None:
                chosen = row.task.id in selected
            else:
                index = self._view_index(row.task.id)
                chosen = index.isValid() and selection.isRowSelected(index.row(), index.parent())
            if chosen:
                painter.fillRect(QRectF(0, row.top, width, row.height), band)

    def _paint_drag(
        self, painter: QPainter, drag: _Drag, rows: list[ChartRow], timeline: Timeline
    ) -> None:
        """The bar where it will land (dashed), the date it will get, or the link being drawn."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = QColor(self.gantt_style.drag)
        painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        note = ""
        if drag.kind == "link":
            painter.drawLine(drag.bar.center(), drag.current)
            target = self._row_at(drag.current.y())
            if target is not None and target.task.id != drag.row.task.id:
                painter.drawRect(QRectF(0, target.top, self.viewport().width(), target.height))
                note = self.tr("Link to {0}").format(target.task.name)
        elif drag.kind == "progress":
            share = self._dragged_percent(drag) / 100
            x = drag.bar.left() + drag.bar.width() * share
            painter.drawLine(QPointF(x, drag.bar.top() - 2), QPointF(x, drag.bar.bottom() + 2))
            note = f"{self._dragged_percent(drag)}%"
        else:
            start, finish = self._dragged_span(drag, timeline)
            left, right = timeline.x_of(start), timeline.x_of(finish)
            painter.drawRect(
                QRectF(left, drag.bar.top(), max(2.0, right - left), drag.bar.height())
            )
            moment = from_instant(start if drag.kind == "move" else finish)
            note = self._model.format_moment(moment)
        if note:
            painter.setPen(self.gantt_style.color("text"))
            painter.drawText(drag.current + QPointF(12, -6), note)

    # -- editing with the mouse -----------------------------------------------------------------
    def hit(self, pos: QPointF) -> tuple[ChartRow, QRectF, str] | None:
        """The bar under ``pos`` and the part of it: resize, progress or move."""
        row = self._row_at(pos.y())
        if row is None:
            return None
        bar = self.painter.bar_rect(row, self.timeline())
        if bar is None or not bar.adjusted(-GRIP, -2, GRIP, 2).contains(pos):
            return None
        if row.task.summary or (row.task.milestone and not row.task.summary):
            return row, bar, "move"
        if abs(pos.x() - bar.right()) <= GRIP:
            return row, bar, "resize"
        progress = self.painter.progress_x(row, bar)
        if abs(pos.x() - progress) <= GRIP and (
            progress > bar.left() or pos.x() <= bar.left() + GRIP
        ):
            return row, bar, "progress"
        return row, bar, "move"

    def _select(self, task_id: int, modifiers: Qt.KeyboardModifier) -> None:
        index = self._view_index(task_id)
        selection = self._tree.selectionModel()
        if not index.isValid() or selection is None:
            return
        flags = QItemSelectionModel.SelectionFlag.Rows
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            flags |= QItemSelectionModel.SelectionFlag.Toggle
        elif selection.isRowSelected(index.row(), index.parent()):
            flags |= QItemSelectionModel.SelectionFlag.NoUpdate
        else:
            flags |= QItemSelectionModel.SelectionFlag.ClearAndSelect
        selection.setCurrentIndex(index, flags)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        row = self._row_at(pos.y())
        if row is not None and event.button() in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            self._select(row.task.id, event.modifiers())
        hit = self.hit(pos)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and hit is not None
            and not self._model.read_only
        ):
            row, bar, kind = hit
            self._drag = _Drag(kind, row, bar, QPointF(pos), QPointF(pos))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None:
            hit = self.hit(pos)
            shapes = {
                "resize": Qt.CursorShape.SizeHorCursor,
                "progress": Qt.CursorShape.SplitHCursor,
                "move": Qt.CursorShape.SizeAllCursor,
            }
            shape = shapes[hit[2]] if hit is not None else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(QCursor(shape))
            super().mouseMoveEvent(event)
            return
        drag.current = QPointF(pos)
        moved = drag.current - drag.press
        if not drag.active and max(abs(moved.x()), abs(moved.y())) >= DRAG_START:
            drag.active = True
        if drag.kind == "move" and abs(moved.y()) > drag.row.height * 0.75:
            drag.kind = "link"  # dragged off its row: Microsoft Project links the two tasks
        self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        drag.current = QPointF(event.position())
        self.viewport().update()
        if drag.active:
            command = self._drag_command(drag)
            if command is not None:
                self._model.push(command)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self.details_requested.emit(row.task.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.context_actions:
            return
        menu = QMenu(self)
        menu.addActions(self.context_actions)
        menu.exec(event.globalPos())

    def _snap(self, instant: int, *, finish: bool) -> int:
        """Round to the hour (zoomed to hours) or the day, then onto working time."""
        unit = 60 if self.painter.tiers(self.timeline())[1] is Tier.HOUR else MINUTES_PER_DAY
        rounded = round(instant / unit) * unit
        calendar = self._model.schedule.project_calendar
        return calendar.previous_working_end(rounded) if finish else calendar.next_working(rounded)

    def _dragged_span(self, drag: _Drag, timeline: Timeline) -> tuple[int, int]:
        """Start and finish instants where a moved or resized bar would land."""
        dates = drag.row.dates
        assert dates is not None
        shift = round(
            (drag.current.x() - drag.press.x()) * MINUTES_PER_DAY / timeline.pixels_per_day
        )
        calendar = self._model.schedule.calendar_of(drag.row.task)
        if drag.kind == "move":
            start = self._snap(dates.start + shift, finish=False)
            work = calendar.work_between(dates.start, dates.finish)
            return start, calendar.add_work(start, work) if work else start
        finish = self._snap(dates.finish + shift, finish=True)
        return dates.start, max(dates.start, finish)

    def _dragged_percent(self, drag: _Drag) -> int:
        """The % complete where the progress edge now lies (it moves as far as the mouse)."""
        edge = self.painter.progress_x(drag.row, drag.bar) + drag.current.x() - drag.press.x()
        share = (edge - drag.bar.left()) / max(1.0, drag.bar.width())
        return max(0, min(100, round(share * 100)))

    def _drag_command(self, drag: _Drag) -> QUndoCommand | None:
        task = drag.row.task
        document = self._model.document
        language = self._model.language
        if drag.kind == "link":
            target = self._row_at(drag.current.y())
            if target is None or target.task.id == task.id:
                return None
            return LinkTasksCommand(document, [task.id, target.task.id])
        if drag.kind == "progress":
            percent = self._dragged_percent(drag)
            if percent == self._model.percent_complete(task):
                return None
            return SetTaskFieldCommand(document, task.id, "percent_complete", percent, language)
        start, finish = self._dragged_span(drag, self.timeline())
        dates = drag.row.dates
        assert dates is not None
        if drag.kind == "move":
            if start == dates.start:
                return None
            return SetTaskFieldCommand(document, task.id, "start", from_instant(start), language)
        calendar = self._model.schedule.calendar_of(task)
        minutes = calendar.work_between(dates.start, finish)
        if minutes <= 0 or minutes == task.duration_minutes:
            return None
        unit = DurationUnit(task.duration_unit)
        if unit.value.startswith("e"):  # an elapsed duration: wall-clock minutes
            minutes = finish - dates.start
        value = DurationValue(minutes, unit, estimated=False)
        return SetTaskFieldCommand(document, task.id, "duration", value, language)

    # -- tooltips and wheel ---------------------------------------------------------------------
    def tooltip_text(self, task_id: int) -> str:
        model = self._model
        task = model.task_by_id(task_id)
        if task is None:
            return ""
        start, finish = self.tr("Start"), self.tr("Finish")
        duration, total_float = self.tr("Duration"), self.tr("Total float")
        lines = [
            task.name,
            f"{start}: {model.text(task, 'start')}",
            f"{finish}: {model.text(task, 'finish')}",
            f"{duration}: {model.text(task, 'duration')}",
            f"{total_float}: {model.text(task, 'total_float')}",
        ]
        if model.baseline(task.id) is not None:
            baseline = self.tr("Baseline")
            lines.append(
                f"{baseline}: {model.text(task, 'baseline_start')} – "
                f"{model.text(task, 'baseline_finish')}"
            )
        if task.deadline is not None:
            lines.append(f"{self.tr('Deadline')}: {model.text(task, 'deadline')}")
        return "\n".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), self.tooltip_text(row.task.id), self.viewport()
                )
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
