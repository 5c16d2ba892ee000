"""A list page of the Budget tab (expenses and invoices, purchase orders): a sortable table
edited in place, a search box, New and Delete, and a line with the count and the total."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.document import ProjectDocument
from app.domain.money import MoneyRefused, parse_money
from app.views.budget_entry_dialog import BudgetEntryDialog, EntryField
from app.views.budget_labels import MUTED
from app.views.budget_page import BudgetPage
from app.views.budget_table import (
    KEY_ROLE,
    TOTAL_ROLE,
    BudgetDelegate,
    Row,
    RowTableModel,
    TotalsLastProxy,
    fit_columns,
    make_table,
)
from app.views.tab_actions import tab_action


class SearchProxy(TotalsLastProxy):
    """Rows holding every word typed (in any column); totals always stay."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not self.words or model.index(source_row, 0, source_parent).data(TOTAL_ROLE):
            return True
        texts = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in texts for word in self.words)


class BudgetListPage(BudgetPage):
    """Subclasses give the headers, the rows, the choices of a column, and the edits."""

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None = None,
        language: str = "en",
        *,
        name: str,
        stretch: int | None = None,
    ) -> None:
        super().__init__(document, parent, language)
        self.model = RowTableModel(self)
        self.model.on_edit = self.edit_cell
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, name, sortable=True)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setItemDelegate(BudgetDelegate(self.choices, self.table))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.toolbar = QToolBar(self)
        self.new_action = self._action("Ctrl+Shift+N", self.new_row)
        self.delete_action = self._action(QKeySequence(Qt.Key.Key_Delete), self.delete_selected)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search)
        self.toolbar.addWidget(self.search)

        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setContentsMargins(8, 3, 8, 5)
        self.summary.setStyleSheet(f"color: {MUTED.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._fitted = False
        self._stretch = stretch  # the column that takes the width left over

    def _action(self, shortcut: str | QKeySequence, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    def task_names(self) -> dict[int | None, str]:
        return {row.id: f"{row.wbs}  {row.name}" for row in self.document.schedule().rows}

    def booking_choices(
        self, key: str, none: tuple[str, Any], categories: list[tuple[int, str]]
    ) -> list[tuple[str, Any]] | None:
        """The drop-downs expenses and purchase orders share: the category and the task a
        row is booked on, each with ``none`` first."""
        if key == "category_id":
            return [none, *((name, k) for k, name in categories)]
        if key == "task_id":
            return [none, *((name, k) for k, name in self.task_names().items())]
        return None

    # -- what subclasses give -------------------------------------------------------------------
    def rows(self) -> list[Row]:
        raise NotImplementedError

    def summary_text(self) -> str:
        return ""

    def choices(self, column: int) -> list[tuple[str, Any]] | None:
        """The drop-down of an editable column (None: typed)."""
        return None

    def edit_cell(self, key: Any, column: int, value: Any) -> bool:
        """Make the command for an edit in the table; False when not taken."""
        return False

    def new_row(self) -> None:
        """Add a row (a command) and select it."""

    def delete_row(self, key: Any) -> None:
        """Delete a row (a command), after asking if need be."""

    def can_edit(self) -> bool:
        """Whether rows can be added and deleted (the commands exist, the file is writable)."""
        return False

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        kept = self.current_key()
        self.model.set_rows(self.rows())
        if not self._fitted and self.model.rowCount():
            fit_columns(self.table, stretch=self._stretch)
            self._fitted = True
        self.summary.setText(self.summary_text())
        if kept is not None:
            self.select_key(kept)
        self._update_actions()

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_actions()

    # -- selection ------------------------------------------------------------------------------
    def current_key(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(KEY_ROLE)

    def select_key(self, key: Any, column: int = 0) -> QModelIndex:
        """Select a row by key (clearing the search if it hides the row); returns its index."""
        row = self.model.row_of(key)
        if row < 0:
            return QModelIndex()
        source = self.model.index(row, column)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(source)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        return index

    def delete_selected(self) -> None:
        key = self.current_key()
        if key is not None and self.can_edit():
            self.delete_row(key)

    def _update_actions(self, *_args: object) -> None:
        editable = self.can_edit()
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and self.current_key() is not None)

    def ask_values(self, title: str, fields: list[EntryField]) -> dict[str, Any] | None:
        """The fields of a new row, asked in a small form (tests answer instead)."""
        dialog = BudgetEntryDialog(title, fields, self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def parse_money(self, value: Any) -> int | None:
        """An amount typed in the table; a refusal is signalled and gives None."""
        try:
            return parse_money(str(value), self.language)
        except MoneyRefused as exc:
            self.edit_refused.emit(exc)
            return None

    def default_date(self) -> dt.date:
        """The date a new row starts with: the status date, else today."""
        return self.document.schedule().status_date or dt.date.today()

    def ask_confirmation(self, title: str, text: str) -> bool:
        """Ask before a delete that takes more with it (tests answer instead)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
