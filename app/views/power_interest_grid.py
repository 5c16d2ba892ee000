"""The power/interest grid: every stakeholder as a labelled dot in one of four quadrants.

Power runs up (1 at the bottom, 5 at the top), interest across (1 left, 5 right).
Each of the 25 score cells lists its stakeholders one under the other, a coloured
dot (the attitude) and the name, so dots in the same cell never overlap; a cell too
small for all of them ends with "+N more". The quadrant lines lie between 2 and 3
(a score of 3 counts as high, see ``app.domain.stakeholders``).

Clicking a dot emits ``stakeholder_clicked(id)``; clicking elsewhere in a quadrant
emits ``quadrant_clicked(Quadrant)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.stakeholders import SCORE_MAX, SCORE_MIN, Quadrant, is_high
from app.services.stakeholders import StakeholderData
from app.views.stakeholder_labels import (
    ATTITUDE_COLOUR,
    QUADRANT_FILL,
    QUADRANT_INK,
    attitude_label,
    quadrant_label,
)

SCORES = range(SCORE_MIN, SCORE_MAX + 1)
DOT = 9  # diameter of a stakeholder's dot
SEPARATOR = 4  # between the quadrants
TEXT_INK = QColor("#202124")
AXIS_INK = QColor("#5f6368")


@dataclass(slots=True)
class _Item:
    """A stakeholder in a cell (its name on one or two lines), or a full cell's "+N more"."""

    rect: QRect
    stakeholder: StakeholderData | None
    lines: list[str]
    hidden: list[StakeholderData] = field(default_factory=list)


