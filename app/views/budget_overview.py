"""The Budget tab's overview: budget vs committed vs actual vs forecast per category (over-runs
in red), the reserves, and the earned-value figures at the status date with what each means."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.commands.document import ProjectDocument
from app.domain.budget import Reserve
from app.domain.earned_value import EacMethod, EvmFigures, NoBaseline
from app.services.budget import CategoryFigures, figures_by_category
from app.services.earned_value import NoStatusDate, evm_report
from app.services.reserves import ReserveStatus, reserve_status
from app.views.budget_labels import (
    MUTED,
    NEGATIVE,
    POSITIVE,
    no_earned_value_text,
    uncategorised_label,
)
from app.views.budget_page import BudgetPage
from app.views.budget_reserves import BudgetReservesDialog
from app.views.budget_table import (
    Cell,
    Row,
    RowTableModel,
    fit_columns,
    fitted_height,
    make_table,
    money_cell,
    number_cell,
    share_width,
    text_cell,
)

CATEGORY_COLUMNS = ("category", "budget", "committed", "actual", "forecast", "variance", "spent")
EV_FIGURES = (
    "pv",
    "ev",
    "ac",
    "sv",
    "cv",
    "spi",
    "cpi",
    "bac",
    "eac_cpi",
    "eac_atypical",
    "eac_cpi_spi",
    "eac_bottom_up",
    "etc",
    "vac",
    "tcpi_bac",
    "tcpi_eac",
)
EAC_OF = {
    "eac_cpi": EacMethod.CPI,
    "eac_atypical": EacMethod.ATYPICAL,
    "eac_cpi_spi": EacMethod.CPI_SPI,
    "eac_bottom_up": EacMethod.BOTTOM_UP,
}


@dataclass(frozen=True, slots=True)
class FigureRow:
    name: QLabel
    value: QLabel
    meaning: QLabel


def _muted(label: QLabel) -> QLabel:
    label.setStyleSheet(f"color: {MUTED.name()};")
    return label


class BudgetOverviewPage(BudgetPage):
    """Read when shown; ``categories`` holds the figures the table shows."""

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(document, parent, language)
        self.categories: list[CategoryFigures] = []
        self.evm: EvmFigures | None = None
        self.evm_error: Exception | None = None
        self.status_date: dt.date | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("budgetOverviewHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = RowTableModel(self)
        self.table = make_table(self, "budgetCategoryTable")
        self.table.setModel(self.model)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note = _muted(QLabel(self))
        self.note.setWordWrap(True)

        self.reserves_box = QGroupBox(self)
        self.reserves_box.setObjectName("budgetReserves")
        reserves_layout = QVBoxLayout(self.reserves_box)
        self.reserves_grid = QGridLayout()
        self.reserves_grid.setHorizontalSpacing(16)
        reserves_layout.addLayout(self.reserves_grid)
        self.reserves_button = QPushButton(self.reserves_box)
        self.reserves_button.setObjectName("editReserves")
        self.reserves_button.clicked.connect(self.open_reserves)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.reserves_button)
        reserves_layout.addStretch(1)
        reserves_layout.addLayout(button_row)
        self.reserve_labels: dict[tuple[str, int], QLabel] = {}
        self.reserves: list[ReserveStatus] = []

        self.evm_box = QGroupBox(self)
        self.evm_box.setObjectName("budgetEarnedValue")
        self.evm_explanation = QLabel(self.evm_box)
        self.evm_explanation.setObjectName("budgetNoEarnedValue")
        self.evm_explanation.setWordWrap(True)
        self.evm_explanation.setStyleSheet(
            "QLabel { background: #fff3c4; color: #5c4400; padding: 8px; }"
        )
        self.evm_figures = QWidget(self.evm_box)
        grid = QGridLayout(self.evm_figures)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)
        self.figure_rows: dict[str, FigureRow] = {}
        line = 0
        for key in EV_FIGURES:
            if key in ("sv", "bac", "etc"):  # a thin rule between the groups of figures
                rule = QFrame(self.evm_figures)
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setStyleSheet("color: #d8d8d8;")
                grid.addWidget(rule, line, 0, 1, 3)
                line += 1
            name, value, meaning = QLabel(), QLabel(), _muted(QLabel())
            name.setStyleSheet("font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"ev_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            meaning.setWordWrap(True)
            grid.addWidget(name, line, 0)
            grid.addWidget(value, line, 1)
            grid.addWidget(meaning, line, 2)
            self.figure_rows[key] = FigureRow(name, value, meaning)
            line += 1
        evm_layout = QVBoxLayout(self.evm_box)
        evm_layout.addWidget(self.evm_explanation)
        evm_layout.addWidget(self.evm_figures)
        evm_layout.addStretch(1)

        content = QWidget(self)
        content.setObjectName("budgetOverviewContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        below = QHBoxLayout()
        below.setSpacing(10)
        below.addWidget(self.reserves_box, 2)
        below.addWidget(self.evm_box, 5)
        layout.addSpacing(6)
        layout.addLayout(below)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Budget vs committed vs actual vs forecast per category"))
        self.model.set_headers(
            [
                (self.tr("Category"), ""),
                (self.tr("Budget"), self.tr("Budget lines plus approved budget revisions")),
                (
                    self.tr("Committed"),
                    self.tr("Open purchase orders, less what has been invoiced against them"),
                ),
                (
                    self.tr("Actual"),
                    self.tr("Expenses and invoices, plus the actual work of internal staff"),
                ),
                (
                    self.tr("Forecast"),
                    self.tr("What the category is expected to cost in the end"),
                ),
                (self.tr("Variance"), self.tr("Budget − forecast: negative is an over-run")),
                (self.tr("Spent"), self.tr("Actual as a share of the budget")),
            ]
        )
        self.note.setText(
            self.tr(
                "Rows in red are forecast to over-run their budget; hover over a row for the "
                "amount."
            )
        )
        self.reserves_box.setTitle(self.tr("Budget and reserves"))
        self.reserves_button.setText(self.tr("Reserves and drawdowns…"))
        self.reserves_button.setToolTip(
            self.tr("Set the contingency and management reserve; record drawdowns")
        )
        self._translate_figures()
        if self.loaded:
            self._show_evm()

    def _translate_figures(self) -> None:
        names = {
            "pv": (
                self.tr("PV"),
                self.tr(
                    "Planned value: the baseline cost of the work scheduled up to the status date"
                ),
            ),
            "ev": (self.tr("EV"), self.tr("Earned value: the baseline cost of the work done")),
            "ac": (self.tr("AC"), self.tr("Actual cost of the work done")),
            "sv": (
                self.tr("SV"),
                self.tr("Schedule variance EV − PV: negative is behind schedule"),
            ),
            "cv": (self.tr("CV"), self.tr("Cost variance EV − AC: negative is over budget")),
            "spi": (
                self.tr("SPI"),
                self.tr("Schedule performance EV / PV: below 1 is behind schedule"),
            ),
            "cpi": (self.tr("CPI"), self.tr("Cost performance EV / AC: below 1 is over budget")),
            "bac": (
                self.tr("BAC"),
                self.tr("Budget at completion: the baseline cost of all the work"),
            ),
            "eac_cpi": (
                self.tr("EAC (CPI)"),
                self.tr("Estimate at completion BAC / CPI: spending goes on as it went"),
            ),
            "eac_atypical": (
                self.tr("EAC (one-off)"),
                self.tr("AC + (BAC − EV): the over-run so far was a one-off"),
            ),
            "eac_cpi_spi": (
                self.tr("EAC (CPI × SPI)"),
                self.tr("AC + (BAC − EV) / (CPI × SPI): cost and schedule both weigh"),
            ),
            "eac_bottom_up": (
                self.tr("EAC (bottom-up)"),
                self.tr("AC + the remaining cost of the current plan"),
            ),
            "etc": (
                self.tr("ETC"),
                self.tr("Estimate to complete: EAC − AC, what is still to be spent"),
            ),
            "vac": (
                self.tr("VAC"),
                self.tr("Variance at completion BAC − EAC: negative is a forecast over-run"),
            ),
            "tcpi_bac": (
                self.tr("TCPI (BAC)"),
                self.tr("Cost performance the remaining work needs to finish on budget"),
            ),
            "tcpi_eac": (
                self.tr("TCPI (EAC)"),
                self.tr("Cost performance the remaining work needs to finish at the EAC"),
            ),
        }
        for key, (name, meaning) in names.items():
            self.figure_rows[key].name.setText(name)
            self.figure_rows[key].meaning.setText(meaning)

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.categories = self.document.read(figures_by_category)
        self.reserves = self.document.read(reserve_status)
        try:
            report = self.document.read(evm_report)
        except (NoBaseline, NoStatusDate) as exc:
            self.evm, self.evm_error, self.status_date = None, exc, None
        else:
            self.evm, self.evm_error = report.project, None
            self.status_date = report.status_date
        self._show_categories()
        self._show_reserves()
        self._show_evm()

    def _show_categories(self) -> None:
        fmt = self.fmt
        rows = []
        for line in self.categories:
            name = uncategorised_label() if line.category is None else line.category.name
            tip = ""
            if line.over_run:
                tip = (
                    self.tr("Forecast {0} exceeds the budget {1} by {2}")
                    .replace("{0}", fmt.money(line.forecast_cents))
                    .replace("{1}", fmt.money(line.budget_cents))
                    .replace("{2}", fmt.money(-line.variance_cents))
                )
            rows.append(
                Row(
                    None if line.category is None else line.category.id,
                    self._cells(
                        name,
                        line.budget_cents,
                        line.committed_cents,
                        line.actual_cents,
                        line.forecast_cents,
                    ),
                    alarm=line.over_run,
                    tip=tip,
                )
            )
        totals = [
            sum(getattr(line, field) for line in self.categories)
            for field in ("budget_cents", "committed_cents", "actual_cents", "forecast_cents")
        ]
        rows.append(Row("total", self._cells(self.tr("Total"), *totals), total=True))
        self.model.set_rows(rows)
        fit_columns(self.table)
        # The figures share the width; the names keep what they need.
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 200))
        share_width(self.table)
        self.table.setFixedHeight(fitted_height(self.table, len(rows)))

    def _cells(
        self, name: str, budget: int, committed: int, actual: int, forecast: int
    ) -> list[Cell]:
        fmt = self.fmt
        variance = budget - forecast
        return [
            text_cell(name),
            money_cell(fmt, budget, quiet_zero=True),
            money_cell(fmt, committed, quiet_zero=True),
            money_cell(fmt, actual, quiet_zero=True),
            money_cell(fmt, forecast, quiet_zero=True),
            number_cell(
                fmt.money(variance),
                variance,
                colour=NEGATIVE if variance < 0 else POSITIVE if variance > 0 else None,
            ),
            number_cell(fmt.share(actual, budget), Decimal(actual) / budget if budget else None),
        ]

    def _show_reserves(self) -> None:
        """Budget, the two reserves (amount, drawn, remaining), and the budget with them."""
        budget = sum(line.budget_cents for line in self.categories)
        found = {status.reserve: status for status in self.reserves}
        contingency = found.get(Reserve.CONTINGENCY)
        management = found.get(Reserve.MANAGEMENT)
        lines: list[tuple[str, str, list[int | None]]] = [
            (self.tr("Budget (lines and revisions)"), "", [budget, None, None])
        ]
        for status, name, tip in (
            (
                contingency,
                self.tr("Contingency reserve"),
                self.tr("For known risks: the residual EMV of the open threats")
                if contingency is not None and contingency.from_risks
                else self.tr("For known risks: a set amount"),
            ),
            (
                management,
                self.tr("Management reserve"),
                self.tr("For what nobody foresaw; released by management"),
            ),
        ):
            if status is not None:
                values = [status.amount_cents, status.drawn_cents, status.remaining_cents]
                lines.append((name, tip, list(values)))
        reserves = [s for s in (contingency, management) if s is not None]
        if reserves:
            lines.append(
                (
                    self.tr("Budget with reserves"),
                    self.tr("The budget plus both reserves, drawn or not"),
                    [budget + sum(s.amount_cents for s in reserves), None, None],
                )
            )
        if self.evm is not None:
            lines.append(
                (
                    self.tr("BAC (baseline cost)"),
                    self.tr("What earned value measures against"),
                    [self.evm.bac_cents, None, None],
                )
            )
        self._fill_reserves(lines)

    def _fill_reserves(self, lines: list[tuple[str, str, list[int | None]]]) -> None:
        grid = self.reserves_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, title in enumerate(
            (self.tr("Amount"), self.tr("Drawn"), self.tr("Remaining")), start=1
        ):
            head = _muted(QLabel(title, self.reserves_box))
            head.setAlignment(right)
            grid.addWidget(head, 0, column)
        self.reserve_labels = {}
        for line, (name, tip, values) in enumerate(lines, start=1):
            label = QLabel(name, self.reserves_box)
            label.setToolTip(tip)
            grid.addWidget(label, line, 0)
            for column, cents in enumerate(values, start=1):
                if cents is None:
                    continue
                amount = QLabel(self.fmt.money(cents), self.reserves_box)
                amount.setAlignment(right)
                amount.setToolTip(tip)
                if cents < 0:
                    amount.setStyleSheet(f"color: {NEGATIVE.name()};")
                grid.addWidget(amount, line, column)
                self.reserve_labels[(name, column)] = amount
        grid.setColumnStretch(0, 1)

    def open_reserves(self) -> None:
        """The reserves' settings and drawdowns, edited in a dialog of their own."""
        dialog = BudgetReservesDialog(self.document, self.language, self)
        dialog.exec()
        dialog.deleteLater()

    def reserve_text(self, name: str, column: int = 1) -> str:
        """What the reserves box shows on line ``name`` (1 amount, 2 drawn, 3 remaining)."""
        label = self.reserve_labels.get((name, column))
        return "" if label is None else label.text()

    def _show_evm(self) -> None:
        figures = self.evm
        if figures is None:
            self.evm_box.setTitle(self.tr("Earned value"))
            self.evm_explanation.setText(
                no_earned_value_text(self.evm_error) if self.evm_error else ""
            )
            self.evm_explanation.show()
            self.evm_figures.hide()
            return
        self.evm_box.setTitle(
            self.tr("Earned value at the status date, {0}").replace(
                "{0}", self.fmt.date(self.status_date)
            )
        )
        self.evm_explanation.hide()
        self.evm_figures.show()
        fmt = self.fmt
        money = {
            "pv": figures.pv_cents,
            "ev": figures.ev_cents,
            "ac": figures.ac_cents,
            "bac": figures.bac_cents,
            "etc": figures.etc_cents,
            **{key: figures.eac(method) for key, method in EAC_OF.items()},
        }
        for key, cents in money.items():
            self._set(key, "—" if cents is None else fmt.money(cents))
        for key, cents, percent in (
            ("sv", figures.sv_cents, figures.sv_percent),
            ("cv", figures.cv_cents, figures.cv_percent),
        ):
            text = f"{fmt.money(cents)}  ({fmt.percent(percent)})"
            self._set(key, text, NEGATIVE if cents < 0 else None)
        vac = figures.vac_cents
        self._set("vac", "—" if vac is None else fmt.money(vac), _sign_colour(vac))
        self._set("spi", fmt.index(figures.spi), fmt.index_colour(figures.spi))
        self._set("cpi", fmt.index(figures.cpi), fmt.index_colour(figures.cpi))
        # Above 1, the rest of the work must go better than planned to finish on budget.
        tcpi = figures.tcpi_bac
        self._set("tcpi_bac", fmt.index(tcpi), fmt.index_colour(tcpi, low_is_bad=False))
        self._set("tcpi_eac", fmt.index(figures.tcpi_eac))
        chosen = {
            EacMethod.CPI: "eac_cpi",
            EacMethod.ATYPICAL: "eac_atypical",
            EacMethod.CPI_SPI: "eac_cpi_spi",
            EacMethod.BOTTOM_UP: "eac_bottom_up",
        }[figures.eac_method]
        for key in EAC_OF:
            font = self.figure_rows[key].name.font()
            font.setUnderline(key == chosen)
            self.figure_rows[key].name.setFont(font)
            self.figure_rows[key].name.setToolTip(
                self.tr("The EAC that ETC and VAC are worked out from") if key == chosen else ""
            )

    def _set(self, key: str, text: str, colour: QColor | None = None) -> None:
        label = self.figure_rows[key].value
        label.setText(text)
        label.setStyleSheet("" if colour is None else f"color: {colour.name()};")

    def figure_text(self, key: str) -> str:
        """What the earned-value summary shows for ``key`` (pv, ev, cpi, eac_cpi, …)."""
        return self.figure_rows[key].value.text()


def _sign_colour(cents: int | None) -> QColor | None:
    if not cents:
        return None
    return NEGATIVE if cents < 0 else POSITIVE
