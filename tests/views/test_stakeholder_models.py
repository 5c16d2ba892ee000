"""The register model, its filters and the engagement matrix follow the document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.commands.document import ProjectDocument
from app.commands.stakeholders import (
    DeleteStakeholderCommand,
    InsertStakeholderCommand,
    MoveStakeholderCommand,
    SetStakeholderFieldCommand,
)
from app.domain.stakeholders import Attitude, Quadrant
from app.services.stakeholders import blank_stakeholder
from app.views.engagement_matrix import EngagementMatrixModel
from app.views.stakeholder_labels import CURRENT_FILL, DESIRED_FILL, GAP_FILL
from app.views.stakeholder_table_model import (
    COLUMNS,
    SORT_ROLE,
    StakeholderFilterProxy,
    StakeholderTableModel,
)


@pytest.fixture
def register(qapp: object, demo_file: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.open(demo_file)
    yield doc
    doc.close()


def _names(model: object) -> list[str]:
    column = COLUMNS.index("name")
    return [
        model.index(row, column).data()  # type: ignore[attr-defined]
        for row in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_the_register_model_passes_the_model_tester_through_edits(
    qtmodeltester: object, register: ProjectDocument
) -> None:
    model = StakeholderTableModel(register)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    inserts: list[tuple[int, int]] = []
    removals: list[tuple[int, int]] = []
    moves: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removals.append((first, last)))
    model.rowsMoved.connect(lambda _p, start, _e, _d, row: moves.append((start, row)))
    register.push(InsertStakeholderCommand(register, 2, blank_stakeholder("Data owner")))
    assert inserts == [(2, 2)]
    assert _names(model)[2] == "Data owner"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    register.push(MoveStakeholderCommand(register, model.stakeholder(0).id, 4))
    assert moves == [(0, 5)]
    assert _names(model)[4] == "Marieke de Vries"
    assert model.headerData(4, Qt.Orientation.Vertical) == "5"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    register.push(DeleteStakeholderCommand(register, model.stakeholder(3).id))
    assert removals == [(3, 3)]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    register.undo_stack.setIndex(0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert _names(model)[:2] == ["Marieke de Vries", "Jeroen Bakker"]
    assert model.rowCount() == 12


def test_the_matrix_model_follows_the_register(
    qtmodeltester: object, register: ProjectDocument
) -> None:
    model = StakeholderTableModel(register)
    matrix = EngagementMatrixModel(model)
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    register.push(InsertStakeholderCommand(register, 0, blank_stakeholder("Auditor")))
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    assert matrix.rowCount() == 13
    assert matrix.headerData(0, Qt.Orientation.Vertical) == "Auditor"
    assert [matrix.index(0, c).data() for c in range(5)] == ["C", "", "", "D", ""]
    register.push(MoveStakeholderCommand(register, model.stakeholder(0).id, 6))
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    register.push(DeleteStakeholderCommand(register, model.stakeholder(1).id))
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    assert matrix.rowCount() == 12
    register.undo_stack.setIndex(0)
    qtmodeltester.check(matrix)  # type: ignore[attr-defined]
    assert matrix.headerData(0, Qt.Orientation.Vertical) == "Marieke de Vries"


def test_the_matrix_marks_current_and_desired_and_highlights_gaps(
    register: ProjectDocument,
) -> None:
    model = StakeholderTableModel(register)
    matrix = EngagementMatrixModel(model)
    rows = {model.stakeholder(row).name: row for row in range(model.rowCount())}

    def marks(name: str) -> list[str]:
        return [matrix.index(rows[name], c).data() for c in range(5)]

    def fill(name: str, column: int) -> object:
        return matrix.index(rows[name], column).data(Qt.ItemDataRole.BackgroundRole)

    assert marks("Marieke de Vries") == ["", "", "", "", "CD"]
    assert marks("Bas van Dijk") == ["", "C", "", "D", ""]
    assert marks("Femke Mulder") == ["C", "", "", "D", ""]
    assert (fill("Bas van Dijk", 1), fill("Bas van Dijk", 3)) == (CURRENT_FILL, DESIRED_FILL)
    assert fill("Bas van Dijk", 4) == GAP_FILL
    assert fill("Marieke de Vries", 0) is None
    assert (
        matrix.headerData(
            rows["Bas van Dijk"], Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole
        )
        == GAP_FILL
    )
    assert (
        matrix.headerData(
            rows["Ilse Janssen"], Qt.Orientation.Vertical, Qt.ItemDataRole.BackgroundRole
        )
        is None
    )
    # An edit shows at once.
    register.push(
        SetStakeholderFieldCommand(
            register,
            model.stakeholder(rows["Marieke de Vries"]).id,
            "desired_engagement",
            "supportive",
        )
    )
    assert marks("Marieke de Vries") == ["", "", "", "D", "C"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {"quadrant": Quadrant.KEEP_SATISFIED},
            ["Thomas Hendriks", "Works council", "Femke Mulder"],
        ),
        ({"quadrant": Quadrant.MONITOR}, ["ERP Solutions NL"]),
        ({"attitude": Attitude.RESISTOR}, ["Bas van Dijk", "Works council"]),
        ({"internal": False}, ["Ruud Peters", "ERP Solutions NL"]),
        (
            {"gaps_only": True},
            [
                "Jeroen Bakker",
                "Sandra Willems",
                "Thomas Hendriks",
                "Bas van Dijk",
                "Works council",
                "Key users sales",
                "Femke Mulder",
            ],
        ),
        (
            {"gaps_only": True, "quadrant": Quadrant.KEEP_SATISFIED},
            ["Thomas Hendriks", "Works council", "Femke Mulder"],
        ),
        ({"gaps_only": True, "attitude": Attitude.SUPPORTER}, ["Sandra Willems"]),
        ({"text": "PRIVACY"}, ["Works council", "Femke Mulder"]),  # role, concerns
        ({"text": "example.nl"}, []),  # contact details are not searched
        ({"internal": True, "quadrant": Quadrant.MONITOR}, []),
        ({}, None),
    ],
)
def test_filters_keep_the_matching_stakeholders(
    register: ProjectDocument, filters: dict[str, object], expected: list[str] | None
) -> None:
    model = StakeholderTableModel(register)
    proxy = StakeholderFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(**filters)  # type: ignore[arg-type]
    assert _names(proxy) == (_names(model) if expected is None else expected)
    assert proxy.is_filtering() == bool(filters)


def test_sorting_uses_the_order_of_scales_not_the_words(
    qtmodeltester: object, register: ProjectDocument
) -> None:
    model = StakeholderTableModel(register)
    proxy = StakeholderFilterProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(COLUMNS.index("current_engagement"), Qt.SortOrder.AscendingOrder)
    assert _names(proxy)[0] == "Femke Mulder"  # unaware comes first
    assert _names(proxy)[-2:] in (
        ["Marieke de Vries", "Sanne Jansen"],
        ["Sanne Jansen", "Marieke de Vries"],
    )
    proxy.sort(COLUMNS.index("gap"), Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "Bas van Dijk" or _names(proxy)[0] == "Femke Mulder"
    proxy.sort(COLUMNS.index("quadrant"), Qt.SortOrder.AscendingOrder)
    quadrants = [proxy.index(r, COLUMNS.index("quadrant")).data() for r in range(12)]
    assert quadrants[0] == "Manage closely" and quadrants[-1] == "Monitor"
    proxy.set_filters(quadrant=Quadrant.MANAGE_CLOSELY)
    register.push(InsertStakeholderCommand(register, 0, blank_stakeholder("Auditor")))
    register.push(DeleteStakeholderCommand(register, model.stakeholder(3).id))
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_cells_show_words_and_set_data_pushes_an_undoable_command(
    register: ProjectDocument,
) -> None:
    model = StakeholderTableModel(register)
    row = 5  # Bas van Dijk
    assert model.index(row, COLUMNS.index("name")).data() == "Bas van Dijk"
    assert model.index(row, COLUMNS.index("quadrant")).data() == "Manage closely"
    assert model.index(row, COLUMNS.index("attitude")).data() == "Resistor"
    assert model.index(row, COLUMNS.index("gap")).data() == "+2"
    assert model.index(row, COLUMNS.index("internal")).data() == "Internal"
    assert model.index(row, COLUMNS.index("gap")).data(Qt.ItemDataRole.BackgroundRole) == GAP_FILL
    power = model.index(row, COLUMNS.index("power"))
    assert model.setData(power, 2, Qt.ItemDataRole.EditRole)
    assert model.index(row, COLUMNS.index("quadrant")).data() == "Keep informed"
    assert register.undo_stack.count() == 1
    register.undo_stack.undo()
    assert model.index(row, COLUMNS.index("quadrant")).data() == "Manage closely"
    assert not model.flags(model.index(row, COLUMNS.index("quadrant"))) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, COLUMNS.index("attitude"))) & Qt.ItemFlag.ItemIsEditable


def test_a_refused_cell_edit_is_reported_not_stored(register: ProjectDocument) -> None:
    model = StakeholderTableModel(register)
    refused: list[Exception] = []
    model.edit_refused.connect(refused.append)
    index = model.index(0, COLUMNS.index("interest"))
    assert not model.setData(index, 9, Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, COLUMNS.index("name")), " ", Qt.ItemDataRole.EditRole)
    assert index.data() == "5"
    assert len(refused) == 2
    assert register.undo_stack.count() == 0
    assert model.rowCount(QModelIndex()) == 12


def test_an_unloaded_model_waits_for_load(register: ProjectDocument) -> None:
    model = StakeholderTableModel(register, load=False)
    register.push(InsertStakeholderCommand(register, 0, blank_stakeholder("Auditor")))
    assert model.rowCount() == 0
    model.load()
    assert model.rowCount() == 13
