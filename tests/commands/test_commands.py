"""Each command does, undoes and redoes exactly its edit, and says what changed."""

from __future__ import annotations

import datetime as dt

import pytest

from app.commands.charter import SetCharterFieldCommand
from app.commands.document import ProjectDocument, ReadOnlyDocument
from app.commands.requirements import (
    DeleteRequirementCommand,
    InsertRequirementCommand,
    MoveRequirementCommand,
    SetRequirementFieldCommand,
)
from app.domain.validation import InvalidValue
from app.services.changes import ChangeSet
from app.services.charter import read_charter
from app.services.requirements import blank_requirement, list_requirements
from tests.commands.conftest import dump


def _titles(document: ProjectDocument) -> list[str]:
    return [r.title for r in document.read(list_requirements)]


def _round_trip(document: ProjectDocument, command: object) -> None:
    """Push, undo and redo, checking the dump before and after each step."""
    before = dump(document)
    document.push(command)  # type: ignore[arg-type]
    after = dump(document)
    assert after != before
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_set_charter_field(document: ProjectDocument) -> None:
    seen: list[ChangeSet] = []
    document.changed.connect(seen.append)
    _round_trip(document, SetCharterFieldCommand(document, "sponsor", "CFO", "Sponsor"))
    assert document.read(read_charter).sponsor == "CFO"
    assert all(change.project_fields == {"sponsor"} for change in seen)
    assert len(seen) == 3


def test_insert_requirement_keeps_its_id_on_redo(document: ProjectDocument) -> None:
    command = InsertRequirementCommand(document, 2, blank_requirement("Data retention"))
    _round_trip(document, command)
    assert command.inserted is not None
    assert _titles(document)[2] == "Data retention"
    assert document.read(list_requirements)[2].id == command.inserted.id


def test_delete_requirement_restores_the_same_row(document: ProjectDocument) -> None:
    victim = document.read(list_requirements)[3]
    _round_trip(document, DeleteRequirementCommand(document, victim.id))
    assert victim.title not in _titles(document)


def test_move_requirement(document: ProjectDocument) -> None:
    first = document.read(list_requirements)[0]
    _round_trip(document, MoveRequirementCommand(document, first.id, 4))
    assert _titles(document)[4] == first.title


def test_set_requirement_field(document: ProjectDocument) -> None:
    row = document.read(list_requirements)[1]
    _round_trip(document, SetRequirementFieldCommand(document, row.id, "status", "verified"))


def test_a_refused_edit_is_reported_and_leaves_no_undo_step(document: ProjectDocument) -> None:
    before = dump(document)
    with pytest.raises(InvalidValue):
        document.push(
            SetCharterFieldCommand(document, "target_finish", dt.date(2000, 1, 1), "Target")
        )
    assert document.undo_stack.count() == 0
    assert dump(document) == before


def test_a_read_only_document_refuses_edits(qapp: object, demo_file: object) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)  # type: ignore[arg-type]
    try:
        with pytest.raises(ReadOnlyDocument):
            document.push(SetCharterFieldCommand(document, "sponsor", "x", "Sponsor"))
    finally:
        document.close()


def test_timers_of_a_closed_document_do_nothing(qapp: object, demo_file: object) -> None:
    """A snapshot or checkpoint due after the project was closed must not touch the file."""
    document = ProjectDocument.open(demo_file)  # type: ignore[arg-type]
    document.close()
    assert document.snapshot() is None
    document.checkpoint()
    assert document.snapshots() == []
