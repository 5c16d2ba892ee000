"""Risk and issue commands undo to exactly the state before and redo the same rows."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand

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
from app.domain.risks import RiskScales, RiskStatus
from app.domain.validation import InvalidValue
from app.services.issues import blank_issue, list_issues
from app.services.risks import (
    ReviewData,
    blank_risk,
    get_risk,
    list_reviews,
    list_risks,
    read_risk_scales,
)
from tests.commands.conftest import dump
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


def _ref(document: ProjectDocument, ref: str) -> int:
    return next(r.id for r in document.read(list_risks) if r.ref == ref)


def _round_trip(document: ProjectDocument, command: QUndoCommand) -> None:
    """Push, undo to the start, redo to the end: both ends compare equal to a dump."""
    before = dump(document)
    document.push(command)
    after = dump(document)
    assert after != before
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_response_to_task_undoes_task_and_link_and_redoes_the_same_task(
    registers: ProjectDocument,
) -> None:
    risk_id = _ref(registers, "R-004")
    tasks_before = len(registers.schedule().rows)
    command = ResponseToTaskCommand(registers, risk_id)
    _round_trip(registers, command)
    assert command.made is not None
    rows = registers.schedule().rows
    assert len(rows) == tasks_before + 1 and rows[-1].id == command.made.task_id
    assert rows[-1].name == "R-004: Book key users two days a week in their agendas"
    assert any(t.response for t in registers.read(get_risk, risk_id).tasks)
    registers.undo_stack.undo()
    assert len(registers.schedule().rows) == tasks_before
    assert not any(t.response for t in registers.read(get_risk, risk_id).tasks)


def test_risk_occurred_undoes_issue_and_status(registers: ProjectDocument) -> None:
    risk_id = _ref(registers, "R-008")
    command = RiskOccurredCommand(registers, risk_id, TODAY)
    _round_trip(registers, command)
    assert command.occurrence is not None
    issue = command.occurrence.issue
    assert [i.ref for i in registers.read(list_issues)][-1] == issue.ref == "I-007"
    assert registers.read(get_risk, risk_id).status is RiskStatus.OCCURRED
    registers.undo_stack.undo()
    assert registers.read(get_risk, risk_id).status is RiskStatus.MONITORING
    assert len(registers.read(list_issues)) == 6


@pytest.mark.parametrize(
    "make",
    [
        lambda d: InsertRiskCommand(d, blank_risk("Licence audit", category="legal")),
        lambda d: DeleteRiskCommand(d, _ref(d, "R-005")),
        lambda d: SetRiskFieldsCommand(d, _ref(d, "R-001"), {"kind": "opportunity"}),
        lambda d: SetRiskFieldsCommand(d, _ref(d, "R-001"), {"owner_id": None, "owner_text": "X"}),
        lambda d: LinkRiskTaskCommand(d, _ref(d, "R-010"), d.schedule().rows[4].id),
        lambda d: UnlinkRiskTaskCommand(
            d, _ref(d, "R-001"), d.read(get_risk, _ref(d, "R-001")).tasks[0].task_id
        ),
        lambda d: AddRiskReviewCommand(
            d,
            _ref(d, "R-009"),
            ReviewData(0, 0, TODAY, 2, 2, 100_000, RiskStatus.MONITORING, "better"),
            dt.date(2026, 12, 10),
        ),
        lambda d: DeleteRiskReviewCommand(d, d.read(list_reviews, _ref(d, "R-001"))[0].id),
        lambda d: SetRiskScalesCommand(d, RiskScales(medium_from=3)),
        lambda d: InsertIssueCommand(d, blank_issue("Laptop shortage")),
        lambda d: DeleteIssueCommand(d, d.read(list_issues)[0].id),
        lambda d: SetIssueFieldsCommand(d, d.read(list_issues)[1].id, {"status": "closed"}),
        lambda d: LinkIssueTaskCommand(d, d.read(list_issues)[5].id, d.schedule().rows[3].id),
        lambda d: UnlinkIssueTaskCommand(
            d, d.read(list_issues)[0].id, d.read(list_issues)[0].tasks[0].task_id
        ),
    ],
)
def test_every_edit_undoes_and_redoes(
    registers: ProjectDocument, make: Callable[[ProjectDocument], QUndoCommand]
) -> None:
    _round_trip(registers, make(registers))


def test_a_refused_edit_leaves_no_undo_step(registers: ProjectDocument) -> None:
    with pytest.raises(InvalidValue):
        registers.push(
            SetRiskFieldsCommand(registers, _ref(registers, "R-001"), {"strategy": "exploit"})
        )
    assert registers.undo_stack.count() == 0
    # Setting what is already stored is no edit either.
    registers.push(SetRiskFieldsCommand(registers, _ref(registers, "R-001"), {"kind": "threat"}))
    assert registers.undo_stack.count() == 0


def test_settings_command_changes_what_the_register_reads(registers: ProjectDocument) -> None:
    registers.push(SetRiskScalesCommand(registers, RiskScales(emv_percent=(5, 25, 50, 75, 95))))
    assert registers.read(read_risk_scales).emv_percent == (5, 25, 50, 75, 95)
    registers.undo_stack.undo()
    assert registers.read(read_risk_scales) == RiskScales()
