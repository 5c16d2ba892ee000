"""The requirements list keeps a gap-free order through inserts, deletes and moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain.requirements import MoSCoW
from app.domain.validation import InvalidValue
from app.services.project_file import create_project
from app.services.requirements import (
    blank_requirement,
    delete_requirement,
    insert_requirement,
    list_requirements,
    move_requirement,
    set_requirement_field,
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = create_project(tmp_path / "p.koers", "P", dt.date(2026, 1, 5))
    with store.new_session() as session:
        yield session
    store.close()


def _titles(session: Session) -> list[str]:
    rows = list_requirements(session)
    assert [r.position for r in rows] == list(range(len(rows)))
    return [r.title for r in rows]


def test_insert_in_the_middle_renumbers_the_rows_after_it(session: Session) -> None:
    for i, title in enumerate("ace"):
        insert_requirement(session, i, blank_requirement(title))
    change, inserted = insert_requirement(session, 1, blank_requirement("b"))
    assert _titles(session) == ["a", "b", "c", "e"]
    assert inserted.ref == "REQ-004"
    assert change.inserted == {"requirement": frozenset({inserted.id})}


def test_delete_closes_the_gap_and_codes_are_not_reused(session: Session) -> None:
    ids = [insert_requirement(session, i, blank_requirement(t))[1].id for i, t in enumerate("abc")]
    _change, removed = delete_requirement(session, ids[1])
    assert removed.position == 1
    assert _titles(session) == ["a", "c"]
    _change, new = insert_requirement(session, 9, blank_requirement("d"))
    assert new.ref == "REQ-004"
    assert _titles(session) == ["a", "c", "d"]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (0, 3, "bcda"),
        (3, 0, "dabc"),
        (1, 2, "acbd"),
        (2, 2, "abcd"),
        (0, 99, "bcda"),
    ],
)
def test_move_shifts_only_the_rows_between(
    session: Session, source: int, target: int, expected: str
) -> None:
    ids = [insert_requirement(session, i, blank_requirement(t))[1].id for i, t in enumerate("abcd")]
    _change, old = move_requirement(session, ids[source], target)
    assert old == source
    assert "".join(_titles(session)) == expected


def test_field_edits_are_checked_and_return_the_old_value(session: Session) -> None:
    _change, row = insert_requirement(session, 0, blank_requirement("a"))
    _change, old = set_requirement_field(session, row.id, "priority", "must")
    assert old is MoSCoW.SHOULD
    assert list_requirements(session)[0].priority is MoSCoW.MUST
    with pytest.raises(InvalidValue):
        set_requirement_field(session, row.id, "title", "   ")
    with pytest.raises(InvalidValue):
        set_requirement_field(session, row.id, "priority", "maybe")
    with pytest.raises(LookupError):
        set_requirement_field(session, 999, "title", "x")
    assert _titles(session) == ["a"]
