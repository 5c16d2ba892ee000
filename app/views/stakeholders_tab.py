"""The Stakeholders tab: the register, its details, the power/interest grid and the
engagement assessment matrix, all showing the same people and the same selection."""

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
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.stakeholders import (
    AnonymiseStakeholderCommand,
    DeleteStakeholderCommand,
    InsertStakeholderCommand,
    MoveStakeholderCommand,
)
from app.domain.stakeholders import (
    ENGAGEMENT_LEVELS,
    SCORE_MAX,
    SCORE_MIN,
    Attitude,
    Quadrant,
)
from app.services.stakeholders import (
    StakeholderData,
    blank_stakeholder,
    stakeholder_references,
)
from app.views.engagement_matrix import EngagementMatrixModel, EngagementMatrixView
from app.views.power_interest_grid import PowerInterestGrid
from app.views.stakeholder_form import StakeholderForm
from app.views.stakeholder_labels import (
    attitude_label,
    engagement_label,
    named_refusal,
    quadrant_label,
    side_label,
)
from app.views.stakeholder_table_model import (
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    StakeholderFilterProxy,
    StakeholderTableModel,
)
from app.views.tab_actions import tab_action

COLUMN_WIDTHS = {
    # The widest a column gets when fitted to its contents.
    "name": 200,
    "role": 220,
    "organisation": 200,
    "internal": 160,
    "power": 90,
    "interest": 90,
    "quadrant": 180,
    "attitude": 140,
    "current_engagement": 190,
    "desired_engagement": 190,
    "gap": 70,
    "relationship_owner": 180,
    "channel": 200,
    "frequency": 180,
}
AnyIndex = QModelIndex | QPersistentModelIndex


