"""File > Page Setup, Print Preview, Print and the chart exports: the Gantt chart on paper.

``PrintActions`` owns the five File-menu actions and what they do; the main window only puts
them in its menu. Printing support (QtPrintSupport) loads on first use, not at startup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QAction, QKeySequence, QPagedPaintDevice, QPageLayout, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.view_settings import SetPageSetupCommand
from app.domain.calendar import from_instant
from app.domain.page_setup import PageSetup, Timescale
from app.domain.validation import InvalidValue
from app.services.schedule import TaskRow
from app.services.view_settings import read_page_setup
from app.views.gantt_painter import GanttOptions, Tier, lower_tier
from app.views.gantt_print import (
    DPI,
    PAGE_SIZE_IDS,
    GanttPrintout,
    ImageTooLarge,
    export_chart_image,
    paint_pages,
    write_pdf,
)
from app.views.page_setup_dialog import PageSetupDialog, page_setup_refusal
from app.views.task_table_model import COLUMNS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.views.main_window import MainWindow
    from app.views.schedule_tab import ScheduleTab

PAPER_OF_SIZE_ID = {size_id: paper for paper, size_id in PAGE_SIZE_IDS.items()}
IMAGE_SUFFIXES = (".png", ".svg")
# The time scale of an exported image follows the chart's lower tier on screen.
TIMESCALE_OF_TIER = {
    Tier.HOUR: Timescale.DAY,
    Tier.DAY: Timescale.DAY,
    Tier.WEEK: Timescale.WEEK,
    Tier.MONTH: Timescale.MONTH,
    Tier.QUARTER: Timescale.QUARTER,
    Tier.YEAR: Timescale.QUARTER,
}


def shown_tasks(schedule: ScheduleTab) -> list[TaskRow]:
    """The tasks the Schedule tab's tree shows, top to bottom.

    Rows the filter hides are left out, and so are the subtasks of collapsed summaries.
    """
    proxy, view, model = schedule.proxy, schedule.view, schedule.model
    tasks: list[TaskRow] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            task = model.task(proxy.mapToSource(index))
            if task is not None:
                tasks.append(task)
            if proxy.hasChildren(index) and view.isExpanded(index):
                walk(index)

    walk(QModelIndex())
    return tasks


def image_timescale(options: GanttOptions, pixels_per_day: float) -> Timescale:
    """The printed time scale that matches the chart at ``pixels_per_day``."""
    tier = options.tier if options.tier is not None else lower_tier(pixels_per_day)
    return TIMESCALE_OF_TIER[tier]


class PrintActions(QObject):
    """Page Setup, Print Preview, Print, Export Chart as PDF and as Image, for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page_setup_action = self._action(self.page_setup)
        self.preview_action = self._action(self.preview)
        self.print_action = self._action(self.print_chart, QKeySequence.StandardKey.Print)
        self.export_pdf_action = self._action(self.export_pdf)
        self.export_image_action = self._action(self.export_image)
        self.setup_dialog: PageSetupDialog | None = None
        self.preview_dialog: QDialog | None = None
        self._preview_printer: QPrinter | None = None
        # A read-only project cannot store a page setup: it holds until the file is closed.
        self._session_setup: tuple[ProjectDocument, PageSetup] | None = None

    def _action(self, slot: Any, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> list[QAction]:
        """In File-menu order."""
        return [
            self.page_setup_action,
            self.preview_action,
            self.print_action,
            self.export_pdf_action,
            self.export_image_action,
        ]

    def retranslate(self) -> None:
        self.page_setup_action.setText(self.tr("Pa&ge Setup…"))
        self.preview_action.setText(self.tr("Print Pre&view…"))
        self.print_action.setText(self.tr("&Print…"))
        self.export_pdf_action.setText(self.tr("Export Chart as P&DF…"))
        self.export_image_action.setText(self.tr("Export Chart as I&mage…"))

    def forget_document(self) -> None:
        """The project is about to close: close its dialogs and drop its session setup."""
        if self.setup_dialog is not None:
            self.setup_dialog.reject()
        if self.preview_dialog is not None:
            self.preview_dialog.reject()
        self._session_setup = None

    # -- what is printed ------------------------------------------------------------------------
    def schedule(self) -> ScheduleTab | None:
        """The open project's Schedule tab, its tasks loaded (it may not have been shown yet)."""
        view = self.window.project_view
        if view is None:
            return None
        view.schedule.model.load()
        return view.schedule

    def current_setup(self) -> PageSetup:
        document = self.window.document
        if document is None:
            return PageSetup()
        if self._session_setup is not None and self._session_setup[0] is document:
            return self._session_setup[1]
        return document.read(read_page_setup)

    def build_printout(self, schedule: ScheduleTab, setup: PageSetup) -> GanttPrintout:
        """The pages of ``setup``; raises InvalidValue when they cannot be laid out."""
        tasks = shown_tasks(schedule) if setup.filtered_only else None
        return GanttPrintout(schedule.model, setup, tasks=tasks, options=schedule.gantt.options)

    def make_printout(self, setup: PageSetup | None = None) -> GanttPrintout | None:
        """The printout of the open project, or None after telling the user why not."""
        schedule = self.schedule()
        if schedule is None:
            return None
        try:
            return self.build_printout(schedule, setup or self.current_setup())
        except InvalidValue as error:
            self.window.show_error(self.tr("Cannot print the chart"), page_setup_refusal(error))
            return None

    # -- Page Setup -----------------------------------------------------------------------------
    def page_setup(self) -> None:
        """File > Page Setup, non-blocking; OK saves the setup in the project (undoably)."""
        schedule = self.schedule()
        document = self.window.document
        if schedule is None or document is None:
            return
        if self.setup_dialog is not None:
            self.setup_dialog.reject()
        labels = {key: schedule.model.column_label(key) for key in COLUMNS}
        dialog = PageSetupDialog(
            self.current_setup(),
            labels,
            self.window,
            check=lambda setup: self.build_printout(schedule, setup),
            project_dates=self._project_dates(schedule),
        )
        dialog.finished.connect(
            lambda result, d=dialog, doc=document: self._setup_closed(d, doc, result)
        )
        self.setup_dialog = dialog
        dialog.open()

    def _setup_closed(
        self, dialog: PageSetupDialog, document: ProjectDocument, result: int
    ) -> None:
        if self.setup_dialog is dialog:
            self.setup_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and self.window.document is document:
            self.apply_setup(dialog.setup())

    def apply_setup(self, setup: PageSetup) -> None:
        """Save ``setup`` in the project as one undoable step (nothing when unchanged)."""
        document = self.window.document
        if document is None or setup == self.current_setup():
            return
        if document.read_only:
            self._session_setup = (document, setup)
            self.window.statusBar().showMessage(
                self.tr("The project is read-only: this page setup is used until you close it."),
                8000,
            )
            return
        try:
            document.push(SetPageSetupCommand(document, setup))
        except EDIT_REFUSED as error:
            self.window.show_error(self.tr("Page setup not saved"), page_setup_refusal(error))

    @staticmethod
    def _project_dates(schedule: ScheduleTab) -> tuple[dt.date, dt.date] | None:
        result = schedule.model.schedule.result
        if result is None:
            return None
        finish = max(result.project_start, result.project_finish)
        return from_instant(result.project_start).date(), from_instant(finish).date()

    # -- Print Preview and Print ----------------------------------------------------------------
    def make_printer(self, printout: GanttPrintout) -> QPrinter:
        """A printer laid out like the printout: 96 dpi, the whole sheet as the page."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setResolution(DPI)
        printer.setPageLayout(printout.page_layout())
        printer.setFullPage(True)
        printer.setDocName(printout.facts.project or "Koers")
        printer.setCreator("Koers")
        return printer

    def preview(self) -> None:
        """File > Print Preview: the pages in Qt's preview, which can print them too."""
        printout = self.make_printout()
        if printout is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if self.preview_dialog is not None:
            self.preview_dialog.reject()
        printer = self.make_printer(printout)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda device, p=printout: self.paint(p, device))
        dialog.finished.connect(lambda _result, d=dialog: self._preview_closed(d))
        self.preview_dialog = dialog
        self._preview_printer = printer  # the dialog does not own it
        dialog.resize(self.window.size() * 0.9)
        dialog.open()

    def _preview_closed(self, dialog: QDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
            self._preview_printer = None
        dialog.deleteLater()

    def print_chart(self) -> None:
        """File > Print: the system's print dialog, then the pages to the chosen printer."""
        printout = self.make_printout()
        if printout is None:
            return
        printer = self.make_printer(printout)
        if not self.ask_print(printer, printout.page_count):
            return
        pages = self.paint(printout, printer)
        if pages:
            self.window.statusBar().showMessage(
                self.tr("{0} pages sent to the printer").format(pages), 5000
            )

    def ask_print(self, printer: QPrinter, pages: int) -> bool:
        """The print dialog; True when the user chose to print."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Chart"))
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def paint(self, printout: GanttPrintout, printer: QPrinter) -> int:
        """Paint the pages on ``printer``; returns how many (0 after an error message).

        A paper or orientation chosen in the print dialogs is followed (for this print only);
        a page range chosen there too.
        """
        followed = self._follow_printer(printout, printer)
        if followed is None:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.window.show_error(
                self.tr("Cannot print the chart"), self.tr("The printer could not be started.")
            )
            return 0
        try:
            factor = printer.resolution() / DPI  # a printer may insist on its own resolution
            if factor != 1:
                painter.scale(factor, factor)
            numbers = self._page_numbers(followed, printer)
            if numbers == range(1, followed.page_count + 1):
                paint_pages(followed, painter, printer.newPage)
            else:
                for position, number in enumerate(numbers):
                    if position:
                        printer.newPage()
                    followed.paint_page(painter, number)
        finally:
            painter.end()
        return len(numbers)

    def _follow_printer(
        self, printout: GanttPrintout, printer: QPagedPaintDevice
    ) -> GanttPrintout | None:
        layout = printer.pageLayout()
        landscape = layout.orientation() == QPageLayout.Orientation.Landscape
        paper = PAPER_OF_SIZE_ID.get(layout.pageSize().id(), printout.setup.paper)
        if (paper, landscape) == (printout.setup.paper, printout.setup.landscape):
            return printout
        setup = dataclasses.replace(printout.setup, paper=paper, landscape=landscape)
        try:
            return GanttPrintout(
                printout.model, setup, tasks=printout.tasks, options=printout.options
            )
        except InvalidValue as error:
            self.window.show_error(self.tr("Cannot print the chart"), page_setup_refusal(error))
            return None

    @staticmethod
    def _page_numbers(printout: GanttPrintout, printer: QPrinter) -> range:
        from PySide6.QtPrintSupport import QPrinter

        count = printout.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
            return range(first, max(first, last) + 1) if first <= count else range(0)
        return range(1, count + 1)

    # -- exports --------------------------------------------------------------------------------
    def export_pdf(self) -> None:
        """File > Export Chart as PDF: the printed pages in a PDF file."""
        printout = self.make_printout()
        document = self.window.document
        if printout is None or document is None:
            return
        target = self.ask_pdf_path(document.path.with_suffix(".pdf"))
        if target is None:
            return
        target, confirmed = self._with_suffix(target, (".pdf",))
        if not self._writable(target, document):
            return
        try:
            pages = write_pdf(printout, target, overwrite=confirmed)
        except OSError as error:
            self._not_written(target, error)
            return
        self.window.statusBar().showMessage(
            self.tr("Chart saved as {0} ({1} pages)").format(target, pages), 5000
        )

    def export_image(self) -> None:
        """File > Export Chart as Image: the whole chart as one PNG or SVG, as zoomed on screen."""
        schedule = self.schedule()
        document = self.window.document
        if schedule is None or document is None:
            return
        zoom = schedule.gantt.zoom
        # An image has no pages: lay it out on the largest paper so that no page-only
        # refusal (columns wider than the sheet) can stop it.
        setup = dataclasses.replace(
            self.current_setup(),
            paper="A2",
            landscape=True,
            margins_mm=(0.0, 0.0, 0.0, 0.0),
            pages_wide=None,
            pages_tall=None,
            zoom_percent=100,
            timescale=image_timescale(schedule.gantt.options, zoom),
        )
        printout = self.make_printout(setup)
        if printout is None:
            return
        target = self.ask_image_path(document.path.with_suffix(".png"))
        if target is None:
            return
        target, confirmed = self._with_suffix(target, IMAGE_SUFFIXES)
        if not self._writable(target, document):
            return
        try:
            export_chart_image(printout, target, zoom, overwrite=confirmed)
        except ImageTooLarge as error:
            self.window.show_error(
                self.tr("Cannot export the chart"),
                self.tr(
                    "The chart is too large for one PNG image ({0} pixels). Zoom out, save it "
                    "as SVG or export a PDF."
                ).format(str(error)),
            )
            return
        except OSError as error:
            self._not_written(target, error)
            return
        self.window.statusBar().showMessage(self.tr("Chart saved as {0}").format(target), 5000)

    def ask_pdf_path(self, suggested: Path) -> Path | None:
        return self._ask_save(
            self.tr("Export Chart as PDF"), suggested, [(self.tr("PDF documents (*.pdf)"), "pdf")]
        )

    def ask_image_path(self, suggested: Path) -> Path | None:
        return self._ask_save(
            self.tr("Export Chart as Image"),
            suggested,
            [(self.tr("PNG images (*.png)"), "png"), (self.tr("SVG drawings (*.svg)"), "svg")],
        )

    def _ask_save(self, title: str, suggested: Path, filters: list[tuple[str, str]]) -> Path | None:
        """A save dialog that adds the chosen filter's suffix before it asks about overwriting."""
        dialog = QFileDialog(self.window, title, str(suggested))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([name for name, _suffix in filters])
        dialog.setDefaultSuffix(filters[0][1])
        suffixes = dict(filters)
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix(suffixes.get(chosen, filters[0][1]))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None

    @staticmethod
    def _with_suffix(target: Path, suffixes: tuple[str, ...]) -> tuple[Path, bool]:
        """``target`` with an allowed suffix, and whether the file dialog confirmed that name.

        A name with another suffix gets the first allowed one added; the dialog never asked
        about that file, so it is not overwritten.
        """
        if target.suffix.lower() in suffixes:
            return target, True
        return target.with_name(target.name + suffixes[0]), False

    def _writable(self, target: Path, document: ProjectDocument) -> bool:
        if target.resolve() == document.path.resolve():
            self.window.show_error(
                self.tr("Cannot export the chart"),
                self.tr("Choose another file: the open project is never overwritten."),
            )
            return False
        return True

    def _not_written(self, target: Path, error: OSError) -> None:
        if isinstance(error, FileExistsError):
            text = self.tr("{0} already exists; choose another name.").format(target.name)
        else:
            text = self.tr("{0} could not be written.").format(target.name)
        self.window.show_error(self.tr("Cannot export the chart"), text, str(error))
