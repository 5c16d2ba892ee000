"""A ProjectDocument on a fresh demo file for command tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.commands.document import ProjectDocument
from app.services.project_file import dump_project


@pytest.fixture
def document(qapp: object, demo_file: Path) -> Iterator[ProjectDocument]:
    doc = ProjectDocument.open(demo_file)
    yield doc
    doc.close()


def dump(document: ProjectDocument) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, as the document's own session sees them."""
    return document.read(dump_project)
