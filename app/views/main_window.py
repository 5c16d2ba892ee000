"""The main window: menus, the start page or the open project's tabs, the status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.commands.base import EDIT_REFUSED
from app.commands.baselines import SaveBaselineCommand
from app.commands.document import ProjectDocument, ProjectLocked, StoreError, demo_path
from app.commands.tasks import UpdateProjectCommand
from app.domain.validation import InvalidValue
from app.services.charter import read_charter
from app.views.backups_dialog import BackupsDialog
from app.views.exchange_actions import REFUSALS, SHEET_SUFFIXES, ExchangeActions
from app.views.i18n import install_language
from app.views.labels import refusal_text
from app.views.preferences_dialog import PreferencesDialog
from app.views.print_actions import PrintActions
from app.views.project_view import ProjectView
from app.views.settings import AppSettings
from app.views.start_page import StartPage

if TYPE_CHECKING:
    from app.views.calendar_dialog import CalendarDialog

SUFFIX = ".koers"
BASELINES = 11  # Baseline (0) and Baseline 1-10, as in Microsoft Project


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.document: ProjectDocument | None = None
        self.project_view: ProjectView | None = None
        self.calendar_dialog: CalendarDialog | None = None
        self.undo_group = QUndoGroup(self)

        self.start_page = StartPage(self)
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.open_requested.connect(self.open_project)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_chosen.connect(self.open_path)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)

        self._make_actions()
        self._make_menus()
        self.file_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)

        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.retranslate()
        self._refresh_state()

    # -- actions and menus ---------------------------------------------------------
    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(keys.New)
        self.open_action = self._action(keys.Open)
        self.save_as_action = self._action(keys.SaveAs)
        self.save_copy_action = self._action()
        self.restore_action = self._action()
        self.import_action = self._action()
        self.close_action = self._action(keys.Close)
        self.quit_action = self._action(keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        self.preferences_action = self._action(keys.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.calendar_action = self._action()
        self.baseline_action = self._action()
        self.update_project_action = self._action()
        self.plan_tab_action = self._action(QKeySequence("Ctrl+1"))
        self.schedule_tab_action = self._action(QKeySequence("Ctrl+2"))
        self.team_tab_action = self._action(QKeySequence("Ctrl+3"))
        self.budget_tab_action = self._action(QKeySequence("Ctrl+4"))
        self.risks_tab_action = self._action(QKeySequence("Ctrl+5"))
        self.stakeholders_tab_action = self._action(QKeySequence("Ctrl+6"))
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.print_actions = PrintActions(self)
        self.exchange_actions = ExchangeActions(self)

        self.new_action.triggered.connect(self.new_project)
        self.open_action.triggered.connect(self.open_project)
        self.save_as_action.triggered.connect(self.save_as)
        self.save_copy_action.triggered.connect(self.save_copy)
        self.restore_action.triggered.connect(self.restore_backup)
        self.import_action.triggered.connect(self.import_project)
        self.close_action.triggered.connect(self.close_project)
        self.quit_action.triggered.connect(self.close)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.baseline_action.triggered.connect(self.save_baseline)
        self.update_project_action.triggered.connect(self.update_project)
        for name, action in self._tab_actions().items():
            action.triggered.connect(lambda _checked=False, n=name: self.show_tab(n))
        self.about_action.triggered.connect(self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.exchange_actions.import_changes_action)
        self.file_menu.addAction(self.exchange_actions.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        for action in self.print_actions.actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.project_menu = bar.addMenu("")
        self.project_menu.addAction(self.calendar_action)
        self.project_menu.addSeparator()
        self.project_menu.addAction(self.baseline_action)
        self.project_menu.addAction(self.update_project_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(list(self._tab_actions().values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setLocale(QLocale())
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.project_menu.setTitle(self.tr("&Project"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.new_action.setText(self.tr("&New Project…"))
        self.open_action.setText(self.tr("&Open…"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.save_copy_action.setText(self.tr("Save a Cop&y…"))
        self.restore_action.setText(self.tr("Restore &Backup…"))
        self.import_action.setText(self.tr("&Import…"))
        self.close_action.setText(self.tr("&Close Project"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_group.setObjectName("undo")
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.calendar_action.setText(self.tr("Project &Calendar…"))
        self.baseline_action.setText(self.tr("Save &Baseline…"))
        self.update_project_action.setText(self.tr("&Update Project…"))
        self.plan_tab_action.setText(self.tr("&Plan"))
        self.schedule_tab_action.setText(self.tr("&Schedule"))
        self.team_tab_action.setText(self.tr("&Team"))
        self.budget_tab_action.setText(self.tr("&Budget"))
        self.risks_tab_action.setText(self.tr("&Risks"))
        self.stakeholders_tab_action.setText(self.tr("S&takeholders"))
        self.about_action.setText(self.tr("&About Koers"))
        self.print_actions.retranslate()
        self.exchange_actions.retranslate()
        self._refresh_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)

    # -- state shown in title and status bar ---------------------------------------
    def _refresh_state(self) -> None:
        document = self.document
        has_project = document is not None
        for action in (
            self.save_as_action,
            self.save_copy_action,
            self.close_action,
            *self._tab_actions().values(),
            self.calendar_action,  # a read-only project shows its calendar without OK
            *self.print_actions.actions,
            self.exchange_actions.export_action,
        ):
            action.setEnabled(has_project)
        editable = has_project and not document.read_only  # type: ignore[union-attr]
        for action in (
            self.restore_action,
            self.baseline_action,
            self.update_project_action,
            self.exchange_actions.import_changes_action,
        ):
            action.setEnabled(editable)
        if document is None:
            self.setWindowTitle("Koers")
            self.file_label.setText(self.tr("No project open"))
            self.saved_label.setText("")
            self.start_page.show_recent(self.settings.recent_files())
            return
        name = document.read(read_charter).name
        suffix = self.tr(" [read-only]") if document.read_only else ""
        self.setWindowTitle(f"{name} — {document.path.name}{suffix} — Koers")
        self.file_label.setText(str(document.path))
        self.saved_label.setText(
            self.tr("Read-only: changes cannot be made")
            if document.read_only
            else self.tr("Every change is saved at once")
        )

    # -- user interaction points that tests replace ----------------------------------
    def ask_save_path(self, title: str, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("Koers projects (*.koers)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Project"), "", self.tr("Koers projects (*.koers);;All files (*)")
        )
        return Path(name) if name else None

    def ask_open_read_only(self, error: ProjectLocked) -> bool:
        holder = error.holder
        answer = QMessageBox.question(
            self,
            self.tr("Project in use"),
            self.tr("{0} is open by {1} on {2} (since {3}).\n\nOpen it read-only?").format(
                error.path.name, holder.user, holder.host, holder.since
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr(
                "Project files (*.xml *.gan *.xlsx *.csv);;Microsoft Project XML (*.xml);;"
                "GanttProject (*.gan);;Excel workbooks (*.xlsx);;CSV files (*.csv);;"
                "All files (*)"
            ),
        )
        return Path(name) if name else None

    def ask_baseline_number(self) -> int | None:
        number, ok = QInputDialog.getInt(
            self,
            self.tr("Save Baseline"),
            self.tr("Save the current schedule as baseline (0–10):"),
            0,
            0,
            BASELINES - 1,
        )
        return number if ok else None

    def confirm_update_project(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Update Project"),
            self.tr(
                "Move all work that should have been done by the status date past it?\n\n"
                "Tasks not started get a start-no-earlier-than constraint; tasks in progress "
                "continue after the status date. You can undo this."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        if detail:
            box.setInformativeText(detail)
        box.exec()

    # -- opening and closing ---------------------------------------------------------
    def store_error_text(self, error: StoreError) -> str:
        name = error.path.name
        texts = {
            "missing": self.tr("{0} does not exist or cannot be read."),
            "not_sqlite": self.tr("{0} is not a Koers project."),
            "foreign_database": self.tr(
                "{0} is a database of another program, not a Koers project."
            ),
            "newer_schema": self.tr(
                "{0} was saved by a newer version of Koers. Update Koers to open it."
            ),
            "damaged": self.tr("{0} is damaged and cannot be opened. Restore one of its backups."),
            "locked": self.tr("{0} is open in another Koers window."),
            "read_only_upgrade": self.tr(
                "{0} must be upgraded before it can be read; open it for editing."
            ),
        }
        return texts.get(error.code, self.tr("{0} cannot be opened.")).format(name)

    def set_document(self, document: ProjectDocument | None) -> None:
        """Show ``document`` (or the start page), closing the project shown before."""
        if self.calendar_dialog is not None:
            self.calendar_dialog.reject()
        self.print_actions.forget_document()
        if self.project_view is not None:
            self.stack.removeWidget(self.project_view)
            self.project_view.deleteLater()
            self.project_view = None
        if self.document is not None:
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close()
            self.document.deleteLater()
        self.document = document
        if document is not None:
            self.undo_group.addStack(document.undo_stack)
            self.undo_group.setActiveStack(document.undo_stack)
            document.changed.connect(lambda _change: self._refresh_state())
            document.path_changed.connect(lambda _path: self._refresh_state())
            self.project_view = ProjectView(document, self, self.settings.language)
            self.project_view.edit_refused.connect(self._edit_refused)
            self.stack.addWidget(self.project_view)
            self.stack.setCurrentWidget(self.project_view)
            self.settings.add_recent(document.path)
        else:
            self.stack.setCurrentWidget(self.start_page)
        self._refresh_state()

    def open_path(self, path: Path) -> bool:
        path = Path(path)
        try:
            try:
                document = ProjectDocument.open(path)
            except ProjectLocked as locked:
                if not self.ask_open_read_only(locked):
                    return False
                document = ProjectDocument.open(path, read_only=True)
        except StoreError as error:
            self.show_error(
                self.tr("Cannot open project"), self.store_error_text(error), str(error)
            )
            if error.code == "missing":
                self.settings.remove_recent(path)
                self._refresh_state()
            return False
        self.set_document(document)
        if document.upgraded_from is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded from file version {0}; the old file was kept beside it.").format(
                    document.upgraded_from
                ),
                10_000,
            )
        return True

    def open_project(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_path(path)

    def new_project(self) -> None:
        path = self.ask_save_path(
            self.tr("New Project"), Path.home() / (self.tr("Project") + SUFFIX)
        )
        if path is None:
            return
        self._create(lambda: ProjectDocument.create(path, path.stem, dt.date.today()))

    def open_demo(self) -> None:
        self._create(lambda: ProjectDocument.create_demo(demo_path(), dt.date.today()))

    def _create(self, make: object) -> None:
        try:
            document = make()  # type: ignore[operator]
        except (StoreError, OSError) as error:
            self.show_error(self.tr("Cannot create project"), str(error))
            return
        self.set_document(document)

    def save_as(self) -> None:
        if self.document is None:
            return
        path = self.ask_save_path(self.tr("Save As"), self.document.path)
        if path is None:
            return
        try:
            self.document.save_as(path)
        except (StoreError, OSError) as error:
            self.show_error(self.tr("Cannot save the project"), str(error))
            return
        self.settings.add_recent(path)
        self._refresh_state()

    def save_copy(self) -> None:
        if self.document is None:
            return
        suggested = self.document.path.with_name(
            self.tr("{0} copy").format(self.document.path.stem) + SUFFIX
        )
        path = self.ask_save_path(self.tr("Save a Copy"), suggested)
        if path is None:
            return
        try:
            self.document.save_copy(path)
        except (StoreError, OSError) as error:
            self.show_error(self.tr("Cannot save the copy"), str(error))
            return
        self.statusBar().showMessage(self.tr("Copy saved as {0}").format(path), 5000)

    def restore_backup(self) -> None:
        if self.document is None:
            return
        dialog = BackupsDialog(self.document.snapshots(), self)
        if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        snapshot = Path(str(dialog.chosen()))
        stem = self.document.path.stem
        suggested = self.document.path.with_name(self.tr("{0} (restored)").format(stem) + SUFFIX)
        target = self.ask_save_path(self.tr("Restore Backup As"), suggested)
        if target is None:
            return
        if target.resolve() == self.document.path.resolve():
            self.show_error(
                self.tr("Cannot restore"),
                self.tr("Choose a new file: the open project is never overwritten."),
            )
            return
        try:
            ProjectDocument.restore(snapshot, target)
        except (StoreError, OSError) as error:
            self.show_error(self.tr("Cannot restore the backup"), str(error))
            return
        self.open_path(target)

    def import_project(self) -> None:
        """File > Import: a Microsoft Project XML file, a GanttProject file or a spreadsheet
        becomes a new .koers project, opened."""
        source = self.ask_import_path()
        if source is None:
            return
        analysis = None
        if source.suffix.lower() in SHEET_SUFFIXES:  # which columns hold what, first
            try:
                analysis = self.exchange_actions.ask_sheet_choices(source)
            except REFUSALS as error:
                self.show_error(self.tr("Cannot import {0}").format(source.name), str(error))
                return
            if analysis is None:
                return
        target = self.ask_save_path(self.tr("Save Imported Project As"), source.with_suffix(SUFFIX))
        if target is None:
            return
        if self.document is not None and target.resolve() == self.document.path.resolve():
            self.show_error(
                self.tr("Cannot import"),
                self.tr("Choose a new file: the open project is never overwritten."),
            )
            return
        # In the background, with progress and Cancel; a refusal is shown there.
        if self.exchange_actions.import_file(source, target, analysis):
            self.open_path(target)

    def close_project(self) -> None:
        self.set_document(None)

    # -- the Project menu ----------------------------------------------------------------
    def show_calendar(self) -> None:
        """Project > Project Calendar, non-blocking; OK pushes one undoable change."""
        if self.document is None:
            return
        if self.calendar_dialog is not None:
            self.calendar_dialog.reject()
        from app.views.calendar_dialog import CalendarDialog  # loaded when first opened

        dialog = CalendarDialog(self.document, self)
        dialog.finished.connect(lambda _result, d=dialog: self._calendar_closed(d))
        self.calendar_dialog = dialog
        dialog.open()

    def _calendar_closed(self, dialog: CalendarDialog) -> None:
        if self.calendar_dialog is dialog:
            self.calendar_dialog = None
        dialog.deleteLater()

    def save_baseline(self) -> None:
        if self.document is None:
            return
        number = self.ask_baseline_number()
        if number is None:
            return
        try:
            self.document.push(SaveBaselineCommand(self.document, number))
        except EDIT_REFUSED as error:
            self._edit_refused(error)
            return
        self.statusBar().showMessage(
            self.tr("Baseline saved")
            if number == 0
            else self.tr("Baseline {0} saved").format(number),
            5000,
        )

    def update_project(self) -> None:
        document = self.document
        if document is None or not self.confirm_update_project():
            return
        steps = document.undo_stack.count()
        try:
            document.push(UpdateProjectCommand(document))
        except EDIT_REFUSED as error:
            self.show_error(self.tr("Project not updated"), self.update_refusal_text(error))
            return
        if document.undo_stack.count() == steps:
            self.statusBar().showMessage(
                self.tr("Nothing to update: no unfinished work lies before the status date."),
                5000,
            )

    def update_refusal_text(self, error: Exception) -> str:
        if isinstance(error, InvalidValue) and error.field == "status_date":
            return self.tr(
                "Set a status date in the project charter first: Update Project moves "
                "unfinished work past it."
            )
        if isinstance(error, InvalidValue) and error.code == "has_cycle":
            return self.tr("The tasks wait for each other in a loop; remove a link first.")
        return refusal_text(error)

    # -- other --------------------------------------------------------------------------
    def _tab_actions(self) -> dict[str, QAction]:
        """View menu: one action per tab of an open project, Ctrl+1 … Ctrl+6, in tab order."""
        return {
            "plan": self.plan_tab_action,
            "schedule": self.schedule_tab_action,
            "team": self.team_tab_action,
            "budget": self.budget_tab_action,
            "risks": self.risks_tab_action,
            "stakeholders": self.stakeholders_tab_action,
        }

    def show_tab(self, name: str) -> None:
        if self.project_view is not None:
            self.project_view.setCurrentWidget(self.project_view.page(name))

    def _edit_refused(self, error: Exception) -> None:
        self.show_error(self.tr("Change not made"), refusal_text(error))

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings.language, self)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.set_language(dialog.chosen_language())

    def set_language(self, code: str) -> None:
        self.settings.language = code
        if self.project_view is not None:
            self.project_view.set_language(code)
        install_language(code)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Koers"),
            self.tr(
                "<h3>Koers {0}</h3><p>Plan, lead and report an IT project in one window, "
                "offline, with each project in one file.</p>"
            ).format(__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.set_document(None)
        self.settings.sync()
        event.accept()
