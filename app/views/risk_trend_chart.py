"""The exposure trend: total residual EMV and total residual score of the open threats on
each review date, drawn with matplotlib (imported only when the chart is first drawn)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.risks import ExposurePoint
from app.views.risk_labels import format_money


class RiskTrendChart(QWidget):
    """Holds the points; draws them when visible, so an unseen chart costs nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskTrendChart")
        self.points: list[ExposurePoint] = []
        self.currency = "EUR"
        self.locale = QLocale()
        self.canvas: Any = None
        self._source: Callable[[], tuple[list[ExposurePoint], str, QLocale]] | None = None
        self._figure: Any = None
        self._stale = True
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No reviews yet: the trend appears after the first review."))
        self.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_source(self, source: Callable[[], tuple[list[ExposurePoint], str, QLocale]]) -> None:
        """Where the points come from: read only when the chart is drawn."""
        self._source = source
        self.invalidate()

    def invalidate(self) -> None:
        """The points may have changed: redraw now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw()

    def draw(self) -> None:
        """Read the points and draw them; matplotlib is imported here, the first time."""
        self._stale = False
        if self._source is not None:
            self.points, self.currency, self.locale = self._source()
        self.empty.setVisible(not self.points)
        if not self.points:
            if self.canvas is not None:
                self.canvas.hide()
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        from matplotlib.ticker import FuncFormatter

        if self.canvas is None:
            self._figure = Figure(
                figsize=(4.2, 2.2), dpi=self.logicalDpiY() or 96, layout="constrained"
            )
            self.canvas = FigureCanvasQTAgg(self._figure)
            self.canvas.setParent(self)
            self.canvas.setMinimumHeight(160)
            self._layout.addWidget(self.canvas, 1)
        self.canvas.show()
        figure = self._figure
        figure.clear()
        axes = figure.add_subplot(1, 1, 1)
        scores = axes.twinx()
        dates = [point.review_date for point in self.points]
        emv = [point.emv_cents / 100 for point in self.points]
        score = [point.score for point in self.points]
        emv_colour, score_colour = "#c62828", "#1a73e8"
        axes.plot(dates, emv, color=emv_colour, marker="o", linewidth=2, label=self.tr("EMV"))
        scores.plot(
            dates,
            score,
            color=score_colour,
            marker="s",
            linewidth=1.5,
            linestyle="--",
            label=self.tr("Score"),
        )
        axes.set_ylim(bottom=0, top=max(emv) * 1.15 or 1)
        scores.set_ylim(bottom=0, top=max(score) * 1.15 or 1)
        axes.yaxis.set_major_formatter(
            FuncFormatter(
                lambda value, _pos: format_money(int(value * 100), self.currency, self.locale)
            )
        )
        axes.set_xticks(dates)
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        axes.set_xticklabels(
            [self.locale.toString(_qdate(day), _day_month(short)) for day in dates], fontsize=8
        )
        axes.tick_params(axis="y", labelsize=8, colors=emv_colour)
        scores.tick_params(axis="y", labelsize=8, colors=score_colour)
        axes.set_title(self.tr("Exposure of open threats per review"), fontsize=9)
        axes.grid(axis="y", alpha=0.3)
        lines = axes.get_lines() + scores.get_lines()
        axes.legend(lines, [line.get_label() for line in lines], fontsize=8, loc="upper right")
        self.canvas.draw_idle()


def _qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_month(short_format: str) -> str:
    """The locale's short date without the year (dd/MM/yy → dd/MM)."""
    kept = short_format.replace("yyyy", "").replace("yy", "")
    return kept.strip("/.- ") or "dd/MM"
