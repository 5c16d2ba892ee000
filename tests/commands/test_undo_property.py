"""Stateful property test: any sequence of edits undoes to the start and redoes to the end."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.commands.charter import SetCharterFieldCommand
from app.commands.document import ProjectDocument
from app.commands.requirements import (
    DeleteRequirementCommand,
    InsertRequirementCommand,
    MoveRequirementCommand,
    SetRequirementFieldCommand,
)
from app.domain.validation import InvalidValue
from app.services.demo import build_demo
from app.services.requirements import blank_requirement, list_requirements
from tests.commands.conftest import dump

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
TEXT_FIELDS = st.sampled_from(["name", "code", "sponsor", "manager", "goal", "scope_out"])
DATES = st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31))
REQUIREMENT_FIELDS = st.sampled_from(["title", "description", "source", "acceptance_criteria"])


class UndoRedoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "p.koers"
        build_demo(path, dt.date(2026, 11, 26)).close()
        self.document = ProjectDocument.open(path)
        self.initial = dump(self.document)

    def _push(self, command: object) -> None:
        # A refused edit must leave no trace: teardown's undo-all comparison checks it.
        with contextlib.suppress(InvalidValue):
            self.document.push(command)  # type: ignore[arg-type]

    def _ids(self) -> list[int]:
        return [r.id for r in self.document.read(list_requirements)]

    @rule(field=TEXT_FIELDS, value=TEXT)
    def edit_charter_text(self, field: str, value: str) -> None:
        self._push(SetCharterFieldCommand(self.document, field, value, field))

    @rule(field=st.sampled_from(["target_finish", "status_date", "start_date"]), day=DATES)
    def edit_charter_date(self, field: str, day: dt.date) -> None:
        self._push(SetCharterFieldCommand(self.document, field, day, field))

    @rule(position=st.integers(0, 30), title=TEXT)
    def insert(self, position: int, title: str) -> None:
        self._push(InsertRequirementCommand(self.document, position, blank_requirement(title)))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000))
    def delete(self, pick: int) -> None:
        ids = self._ids()
        self._push(DeleteRequirementCommand(self.document, ids[pick % len(ids)]))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000), place=st.integers(0, 30))
    def move(self, pick: int, place: int) -> None:
        ids = self._ids()
        self._push(MoveRequirementCommand(self.document, ids[pick % len(ids)], place))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000), field=REQUIREMENT_FIELDS, value=TEXT)
    def edit_requirement(self, pick: int, field: str, value: str) -> None:
        ids = self._ids()
        self._push(SetRequirementFieldCommand(self.document, ids[pick % len(ids)], field, value))

    @precondition(lambda self: self.document.undo_stack.canUndo())
    @rule()
    def undo_one(self) -> None:
        self.document.undo_stack.undo()

    @precondition(lambda self: self.document.undo_stack.canRedo())
    @rule()
    def redo_one(self) -> None:
        self.document.undo_stack.redo()

    @invariant()
    def positions_stay_gap_free(self) -> None:
        rows = self.document.read(list_requirements)
        assert [r.position for r in rows] == list(range(len(rows)))

    def teardown(self) -> None:
        try:
            stack = self.document.undo_stack
            stack.setIndex(stack.count())
            final = dump(self.document)
            stack.setIndex(0)
            assert dump(self.document) == self.initial
            stack.setIndex(stack.count())
            assert dump(self.document) == final
        finally:
            self.document.close()
            self.folder.cleanup()


UndoRedoMachine.TestCase.settings = settings(
    settings.default, max_examples=25, stateful_step_count=25
)


def test_undo_all_restores_the_start_and_redo_all_the_end(qapp: object) -> None:
    UndoRedoMachine.TestCase().runTest()
