"""Writing a file so that an interruption leaves either nothing or a complete file.

It sits in the lowest layer because every writer shares it: the project store,
the exporters and the printers.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class TargetExists(FileExistsError):
    """The destination is there and the caller did not ask to replace it."""


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_directory(path: Path) -> None:
    """Make a rename durable; Windows has no directory handles to flush."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def partial_sibling(target: Path) -> Path:
    """A hidden, unique name beside ``target`` on the same file system."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


@contextlib.contextmanager
def atomic_target(target: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary sibling to write; on success flush it and rename it over ``target``."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise TargetExists(str(target))
    if not target.parent.is_dir():
        raise FileNotFoundError(str(target.parent))
    temp = partial_sibling(target)
    try:
        yield temp
        if not temp.exists():
            raise FileNotFoundError(str(temp))
        fsync_file(temp)
        os.replace(temp, target)
        fsync_directory(target.parent)
    finally:
        remove_with_side_files(temp)
