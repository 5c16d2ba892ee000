"""Rolling automatic snapshots of open projects, kept in the user data folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.models.store import ProjectStore

KEEP = 10
DATA_DIR_VARIABLE = "KOERS_DATA_DIR"


def data_dir() -> Path:
    """Where Koers keeps its own files; tests point it elsewhere with KOERS_DATA_DIR."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Koers", appauthor=False))


@dataclass(frozen=True, slots=True)
class Snapshot:
    path: Path
    taken: dt.datetime
    project: str


def snapshot_folder(project: Path) -> Path:
    """One folder per project file, named after it and its full path."""
    resolved = str(project.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{project.stem}-{digest}"


def take_snapshot(store: ProjectStore, when: dt.datetime | None = None) -> Path:
    """Copy the open project into its backup folder and drop all but the newest ``KEEP``."""
    when = when or dt.datetime.now()
    folder = snapshot_folder(store.path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{when:%Y%m%d-%H%M%S-%f}.koers"
    store.copy_to(target, overwrite=True)
    for old in list_snapshots(store.path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return target


def list_snapshots(project: Path) -> list[Snapshot]:
    """The snapshots of a project, newest first."""
    folder = snapshot_folder(project)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.koers"):
        try:
            taken = dt.datetime.strptime(path.stem, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Snapshot(path, taken, project.name))
    return sorted(found, key=lambda s: s.taken, reverse=True)
