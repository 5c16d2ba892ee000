"""Opening, refusing, upgrading, locking and copying project files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import backups
from app.models.entities import Requirement
from app.models.schema import APPLICATION_ID, SCHEMA_VERSION, revision_for
from app.models.store import (
    DamagedFile,
    ForeignDatabase,
    NewerSchema,
    NotSQLite,
    ProjectLocked,
    backup_name,
    check_store,
    open_store,
)
from app.services.project_file import create_project
from app.services.requirements import blank_requirement, insert_requirement, list_requirements
from tests.bad_files import make_refused_files

START = dt.date(2026, 1, 5)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_closed_project_is_one_file_with_nothing_beside_it(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.koers", "P", START)
    assert "p.koers.lock" in _names(tmp_path)
    store.close()
    assert _names(tmp_path) == ["p.koers"]


def test_a_new_file_carries_our_id_and_schema_version(tmp_path: Path) -> None:
    create_project(tmp_path / "p.koers", "P", START).close()
    head = (tmp_path / "p.koers").read_bytes()[:100]
    assert struct.unpack(">I", head[68:72])[0] == APPLICATION_ID
    assert struct.unpack(">i", head[60:64])[0] == SCHEMA_VERSION


def test_the_file_is_complete_on_its_own_after_a_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "p.koers"
    store = create_project(path, "P", START)
    with store.new_session() as session:
        insert_requirement(session, 0, blank_requirement("kept"))
    store.checkpoint()
    alone = tmp_path / "mailed.koers"
    alone.write_bytes(path.read_bytes())  # the main file only, as a mail client sends it
    store.close()
    copy = check_store(alone)
    with copy.new_session() as session:
        assert [r.title for r in list_requirements(session)] == ["kept"]
    copy.close()


def test_a_second_opener_is_told_who_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.koers"
    store = create_project(path, "P", START)
    with pytest.raises(ProjectLocked) as locked:
        open_store(path)
    assert locked.value.holder.pid == os.getpid()
    assert str(os.getpid()) in str(locked.value)
    reader = open_store(path, read_only=True)
    reader.close()
    store.close()
    open_store(path).close()


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "p.koers"
    create_project(path, "P", START).close()
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from app.models.store import open_store
        store = open_store(Path({str(path)!r}))
        print("holding", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        with pytest.raises(ProjectLocked) as locked:
            open_store(path)
        assert locked.value.holder.pid == child.pid
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    store = open_store(path)
    store.close()


def test_text_foreign_newer_and_damaged_files_are_refused_distinctly(
    tmp_path: Path, demo_file: Path
) -> None:
    files = make_refused_files(tmp_path, demo_file)
    errors = {
        "text": NotSQLite,
        "foreign": ForeignDatabase,
        "newer": NewerSchema,
        "damaged": DamagedFile,
    }
    messages = set()
    for kind, path in files.items():
        before = path.read_bytes()
        with pytest.raises(errors[kind]) as refused:
            open_store(path)
        messages.add(str(refused.value).replace(path.name, "FILE"))
        assert path.read_bytes() == before
    assert len(messages) == 4
    assert _names(tmp_path) == sorted(["demo.koers", *(p.name for p in files.values())])


def test_an_older_file_is_upgraded_after_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.koers"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA user_version=0")
    connection.execute("CREATE TABLE keep_me (x)")
    connection.commit()
    connection.close()
    original = path.read_bytes()
    store = open_store(path)
    assert store.upgraded_from == 0
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == revision_for(SCHEMA_VERSION)
        connection.rollback()
    store.close()
    kept = backup_name(path, 0)
    assert kept.exists()
    check = sqlite3.connect(f"file:{kept}?mode=ro&immutable=1", uri=True)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 0
    tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    check.close()
    assert "keep_me" in tables and "requirement" not in tables
    assert len(kept.read_bytes()) >= len(original) // 2


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models.base import Base
    from app.models.migrate import head_revision

    assert head_revision() == revision_for(SCHEMA_VERSION)
    path = tmp_path / "migrated.koers"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.commit()
    connection.close()
    store = open_store(path)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []
        connection.rollback()
    store.close()


def test_copy_to_writes_a_complete_project_and_keeps_working(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.koers", "P", START)
    with store.new_session() as session:
        for i in range(5):
            insert_requirement(session, i, blank_requirement(f"r{i}"))
    target = tmp_path / "copy.koers"
    store.copy_to(target)
    with store.new_session() as session:
        insert_requirement(session, 0, blank_requirement("after"))
    store.close()
    copy = check_store(target)
    with copy.new_session() as session:
        titles = session.scalars(select(Requirement.title).order_by(Requirement.position)).all()
    copy.close()
    assert titles == [f"r{i}" for i in range(5)]
    assert _names(tmp_path) == ["copy.koers", "p.koers"]


def test_rolling_backups_keep_the_newest_ten(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.koers", "P", START)
    first = dt.datetime(2026, 1, 5, 9, 0)
    for minute in range(12):
        backups.take_snapshot(store, first + dt.timedelta(minutes=minute))
    store.close()
    kept = backups.list_snapshots(tmp_path / "p.koers")
    assert len(kept) == backups.KEEP
    assert kept[0].taken == first + dt.timedelta(minutes=11)
    assert kept[-1].taken == first + dt.timedelta(minutes=2)
    check_store(kept[0].path).close()


def test_copy_over_a_crashed_project_never_mixes_in_its_old_journal(tmp_path: Path) -> None:
    target = tmp_path / "t.koers"
    crashed = textwrap.dedent(
        f"""
        import os, datetime as dt
        from pathlib import Path
        from app.services.project_file import create_project
        from app.services.requirements import blank_requirement, insert_requirement
        store = create_project(Path({str(target)!r}), "Old", dt.date(2026, 1, 5))
        with store.new_session() as session:
            for i in range(50):
                insert_requirement(session, i, blank_requirement(f"old {{i}}"))
        os._exit(0)  # a crash: no checkpoint, no unlock
        """
    )
    subprocess.run([sys.executable, "-c", crashed], check=True)
    assert (tmp_path / "t.koers-wal").exists()
    source = create_project(tmp_path / "s.koers", "New", START)
    source.copy_to(target, overwrite=True)
    source.close()
    copy = open_store(target)
    with copy.new_session() as session:
        assert list_requirements(session) == []
    copy.close()


def test_copy_over_a_project_open_elsewhere_is_refused(tmp_path: Path) -> None:
    held = create_project(tmp_path / "held.koers", "Held", START)
    source = create_project(tmp_path / "s.koers", "S", START)
    with pytest.raises(ProjectLocked):
        source.copy_to(tmp_path / "held.koers", overwrite=True)
    source.close()
    with held.new_session() as session:
        assert list_requirements(session) == []
    held.close()
