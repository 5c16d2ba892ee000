"""Budget lines per category and month (typed into the grid once editing is possible), and the
budget's history: the lines' total, then every dated revision with its reason, its change
request and the budget after it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.commands.budget import SetBudgetLineCommand
from app.commands.document import ProjectDocument
from app.domain.money import MoneyRefused, parse_money
from app.services.budget import Category, categories
from app.services.budget_charts import MonthlyCosts, cost_by_month
from app.services.budget_edit import BudgetLineData, budget_lines
from app.services.change_requests import BudgetHistory, budget_history
from app.views.budget_labels import MUTED
from app.views.budget_page import BudgetPage
from app.views.budget_table import (
    BudgetDelegate,
    Cell,
    Row,
    RowTableModel,
    date_cell,
    fit_columns,
    make_table,
    money_cell,
    share_width,
    text_cell,
)


def next_month(month: dt.date, step: int = 1) -> dt.date:
    index = month.year * 12 + month.month - 1 + step
    return dt.date(index // 12, index % 12 + 1, 1)


class BudgetLinesPage(BudgetPage):
    """The grid of months × categories over the budget's history."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(document, parent, language)
        self.lines: list[BudgetLineData] = []
        self.categories: list[Category] = []
        self.months: list[dt.date] = []
        self.extra: set[dt.date] = set()  # months added to the grid by hand
        self.history: BudgetHistory | None = None
        self.planned: MonthlyCosts | None = None

        self.toolbar = QToolBar(self)
        self.earlier_action = QAction(self)
        self.earlier_action.triggered.connect(lambda: self.add_month(-1))
        self.later_action = QAction(self)
        self.later_action.triggered.connect(lambda: self.add_month(+1))
        self.toolbar.addAction(self.earlier_action)
        self.toolbar.addAction(self.later_action)
        self.lines_title = QLabel(self)
        self.lines_title.setStyleSheet("font-weight: bold; padding: 4px 8px 0 8px;")
        self.model = RowTableModel(self)
        self.model.on_edit = self.edit_cell
        self.table = make_table(self, "budgetLineTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(BudgetDelegate(lambda _column: None, self.table))
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)

        self.history_title = QLabel(self)
        self.history_title.setStyleSheet("font-weight: bold; padding: 4px 8px 0 8px;")
        self.history_model = RowTableModel(self)
        self.history_table = make_table(self, "budgetHistoryTable")
        self.history_table.setModel(self.history_model)
        self.history_table.setEditTriggers(self.history_table.EditTrigger.NoEditTriggers)
        self.totals = QLabel(self)
        self.totals.setObjectName("budgetLinesTotals")
        self.totals.setContentsMargins(8, 3, 8, 5)
        self.totals.setStyleSheet(f"color: {MUTED.name()};")

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.toolbar)
        top_layout.addWidget(self.lines_title)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(self.history_title)
        bottom_layout.addWidget(self.history_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([500, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)
        self.retranslate()

    def retranslate(self) -> None:
        self.earlier_action.setText(self.tr("Add earlier month"))
        self.earlier_action.setToolTip(self.tr("Show a month before the first one"))
        self.later_action.setText(self.tr("Add later month"))
        self.later_action.setToolTip(self.tr("Show a month after the last one"))
        self.lines_title.setText(self.tr("Budget lines per category and month"))
        self.history_title.setText(self.tr("Budget history"))
        self.history_model.set_headers(
            [
                (self.tr("Date"), ""),
                (self.tr("Category"), ""),
                (self.tr("Amount"), self.tr("What the revision added (negative: took away)")),
                (self.tr("Reason"), ""),
                (self.tr("Change request"), ""),
                (self.tr("Budget after"), self.tr("The whole budget after this revision")),
            ]
        )
        if self.loaded:
            self.invalidate()

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.lines = self.document.read(budget_lines)
        self.categories = self.document.read(categories)
        self.history = self.document.read(budget_history)
        self.planned = self.document.read(cost_by_month)
        self._show_lines()
        self._show_history(self.history)

    def _month_range(self) -> list[dt.date]:
        known = {line.month for line in self.lines} | self.extra
        if self.planned is not None:
            known |= set(self.planned.months)
        if not known:
            known = {dt.date.today().replace(day=1)}
        first, last = min(known), max(known)
        months = [first]
        while months[-1] < last:
            months.append(next_month(months[-1]))
        return months

    def _show_lines(self) -> None:
        fmt = self.fmt
        editable = self.can_edit()
        self.months = self._month_range()
        amounts = {(line.category_id, line.month): line.amount_cents for line in self.lines}
        headers = [(self.tr("Month"), "")]
        headers += [(category.name, "") for category in self.categories]
        headers.append((self.tr("Total"), self.tr("The budget lines of the month")))
        self.model.set_headers(headers)
        planned = self.planned
        rows = []
        for month in self.months:
            cells = [Cell(fmt.month(month), sort=month)]
            for category in self.categories:
                plan = planned.cell(category, month) if planned is not None else 0
                tip = self.tr("The plan's cost in {0}: {1}").replace("{0}", fmt.month(month))
                cells.append(
                    money_cell(
                        fmt,
                        amounts.get((category.id, month), 0),
                        quiet_zero=True,
                        editable=editable,
                        tip=tip.replace("{1}", fmt.money(plan)),
                    )
                )
            month_total = sum(amounts.get((c.id, month), 0) for c in self.categories)
            cells.append(money_cell(fmt, month_total, quiet_zero=True))
            rows.append(Row(month, cells))
        totals = [Cell(self.tr("Total"))]
        totals += [
            money_cell(fmt, sum(a for (c, _m), a in amounts.items() if c == category.id))
            for category in self.categories
        ]
        totals.append(money_cell(fmt, sum(amounts.values())))
        rows.append(Row("total", totals, total=True))
        self.model.set_rows(rows)
        fit_columns(self.table)
        share_width(self.table)

    def _show_history(self, history: BudgetHistory) -> None:
        fmt = self.fmt
        rows = [
            Row(
                "original",
                [
                    Cell(""),
                    Cell(""),
                    money_cell(fmt, history.original_cents),
                    text_cell(self.tr("Budget lines (the original budget)")),
                    Cell(""),
                    money_cell(fmt, history.original_cents),
                ],
                strong=True,
            )
        ]
        for entry in history.revisions:
            rows.append(
                Row(
                    entry.id,
                    [
                        date_cell(fmt, entry.date),
                        text_cell(entry.category_name),
                        money_cell(fmt, entry.amount_cents),
                        text_cell(entry.reason),
                        text_cell(entry.change_ref),
                        money_cell(fmt, entry.running_total_cents),
                    ],
                )
            )
        self.history_model.set_rows(rows)
        fit_columns(self.history_table, stretch=3)
        self.totals.setText(
            self.tr("Budget lines {0} · revisions {1} · current budget {2}")
            .replace("{0}", fmt.money(history.original_cents))
            .replace("{1}", fmt.money(history.current_cents - history.original_cents))
            .replace("{2}", fmt.money(history.current_cents))
        )

    # -- editing --------------------------------------------------------------------------------
    def add_month(self, step: int) -> None:
        """Show one more month before the first (-1) or after the last (+1)."""
        months = self.months or self._month_range()
        self.extra.add(next_month(months[0] if step < 0 else months[-1], step))
        if self.loaded:
            self._show_lines()

    def can_edit(self) -> bool:
        return self.editable

    def edit_cell(self, key: Any, column: int, value: Any) -> bool:
        """A budget typed into the grid: that category's line of that month (0 removes it)."""
        if not isinstance(key, dt.date) or not 1 <= column <= len(self.categories):
            return False
        try:
            text = str(value).strip()
            cents = parse_money(text, self.language) if text else 0
        except MoneyRefused as exc:
            self.edit_refused.emit(exc)
            return False
        category = self.categories[column - 1]
        return self.push(SetBudgetLineCommand(self.document, category.id, key, cents))
