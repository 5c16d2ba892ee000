"""Every stakeholder edit undoes exactly, links from risks and issues included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.commands.document import ProjectDocument
from app.commands.stakeholders import (
    AnonymiseStakeholderCommand,
    DeleteStakeholderCommand,
    InsertStakeholderCommand,
    MoveStakeholderCommand,
    SetStakeholderFieldCommand,
)
from app.domain.validation import InvalidValue
from app.services.stakeholders import (
    blank_stakeholder,
    get_stakeholder,
    list_stakeholders,
    stakeholder_references,
)
from tests.commands.conftest import dump
from tests.stakeholder_files import demo_stakeholders


@pytest.fixture
def register(qapp: object, demo_file: Path) -> Iterator[tuple[ProjectDocument, dict[str, int]]]:
    ids = demo_stakeholders(demo_file)
    doc = ProjectDocument.open(demo_file)
    yield doc, ids
    doc.close()


def test_delete_and_undo_point_the_risks_and_issues_back(
    register: tuple[ProjectDocument, dict[str, int]],
) -> None:
    document, ids = register
    sandra = ids["Sandra Willems"]  # named by risks and by an issue in the demo
    before = dump(document)
    seen: list[object] = []
    document.changed.connect(seen.append)
    document.push(DeleteStakeholderCommand(document, sandra))
    assert document.read(stakeholder_references, sandra).is_empty()
    after = dump(document)
    assert {row[0] for row in after["stakeholder"]} == set(ids.values()) - {sandra}
    document.undo_stack.undo()
    assert dump(document) == before
    refs = document.read(stakeholder_references, sandra)
    assert (refs.risk_owner, refs.risk_actionee, refs.issue_owner) != ((), (), ())
    assert {"risk", "issue"} <= set(seen[-1].updated)  # type: ignore[attr-defined]
    document.undo_stack.redo()
    assert dump(document) == after


def test_anonymise_and_undo_restore_everything(
    register: tuple[ProjectDocument, dict[str, int]],
) -> None:
    document, ids = register
    before = dump(document)
    document.push(AnonymiseStakeholderCommand(document, ids["Ruud Peters"]))
    row = document.read(get_stakeholder, ids["Ruud Peters"])
    assert row.anonymised
    assert row.name == f"Anonymised stakeholder {ids['Ruud Peters']}"
    assert row.email == row.phone == row.contact_notes == ""
    assert (row.power, row.interest) == (3, 4)
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_insert_move_and_field_edits_undo_to_the_start(
    register: tuple[ProjectDocument, dict[str, int]],
) -> None:
    document, ids = register
    before = dump(document)
    insert = InsertStakeholderCommand(document, 3, blank_stakeholder("Data owner"))
    document.push(insert)
    assert insert.inserted is not None
    assert [r.name for r in document.read(list_stakeholders)][3] == "Data owner"
    document.push(MoveStakeholderCommand(document, insert.inserted.id, 0))
    document.push(SetStakeholderFieldCommand(document, insert.inserted.id, "power", 5))
    document.push(SetStakeholderFieldCommand(document, ids["Works council"], "attitude", "neutral"))
    assert document.undo_stack.count() == 4
    end = dump(document)
    document.undo_stack.setIndex(0)
    assert dump(document) == before
    document.undo_stack.setIndex(4)
    assert dump(document) == end


def test_a_refused_edit_leaves_no_undo_step(
    register: tuple[ProjectDocument, dict[str, int]],
) -> None:
    document, ids = register
    with pytest.raises(InvalidValue):
        document.push(SetStakeholderFieldCommand(document, ids["Sanne Jansen"], "interest", 9))
    with pytest.raises(LookupError):
        document.push(DeleteStakeholderCommand(document, 999))
    # Setting the value it already has is no edit either.
    document.push(SetStakeholderFieldCommand(document, ids["Sanne Jansen"], "interest", 5))
    assert document.undo_stack.count() == 0
