"""Long work off the GUI thread: how a service reports progress and learns it is cancelled.

A service that can take long accepts ``progress: Progress | None``. It calls it with
``(done, total)`` as the work goes (``total`` 0: how far is unknown). The caller cancels by
raising ``Cancelled`` from that call; the service lets it through, and because every file
Koers writes goes through ``atomic_target``, a cancelled export or import leaves neither
its target nor a temporary file behind (an existing target stays as it was).

``Meter`` spreads the calls over a job of several stages and calls back at most once per
permille, so a loop over a million rows costs a few thousand calls. ``read_project_file``
runs a read-only service on a session of its own, as a worker thread must: the window's
session is not thread-safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, overload

Progress = Callable[[int, int], None]

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

STEPS = 1000  # a Meter's scale: permille


class Cancelled(Exception):
    """The user cancelled the work; raised by a progress callback, let through by services."""


class Meter:
    """One progress scale (0..``STEPS``) over the stages of a job.

    ``advance(share)`` moves it by a share of the whole (0.25: a quarter); ``rows(items,
    share)`` wraps a sequence so that iterating it advances by ``share`` in all, item by
    item; ``finish()`` reports the end. Each call that moves the scale by a permille or
    more calls ``progress`` (which may raise Cancelled).
    """

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0.0
        self._reported = -1

    def start(self) -> None:
        self._report(force=True)

    def advance(self, share: float) -> None:
        self.done = min(float(STEPS), self.done + share * STEPS)
        self._report()

    def finish(self) -> None:
        self.done = float(STEPS)
        self._report(force=True)

    def rows(self, items: Sequence[T], share: float) -> Sequence[T]:
        if self.progress is None or not items:
            self.advance(share)
            return items
        return _MeteredRows(items, self, share)

    def _report(self, *, force: bool = False) -> None:
        if self.progress is None:
            return
        step = int(self.done)
        if force or step != self._reported:
            self._reported = step
            self.progress(step, STEPS)


class _MeteredRows(Sequence[T]):
    """A sequence that advances a meter while it is iterated (once: a second pass, such as
    a writer's look at the first rows, does not count again)."""

    def __init__(self, items: Sequence[T], meter: Meter, share: float) -> None:
        self._items = items
        self._meter = meter
        self._each = share / len(items)
        self._left = len(items)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._items[index]

    def __iter__(self) -> Iterator[T]:
        meter = self._meter
        for item in self._items:
            if self._left > 0:
                self._left -= 1
                meter.advance(self._each)
            yield item


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` when there is one."""
    if progress is not None:
        progress(done, total)


def read_project_file(
    path: Path,
    query: Callable[Concatenate[Any, P], R],
    *args: P.args,
    **kwargs: P.kwargs,
) -> R:
    """Run a read-only service on its own read-only session of the project file at ``path``.

    For a worker thread: the open project's window keeps its session to itself, SQLite's
    write-ahead log lets this reader see every committed change beside that writer.
    """
    from app.services.project_file import open_project  # the store loads on first use

    store = open_project(Path(path), read_only=True)
    try:
        with store.new_session() as session:
            return query(session, *args, **kwargs)
    finally:
        store.close()
