"""Gantt benchmark: painting the chart and the table beside it on 1k, 10k and 100k plans,
and writing a 1,000-task chart to PDF.

Run by ``make bench`` on the offscreen platform; prints figures with the CPU model and
Python version. A "paint" is one viewport's paint event after a scroll, rendered into an
image: what one frame of smooth scrolling costs that viewport.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_document import write_project
from machine import cpu_model

SIZES = (1_000, 10_000, 100_000)
PAINTS = 50
CHART = (1920, 1080)  # the chart's viewport
WEEK_SCALE = 6.0  # pixels per day: weeks labelled, days shaded
PDF_TASKS = 1_000


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.2f} ms"


def paint_figures(path: Path) -> tuple[float, list[float], list[float], list[float]]:
    """Open, show the Schedule tab with a 1920×1080 chart, then time 50 scrolled repaints."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage, QRegion
    from PySide6.QtWidgets import QApplication, QWidget

    from app.commands.document import ProjectDocument
    from app.views.schedule_tab import ScheduleTab

    app = QApplication.instance() or QApplication([])
    document = ProjectDocument.open(path)
    started = time.perf_counter()
    tab = ScheduleTab(document)
    tab.resize(800 + CHART[0], CHART[1] + 200)
    tab.show()
    app.processEvents()
    shown = time.perf_counter() - started
    gantt = tab.gantt
    tab.splitter.setSizes([780, CHART[0] + gantt.frameWidth() * 2])
    tab.resize(tab.width(), tab.height() + CHART[1] - gantt.viewport().height())
    app.processEvents()
    left, right = tab.splitter.sizes()
    extra = gantt.viewport().width() - CHART[0]
    tab.splitter.setSizes([left + extra, right - extra])
    gantt.set_zoom(WEEK_SCALE)
    app.processEvents()
    size = gantt.viewport().size()
    assert (size.width(), size.height()) == CHART, size
    rows = tab.view.verticalScrollBar()
    across = gantt.horizontalScrollBar()
    rows.setValue(rows.maximum() // 2)
    across.setValue(across.maximum() // 2)
    app.processEvents()
    chart: list[float] = []
    table: list[float] = []
    header: list[float] = []
    canvases = {
        widget: QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
        for widget in (gantt.viewport(), gantt.time_scale, tab.view.viewport())
    }
    for step in range(PAINTS):
        rows.setValue(rows.value() + (3 if step % 2 else -2) * max(1, rows.singleStep()))
        across.setValue(across.value() + (40 if step % 2 else -30))
        app.processEvents()  # Qt's own repaint after scrolling happens here, untimed
        for widget, figures in (
            (gantt.viewport(), chart),
            (gantt.time_scale, header),  # the time scale is part of the frame
            (tab.view.viewport(), table),
        ):
            # the widget's paint event, into memory; Qt clears only what is not opaque
            opaque = widget.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            flags = QWidget.RenderFlag.DrawChildren
            if not opaque:
                flags |= QWidget.RenderFlag.DrawWindowBackground
            started = time.perf_counter()
            widget.render(canvases[widget], QPoint(), QRegion(), flags)
            figures.append(time.perf_counter() - started)
    assert gantt.painted_rows > 20
    tab.close()
    document.close()
    return shown, chart, table, header


def pdf_seconds(path: Path, target: Path) -> tuple[float, int]:
    from app.commands.document import ProjectDocument
    from app.domain.page_setup import PageSetup
    from app.views.gantt_print import GanttPrintout, write_pdf
    from app.views.task_table_model import TaskTableModel

    document = ProjectDocument.open(path, read_only=True)
    model = TaskTableModel(document)
    started = time.perf_counter()
    printout = GanttPrintout(model, PageSetup(paper="A3", landscape=True))
    pages = write_pdf(printout, target, overwrite=True)
    elapsed = time.perf_counter() - started
    document.close()
    return elapsed, pages


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from app.views.application import make_application

    app = QApplication.instance() or make_application()
    print(
        f"gantt benchmark ({cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, Qt platform {app.platformName()}):"
    )
    with tempfile.TemporaryDirectory() as folder:
        for count in SIZES:
            path = Path(folder) / f"plan-{count}.koers"
            write_project(path, count)
            shown, chart, table, header = paint_figures(path)
            frame = [c + t + h for c, t, h in zip(chart, table, header, strict=True)]
            print(
                f"  {count:>7} tasks: chart 1920×1080 at week scale median {_ms(chart)} "
                f"(goal 4 ms), worst {max(chart) * 1000:.1f} ms; time scale {_ms(header)}; "
                f"table {_ms(table)}; whole frame {_ms(frame)} (goal well within 16 ms); "
                f"tab opened and shown in {shown:.2f} s"
            )
        path = Path(folder) / f"plan-{PDF_TASKS}.koers"
        elapsed, pages = pdf_seconds(path, Path(folder) / "chart.pdf")
        print(
            f"  PDF of a {PDF_TASKS}-task chart (A3 landscape, week scale): "
            f"{elapsed:.2f} s for {pages} pages (goal 5 s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
