"""A matplotlib chart of the Budget tab: drawn when it is visible (matplotlib is imported then,
not when the window opens), redrawn when its figures change, and exported as PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.files import atomic_target

# A painter draws on a matplotlib Figure and returns False when there is nothing to draw.
Painter = Callable[[Any], bool]
EXPORT_DPI = 150  # a PNG sharp enough for a report
EXPORT_SIZE = (9.0, 5.0)  # inches: the exported chart does not depend on the window's size


class BudgetChart(QWidget):
    """One chart with "Export as PNG…" and "Export as SVG…" under it.

    ``exported(Path)`` is emitted after a file was written; ``export_failed(str)`` when not.
    """

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.canvas: Any = None
        self.figure: Any = None
        self.painter: Painter | None = None
        self.file_stem = name
        self.drawn = False  # whether the last draw had something to show
        self._stale = True
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b6b6b; padding: 12px;")
        self.empty.hide()
        self.export_png = QPushButton(self)
        self.export_svg = QPushButton(self)
        self.export_png.clicked.connect(lambda: self.export("png"))
        self.export_svg.clicked.connect(lambda: self.export("svg"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.export_png)
        buttons.addWidget(self.export_svg)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.empty, 1)
        self._layout.addLayout(buttons)
        self.empty_text = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.export_png.setText(self.tr("Export as PNG…"))
        self.export_png.setToolTip(self.tr("Save this chart as a PNG image"))
        self.export_svg.setText(self.tr("Export as SVG…"))
        self.export_svg.setToolTip(self.tr("Save this chart as an SVG drawing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- drawing ----------------------------------------------------------------------------------
    def set_painter(self, painter: Painter) -> None:
        self.painter = painter
        self.invalidate()

    def invalidate(self) -> None:
        """The figures may have changed: redraw now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw()

    def _ensure_figure(self) -> Any:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        if self.canvas is None:
            self.figure = Figure(figsize=(5, 3), dpi=self.logicalDpiY() or 96, layout="constrained")
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setParent(self)
            self.canvas.setMinimumSize(280, 200)
            self._layout.insertWidget(0, self.canvas, 1)
        return self.figure

    def draw(self) -> None:
        """Paint the figures onto the canvas (made, with matplotlib, the first time)."""
        self._stale = False
        figure = self._ensure_figure()
        figure.clear()
        self.drawn = bool(self.painter is not None and self.painter(figure))
        self.canvas.setVisible(self.drawn)
        self.empty.setText(self.empty_text)
        self.empty.setVisible(not self.drawn)
        self.export_png.setEnabled(self.drawn)
        self.export_svg.setEnabled(self.drawn)
        if self.drawn:
            self.canvas.draw()

    # -- export -----------------------------------------------------------------------------------
    def ask_export_path(self, kind: str) -> Path | None:
        """Where to save the chart (a file dialog; tests answer instead)."""
        if kind == "svg":
            title, pattern = self.tr("Export chart as SVG"), self.tr("SVG drawing (*.svg)")
        else:
            title, pattern = self.tr("Export chart as PNG"), self.tr("PNG image (*.png)")
        name, _chosen = QFileDialog.getSaveFileName(
            self, title, f"{self.file_stem}.{kind}", pattern
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")

    def export(self, kind: str) -> Path | None:
        """Save the chart as ``kind`` ("png" or "svg") where the user says; returns the file."""
        if self._stale or self.figure is None:
            self.draw()
        if not self.drawn:
            return None
        path = self.ask_export_path(kind)
        if path is None:
            return None
        try:
            self.save(path, kind)
        except OSError as exc:
            self.export_failed.emit(
                self.tr("The chart could not be saved as {0}: {1}")
                .replace("{0}", str(path))
                .replace("{1}", exc.strerror or str(exc))
            )
            return None
        self.exported.emit(path)
        return path

    def save(self, path: Path, kind: str) -> None:
        """Write the chart at a fixed size, whole or not at all (a temporary sibling renamed)."""
        figure = self.figure
        size = figure.get_size_inches()
        try:
            figure.set_size_inches(*EXPORT_SIZE)
            with atomic_target(path, overwrite=True) as temp, open(temp, "wb") as handle:
                figure.savefig(handle, format=kind, dpi=EXPORT_DPI, facecolor="white")
        finally:
            figure.set_size_inches(*size)
            if self.canvas is not None:
                self.canvas.draw_idle()
