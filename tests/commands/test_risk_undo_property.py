"""Stateful property test: any sequence of risk register and issue log edits undoes to the
start and redoes to the end, compared by canonical dumps of the whole project."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.commands.document import ProjectDocument
from app.commands.issues import (
    DeleteIssueCommand,
    InsertIssueCommand,
    LinkIssueTaskCommand,
    SetIssueFieldsCommand,
    UnlinkIssueTaskCommand,
)
from app.commands.risks import (
    AddRiskReviewCommand,
    DeleteRiskCommand,
    DeleteRiskReviewCommand,
    InsertRiskCommand,
    LinkRiskTaskCommand,
    ResponseToTaskCommand,
    RiskOccurredCommand,
    SetRiskFieldsCommand,
    SetRiskScalesCommand,
    UnlinkRiskTaskCommand,
)
from app.domain.risks import RiskScales, RiskStatus, Strategy
from app.domain.validation import InvalidValue
from app.services.issues import blank_issue, list_issues
from app.services.risks import ReviewData, blank_risk, list_reviews, list_risks
from tests.commands.conftest import dump
from tests.risk_files import build_register_demo

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
DATES = st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)))
LEVELS = st.integers(0, 6)
RISK_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": TEXT,
    "cause": TEXT,
    "category": st.sampled_from(["cost", "schedule", "privacy", ""]),
    "kind": st.sampled_from(["threat", "opportunity"]),
    "strategy": st.sampled_from(["", *Strategy]),
    "status": st.sampled_from(list(RiskStatus)),
    "inherent_probability": LEVELS,
    "residual_impact": st.one_of(st.none(), LEVELS),
    "cost_impact_cents": st.integers(-5, 10**9),
    "next_review": DATES,
    "owner_text": TEXT,
}
ISSUE_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": TEXT,
    "status": st.sampled_from(["open", "in_progress", "closed", "bogus"]),
    "priority": st.sampled_from(["low", "critical"]),
    "target_date": DATES,
}
PICK = st.integers(0, 1000)
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """The register demo, built once per test process and copied for each example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="koers-risks-"))
        _TEMPLATE["path"] = build_register_demo(folder / "template.koers")
    return _TEMPLATE["path"]


class RegisterUndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "p.koers"
        shutil.copy(_template(), path)
        self.document = ProjectDocument.open(path)
        self.initial = dump(self.document)
        self.tasks = [row.id for row in self.document.schedule().rows]

    def _push(self, command: object) -> None:
        # A refused edit must leave no trace: teardown's undo-all comparison checks it.
        with contextlib.suppress(InvalidValue, LookupError):
            self.document.push(command)  # type: ignore[arg-type]

    def _risks(self) -> list[int]:
        return [r.id for r in self.document.read(list_risks)]

    def _issues(self) -> list[int]:
        return [i.id for i in self.document.read(list_issues)]

    @staticmethod
    def _pick(items: list[int], pick: int) -> int:
        """One of the ids (0, which no row has, when there are none: the edit is refused)."""
        return items[pick % len(items)] if items else 0

    # -- risks --------------------------------------------------------------------------
    @rule(title=TEXT, position=st.one_of(st.none(), st.integers(0, 30)))
    def insert_risk(self, title: str, position: int | None) -> None:
        self._push(InsertRiskCommand(self.document, blank_risk(title or "x"), position))

    @rule(pick=PICK)
    def delete_risk(self, pick: int) -> None:
        self._push(DeleteRiskCommand(self.document, self._pick(self._risks(), pick)))

    @rule(pick=PICK, data=st.data())
    def edit_risk(self, pick: int, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(RISK_VALUES)))
        value = data.draw(RISK_VALUES[field])
        risk = self._pick(self._risks(), pick)
        self._push(SetRiskFieldsCommand(self.document, risk, {field: value}))

    @rule(pick=PICK, task=PICK, link=st.booleans())
    def link_risk(self, pick: int, task: int, link: bool) -> None:
        risk, task_id = self._pick(self._risks(), pick), self._pick(self.tasks, task)
        command = LinkRiskTaskCommand if link else UnlinkRiskTaskCommand
        self._push(command(self.document, risk, task_id))

    @rule(pick=PICK, p=LEVELS, i=LEVELS, day=st.dates(dt.date(2026, 1, 1), dt.date(2027, 1, 1)))
    def review(self, pick: int, p: int, i: int, day: dt.date) -> None:
        risk = self._pick(self._risks(), pick)
        review = ReviewData(0, risk, day, p, i, 50_000, RiskStatus.MONITORING, "note")
        self._push(AddRiskReviewCommand(self.document, risk, review, day + dt.timedelta(days=30)))

    @rule(pick=PICK)
    def delete_review(self, pick: int) -> None:
        reviews = [r.id for r in self.document.read(list_reviews)]
        self._push(DeleteRiskReviewCommand(self.document, self._pick(reviews, pick)))

    @rule(pick=PICK, under_summary=st.booleans())
    def response_to_task(self, pick: int, under_summary: bool) -> None:
        rows = self.document.schedule().rows
        parent = next((r.id for r in rows if r.summary), None) if under_summary else None
        self._push(ResponseToTaskCommand(self.document, self._pick(self._risks(), pick), parent))

    @rule(pick=PICK)
    def occurred(self, pick: int) -> None:
        risk = self._pick(self._risks(), pick)
        self._push(RiskOccurredCommand(self.document, risk, dt.date(2026, 11, 26)))

    @rule(medium=st.integers(1, 8))
    def settings(self, medium: int) -> None:
        with contextlib.suppress(InvalidValue):
            self._push(SetRiskScalesCommand(self.document, RiskScales(medium_from=medium)))

    # -- issues -----------------------------------------------------------------------------
    @rule(title=TEXT)
    def insert_issue(self, title: str) -> None:
        self._push(InsertIssueCommand(self.document, blank_issue(title or "x")))

    @rule(pick=PICK)
    def delete_issue(self, pick: int) -> None:
        self._push(DeleteIssueCommand(self.document, self._pick(self._issues(), pick)))

    @rule(pick=PICK, data=st.data())
    def edit_issue(self, pick: int, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(ISSUE_VALUES)))
        value = data.draw(ISSUE_VALUES[field])
        issue = self._pick(self._issues(), pick)
        self._push(SetIssueFieldsCommand(self.document, issue, {field: value}))

    @rule(pick=PICK, task=PICK, link=st.booleans())
    def link_issue(self, pick: int, task: int, link: bool) -> None:
        issue, task_id = self._pick(self._issues(), pick), self._pick(self.tasks, task)
        command = LinkIssueTaskCommand if link else UnlinkIssueTaskCommand
        self._push(command(self.document, issue, task_id))

    # -- undo and redo -------------------------------------------------------------------------
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
        risks = self.document.read(list_risks)
        assert [r.position for r in risks] == list(range(len(risks)))
        issues = self.document.read(list_issues)
        assert [i.position for i in issues] == list(range(len(issues)))
        assert len({r.ref for r in risks}) == len(risks)

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


RegisterUndoMachine.TestCase.settings = settings(
    settings.default, max_examples=20, stateful_step_count=15
)


def test_register_edits_undo_to_the_start_and_redo_to_the_end(qapp: object) -> None:
    RegisterUndoMachine.TestCase().runTest()
