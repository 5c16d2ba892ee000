"""The Stakeholders tab: grid clicks, filters, the details form, confirmations, undo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.stakeholders import Quadrant
from app.domain.validation import InvalidValue
from app.services.project_file import open_project
from app.services.stakeholders import get_stakeholder, list_stakeholders, stakeholder_references
from app.services.transaction import unit_of_work
from app.views.stakeholder_table_model import COLUMNS
from app.views.stakeholders_tab import StakeholdersTab
from tests.stakeholder_files import demo_stakeholders


@pytest.fixture
def register(qapp: object, demo_file: Path) -> Iterator[tuple[ProjectDocument, dict[str, int]]]:
    ids = demo_stakeholders(demo_file)
    doc = ProjectDocument.open(demo_file)
    yield doc, ids
    doc.close()


@pytest.fixture
def tab(qtbot: QtBot, register: tuple[ProjectDocument, dict[str, int]]) -> StakeholdersTab:
    document, _ids = register
    widget = StakeholdersTab(document)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Answers:
    """Stands in for the person answering the tab's questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.asked: list[tuple[str, str]] = []
        self.answer = answer
        monkeypatch.setattr(StakeholdersTab, "ask_confirmation", self._ask)

    def _ask(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer


def _shown_names(tab: StakeholdersTab) -> list[str]:
    column = COLUMNS.index("name")
    return [tab.proxy.index(row, column).data() for row in range(tab.proxy.rowCount())]


def _selected_name(tab: StakeholdersTab) -> str | None:
    item = tab.current_stakeholder()
    return None if item is None else item.name


def test_the_tab_reads_the_register_when_first_shown(
    qtbot: QtBot, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    document, _ids = register
    widget = StakeholdersTab(document)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.rowCount() == 12
    assert widget.matrix_proxy.rowCount() == 12
    assert _selected_name(widget) == "Marieke de Vries"
    assert widget.form.lines["name"].text() == "Marieke de Vries"
    assert widget.form.lines["email"].text() == "marieke.devries@example.nl"
    assert widget.grid.selected == widget.current_stakeholder().id  # type: ignore[union-attr]
    assert widget.table.verticalHeader().isVisible()


def test_clicking_a_dot_in_the_grid_selects_that_stakeholder(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    _document, ids = register
    for name in ("Bas van Dijk", "ERP Solutions NL", "Sanne Jansen", "Femke Mulder"):
        point = tab.grid.dot_position(ids[name])
        assert point is not None
        QTest.mouseClick(tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        assert _selected_name(tab) == name
        assert tab.grid.selected == ids[name]
        assert tab.form.lines["name"].text() == name
        matrix_rows = tab.matrix.selectionModel().selectedRows()
        assert [
            tab.matrix_proxy.headerData(i.row(), Qt.Orientation.Vertical) for i in matrix_rows
        ] == [name]


def test_clicking_a_quadrant_filters_the_register_and_clicking_again_shows_all(
    tab: StakeholdersTab,
) -> None:
    expected = {
        Quadrant.KEEP_SATISFIED: ["Thomas Hendriks", "Works council", "Femke Mulder"],
        Quadrant.KEEP_INFORMED: ["Key users sales"],
        Quadrant.MONITOR: ["ERP Solutions NL"],
    }
    for quadrant, names in expected.items():
        point = tab.grid.quadrant_position(quadrant)
        assert tab.grid.item_at(point) is None
        QTest.mouseClick(tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        assert tab.quadrant_filter.currentData() == quadrant.value
        assert _shown_names(tab) == names
        assert tab.matrix_proxy.rowCount() == len(names)
    # Clicking an empty cell of a quadrant works too.
    cell = tab.grid.layout_now().cells[(5, 3)]
    QTest.mouseClick(
        tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell.center()
    )
    assert tab.quadrant_filter.currentData() == Quadrant.MANAGE_CLOSELY.value
    assert len(_shown_names(tab)) == 7
    QTest.mouseClick(
        tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell.center()
    )
    assert tab.quadrant_filter.currentData() is None
    assert len(_shown_names(tab)) == 12


def test_a_dot_hidden_by_the_filters_clears_them_when_clicked(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    _document, ids = register
    tab.set_quadrant_filter(Quadrant.MONITOR)
    assert _shown_names(tab) == ["ERP Solutions NL"]
    point = tab.grid.dot_position(ids["Jeroen Bakker"])
    assert point is not None
    QTest.mouseClick(tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert _selected_name(tab) == "Jeroen Bakker"
    assert tab.proxy.rowCount() == 12


def test_the_filter_widgets_narrow_the_table_and_the_matrix(tab: StakeholdersTab) -> None:
    tab.gaps_filter.setChecked(True)
    assert len(_shown_names(tab)) == 7
    tab.side_filter.setCurrentIndex(tab.side_filter.findData(False))
    assert _shown_names(tab) == []
    tab.gaps_filter.setChecked(False)
    assert _shown_names(tab) == ["Ruud Peters", "ERP Solutions NL"]
    assert tab.matrix_proxy.rowCount() == 2
    tab.clear_filters()
    tab.search.setText("council")
    assert _shown_names(tab) == ["Works council"]
    tab.attitude_filter.setCurrentIndex(tab.attitude_filter.findData("supporter"))
    assert _shown_names(tab) == []
    # The grid shows everyone, those the filters hide faint.
    assert len(tab.grid.layout_now().items) == 12
    assert not tab.up_action.isEnabled()  # moves only in the unfiltered register
    tab.clear_filters()
    assert tab.proxy.rowCount() == 12


def _counted(count: int, noun: str) -> str:
    return f"1 {noun}" if count == 1 else f"{count} {noun}s"


def test_deleting_a_stakeholder_named_by_risks_asks_first_and_undo_relinks(
    tab: StakeholdersTab,
    register: tuple[ProjectDocument, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, ids = register
    sandra = ids["Sandra Willems"]
    linked = document.read(stakeholder_references, sandra)
    risks, issues = len(linked.risks), len(linked.issues)
    assert risks and issues  # the demo names her in both registers
    tab.select_stakeholder(sandra)
    answers = Answers(monkeypatch, answer=False)
    tab.delete_action.trigger()
    assert len(answers.asked) == 1
    assert f"{_counted(risks, 'risk')} and {_counted(issues, 'issue')}" in answers.asked[0][1]
    assert tab.model.row_of(sandra) >= 0  # said no: nothing deleted
    assert document.undo_stack.count() == 0
    answers.answer = True
    tab.delete_action.trigger()
    assert tab.model.row_of(sandra) < 0
    assert document.read(stakeholder_references, sandra).is_empty()
    assert _selected_name(tab) == "Thomas Hendriks"  # the next one
    document.undo_stack.undo()
    assert document.read(stakeholder_references, sandra) == linked
    assert tab.model.row_of(sandra) == 2


def test_deleting_an_unlinked_stakeholder_does_not_ask(
    tab: StakeholdersTab,
    register: tuple[ProjectDocument, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, ids = register
    answers = Answers(monkeypatch, answer=False)
    tab.select_stakeholder(ids["Works council"])
    tab.delete_action.trigger()
    assert answers.asked == []
    assert tab.model.rowCount() == 11
    assert len(tab.grid.layout_now().items) == 11
    document.undo_stack.undo()
    assert tab.model.rowCount() == 12


def test_anonymise_asks_then_clears_personal_data_and_undo_restores_it(
    tab: StakeholdersTab,
    register: tuple[ProjectDocument, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document, ids = register
    ruud = ids["Ruud Peters"]
    before = document.read(get_stakeholder, ruud)
    tab.select_stakeholder(ruud)
    answers = Answers(monkeypatch, answer=True)
    tab.anonymise_action.trigger()
    assert len(answers.asked) == 1
    after = document.read(get_stakeholder, ruud)
    assert after.anonymised
    assert tab.form.lines["name"].text() == after.name != "Ruud Peters"
    assert tab.form.lines["email"].text() == ""
    assert tab.form.texts["concerns"].toPlainText() == ""
    assert tab.form.banner.isVisibleTo(tab)
    assert not tab.anonymise_action.isEnabled()
    assert tab.form.spins["interest"].value() == 4
    document.undo_stack.undo()
    assert document.read(get_stakeholder, ruud) == before
    assert tab.form.lines["email"].text() == "ruud.peters@example.com"
    assert not tab.form.banner.isVisibleTo(tab)


def test_the_form_edits_through_commands_and_the_grid_follows(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    document, ids = register
    key_users = ids["Key users sales"]
    tab.select_stakeholder(key_users)
    assert tab.grid.quadrant_at(tab.grid.dot_position(key_users)) is Quadrant.KEEP_INFORMED  # type: ignore[arg-type]
    tab.form.spins["power"].setValue(4)
    assert document.read(get_stakeholder, key_users).power == 4
    assert tab.form.quadrant.text() == "Manage closely"
    assert tab.grid.quadrant_at(tab.grid.dot_position(key_users)) is Quadrant.MANAGE_CLOSELY  # type: ignore[arg-type]
    name = tab.form.lines["name"]
    name.setText("Key users sales and service")
    name.editingFinished.emit()
    assert tab.model.index(tab.model.row_of(key_users), 0).data() == "Key users sales and service"
    combo = tab.form.combos["desired_engagement"]
    combo.setCurrentIndex(combo.findData("leading"))
    combo.activated.emit(combo.currentIndex())
    assert document.read(get_stakeholder, key_users).gap == 2
    assert document.undo_stack.count() == 3
    document.undo_stack.setIndex(0)
    assert tab.form.lines["name"].text() == "Key users sales"
    assert tab.form.spins["power"].value() == 2


def test_a_refused_form_edit_is_reported_with_the_field_named(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    document, _ids = register
    refused: list[Exception] = []
    tab.edit_refused.connect(refused.append)
    name = tab.form.lines["name"]
    name.setText("   ")
    name.editingFinished.emit()
    assert len(refused) == 1
    assert isinstance(refused[0], InvalidValue)
    assert (refused[0].field, refused[0].code) == ("Name", "required")
    assert name.text() == "Marieke de Vries"  # the stored value again
    assert document.undo_stack.count() == 0


def test_new_adds_below_the_selection_and_moves_follow_the_register(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    document, ids = register
    tab.select_stakeholder(ids["Jeroen Bakker"])
    tab.new_action.trigger()
    rows = document.read(list_stakeholders)
    assert rows[2].name == "New stakeholder"
    assert _selected_name(tab) == "New stakeholder"
    assert tab.table.verticalHeader().isVisible()
    assert tab.proxy.headerData(2, Qt.Orientation.Vertical) == "3"
    tab.up_action.trigger()
    assert [r.name for r in document.read(list_stakeholders)][1] == "New stakeholder"
    assert _selected_name(tab) == "New stakeholder"
    # Sorted by a column, a move goes back to the register order first.
    tab.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert _shown_names(tab)[0] == "Bas van Dijk"
    tab.down_action.trigger()
    assert tab.proxy.sortColumn() == -1
    assert _shown_names(tab)[:3] == ["Marieke de Vries", "Jeroen Bakker", "New stakeholder"]
    assert document.undo_stack.count() == 3


def test_table_cells_edit_with_drop_downs(tab: StakeholdersTab) -> None:
    index = tab.proxy.index(0, COLUMNS.index("attitude"))
    delegate = tab.table.itemDelegate()
    editor = delegate.createEditor(tab.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "supporter"
    editor.setCurrentIndex(editor.findData("resistor"))
    delegate.setModelData(editor, tab.proxy, index)
    assert tab.proxy.index(0, COLUMNS.index("attitude")).data() == "Resistor"
    editor.deleteLater()


def test_the_requirement_source_offers_the_stakeholders(
    qtbot: QtBot, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    from app.views.requirements_model import COLUMNS as REQUIREMENT_COLUMNS
    from app.views.requirements_panel import RequirementsPanel

    document, _ids = register
    panel = RequirementsPanel(document)
    qtbot.addWidget(panel)
    index = panel.proxy.index(0, REQUIREMENT_COLUMNS.index("source"))
    delegate = panel.table.itemDelegateForIndex(index)
    editor = delegate.createEditor(panel.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert editor.isEditable()
    offered = [editor.itemText(i) for i in range(editor.count())]
    assert offered[:2] == ["Marieke de Vries", "Jeroen Bakker"]
    assert len(offered) == 12
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Sales director"  # free text is kept
    editor.setCurrentText("Thomas Hendriks")
    delegate.setModelData(editor, panel.proxy, index)
    assert index.data() == "Thomas Hendriks"
    editor.setCurrentText("Legal department")
    delegate.setModelData(editor, panel.proxy, panel.proxy.index(0, index.column()))
    assert panel.proxy.index(0, index.column()).data() == "Legal department"
    assert document.undo_stack.count() == 2
    editor.deleteLater()


def test_a_300_stakeholder_register_opens_quickly(qtbot: QtBot, demo_file: Path) -> None:
    from app.services.demo_stakeholders import add_demo_stakeholders

    store = open_project(demo_file)
    with store.new_session() as session, unit_of_work(session):
        for _ in range(24):  # with the demo's own twelve: 300
            add_demo_stakeholders(session.connection())
    store.close()
    document = ProjectDocument.open(demo_file)
    try:
        widget = StakeholdersTab(document)
        qtbot.addWidget(widget)
        widget.resize(1600, 1000)
        started = time.perf_counter()
        widget.show()
        widget.grab()  # a full paint of the table, grid and matrix
        elapsed = time.perf_counter() - started
        assert widget.model.rowCount() == 300
        assert elapsed < 1.0, elapsed  # the bench holds it to 100 ms; generous here
        started = time.perf_counter()
        widget.set_quadrant_filter(Quadrant.KEEP_SATISFIED)
        widget.table.sortByColumn(COLUMNS.index("gap"), Qt.SortOrder.DescendingOrder)
        assert time.perf_counter() - started < 0.5
        widget.close()
    finally:
        document.close()


def test_grid_tooltips_name_the_stakeholder_and_the_quadrant(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    _document, ids = register
    point = tab.grid.dot_position(ids["Bas van Dijk"])
    assert point is not None
    text = tab.grid.tooltip_at(point)
    assert "Bas van Dijk" in text
    assert "Manage closely" in text
    assert "Resistor" in text
    assert "Monitor" in tab.grid.tooltip_at(tab.grid.quadrant_position(Quadrant.MONITOR))
    assert tab.grid.tooltip_at(QPoint(1, 1)) == ""
    assert not QModelIndex().isValid()


def test_dots_never_overlap_and_a_full_cell_says_how_many_more(
    qtbot: QtBot, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    from app.services.stakeholders import StakeholderData

    document, _ids = register
    crowd = [
        StakeholderData(id=1000 + n, position=n, name=f"Key user {n}", power=4, interest=4)
        for n in range(30)
    ]
    widget = StakeholdersTab(document)
    qtbot.addWidget(widget)
    widget.resize(1280, 730)
    widget.show()
    grid = widget.grid
    grid.set_stakeholders([*widget.model.stakeholders(), *crowd])
    items = grid.layout_now().items
    for number, item in enumerate(items):
        cell = next(rect for rect in grid.layout_now().cells.values() if rect.contains(item.rect))
        assert cell.contains(item.rect)
        for other in items[number + 1 :]:
            assert not item.rect.intersects(other.rect)
    more = [item for item in items if item.stakeholder is None]
    assert len(more) == 1
    shown = sum(
        1
        for item in items
        if item.stakeholder and item.stakeholder.power == 4 == item.stakeholder.interest
    )
    assert len(more[0].hidden) + shown == 30
    assert more[0].lines == [f"+{len(more[0].hidden)} more"]
    assert grid.tooltip_at(more[0].rect.center()).count("\n") == len(more[0].hidden) - 1


def test_a_read_only_project_shows_the_register_without_edits(
    qtbot: QtBot, demo_file: Path
) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)
    try:
        widget = StakeholdersTab(document)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.model.rowCount() == 12
        for action in (
            widget.new_action,
            widget.delete_action,
            widget.up_action,
            widget.down_action,
            widget.anonymise_action,
        ):
            assert not action.isEnabled()
        assert widget.form.lines["name"].isReadOnly()
        assert not widget.form.combos["attitude"].isEnabled()
        index = widget.model.index(0, COLUMNS.index("name"))
        assert not widget.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        widget.close()
    finally:
        document.close()


def test_language_changes_reword_the_tab(tab: StakeholdersTab) -> None:
    tab.set_language("nl")
    assert tab.language == "nl"
    tab.retranslate()
    assert tab.quadrant_filter.itemText(0) == "All quadrants"
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_the_tab_s_filtered_views_pass_the_model_tester(
    qtmodeltester: object, tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    from app.commands.stakeholders import DeleteStakeholderCommand, InsertStakeholderCommand
    from app.services.stakeholders import blank_stakeholder

    document, ids = register
    tab.gaps_filter.setChecked(True)
    tab.table.sortByColumn(COLUMNS.index("quadrant"), Qt.SortOrder.DescendingOrder)
    for model in (tab.proxy, tab.matrix_proxy, tab.matrix_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    document.push(InsertStakeholderCommand(document, 1, blank_stakeholder("Auditor")))
    document.push(DeleteStakeholderCommand(document, ids["Works council"]))
    for model in (tab.proxy, tab.matrix_proxy, tab.matrix_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert "Auditor" in _shown_names(tab)  # unaware → supportive: a gap
    assert "Works council" not in _shown_names(tab)
    assert tab.matrix_proxy.rowCount() == tab.proxy.rowCount() == 7


def test_typing_then_clicking_another_stakeholder_in_the_grid_keeps_the_typing(
    tab: StakeholdersTab, register: tuple[ProjectDocument, dict[str, int]]
) -> None:
    document, ids = register
    tab.select_stakeholder(ids["Femke Mulder"])
    tab.form.texts["concerns"].setPlainText("Retention periods for old contacts.")
    tab.form.lines["phone"].setText("+31 6 0000 0099")
    point = tab.grid.dot_position(ids["Bas van Dijk"])
    assert point is not None
    QTest.mouseClick(tab.grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert _selected_name(tab) == "Bas van Dijk"
    femke = document.read(get_stakeholder, ids["Femke Mulder"])
    assert femke.concerns == "Retention periods for old contacts."
    assert femke.phone == "+31 6 0000 0099"
    assert tab.form.lines["phone"].text() == "+31 6 0000 0006"
    assert document.undo_stack.count() == 2
