"""The requirements half of the Plan tab: a sortable, filterable table with its tools."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.requirements import (
    DeleteRequirementCommand,
    InsertRequirementCommand,
    MoveRequirementCommand,
)
from app.domain.requirements import MoSCoW, RequirementStatus
from app.services.requirements import blank_requirement
from app.services.stakeholders import stakeholder_names
from app.views.labels import priority_label, status_label
from app.views.requirements_model import COLUMNS, SORT_ROLE, RequirementTableModel


class EnumDelegate(QStyledItemDelegate):
    """A drop-down of translated labels for the priority and status columns."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        field = COLUMNS[index.column()]
        editor = QComboBox(parent)
        if field == "priority":
            for value in MoSCoW:
                editor.addItem(priority_label(value), value.value)
        else:
            for value in RequirementStatus:
                editor.addItem(status_label(value), value.value)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        index.model().setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SourceDelegate(QStyledItemDelegate):
    """The source of a requirement: a stakeholder from the register, or any text."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setObjectName("requirementSource")
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems([name for _id, name in self._document.read(stakeholder_names)])
        completer = editor.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        index.model().setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class RequirementsPanel(QWidget):
    """Add, remove and reorder requirements; sort by any column; filter by text."""

    edit_refused = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = RequirementTableModel(document, self)
        self.model.edit_refused.connect(self.edit_refused)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.toolbar = QToolBar(self)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.up_action = QAction(self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_action = QAction(self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.toolbar.addAction(action)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_requirement)
        self.remove_action.triggered.connect(self.remove_selected)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.move_selected(+1))
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.filter)

        self.table = QTableView(self)
        self.table.setObjectName("requirementsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("ref"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        delegate = EnumDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("priority"), delegate)
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), delegate)
        self.source_delegate = SourceDelegate(document, self.table)
        self.table.setItemDelegateForColumn(COLUMNS.index("source"), self.source_delegate)
        for column, width in zip(range(len(COLUMNS)), (70, 300, 100, 100, 120, 200), strict=False):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Requirements"))
        self.add_action.setText(self.tr("Add"))
        self.add_action.setToolTip(self.tr("Add a requirement below the selected one"))
        self.remove_action.setText(self.tr("Remove"))
        self.up_action.setText(self.tr("Move up"))
        self.down_action.setText(self.tr("Move down"))
        self.filter.setPlaceholderText(self.tr("Filter requirements…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- selection -----------------------------------------------------------------
    def selected_row(self) -> int | None:
        """The source-model row of the selected requirement."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.proxy.mapToSource(indexes[0]).row()

    def select_requirement(self, requirement_id: int) -> None:
        row = self.model.row_of(requirement_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _update_actions(self) -> None:
        editable = not self._document.read_only
        has_row = self.selected_row() is not None
        ordered = self.proxy.sortColumn() == COLUMNS.index("ref") and not self.filter.text()
        self.add_action.setEnabled(editable)
        self.remove_action.setEnabled(editable and has_row)
        self.up_action.setEnabled(editable and has_row and ordered)
        self.down_action.setEnabled(editable and has_row and ordered)

    # -- edits ---------------------------------------------------------------------
    def _push(self, command: object) -> bool:
        try:
            self._document.push(command)  # type: ignore[arg-type]
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    def add_requirement(self) -> None:
        row = self.selected_row()
        position = (
            self.model.rowCount() if row is None else self.model.requirement(row).position + 1
        )
        command = InsertRequirementCommand(
            self._document, position, blank_requirement(self.tr("New requirement"))
        )
        if self._push(command) and command.inserted is not None:
            self.select_requirement(command.inserted.id)
            self.table.edit(self.table.currentIndex())

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._push(DeleteRequirementCommand(self._document, self.model.requirement(row).id))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = self.model.requirement(row)
        target = item.position + step
        if 0 <= target < self.model.rowCount():
            self._push(MoveRequirementCommand(self._document, item.id, target))
            self.select_requirement(item.id)
