"""File > Export (Excel, CSV, MS Project XML, iCalendar), the import of GanttProject files
and spreadsheets (with the column-mapping dialog) for File > Import, and File > Import
Changes from Workbook (an exported workbook edited in Excel, read back after a preview)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from app.commands.base import EDIT_REFUSED
from app.domain.errors import InputRefused
from app.domain.validation import InvalidValue
from app.views.labels import refusal_text

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


class ExchangeActions(QObject):
    """Owns File > Export… and File > Import Changes from Workbook…, and reads the non-MSPDI
    files File > Import offers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
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
        try:
            document.read(exporter(target.suffix.lower()), target)
        except REFUSALS as error:
            self.window.show_error(
                self.tr("Cannot export {0}").format(target.name), str(error) or repr(error)
            )
            return
        self.window.statusBar().showMessage(self.tr("Exported to {0}").format(target), 8000)

    # -- import --------------------------------------------------------------------------------
    def ask_sheet_choices(self, source: Path) -> Any | None:
        """The column-mapping dialog; the analysis the user accepted, or None."""
        from app.views.sheet_import_dialog import SheetImportDialog

        dialog = SheetImportDialog(source, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.analysis()

    def import_file(self, source: Path, target: Path, analysis: Any | None = None) -> Path:
        """Write a new project at ``target`` from a .gan file or an analysed sheet."""
        if source.suffix.lower() == ".gan":
            from app.services.import_gan import import_gan

            import_gan(source, target, overwrite=True)
            return target
        from app.services.import_sheet import import_analysis

        import_analysis(analysis, target, overwrite=True)
        return target

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
        from app.services.import_xlsx_roundtrip import plan_workbook_changes

        try:
            changes = document.read(plan_workbook_changes, source)
        except REFUSALS as error:
            self.show_unreadable(source, error)
            return
        self.preview_changes(document, source, changes)

    def show_unreadable(self, source: Path, error: Exception) -> None:
        problems = [str(problem) for problem in getattr(error, "problems", ())]
        detail = "\n".join(problems[:MAX_PROBLEMS_SHOWN])
        if len(problems) > MAX_PROBLEMS_SHOWN:
            detail += "\n" + self.tr("and {0} more").format(len(problems) - MAX_PROBLEMS_SHOWN)
        self.window.show_error(
            self.tr("Cannot import changes from {0}").format(source.name),
            str(error) or repr(error),
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
    """The service that writes a file of this kind (heavy modules load on first use)."""
    if suffix == ".xlsx":
        from app.services.export_xlsx import export_workbook

        return lambda session, target: export_workbook(session, target, overwrite=True)
    if suffix == ".csv":
        from app.services.export_csv import export_csv

        return lambda session, target: export_csv(session, target, "tasks", overwrite=True)
    if suffix == ".xml":
        from app.services.export_mspdi import export_mspdi

        return lambda session, target: export_mspdi(session, target, overwrite=True)
    from app.services.export_ics import export_ics

    return lambda session, target: export_ics(session, target, overwrite=True)
