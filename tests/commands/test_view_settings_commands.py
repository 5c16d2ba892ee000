"""Page setup and other view settings: saved by undoable commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.commands.document import ProjectDocument, ReadOnlyDocument
from app.commands.view_settings import SetPageSetupCommand, SetViewSettingCommand
from app.domain.page_setup import PageSetup, Timescale
from app.domain.validation import InvalidValue
from app.services.changes import ChangeSet
from app.services.view_settings import page_setup_key, read_page_setup, read_view_setting
from tests.commands.conftest import dump


def test_page_setup_is_saved_undone_and_redone(document: ProjectDocument) -> None:
    seen: list[ChangeSet] = []
    document.changed.connect(seen.append)
    before = dump(document)
    setup = PageSetup(
        paper="A3",
        pages_wide=2,
        timescale=Timescale.MONTH,
        date_from=dt.date(2026, 12, 1),
        header=("{project}", "", "{manager}"),
    )
    command = SetPageSetupCommand(document, setup)
    assert command.text() == "Page setup"
    document.push(command)
    after = dump(document)
    assert after != before
    assert document.read(read_page_setup) == setup
    assert document.undo_stack.count() == 1

    document.undo_stack.undo()
    assert dump(document) == before
    assert document.read(read_page_setup) == PageSetup()
    assert document.read(read_view_setting, page_setup_key) is None

    document.undo_stack.redo()
    assert dump(document) == after
    assert document.read(read_page_setup) == setup
    assert len(seen) == 3
    assert all(change.touches("view_setting") for change in seen)
    assert not any(change.schedule_dirty for change in seen)


def test_a_second_page_setup_undoes_to_the_first(document: ProjectDocument) -> None:
    first = PageSetup(zoom_percent=80)
    second = first.replace(landscape=False, legend=False)
    document.push(SetPageSetupCommand(document, first))
    document.push(SetPageSetupCommand(document, second))
    assert document.read(read_page_setup) == second
    document.undo_stack.undo()
    assert document.read(read_page_setup) == first
    document.undo_stack.redo()
    assert document.read(read_page_setup) == second
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.read(read_page_setup) == PageSetup()


def test_saving_the_same_page_setup_leaves_no_undo_step(document: ProjectDocument) -> None:
    setup = PageSetup(paper="Letter")
    document.push(SetPageSetupCommand(document, setup))
    document.push(SetPageSetupCommand(document, setup))
    assert document.undo_stack.count() == 1


def test_an_unprintable_page_setup_is_refused_before_anything_happens(
    document: ProjectDocument,
) -> None:
    before = dump(document)
    with pytest.raises(InvalidValue) as refused:
        document.push(SetPageSetupCommand(document, PageSetup(zoom_percent=5)))
    assert refused.value.field == "zoom_percent"
    assert dump(document) == before
    assert document.undo_stack.count() == 0


def test_a_view_setting_is_set_and_removed_undoably(document: ProjectDocument) -> None:
    document.push(SetViewSettingCommand(document, "table.columns", '["name"]', "Columns"))
    before = dump(document)
    remove = SetViewSettingCommand(document, "table.columns", None, "Reset columns")
    document.push(remove)
    assert remove.text() == "Reset columns"
    assert document.read(read_view_setting, "table.columns") is None
    document.undo_stack.undo()
    assert dump(document) == before
    assert document.read(read_view_setting, "table.columns") == '["name"]'
    document.undo_stack.redo()
    assert document.read(read_view_setting, "table.columns") is None
    with pytest.raises(InvalidValue):
        SetViewSettingCommand(document, "", "1", "Nothing")


def test_a_read_only_document_refuses_a_page_setup(qapp: object, demo_file: Path) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)
    try:
        with pytest.raises(ReadOnlyDocument):
            document.push(SetPageSetupCommand(document, PageSetup()))
        assert document.read(read_page_setup) == PageSetup()
    finally:
        document.close()
