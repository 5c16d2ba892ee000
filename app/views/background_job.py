"""Long work off the GUI thread: a worker thread, a window-modal progress dialog, Cancel.

``BackgroundJob(window, work, title=…, label=…)`` runs ``work(progress)`` in a QThread.
``work`` is a plain function (an export or an import service) that calls ``progress(done,
total)`` now and then (``total`` 0: how far is unknown, the bar just moves). The dialog
appears after ``MINIMUM_DURATION_MS`` (QProgressDialog's minimum duration), so quick work
shows none; until then the window takes no input either.

Cancel asks the work to stop: its next ``progress`` call raises ``Cancelled``, which the
services let through after removing what they had written. The dialog stays up, saying
"Cancelling…", until the work has stopped, so nothing runs on behind the user's back. A
cancel that comes after the work's last ``progress`` call is too late: the work's result
stands.

The work must not touch the window's document (its database session belongs to the GUI
thread): it opens what it reads itself (``read_project_file``). Its outcome comes back to
the GUI thread: ``succeeded(result)``, ``failed(error)`` or ``cancelled()``, then
``finished()``. ``start()`` returns at once; ``wait()`` (after ``start``) and ``exec()``
wait for the outcome in an event loop of their own, as a modal dialog does, and return the
job, with ``result``, ``error`` and ``was_cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from app.services.progress import Cancelled, Progress

MINIMUM_DURATION_MS = 300
MAX_RANGE = 1_000_000  # QProgressBar counts in C ints; larger totals are scaled down

Work = Callable[[Progress], Any]

# What the window must not receive while a job runs and its dialog is not shown yet.
_BLOCKED_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
        QEvent.Type.Close,
    }
)


def _scaled(done: int, total: int) -> tuple[int, int]:
    if total <= 0:
        return 0, 0
    done = max(0, min(done, total))
    if total > MAX_RANGE:
        return done * MAX_RANGE // total, MAX_RANGE
    return done, total


class _Worker(QThread):
    """Runs the work; keeps its outcome for the GUI thread to collect after ``finished``."""

    progressed = Signal(int, int)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel
        self.result: Any = None
        self.error: Exception | None = None
        self.was_cancelled = False
        self._shown: tuple[int, int] | None = None

    def report(self, done: int, total: int) -> None:
        """The work's ``progress``: raises Cancelled once Cancel was pressed."""
        if self.cancel.is_set():
            raise Cancelled
        shown = _scaled(done, total)
        if shown != self._shown:
            self._shown = shown
            self.progressed.emit(*shown)  # queued to the GUI thread

    def run(self) -> None:
        try:
            self.result = self.work(self.report)
        except Cancelled:
            self.was_cancelled = True
        except Exception as error:  # handed to the GUI thread, which shows one message
            self.error = error


class _InputBlocker(QObject):
    """Swallows input to one window (the progress dialog is a window of its own)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _BLOCKED_EVENTS or not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Close:
            if watched is self.window:
                event.ignore()
                return True
            return False
        return watched.window() is self.window


class _ProgressDialog(QProgressDialog):
    """Escape and the window's close button mean Cancel: the dialog stays until the work
    has stopped (the job hides it then)."""

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


class BackgroundJob(QObject):
    """One run of ``work`` in a worker thread, with a progress dialog that can cancel it."""

    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception the work raised
    cancelled = Signal()
    finished = Signal()  # after one of the three

    def __init__(
        self,
        window: QWidget,
        work: Work,
        *,
        title: str,
        label: str,
        minimum_duration_ms: int = MINIMUM_DURATION_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.result: Any = None
        self.error: Exception | None = None
        self.was_cancelled = False
        self._cancel = threading.Event()
        self._worker = _Worker(work, self._cancel)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._worker_done, Qt.ConnectionType.QueuedConnection)
        self._running = False
        self._over = False
        self._updating = False
        self._blocker: _InputBlocker | None = None

        dialog = _ProgressDialog(window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, 0)
        dialog.setMinimumWidth(420)
        self.cancel_button = QPushButton(self.tr("Cancel"), dialog)
        dialog.setCancelButton(self.cancel_button)
        # Keep the dialog up after Cancel until the work has really stopped: Cancel, Escape
        # (QProgressDialog's own Escape shortcut would hide it at once) and closing the
        # dialog only ask the work to stop.
        dialog.canceled.disconnect(dialog.cancel)
        for shortcut in dialog.findChildren(QShortcut):
            shortcut.setEnabled(False)  # Escape then reaches reject(), which cancels
        dialog.canceled.connect(self.cancel)
        dialog.setMinimumDuration(minimum_duration_ms)
        self.dialog = dialog

    # -- running -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running and not self._over

    def start(self) -> None:
        """Start the work; the outcome comes as signals on the GUI thread."""
        if self._running:
            return
        self._running = True
        application = QApplication.instance()
        if application is not None:
            self._blocker = _InputBlocker(self.window)
            application.installEventFilter(self._blocker)
        self.dialog.setValue(0)  # starts the minimum-duration clock
        self._worker.start()

    def wait(self) -> BackgroundJob:
        """Wait for the outcome of the started work, the GUI still painting; returns self."""
        if self._running and not self._over:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
        return self

    def exec(self) -> BackgroundJob:
        """Start the work and wait for its outcome; returns self."""
        self.start()
        return self.wait()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        if self._over or self._cancel.is_set():
            return
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and wait for the worker thread to end (when the window goes away)."""
        self.cancel()
        if self._running:
            self._worker.wait()

    # -- on the GUI thread -----------------------------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        if self._over:
            return
        dialog = self.dialog
        self._updating = True  # a shown modal QProgressDialog processes events in setValue
        try:
            if dialog.maximum() != total or dialog.minimum() != 0:
                dialog.setRange(0, total)
            if dialog.value() != done:
                dialog.setValue(done)
        finally:
            self._updating = False

    def _worker_done(self) -> None:
        if self._over:
            return
        if self._updating:  # arrived inside setValue: finish once that has returned
            QTimer.singleShot(0, self._worker_done)
            return
        self._over = True
        worker = self._worker
        worker.wait()
        if self._blocker is not None:
            application = QApplication.instance()
            if application is not None:
                application.removeEventFilter(self._blocker)
            self._blocker.deleteLater()
            self._blocker = None
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.result, self.error = worker.result, worker.error
        self.was_cancelled = worker.was_cancelled
        worker.deleteLater()
        if self.was_cancelled:
            self.cancelled.emit()
        elif self.error is not None:
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)
        self.finished.emit()
