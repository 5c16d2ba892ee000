"""Every schema version ever released opens in this Koers: older files are upgraded.

Each schema change commits a file made with the previous schema to fixtures/
(``koers demo tests/models/fixtures/schema-vN.koers --today 2026-11-26``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.page_setup import PageSetup
from app.models.schema import SCHEMA_VERSION
from app.models.store import backup_name, open_store, read_header
from app.services.charter import read_charter
from app.services.requirements import list_requirements
from app.services.view_settings import page_setup_key, read_page_setup, write_view_setting

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema-v*.koers"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert f"schema-v{SCHEMA_VERSION}.koers" in {p.name for p in FIXTURES}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_file_of_every_schema_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    version = read_header(path).user_version
    store = open_store(path)
    with store.new_session() as session:
        assert read_charter(session).name == "CRM migration to Salesforce"
        assert len(list_requirements(session)) == 10
    store.close()
    assert read_header(path).user_version == SCHEMA_VERSION
    assert backup_name(path, version).exists() == (version < SCHEMA_VERSION)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_an_upgraded_file_has_the_current_schema(fixture: Path, tmp_path: Path) -> None:
    """v1→current, v2→current …: the same tables, columns and keys as a new file."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models.base import Base

    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    store = open_store(path)
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        connection.rollback()
    # Schema 3: the page setup is saved in the project.
    with store.new_session() as session:
        assert read_page_setup(session) == PageSetup()
        setup = PageSetup(paper="A3", pages_tall=1)
        write_view_setting(session, page_setup_key, setup.to_json())
        assert read_page_setup(session) == setup
    store.close()
