"""The tables of the Budget tab: rows of ready-written cells (numbers right-aligned, negative
amounts red, over-runs on a red background, totals in bold and kept last when sorted), shown
by a thin table model; an edit is handed to the page, which turns it into a command."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from app.views.budget_labels import (
    MUTED,
    NEGATIVE,
    OVER_RUN_BACKGROUND,
    TOTAL_BACKGROUND,
    BudgetFormat,
)
from app.views.editors import DateEdit, from_qdate, to_qdate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MAX_FITTED_WIDTH = 360  # a fitted column is never wider (long notes are elided, with a tip)
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as shown: its text, how it sorts, and how it looks."""

    text: str = ""
    sort: Any = None  # None: sorts by its text
    numeric: bool = False  # right-aligned
    colour: QColor | None = None
    tip: str = ""
    edit: Any = None  # what an editor starts from
    editable: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    key: Any
    cells: Sequence[Cell]
    total: bool = False  # bold, shaded, and last however the table is sorted
    alarm: bool = False  # an over-run: a red background
    tip: str = ""  # the tooltip of cells without one of their own
    strong: bool = False  # bold, as a summary task


def text_cell(text: str, tip: str = "", *, editable: bool = False) -> Cell:
    """Text, edited as it is shown when ``editable``."""
    tip = tip or (text if len(text) > 40 else "")
    return Cell(text, sort=text.casefold(), tip=tip, edit=text, editable=editable)


def choice_cell(text: str, value: Any, *, editable: bool = False, tip: str = "") -> Cell:
    """A value shown by its name and chosen from a drop-down (``value`` may be None)."""
    return Cell(text, sort=text.casefold(), tip=tip, edit=value, editable=editable)


def date_cell(fmt: BudgetFormat, day: dt.date | None, *, editable: bool = False) -> Cell:
    return Cell(fmt.date(day), sort=day, edit=day, editable=editable and day is not None)


def money_cell(
    fmt: BudgetFormat,
    cents: int | None,
    *,
    red: bool = True,
    quiet_zero: bool = False,
    tip: str = "",
    editable: bool = False,
) -> Cell:
    """An amount, right-aligned; red when negative (unless ``red`` is off), grey when zero
    and ``quiet_zero`` (long columns of nothing stay in the background). It is edited as
    the text it shows."""
    if cents is None:
        return Cell("", sort=None, numeric=True, tip=tip, edit="", editable=editable)
    colour = NEGATIVE if red and cents < 0 else MUTED if quiet_zero and cents == 0 else None
    text = fmt.money(cents)
    return Cell(text, cents, True, colour, tip, edit=text, editable=editable)


def number_cell(text: str, sort: Any, *, colour: QColor | None = None, tip: str = "") -> Cell:
    return Cell(text, sort=sort, numeric=True, colour=colour, tip=tip)


def muted_cell(text: str) -> Cell:
    return Cell(text, sort=text, colour=MUTED)


