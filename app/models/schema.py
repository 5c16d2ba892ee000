"""The numbers that mark a file as a Koers project and say which schema it has."""

from __future__ import annotations

# "KOER" in ASCII, stored in PRAGMA application_id (SQLite header offset 68).
APPLICATION_ID = 0x4B4F4552
# Mirrors the Alembic head: migration "0001" gives user_version 1, and so on.
SCHEMA_VERSION = 5
FILE_SUFFIX = ".koers"


def revision_for(version: int) -> str:
    """The Alembic revision id of a schema version."""
    return f"{version:04d}"
