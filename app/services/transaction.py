"""One transaction per use case, committed before the caller is told it is done."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session


@contextlib.contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """Commit on success, roll back on any error, and never leave a transaction open.

    An open read transaction would pin the WAL and stop checkpoints, so reads go
    through here too.
    """
    if session.in_transaction():
        session.commit()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
