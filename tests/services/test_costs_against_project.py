"""Koers's costs agree with Microsoft Project's: corpus MSPDI files have their task costs
blanked, are imported, and every task's cost and actual cost is computed again from the
rates, work, cost per use, fixed costs and accruals."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import select

from app.io.mspdi_reader import read_mspdi
from app.models.entities import Task
from app.services.costs import read_costs
from app.services.import_mspdi import import_mspdi

FILES = (
    "mpxjconv__Software_Development.xml",
    "mpxj__mspdiresource.xml",
    "mpxj__legacy__sample.xml",
)


def _blanked(source: Path, target: Path) -> Path:
    """The file with every task's Cost and ActualCost taken out: nothing to echo."""
    found = re.search(r'xmlns="([^"]+)"', source.read_text(encoding="utf-8"))
    namespace = found.group(1) if found else ""
    prefix = f"{{{namespace}}}" if namespace else ""
    ET.register_namespace("", namespace)
    tree = ET.parse(source)  # a trusted corpus file (the importer reads it with defusedxml)
    for task in tree.getroot().iter(f"{prefix}Task"):
        for tag in ("Cost", "ActualCost"):
            for element in task.findall(prefix + tag):
                task.remove(element)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    again = ET.parse(target).getroot()
    assert not [t for t in again.iter(f"{prefix}Task") if t.find(f"{prefix}Cost") is not None]
    return target


@pytest.mark.parametrize("name", FILES)
def test_task_costs_and_actual_costs_match_the_file(
    corpus: Path, tmp_path: Path, name: str
) -> None:
    source = corpus / "mspdi" / name
    expected = {task.uid: task for task in read_mspdi(source).plan_tasks}
    store = import_mspdi(_blanked(source, tmp_path / "blank.xml"), tmp_path / "p.koers")
    try:
        with store.new_session() as session:
            costs = read_costs(session)
            uids = dict(session.execute(select(Task.id, Task.external_uid)).all())
    finally:
        store.close()
    compared = mismatches = 0
    listed = []
    for task_id, uid in uids.items():
        task, got = expected[uid], costs.result[task_id]
        for label, stored, computed in (
            ("Cost", task.cost_cents, got.cost_cents),
            ("ActualCost", task.actual_cost_cents, got.actual_cents),
        ):
            if stored is None:
                continue
            compared += 1
            if stored != computed:
                mismatches += 1
                listed.append(f"UID {uid} {task.name!r} {label}: file {stored}, Koers {computed}")
    assert compared >= len(uids)  # every task has a stored cost to compare with
    assert mismatches <= compared // 100, listed
