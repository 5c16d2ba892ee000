"""Stateful property test: random stakeholder edits undo to the start and redo to the end.

The register starts with the demo's twelve stakeholders, most named by its risks and
issues, so deletes and their undo must also put those links back.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.commands.document import ProjectDocument
from app.commands.stakeholders import (
    AnonymiseStakeholderCommand,
    DeleteStakeholderCommand,
    InsertStakeholderCommand,
    MoveStakeholderCommand,
    SetStakeholderFieldCommand,
)
from app.domain.stakeholders import Attitude, Engagement
from app.domain.validation import InvalidValue
from app.services.demo import build_demo
from app.services.stakeholders import blank_stakeholder, list_stakeholders
from tests.commands.conftest import dump

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
TEXT_FIELDS = st.sampled_from(
    ["name", "role", "email", "phone", "concerns", "strategy", "channel", "language"]
)
SCORES = st.integers(-1, 7)  # 0, -1, 6 and 7 are refused
ATTITUDES = st.sampled_from([*(a.value for a in Attitude), "hostile"])
LEVELS = st.sampled_from([*(e.value for e in Engagement), "busy"])

_TEMPLATE: dict[str, Path] = {}


def template() -> Path:
    """The demo, built once and copied for every example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="koers-stakeholders-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "template.koers"
        build_demo(path, dt.date(2026, 11, 26)).close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


class StakeholderUndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "p.koers"
        shutil.copyfile(template(), path)
        self.document = ProjectDocument.open(path)
        self.initial = dump(self.document)

    def _push(self, command: object) -> None:
        # A refused edit must leave no trace: teardown's undo-all comparison checks it.
        with contextlib.suppress(InvalidValue):
            self.document.push(command)  # type: ignore[arg-type]

    def _ids(self) -> list[int]:
        return [row.id for row in self.document.read(list_stakeholders)]

    def _pick(self, pick: int) -> int:
        ids = self._ids()
        return ids[pick % len(ids)]

    @rule(position=st.integers(0, 20), name=TEXT)
    def insert(self, position: int, name: str) -> None:
        self._push(InsertStakeholderCommand(self.document, position, blank_stakeholder(name)))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000))
    def delete(self, pick: int) -> None:
        self._push(DeleteStakeholderCommand(self.document, self._pick(pick)))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000), place=st.integers(0, 20))
    def move(self, pick: int, place: int) -> None:
        self._push(MoveStakeholderCommand(self.document, self._pick(pick), place))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000), field=TEXT_FIELDS, value=TEXT)
    def edit_text(self, pick: int, field: str, value: str) -> None:
        self._push(SetStakeholderFieldCommand(self.document, self._pick(pick), field, value))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000), field=st.sampled_from(["power", "interest"]), value=SCORES)
    def edit_score(self, pick: int, field: str, value: int) -> None:
        self._push(SetStakeholderFieldCommand(self.document, self._pick(pick), field, value))

    @precondition(lambda self: bool(self._ids()))
    @rule(
        pick=st.integers(0, 1000),
        attitude=ATTITUDES,
        which=st.sampled_from(["current_engagement", "desired_engagement"]),
        level=LEVELS,
        internal=st.booleans(),
    )
    def edit_assessment(
        self, pick: int, attitude: str, which: str, level: str, internal: bool
    ) -> None:
        target = self._pick(pick)
        self._push(SetStakeholderFieldCommand(self.document, target, "attitude", attitude))
        self._push(SetStakeholderFieldCommand(self.document, target, which, level))
        self._push(SetStakeholderFieldCommand(self.document, target, "internal", internal))

    @precondition(lambda self: bool(self._ids()))
    @rule(pick=st.integers(0, 1000))
    def anonymise(self, pick: int) -> None:
        self._push(AnonymiseStakeholderCommand(self.document, self._pick(pick)))

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
        rows = self.document.read(list_stakeholders)
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


StakeholderUndoMachine.TestCase.settings = settings(
    settings.default, max_examples=25, stateful_step_count=20
)


def test_stakeholder_edits_undo_to_the_start_and_redo_to_the_end(qapp: object) -> None:
    StakeholderUndoMachine.TestCase().runTest()
