"""The requirements table model follows the document and turns edits into commands."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.commands.document import ProjectDocument
from app.commands.requirements import (
    DeleteRequirementCommand,
    InsertRequirementCommand,
    MoveRequirementCommand,
)
from app.services.requirements import blank_requirement
from app.views.requirements_model import COLUMNS, RequirementTableModel


def _titles(model: RequirementTableModel) -> list[str]:
    column = COLUMNS.index("title")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_model_passes_qt_model_tester_through_edits(
    qtmodeltester: object, document: ProjectDocument
) -> None:
    model = RequirementTableModel(document)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    inserts: list[tuple[int, int]] = []
    moves: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.rowsMoved.connect(lambda _p, start, _e, _d, row: moves.append((start, row)))
    document.push(InsertRequirementCommand(document, 3, blank_requirement("GDPR export")))
    assert inserts == [(3, 3)]
    assert _titles(model)[3] == "GDPR export"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    moved = model.requirement(0)
    document.push(MoveRequirementCommand(document, moved.id, 5))
    assert moves == [(0, 6)]
    assert _titles(model)[5] == moved.title
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    document.push(DeleteRequirementCommand(document, model.requirement(2).id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    document.undo_stack.undo()
    document.undo_stack.undo()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert _titles(model)[0] == moved.title


def test_the_sorted_filtered_view_passes_the_model_tester(
    qtmodeltester: object, document: ProjectDocument
) -> None:
    from app.views.requirements_panel import RequirementsPanel

    panel = RequirementsPanel(document)
    panel.filter.setText("sales")
    panel.table.sortByColumn(COLUMNS.index("priority"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(panel.proxy)  # type: ignore[attr-defined]
    document.push(InsertRequirementCommand(document, 0, blank_requirement("Archive data")))
    document.push(DeleteRequirementCommand(document, panel.model.requirement(4).id))
    qtmodeltester.check(panel.proxy)  # type: ignore[attr-defined]
    assert panel.proxy.rowCount() < panel.model.rowCount()
    panel.deleteLater()


def test_set_data_pushes_an_undoable_command(document: ProjectDocument) -> None:
    model = RequirementTableModel(document)
    index = model.index(0, COLUMNS.index("priority"))
    assert model.setData(index, "could", Qt.ItemDataRole.EditRole)
    assert index.data() == "Could have"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert model.index(0, COLUMNS.index("priority")).data() == "Must have"


def test_a_refused_cell_edit_is_reported_not_stored(document: ProjectDocument) -> None:
    model = RequirementTableModel(document)
    refused: list[Exception] = []
    model.edit_refused.connect(refused.append)
    index = model.index(1, COLUMNS.index("title"))
    before = index.data()
    assert not model.setData(index, "   ", Qt.ItemDataRole.EditRole)
    assert index.data() == before
    assert len(refused) == 1
    assert document.undo_stack.count() == 0
    assert model.rowCount(QModelIndex()) == 10
