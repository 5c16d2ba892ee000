"""The Team tab, first version: the resource sheet (people, materials, costs), their rates,
and what each is assigned and costs. Later versions add usage, levelling and vacations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.resources import (
    DeleteResourceCommand,
    InsertResourceCommand,
    MoveResourceCommand,
)
from app.services.resources import (
    ACCRUALS,
    RATE_UNITS,
    TYPES,
    ResourceData,
    blank_resource,
    resource_assignment_count,
)
from app.views.resource_labels import (
    accrual_label,
    rate_unit_label,
    side_label,
    type_label,
    worded,
)
from app.views.resource_table_model import (
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    ResourceFilterProxy,
    ResourceTableModel,
)
from app.views.tab_actions import tab_action

COLUMN_WIDTHS = {
    # The widest a column gets when fitted to its contents.
    "name": 240,
    "type": 100,
    "initials": 80,
    "group_name": 190,
    "organisation": 190,
    "internal": 110,
    "max_units": 100,
    "standard_rate_cents": 130,
    "overtime_rate_cents": 130,
    "rate_unit": 110,
    "cost_per_use_cents": 110,
    "accrual": 100,
    "category_id": 180,
    "material_label": 120,
    "work": 110,
    "cost": 140,
}
FIT_SAMPLE = 200  # rows whose texts size the columns
AnyIndex = QModelIndex | QPersistentModelIndex


class ResourceDelegate(QStyledItemDelegate):
    """Drop-downs for the type, side, rate unit, accrual and cost category."""

    def __init__(self, model: ResourceTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        field = COLUMNS[index.column()]
        choices: list[tuple[str, Any]] | None = None
        if field == "type":
            choices = [(type_label(kind), kind) for kind in TYPES]
        elif field == "internal":
            choices = [(side_label(True), True), (side_label(False), False)]
        elif field == "rate_unit":
            choices = [(rate_unit_label(unit), unit) for unit in RATE_UNITS]
        elif field == "accrual":
            choices = [(accrual_label(accrual), accrual) for accrual in ACCRUALS]
        elif field == "category_id":
            choices = [(self.tr("(none)"), None), *((n, k) for k, n in self._model.categories)]
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class TeamTab(QWidget):
    """The resource sheet of the open project, read when the tab is first shown.

    Signals ``edit_refused(Exception)`` when an edit could not be made (already worded:
    the window shows it as it is).
    """

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self._shown = False
        self.model = ResourceTableModel(document, self, language, load=False)
        self.model.edit_refused.connect(self.edit_refused)
        self.proxy = ResourceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("teamToolbar")
        self.new_action = self._action("Ctrl+Shift+N", self.new_resource)
        self.delete_action = self._action(QKeySequence(Qt.Key.Key_Delete), self.delete_selected)
        self.up_action = self._action("Ctrl+Up", lambda: self.move_selected(-1))
        self.down_action = self._action("Ctrl+Down", lambda: self.move_selected(+1))
        self.toolbar.addSeparator()
        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("resourceTypeFilter")
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for kind in (None, *TYPES):
            self.type_filter.addItem("", kind)
        self.search = QLineEdit(self)
        self.search.setObjectName("resourceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.type_filter.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.toolbar.addWidget(self.type_filter)
        self.toolbar.addWidget(self.search)

        self.warning = QLabel(self)
        self.warning.setObjectName("nameWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { background: #fff3c4; color: #5c4400; padding: 4px 8px; }"
        )
        self.warning.hide()

        self.table = QTableView(self)
        self.table.setObjectName("resourceTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ResourceDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        numbers = self.table.verticalHeader()
        numbers.setDefaultSectionSize(self.fontMetrics().height() + 8)
        numbers.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, key in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS[key])
        for action in (self.delete_action, self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.totals = QLabel(self)
        self.totals.setObjectName("teamTotals")
        self.totals.setContentsMargins(6, 2, 6, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._sheet_changed)
        self.proxy.layoutChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    def _action(self, shortcut: str | QKeySequence | None, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.new_action: (self.tr("New"), self.tr("Add a resource below the selected one")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected resource")),
            self.up_action: (self.tr("Move up"), self.tr("Move up the sheet")),
            self.down_action: (self.tr("Move down"), self.tr("Move down the sheet")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.type_filter.setItemText(0, self.tr("All types"))
        for row, kind in enumerate(TYPES, start=1):
            self.type_filter.setItemText(row, type_label(kind))
        self.search.setPlaceholderText(self.tr("Find resources…"))
        self.model.retranslate()
        self._sheet_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """The UI language for money and work (€ 1.234,56 in Dutch)."""
        self.language = language
        self.model.set_language(language)
        self._sheet_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """The sheet is read when the tab is first shown, not when the file opens."""
        if not self._shown:
            self._shown = True
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        if self.model.loaded:
            return
        self.model.load()
        self._fit_columns()
        if self.model.rowCount():
            self.select_resource(self.model.resource(0).id)

    def _fit_columns(self) -> None:
        """Columns as wide as their header and texts, capped (measured on a sample)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        items = self.model.resources()[:FIT_SAMPLE]
        for column, key in enumerate(COLUMNS):
            texts = {self.model.display(item, key) for item in items}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            wanted = max(header.sectionSizeHint(column), widest + 16)
            self.table.setColumnWidth(column, min(wanted, COLUMN_WIDTHS[key]))

    # -- selection --------------------------------------------------------------------------------
    def current_resource(self) -> ResourceData | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.proxy.mapToSource(rows[0]).row()
        return self.model.resource(row) if 0 <= row < self.model.rowCount() else None

    def select_resource(self, resource_id: int, column: str = "name") -> QModelIndex:
        """Select in the table (clearing the filters when they hide it); returns its index."""
        row = self.model.row_of(resource_id)
        if row < 0:
            return QModelIndex()
        source = self.model.index(row, COLUMNS.index(column))
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return index

    # -- filters ----------------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        kept = self.current_resource()
        self.proxy.set_filters(kind=self.type_filter.currentData(), text=self.search.text())
        if kept is not None and self.proxy.accepts(kept):
            self.select_resource(kept.id)
        self._update_actions()

    def clear_filters(self) -> None:
        for widget in (self.type_filter, self.search):
            widget.blockSignals(True)
        self.type_filter.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.type_filter, self.search):
            widget.blockSignals(False)
        self._filters_changed()

    # -- following the sheet ----------------------------------------------------------------------
    def _sheet_changed(self, *_args: object) -> None:
        """The warning about names the Resource Names column cannot tell apart, and totals."""
        items = self.model.resources()
        seen: dict[str, list[str]] = {}
        for item in items:
            seen.setdefault(item.name.strip().casefold(), []).append(item.name)
        doubled = sorted(names[0] for names in seen.values() if len(names) > 1)
        if doubled:
            self.warning.setText(
                self.tr(
                    "More than one resource is called {0}. The Resource Names column of the "
                    "schedule assigns the first of them; give each a name of its own."
                ).replace("{0}", ", ".join(f"“{name}”" for name in doubled))
            )
        self.warning.setVisible(bool(doubled))
        work = sum(self.model.use(item.id).work_minutes for item in items)
        cost = sum(self.model.use(item.id).cost_cents for item in items)
        hours = self.model.display_hours(work) if items else ""
        self.totals.setText(
            self.tr("{0} resources · {1} of work assigned · planned cost {2}")
            .replace("{0}", str(len(items)))
            .replace("{1}", hours or "0")
            .replace("{2}", self.model.money(cost))
        )
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        editable = not self._document.read_only and self.model.loaded
        item = self.current_resource()
        ordered = not self.proxy.is_filtering()
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and item is not None)
        self.up_action.setEnabled(editable and ordered and item is not None and item.position > 0)
        self.down_action.setEnabled(
            editable and ordered and item is not None and item.position < self.model.rowCount() - 1
        )

    # -- edits ------------------------------------------------------------------------------------
    def _push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(worded(exc))
            return False
        return True

    def ask_confirmation(self, title: str, text: str) -> bool:
        """Ask before deleting a resource that is assigned (tests answer instead)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def new_resource(self) -> None:
        item = self.current_resource()
        position = self.model.rowCount() if item is None else item.position + 1
        command = InsertResourceCommand(
            self._document, position, blank_resource(self.tr("New resource")), self.language
        )
        if self._push(command) and command.inserted is not None:
            self.clear_filters()
            index = self.select_resource(command.inserted.id)
            if index.isValid():
                self.table.setFocus()
                self.table.edit(index)

    def delete_selected(self) -> None:
        item = self.current_resource()
        if item is None:
            return
        count = self._document.read(resource_assignment_count, item.id)
        if count:
            text = (
                self.tr(
                    "%n task(s) use {0}. Deleting the resource removes these assignments; "
                    "effort-driven tasks give its work to the others. Undo brings it back.",
                    "",
                    count,
                )
            ).replace("{0}", item.name)
            if not self.ask_confirmation(self.tr("Delete resource"), text):
                return
        row = self.table.currentIndex().row()
        if self._push(DeleteResourceCommand(self._document, item.id)):
            row = min(row, self.proxy.rowCount() - 1)
            if row >= 0:
                self.select_resource(self.proxy.index(row, 0).data(ID_ROLE))

    def move_selected(self, step: int) -> None:
        item = self.current_resource()
        if item is None:
            return
        target = item.position + step
        if 0 <= target < self.model.rowCount():
            if self.proxy.sortColumn() != -1:  # show the sheet's order the move is in
                self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self._push(MoveResourceCommand(self._document, item.id, target))
            self.select_resource(item.id)