def _wrap(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The name on one line, or on two when it is too wide (the second elided if need be)."""
    if metrics.horizontalAdvance(text) <= width or " " not in text:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    words = text.split(" ")
    first = words[0]
    rest = 1
    while rest < len(words) and metrics.horizontalAdvance(f"{first} {words[rest]}") <= width:
        first = f"{first} {words[rest]}"
        rest += 1
    second = " ".join(words[rest:])
    return [
        metrics.elidedText(first, Qt.TextElideMode.ElideRight, width),
        metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
    ]


@dataclass(slots=True)
class _Layout:
    quadrants: dict[Quadrant, QRect]
    bands: dict[Quadrant, QRect]
    cells: dict[tuple[int, int], QRect]  # (power, interest) -> rect
    items: list[_Item]
    power_axis: QRect
    interest_axis: QRect
    legend: QRect


class PowerInterestGrid(QWidget):
    stakeholder_clicked = Signal(int)
    quadrant_clicked = Signal(object)  # Quadrant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("powerInterestGrid")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stakeholders: list[StakeholderData] = []
        self._selected: int | None = None
        self._dimmed: frozenset[int] = frozenset()
        self._highlighted: Quadrant | None = None
        self._layout: _Layout | None = None
        self._texts: dict[str, str] = {}
        self.retranslate()

    # -- what it shows ---------------------------------------------------------------
    def set_stakeholders(self, stakeholders: list[StakeholderData]) -> None:
        self._stakeholders = list(stakeholders)
        self._invalidate()

    def set_selected(self, stakeholder_id: int | None) -> None:
        if stakeholder_id != self._selected:
            self._selected = stakeholder_id
            self.update()

    def set_dimmed(self, stakeholder_ids: frozenset[int]) -> None:
        """Stakeholders the register's filters hide: drawn faint."""
        if stakeholder_ids != self._dimmed:
            self._dimmed = stakeholder_ids
            self.update()

    def set_highlighted_quadrant(self, value: Quadrant | None) -> None:
        if value != self._highlighted:
            self._highlighted = value
            self.update()

    @property
    def selected(self) -> int | None:
        return self._selected

    def retranslate(self) -> None:
        self._texts = {
            "power": self.tr("Power / influence"),
            "interest": self.tr("Interest"),
            "more": self.tr("+{0} more"),
        }
        self.setToolTip("")
        self.setAccessibleName(self.tr("Power/interest grid"))
        self._invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._invalidate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 260)

    # -- geometry ----------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._layout = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Names, quadrant titles, and the small print of ticks and legend."""
        base = self.font().pointSizeF()
        label = QFont(self.font())
        label.setPointSizeF(max(6.0, base * 0.92))
        title = QFont(self.font())
        title.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, base * 0.85))
        return label, title, small

    def layout_now(self) -> _Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> _Layout:
        label_font, title_font, small_font = self._fonts()
        fm = QFontMetrics(label_font)
        title_fm = QFontMetrics(title_font)
        small_fm = QFontMetrics(small_font)
        line = small_fm.height()
        left = fm.height() + 4 + small_fm.horizontalAdvance("5") + 8
        bottom = line + fm.height() + 12
        plot = QRect(left, 4, max(10, self.width() - left - 6), max(10, self.height() - 4 - bottom))
        band = title_fm.height() + 6
        rows_height = plot.height() - 2 * band - SEPARATOR
        columns_width = plot.width() - SEPARATOR
        row_h = max(4, rows_height // 5)
        col_w = max(4, columns_width // 5)

        def column_x(interest: int) -> int:
            return plot.left() + (interest - 1) * col_w + (SEPARATOR if is_high(interest) else 0)

        def row_y(power: int) -> int:
            if is_high(power):  # 5, 4, 3 under the top band
                return plot.top() + band + (SCORE_MAX - power) * row_h
            low_top = plot.top() + band + 3 * row_h + SEPARATOR + band
            return low_top + (2 - power) * row_h

        cells = {
            (power, interest): QRect(column_x(interest), row_y(power), col_w, row_h)
            for power in SCORES
            for interest in SCORES
        }
        high_top = plot.top()
        low_top = plot.top() + band + 3 * row_h + SEPARATOR
        left_x = column_x(1)
        right_x = column_x(3)
        left_w = 2 * col_w
        right_w = 3 * col_w
        bands = {
            Quadrant.KEEP_SATISFIED: QRect(left_x, high_top, left_w, band),
            Quadrant.MANAGE_CLOSELY: QRect(right_x, high_top, right_w, band),
            Quadrant.MONITOR: QRect(left_x, low_top, left_w, band),
            Quadrant.KEEP_INFORMED: QRect(right_x, low_top, right_w, band),
        }
        quadrants = {
            Quadrant.KEEP_SATISFIED: QRect(left_x, high_top, left_w, band + 3 * row_h),
            Quadrant.MANAGE_CLOSELY: QRect(right_x, high_top, right_w, band + 3 * row_h),
            Quadrant.MONITOR: QRect(left_x, low_top, left_w, band + 2 * row_h),
            Quadrant.KEEP_INFORMED: QRect(right_x, low_top, right_w, band + 2 * row_h),
        }
        by_cell: dict[tuple[int, int], list[StakeholderData]] = {}
        for item in self._stakeholders:
            key = (min(max(item.power, 1), 5), min(max(item.interest, 1), 5))
            by_cell.setdefault(key, []).append(item)
        items: list[_Item] = []
        line_h = max(fm.height(), DOT) + 2
        for key, people in by_cell.items():
            items.extend(self._place(cells[key], people, fm, line_h))
        legend = QRect(plot.left(), plot.bottom() + line + 6, plot.width(), fm.height() + 2)
        return _Layout(
            quadrants=quadrants,
            bands=bands,
            cells=cells,
            items=items,
            power_axis=QRect(0, plot.top(), fm.height() + 2, plot.height()),
            interest_axis=QRect(plot.left(), plot.bottom() + 2, plot.width(), line + 2),
            legend=legend,
        )

    def _place(
        self, cell: QRect, people: list[StakeholderData], fm: QFontMetrics, line_h: int
    ) -> list[_Item]:
        """One under the other, names wrapped when there is room, else "+N more" at the end."""
        text_width = cell.width() - 4 - (4 + DOT + 4) - 2
        room = cell.height() - 4
        # One line each, then two for the names that do not fit, as long as there is room.
        wrapped = [_wrap(person.name, fm, text_width) for person in people]
        lines = [[fm.elidedText(p.name, Qt.TextElideMode.ElideRight, text_width)] for p in people]
        used = len(people) * line_h
        for number, two in enumerate(wrapped):
            if len(two) == 2 and used + line_h <= room:
                lines[number] = two
                used += line_h
        wrapped = lines
        capacity = max(1, room // line_h)
        shown = len(people) if len(people) <= capacity else capacity - 1
        hidden = people[shown:]
        height = sum(len(lines) for lines in wrapped[:shown]) * line_h + (line_h if hidden else 0)
        y = cell.top() + max(2, (cell.height() - height) // 2)
        items = []
        for person, lines in zip(people[:shown], wrapped[:shown], strict=True):
            rect = QRect(cell.left() + 2, y, cell.width() - 4, len(lines) * line_h)
            items.append(_Item(rect, person, lines))
            y += rect.height()
        if hidden:
            text = self._texts["more"].replace("{0}", str(len(hidden)))
            rect = QRect(cell.left() + 2, y, cell.width() - 4, line_h)
            items.append(_Item(rect, None, [text], hidden))
        return items

    # -- where things are (for clicks and tests) ------------------------------------------
    def dot_position(self, stakeholder_id: int) -> QPoint | None:
        """The centre of a stakeholder's dot, or None when its cell has no room for it."""
        for item in self.layout_now().items:
            if item.stakeholder is not None and item.stakeholder.id == stakeholder_id:
                line_h = item.rect.height() // len(item.lines)
                return QPoint(item.rect.left() + 4 + DOT // 2, item.rect.top() + line_h // 2)
        return None

    def quadrant_position(self, value: Quadrant) -> QPoint:
        """A point in the quadrant's title band, clear of any dot."""
        return self.layout_now().bands[value].center()

    def item_at(self, point: QPoint) -> _Item | None:
        for item in self.layout_now().items:
            if item.rect.contains(point):
                return item
        return None

    def quadrant_at(self, point: QPoint) -> Quadrant | None:
        for value, rect in self.layout_now().quadrants.items():
            if rect.contains(point):
                return value
        return None

    # -- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        item = self.item_at(point)
        if item is not None and item.stakeholder is not None:
            self.stakeholder_clicked.emit(item.stakeholder.id)
            event.accept()
            return
        area = self.quadrant_at(point)
        if area is not None:
            self.quadrant_clicked.emit(area)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position().toPoint())
        over = item is not None and item.stakeholder is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        item = self.item_at(point)
        if item is not None and item.stakeholder is not None:
            person = item.stakeholder
            heading = " — ".join(part for part in (person.name, person.role) if part)
            return "\n".join(
                (
                    heading,
                    self.tr("Power {0}, interest {1}: {2}")
                    .replace("{0}", str(person.power))
                    .replace("{1}", str(person.interest))
                    .replace("{2}", quadrant_label(person.quadrant)),
                    self.tr("Attitude: {0}").replace("{0}", attitude_label(person.attitude)),
                )
            )
        if item is not None:
            return "\n".join(person.name for person in item.hidden)
        area = self.quadrant_at(point)
        if area is not None:
            return self.tr("{0}: click to show only these stakeholders").replace(
                "{0}", quadrant_label(area)
            )
        return ""

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_now()
        label_font, title_font, small_font = self._fonts()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        for value, rect in layout.quadrants.items():
            painter.fillRect(rect, QUADRANT_FILL[value])
        # Thin lines between the score cells show the 5 x 5 scale.
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1))
        for (power, interest), rect in layout.cells.items():
            if power not in (SCORE_MAX, 2):  # not the top row of a quadrant
                painter.drawLine(rect.topLeft(), rect.topRight())
            if interest not in (1, 3):
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setFont(title_font)
        for value, rect in layout.bands.items():
            painter.setPen(QUADRANT_INK[value])
            text = QFontMetrics(title_font).elidedText(
                quadrant_label(value), Qt.TextElideMode.ElideRight, rect.width() - 12
            )
            painter.drawText(
                rect.adjusted(6, 0, -6, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if self._highlighted is not None:
            painter.setPen(QPen(QUADRANT_INK[self._highlighted], 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(layout.quadrants[self._highlighted]).adjusted(1, 1, -1, -1))
        self._paint_axes(painter, layout, small_font, label_font)
        self._paint_items(painter, layout, label_font, small_font)
        self._paint_legend(painter, layout, small_font, label_font)
        painter.end()

    def _paint_axes(self, painter: QPainter, layout: _Layout, font: QFont, title: QFont) -> None:
        painter.setFont(font)
        painter.setPen(AXIS_INK)
        fm = QFontMetrics(font)
        axis = layout.power_axis
        for power in SCORES:
            cell = layout.cells[(power, 1)]
            tick = QRect(
                axis.right() + 2, cell.top(), cell.left() - axis.right() - 6, cell.height()
            )
            painter.drawText(
                tick, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(power)
            )
        for interest in SCORES:
            cell = layout.cells[(1, interest)]
            tick = QRect(cell.left(), layout.interest_axis.top(), cell.width(), fm.height())
            painter.drawText(tick, Qt.AlignmentFlag.AlignCenter, str(interest))
        painter.save()
        painter.setFont(title)
        painter.translate(axis.left(), axis.bottom())
        painter.rotate(-90)
        painter.drawText(
            QRect(0, 0, axis.height(), axis.width()),
            Qt.AlignmentFlag.AlignCenter,
            self._texts["power"] + "  →",
        )
        painter.restore()

    def _paint_items(
        self, painter: QPainter, layout: _Layout, font: QFont, small_font: QFont
    ) -> None:
        fm = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        for item in layout.items:
            rect = item.rect
            person = item.stakeholder
            line_h = rect.height() // len(item.lines)
            if person is None:
                painter.setFont(small_font)
                painter.setPen(AXIS_INK)
                painter.drawText(
                    rect.adjusted(4, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    item.lines[0],
                )
                continue
            selected = person.id == self._selected
            painter.setOpacity(0.3 if person.id in self._dimmed and not selected else 1.0)
            text_rect = rect.adjusted(4 + DOT + 4, 0, -2, 0)
            if selected:
                highlight = QColor(self.palette().highlight().color())
                highlight.setAlpha(60)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(highlight)
                widest = max(fm.horizontalAdvance(line) for line in item.lines)
                painter.drawRoundedRect(
                    QRectF(rect.adjusted(0, 0, -(text_rect.width() - widest - 6), 0)), 3, 3
                )
            centre = QPointF(rect.left() + 4 + DOT / 2, rect.top() + line_h / 2 + 0.5)
            painter.setBrush(ATTITUDE_COLOUR[person.attitude])
            painter.setPen(QPen(TEXT_INK, 2) if selected else QPen(QColor("white"), 1))
            painter.drawEllipse(centre, DOT / 2, DOT / 2)
            # Bold for the selected one, when the name still fits in bold.
            use_bold = selected and all(
                bold_fm.horizontalAdvance(line) <= text_rect.width() for line in item.lines
            )
            painter.setFont(bold if use_bold else font)
            painter.setPen(TEXT_INK)
            for number, line in enumerate(item.lines):
                painter.drawText(
                    QRect(
                        text_rect.left(), rect.top() + number * line_h, text_rect.width(), line_h
                    ),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )
        painter.setOpacity(1.0)

    def _paint_legend(self, painter: QPainter, layout: _Layout, font: QFont, title: QFont) -> None:
        fm = QFontMetrics(font)
        rect = layout.legend
        painter.setPen(AXIS_INK)
        painter.setFont(title)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._texts["interest"] + "  →",
        )
        painter.setFont(font)
        entries = [(ATTITUDE_COLOUR[a], attitude_label(a)) for a in ATTITUDE_COLOUR]
        width = sum(DOT + 4 + fm.horizontalAdvance(text) + 12 for _c, text in entries)
        x = rect.right() - width
        for colour, text in entries:
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x + DOT / 2, rect.center().y() + 0.5), DOT / 2, DOT / 2)
            painter.setPen(AXIS_INK)
            advance = fm.horizontalAdvance(text)
            painter.drawText(
                QRect(x + DOT + 4, rect.top(), advance + 2, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += DOT + 4 + advance + 12
