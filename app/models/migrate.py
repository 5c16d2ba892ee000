"""Running the Alembic migrations that live inside the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Any | None = None) -> Any:
    """An Alembic Config pointing at our migrations; no alembic.ini is needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade_to_head(connection: Any) -> None:
    """Migrate the schema on ``connection`` (inside the caller's transaction)."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
