"""The ``NAME.koers.lock`` file that tells a second instance who holds a project."""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a project open, as written in its lock file."""

    user: str
    host: str
    pid: int
    since: str

    def is_on_this_host(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _current_holder() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return LockHolder(
        user=user,
        host=socket.gethostname(),
        pid=os.getpid(),
        since=dt.datetime.now().replace(microsecond=0).isoformat(),
    )


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (Windows and POSIX)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        exit_code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
        kernel32.CloseHandle(handle)
        return exit_code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> LockHolder | None:
    """The holder named in a lock file, or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProjectLock:
    """An advisory lock made of a file created atomically with O_EXCL.

    Plain files, not OS locks: they behave the same on Windows, macOS and Linux
    and on network drives, and they can say who holds the project.
    """

    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; return the other holder instead when someone has it."""
        for _attempt in range(2):
            if self._create():
                self.held = True
                return None
            holder = read_holder(self.path)
            if holder is not None and not self._is_stale(holder):
                return holder
            # Stale (its process is gone on this host) or unreadable: take it over.
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                return holder
        holder = read_holder(self.path)
        return holder or _current_holder()

    def _create(self) -> bool:
        payload = json.dumps(_as_dict(_current_holder())).encode("utf-8")
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        return True

    @staticmethod
    def _is_stale(holder: LockHolder) -> bool:
        if not holder.is_on_this_host():
            return False
        return holder.pid != os.getpid() and not pid_alive(holder.pid)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = read_holder(self.path)
        if holder is not None and holder.pid == os.getpid() and holder.is_on_this_host():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def _as_dict(holder: LockHolder) -> dict[str, object]:
    return {"user": holder.user, "host": holder.host, "pid": holder.pid, "since": holder.since}
