"""Earned value per task and summary at the status date, and the three charts: the S-curve,
CPI and SPI over the stored snapshots, and budget vs committed vs actual by category."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.commands.document import ProjectDocument
from app.domain.earned_value import EvmFigures, NoBaseline
from app.services.budget import CategoryFigures, figures_by_category
from app.services.budget_charts import SCurve, s_curve
from app.services.earned_value import EvmReport, NoStatusDate, evm_report
from app.views.budget_chart import BudgetChart
from app.views.budget_labels import MUTED, no_earned_value_text
from app.views.budget_page import BudgetPage
from app.views.budget_plots import draw_categories, draw_indices, draw_s_curve
from app.views.budget_table import (
    Cell,
    Row,
    fit_columns,
    make_tree,
    money_cell,
    number_cell,
    tree_items,
)


class BudgetEarnedValuePage(BudgetPage):
    """The earned-value table over the charts; charts draw only when visible."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(document, parent, language)
        self.report: EvmReport | None = None
        self.curve: SCurve | None = None
        self.categories: list[CategoryFigures] = []
        self.error: Exception | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("earnedValueHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("earnedValueExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(
            "QLabel { background: #fff3c4; color: #5c4400; padding: 8px; }"
        )
        self.explanation.hide()
        self.tree_model = QStandardItemModel(self)
        self.tree = make_tree(self, "earnedValueTree")
        self.tree.setModel(self.tree_model)

        self.s_curve_chart = BudgetChart("sCurveChart", self)
        self.s_curve_chart.file_stem = "s-curve"
        self.s_curve_chart.set_painter(self._paint_s_curve)
        self.indices_chart = BudgetChart("indicesChart", self)
        self.indices_chart.file_stem = "cpi-spi"
        self.indices_chart.set_painter(self._paint_indices)
        self.category_chart = BudgetChart("categoryChart", self)
        self.category_chart.file_stem = "budget-by-category"
        self.category_chart.set_painter(self._paint_categories)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 6, 8, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.explanation)
        top_layout.addWidget(self.tree, 1)
        charts = QWidget(self)
        charts.setObjectName("earnedValueCharts")
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(8, 4, 8, 8)
        charts_layout.setSpacing(12)
        charts_layout.addWidget(self.s_curve_chart, 4)
        charts_layout.addWidget(self.indices_chart, 3)
        charts_layout.addWidget(self.category_chart, 3)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.charts = (self.s_curve_chart, self.indices_chart, self.category_chart)
        self.retranslate()

    def retranslate(self) -> None:
        headers = [
            (self.tr("Task"), ""),
            (self.tr("BAC"), self.tr("Budget at completion: the task's baseline cost")),
            (self.tr("PV"), self.tr("Planned value at the status date")),
            (self.tr("EV"), self.tr("Earned value: the baseline cost of the work done")),
            (self.tr("AC"), self.tr("Actual cost of the work done")),
            (self.tr("SV"), self.tr("Schedule variance EV − PV: negative is behind schedule")),
            (self.tr("CV"), self.tr("Cost variance EV − AC: negative is over budget")),
            (self.tr("SPI"), self.tr("EV / PV: below 1 is behind schedule")),
            (self.tr("CPI"), self.tr("EV / AC: below 1 is over budget")),
            (self.tr("EAC"), self.tr("Estimate at completion")),
            (self.tr("VAC"), self.tr("BAC − EAC: negative is a forecast over-run")),
        ]
        self.tree_model.setHorizontalHeaderLabels([title for title, _ in headers])
        for column, (_title, tip) in enumerate(headers):
            self.tree_model.setHeaderData(
                column, Qt.Orientation.Horizontal, tip or None, Qt.ItemDataRole.ToolTipRole
            )
        for chart in self.charts:
            chart.retranslate()
        if self.loaded:
            self.invalidate()

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.categories = self.document.read(figures_by_category)
        try:
            self.report = self.document.read(evm_report)
            self.curve = self.document.read(s_curve)
        except (NoBaseline, NoStatusDate) as exc:
            self.report, self.curve, self.error = None, None, exc
        else:
            self.error = None
        self._show_table()
        explanation = no_earned_value_text(self.error) if self.error else ""
        self.s_curve_chart.empty_text = explanation
        self.indices_chart.empty_text = explanation or self.tr(
            "No snapshots yet: one is stored each time the status date moves."
        )
        self.category_chart.empty_text = self.tr("No budget, commitments or spending yet.")
        for chart in self.charts:
            chart.invalidate()

    def _show_table(self) -> None:
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        report = self.report
        if report is None:
            self.heading.setText(self.tr("Earned value"))
            self.explanation.setText(no_earned_value_text(self.error) if self.error else "")
            self.explanation.show()
            self.tree.hide()
            return
        self.explanation.hide()
        self.tree.show()
        self.heading.setText(
            self.tr("Earned value at the status date {0}, against baseline {1}")
            .replace("{0}", self.fmt.date(report.status_date))
            .replace("{1}", str(report.baseline))
        )
        parents: list[QStandardItem] = []
        root = self.tree_model.invisibleRootItem()
        for task in report.rows:
            if task.id not in report.result:
                continue
            name = f"{task.wbs}  {task.name}"
            items = tree_items(
                Row(task.id, self._cells(name, report.result[task.id]), strong=task.summary)
            )
            level = max(1, task.outline_level)
            del parents[level - 1 :]
            (parents[-1] if parents else root).appendRow(items)
            if task.summary:
                parents += [items[0]] * (level - len(parents))
        root.appendRow(
            tree_items(Row("project", self._cells(self.tr("Project"), report.project), total=True))
        )
        self.tree.expandAll()
        fit_columns(self.tree, stretch=0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 300))

    def _cells(self, name: str, figures: EvmFigures) -> list[Cell]:
        fmt = self.fmt

        def index(value: Decimal | None) -> Cell:
            if value is None:
                return number_cell(fmt.index(None), None, colour=MUTED)
            return number_cell(fmt.index(value), value, colour=fmt.index_colour(value))

        return [
            Cell(name, tip=name if len(name) > 50 else ""),
            money_cell(fmt, figures.bac_cents, quiet_zero=True),
            money_cell(fmt, figures.pv_cents, quiet_zero=True),
            money_cell(fmt, figures.ev_cents, quiet_zero=True),
            money_cell(fmt, figures.ac_cents, quiet_zero=True),
            money_cell(fmt, figures.sv_cents, quiet_zero=True),
            money_cell(fmt, figures.cv_cents, quiet_zero=True),
            index(figures.spi),
            index(figures.cpi),
            money_cell(fmt, figures.eac_cents, quiet_zero=True),
            money_cell(fmt, figures.vac_cents, quiet_zero=True),
        ]

    # -- charts -----------------------------------------------------------------------------------
    def _paint_s_curve(self, figure: object) -> bool:
        return self.curve is not None and draw_s_curve(figure, self.curve, self.fmt)

    def _paint_indices(self, figure: object) -> bool:
        return self.curve is not None and draw_indices(figure, self.curve.history, self.fmt)

    def _paint_categories(self, figure: object) -> bool:
        return draw_categories(figure, self.categories, self.fmt)
