"""``koers print``: the Gantt chart to PDF without a window, the pages the GUI would print."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from app.domain.page_setup import Timescale


def print_project(
    src: Path,
    dest: Path,
    changes: Mapping[str, object],
    *,
    language: str = "en",
    overwrite: bool = False,
) -> tuple[int, str]:
    """Print ``src`` to ``dest`` with its saved page setup changed by ``changes``.

    Returns the page count and the paper as words ("A3 landscape"). Runs on Qt's offscreen
    platform unless the caller chose another, so it needs no display.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from app.commands.document import ProjectDocument
    from app.services.view_settings import read_page_setup
    from app.views.gantt_controls import read_chart_options
    from app.views.gantt_print import GanttPrintout, write_pdf
    from app.views.i18n import install_language
    from app.views.task_table_model import TaskTableModel

    application = QGuiApplication.instance() or QGuiApplication(["koers"])
    install_language(language)
    values = dict(changes)
    if isinstance(values.get("timescale"), str):
        values["timescale"] = Timescale(str(values["timescale"]))
    document = ProjectDocument.open(src, read_only=True)
    try:
        setup = document.read(read_page_setup).replace(**values)
        model = TaskTableModel(document, None, language)
        printout = GanttPrintout(model, setup, options=read_chart_options(document))
        pages = write_pdf(printout, dest, overwrite=overwrite)
    finally:
        document.close()
    del application
    orientation = "landscape" if setup.landscape else "portrait"
    return pages, f"{setup.paper} {orientation}"
