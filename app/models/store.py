"""Opening, creating, checking, copying and closing a ``.koers`` project file.

The file is an SQLite database marked by ``PRAGMA application_id``; its schema
version is ``PRAGMA user_version``. Both sit in the 100-byte header, so a file
is classified before SQLite (or Alembic) is asked anything.
"""

from __future__ import annotations

import contextlib
import glob
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.domain.files import SIDE_SUFFIXES, atomic_target
from app.models.base import Base
from app.models.lock import LockHolder, ProjectLock, pid_alive
from app.models.schema import APPLICATION_ID, SCHEMA_VERSION, revision_for

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
DATABASE_ERRORS = (sqlite3.DatabaseError, sa_exc.DatabaseError)


class StoreError(Exception):
    """A project file cannot be opened or written; ``code`` tells which rule it broke."""

    code = "store_error"

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class FileMissing(StoreError):
    code = "missing"


class NotSQLite(StoreError):
    code = "not_sqlite"


class ForeignDatabase(StoreError):
    code = "foreign_database"


class NewerSchema(StoreError):
    code = "newer_schema"

    def __init__(self, path: Path, message: str, version: int) -> None:
        super().__init__(path, message)
        self.version = version


class DamagedFile(StoreError):
    code = "damaged"


class ProjectLocked(StoreError):
    code = "locked"

    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(
            path,
            f"{path.name} is open by {holder.user} on {holder.host} "
            f"(process {holder.pid}, since {holder.since})",
        )
        self.holder = holder


class ReadOnlyUpgrade(StoreError):
    code = "read_only_upgrade"


@dataclass(frozen=True, slots=True)
class FileHeader:
    """What the first 100 bytes of a file say about it."""

    is_sqlite: bool
    application_id: int
    user_version: int


