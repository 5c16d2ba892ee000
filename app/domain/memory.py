"""Building large plain-data structures without the cyclic garbage collector in the way."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a graph or schedule is built.

    Building makes hundreds of thousands of lists and tuples and no reference cycles; with
    the collector on, each few hundred allocations set off a collection that walks the
    growing heap again (on 100,000 tasks that is over a third of the time). Afterwards the
    new objects go to the oldest generation, where long-lived data belongs.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        # Move what was built straight to the oldest generation (freeze, then unfreeze:
        # two list splices) instead of letting the first young collection walk it all.
        gc.freeze()
        gc.unfreeze()
        gc.enable()
