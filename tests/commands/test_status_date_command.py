"""Moving the status date keeps the earned value at the new date as history; undo is exact."""

from __future__ import annotations

import datetime as dt

from app.commands.charter import SetCharterFieldCommand
from app.commands.document import ProjectDocument
from app.services.baselines import save_baseline
from app.services.earned_value import list_snapshots
from tests.commands.conftest import dump


def test_moving_the_status_date_records_a_snapshot_and_undo_restores_the_file(
    document: ProjectDocument,
) -> None:
    document.execute(save_baseline, 0)  # a baseline with costs
    before = dump(document)
    known = {row["status_date"] for row in document.read(list_snapshots)}
    moved = dt.date(2026, 12, 11)
    document.push(SetCharterFieldCommand(document, "status_date", moved, "Status date"))
    snapshots = {row["status_date"]: row for row in document.read(list_snapshots)}
    assert set(snapshots) == known | {moved}
    assert snapshots[moved]["bac_cents"] > 0 and snapshots[moved]["pv_cents"] > 0
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after
