"""How the Gantt chart looks: sizes, colours and fonts in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont


@dataclass(frozen=True, slots=True)
class GanttStyle:
    """Colours are names QColor understands; sizes are pixels, fonts point sizes."""

    bar_padding: int = 3  # free space above and below a bar within its row
    milestone_padding: int = 1  # the same for a milestone's diamond
    summary_height: float = 0.45  # a summary bracket's bar, as a share of the bar height
    text_gap: int = 5  # between a bar and its name
    min_bar_width: float = 2.0
    bar_share_with_baseline: float = 0.62  # of the bar height, when baseline bars sit below
    baseline_height: float = 0.45  # a baseline bar, as a share of the task bar's height

    task_bar: str = "#4a86d8"
    task_progress: str = "#1f4e96"
    critical_bar: str = "#e05252"
    critical_progress: str = "#9a1c1c"
    bar_outline: str = "#28508a"
    critical_outline: str = "#8a1f1f"
    summary_bar: str = "#1a1a1a"
    milestone: str = "#1a1a1a"
    critical_milestone: str = "#b01818"
    link: str = "#3c3c3c"
    today_line: str = "#d01010"
    status_line: str = "#6a2ca0"
    baseline_bar: str = "#b8b8b8"
    slack: str = "#2e9e6a"
    deadline: str = "#1e8c3a"
    selection: str = "#263874d8"  # a translucent band over selected rows (#AARRGGBB)
    drag: str = "#202020"
    non_working: str = "#ececec"
    background: str = "#ffffff"
    row_line: str = "#f2f2f2"
    header_background: str = "#f4f4f4"
    header_line: str = "#c4c4c4"
    header_text: str = "#202020"
    text: str = "#1c1c1c"
    critical_text: str = "#a50e0e"

    name_point_size: float = 9.0
    header_point_size: float = 8.5

    def color(self, name: str) -> QColor:
        """One of the colour fields as a QColor, e.g. ``style.color("task_bar")`` (shared: do
        not change it)."""
        return _qcolor(getattr(self, name))

    def name_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(self.name_point_size)
        return font

    def header_font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(self.header_point_size)
        return font


@lru_cache(maxsize=256)
def _qcolor(value: str) -> QColor:
    """Colours are asked for on every row of every paint: make each once."""
    return QColor(value)


DEFAULT_STYLE = GanttStyle()