class StakeholderDelegate(QStyledItemDelegate):
    """Drop-downs for side, attitude and engagement, 1–5 for power and interest."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        field = COLUMNS[index.column()]
        if field in ("power", "interest"):
            spin = QSpinBox(parent)
            spin.setRange(SCORE_MIN, SCORE_MAX)
            return spin
        if field == "internal":
            combo = QComboBox(parent)
            combo.addItem(side_label(True), True)
            combo.addItem(side_label(False), False)
            return combo
        if field == "attitude":
            combo = QComboBox(parent)
            for attitude in Attitude:
                combo.addItem(attitude_label(attitude), attitude.value)
            return combo
        if field in ("current_engagement", "desired_engagement"):
            combo = QComboBox(parent)
            for level in ENGAGEMENT_LEVELS:
                combo.addItem(engagement_label(level), level.value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


FIT_SAMPLE = 100  # rows whose texts size the columns


class StakeholdersTab(QWidget):
    """The stakeholder register of the open project (PMBOK).

    Signals: ``edit_refused(Exception)`` when an edit could not be made (the window
    says why), ``selection_changed(int | None)`` with the selected stakeholder's id.
    The register is read when the tab is first shown.
    """

    edit_refused = Signal(object)
    selection_changed = Signal(object)  # stakeholder id or None

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self._syncing = False
        self._shown = False

        self.model = StakeholderTableModel(document, self, load=False)
        self.model.edit_refused.connect(self._refused)
        self.proxy = StakeholderFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.matrix_model = EngagementMatrixModel(self.model, self)
        self.matrix_proxy = StakeholderFilterProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)

        # -- toolbar: edits, then filters ------------------------------------------------
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("stakeholdersToolbar")
        self.new_action = self._action("Ctrl+Shift+N", self.new_stakeholder)
        self.delete_action = self._action(QKeySequence(Qt.Key.Key_Delete), self.delete_selected)
        self.up_action = self._action("Ctrl+Up", lambda: self.move_selected(-1))
        self.down_action = self._action("Ctrl+Down", lambda: self.move_selected(+1))
        self.anonymise_action = self._action(None, self.anonymise_selected)
        self.toolbar.addSeparator()
        self.quadrant_filter = QComboBox(self)
        self.quadrant_filter.setObjectName("quadrantFilter")
        self.quadrant_filter.addItem("", None)
        for value in Quadrant:
            self.quadrant_filter.addItem("", value.value)
        self.attitude_filter = QComboBox(self)
        self.attitude_filter.setObjectName("attitudeFilter")
        self.attitude_filter.addItem("", None)
        for attitude in Attitude:
            self.attitude_filter.addItem("", attitude.value)
        self.side_filter = QComboBox(self)
        self.side_filter.setObjectName("sideFilter")
        for side in (None, True, False):
            self.side_filter.addItem("", side)
        self.gaps_filter = QCheckBox(self)
        self.gaps_filter.setObjectName("gapsFilter")
        self.search = QLineEdit(self)
        self.search.setObjectName("stakeholderSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        for combo in (self.quadrant_filter, self.attitude_filter, self.side_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filters_changed)
            self.toolbar.addWidget(combo)
        self.gaps_filter.toggled.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.toolbar.addWidget(self.gaps_filter)
        self.toolbar.addWidget(self.search)

        # -- the register -------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setObjectName("stakeholderTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(StakeholderDelegate(self.table))
        self.table.setSortingEnabled(True)
        # A third click on a column goes back to the register's own order.
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        numbers = self.table.verticalHeader()  # the place in the register
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
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)

        # -- the grid and the matrix ---------------------------------------------------------
        self.grid_title = QLabel(self)
        self.grid_title.setObjectName("sectionTitle")
        self.grid = PowerInterestGrid(self)
        self.grid.stakeholder_clicked.connect(self.select_stakeholder)
        self.grid.quadrant_clicked.connect(self.toggle_quadrant)
        self.matrix_title = QLabel(self)
        self.matrix_title.setObjectName("sectionTitle")
        self.matrix = EngagementMatrixView(self)
        self.matrix.setModel(self.matrix_proxy)
        self.matrix.selectionModel().selectionChanged.connect(self._matrix_selection_changed)

        grid_box = _titled(self, self.grid_title, self.grid)
        matrix_box = _titled(self, self.matrix_title, self.matrix)
        self.charts = QSplitter(Qt.Orientation.Horizontal, self)
        self.charts.setChildrenCollapsible(False)
        self.charts.addWidget(grid_box)
        self.charts.addWidget(matrix_box)
        self.charts.setStretchFactor(0, 1)
        self.charts.setStretchFactor(1, 1)

        self.register = QSplitter(Qt.Orientation.Vertical, self)
        self.register.setChildrenCollapsible(False)
        self.register.addWidget(self.table)
        self.register.addWidget(self.charts)
        self.register.setStretchFactor(0, 2)
        self.register.setStretchFactor(1, 3)

        # -- the details -------------------------------------------------------------------------
        self.form = StakeholderForm(document, self)
        self.form.edit_refused.connect(self._refused)
        self.details = QScrollArea(self)
        self.details.setObjectName("stakeholderDetails")
        self.details.setWidget(self.form)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details.setMinimumWidth(280)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.register)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.dataChanged,
        ):
            signal.connect(self._register_changed)
        self.proxy.layoutChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    def _action(self, shortcut: str | QKeySequence | None, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.new_action: (self.tr("New"), self.tr("Add a stakeholder below the selected one")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected stakeholder")),
            self.up_action: (self.tr("Move up"), self.tr("Move up the register")),
            self.down_action: (self.tr("Move down"), self.tr("Move down the register")),
            self.anonymise_action: (
                self.tr("Anonymise…"),
                self.tr("Remove the name, contact details and personal notes"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.quadrant_filter.setItemText(0, self.tr("All quadrants"))
        for row, value in enumerate(Quadrant, start=1):
            self.quadrant_filter.setItemText(row, quadrant_label(value))
        self.attitude_filter.setItemText(0, self.tr("All attitudes"))
        for row, attitude in enumerate(Attitude, start=1):
            self.attitude_filter.setItemText(row, attitude_label(attitude))
        self.side_filter.setItemText(0, self.tr("Internal and external"))
        self.side_filter.setItemText(1, self.tr("Internal only"))
        self.side_filter.setItemText(2, self.tr("External only"))
        self.gaps_filter.setText(self.tr("Engagement gaps only"))
        self.search.setPlaceholderText(self.tr("Find stakeholders…"))
        self.grid_title.setText(self.tr("Power/interest grid"))
        self.grid.setToolTip("")
        self.matrix_title.setText(
            self.tr("Engagement assessment matrix (C = current, D = desired)")
        )
        self.matrix.fit_columns()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, len(COLUMNS) - 1),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """The UI language (kept for what the tab may format itself)."""
        self.language = language

    def showEvent(self, event: QShowEvent) -> None:
        """The register is read when the tab is first shown, not when the file opens."""
        if not self._shown:
            self._shown = True
            self.load()
        super().showEvent(event)

    def load(self) -> None:
        if self.model.loaded:
            return
        self.model.load()
        self._fit_columns()
        details = max(310, min(420, self.width() * 26 // 100))
        self.splitter.setSizes([max(400, self.width() - details), details])
        rows = self.table.verticalHeader().defaultSectionSize() * max(6, self.model.rowCount())
        wanted = rows + self.table.horizontalHeader().height() + 24  # + scroll bar
        available = max(200, self.height() - self.toolbar.height())
        table = min(wanted, 9 * available // 25)
        self.register.setSizes([table, available - table])
        width = self.splitter.sizes()[0]
        matrix = min(self.matrix.preferred_width(), width * 9 // 20)  # the grid needs more
        self.charts.setSizes([width - matrix, matrix])
        if self.model.rowCount():
            self.select_stakeholder(self.model.stakeholder(0).id)

    def _fit_columns(self) -> None:
        """Columns as wide as their header and texts, long texts capped.

        Measured here from the distinct texts of the first hundred rows (widths are capped
        anyway): ``resizeColumnsToContents`` asks the model for every cell through Python
        and costs ten times as much.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        people = self.model.stakeholders()[:FIT_SAMPLE]
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        for column, key in enumerate(COLUMNS):
            texts = {self.model.display(item, key) for item in people}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            if key in ("attitude", "quadrant"):
                widest += icon + 6  # the colour swatch
            wanted = max(header.sectionSizeHint(column), widest + 14)
            self.table.setColumnWidth(column, min(wanted, COLUMN_WIDTHS[key]))

    # -- selection ---------------------------------------------------------------------------
    def current_stakeholder(self) -> StakeholderData | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.proxy.mapToSource(rows[0]).row()
        return self.model.stakeholder(row) if 0 <= row < self.model.rowCount() else None

    def select_stakeholder(self, stakeholder_id: int) -> None:
        """Select in the table (clearing the filters when they hide it)."""
        row = self.model.row_of(stakeholder_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COLUMNS.index("name")))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, COLUMNS.index("name")))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _table_selection_changed(self) -> None:
        item = self.current_stakeholder()
        shown = self.form.shown
        if shown is not None and (item is None or item.id != shown.id):
            self.form.commit_pending()
            item = self.current_stakeholder()
        self.form.show_stakeholder(item)
        self.grid.set_selected(None if item is None else item.id)
        self._select_in_matrix(None if item is None else item.id)
        self._update_actions()
        self.selection_changed.emit(None if item is None else item.id)

    def _select_in_matrix(self, stakeholder_id: int | None) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            selection = self.matrix.selectionModel()
            row = -1 if stakeholder_id is None else self.model.row_of(stakeholder_id)
            index = self.matrix_proxy.mapFromSource(self.matrix_model.index(row, 0))
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.matrix.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._syncing = False

    def _matrix_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.matrix.selectionModel().selectedRows()
        if rows:
            self._syncing = True
            try:
                self.select_stakeholder(rows[0].data(ID_ROLE))
            finally:
                self._syncing = False

    # -- filters ----------------------------------------------------------------------------------
    def _filter_values(self) -> dict[str, Any]:
        quadrant = self.quadrant_filter.currentData()
        attitude = self.attitude_filter.currentData()
        return {
            "quadrant": None if quadrant is None else Quadrant(quadrant),
            "attitude": None if attitude is None else Attitude(attitude),
            "internal": self.side_filter.currentData(),
            "gaps_only": self.gaps_filter.isChecked(),
            "text": self.search.text(),
        }

    def _filters_changed(self) -> None:
        values = self._filter_values()
        kept = self.current_stakeholder()
        self.proxy.set_filters(**values)
        self.matrix_proxy.set_filters(**values)
        self.grid.set_highlighted_quadrant(values["quadrant"])
        self._update_dimmed()
        if kept is not None and self.proxy.accepts(kept):
            self.select_stakeholder(kept.id)
        self._update_actions()

    def set_quadrant_filter(self, value: Quadrant | None) -> None:
        self.quadrant_filter.setCurrentIndex(
            0 if value is None else self.quadrant_filter.findData(value.value)
        )

    def toggle_quadrant(self, value: Quadrant) -> None:
        """A click on a quadrant of the grid: show only it, or everyone again."""
        current = self.quadrant_filter.currentData()
        self.set_quadrant_filter(None if current == value.value else value)

    def clear_filters(self) -> None:
        for widget in (
            self.quadrant_filter,
            self.attitude_filter,
            self.side_filter,
            self.gaps_filter,
            self.search,
        ):
            widget.blockSignals(True)
        self.quadrant_filter.setCurrentIndex(0)
        self.attitude_filter.setCurrentIndex(0)
        self.side_filter.setCurrentIndex(0)
        self.gaps_filter.setChecked(False)
        self.search.clear()
        for widget in (
            self.quadrant_filter,
            self.attitude_filter,
            self.side_filter,
            self.gaps_filter,
            self.search,
        ):
            widget.blockSignals(False)
        self._filters_changed()

    def _update_dimmed(self) -> None:
        if not self.proxy.is_filtering():
            self.grid.set_dimmed(frozenset())
            return
        self.grid.set_dimmed(
            frozenset(item.id for item in self.model.stakeholders() if not self.proxy.accepts(item))
        )

    # -- following the register ------------------------------------------------------------------
    def _register_changed(self, *_args: object) -> None:
        people = self.model.stakeholders()
        self.grid.set_stakeholders(people)
        self._update_dimmed()
        self.form.set_names([item.name for item in people if not item.anonymised])
        shown = self.form.shown
        current = self.current_stakeholder()
        if current is None or shown is None or current.id != shown.id or current != shown:
            self.form.show_stakeholder(current)
        self.grid.set_selected(None if current is None else current.id)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = not self._document.read_only and self.model.loaded
        item = self.current_stakeholder()
        # Moving is shown in the register's order (a sorted table returns to it).
        ordered = not self.proxy.is_filtering()
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and item is not None)
        self.up_action.setEnabled(editable and ordered and item is not None and item.position > 0)
        self.down_action.setEnabled(
            editable and ordered and item is not None and item.position < self.model.rowCount() - 1
        )
        self.anonymise_action.setEnabled(editable and item is not None and not item.anonymised)

    # -- edits ---------------------------------------------------------------------------------
    def _refused(self, error: Exception) -> None:
        self.edit_refused.emit(named_refusal(error))

    def _push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self._refused(exc)
            return False
        return True

    def ask_confirmation(self, title: str, text: str) -> bool:
        """Ask before a delete that unlinks risks and issues, or an anonymise (tests answer)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def new_stakeholder(self) -> None:
        self.form.commit_pending()
        item = self.current_stakeholder()
        position = self.model.rowCount() if item is None else item.position + 1
        command = InsertStakeholderCommand(
            self._document, position, blank_stakeholder(self.tr("New stakeholder"))
        )
        if self._push(command) and command.inserted is not None:
            self.clear_filters()
            self.select_stakeholder(command.inserted.id)
            name = self.form.lines["name"]
            name.setFocus()
            name.selectAll()

    def delete_selected(self) -> None:
        self.form.commit_pending()
        item = self.current_stakeholder()
        if item is None:
            return
        references = self._document.read(stakeholder_references, item.id)
        if not references.is_empty():
            text = (
                self.tr(
                    "{0} is named as owner or actionee by {1}. Deleting the stakeholder "
                    "removes these links (Undo brings them back)."
                )
                .replace("{1}", self._count_links(len(references.risks), len(references.issues)))
                .replace("{0}", item.name)
            )
            if not self.ask_confirmation(self.tr("Delete stakeholder"), text):
                return
        row = self.table.currentIndex().row()
        if self._push(DeleteStakeholderCommand(self._document, item.id)):
            row = min(row, self.proxy.rowCount() - 1)
            if row >= 0:
                self.select_stakeholder(
                    self.proxy.index(row, 0).data(ID_ROLE),
                )

    def _count_links(self, risks: int, issues: int) -> str:
        """ "2 risks and 1 issue", without the counts that are zero."""
        parts = []
        if risks:
            parts.append(
                self.tr("1 risk") if risks == 1 else self.tr("{0} risks").replace("{0}", str(risks))
            )
        if issues:
            parts.append(
                self.tr("1 issue")
                if issues == 1
                else self.tr("{0} issues").replace("{0}", str(issues))
            )
        if len(parts) == 2:
            return self.tr("{0} and {1}").replace("{0}", parts[0]).replace("{1}", parts[1])
        return parts[0] if parts else ""

    def move_selected(self, step: int) -> None:
        self.form.commit_pending()
        item = self.current_stakeholder()
        if item is None:
            return
        target = item.position + step
        if 0 <= target < self.model.rowCount():
            if self.proxy.sortColumn() != -1:  # show the register order the move is in
                self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self._push(MoveStakeholderCommand(self._document, item.id, target))
            self.select_stakeholder(item.id)

    def anonymise_selected(self) -> None:
        self.form.commit_pending()
        item = self.current_stakeholder()
        if item is None or item.anonymised:
            return
        text = self.tr(
            "Anonymise {0}? The name is replaced, and the contact details, requirements, "
            "expectations, concerns, strategy and information needs are removed. Power, "
            "interest, attitude and engagement stay. Undo brings the data back while the "
            "project is open."
        ).replace("{0}", item.name)
        if self.ask_confirmation(self.tr("Anonymise stakeholder"), text):
            self._push(AnonymiseStakeholderCommand(self._document, item.id))


def _titled(parent: QWidget, title: QLabel, body: QWidget) -> QWidget:
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return box
