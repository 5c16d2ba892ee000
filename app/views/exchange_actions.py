"""File > Export (Excel, CSV, MS Project XML, iCalendar) and the import of GanttProject files
and spreadsheets (with the column-mapping dialog) for File > Import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain.errors import InputRefused
from app.domain.validation import InvalidValue

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

EXPORT_SUFFIXES = (".xlsx", ".csv", ".xml", ".ics")
SHEET_SUFFIXES = (".xlsx", ".csv")
# What an export or import may refuse with: one message for the user, never a traceback.
REFUSALS = (InvalidValue, InputRefused, ValueError, OSError)


class ExchangeActions(QObject):
    """Owns File > Export… and reads the non-MSPDI files File > Import offers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_project())
        self.retranslate()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport…"))
        self.export_action.setToolTip(
            self.tr("Save the project as an Excel workbook, CSV, MS Project XML or iCalendar")
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
