"""Killing Koers in the middle of "Save as" leaves no file, or the old copy, or the new one.

A child process (crash_child.py save-as) opens a project of 20,000 requirements
and copies it over and over to the same target with ``ProjectStore.copy_to``.
The parent kills it with SIGKILL at a random moment; the target must then be
absent (only before the first complete copy) or a complete, intact Koers file.
Temporary ``.NAME.<pid>-<hex>.partial`` files a killed copy leaves are reported.

Set ``KOERS_CRASH_SEED`` to replay a run; the seed is printed by each test.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import time
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.requirements import MoSCoW, RequirementStatus
from app.models.entities import Requirement
from app.models.store import check_store
from app.services.project_file import create_project
from tests.models.crash_child import Child

DEFAULT_SEED = "20260105"
ROWS = 20_000
CYCLES = 25
#: Kill within this many copy durations after the child is ready.
KILL_WINDOW_COPIES = 4
SIDE = ("", "-wal", "-shm", "-journal", ".lock")


def crash_seed() -> str:
    seed = os.environ.get("KOERS_CRASH_SEED", DEFAULT_SEED)
    print(f"KOERS_CRASH_SEED={seed}")
    return seed


def _fill(session: Session) -> None:
    session.execute(
        insert(Requirement),
        [
            {
                "position": i,
                "ref": f"REQ-{i + 1:05d}",
                "title": f"Requirement {i}",
                "description": "Lorem ipsum dolor sit amet. " * 3,
                "priority": MoSCoW.SHOULD,
                "source": "",
                "status": RequirementStatus.PROPOSED,
                "acceptance_criteria": "",
            }
            for i in range(ROWS)
        ],
    )


def _partial_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^\.{re.escape(target.name)}\.(\d+)-[0-9a-f]{{8}}\.partial(-journal|-wal|-shm)?$"
    )


def check_target(target: Path) -> None:
    """The target is a complete Koers file: full integrity check and every row present."""
    store = check_store(target)
    try:
        with store.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM requirement").scalar()
            last = connection.exec_driver_sql("SELECT max(position) FROM requirement").scalar()
            projects = connection.exec_driver_sql("SELECT count(*) FROM project").scalar()
            connection.rollback()
    finally:
        store.close()
    assert (count, last, projects) == (ROWS, ROWS - 1, 1)


@pytest.mark.crash
@pytest.mark.timeout(300)
def test_killed_mid_save_as_leaves_no_target_or_a_complete_one(tmp_path: Path) -> None:
    seed = crash_seed()
    rng = random.Random(seed)
    folder = tmp_path / "work"
    folder.mkdir()
    source = folder / "source.koers"
    target = folder / "target.koers"
    store = create_project(source, "Crash", dt.date(2026, 1, 5), fill=_fill)
    try:
        # How long one copy takes here (the slowest of three), away from the folder under test.
        probe = tmp_path / "probe.koers"
        copy_time = 0.0
        for _ in range(3):
            began = time.monotonic()
            store.copy_to(probe, overwrite=True)
            copy_time = max(copy_time, time.monotonic() - began)
        probe.unlink()
    finally:
        store.close()
    partial = _partial_pattern(target)
    allowed = {p.name + s for p in (source, target) for s in SIDE}
    started = time.monotonic()
    saves = 0
    mid_copy = 0
    leftovers: list[str] = []
    for _ in range(CYCLES):
        delay = rng.uniform(0, KILL_WINDOW_COPIES * copy_time)
        with Child("save-as", source, seed, target) as child:
            child.wait_for("ready")
            time.sleep(delay)
            output = child.kill()
        assert not output.noise, "".join(output.noise)
        saved = output.numbers("saved")
        assert saved == list(range(len(saved)))
        saves += len(saved)
        names = sorted(p.name for p in folder.iterdir())
        strays = [n for n in names if n not in allowed and not partial.match(n)]
        assert not strays, f"unexpected files beside the target: {strays}"
        found = [n for n in names if partial.match(n)]
        pids = {int(m.group(1)) for n in found if (m := partial.match(n))}
        mid_copy += output.pid in pids
        leftovers += found
        if target.exists():
            check_target(target)
        else:
            assert saves == 0, "the target vanished after a complete copy"
        for name in found:
            (folder / name).unlink()
        assert not any((folder / ("target.koers" + s)).exists() for s in SIDE[1:4])
    print(
        f"{CYCLES} cycles in {time.monotonic() - started:.1f} s; one copy takes "
        f"{copy_time * 1000:.0f} ms; {saves} complete copies acknowledged; "
        f"{mid_copy} cycles killed mid-copy; {len(leftovers)} leftover temporary files "
        f"(removed by the test after each cycle): {leftovers[:4]}{' ...' if leftovers else ''}"
    )
    assert saves > 0
    assert target.exists()
    assert mid_copy >= 1
