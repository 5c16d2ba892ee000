"""The risk heat map: two 5 × 5 probability × impact grids (inherent and residual) side by
side, cells coloured by the project's bands and showing how many open risks sit there.

Clicking a cell asks the register to show only those risks; clicking it again (or
``clear_selection``) shows all. A cell's tooltip lists its risks.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.risks import SCALE, RiskScales
from app.views.risk_labels import BAND_COLOURS, BAND_EDGES, scale_label
from app.views.risk_table_model import HeatCell

GRIDS = ("inherent", "residual")
CELL = 40  # preferred cell size in pixels
MIN_CELL = 24


@dataclass(frozen=True, slots=True)
class HeatRisk:
    """What the heat map needs of an open risk."""

    ref: str
    title: str
    inherent: tuple[int, int]  # probability, impact
    residual: tuple[int, int]


class RiskHeatMap(QWidget):
    """Paints both grids; ``cell_clicked`` carries the HeatCell clicked, or None to clear."""

    cell_clicked = Signal(object)  # HeatCell | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskHeatMap")
        self.scales = RiskScales()
        self.risks: list[HeatRisk] = []
        self._counts: dict[HeatCell, int] = {}
        self.selected: HeatCell | None = None
        self._titles = {"inherent": "", "residual": ""}
        self._axis = ("", "")  # probability, impact
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self._titles = {"inherent": self.tr("Inherent"), "residual": self.tr("Residual")}
        self._axis = (self.tr("Probability"), self.tr("Impact"))
        self.setToolTip("")
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------
    def set_risks(self, risks: list[HeatRisk], scales: RiskScales) -> None:
        self.risks = risks
        self.scales = scales
        self._counts: dict[HeatCell, int] = {}
        for risk in risks:
            for grid in GRIDS:
                cell = HeatCell(grid, *getattr(risk, grid))
                self._counts[cell] = self._counts.get(cell, 0) + 1
        self.update()

    def set_selected(self, cell: HeatCell | None) -> None:
        self.selected = cell
        self.update()

    def clear_selection(self) -> None:
        if self.selected is not None:
            self.selected = None
            self.update()
            self.cell_clicked.emit(None)

    def risks_in(self, cell: HeatCell) -> list[HeatRisk]:
        where = (cell.probability, cell.impact)
        return [r for r in self.risks if getattr(r, cell.grid) == where]

    def count(self, cell: HeatCell) -> int:
        return self._counts.get(cell, 0)

    # -- geometry --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(2 * (5 * CELL + 70) + 40, 5 * CELL + 90)

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * (5 * MIN_CELL + 60) + 30, 5 * MIN_CELL + 80)

    def _layout(self) -> tuple[int, int, int]:
        """(cell size, left of the first grid, top of the grids)."""
        label_width = self.fontMetrics().horizontalAdvance("5") + 46  # axis title and ticks
        gap = 28
        title_height = self.fontMetrics().height() + 8
        bottom = 2 * self.fontMetrics().height() + 14
        cell = min(
            (self.width() - 2 * label_width - gap - 8) // 10,
            (self.height() - title_height - bottom - 4) // 5,
        )
        cell = max(MIN_CELL, min(cell, 64))
        total = 2 * (label_width + 5 * cell) + gap
        left = max(0, (self.width() - total) // 2) + label_width
        return cell, left, title_height + 2

    def grid_rect(self, grid: str) -> QRect:
        cell, left, top = self._layout()
        label_width = self.fontMetrics().horizontalAdvance("5") + 46
        offset = GRIDS.index(grid) * (5 * cell + label_width + 28)
        return QRect(left + offset, top, 5 * cell, 5 * cell)

    def cell_rect(self, grid: str, probability: int, impact: int) -> QRect:
        """Where a cell is drawn: probability 5 at the top, impact 5 at the right."""
        cell, _left, _top = self._layout()
        area = self.grid_rect(grid)
        return QRect(
            area.left() + (impact - 1) * cell, area.top() + (5 - probability) * cell, cell, cell
        )

    def cell_at(self, point: QPoint) -> HeatCell | None:
        for grid in GRIDS:
            area = self.grid_rect(grid)
            if area.contains(point):
                cell, _left, _top = self._layout()
                impact = (point.x() - area.left()) // cell + 1
                probability = 5 - (point.y() - area.top()) // cell
                if probability in SCALE and impact in SCALE:
                    return HeatCell(grid, probability, impact)
        return None

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        cell, _left, top = self._layout()
        bold = QFont(self.font())
        bold.setBold(True)
        count_font = QFont(bold)
        count_font.setPointSizeF(max(8.0, bold.pointSizeF() * (1.25 if cell >= 36 else 1.0)))
        text_colour = QColor("#202124")
        metrics = self.fontMetrics()
        for grid in GRIDS:
            area = self.grid_rect(grid)
            painter.setFont(bold)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRect(area.left(), 0, area.width(), top - 2),
                int(Qt.AlignmentFlag.AlignCenter),
                self._titles[grid],
            )
            for probability in SCALE:
                for impact in SCALE:
                    rect = self.cell_rect(grid, probability, impact)
                    band = self.scales.band_of(probability, impact)
                    here = HeatCell(grid, probability, impact)
                    count = self.count(here)
                    fill = QColor(BAND_COLOURS[band])
                    if not count:
                        fill = fill.lighter(112)
                    painter.fillRect(rect, fill)
                    painter.setPen(QPen(QColor("#ffffff"), 1))
                    painter.drawRect(rect.adjusted(0, 0, -1, -1))
                    if count:
                        painter.setFont(count_font)
                        painter.setPen(text_colour)
                        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(count))
                    if here == self.selected:
                        painter.setPen(QPen(BAND_EDGES[band].darker(150), 3))
                        painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -2.5, -2.5))
            painter.setPen(self.palette().windowText().color())
            painter.setFont(self.font())
            for level in SCALE:
                row = self.cell_rect(grid, level, 1)
                painter.drawText(
                    QRect(row.left() - 22, row.top(), 18, row.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(level),
                )
                column = self.cell_rect(grid, 1, level)
                painter.drawText(
                    QRect(column.left(), area.bottom() + 3, column.width(), metrics.height()),
                    int(Qt.AlignmentFlag.AlignCenter),
                    str(level),
                )
            painter.drawText(
                QRect(
                    area.left(),
                    area.bottom() + 4 + metrics.height(),
                    area.width(),
                    metrics.height() + 4,
                ),
                int(Qt.AlignmentFlag.AlignCenter),
                self._axis[1] + " →",
            )
            painter.save()
            painter.translate(area.left() - 28, area.center().y())
            painter.rotate(-90)
            painter.drawText(
                QRect(-area.height() // 2, -metrics.height(), area.height(), metrics.height() + 2),
                int(Qt.AlignmentFlag.AlignCenter),
                self._axis[0] + " →",
            )
            painter.restore()
        painter.end()

    # -- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            return
        self.selected = None if cell == self.selected else cell
        self.update()
        self.cell_clicked.emit(self.selected)

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
        """The risks in the cell under ``point``, one a line, under the cell's description."""
        cell = self.cell_at(point)
        if cell is None:
            return ""
        probability = scale_label(self.scales.probability_labels[cell.probability - 1])
        impact = scale_label(self.scales.impact_labels[cell.impact - 1])
        heading = self.tr("{0}: probability {1} ({2}), impact {3} ({4})").format(
            self._titles[cell.grid], cell.probability, probability, cell.impact, impact
        )
        lines = [f"{risk.ref}  {risk.title}" for risk in self.risks_in(cell)]
        return "\n".join([heading, *(lines or [self.tr("No open risks")])])
