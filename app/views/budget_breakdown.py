"""The cost breakdown: by WBS (a tree, summaries rolling up their tasks, against the baseline),
by cost category (the plan's cost and its share), and by month (months × categories)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.budget import (
    DeleteCostCategoryCommand,
    InsertCostCategoryCommand,
    MoveCostCategoryCommand,
    RenameCostCategoryCommand,
)
from app.commands.document import ProjectDocument
from app.services.budget import CategoryFigures, figures_by_category
from app.services.budget_charts import MonthlyCosts, WbsCosts, cost_by_month, wbs_costs
from app.services.budget_edit import CategoryUsage, category_usage
from app.views.budget_labels import MUTED, uncategorised_label
from app.views.budget_page import BudgetPage
from app.views.budget_table import (
    KEY_ROLE,
    Cell,
    Row,
    RowTableModel,
    fit_columns,
    make_table,
    make_tree,
    money_cell,
    number_cell,
    share_width,
    text_cell,
    tree_items,
)

VIEWS = ("wbs", "category", "month")


class BudgetBreakdownPage(BudgetPage):
    """Three views of the plan's cost, chosen with the buttons above them."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(document, parent, language)
        self.wbs: WbsCosts | None = None
        self.monthly: MonthlyCosts | None = None
        self.categories: list[CategoryFigures] = []

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        bar.setSpacing(0)
        self.view_buttons: dict[str, QPushButton] = {}
        for number, key in enumerate(VIEWS):
            button = QPushButton(self)
            button.setObjectName(f"breakdownBy_{key}")
            button.setCheckable(True)
            button.setChecked(number == 0)
            self.buttons.addButton(button, number)
            bar.addWidget(button)
            self.view_buttons[key] = button
        bar.addSpacing(12)
        self.summary = QLabel(self)
        self.summary.setObjectName("breakdownSummary")
        self.summary.setStyleSheet(f"color: {MUTED.name()};")
        bar.addWidget(self.summary, 1)

        self.tree_model = QStandardItemModel(self)
        self.tree = make_tree(self, "budgetWbsTree")
        self.tree.setModel(self.tree_model)
        self.category_model = RowTableModel(self)
        self.category_model.on_edit = self._rename_category
        self.category_table = make_table(self, "budgetCategoryBreakdown")
        self.category_table.setModel(self.category_model)
        self.category_table.selectionModel().selectionChanged.connect(self._update_actions)
        # The categories are an editable list: names typed in place, added, moved, deleted.
        self.category_tools = QToolBar(self)
        self.category_tools.setObjectName("categoryTools")
        self.new_category_action = self._tool(self.new_category)
        self.delete_category_action = self._tool(self.delete_category)
        self.up_category_action = self._tool(lambda: self.move_category(-1))
        self.down_category_action = self._tool(lambda: self.move_category(+1))
        self.category_page = QWidget(self)
        category_layout = QVBoxLayout(self.category_page)
        category_layout.setContentsMargins(0, 0, 0, 0)
        category_layout.setSpacing(0)
        category_layout.addWidget(self.category_tools)
        category_layout.addWidget(self.category_table, 1)
        self.month_model = RowTableModel(self)
        self.month_table = make_table(self, "budgetMonthTable")
        self.month_table.setModel(self.month_model)

        self.stack = QStackedWidget(self)
        for widget in (self.tree, self.category_page, self.month_table):
            self.stack.addWidget(widget)
        self.buttons.idClicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "wbs": (self.tr("By WBS"), self.tr("Cost of every task, summaries rolled up")),
            "category": (self.tr("By category"), self.tr("The plan's cost per cost category")),
            "month": (self.tr("By month"), self.tr("The plan's cost per month and category")),
        }
        for key, (text, tip) in texts.items():
            self.view_buttons[key].setText(text)
            self.view_buttons[key].setToolTip(tip)
        self.tree_model.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Cost"),
                self.tr("Actual"),
                self.tr("Remaining"),
                self.tr("Baseline cost"),
                self.tr("Variance"),
            ]
        )
        tips = ["", "", "", "", "", self.tr("Baseline cost − cost: negative is an over-run")]
        for column, tip in enumerate(tips):
            self.tree_model.setHeaderData(
                column, Qt.Orientation.Horizontal, tip or None, Qt.ItemDataRole.ToolTipRole
            )
        for action, text, tip in (
            (self.new_category_action, self.tr("New category"), self.tr("Add a cost category")),
            (
                self.delete_category_action,
                self.tr("Delete"),
                self.tr("Delete the selected category (what uses it can move to another)"),
            ),
            (self.up_category_action, self.tr("Move up"), self.tr("Move up the list")),
            (self.down_category_action, self.tr("Move down"), self.tr("Move down the list")),
        ):
            action.setText(text)
            action.setToolTip(tip)
        self.category_model.set_headers(
            [
                (self.tr("Category"), ""),
                (self.tr("Cost of the plan"), self.tr("What the schedule's tasks cost")),
                (self.tr("Share"), self.tr("Share of the plan's whole cost")),
                (
                    self.tr("Spent"),
                    self.tr("Invoices and expenses booked, plus the actual work of internal staff"),
                ),
                (self.tr("Budget"), ""),
                (self.tr("Budget − plan"), self.tr("Negative: the plan costs more than budgeted")),
            ]
        )
        if self.loaded:
            self.invalidate()

    # -- choosing a view --------------------------------------------------------------------------
    def _choose(self, number: int) -> None:
        self.stack.setCurrentIndex(number)

    def show_view(self, key: str) -> None:
        """Show the breakdown by ``key``: "wbs", "category" or "month"."""
        number = VIEWS.index(key)
        self.buttons.button(number).setChecked(True)
        self._choose(number)

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.wbs = self.document.read(wbs_costs)
        self.categories = self.document.read(figures_by_category)
        self.monthly = self.document.read(cost_by_month)
        self._show_wbs(self.wbs)
        self._show_categories()
        self._show_months(self.monthly)
        fmt = self.fmt
        text = self.tr("Cost of the plan {0} · actual cost of the progress {1} · remaining {2}")
        self.summary.setText(
            text.replace("{0}", fmt.money(self.wbs.cost_cents))
            .replace("{1}", fmt.money(self.wbs.actual_cents))
            .replace("{2}", fmt.money(self.wbs.cost_cents - self.wbs.actual_cents))
        )

    def _show_wbs(self, costs: WbsCosts) -> None:
        fmt = self.fmt
        expanded = self._expanded()
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        parents: list[QStandardItem] = []
        root = self.tree_model.invisibleRootItem()
        for line in costs.rows:
            task = line.task
            name = f"{task.wbs}  {task.name}"
            row = Row(
                task.id,
                [
                    Cell(name, tip=name if len(name) > 50 else ""),
                    money_cell(fmt, line.cost_cents, quiet_zero=True),
                    money_cell(fmt, line.actual_cents, quiet_zero=True),
                    money_cell(fmt, line.remaining_cents, quiet_zero=True),
                    money_cell(fmt, line.baseline_cents, quiet_zero=True),
                    money_cell(fmt, line.variance_cents, quiet_zero=True),
                ],
                strong=task.summary,
            )
            items = tree_items(row)
            level = max(1, task.outline_level)
            del parents[level - 1 :]
            (parents[-1] if parents else root).appendRow(items)
            if task.summary:
                parents += [items[0]] * (level - len(parents))
        total = Row(
            "total",
            [
                Cell(self.tr("Total")),
                money_cell(fmt, costs.cost_cents, quiet_zero=True),
                money_cell(fmt, costs.actual_cents, quiet_zero=True),
                money_cell(fmt, costs.cost_cents - costs.actual_cents, quiet_zero=True),
                money_cell(
                    fmt, costs.baseline_cents if costs.has_baseline else None, quiet_zero=True
                ),
                money_cell(
                    fmt, costs.baseline_cents - costs.cost_cents if costs.has_baseline else None
                ),
            ],
            total=True,
        )
        root.appendRow(tree_items(total))
        if expanded is None:
            self.tree.expandAll()
        else:
            self._expand(expanded)
        fit_columns(self.tree, stretch=0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 320))

    def _summary_indexes(self) -> list[QModelIndex]:
        """Every row of the tree that has rows under it."""
        model = self.tree_model
        found: list[QModelIndex] = []
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop()
            if model.rowCount(index):
                found.append(index)
                stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
        return found

    def _expanded(self) -> set[int] | None:
        """Ids of the summaries open now; None before the first read (all open)."""
        if self.tree_model.rowCount() == 0:
            return None
        return {
            self.tree_model.data(index, KEY_ROLE)
            for index in self._summary_indexes()
            if self.tree.isExpanded(index)
        }

    def _expand(self, keys: set[int]) -> None:
        for index in self._summary_indexes():
            if self.tree_model.data(index, KEY_ROLE) in keys:
                self.tree.expand(index)

    def _show_categories(self) -> None:
        planned_total = sum(line.planned_cents for line in self.categories)
        rows = []
        for line in self.categories:
            name = uncategorised_label() if line.category is None else line.category.name
            cells = self._category_cells(
                name, line.planned_cents, planned_total, line.actual_cents, line.budget_cents
            )
            if line.category is not None:
                cells[0] = text_cell(name, editable=self.editable)
            rows.append(Row(None if line.category is None else line.category.id, cells))
        rows.append(
            Row(
                "total",
                self._category_cells(
                    self.tr("Total"),
                    planned_total,
                    planned_total,
                    sum(line.actual_cents for line in self.categories),
                    sum(line.budget_cents for line in self.categories),
                ),
                total=True,
            )
        )
        self.category_model.set_rows(rows)
        fit_columns(self.category_table)
        self.category_table.setColumnWidth(0, max(self.category_table.columnWidth(0), 200))
        share_width(self.category_table)
        self._update_actions()

    def _category_cells(
        self, name: str, planned: int, whole: int, actual: int, budget: int
    ) -> list[Cell]:
        fmt = self.fmt
        return [
            text_cell(name),
            money_cell(fmt, planned, quiet_zero=True),
            number_cell(fmt.share(planned, whole), planned),
            money_cell(fmt, actual, quiet_zero=True),
            money_cell(fmt, budget, quiet_zero=True),
            money_cell(fmt, budget - planned, quiet_zero=True),
        ]

    def _show_months(self, monthly: MonthlyCosts) -> None:
        fmt = self.fmt
        shown = [c for c in monthly.categories if monthly.category_total(c)]
        headers = [(self.tr("Month"), "")]
        headers += [(uncategorised_label() if c is None else c.name, "") for c in shown]
        headers += [
            (self.tr("Total"), self.tr("The plan's cost in the month")),
            (self.tr("Cumulative"), self.tr("The plan's cost up to the end of the month")),
        ]
        self.month_model.set_headers(headers)
        rows = []
        running = 0
        for month in monthly.months:
            total = monthly.month_total(month)
            running += total
            cells = [Cell(fmt.month(month), sort=month)]
            cells += [money_cell(fmt, monthly.cell(c, month), quiet_zero=True) for c in shown]
            cells += [money_cell(fmt, total), money_cell(fmt, running)]
            rows.append(Row(month, cells))
        totals = [Cell(self.tr("Total"))]
        totals += [money_cell(fmt, monthly.category_total(c)) for c in shown]
        totals += [money_cell(fmt, monthly.total_cents), Cell("", numeric=True)]
        rows.append(Row("total", totals, total=True))
        self.month_model.set_rows(rows)
        fit_columns(self.month_table)

    # -- the list of categories -----------------------------------------------------------------
    def _tool(self, slot: Any) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        self.category_tools.addAction(action)
        return action

    def current_category(self) -> int | None:
        """The id of the category selected in the list (None: none, or costs without one)."""
        rows = self.category_table.selectionModel().selectedRows()
        key = rows[0].data(KEY_ROLE) if rows else None
        return key if isinstance(key, int) else None

    def select_category(self, category_id: int) -> None:
        row = self.category_model.row_of(category_id)
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag
            index = self.category_model.index(row, 0)
            self.category_table.selectionModel().setCurrentIndex(
                index, flags.ClearAndSelect | flags.Rows
            )

    def _ids(self) -> list[int]:
        return [line.category.id for line in self.categories if line.category is not None]

    def _update_actions(self, *_args: object) -> None:
        key = self.current_category()
        ids = self._ids()
        self.new_category_action.setEnabled(self.editable)
        self.delete_category_action.setEnabled(self.editable and key is not None)
        self.up_category_action.setEnabled(self.editable and key in ids[1:])
        self.down_category_action.setEnabled(self.editable and key in ids[:-1])

    def _rename_category(self, key: Any, column: int, value: Any) -> bool:
        if not isinstance(key, int) or column != 0:
            return False
        return self.push(RenameCostCategoryCommand(self.document, key, str(value)))

    def new_category(self) -> None:
        """Add a category at the end, named so that it is not taken, ready to be renamed."""
        taken = {line.category.name.casefold() for line in self.categories if line.category}
        base = self.tr("New category")
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base} {number}"
        command = InsertCostCategoryCommand(self.document, name)
        if self.push(command):
            self.show_view("category")
            self.select_category(command.category_id)
            self.category_table.edit(self.category_table.currentIndex())

    def move_category(self, step: int) -> None:
        key = self.current_category()
        ids = self._ids()
        if key is None or key not in ids:
            return
        if self.push(MoveCostCategoryCommand(self.document, key, ids.index(key) + step)):
            self.select_category(key)

    def ask_move_to(
        self, name: str, usage: CategoryUsage, others: list[tuple[int, str]]
    ) -> int | None:
        """Where what uses a category goes when it is deleted (tests answer instead)."""
        text = self.tr(
            "“{0}” is used by {1} budget lines, {2} expenses, {3} purchase orders, {4} change "
            "requests, {5} resources and {6} fixed costs. Move them to:"
        )
        for number, count in enumerate(
            (
                name,
                usage.budget_lines,
                usage.expenses,
                usage.commitments,
                usage.change_requests,
                usage.resources,
                usage.fixed_costs,
            )
        ):
            text = text.replace(f"{{{number}}}", str(count))
        choice, ok = QInputDialog.getItem(
            self, self.tr("Delete cost category"), text, [n for _k, n in others], 0, False
        )
        if not ok:
            return None
        return next((key for key, other in others if other == choice), None)

    def delete_category(self) -> None:
        """Delete the selected category; what uses it moves to one the user picks."""
        key = self.current_category()
        if key is None:
            return
        line = next(f for f in self.categories if f.category and f.category.id == key)
        assert line.category is not None
        usage = self.document.read(category_usage, key)
        move_to = None
        if usage.in_use and not usage.revisions:
            others = [(c, n) for c, n in self._names() if c != key]
            move_to = self.ask_move_to(line.category.name, usage, others)
            if move_to is None:
                return
        self.push(DeleteCostCategoryCommand(self.document, key, move_to))

    def _names(self) -> list[tuple[int, str]]:
        return [(f.category.id, f.category.name) for f in self.categories if f.category]
