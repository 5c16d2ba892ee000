"""The Risks tab: register and issue log models, filters, the heat map's cell filter, the
form's edits and the actions that reach the schedule and the issue log."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.commands.issues import DeleteIssueCommand, InsertIssueCommand
from app.commands.risks import DeleteRiskCommand, InsertRiskCommand, SetRiskFieldsCommand
from app.domain.risks import RiskScales, RiskStatus
from app.services.issues import blank_issue, list_issues
from app.services.risks import ReviewData, blank_risk, get_risk, list_reviews, list_risks
from app.views.issue_table_model import COLUMNS as ISSUE_COLUMNS
from app.views.issue_table_model import IssueFilterProxy, IssueTableModel
from app.views.risk_dialogs import ReviewDialog, RiskSettingsDialog, TaskPickerDialog
from app.views.risk_table_model import (
    COLUMNS,
    NO_OWNER,
    OPEN,
    HeatCell,
    RiskFilterProxy,
    RiskTableModel,
)
from app.views.risks_tab import RisksTab
from tests.risk_files import TODAY, build_register_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_register_demo(tmp_path_factory.mktemp("template") / "demo.koers")


@pytest.fixture
def registers(qapp: object, template: Path, tmp_path: Path) -> Iterator[ProjectDocument]:
    path = tmp_path / "demo.koers"
    shutil.copy(template, path)
    document = ProjectDocument.open(path)
    yield document
    document.close()


@pytest.fixture
def tab(qtbot: QtBot, registers: ProjectDocument) -> RisksTab:
    widget = RisksTab(registers)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(
    proxy: RiskFilterProxy | IssueFilterProxy, name: str, columns: tuple[str, ...]
) -> list[str]:
    column = columns.index(name)
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _refs(proxy: RiskFilterProxy) -> list[str]:
    return _column(proxy, "ref", COLUMNS)


# -- models ------------------------------------------------------------------------------------
def test_risk_model_and_proxy_pass_the_model_tester_through_edits(
    qtmodeltester: object, registers: ProjectDocument
) -> None:
    model = RiskTableModel(registers)
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy.sort(COLUMNS.index("emv"), Qt.SortOrder.DescendingOrder)
    proxy.set_filters(status=OPEN)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    registers.push(InsertRiskCommand(registers, blank_risk("Licence audit", cost_impact_cents=1)))
    assert len(inserted) == 1 and model.rowCount() == 16
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    registers.push(DeleteRiskCommand(registers, model.risk(3).id))
    assert model.rowCount() == 15
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    registers.undo_stack.undo()
    registers.undo_stack.undo()
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert model.rowCount() == 15


def test_issue_model_and_proxy_pass_the_model_tester_through_edits(
    qtmodeltester: object, registers: ProjectDocument
) -> None:
    model = IssueTableModel(registers)
    proxy = IssueFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ISSUE_COLUMNS.index("priority"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    registers.push(InsertIssueCommand(registers, blank_issue("Test data missing")))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    registers.push(DeleteIssueCommand(registers, model.issue(0).id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert model.rowCount() == 6


def test_cells_show_figures_bands_money_and_overdue_reviews(registers: ProjectDocument) -> None:
    model = RiskTableModel(registers)
    row = model.row_of(next(r.id for r in registers.read(list_risks) if r.ref == "R-004"))

    def cell(name: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row, COLUMNS.index(name)).data(role)

    assert (cell("inherent_score"), cell("residual_score"), cell("band")) == ("12", "9", "Medium")
    assert cell("emv") == "€15,000"  # 50 % of 30,000
    assert cell("next_review") == "12/11/2026"
    assert cell("next_review", Qt.ItemDataRole.BackgroundRole) is not None  # overdue
    assert cell("band", Qt.ItemDataRole.BackgroundRole) is not None
    model.set_language("nl")
    assert cell("emv").replace("\xa0", " ") == "€ 15.000"  # type: ignore[union-attr]
    assert cell("next_review") == QLocale("nl_NL").toString(
        QLocale("nl_NL").toDate("12-11-2026", "dd-MM-yyyy"),
        QLocale("nl_NL").dateFormat(QLocale.FormatType.ShortFormat),
    )


def test_sorting_is_numeric_where_the_column_is(registers: ProjectDocument) -> None:
    model = RiskTableModel(registers)
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COLUMNS.index("emv"), Qt.SortOrder.DescendingOrder)
    emv = [model.row(proxy.mapToSource(proxy.index(r, 0)).row()).emv_cents for r in range(15)]
    assert emv == sorted(emv, reverse=True) and emv[0] == 3_600_000
    proxy.sort(COLUMNS.index("residual_score"), Qt.SortOrder.AscendingOrder)
    scores = [
        int(model.row(proxy.mapToSource(proxy.index(r, 0)).row()).residual_score) for r in range(15)
    ]
    assert scores == sorted(scores)
    proxy.sort(COLUMNS.index("next_review"), Qt.SortOrder.AscendingOrder)
    dates = _column(proxy, "next_review", COLUMNS)
    assert dates[:2] == ["12/11/2026", "19/11/2026"] and dates[-1] == ""
    proxy.sort(COLUMNS.index("ref"), Qt.SortOrder.DescendingOrder)
    assert _refs(proxy)[0] == "R-015"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"status": OPEN}, 11),
        ({"status": "closed"}, 2),
        ({"owner": "Thomas Hendriks"}, 3),
        ({"owner": NO_OWNER}, 0),
        ({"band": "high"}, 3),
        ({"overdue": True}, 2),
        ({"category": "organisation"}, 3),
        ({"text": "works council"}, 1),
        ({"text": "WEEKLY STAFFING"}, 1),  # response actions are searched too
        ({"status": OPEN, "band": "medium", "owner": "Jeroen Bakker"}, 3),
    ],
)
def test_filters(registers: ProjectDocument, filters: dict[str, object], expected: int) -> None:
    model = RiskTableModel(registers)
    proxy = RiskFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(**filters)
    assert proxy.rowCount() == expected
    proxy.clear_filters()
    assert proxy.rowCount() == 15 and not proxy.is_filtered()


# -- the heat map ------------------------------------------------------------------------------
def test_clicking_a_heat_map_cell_filters_the_register(tab: RisksTab, qtbot: QtBot) -> None:
    register = tab.register
    heat = register.heat_map
    assert heat.count(HeatCell("residual", 2, 4)) == 5
    assert heat.count(HeatCell("inherent", 5, 4)) == 1
    rect = heat.cell_rect("residual", 2, 4)
    QTest.mouseClick(heat, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert register.proxy.cell == HeatCell("residual", 2, 4)
    assert sorted(_refs(register.proxy)) == ["R-001", "R-006", "R-008", "R-011", "R-014"]
    assert register.form.risk() is not None  # the first risk of the cell is shown
    tooltip = heat.tooltip_at(rect.center())
    assert "probability 2 (low), impact 4 (high)" in tooltip and "R-011" in tooltip
    # Another cell replaces the filter; clicking it again shows every risk.
    other = heat.cell_rect("inherent", 5, 4).center()
    QTest.mouseClick(heat, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, other)
    assert _refs(register.proxy) == ["R-002"]
    QTest.mouseClick(heat, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, other)
    assert register.proxy.cell is None and register.proxy.rowCount() == 15
    # Show all clears a cell with the other filters.
    QTest.mouseClick(heat, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    register.status_filter.setCurrentIndex(register.status_filter.findData(OPEN))
    assert register.proxy.rowCount() == 5
    QTest.mouseClick(register.show_all, Qt.MouseButton.LeftButton)
    assert register.proxy.rowCount() == 15 and heat.selected is None
    assert register.status_filter.currentIndex() == 0
    assert heat.cell_at(QPoint(1, 1)) is None


def test_the_heat_map_follows_edits_and_the_bands(
    tab: RisksTab, registers: ProjectDocument
) -> None:
    heat = tab.register.heat_map
    risk = next(r for r in registers.read(list_risks) if r.ref == "R-015")
    registers.push(SetRiskFieldsCommand(registers, risk.id, {"inherent_probability": 1}))
    assert heat.count(HeatCell("inherent", 1, 4)) == 1
    assert heat.count(HeatCell("residual", 1, 4)) == 1  # not assessed: residual is inherent
    registers.push(SetRiskFieldsCommand(registers, risk.id, {"status": "closed"}))
    assert heat.count(HeatCell("inherent", 1, 4)) == 0  # closed risks leave the map
    registers.undo_stack.undo()
    assert heat.count(HeatCell("inherent", 1, 4)) == 1


# -- the form and the actions -----------------------------------------------------------------
def test_form_edits_push_commands_and_refusals_are_reported(
    tab: RisksTab, registers: ProjectDocument, qtbot: QtBot
) -> None:
    register = tab.register
    form = register.form
    risk = register.current_risk()
    assert risk is not None and risk.ref == "R-001"
    title = form.lines["title"]
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Integration team not staffed")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert registers.read(get_risk, risk.id).title == "Integration team not staffed"
    assert registers.undo_stack.count() == 1
    assert _column(register.proxy, "title", COLUMNS)[0] == "Integration team not staffed"
    # Owner: a name in the register becomes its id; other text stays free text.
    owner = form.people["owner"]
    owner.setEditText("Kees Smit")
    owner.lineEdit().editingFinished.emit()
    stored = registers.read(get_risk, risk.id)
    assert (stored.owner_id, stored.owner_text) == (None, "Kees Smit")
    owner.setEditText("Bas van Dijk")
    owner.lineEdit().editingFinished.emit()
    assert registers.read(get_risk, risk.id).owner_name == "Bas van Dijk"
    assert registers.read(get_risk, risk.id).owner_id is not None
    # The strategy list follows the kind.
    form.kind.setCurrentIndex(form.kind.findData("opportunity"))
    form.kind.activated.emit(form.kind.currentIndex())
    assert [form.strategy.itemData(i) for i in range(form.strategy.count())] == [
        "",
        "exploit",
        "enhance",
        "share",
        "accept",
        "escalate",
    ]
    refused: list[Exception] = []
    tab.edit_refused.connect(refused.append)
    with qtbot.waitSignal(tab.edit_refused):
        title.setText("   ")
        title.editingFinished.emit()
    assert title.text() == "Integration team not staffed"  # put back
    assert tab.problem.isVisibleTo(tab) and "Title" in tab.problem.text()
    assert len(refused) == 1


def test_new_delete_with_confirmation_and_undo(
    tab: RisksTab, registers: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = tab.register
    register.new_action.trigger()
    risk = register.current_risk()
    assert risk is not None and risk.ref == "R-016" and risk.date_raised == TODAY
    asked: list[str] = []
    monkeypatch.setattr(register, "confirm_delete", lambda r: asked.append(r.ref) or False)
    register.select_risk(next(r.id for r in registers.read(list_risks) if r.ref == "R-002"))
    register.delete_action.trigger()
    assert asked == ["R-002"] and len(registers.read(list_risks)) == 16
    monkeypatch.setattr(register, "confirm_delete", lambda r: True)
    register.delete_action.trigger()
    assert len(registers.read(list_risks)) == 15
    assert register.current_risk() is not None  # the next one is selected
    registers.undo_stack.undo()
    assert "R-002" in _refs(register.proxy)


def test_response_to_task_and_risk_occurred_from_the_tab(
    tab: RisksTab, registers: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = tab.register
    risk_id = next(r.id for r in registers.read(list_risks) if r.ref == "R-008")
    register.select_risk(risk_id)
    summary = next(row for row in registers.schedule().rows if row.name == "Go-live")
    parent = next(row for row in registers.schedule().rows if row.summary and row.name == "Go-live")
    del summary
    monkeypatch.setattr(
        register, "ask_response_task", lambda risk: ("Fix the go/no-go date", parent.id)
    )
    register.response_action.trigger()
    rows = registers.schedule().rows
    made = next(row for row in rows if row.name == "Fix the go/no-go date")
    assert made.outline_level == parent.outline_level + 1
    tasks = register.form.tasks
    assert any("Fix the go/no-go date" in tasks.item(i).text() for i in range(tasks.count()))
    register.occurred_action.trigger()
    assert registers.read(get_risk, risk_id).status is RiskStatus.OCCURRED
    assert tab.tabs.currentWidget() is tab.issue_page
    issue = tab.issues.current_issue()
    assert issue is not None and issue.risk_ref == "R-008" and issue.date_raised == TODAY
    assert not register.occurred_action.isEnabled()
    # Go to risk: back to the register with the risk selected.
    tab.issues.risk_action.trigger()
    assert tab.tabs.currentWidget() is register
    current = register.current_risk()
    assert current is not None and current.id == risk_id
    registers.undo_stack.undo()
    registers.undo_stack.undo()
    assert registers.read(get_risk, risk_id).status is RiskStatus.MONITORING
    assert all(row.name != "Fix the go/no-go date" for row in registers.schedule().rows)
    assert len(registers.read(list_issues)) == 6


def test_reviews_links_and_settings_from_the_tab(
    tab: RisksTab, registers: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = tab.register
    risk = register.current_risk()
    assert risk is not None
    review = ReviewData(0, risk.id, TODAY, 1, 4, 4_500_000, RiskStatus.MONITORING, "Fine")
    monkeypatch.setattr(register, "ask_review", lambda r: (review, dt.date(2026, 12, 24)))
    register.review_action.trigger()
    assert register.form.reviews.rowCount() == 6
    assert register.form.reviews.item(0, 3).text() == "Fine"  # newest first
    register.form.reviews.selectRow(0)
    QTest.mouseClick(register.form.delete_review_button, Qt.MouseButton.LeftButton)
    assert len(registers.read(list_reviews, risk.id)) == 5
    task = registers.schedule().rows[2]
    monkeypatch.setattr(register, "ask_task", lambda: task.id)
    register.link_action.trigger()
    assert task.id in [t.task_id for t in registers.read(get_risk, risk.id).tasks]
    register.form.tasks.setCurrentRow(1)
    register.form.unlink_button.click()
    assert len(registers.read(get_risk, risk.id).tasks) == 1
    custom = RiskScales(medium_from=3, high_from=6, critical_from=8)
    monkeypatch.setattr(register, "ask_settings", lambda scales: custom)
    register.settings_action.trigger()
    assert register.model.scales == custom
    row = register.model.row_of(next(r.id for r in registers.read(list_risks) if r.ref == "R-002"))
    assert register.model.index(row, COLUMNS.index("band")).data() == "Critical"  # 3 × 3 ≥ 8
    assert "Critical 8–25" in register.legend.text()


def test_the_trend_chart_draws_the_exposure_when_shown(tab: RisksTab) -> None:
    register = tab.register
    register.side.setCurrentWidget(register.trend)
    assert register.trend.canvas is not None and len(register.trend.points) == 5
    assert register.trend.points[-1].emv_cents == 14_800_000


def test_issue_log_filters_form_and_links(
    tab: RisksTab, registers: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.tabs.setCurrentWidget(tab.issue_page)
    issues = tab.issues
    assert issues.proxy.rowCount() == 6
    issues.status_filter.setCurrentIndex(issues.status_filter.findData(OPEN))
    assert issues.proxy.rowCount() == 4
    issues.kind_filter.setCurrentIndex(issues.kind_filter.findData("problem"))
    assert issues.proxy.rowCount() == 2
    issues.owner_filter.setCurrentIndex(issues.owner_filter.findData("Ilse Janssen"))
    assert _column(issues.proxy, "ref", ISSUE_COLUMNS) == ["I-002"]
    issues.search.setText("workstation")
    assert issues.proxy.rowCount() == 1  # the description is searched too
    for combo in (issues.status_filter, issues.kind_filter, issues.owner_filter):
        combo.setCurrentIndex(0)
    issues.search.clear()
    issues.new_action.trigger()
    issue = issues.current_issue()
    assert issue is not None and issue.ref == "I-007"
    form = issues.form
    form.status.setCurrentIndex(form.status.findData("in_progress"))
    form.status.activated.emit(form.status.currentIndex())
    form.risk.setCurrentIndex(form.risk.findData(registers.read(list_risks)[0].id))
    form.risk.activated.emit(form.risk.currentIndex())
    stored = next(i for i in registers.read(list_issues) if i.id == issue.id)
    assert stored.status == "in_progress" and stored.risk_ref == "R-001"
    task = registers.schedule().rows[4]
    monkeypatch.setattr(issues, "ask_task", lambda: task.id)
    issues.link_action.trigger()
    assert [t.task_id for t in issues.current_issue().tasks] == [task.id]  # type: ignore[union-attr]
    monkeypatch.setattr(issues, "confirm_delete", lambda i: True)
    issues.delete_action.trigger()
    assert len(registers.read(list_issues)) == 6


def test_dialogs_return_what_they_hold(qtbot: QtBot, registers: ProjectDocument) -> None:
    risk = registers.read(list_risks)[0]
    review = ReviewDialog(risk, RiskScales(), "EUR", TODAY)
    qtbot.addWidget(review)
    values, next_review = review.review()
    assert (values.probability, values.impact, values.review_date) == (2, 4, TODAY)
    assert values.cost_impact_cents == risk.cost_impact_cents
    assert next_review == TODAY + dt.timedelta(days=28)
    settings = RiskSettingsDialog(RiskScales())
    qtbot.addWidget(settings)
    assert settings.scales() == RiskScales()
    settings.thresholds[next(iter(settings.thresholds))].setValue(12)  # medium above high
    settings._accept()
    assert settings.problem.isVisibleTo(settings) and settings.result() == 0
    picker = TaskPickerDialog(registers.schedule().rows, "Pick")
    qtbot.addWidget(picker)
    picker.filter.setText("go-live")
    rows = registers.schedule().rows
    assert picker.task_id() == next(r.id for r in rows if "go-live" in r.name.casefold())
    picker.filter.setText("no such task")
    assert picker.task_id() is None


def test_read_only_documents_offer_no_edits(qtbot: QtBot, template: Path) -> None:
    document = ProjectDocument.open(template, read_only=True)
    try:
        widget = RisksTab(document)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        register = widget.register
        assert register.model.rowCount() == 15
        assert not register.new_action.isEnabled() and not register.delete_action.isEnabled()
        assert (
            not register.form.lines["title"].isEnabled()
            or register.form.lines["title"].isReadOnly()
        )
    finally:
        document.close()


def test_typing_is_kept_when_a_toolbar_action_or_the_heat_map_changes_the_risk(
    tab: RisksTab, registers: ProjectDocument, qtbot: QtBot
) -> None:
    register = tab.register
    form = register.form
    first = register.current_risk()
    assert first is not None
    form.texts["cause"].setPlainText("Supplier overbooked")  # typed, focus still there
    form.lines["raised_by"].setText("Steering committee")
    heat = register.heat_map
    QTest.mouseClick(
        heat,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        heat.cell_rect("residual", 3, 3).center(),
    )
    stored = registers.read(get_risk, first.id)
    assert (stored.cause, stored.raised_by) == ("Supplier overbooked", "Steering committee")
    shown = register.current_risk()
    assert shown is not None and shown.id != first.id
    form.texts["effect"].setPlainText("Late")
    register.new_action.trigger()
    assert registers.read(get_risk, shown.id).effect == "Late"
    count = registers.undo_stack.count()
    register.show_all.click()  # nothing typed: nothing stored
    assert registers.undo_stack.count() == count


def test_language_changes_money_and_dates_and_retranslates(tab: RisksTab) -> None:
    model = tab.register.model
    row = model.row_of(tab.register.proxy_risk(0).id)
    emv = model.index(row, COLUMNS.index("emv"))
    assert emv.data() == "€13,500"
    tab.set_language("nl")
    assert emv.data().replace("\xa0", " ") == "€ 13.500"
    tab.retranslate()
    assert tab.tabs.tabText(0) == "Risk register"
    assert model.headerData(COLUMNS.index("emv"), Qt.Orientation.Horizontal) == "EMV"
