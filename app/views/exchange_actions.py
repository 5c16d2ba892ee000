"""File > Export (Excel, CSV, MS Project XML, iCalendar), the imports File > Import writes
into a new project (MS Project XML, GanttProject, spreadsheets through the column-mapping
dialog), and File > Import Changes from Workbook (an exported workbook edited in Excel,
read back after a preview).

Exports, imports and the reading of an edited workbook run off the GUI thread
(``BackgroundJob``) with a progress dialog and Cancel. The worker never touches the
window's document: an export or the workbook's plan opens the project file read-only on a
session of its own (``read_project_file``), after a checkpoint. A cancelled export leaves
no file and an existing target as it was; a cancelled import leaves no new project (its
temporary file goes, with its -wal and -shm) and the open project as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from app.commands.base import EDIT_REFUSED
from app.commands.document import StoreError
from app.domain.errors import InputRefused
from app.domain.validation import InvalidValue
from app.services.progress import STEPS, Progress, read_project_file
from app.views.labels import refusal_text

if TYPE_CHECKING:
    from app.views.background_job import BackgroundJob

if TYPE_CHECKING:
    from app.commands.document import ProjectDocument
    from app.services.import_xlsx_roundtrip import WorkbookChanges
    from app.views.main_window import MainWindow
    from app.views.workbook_changes_dialog import WorkbookChangesDialog

EXPORT_SUFFIXES = (".xlsx", ".csv", ".xml", ".ics")
SHEET_SUFFIXES = (".xlsx", ".csv")
# What an export or import may refuse with: one message for the user, never a traceback.
REFUSALS = (InvalidValue, InputRefused, ValueError, OSError)
MAX_PROBLEMS_SHOWN = 20
log = logging.getLogger(__name__)


class ExchangeActions(QObject):
    """Owns File > Export… and File > Import Changes from Workbook…, and writes the new
    project File > Import asks for; each in the background."""

    job_started = Signal(object)  # the BackgroundJob, started; its outcome follows

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: BackgroundJob | None = None
        self.export_action = QAction(window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_project())
        self.import_changes_action = QAction(window)
        self.import_changes_action.triggered.connect(lambda _checked=False: self.import_changes())
        self.changes_dialog: WorkbookChangesDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(
            self.tr("Save the project as an Excel workbook, CSV, MS Project XML or iCalendar")
        )
        self.import_changes_action.setText(self.tr("Import Changes from &Workbook…"))
        self.import_changes_action.setToolTip(
            self.tr(
                "Read back a workbook Koers exported and you edited in Excel: see the changes, "
                "then apply them as one step you can undo"
            )
        )

    # -- export --------------------------------------------------------------------------------
    def ask_export_path(self, suggested: Path) -> Path | None:
        filters = [
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("CSV, the tasks (*.csv)"),
            self.tr("Microsoft Project XML (*.xml)"),
            self.tr("iCalendar: milestones, deadlines, risk reviews (*.ics)"),
        ]
        name, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Project"), str(suggested), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            path = path.with_name(path.name + EXPORT_SUFFIXES[filters.index(chosen)])
        return path

    def export_project(self) -> None:
        document = self.window.document
        if document is None:
            return
        target = self.ask_export_path(document.path.with_suffix(".xlsx"))
        if target is None:
            return
        if target.resolve() == document.path.resolve():
            self.window.show_error(
                self.tr("Cannot export"),
                self.tr("Choose another file: the open project is never overwritten."),
            )
            return
        document.checkpoint()  # the worker reads the file itself: every change in the file
        source, write = document.path, exporter(target.suffix.lower())
        job = self.run_job(
            lambda progress: read_project_file(source, write, target, progress),
            title=self.tr("Export"),
            label=self.tr("Exporting to {0}…").format(target.name),
        )
        if job.was_cancelled:
            self.window.statusBar().showMessage(
                self.tr("Export cancelled: nothing was written."), 8000
            )
            return
        if job.error is not None:
            self.window.show_error(
                self.tr("Cannot export {0}").format(target.name), self.error_text(job.error)
            )
            return
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(target), 8000)

    # -- running in the background -----------------------------------------------------------------
    def run_job(self, work: Callable[[Progress], Any], *, title: str, label: str) -> BackgroundJob:
        """Run ``work(progress)`` in a worker thread behind a progress dialog with Cancel;
        returns the finished job (``result``, ``error``, ``was_cancelled``)."""
        from app.views.background_job import BackgroundJob  # loaded on first use

        job = BackgroundJob(self.window, work, title=title, label=label)
        self.job = job
        try:
            job.start()
            self.job_started.emit(job)
            job.wait()
        finally:
            self.job = None
        return job

    def error_text(self, error: Exception) -> str:
        """One message for the user: the refusal as it is, or a bug named without traceback."""
        if isinstance(error, (*REFUSALS, StoreError)):
            return str(error) or repr(error)
        log.error("unexpected error in a background job", exc_info=error)
        return self.tr("Unexpected error ({0}: {1}). Please report it.").format(
            type(error).__name__, error
        )

    # -- import --------------------------------------------------------------------------------
    def ask_sheet_choices(self, source: Path) -> Any | None:
        """The column-mapping dialog; the analysis the user accepted, or None."""
        from app.views.sheet_import_dialog import SheetImportDialog

        dialog = SheetImportDialog(source, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.analysis()

    def import_file(self, source: Path, target: Path, analysis: Any | None = None) -> bool:
        """Write a new project at ``target`` from ``source`` (MS Project XML, GanttProject,
        or a sheet the user analysed) in the background; True when it was written. A
        refusal is shown; a cancel leaves ``target`` as it was."""
        job = self.run_job(
            lambda progress: write_new_project(source, target, analysis, progress),
            title=self.tr("Import"),
            label=self.tr("Importing {0}…").format(source.name),
        )
        if job.was_cancelled:
            self.window.statusBar().showMessage(
                self.tr("Import cancelled: nothing was written."), 8000
            )
            return False
        if job.error is not None:
            self.window.show_error(
                self.tr("Cannot import {0}").format(source.name),
                self.tr("{0} could not be imported.").format(source.name),
                self.error_text(job.error),
            )
            return False
        return True

    # -- import changes from an edited workbook ----------------------------------------------------
    def ask_workbook_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Changes from Workbook"),
            str(suggested),
            self.tr("Excel workbooks exported by Koers (*.xlsx);;All files (*)"),
        )
        return Path(name) if name else None

    def import_changes(self) -> None:
        """Read an edited Koers workbook, show what it changes, apply it after the preview."""
        document = self.window.document
        if document is None or document.read_only:
            return
        source = self.ask_workbook_path(document.path.with_suffix(".xlsx"))
        if source is None:
            return
        document.checkpoint()  # the worker reads the file itself: every change in the file
        project = document.path
        job = self.run_job(
            lambda progress: plan_changes(project, source, progress),
            title=self.tr("Import Changes from Workbook"),
            label=self.tr("Reading {0}…").format(source.name),
        )
        if job.was_cancelled or self.window.document is not document:
            return
        if job.error is not None:
            self.show_unreadable(source, job.error)
            return
        self.preview_changes(document, source, job.result)

    def show_unreadable(self, source: Path, error: Exception) -> None:
        problems = [str(problem) for problem in getattr(error, "problems", ())]
        text = self.error_text(error)
        detail = "\n".join(problems[:MAX_PROBLEMS_SHOWN])
        if len(problems) > MAX_PROBLEMS_SHOWN:
            detail += "\n" + self.tr("and {0} more").format(len(problems) - MAX_PROBLEMS_SHOWN)
        self.window.show_error(
            self.tr("Cannot import changes from {0}").format(source.name),
            text,
            detail,
        )

    def preview_changes(
        self, document: ProjectDocument, source: Path, changes: WorkbookChanges
    ) -> None:
        """The preview, window-modal; Apply pushes the changes as one undoable step."""
        from app.views.workbook_changes_dialog import WorkbookChangesDialog

        if self.changes_dialog is not None:
            self.changes_dialog.reject()
        dialog = WorkbookChangesDialog(changes, source.name, self.window)
        dialog.accepted.connect(lambda: self.apply_changes(document, source, changes))
        dialog.finished.connect(lambda _result, d=dialog: self._preview_closed(d))
        self.changes_dialog = dialog
        dialog.open()

    def _preview_closed(self, dialog: WorkbookChangesDialog) -> None:
        if self.changes_dialog is dialog:
            self.changes_dialog = None
        dialog.deleteLater()

    def apply_changes(
        self, document: ProjectDocument, source: Path, changes: WorkbookChanges
    ) -> None:
        if self.window.document is not document or changes.is_empty:
            return
        from app.commands.import_workbook import ApplyWorkbookCommand

        try:
            document.push(ApplyWorkbookCommand(document, changes))
        except EDIT_REFUSED as error:
            self.window.show_error(self.tr("Changes not made"), self.apply_refusal_text(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Changes from {0} applied; Edit > Undo takes them back.").format(source.name),
            8000,
        )

    def apply_refusal_text(self, error: Exception) -> str:
        if isinstance(error, InvalidValue) and error.code == "project_changed":
            return self.tr(
                "The project changed while the preview was open. Import the workbook again "
                "to see its changes against the project as it is now."
            )
        return refusal_text(error)


def exporter(suffix: str) -> Callable[..., Any]:
    """The service that writes a file of this kind, as ``(session, target, progress)``
    (heavy modules load on first use)."""
    if suffix == ".xlsx":
        from app.services.export_xlsx import export_workbook

        return lambda session, target, progress=None: export_workbook(
            session, target, overwrite=True, progress=progress
        )
    if suffix == ".csv":
        from app.services.export_csv import export_csv

        return lambda session, target, progress=None: export_csv(
            session, target, "tasks", overwrite=True, progress=progress
        )
    if suffix == ".xml":
        from app.services.export_mspdi import export_mspdi

        return lambda session, target, progress=None: export_mspdi(
            session, target, overwrite=True, progress=progress
        )
    from app.services.export_ics import export_ics

    return lambda session, target, progress=None: export_ics(
        session, target, overwrite=True, progress=progress
    )


def write_new_project(source: Path, target: Path, analysis: Any | None, progress: Progress) -> Path:
    """Import ``source`` into a new project at ``target``, in a worker thread.

    The project is built in a temporary sibling and renamed over ``target`` only after the
    last progress report, so a cancel (or a refusal) at any point leaves ``target`` as it
    was; the temporary file goes with its -wal and -shm.
    """
    from app.domain.files import atomic_target

    kind = source.suffix.lower()
    with atomic_target(target, overwrite=True) as temp:
        if kind == ".gan":
            from app.services.import_gan import import_gan

            import_gan(source, temp, overwrite=True, progress=progress)
            last = (STEPS, STEPS)
        elif kind in SHEET_SUFFIXES:
            from app.services.import_sheet import import_analysis

            assert analysis is not None, "a sheet is imported as the mapping dialog analysed it"
            import_analysis(analysis, temp, overwrite=True, progress=progress)
            last = (STEPS, STEPS)
        else:
            from app.commands.calendars import import_microsoft_project

            progress(0, 0)  # the XML import says nothing on the way: the bar just moves
            import_microsoft_project(source, temp)
            last = (0, 0)
        progress(*last)  # the last chance to cancel, before the new file takes its place
    return target


def plan_changes(project: Path, source: Path, progress: Progress) -> WorkbookChanges:
    """What the edited workbook ``source`` changes in the project file ``project``, planned
    in a worker thread on a read-only session of its own. Nothing is written."""
    from app.services.import_xlsx_roundtrip import plan_workbook_changes

    progress(0, 0)
    changes = read_project_file(project, plan_workbook_changes, source)
    progress(0, 0)  # a cancel while the workbook was read drops the plan
    return changes
