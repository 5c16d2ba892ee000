"""The Budget tab as a project manager meets it with the demo: the category figures and their
over-runs, the reserves and the earned value, the cost breakdown, the charts and their
export, a project without a baseline, and screenshots of every page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.money import format_money
from app.services.budget import figures_by_category
from app.services.budget_charts import cost_by_month, wbs_costs
from app.services.budget_edit import budget_lines, list_commitments, list_expenses
from app.services.change_requests import budget_history, list_change_requests
from app.services.earned_value import evm_report
from app.services.reserves import reserve_status
from app.views.budget_chart import BudgetChart
from app.views.budget_commitments import COMMITMENT_COLUMNS
from app.views.budget_expenses import EXPENSE_COLUMNS
from app.views.budget_labels import NEGATIVE, OVER_RUN_BACKGROUND
from app.views.budget_overview import CATEGORY_COLUMNS
from app.views.budget_tab import BudgetTab
from app.views.budget_table import KEY_ROLE
from app.views.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"


@pytest.fixture
def budget(qtbot: QtBot, document: ProjectDocument) -> BudgetTab:
    tab = BudgetTab(document)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def euros(cents: int) -> str:
    return format_money(cents, "EUR", "en")


def inked(image: QImage, step: int = 3) -> int:
    """How many sampled pixels are not white-ish: what a chart has drawn."""
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if QColor(image.pixel(x, y)).lightness() < 200:
                count += 1
    return count


def coloured(image: QImage, colour: str, step: int = 2) -> int:
    """Sampled pixels close to ``colour``: a series of that colour was drawn."""
    want = QColor(colour)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            got = QColor(image.pixel(x, y))
            if (
                abs(got.red() - want.red()) < 40
                and abs(got.green() - want.green()) < 40
                and abs(got.blue() - want.blue()) < 40
            ):
                count += 1
    return count


def save_screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path)), f"cannot write {path}"
    return path


# -- the tab in the window ---------------------------------------------------------------------
def test_the_window_has_a_budget_tab_after_team(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    view = window.project_view
    assert view is not None
    titles = [view.tabText(i) for i in range(view.count())]
    assert titles.index("Budget") == titles.index("Team") + 1
    page = view.page("budget")
    view.setCurrentWidget(page)
    assert isinstance(view.budget, BudgetTab)
    assert view.budget.tabs.tabText(0) == "Overview"


# -- overview ----------------------------------------------------------------------------------
def test_the_category_table_shows_the_demo_figures(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.overview
    assert page.loaded, "the overview reads the project when the tab is shown"
    expected = document.read(figures_by_category)
    model = page.model
    assert model.rowCount() == len(expected) + 1  # and the totals row
    for row, line in enumerate(expected):
        assert line.category is not None
        shown = [model.index(row, c).data() for c in range(model.columnCount())]
        assert shown[0] == line.category.name
        assert shown[1:6] == [
            euros(line.budget_cents),
            euros(line.committed_cents),
            euros(line.actual_cents),
            euros(line.forecast_cents),
            euros(line.variance_cents),
        ]
        right = model.index(row, 1).data(Qt.ItemDataRole.TextAlignmentRole)
        assert right & Qt.AlignmentFlag.AlignRight
    total = model.rowCount() - 1
    assert model.index(total, 0).data() == "Total"
    assert model.index(total, 1).data() == euros(sum(line.budget_cents for line in expected))
    assert model.index(total, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert sum(line.budget_cents for line in expected) > 400_000_00  # the demo's € 450k


def test_an_over_run_is_red_with_its_variance_in_the_tooltip(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    model = budget.overview.model
    expected = document.read(figures_by_category)
    over = [row for row, line in enumerate(expected) if line.over_run]
    assert over, "the demo should have a category forecast over its budget"
    row = over[0]
    line = expected[row]
    background = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == OVER_RUN_BACKGROUND
    variance = model.index(row, CATEGORY_COLUMNS.index("variance"))
    assert variance.data(Qt.ItemDataRole.ForegroundRole).color() == NEGATIVE
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert euros(-line.variance_cents) in tip and "exceeds the budget" in tip
    fine = next(r for r, f in enumerate(expected) if not f.over_run)
    assert model.index(fine, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_earned_value_summary_matches_the_report(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.overview
    figures = document.read(evm_report).project
    assert page.figure_text("pv") == euros(figures.pv_cents)
    assert page.figure_text("ev") == euros(figures.ev_cents)
    assert page.figure_text("ac") == euros(figures.ac_cents)
    assert page.figure_text("bac") == euros(figures.bac_cents)
    assert page.figure_text("cpi") == f"{figures.cpi:.2f}"
    assert page.figure_text("spi") == f"{figures.spi:.2f}"
    for key in ("eac_cpi", "eac_atypical", "eac_cpi_spi", "eac_bottom_up", "etc", "vac"):
        assert page.figure_text(key).startswith(("€", "-€")), key
    assert page.figure_text("cv").startswith("-€")  # the demo's analysis overran
    assert "26/11/2026" in page.evm_box.title()
    assert not page.evm_explanation.isVisible()


def test_dutch_money_in_the_overview(budget: BudgetTab, document: ProjectDocument) -> None:
    budget.set_language("nl")
    page = budget.overview
    expected = document.read(figures_by_category)[0]
    assert page.model.index(0, 1).data() == format_money(expected.budget_cents, "EUR", "nl")
    assert page.model.index(0, 1).data().startswith("€ ")
    assert "," in page.figure_text("cpi")


def test_the_reserves_show_the_contingency_from_the_risks(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.overview
    contingency, management = document.read(reserve_status)
    assert contingency.from_risks and contingency.drawn_cents > 0
    assert page.reserve_text("Contingency reserve") == euros(contingency.amount_cents)
    assert page.reserve_text("Contingency reserve", 2) == euros(contingency.drawn_cents)
    assert page.reserve_text("Contingency reserve", 3) == euros(contingency.remaining_cents)
    assert page.reserve_text("Management reserve") == euros(management.amount_cents)
    budget_total = sum(line.budget_cents for line in document.read(figures_by_category))
    with_reserves = budget_total + contingency.amount_cents + management.amount_cents
    assert page.reserve_text("Budget with reserves") == euros(with_reserves)


# -- breakdown ---------------------------------------------------------------------------------
def test_the_wbs_breakdown_rolls_up_with_a_total(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("breakdown")
    costs = document.read(wbs_costs)
    model = page.tree_model
    first = costs.rows[0]
    assert first.task.summary
    assert model.index(0, 0).data() == f"{first.task.wbs}  {first.task.name}"
    assert model.index(0, 1).data() == euros(first.cost_cents)
    children = [row for row in costs.rows[1:] if row.task.outline_level == 2]
    assert model.rowCount(model.index(0, 0)) > 0
    assert sum(row.cost_cents for row in children[: model.rowCount(model.index(0, 0))]) == (
        first.cost_cents
    )
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Total"
    assert model.index(last, 1).data() == euros(costs.cost_cents)
    assert model.index(last, 4).data() == euros(costs.baseline_cents)


def test_the_month_table_has_categories_and_totals(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("breakdown")
    page.show_view("month")  # type: ignore[attr-defined]
    monthly = document.read(cost_by_month)
    model = page.month_model  # type: ignore[attr-defined]
    assert model.rowCount() == len(monthly.months) + 1
    last = model.rowCount() - 1
    total_column = model.columnCount() - 2
    assert model.headerData(total_column, Qt.Orientation.Horizontal) == "Total"
    assert model.index(last, total_column).data() == euros(monthly.total_cents)
    cumulative = model.index(last - 1, total_column + 1).data()
    assert cumulative == euros(monthly.total_cents)


# -- budget lines, expenses, purchase orders, change log ---------------------------------------
def test_budget_lines_per_month_and_the_history(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("lines")
    lines = document.read(budget_lines)
    history = document.read(budget_history)
    model = page.model  # type: ignore[attr-defined]
    total_row = model.rowCount() - 1
    assert model.index(total_row, 0).data() == "Total"
    assert model.index(total_row, model.columnCount() - 1).data() == euros(
        sum(line.amount_cents for line in lines)
    )
    first = lines[0]
    row = model.row_of(first.month)
    column = 1 + [c.id for c in page.categories].index(first.category_id)  # type: ignore[attr-defined]
    assert model.index(row, column).data() == euros(first.amount_cents)
    assert "plan's cost" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    revisions = page.history_model  # type: ignore[attr-defined]
    assert revisions.rowCount() == 1 + len(history.revisions)
    approved = history.revisions[0]
    assert revisions.index(1, 4).data() == approved.change_ref == "CR-001"
    assert revisions.index(1, 2).data() == euros(approved.amount_cents)
    assert revisions.index(1, 5).data() == euros(history.current_cents)
    assert euros(history.current_cents) in page.totals.text()  # type: ignore[attr-defined]


def test_expenses_and_invoices_are_listed_with_a_total(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("expenses")
    expenses = document.read(list_expenses)
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() == len(expenses) >= 3
    columns = EXPENSE_COLUMNS
    for row, item in enumerate(expenses):
        assert model.index(row, columns.index("amount_cents")).data() == euros(item.amount_cents)
        assert model.index(row, columns.index("supplier")).data() == item.supplier
        assert model.index(row, columns.index("invoice_number")).data() == item.invoice_number
    dell = next(r for r, item in enumerate(expenses) if item.supplier == "Dell")
    assert model.index(dell, columns.index("commitment_id")).data().startswith("PO-2026-118")
    total = euros(sum(item.amount_cents for item in expenses))
    assert total in page.summary.text()  # type: ignore[attr-defined]
    page.search.setText("cloudpartners")  # type: ignore[attr-defined]
    assert page.proxy.rowCount() == sum(  # type: ignore[attr-defined]
        1 for item in expenses if item.supplier == "CloudPartners BV"
    )


def test_purchase_orders_show_what_is_still_committed(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("commitments")
    orders = document.read(list_commitments)
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() == len(orders) == 3
    columns = COMMITMENT_COLUMNS
    framework = next(r for r, order in enumerate(orders) if order.reference == "PO-2026-101")
    order = orders[framework]
    assert model.index(framework, columns.index("invoiced")).data() == euros(order.invoiced_cents)
    assert model.index(framework, columns.index("remaining")).data() == euros(order.remaining_cents)
    closed = next(r for r, o in enumerate(orders) if o.reference == "PO-2026-118")
    assert model.index(closed, columns.index("status")).data() == "Closed"


def test_the_change_log_lists_the_requests_and_shows_the_selected_one(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("changes")
    changes = document.read(list_change_requests)
    model = page.model  # type: ignore[attr-defined]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [c.ref for c in changes]
    statuses = {model.index(r, 0).data(): model.index(r, 6).data() for r in range(3)}
    assert statuses == {"CR-001": "Approved", "CR-002": "Proposed", "CR-003": "Rejected"}
    approved = next(c for c in changes if c.ref == "CR-001")
    page.select_change(approved.id)  # type: ignore[attr-defined]
    assert page.title.text() == approved.title  # type: ignore[attr-defined]
    assert page.cost.text() == euros(approved.cost_impact_cents)  # type: ignore[attr-defined]
    decision = page.decision_text  # type: ignore[attr-defined]
    assert decision("status") == "Approved"
    assert decision("decided_by").startswith("Steering committee")
    assert decision("decision_date") == approved.decision_date.strftime("%d/%m/%Y")
    assert decision("revised") == euros(approved.revised_cents)
    assert page.requester.currentText() == approved.requester_name  # type: ignore[attr-defined]


def test_the_tables_are_sound_item_models(budget: BudgetTab, qtmodeltester: object) -> None:
    for name in ("overview", "expenses", "commitments", "changes", "lines"):
        page = budget.page(name)
        qtmodeltester.check(page.model)  # type: ignore[attr-defined]


# -- charts ------------------------------------------------------------------------------------
def charts_page(budget: BudgetTab, qtbot: QtBot) -> list[BudgetChart]:
    """The earned-value page with its charts drawn at the size they are shown."""
    page = budget.page("earned_value")
    charts = list(page.charts)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(chart.canvas is not None for chart in charts))
    QApplication.processEvents()  # the layout gives the canvases their size
    for chart in charts:
        chart.canvas.draw()  # as the event loop would, at that size
    return charts


def test_the_three_charts_draw(budget: BudgetTab, qtbot: QtBot) -> None:
    s_curve, indices, categories = charts_page(budget, qtbot)
    for chart in (s_curve, indices, categories):
        assert chart.drawn and chart.canvas.isVisible(), chart.objectName()
        image = chart.canvas.grab().toImage()
        assert inked(image) > 400, f"{chart.objectName()} drew almost nothing"
    s_image = s_curve.canvas.grab().toImage()
    for colour in ("#1a73e8", "#1e8e3e", "#d93025"):  # PV, EV, AC
        assert coloured(s_image, colour) > 20, f"no {colour} series on the S-curve"
    texts = [text.get_text() for text in s_curve.figure.axes[0].texts]
    assert any(text.startswith("EAC €") for text in texts)
    labels = [t.get_text() for t in categories.figure.axes[0].get_yticklabels()]
    assert "Internal staff" in labels


def test_charts_export_png_and_svg(
    budget: BudgetTab, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    charts = charts_page(budget, qtbot)
    asked: list[str] = []
    for chart in charts:
        for kind in ("png", "svg"):
            target = tmp_path / f"{chart.objectName()}"  # no suffix: the kind's is added

            def answer(*args: object, target: Path = target) -> tuple[str, str]:
                asked.append(str(args[2]))
                return str(target), ""

            monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
            button = chart.export_png if kind == "png" else chart.export_svg
            with qtbot.waitSignal(chart.exported) as signal:
                button.click()
            path = signal.args[0]
            assert path == target.with_name(f"{target.name}.{kind}")
            data = path.read_bytes()
            if kind == "png":
                assert data.startswith(b"\x89PNG\r\n\x1a\n")
                image = QImage(str(path))
                assert image.width() > 1000 and inked(image, 6) > 200
            else:
                root = ElementTree.fromstring(data)
                assert root.tag.endswith("svg")
                assert b"<path" in data or b"<use" in data
    assert "s-curve.png" in asked and "cpi-spi.svg" in asked
    assert not list(tmp_path.glob(".*.partial")), "a temporary file was left behind"


# -- without a baseline ------------------------------------------------------------------------
def test_a_project_without_baseline_explains_why_there_is_no_earned_value(
    qtbot: QtBot, tmp_path: Path
) -> None:
    document = ProjectDocument.create(tmp_path / "new.koers", "New", dt.date(2026, 3, 2))
    try:
        tab = BudgetTab(document)
        qtbot.addWidget(tab)
        tab.resize(1200, 800)
        tab.show()
        qtbot.waitExposed(tab)
        overview = tab.overview
        assert overview.evm_explanation.isVisible()
        text = overview.evm_explanation.text()
        assert "no earned value" in text
        assert not overview.evm_figures.isVisible()
        page = tab.page("earned_value")
        assert page.explanation.isVisible()  # type: ignore[attr-defined]
        s_curve = page.s_curve_chart  # type: ignore[attr-defined]
        qtbot.waitUntil(s_curve.empty.isVisible)
        assert "no earned value" in s_curve.empty.text()
        assert not s_curve.export_png.isEnabled()
    finally:
        document.close()


# -- screenshots -------------------------------------------------------------------------------
def test_screenshots_of_every_page(budget: BudgetTab, qtbot: QtBot) -> None:
    names = {
        "overview": "budget-overview.png",
        "breakdown": "budget-breakdown-wbs.png",
        "lines": "budget-lines.png",
        "expenses": "budget-expenses.png",
        "commitments": "budget-commitments.png",
        "changes": "budget-change-log.png",
        "earned_value": "budget-earned-value.png",
    }
    for name, file_name in names.items():
        page = budget.page(name)
        if name == "earned_value":
            charts_page(budget, qtbot)
        path = save_screenshot(budget, file_name)
        assert path.stat().st_size > 10_000
        assert page.isVisible()
    breakdown = budget.page("breakdown")
    for view in ("category", "month"):
        breakdown.show_view(view)  # type: ignore[attr-defined]
        save_screenshot(budget, f"budget-breakdown-{view}.png")
    s_curve, indices, categories = charts_page(budget, qtbot)
    for chart, file_name in (
        (s_curve, "budget-s-curve.png"),
        (indices, "budget-cpi-spi.png"),
        (categories, "budget-categories-chart.png"),
    ):
        chart.save(SCREENSHOTS / file_name, "png")
    assert budget.earned_value.tree_model.index(0, 0).data(KEY_ROLE) is not None


def test_dutch_figures_in_the_tables_and_charts(budget: BudgetTab, qtbot: QtBot) -> None:
    budget.set_language("nl")
    overview = budget.page("overview")
    assert overview.model.index(0, 1).data().startswith("€ ")  # type: ignore[attr-defined]
    save_screenshot(budget, "budget-overview-nl.png")
    s_curve, _indices, categories = charts_page(budget, qtbot)
    labels = [label.get_text() for label in s_curve.figure.axes[0].get_xticklabels()]
    assert any(label.startswith(("okt", "nov", "dec")) for label in labels), labels
    money = [label.get_text() for label in categories.figure.axes[0].get_xticklabels()]
    assert any(label.startswith("€ ") and "k" in label for label in money), money
    s_curve.save(SCREENSHOTS / "budget-s-curve-nl.png", "png")
