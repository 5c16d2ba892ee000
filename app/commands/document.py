"""The open project as the views see it: one store, one session, one undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.models.backups import Snapshot, data_dir, list_snapshots, take_snapshot
from app.models.store import (
    DamagedFile,
    FileMissing,
    ForeignDatabase,
    NewerSchema,
    NotSQLite,
    ProjectLocked,
    ProjectStore,
    ReadOnlyUpgrade,
    StoreError,
)
from app.services.changes import ChangeSet
from app.services.project_file import create_project, open_project, restore_snapshot
from app.services.schedule import ProjectSchedule, duration_fields, read_schedule

__all__ = [
    "DamagedFile",
    "FileMissing",
    "ForeignDatabase",
    "NewerSchema",
    "NotSQLite",
    "ProjectDocument",
    "ProjectLocked",
    "ReadOnlyDocument",
    "ReadOnlyUpgrade",
    "StoreError",
]

P = ParamSpec("P")
T = TypeVar("T")

CHECKPOINT_IDLE_MS = 2_000
SNAPSHOT_EVERY_MS = 10 * 60_000
FIRST_SNAPSHOT_MS = 3_000


def demo_path() -> Path:
    """Where File > Open the demo project writes the demo (the user data folder)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo.koers"


class ReadOnlyDocument(PermissionError):
    """An edit was tried on a project opened read-only."""


class ProjectDocument(QObject):
    """Owns the project file while it is open; every change is announced by ``changed``."""

    changed = Signal(object)  # ChangeSet
    path_changed = Signal(object)  # Path

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._session = store.new_session()
        self._schedule: ProjectSchedule | None = None
        self.undo_stack = QUndoStack(self)
        self._edited_since_snapshot = False
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=CHECKPOINT_IDLE_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        self._snapshot_timer = QTimer(self, interval=SNAPSHOT_EVERY_MS)
        self._snapshot_timer.timeout.connect(self._periodic_snapshot)
        self._first_snapshot = QTimer(self, singleShot=True, interval=FIRST_SNAPSHOT_MS)
        self._first_snapshot.timeout.connect(self.snapshot)
        self._closed = False
        if not store.read_only:
            self._snapshot_timer.start()
            self._first_snapshot.start()

    # -- opening and closing ------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> ProjectDocument:
        return cls(open_project(Path(path), read_only=read_only))

    @classmethod
    def create(cls, path: Path, name: str, start: dt.date) -> ProjectDocument:
        return cls(create_project(Path(path), name, start, overwrite=True))

    @classmethod
    def create_demo(cls, path: Path, today: dt.date) -> ProjectDocument:
        from app.services.demo import build_demo  # only when asked: keeps start-up light

        return cls(build_demo(Path(path), today, overwrite=True))

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def upgraded_from(self) -> int | None:
        return self._store.upgraded_from

    def close(self) -> None:
        """Release the file: checkpoint so the .koers file is complete, drop the lock."""
        self._closed = True
        self._checkpoint_timer.stop()
        self._snapshot_timer.stop()
        self._first_snapshot.stop()
        self.undo_stack.clear()
        self._session.close()
        self._store.close()

    # -- reading and editing ---------------------------------------------------
    def read(self, query: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run a read-only service function on this project's session."""
        return query(self._session, *args, **kwargs)

    def execute(
        self, service: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run a service that writes (one transaction). Only commands call this."""
        if self.read_only:
            raise ReadOnlyDocument(str(self.path))
        return service(self._session, *args, **kwargs)

    def push(self, command: QUndoCommand) -> None:
        """Do an edit and put it on the undo stack; re-raise what made it fail."""
        if self.read_only:
            raise ReadOnlyDocument(str(self.path))
        self.undo_stack.push(command)
        error = getattr(command, "error", None)
        if error is not None:
            raise error

    def schedule(self) -> ProjectSchedule:
        """The computed schedule, recomputed after any edit that can move dates."""
        if self._schedule is None:
            self._schedule = read_schedule(self._session)
        return self._schedule

    def _follow_schedule(self, change: ChangeSet) -> None:
        """Reschedule incrementally after a duration edit; otherwise recompute when asked."""
        computed = self._schedule
        if computed is None or change.everything or not change.durations:
            self._schedule = None
            return
        durations = duration_fields(self._session, list(change.durations))
        if not computed.apply_durations(durations):
            self._schedule = None

    def announce(self, change: ChangeSet) -> None:
        """Called by commands after their transaction committed."""
        if change.schedule_dirty or change.everything:
            self._follow_schedule(change)
        self._edited_since_snapshot = True
        self._checkpoint_timer.start()
        self.changed.emit(change)

    # -- file operations ---------------------------------------------------------
    def checkpoint(self) -> None:
        if not self._closed:
            self._store.checkpoint()

    def save_copy(self, target: Path) -> None:
        """Write a complete copy elsewhere; this window stays on the current file."""
        self._store.copy_to(Path(target), overwrite=True)

    def save_as(self, target: Path) -> None:
        """Copy to ``target`` and continue there; the undo history carries over."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return
        self.save_copy(target)
        new_store = open_project(target)
        self._session.close()
        self._store.close()
        self._store = new_store
        self._session = new_store.new_session()
        self._schedule = None
        self.path_changed.emit(target)
        self.changed.emit(ChangeSet.all())

    def snapshot(self) -> Path | None:
        if self.read_only or self._closed:
            return None
        self._edited_since_snapshot = False
        return take_snapshot(self._store)

    def _periodic_snapshot(self) -> None:
        if self._edited_since_snapshot:
            self.snapshot()

    def snapshots(self) -> list[Snapshot]:
        return list_snapshots(self.path)

    @staticmethod
    def restore(snapshot: Path, target: Path) -> None:
        restore_snapshot(snapshot, target, overwrite=True)
