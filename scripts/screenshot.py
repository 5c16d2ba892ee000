"""Regenerate the README's screenshot of the main window (``make screenshot``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def show_chart(schedule: object, zoom: str) -> None:
    """The chart wide beside a narrow table: zoomed to days around the go-live, or to months
    from the project start."""
    schedule.splitter.setSizes([430, 1250])  # type: ignore[attr-defined]
    gantt = schedule.gantt  # type: ignore[attr-defined]
    model = schedule.model  # type: ignore[attr-defined]
    if zoom == "months":
        gantt.set_zoom(2.0)  # months under quarters
        gantt.scroll_to_task(model.tasks()[0].id)
        return
    # zoomed to days around the go-live: start-to-start, start-to-finish and finish-to-start
    # links, critical tasks, milestones, a deadline, baselines and the Easter holidays
    gantt.set_zoom(26)
    from PySide6.QtWidgets import QAbstractItemView

    tasks = {task.name: task.id for task in model.tasks()}
    gantt.scroll_to_task(tasks["User acceptance test"])
    first_row = schedule.proxy.mapFromSource(model.index_of(tasks["Testing"]))  # type: ignore[attr-defined]
    schedule.view.scrollTo(first_row, QAbstractItemView.ScrollHint.PositionAtTop)  # type: ignore[attr-defined]


def main() -> int:
    if len(sys.argv) not in (3, 4, 5):
        raise SystemExit(
            "usage: screenshot.py PROJECT.koers OUT.png "
            "[LANGUAGE [plan|schedule|days|months|risks|stakeholders]]"
        )
    from app.views.application import make_application
    from app.views.i18n import install_language
    from app.views.main_window import MainWindow

    app = make_application()
    install_language(sys.argv[3] if len(sys.argv) >= 4 else "en")
    window = MainWindow()
    if not window.open_path(Path(sys.argv[1])):
        return 1
    window.resize(1280, 800)
    view = sys.argv[4] if len(sys.argv) == 5 else "plan"
    if view in ("risks", "stakeholders") and window.project_view is not None:
        window.resize(1600, 1000)
        window.show_tab(view)
    elif view != "plan" and window.project_view is not None:
        window.resize(1400 if view == "schedule" else 1680, 800 if view == "schedule" else 880)
        window.project_view.setCurrentWidget(window.project_view.schedule)
    window.show()
    app.processEvents()
    if view in ("days", "months") and window.project_view is not None:
        show_chart(window.project_view.schedule, view)
        app.processEvents()
    out = Path(sys.argv[2])
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise SystemExit(f"screenshot: cannot write {out}")
    window.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
