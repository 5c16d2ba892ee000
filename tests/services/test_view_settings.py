"""View settings are stored in the project, one transaction each, and can be undone."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain.page_setup import PageSetup, Timescale
from app.domain.validation import InvalidValue
from app.models.store import open_store
from app.services.project_file import create_project, dump_project
from app.services.view_settings import (
    TABLE,
    page_setup_key,
    read_page_setup,
    read_view_setting,
    write_view_setting,
)

START = dt.date(2026, 1, 5)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = create_project(tmp_path / "p.koers", "P", START)
    with store.new_session() as session:
        yield session
    store.close()


def test_write_read_overwrite_and_delete(session: Session) -> None:
    assert read_view_setting(session, "table.columns") is None
    change, old = write_view_setting(session, "table.columns", '["name"]')
    assert old is None
    assert change.touches(TABLE) and change.is_structural(TABLE) and not change.is_empty()
    assert not change.schedule_dirty
    assert read_view_setting(session, "table.columns") == '["name"]'

    change, old = write_view_setting(session, "table.columns", '["name", "start"]')
    assert old == '["name"]'
    assert change.touches(TABLE) and not change.is_structural(TABLE)
    assert read_view_setting(session, "table.columns") == '["name", "start"]'

    change, old = write_view_setting(session, "table.columns", None)
    assert old == '["name", "start"]'
    assert change.touches(TABLE) and change.is_structural(TABLE)
    assert read_view_setting(session, "table.columns") is None
    assert not session.in_transaction()


def test_writing_the_same_value_changes_nothing(session: Session) -> None:
    write_view_setting(session, "k", "1")
    change, old = write_view_setting(session, "k", "1")
    assert change.is_empty() and old == "1"
    change, old = write_view_setting(session, "missing", None)
    assert change.is_empty() and old is None


def test_the_previous_value_undoes_a_write(session: Session) -> None:
    write_view_setting(session, "a", "first")
    before = dump_project(session)
    for value in ("second", None, ""):
        _, old = write_view_setting(session, "a", value)
        write_view_setting(session, "a", old)
        assert dump_project(session) == before
    _, old = write_view_setting(session, "b", "new")
    write_view_setting(session, "b", old)
    assert dump_project(session) == before


def test_keys_are_checked(session: Session) -> None:
    for key in ("", "   ", "k" * 65):
        with pytest.raises(InvalidValue) as refused:
            write_view_setting(session, key, "1")
        assert refused.value.field == "key"
        with pytest.raises(InvalidValue):
            read_view_setting(session, key)
    write_view_setting(session, "k" * 64, "1")
    assert read_view_setting(session, "k" * 64) == "1"


def test_settings_are_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.koers"
    setup = PageSetup(paper="A3", pages_wide=2, timescale=Timescale.MONTH)
    store = create_project(path, "P", START)
    with store.new_session() as session:
        write_view_setting(session, page_setup_key, setup.to_json())
    store.close()
    store = open_store(path)
    with store.new_session() as session:
        assert read_page_setup(session) == setup
        assert json.loads(read_view_setting(session, page_setup_key) or "")["paper"] == "A3"
    store.close()


def test_page_setup_defaults_when_none_is_stored(session: Session) -> None:
    assert page_setup_key == "print.gantt"
    assert read_page_setup(session) == PageSetup()


@pytest.mark.parametrize(
    "stored",
    ["", "{", "[]", '{"paper": 3}', '{"zoom_percent": 5000}', '{"timescale": "year"}'],
)
def test_a_broken_page_setup_reads_as_the_defaults(session: Session, stored: str) -> None:
    write_view_setting(session, page_setup_key, stored)
    assert read_page_setup(session) == PageSetup()
