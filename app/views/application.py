"""Starting the window: the QApplication, the language, the first project."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.views.i18n import install_language
from app.views.main_window import MainWindow
from app.views.settings import AppSettings

# Set by scripts/bench_startup.py: print the wall-clock time of the first paint, then quit.
BENCH_VARIABLE = "KOERS_BENCH_FIRST_PAINT"


class _FirstPaint(QObject):
    """Reports when the main window is first painted, for the startup benchmark."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Koers")
    QCoreApplication.setOrganizationDomain("koers.app")
    QCoreApplication.setApplicationName("Koers")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("app.koers.Koers")
    return app


def run_gui(path: Path | None) -> int:
    """Open the main window, on ``path`` when given; returns the exit status."""
    app = make_application()
    settings = AppSettings()
    install_language(settings.language)
    window = MainWindow(settings)
    if os.environ.get(BENCH_VARIABLE):
        probe = _FirstPaint(window)
        window.installEventFilter(probe)
    _close_on_termination(window)
    if path is not None and not window.open_path(path):
        return 1
    window.show()
    return app.exec()


def _close_on_termination(window: MainWindow) -> None:
    """On Ctrl+C or a logout's SIGTERM, close the window properly: checkpoint, unlock."""
    for number in (signal.SIGINT, signal.SIGTERM):
        # Queued, so a signal that comes before the event loop runs still closes it.
        signal.signal(number, lambda _signum, _frame: QTimer.singleShot(0, window.close))
    # Python runs signal handlers only when it gets control; a timer gives it that.
    waker = QTimer(window, interval=250)
    waker.timeout.connect(lambda: None)
    waker.start()
