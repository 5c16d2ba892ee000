"""A child process for the crash-safety tests; the parent kills it with SIGKILL.

Usage::

    python tests/models/crash_child.py edits FILE SEED
    python tests/models/crash_child.py ack-before-commit FILE SEED
    python tests/models/crash_child.py save-as FILE SEED TARGET

Protocol on stdout, one line per event, each written and flushed in one piece:

``start``          imports done, about to open FILE
``ready COUNT``    FILE is open for editing and holds COUNT requirements
``ack N``          (edits) edit N is committed; (ack-before-commit) edit N is about to be made
``saved K``        (save-as) copy K of FILE is complete at TARGET

Edit N inserts a requirement titled ``edit-N`` at ``edit_position(SEED, N, count)``,
where ``count`` is the number of requirements before it. Numbering continues from
the number of requirements already in the file, so a file that holds only these
edits is rebuilt by replaying edits 0, 1, 2, ... in pure Python.
"""

from __future__ import annotations

import queue
import random
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

MODES = ("edits", "ack-before-commit", "save-as")
#: In ack-before-commit mode: the pause between the (premature) ack and the commit.
EARLY_ACK_PAUSE = 0.2
#: A child whose parent vanished without killing it stops on its own.
MAX_LIFETIME = 120.0


def edit_title(n: int) -> str:
    return f"edit-{n}"


def edit_position(seed: str, n: int, count: int) -> int:
    """Where edit ``n`` goes in a list of ``count`` rows; mostly before the end."""
    return random.Random(f"{seed}:{n}").randrange(count + 1)


def say(line: str) -> None:
    # One write of a short line: a pipe write of <= PIPE_BUF bytes is atomic,
    # so the parent sees either the whole line or nothing of it.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_edits(path: Path, seed: str, *, ack_first: bool) -> None:
    from sqlalchemy import func, select

    from app.models.entities import Requirement
    from app.services.project_file import open_project
    from app.services.requirements import blank_requirement, insert_requirement
    from app.services.transaction import unit_of_work

    say("start")
    store = open_project(path)
    session = store.new_session()
    with unit_of_work(session):
        count = session.scalar(select(func.count()).select_from(Requirement)) or 0
    say(f"ready {count}")
    deadline = time.monotonic() + MAX_LIFETIME
    n = count
    while time.monotonic() < deadline:
        position = edit_position(seed, n, count)
        if ack_first:
            say(f"ack {n}")
            time.sleep(EARLY_ACK_PAUSE)
            insert_requirement(session, position, blank_requirement(edit_title(n)))
        else:
            insert_requirement(session, position, blank_requirement(edit_title(n)))
            say(f"ack {n}")
        n += 1
        count += 1
    session.close()
    store.close()


def run_save_as(path: Path, target: Path) -> None:
    from app.services.project_file import open_project

    say("start")
    store = open_project(path)
    say("ready 0")
    deadline = time.monotonic() + MAX_LIFETIME
    k = 0
    while time.monotonic() < deadline:
        store.copy_to(target, overwrite=True)
        say(f"saved {k}")
        k += 1
    store.close()


# --- parent side: start a child, wait for a word, kill it, collect what it said ---

PROTOCOL = re.compile(r"^(start|ready \d+|ack \d+|saved \d+)$")
CHILD = Path(__file__).resolve()


@dataclass
class ChildOutput:
    """Everything a killed child wrote: protocol lines and anything else (noise)."""

    lines: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    returncode: int | None = None
    pid: int = 0

    def numbers(self, word: str) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith(word + " ")]


class Child:
    """A running crash_child.py; use as a context manager so it is always killed and reaped.

    stderr is merged into stdout and a thread reads the pipe, so the parent can
    wait for a line with a timeout and still collect every line written before
    the kill (they stay in the pipe after the writer dies).
    """

    def __init__(self, mode: str, *args: object) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), mode, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.output = ChildOutput(pid=self.proc.pid)
        self._queue: queue.Queue[bytes | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self._queue.put(raw)
        self._queue.put(None)

    def _take(self, raw: bytes) -> str:
        text = raw.decode("utf-8", "replace")
        line = text.rstrip("\n")
        if text.endswith("\n") and PROTOCOL.match(line):
            self.output.lines.append(line)
        else:
            self.output.noise.append(text)
        return line

    def wait_for(self, word: str, timeout: float = 60.0) -> str:
        """Block until the child writes a line starting with ``word``; return it."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                raw = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"child wrote no {word!r} in {timeout} s") from None
            if raw is None:
                self._queue.put(None)
                noise = "".join(self.output.noise)
                raise RuntimeError(f"child ended before {word!r}:\n{noise}")
            line = self._take(raw)
            if line == word or line.startswith(word + " "):
                return line

    def kill(self) -> ChildOutput:
        """SIGKILL (TerminateProcess on Windows), reap, and read what was written before."""
        self.proc.kill()
        self.output.returncode = self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        while True:
            try:
                raw = self._queue.get_nowait()
            except queue.Empty:
                break
            if raw is not None:
                self._take(raw)
        return self.output

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.proc.returncode is None:
            self.kill()


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in MODES or (argv[0] == "save-as" and len(argv) < 4):
        sys.stderr.write(__doc__ or "")
        return 2
    mode, path, seed = argv[0], Path(argv[1]), argv[2]
    if mode == "save-as":
        run_save_as(path, Path(argv[3]))
    else:
        run_edits(path, seed, ack_first=mode == "ack-before-commit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
