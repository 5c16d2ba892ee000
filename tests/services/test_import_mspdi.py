"""An imported Microsoft Project file keeps everything the schedule depends on."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.calendar import to_instant
from app.io.mspdi_reader import read_mspdi
from app.services.import_mspdi import import_mspdi
from app.services.schedule import read_schedule
from tests.io.test_schedule_agreement import ORACLES


@pytest.mark.corpus
def test_imported_projects_schedule_to_microsoft_projects_dates(
    corpus: Path, tmp_path: Path
) -> None:
    pooled = [0, 0, 0]
    for name in ORACLES:
        source = corpus / "mspdi" / name
        truth = {t.uid: t for t in read_mspdi(source).plan_tasks}
        store = import_mspdi(source, tmp_path / f"{name}.koers")
        with store.new_session() as session:
            computed = read_schedule(session)
        store.close()
        assert computed.result is not None and computed.cycle is None
        count = dates = critical = 0
        for row in computed.rows:
            stored = truth[row.external_uid or -1]
            if not stored.active or stored.start is None or stored.finish is None:
                continue
            result = computed.result[row.id]
            calendar = computed.calendar_of(row)
            count += 1
            dates += calendar.position(result.start) == calendar.position(
                to_instant(stored.start)
            ) and calendar.position(result.finish) == calendar.position(to_instant(stored.finish))
            critical += result.critical == stored.critical
        print(f"{name}: {count} tasks, dates {dates}, critical {critical}")
        assert count == len([t for t in truth.values() if t.active])
        pooled = [pooled[0] + count, pooled[1] + dates, pooled[2] + critical]
    assert pooled[1] >= 0.99 * pooled[0] and pooled[2] >= 0.99 * pooled[0], pooled


@pytest.mark.corpus
def test_every_corpus_file_imports(corpus: Path, tmp_path: Path) -> None:
    for source in sorted((corpus / "mspdi").glob("*.xml")):
        store = import_mspdi(source, tmp_path / f"{source.stem}.koers")
        with store.new_session() as session:
            computed = read_schedule(session)
        store.close()
        expected = len(read_mspdi(source).plan_tasks)
        assert len(computed.rows) == expected, source.name
