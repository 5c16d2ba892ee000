"""Deleting a task, a risk or a stakeholder that the budget names (an invoice's task, a
drawdown's risk, a change request's requester) clears the reference; undo puts it back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from app.commands.document import ProjectDocument
from app.commands.risks import DeleteRiskCommand
from app.commands.stakeholders import DeleteStakeholderCommand
from app.commands.tasks import DeleteTasksCommand
from tests.commands.conftest import dump


def _id(document: ProjectDocument, query: str) -> int:
    found = document.read(lambda session: session.execute(text(query)).scalar())
    assert found is not None
    return int(found)


CASES: dict[str, tuple[str, str, Callable[[ProjectDocument, int], object]]] = {
    "task with an invoice and a purchase order's delivery": (
        "SELECT task_id FROM expense WHERE invoice_number = 'DE-88412'",
        "SELECT count(*) FROM expense WHERE task_id IS NOT NULL",
        lambda document, key: DeleteTasksCommand(document, [key]),
    ),
    "risk served by a drawdown": (
        "SELECT risk_id FROM reserve_drawdown",
        "SELECT count(*) FROM reserve_drawdown WHERE risk_id IS NOT NULL",
        DeleteRiskCommand,
    ),
    "stakeholder who requested a change": (
        "SELECT requester_id FROM change_request WHERE ref = 'CR-001'",
        "SELECT count(*) FROM change_request WHERE requester_id IS NOT NULL",
        DeleteStakeholderCommand,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_undo_points_the_budget_back(document: ProjectDocument, case: str) -> None:
    find, count, command = CASES[case]
    key = _id(document, find)
    named = _id(document, count)
    before = dump(document)
    document.push(command(document, key))  # type: ignore[arg-type]
    assert _id(document, count) == named - 1
    document.undo_stack.undo()
    assert dump(document) == before