class RowTableModel(QAbstractTableModel):
    """Rows of cells under translated headers; owns nothing but what it shows.

    ``on_edit(key, column, value)`` is called for an edit of an editable cell; it makes the
    command and says whether the edit was taken.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[tuple[str, str]] = []
        self._rows: list[Row] = []
        self.on_edit: Callable[[Any, int, Any], bool] | None = None

    def set_headers(self, headers: Sequence[tuple[str, str]]) -> None:
        """(title, tooltip) per column; the column count is fixed by the first call."""
        if len(headers) != len(self._headers):
            self.beginResetModel()
            self._headers = list(headers)
            self.endResetModel()
            return
        self._headers = list(headers)
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``; the same rows in the same order only repaint (selection kept)."""
        rows = list(rows)
        if [row.key for row in rows] == [row.key for row in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, max(0, len(self._headers) - 1))
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, key: Any) -> int:
        for number, row in enumerate(self._rows):
            if row.key == key and not row.total:
                return number
        return -1

    def text(self, row: int, column: int) -> str:
        return self._rows[row].cells[column].text

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        title, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None

    def _cell(self, index: AnyIndex) -> tuple[Row, Cell] | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not 0 <= index.column() < len(row.cells):
            return None
        return row, row.cells[index.column()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self._cell(index)
        if found is None:
            return None
        row, cell = found
        return cell_data(row, cell, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        found = self._cell(index)
        flags = super().flags(index)
        if found is not None and found[1].editable and self.on_edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self._cell(index)
        if role != Qt.ItemDataRole.EditRole or found is None or self.on_edit is None:
            return False
        row, cell = found
        if not cell.editable or value == cell.edit:
            return False
        return self.on_edit(row.key, index.column(), value)


def cell_data(row: Row, cell: Cell, role: int) -> Any:
    """What a cell gives a view for ``role`` (shared by the tables and the trees)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return cell.text
    if role == Qt.ItemDataRole.EditRole:
        return cell.edit if cell.editable else cell.text
    if role == Qt.ItemDataRole.ToolTipRole:
        return cell.tip or row.tip or None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(RIGHT if cell.numeric else LEFT)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(cell.colour) if cell.colour is not None else None
    if role == Qt.ItemDataRole.BackgroundRole:
        if row.alarm:
            return QBrush(OVER_RUN_BACKGROUND)
        return QBrush(TOTAL_BACKGROUND) if row.total else None
    if role == Qt.ItemDataRole.FontRole and (row.total or row.strong):
        font = QFont()
        font.setBold(True)
        return font
    if role == SORT_ROLE:
        return cell.text.casefold() if cell.sort is None else cell.sort
    if role == KEY_ROLE:
        return row.key
    if role == TOTAL_ROLE:
        return row.total
    return None


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by the cells' sort keys; a totals row stays at the bottom either way."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        left_total = bool(left.data(TOTAL_ROLE))
        right_total = bool(right.data(TOTAL_ROLE))
        if left_total != right_total:
            # Qt reverses the comparison for a descending sort: answer so totals end last.
            return right_total == (self.sortOrder() == Qt.SortOrder.AscendingOrder)
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def make_table(parent: QWidget, name: str, *, sortable: bool = False) -> QTableView:
    """A read-mostly table in the tab's style: whole rows selected, no wrapping, compact."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(sortable)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


def make_tree(parent: QWidget, name: str) -> QTreeView:
    tree = QTreeView(parent)
    tree.setObjectName(name)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setWordWrap(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    tree.header().setStretchLastSection(False)
    return tree


def fit_columns(view: QTableView | QTreeView, stretch: int | None = None) -> None:
    """Every column as wide as its header and texts (capped); ``stretch`` takes what is left."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        wanted = max(view.columnWidth(column), header.sectionSizeHint(column)) + 12
        view.setColumnWidth(column, min(wanted, MAX_FITTED_WIDTH))
    if stretch is not None and 0 <= stretch < model.columnCount():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def share_width(table: QTableView, first: int = 1) -> None:
    """Columns from ``first`` on share the width left by those before it (fitted)."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    for column in range(first, model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fitted_height(table: QTableView, rows: int) -> int:
    """The height that shows the header and ``rows`` rows without a scroll bar."""
    frame = 2 * table.frameWidth()
    scroll = table.horizontalScrollBar().sizeHint().height()
    return (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + frame
        + scroll // 4
    )


def tree_items(row: Row) -> list[QStandardItem]:
    """A row of a tree as standard items (read-only), its look taken from the cells."""
    items = []
    for cell in row.cells:
        item = QStandardItem(cell.text)
        item.setEditable(False)
        for role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
            SORT_ROLE,
            KEY_ROLE,
        ):
            value = cell_data(row, cell, role)
            if value is not None:
                item.setData(value, role)
        items.append(item)
    return items


# Choices for a column's drop-down: (text, value) pairs, or None for a plain editor.
Choices = Callable[[int], list[tuple[str, Any]] | None]


class BudgetDelegate(QStyledItemDelegate):
    """Editors for the budget tables: a drop-down where the page offers choices for the
    column, a calendar for a date, else a line of text (amounts are typed as text)."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        choices = self._choices(index.column())
        if choices is not None:
            combo = QComboBox(parent)
            for text, value in choices:
                combo.addItem(text, value)
            return combo
        if isinstance(index.data(Qt.ItemDataRole.EditRole), dt.date):
            return DateEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEdit) and isinstance(value, dt.date):
            editor.setDate(to_qdate(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateEdit):
            model.setData(index, from_qdate(editor.date()), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
