"""Stateful property test: random resource-sheet and assignment edits undo to the start and
redo to the end, the canonical dump equal both ways.

The demo's resources are on most tasks, so deletes, effort-driven additions and duration
edits that carry work along all have something to restore.
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

from app.commands.assignments import (
    AddAssignmentCommand,
    RemoveAssignmentCommand,
    SetAssignmentFieldCommand,
    SetTaskResourcesCommand,
    SetTaskSchedulingCommand,
)
from app.commands.document import ProjectDocument
from app.commands.resources import (
    DeleteResourceCommand,
    InsertResourceCommand,
    MoveResourceCommand,
    SetResourceFieldCommand,
)
from app.commands.tasks import SetTaskFieldCommand
from app.domain.validation import InvalidValue
from app.services.assignments import task_assignments
from app.services.demo import build_demo
from app.services.resources import blank_resource, list_resources
from tests.commands.conftest import dump

NAMES = st.sampled_from(["Jan", "Piet", "Cement", "Reizen", "", "X[1]"])
KINDS = st.sampled_from(["work", "material", "cost"])
FIELDS = st.sampled_from(
    [
        ("standard_rate_cents", st.sampled_from(["€ 95,00", "760", "-1", "12x", 0])),
        ("max_units", st.sampled_from(["50%", "150%", "0", "20000%", 2.0])),
        ("rate_unit", st.sampled_from(["h", "d", "w"])),
        ("accrual", st.sampled_from(["start", "end", "prorated", "often"])),
        ("internal", st.booleans()),
        ("type", KINDS),
        ("name", NAMES),
        ("organisation", st.sampled_from(["", "CloudPartners BV"])),
    ]
)
UNITS = st.sampled_from(["50%", "100%", "200%", "0", "-5", "2,5", "abc"])
WORK = st.sampled_from(["8h", "2d", "0", "5w", "-1h"])
DURATIONS = st.sampled_from(["3d", "12d", "0d", "1w", "2,5d"])
TEXTS = st.sampled_from(
    [
        "",
        "Kees Smit",
        "kees smit[50%];Lotte Visser",
        "Fatima Bakker;Eva Mulder[150%]",
        "Jan",
        "Key users[25%]",
        "Kees Smit[",
    ]
)

_TEMPLATE: dict[str, Path] = {}


def template() -> Path:
    """The demo, built once and copied for every example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="koers-resources-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "template.koers"
        build_demo(path, dt.date(2026, 11, 26)).close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


class ResourceUndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "p.koers"
        shutil.copyfile(template(), path)
        self.document = ProjectDocument.open(path)
        self.initial = dump(self.document)
        self.tasks = [row.id for row in self.document.schedule().rows]

    def _push(self, command: object) -> None:
        # A refused edit must leave no trace: teardown's undo-all comparison checks it.
        with contextlib.suppress(InvalidValue, LookupError):
            self.document.push(command)  # type: ignore[arg-type]

    def _resources(self) -> list[int]:
        return [item.id for item in self.document.read(list_resources)]

    def _task(self, pick: int) -> int:
        return self.tasks[pick % len(self.tasks)]

    def _assignments(self, pick: int) -> list[int]:
        return [a.id for a in self.document.read(task_assignments, self._task(pick))]

    @rule(position=st.integers(0, 30), name=NAMES, kind=KINDS)
    def insert(self, position: int, name: str, kind: str) -> None:
        self._push(InsertResourceCommand(self.document, position, blank_resource(name, kind)))

    @precondition(lambda self: bool(self._resources()))
    @rule(pick=st.integers(0, 1000))
    def delete(self, pick: int) -> None:
        ids = self._resources()
        self._push(DeleteResourceCommand(self.document, ids[pick % len(ids)]))

    @precondition(lambda self: bool(self._resources()))
    @rule(pick=st.integers(0, 1000), place=st.integers(0, 30))
    def move(self, pick: int, place: int) -> None:
        ids = self._resources()
        self._push(MoveResourceCommand(self.document, ids[pick % len(ids)], place))

    @precondition(lambda self: bool(self._resources()))
    @rule(pick=st.integers(0, 1000), data=st.data())
    def edit_field(self, pick: int, data: st.DataObject) -> None:
        field, values = data.draw(FIELDS)
        ids = self._resources()
        value = data.draw(values)
        self._push(SetResourceFieldCommand(self.document, ids[pick % len(ids)], field, value, "nl"))

    @precondition(lambda self: bool(self._resources()))
    @rule(task=st.integers(0, 1000), pick=st.integers(0, 1000))
    def assign(self, task: int, pick: int) -> None:
        ids = self._resources()
        command = AddAssignmentCommand(
            self.document, self._task(task), ids[pick % len(ids)], None, 10000
        )
        self._push(command)

    @rule(task=st.integers(0, 1000), pick=st.integers(0, 10))
    def unassign(self, task: int, pick: int) -> None:
        found = self._assignments(task)
        if found:
            self._push(RemoveAssignmentCommand(self.document, found[pick % len(found)]))

    @rule(
        task=st.integers(0, 1000),
        pick=st.integers(0, 10),
        change=st.sampled_from(["units", "work", "amount"]),
        data=st.data(),
    )
    def edit_assignment(self, task: int, pick: int, change: str, data: st.DataObject) -> None:
        found = self._assignments(task)
        if not found:
            return
        value = data.draw(
            {"units": UNITS, "work": WORK, "amount": st.sampled_from(["€ 12,50", "-3"])}[change]
        )
        target = found[pick % len(found)]
        self._push(SetAssignmentFieldCommand(self.document, target, change, value, "nl"))

    @rule(task=st.integers(0, 1000), text=TEXTS)
    def type_names(self, task: int, text: str) -> None:
        self._push(SetTaskResourcesCommand(self.document, self._task(task), text, "nl"))

    @rule(
        task=st.integers(0, 1000),
        field=st.sampled_from(["task_type", "effort_driven"]),
        value=st.integers(0, 3),
    )
    def scheduling(self, task: int, field: str, value: int) -> None:
        chosen: object = value if field == "task_type" else bool(value % 2)
        self._push(SetTaskSchedulingCommand(self.document, self._task(task), field, chosen))

    @rule(task=st.integers(0, 1000), text=DURATIONS)
    def duration(self, task: int, text: str) -> None:
        self._push(SetTaskFieldCommand(self.document, self._task(task), "duration", text, "nl"))

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
        rows = self.document.read(list_resources)
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


ResourceUndoMachine.TestCase.settings = settings(
    settings.default, max_examples=25, stateful_step_count=20
)


def test_resource_edits_undo_to_the_start_and_redo_to_the_end(qapp: object) -> None:
    ResourceUndoMachine.TestCase().runTest()