def read_header(path: Path) -> FileHeader:
    with open(path, "rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return FileHeader(False, 0, 0)
    (user_version,) = struct.unpack(">i", head[60:64])
    (application_id,) = struct.unpack(">i", head[68:72])
    return FileHeader(True, application_id & 0xFFFFFFFF, user_version)


def classify(path: Path) -> FileHeader:
    """Refuse, with its own message, anything that is not a Koers file we can read."""
    if not path.is_file():
        raise FileMissing(path, f"{path} does not exist or is not a file")
    try:
        header = read_header(path)
    except OSError as exc:
        raise FileMissing(path, f"{path} cannot be read: {exc.strerror}") from exc
    if not header.is_sqlite:
        raise NotSQLite(path, f"{path.name} is not a Koers project (it is not an SQLite database)")
    if header.application_id != APPLICATION_ID:
        raise ForeignDatabase(
            path, f"{path.name} is an SQLite database of another program, not a Koers project"
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerSchema(
            path,
            f"{path.name} was saved by a newer Koers (file version {header.user_version}, "
            f"this Koers reads up to {SCHEMA_VERSION}); update Koers to open it",
            header.user_version,
        )
    return header


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE_SUFFIXES]


def _connect_uri(path: Path, *, read_only: bool) -> str:
    uri = path.resolve().as_uri()
    if not read_only:
        return f"{uri}?mode=rw"
    if any(p.exists() for p in _side_files(path)):
        # Someone has it open (or crashed): read through its journal, leave it be.
        return f"{uri}?mode=ro"
    # Nobody has it open: read it as an immutable file so no -wal/-shm appear.
    return f"{uri}?mode=ro&immutable=1"


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    uri = _connect_uri(path, read_only=read_only)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(
            uri,
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )

    # One connection, so there is exactly one writer in this process.
    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA trusted_schema=OFF")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # pysqlite's own transaction handling is off; say BEGIN ourselves so a
        # transaction covers reads and writes alike.
        connection.exec_driver_sql("BEGIN")

    return engine


def _integrity_problems(engine: Engine, *, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
        connection.rollback()
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    return [] if problems == ["ok"] else problems


def _one_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return " ".join(str(original).split())


def _damaged(path: Path, problems: list[str]) -> DamagedFile:
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return DamagedFile(path, f"{path.name} is damaged: {problems[0]}{more}")


class ProjectStore:
    """An open project file: its engine, its lock and its session factory."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock | None, read_only: bool):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self.upgraded_from: int | None = None

    def new_session(self) -> Session:
        return self._sessions()

    def raw_connection(self) -> sqlite3.Connection:
        """The DB-API connection, for SQLite features SQLAlchemy does not wrap."""
        return self.engine.raw_connection().driver_connection  # type: ignore[return-value]

    def checkpoint(self) -> None:
        """Fold the WAL into the main file, so the .koers file is complete on its own."""
        if self.read_only:
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            connection.rollback()

    def copy_to(self, target: Path, *, overwrite: bool = False) -> None:
        """Write a complete copy through SQLite's backup API, then rename it into place.

        A target that another Koers holds open is refused; a target left with a
        journal by a crash has it folded in first, so the old journal can never be
        replayed onto the new file.
        """
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            raise FileExistsError(f"{target.name} is the project itself")
        lock = ProjectLock(target)
        holder = lock.acquire()
        if holder is not None:
            raise ProjectLocked(target, holder)
        try:
            if overwrite and target.exists():
                _fold_journal(target)
            _remove_stale_partials(target)
            self._write_copy(target, overwrite=overwrite)
        finally:
            lock.release()

    def _write_copy(self, target: Path, *, overwrite: bool) -> None:
        with atomic_target(target, overwrite=overwrite) as temp:
            pooled = self.engine.raw_connection()
            try:
                destination = sqlite3.connect(temp, isolation_level=None)
                try:
                    pooled.driver_connection.backup(destination)  # type: ignore[union-attr]
                finally:
                    destination.close()
            finally:
                pooled.close()

    def close(self) -> None:
        try:
            if not self.read_only:
                with contextlib.suppress(Exception):
                    self.checkpoint()
            self.engine.dispose()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _fold_journal(path: Path) -> None:
    """Checkpoint and drop the -wal/-shm a crashed writer left beside ``path``."""
    if not any(p.exists() for p in _side_files(path)):
        return
    if read_header(path).is_sqlite:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.DatabaseError:
            pass  # a damaged file that is about to be replaced anyway
        finally:
            connection.close()
    for side in _side_files(path):
        side.unlink(missing_ok=True)


def _remove_stale_partials(target: Path) -> None:
    """Delete temporary siblings left by Koers processes that were killed mid-write."""
    for partial in target.parent.glob(f".{glob.escape(target.name)}.*-*.partial*"):
        pid_text = partial.name[len(target.name) + 2 :].split("-", 1)[0]
        if pid_text.isdigit() and not pid_alive(int(pid_text)):
            partial.unlink(missing_ok=True)


def open_store(path: Path, *, read_only: bool = False) -> ProjectStore:
    """Open a project for editing (taking its lock) or for reading only."""
    path = Path(path)
    header = classify(path)
    lock: ProjectLock | None = None
    engine: Engine | None = None
    if not read_only:
        lock = ProjectLock(path)
        holder = lock.acquire()
        if holder is not None:
            raise ProjectLocked(path, holder)
    try:
        engine = _make_engine(path, read_only=read_only)
        store = ProjectStore(path, engine, lock, read_only)
        try:
            problems = _integrity_problems(engine, quick=True)
        except DATABASE_ERRORS as exc:
            raise DamagedFile(path, f"{path.name} is damaged: {_one_line(exc)}") from exc
        if problems:
            raise _damaged(path, problems)
        if header.user_version < SCHEMA_VERSION:
            if read_only:
                raise ReadOnlyUpgrade(
                    path,
                    f"{path.name} has an older file version and must be opened for "
                    "editing once to upgrade it",
                )
            store.upgraded_from = header.user_version
            _upgrade(store, header.user_version)
        return store
    except BaseException:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise


def backup_name(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def _upgrade(store: ProjectStore, from_version: int) -> None:
    """Copy the file aside, then run the Alembic migrations up to the head."""
    from app.models.migrate import upgrade_to_head

    store.copy_to(backup_name(store.path, from_version), overwrite=True)
    with store.engine.begin() as connection:
        upgrade_to_head(connection)
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def stamp(connection: Any) -> None:
    """Mark a freshly created schema with our id, version and Alembic head."""
    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    connection.execute(
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    connection.execute(
        text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
        {"v": revision_for(SCHEMA_VERSION)},
    )


def create_store(
    path: Path, populate: Callable[[Session], None], *, overwrite: bool = False
) -> ProjectStore:
    """Build a new project in a temporary sibling, rename it into place, then open it."""
    path = Path(path)
    with atomic_target(path, overwrite=overwrite) as temp:
        sqlite3.connect(temp).close()
        engine = _make_engine(temp, read_only=False)
        try:
            with engine.begin() as connection:
                Base.metadata.create_all(connection)
                stamp(connection)
            with Session(engine) as session:
                populate(session)
                session.commit()
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
                connection.rollback()
        finally:
            engine.dispose()
    return open_store(path)


def check_store(path: Path) -> ProjectStore:
    """Open read-only without leaving side files, and run a full integrity check."""
    path = Path(path)
    classify(path)
    engine = _make_engine(path, read_only=True)
    store = ProjectStore(path, engine, None, read_only=True)
    try:
        problems = _integrity_problems(engine, quick=False)
    except DATABASE_ERRORS as exc:
        engine.dispose()
        raise DamagedFile(path, f"{path.name} is damaged: {_one_line(exc)}") from exc
    if problems:
        engine.dispose()
        raise _damaged(path, problems)
    return store
