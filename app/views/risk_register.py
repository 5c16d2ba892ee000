"""The Risk register half of the Risks tab: the register table with its filters, the heat
map and exposure trend beside it, the selected risk's details below, and the actions
that reach beyond the register (response → task, risk occurred → issue)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.risks import (
    AddRiskReviewCommand,
    DeleteRiskCommand,
    DeleteRiskReviewCommand,
    InsertRiskCommand,
    LinkRiskTaskCommand,
    ResponseToTaskCommand,
    RiskOccurredCommand,
    SetRiskScalesCommand,
    UnlinkRiskTaskCommand,
)
from app.domain.risks import Band, ExposurePoint, RiskScales, RiskStatus
from app.services.registers import stakeholder_names
from app.services.risks import (
    ReviewData,
    RiskData,
    blank_risk,
    exposure,
    list_reviews,
    response_task_name,
)
from app.views.risk_dialogs import (
    ResponseTaskDialog,
    ReviewDialog,
    RiskSettingsDialog,
    TaskPickerDialog,
)
from app.views.risk_form import RiskForm
from app.views.risk_heat_map import HeatRisk, RiskHeatMap
from app.views.risk_labels import (
    BAND_COLOURS,
    band_label,
    category_label,
    risk_status_label,
)
from app.views.risk_table_model import (
    COLUMNS,
    NO_OWNER,
    OPEN,
    HeatCell,
    RiskFilterProxy,
    RiskTableModel,
)
from app.views.risk_trend_chart import RiskTrendChart
from app.views.tab_actions import tab_action

COLUMN_WIDTHS = {
    "ref": 52,
    "title": 300,
    "kind": 90,
    "category": 100,
    "owner": 130,
    "inherent_probability": 32,
    "inherent_impact": 32,
    "inherent_score": 50,
    "residual_probability": 52,
    "residual_impact": 52,
    "residual_score": 74,
    "band": 72,
    "emv": 84,
    "strategy": 76,
    "status": 124,
    "next_review": 88,
    "tasks": 80,
}


class RiskRegisterPanel(QWidget):
    """The register with its tools; every edit goes through a command."""

    edit_refused = Signal(object)
    issue_raised = Signal(int)  # a risk occurred: the id of the issue raised from it

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.model = RiskTableModel(document, self, language, load=False)
        self.proxy = RiskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._people: list[tuple[int, str]] = []

        self.toolbar = QToolBar(self)
        self.new_action = self._action("Ctrl+Shift+R", self.new_risk)
        self.delete_action = self._action(None, self.delete_selected)
        self.toolbar.addSeparator()
        self.response_action = self._action(None, self.response_to_task)
        self.occurred_action = self._action(None, self.risk_occurred)
        self.link_action = self._action(None, self.link_task)
        self.review_action = self._action(None, self.add_review)
        self.toolbar.addSeparator()
        self.settings_action = self._action(None, self.edit_settings)

        # -- filters -----------------------------------------------------------------------
        self.status_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.band_filter = QComboBox(self)
        self.category_filter = QComboBox(self)
        self.overdue_filter = QCheckBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.show_all = QPushButton(self)
        self.filter_labels = [QLabel(self) for _ in range(4)]
        filters = QHBoxLayout()
        filters.setContentsMargins(6, 0, 6, 0)
        combos = (self.status_filter, self.owner_filter, self.band_filter, self.category_filter)
        for label, combo in zip(self.filter_labels, combos, strict=True):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filters_changed)
        filters.addWidget(self.overdue_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_all)
        self.overdue_filter.toggled.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.show_all.clicked.connect(self.clear_filters)

        # -- the table ---------------------------------------------------------------------
        self.table = QTableView(self)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(28)
        for column, key in enumerate(COLUMNS):
            self.table.setColumnWidth(column, COLUMN_WIDTHS.get(key, 90))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.new_action,
            self.delete_action,
            self.response_action,
            self.occurred_action,
            self.link_action,
            self.review_action,
        ):
            self.table.addAction(action)

        # -- heat map and trend ------------------------------------------------------------
        self.heat_map = RiskHeatMap(self)
        self.heat_map.cell_clicked.connect(self._cell_clicked)
        self.heat_hint = QLabel(self)
        self.heat_hint.setWordWrap(True)
        self.heat_hint.setObjectName("heatMapHint")
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        heat_page = QWidget(self)
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.setContentsMargins(4, 4, 4, 4)
        heat_layout.addWidget(self.heat_map, 1)
        heat_layout.addWidget(self.legend)
        heat_layout.addWidget(self.heat_hint)
        self.trend = RiskTrendChart(self)
        self.trend.set_source(self._trend_points)
        self.side = QTabWidget(self)
        self.side.setObjectName("riskSideTabs")
        self.side.addTab(heat_page, "")
        self.side.addTab(self.trend, "")

        # -- details -----------------------------------------------------------------------
        self.form = RiskForm(document, self.model, self)
        self.form.edit_refused.connect(self.edit_refused)
        self.form.add_review_button.clicked.connect(self.add_review)
        self.form.delete_review_button.clicked.connect(self.delete_review)
        self.form.link_button.clicked.connect(self.link_task)
        self.form.unlink_button.clicked.connect(self.unlink_task)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # The table across the full width; below it the details beside the heat map.
        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.addWidget(scroll)
        self.bottom.addWidget(self.side)
        self.bottom.setStretchFactor(0, 5)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setSizes([1120, 480])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.model.modelReset.connect(self._model_changed)
        self.model.rowsInserted.connect(self._model_changed)
        self.model.rowsRemoved.connect(self._model_changed)
        self.model.dataChanged.connect(self._model_changed)
        document.changed.connect(self._document_changed)
        self._translate()
        self._update_actions()

    def _action(self, shortcut: str | None, slot: Any) -> QAction:
        return tab_action(self, self.toolbar, shortcut, slot)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Everything in the interface language again, the parts inside included."""
        self.heat_map.retranslate()
        self.trend.retranslate()
        self.form.retranslate()
        self.model.retranslate()
        self._translate()

    def _translate(self) -> None:
        """This panel's own words (its parts follow their own LanguageChange events)."""
        texts = {
            self.new_action: (self.tr("New risk"), self.tr("Add a risk to the register")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected risk")),
            self.response_action: (
                self.tr("Response → task"),
                self.tr("Add the risk's response to the schedule as a task"),
            ),
            self.occurred_action: (
                self.tr("Risk occurred → issue"),
                self.tr("Mark the risk occurred and raise an issue from it"),
            ),
            self.link_action: (
                self.tr("Link to task…"),
                self.tr("Link the risk to a task or milestone it affects"),
            ),
            self.review_action: (
                self.tr("Add review…"),
                self.tr("Record a dated review of the selected risk"),
            ),
            self.settings_action: (
                self.tr("Risk settings…"),
                self.tr("Scale labels, band thresholds, EMV percentages and categories"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        for label, text in zip(
            self.filter_labels,
            (self.tr("Status:"), self.tr("Owner:"), self.tr("Band:"), self.tr("Category:")),
            strict=True,
        ):
            label.setText(text)
        self.overdue_filter.setText(self.tr("Review overdue"))
        self.overdue_filter.setToolTip(
            self.tr("Open risks whose next review is before the status date")
        )
        self.search.setPlaceholderText(self.tr("Find risks…"))
        self.show_all.setText(self.tr("Show all"))
        self.show_all.setToolTip(self.tr("Clear every filter and the heat-map cell"))
        self.side.setTabText(0, self.tr("Heat map"))
        self.side.setTabText(1, self.tr("Exposure trend"))
        self.heat_hint.setText(
            self.tr(
                "Open risks per cell. Click a cell to show only its risks; click it again "
                "or Show all to see every risk."
            )
        )
        self._fill_filter(
            self.status_filter,
            [("", self.tr("All")), (OPEN, self.tr("Open (not closed or occurred)"))]
            + [(s.value, risk_status_label(s)) for s in RiskStatus],
        )
        self._fill_filter(
            self.band_filter, [("", self.tr("All"))] + [(b.value, band_label(b)) for b in Band]
        )
        self._refresh_choices()
        self._show_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._translate()
        super().changeEvent(event)

    def _show_legend(self) -> None:
        scales = self.model.scales
        ranges = {
            Band.LOW: f"1–{scales.medium_from - 1}",
            Band.MEDIUM: f"{scales.medium_from}–{scales.high_from - 1}",
            Band.HIGH: f"{scales.high_from}–{scales.critical_from - 1}",
            Band.CRITICAL: f"{scales.critical_from}–25",
        }
        self.legend.setText(
            "&nbsp; ".join(
                f"<span style='background:{BAND_COLOURS[band].name()}'>&nbsp;{band_label(band)} "
                f"{ranges[band]}&nbsp;</span>"
                for band in Band
            )
        )

    @staticmethod
    def _fill_filter(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        if [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == entries:
            return
        blocked = combo.blockSignals(True)
        combo.clear()
        for value, text in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)

    def _refresh_choices(self) -> None:
        """The owner and category filters list what the register holds."""
        rows = self.model.rows()
        owners = sorted({row.risk.owner_name for row in rows} - {""}, key=str.casefold)
        self._fill_filter(
            self.owner_filter,
            [("", self.tr("All")), (NO_OWNER, self.tr("(no owner)"))] + [(o, o) for o in owners],
        )
        categories = list(self.model.scales.categories)
        categories += sorted({row.risk.category for row in rows} - set(categories) - {""})
        self._fill_filter(
            self.category_filter,
            [("", self.tr("All"))] + [(c, category_label(c)) for c in categories],
        )

    # -- loading and following the document ------------------------------------------------
    def load(self) -> None:
        """Read the register; called when the tab is first shown."""
        self._people = self._document.read(stakeholder_names)
        self.model.load()  # the heat map and filters follow its modelReset
        if self.model.rowCount():
            self.select_risk(self.proxy_risk(0).id)

    def proxy_risk(self, proxy_row: int) -> RiskData:
        return self.model.risk(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def _document_changed(self, change: Any) -> None:
        if not self.model.loaded:
            return
        if change.everything or change.touches("stakeholder"):
            self._people = self._document.read(stakeholder_names)
        if change.everything or change.touches("risk_review") or change.touches("risk"):
            self.update_trend()
        self._show_current()

    def _model_changed(self, *_args: object) -> None:
        self.heat_map.set_risks(
            [
                HeatRisk(
                    row.risk.ref,
                    row.risk.title,
                    (row.risk.inherent_probability, row.risk.inherent_impact),
                    row.residual,
                )
                for row in self.model.rows()
                if row.open
            ],
            self.model.scales,
        )
        self._refresh_choices()
        self._show_legend()
        self.update_trend()

    def update_trend(self) -> None:
        if self.model.loaded:
            self.trend.invalidate()

    def _trend_points(self) -> tuple[list[ExposurePoint], str, QLocale]:
        return self._document.read(exposure), self.model.currency, self.model.locale

    # -- filters ---------------------------------------------------------------------------
    def _filters_changed(self, *_args: object) -> None:
        self.form.commit_pending()
        self.proxy.set_filters(
            status=self.status_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            band=self.band_filter.currentData() or "",
            category=self.category_filter.currentData() or "",
            overdue=self.overdue_filter.isChecked(),
            text=self.search.text(),
        )
        self._after_filter()

    def _cell_clicked(self, cell: HeatCell | None) -> None:
        self.form.commit_pending()
        self.proxy.set_filters(cell=cell)
        self._after_filter()

    def _after_filter(self) -> None:
        """Keep a risk selected: the first one shown when the filter hid the selected one."""
        if self.current_risk() is None and self.proxy.rowCount():
            self.select_risk(self.proxy_risk(0).id)
        else:
            self._show_current()

    def clear_filters(self) -> None:
        self.form.commit_pending()
        for combo in (
            self.status_filter,
            self.owner_filter,
            self.band_filter,
            self.category_filter,
        ):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(blocked)
        for widget in (self.overdue_filter, self.search):
            blocked = widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(False)
            else:
                widget.clear()
            widget.blockSignals(blocked)
        self.heat_map.set_selected(None)
        self.proxy.clear_filters()
        self._show_current()

    # -- selection -------------------------------------------------------------------------
    def current_risk(self) -> RiskData | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.risk(self.proxy.mapToSource(index).row())

    def select_risk(self, risk_id: int) -> bool:
        """Select a risk (clearing the filters when they hide it); False when it is not there."""
        row = self.model.row_of(risk_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 1))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.index(row, 1))
        before = self.table.currentIndex()
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if before.row() == index.row():  # no currentRowChanged: show it here
            self._show_current()
        return True

    def _show_current(self) -> None:
        risk = self.current_risk()
        reviews = self._document.read(list_reviews, risk.id) if risk is not None else []
        row = self.model.row(self.model.row_of(risk.id)) if risk is not None else None
        self.form.show_risk(row, reviews, self._people)
        self._update_actions()

    def _update_actions(self) -> None:
        risk = self.current_risk()
        editable = not self._document.read_only
        chosen = editable and risk is not None
        self.new_action.setEnabled(editable)
        self.delete_action.setEnabled(chosen)
        self.response_action.setEnabled(chosen)
        self.occurred_action.setEnabled(
            chosen and risk is not None and risk.status is not RiskStatus.OCCURRED
        )
        self.link_action.setEnabled(chosen)
        self.review_action.setEnabled(chosen)
        self.settings_action.setEnabled(editable)

    # -- edits -----------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    def today(self) -> dt.date:
        """The date new risks, reviews and issues get: the status date, else today."""
        return self.model.status_date or dt.date.today()

    def new_risk(self) -> None:
        self.form.commit_pending()
        command = InsertRiskCommand(
            self._document,
            blank_risk(self.tr("New risk"), date_raised=self.today(), raised_by=""),
        )
        if self.push(command) and command.inserted is not None:
            self.select_risk(command.inserted.id)
            self.form.lines["title"].setFocus()
            self.form.lines["title"].selectAll()

    def confirm_delete(self, risk: RiskData) -> bool:
        """Ask before deleting a risk that has linked tasks, reviews or issues."""
        if not (risk.tasks or risk.review_count or risk.issue_refs):
            return True
        details = self.tr("{0} linked tasks, {1} reviews, issues: {2}").format(
            len(risk.tasks), risk.review_count, ", ".join(risk.issue_refs) or self.tr("none")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete risk"),
            self.tr("Delete {0} “{1}” with its history?\n{2}").format(
                risk.ref, risk.title, details
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        self.form.commit_pending()
        risk = self.current_risk()
        if risk is None or not self.confirm_delete(risk):
            return
        row = self.table.currentIndex().row()
        if self.push(DeleteRiskCommand(self._document, risk.id)) and self.proxy.rowCount():
            self.select_risk(self.proxy_risk(min(row, self.proxy.rowCount() - 1)).id)

    def ask_response_task(self, risk: RiskData) -> tuple[str, int | None] | None:
        """Name and place of the response task, asked in a dialog (tests replace this)."""
        summaries = [row for row in self._document.schedule().rows if row.summary]
        dialog = ResponseTaskDialog(response_task_name(risk), summaries, self)
        if dialog.exec() != ResponseTaskDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def response_to_task(self) -> None:
        self.form.commit_pending()
        risk = self.current_risk()
        if risk is None:
            return
        answer = self.ask_response_task(risk)
        if answer is None:
            return
        name, parent = answer
        self.push(ResponseToTaskCommand(self._document, risk.id, parent, name or None))

    def risk_occurred(self) -> None:
        self.form.commit_pending()
        risk = self.current_risk()
        if risk is None:
            return
        command = RiskOccurredCommand(self._document, risk.id, self.today())
        if self.push(command) and command.occurrence is not None:
            self.issue_raised.emit(command.occurrence.issue.id)

    def ask_task(self) -> int | None:
        """The task to link, picked in a dialog (tests replace this)."""
        return TaskPickerDialog.pick(
            self._document.schedule().rows, self.tr("Link risk to task"), self
        )

    def link_task(self) -> None:
        self.form.commit_pending()
        risk = self.current_risk()
        if risk is None:
            return
        task_id = self.ask_task()
        if task_id is not None:
            self.push(LinkRiskTaskCommand(self._document, risk.id, task_id))

    def unlink_task(self) -> None:
        self.form.commit_pending()
        risk, task_id = self.current_risk(), self.form.selected_task()
        if risk is not None and task_id is not None:
            self.push(UnlinkRiskTaskCommand(self._document, risk.id, task_id))

    def ask_review(self, risk: RiskData) -> tuple[ReviewData, dt.date | None] | None:
        """The review to record, asked in a dialog (tests replace this)."""
        dialog = ReviewDialog(risk, self.model.scales, self.model.currency, self.today(), self)
        return dialog.review() if dialog.exec() == ReviewDialog.DialogCode.Accepted else None

    def add_review(self) -> None:
        self.form.commit_pending()
        risk = self.current_risk()
        if risk is None:
            return
        answer = self.ask_review(risk)
        if answer is not None:
            review, next_review = answer
            self.push(AddRiskReviewCommand(self._document, risk.id, review, next_review))

    def delete_review(self) -> None:
        self.form.commit_pending()
        review = self.form.selected_review()
        if review is not None:
            self.push(DeleteRiskReviewCommand(self._document, review))

    def ask_settings(self, scales: RiskScales) -> RiskScales | None:
        """The edited settings, asked in a dialog (tests replace this)."""
        dialog = RiskSettingsDialog(scales, self)
        return dialog.scales() if dialog.exec() == RiskSettingsDialog.DialogCode.Accepted else None

    def edit_settings(self) -> None:
        self.form.commit_pending()
        scales = self.ask_settings(self.model.scales)
        if scales is not None and scales != self.model.scales:
            self.push(SetRiskScalesCommand(self._document, scales))
