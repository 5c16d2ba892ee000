"""A file written through atomic_target is either complete or absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.files import TargetExists, atomic_target


def test_a_finished_write_lands_under_the_target_name(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_target(target) as temp:
        temp.write_text("complete")
        assert not target.exists()
    assert target.read_text() == "complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_failed_write_leaves_the_old_target_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_target(target, overwrite=True) as temp:
        temp.write_text("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_an_existing_target_is_refused_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep")
    with pytest.raises(TargetExists), atomic_target(target) as temp:
        temp.write_text("new")
    assert target.read_text() == "keep"
