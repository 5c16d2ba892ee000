"""Killing Koers in the middle of editing loses no acknowledged edit and damages nothing.

A child process (crash_child.py) inserts requirements one after another, each
insert renumbering the rows after it, and writes ``ack N`` once edit N is
committed. The parent kills it with SIGKILL at a random moment, then opens the
file with the real store and compares it with a pure-Python replay of the
acknowledged edits: the file must hold exactly those, or those and the one edit
that was committed but not yet acknowledged.

Set ``KOERS_CRASH_SEED`` to replay a run; the seed is printed by each test.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.models.lock import lock_path
from app.models.store import StoreError, open_store
from app.services.project_file import create_project
from tests.models.crash_child import Child, edit_position, edit_title

DEFAULT_SEED = "20260105"
CYCLES = 100
#: Share of cycles killed just after the child starts opening the file, not mid-edit.
EARLY_SHARE = 0.1
MID_STREAM_SHARE = 0.85  # of the other kills: after the first acknowledged edit
MAX_KILL_DELAY = 0.060
MAX_EARLY_DELAY = 0.015


class CrashViolation(Exception):
    """The file after a kill breaks the crash-safety promise."""


def crash_seed() -> str:
    seed = os.environ.get("KOERS_CRASH_SEED", DEFAULT_SEED)
    print(f"KOERS_CRASH_SEED={seed}")
    return seed


def replay(seed: str, edits: int) -> list[str]:
    """The titles, in list order, after edits 0..edits-1 on an empty list."""
    titles: list[str] = []
    for n in range(edits):
        titles.insert(edit_position(seed, n, len(titles)), edit_title(n))
    return titles


def _first_difference(found: list[str], expected: list[str]) -> str:
    for index, (a, b) in enumerate(zip(found, expected, strict=False)):
        if a != b:
            return f"first difference at position {index}: {a!r} != {b!r}"
    return f"lengths differ: {len(found)} rows in the file, {len(expected)} expected"


def verify(path: Path, seed: str, acked: int) -> int:
    """Check the file after a kill; return how many edits it holds (acked or acked + 1).

    Raises CrashViolation when the real store cannot open it (e.g. a stale lock
    that is not taken over), the integrity check fails, positions have gaps, or
    the rows are not the replay of the acknowledged edits (plus at most one).
    """
    try:
        store = open_store(path)
    except StoreError as exc:
        raise CrashViolation(f"open_store failed after the kill: {exc}") from exc
    try:
        with store.engine.connect() as connection:
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            rows = connection.exec_driver_sql(
                "SELECT position, title FROM requirement ORDER BY position, id"
            ).fetchall()
            projects = connection.exec_driver_sql("SELECT count(*) FROM project").scalar()
            connection.rollback()
    finally:
        store.close()
    if [tuple(row) for row in integrity] != [("ok",)]:
        raise CrashViolation(f"integrity_check: {integrity}")
    if projects != 1:
        raise CrashViolation(f"{projects} project rows instead of 1")
    positions = [row[0] for row in rows]
    if positions != list(range(len(rows))):
        raise CrashViolation(f"positions are not 0..{len(rows) - 1}: {positions}")
    titles = [row[1] for row in rows]
    for edits in (acked, acked + 1):
        if titles == replay(seed, edits):
            return edits
    raise CrashViolation(
        f"{len(titles)} rows do not replay {acked} acknowledged edits (nor {acked + 1}); "
        + _first_difference(titles, replay(seed, acked))
    )


def file_titles(path: Path) -> list[str]:
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT title FROM requirement ORDER BY position"
            ).fetchall()
            connection.rollback()
    finally:
        store.close()
    return [row[0] for row in rows]


@dataclass
class Cycle:
    """One kill: edits acknowledged and edits committed by that child, and how it was killed."""

    acked: int
    committed: int
    early: bool


def run_cycle(path: Path, seed: str, committed: int, rng: random.Random, mode: str) -> Cycle:
    """One child: wait until it edits (or opens), kill it after a random pause, verify."""
    early = rng.random() < EARLY_SHARE
    delay = rng.uniform(0, MAX_EARLY_DELAY if early else MAX_KILL_DELAY)
    with Child(mode, path, seed) as child:
        if early:
            child.wait_for("start")
        else:
            ready = child.wait_for("ready")
            assert int(ready.split()[1]) == committed
            # Most kills land mid-stream however loaded the machine is: wait for the first
            # acknowledged edit; the others hit the window between opening and committing.
            if rng.random() < MID_STREAM_SHARE:
                child.wait_for("ack")
        time.sleep(delay)
        output = child.kill()
    assert not output.noise, "".join(output.noise)
    for ready in output.numbers("ready"):
        assert ready == committed
    acks = output.numbers("ack")
    assert acks == list(range(committed, committed + len(acks)))
    acked = committed + len(acks)
    now = verify(path, seed, acked)
    assert not lock_path(path).exists(), "the killed child's lock was not taken over"
    return Cycle(acked=len(acks), committed=now - committed, early=early)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "crash.koers"
    create_project(path, "Crash", dt.date(2026, 1, 5)).close()
    return path


def test_replay_puts_most_inserts_before_the_end() -> None:
    seed = crash_seed()
    before_end = sum(edit_position(seed, n, n) < n for n in range(1, 1000))
    assert before_end > 900
    assert replay(seed, 3) == [t for t in replay(seed, 4) if t != "edit-3"]


@pytest.mark.crash
@pytest.mark.timeout(300)
def test_killed_mid_edit_keeps_every_acknowledged_edit(project: Path) -> None:
    seed = crash_seed()
    rng = random.Random(seed)
    started = time.monotonic()
    committed = 0
    cycles: list[Cycle] = []
    for _ in range(CYCLES):
        cycle = run_cycle(project, seed, committed, rng, "edits")
        committed += cycle.committed
        cycles.append(cycle)
    mid_stream = sum(1 for c in cycles if c.acked > 0)
    unacked_commit = sum(1 for c in cycles if c.committed > c.acked)
    print(
        f"{len(cycles)} cycles in {time.monotonic() - started:.1f} s; "
        f"{mid_stream} killed mid-stream (>= 1 ack), "
        f"{sum(c.early for c in cycles)} killed while opening, "
        f"{sum(1 for c in cycles if c.acked == 0)} with 0 acks, "
        f"{unacked_commit} with one committed but unacknowledged edit; "
        f"{committed} edits in the file"
    )
    assert mid_stream >= CYCLES // 2
    assert file_titles(project) == replay(seed, committed)


@pytest.mark.crash
@pytest.mark.timeout(60)
def test_the_verifier_catches_an_ack_sent_before_the_commit(project: Path) -> None:
    """Negative control: the same harness must fail a child that acks too early."""
    seed = crash_seed()
    # A well-behaved child first, so the file has rows and the verifier passes it.
    with Child("edits", project, seed) as child:
        child.wait_for("ready")
        child.wait_for("ack")
        output = child.kill()
    assert not output.noise, "".join(output.noise)
    committed = verify(project, seed, len(output.numbers("ack")))
    assert committed >= 1
    # The early-acking child sleeps 0.2 s between its first ack and that commit;
    # the kill follows the ack immediately, so the acknowledged edit is not there.
    with Child("ack-before-commit", project, seed) as child:
        child.wait_for("ready")
        child.wait_for("ack")
        output = child.kill()
    assert not output.noise, "".join(output.noise)
    assert output.numbers("ack") == [committed]
    with pytest.raises(CrashViolation, match="do not replay"):
        verify(project, seed, committed + 1)
    # The file itself is fine: it holds exactly the edits that were committed.
    assert verify(project, seed, committed) == committed
