"""The main window as a user meets it: open, edit, undo, save as, refusals, locks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.commands.document import ProjectDocument
from app.services.charter import read_charter
from app.views.main_window import MainWindow
from tests.views.conftest import DialogLog


def test_text_renders_as_glyphs(qapp: object) -> None:
    """Without fonts Qt draws empty boxes: "I" and "W" must come out different."""

    def render(text: str) -> QImage:
        image = QImage(60, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont("DejaVu Sans", 20))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return image

    i, w = render("I"), render("W")
    assert i != w
    dark = sum(1 for x in range(60) for y in range(40) if QColor(w.pixel(x, y)).lightness() < 128)
    assert dark > 20


def test_opening_the_demo_shows_the_charter(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    assert window.project_view is not None
    form = window.project_view.plan.charter
    assert form.lines["name"].text() == "CRM migration to Salesforce"
    assert "cloud CRM" in form.texts["goal"].toPlainText()
    assert window.windowTitle().startswith("CRM migration to Salesforce — demo.koers")
    assert window.project_view.tabText(0) == "Plan"


def test_a_charter_edit_is_stored_and_undone_from_the_edit_menu(
    window: MainWindow, demo_file: Path, qtbot: object
) -> None:
    window.open_path(demo_file)
    assert window.project_view is not None
    editor = window.project_view.plan.charter.lines["sponsor"]
    editor.setText("Board of directors")
    editor.editingFinished.emit()
    document = window.document
    assert document is not None
    assert document.read(read_charter).sponsor == "Board of directors"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert document.read(read_charter).sponsor == "Marieke de Vries (COO)"
    assert editor.text() == "Marieke de Vries (COO)"
    window.redo_action.trigger()
    assert editor.text() == "Board of directors"


def test_an_impossible_date_is_refused_with_a_message(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    window.open_path(demo_file)
    assert window.project_view is not None and window.document is not None
    finish = window.project_view.plan.charter.optional_dates["target_finish"]
    stored = window.document.read(read_charter).target_finish
    finish.editor.setDate(finish.editor.minimumDate())
    finish.editor.editingFinished.emit()
    assert dialogs.errors and "before the start date" in dialogs.errors[0][1]
    assert window.document.read(read_charter).target_finish == stored
    assert finish.value() == stored


def test_adding_and_moving_requirements_from_the_panel(window: MainWindow, demo_file: Path) -> None:
    window.open_path(demo_file)
    assert window.project_view is not None
    panel = window.project_view.plan.requirements
    panel.select_requirement(panel.model.requirement(1).id)
    panel.add_action.trigger()
    assert panel.model.requirement(2).title == "New requirement"
    assert panel.model.requirement(2).ref == "REQ-011"
    panel.up_action.trigger()
    assert panel.model.requirement(1).title == "New requirement"
    panel.remove_action.trigger()
    assert panel.model.rowCount() == 10
    panel.filter.setText("outlook")
    assert panel.proxy.rowCount() == 1


def test_save_as_continues_in_the_copy(
    window: MainWindow, demo_file: Path, dialogs: DialogLog, tmp_path: Path
) -> None:
    window.open_path(demo_file)
    target = tmp_path / "copy.koers"
    dialogs.save_paths.append(target)
    window.save_as()
    document = window.document
    assert document is not None and document.path == target
    assert "copy.koers" in window.windowTitle()
    assert window.project_view is not None
    editor = window.project_view.plan.charter.lines["code"]
    editor.setText("CRM-NEW")
    editor.editingFinished.emit()
    window.set_document(None)
    for path, code in ((demo_file, "CRM-2027"), (target, "CRM-NEW")):
        other = ProjectDocument.open(path)
        assert other.read(read_charter).code == code
        other.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.koers", "demo.koers"]


def test_refused_files_get_a_message_and_stay_untouched(
    window: MainWindow, tmp_path: Path, dialogs: DialogLog
) -> None:
    text = tmp_path / "notes.koers"
    text.write_text("not a project")
    assert not window.open_path(text)
    assert dialogs.errors == [("Cannot open project", "notes.koers is not a Koers project.")]
    assert text.read_text() == "not a project"
    assert window.document is None


def test_a_held_project_opens_read_only_on_request(
    window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    holder = ProjectDocument.open(demo_file)
    try:
        dialogs.read_only_answer = True
        assert window.open_path(demo_file)
        assert window.document is not None and window.document.read_only
        assert "[read-only]" in window.windowTitle()
        assert window.project_view is not None
        assert window.project_view.plan.charter.lines["name"].isReadOnly()
        window.set_document(None)
        dialogs.read_only_answer = False
        assert not window.open_path(demo_file)
    finally:
        holder.close()


def test_new_project_asks_for_a_file_first(
    window: MainWindow, dialogs: DialogLog, tmp_path: Path
) -> None:
    dialogs.save_paths.append(tmp_path / "Intranet.koers")
    window.new_project()
    assert window.document is not None
    assert window.document.read(read_charter).name == "Intranet"
    assert window.document.read(read_charter).start_date == dt.date.today()


def test_recent_files_and_restore_backup(
    window: MainWindow, demo_file: Path, dialogs: DialogLog, tmp_path: Path, monkeypatch: object
) -> None:
    window.open_path(demo_file)
    assert window.document is not None
    window.document.snapshot()
    assert window.settings.recent_files()[0] == demo_file.resolve()
    snapshots = window.document.snapshots()
    assert len(snapshots) == 1
    from app.views import main_window as module

    class Chooser:
        DialogCode = module.BackupsDialog.DialogCode

        def __init__(self, found: list[object], parent: object) -> None:
            self.found = found

        def exec(self) -> object:
            return self.DialogCode.Accepted

        def chosen(self) -> str:
            return str(self.found[0].path)  # type: ignore[attr-defined]

    monkeypatch.setattr(module, "BackupsDialog", Chooser)  # type: ignore[attr-defined]
    restored = tmp_path / "restored.koers"
    dialogs.save_paths.append(restored)
    window.restore_backup()
    assert window.document.path == restored
    assert window.document.read(read_charter).name == "CRM migration to Salesforce"


def test_a_bad_duration_gets_a_helpful_message(qapp: object) -> None:
    from app.domain.validation import InvalidValue
    from app.views.labels import refusal_text

    text = refusal_text(InvalidValue("duration", "duration.unknown_unit", "5 parsecs"))
    assert text.startswith("Duration") and "5d" in text
    cycle = refusal_text(InvalidValue("predecessors", "cycle", "A → B"))
    assert "Predecessors" in cycle and "wait for each other" in cycle
