"""The Dutch translation: complete, faithful, up to date with the sources, and really shown."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.requirements import MoSCoW
from app.views import i18n
from app.views.main_window import MainWindow
from app.views.requirements_model import COLUMNS

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "resources" / "translations" / "koers_nl.ts"
SOURCE_DIRS = ("app/views", "app/commands")  # what `make lupdate` scans
SCREENSHOT = REPO / "build" / "screenshots" / "main-window-nl.png"

ENGLISH_MENUS = ["&File", "&Edit", "&Project", "&View", "&Help"]
DUTCH_MENUS = ["&Bestand", "Be&werken", "&Project", "Bee&ld", "&Help"]
DUTCH_PRIORITIES = {
    MoSCoW.MUST: "Moet",
    MoSCoW.SHOULD: "Zou moeten",
    MoSCoW.COULD: "Kan",
    MoSCoW.WONT: "Wordt niet",
}

PLACEHOLDER = re.compile(r"\{\d+\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def qt_tool(name: str) -> Path:
    """A PySide6 command-line tool installed beside this Python."""
    return Path(sys.executable).with_name(name)


def read_ts(path: Path) -> list[tuple[str, str, ET.Element | None]]:
    """(context, source, <translation> element) for every message in a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def accelerators(text: str) -> int:
    """How many `&` accelerators a label has (`&&` is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def mnemonic(text: str) -> str | None:
    match = re.search(r"&(.)", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def plan_tab_text(window: MainWindow) -> str:
    view = window.project_view
    assert view is not None, "no project is shown"
    return view.tabText(view.indexOf(view.plan))


# -- the .ts file itself ----------------------------------------------------------------
def test_every_message_has_a_faithful_translation() -> None:
    messages = read_ts(TS_FILE)
    assert messages, f"{TS_FILE} holds no messages"
    problems: list[str] = []
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        if translation is None:
            problems.append(f"{where}: no <translation> element")
            continue
        if translation.get("type") is not None:
            problems.append(f"{where}: marked {translation.get('type')}")
        # A plural message (%n) holds one form per grammatical number; each is checked.
        forms = [form.text or "" for form in translation.findall("numerusform")]
        for text in forms or [translation.text or ""]:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if accelerators(source) != accelerators(text):
                problems.append(f"{where}: {accelerators(text)} accelerators in {text!r}")
            if HTML_TAG.findall(source) != HTML_TAG.findall(text):
                problems.append(f"{where}: HTML tags differ in {text!r}")
            if source.count("…") != text.count("…"):
                problems.append(f"{where}: ellipsis lost or added in {text!r}")
    assert not problems, "\n".join(problems)


def test_ts_file_matches_the_sources(tmp_path: Path) -> None:
    lupdate = qt_tool("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip(f"{lupdate} is missing, so the .ts cannot be compared with the sources")
    sources = sorted(
        str(path.relative_to(REPO))
        for folder in SOURCE_DIRS
        for path in (REPO / folder).rglob("*.py")
    )
    fresh = tmp_path / "koers_nl.ts"
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    extracted = {(context, source) for context, source, _ in read_ts(fresh)}
    committed = {(context, source) for context, source, _ in read_ts(TS_FILE)}
    assert extracted, "lupdate found no translatable text at all"
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert not missing and not stale, (
        f"{TS_FILE.name} is out of date: run `make lupdate` and translate.\n"
        f"missing: {missing}\nno longer in the sources: {stale}"
    )


# -- the Dutch interface ----------------------------------------------------------------
@pytest.fixture
def dutch_qm(tmp_path: Path) -> Path:
    """The .ts compiled afresh, so the test never depends on `make translations`."""
    qm = tmp_path / "koers_nl.qm"
    result = subprocess.run(
        [str(qt_tool("pyside6-lrelease")), str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert qm.is_file(), result.stdout + result.stderr
    return qm


@pytest.fixture
def dutch(qapp: QApplication, dutch_qm: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(dutch_qm)), f"cannot load {dutch_qm}"
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def dutch_window(qtbot: QtBot, dutch: QTranslator, demo_file: Path) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_path(demo_file)
        yield window
    finally:
        window.close()


def test_dutch_window_shows_dutch_menus_and_tab(dutch_window: MainWindow) -> None:
    assert menu_titles(dutch_window) == DUTCH_MENUS
    assert plan_tab_text(dutch_window) == "Projectplan"
    assert dutch_window.save_as_action.text() == "Opslaan &als…"
    assert dutch_window.restore_action.text() == "Back-up &terugzetten…"
    assert dutch_window.saved_label.text() == "Elke wijziging wordt direct opgeslagen"
    assert dutch_window.project_view is not None
    requirements = dutch_window.project_view.plan.requirements
    assert requirements.title.text() == "Eisen"
    assert requirements.filter.placeholderText() == "Eisen filteren…"


def test_dutch_accelerators_are_unique_per_menu(dutch_window: MainWindow) -> None:
    menus = {"menu bar": dutch_window.menuBar().actions()}
    for action in dutch_window.menuBar().actions():
        menu = action.menu()
        assert menu is not None
        menus[action.text()] = menu.actions()
    clashes = {}
    for name, actions in menus.items():
        keys = [mnemonic(action.text()) for action in actions if not action.isSeparator()]
        doubled = sorted({key for key in keys if key is not None and keys.count(key) > 1})
        if doubled:
            clashes[name] = doubled
    assert not clashes, f"accelerators used twice: {clashes}"


def test_dutch_priority_cells_and_headers(dutch_window: MainWindow) -> None:
    assert dutch_window.project_view is not None
    model = dutch_window.project_view.plan.requirements.model
    column = COLUMNS.index("priority")
    assert model.rowCount() > 0, "the demo should have requirements"
    for row in range(model.rowCount()):
        priority = model.requirement(row).priority
        assert model.index(row, column).data() == DUTCH_PRIORITIES[priority]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Prioriteit"


def test_dutch_main_window_screenshot(qtbot: QtBot, dutch_window: MainWindow) -> None:
    dutch_window.resize(1280, 800)
    with qtbot.waitExposed(dutch_window):
        dutch_window.show()
    pixmap = dutch_window.grab()
    assert not pixmap.isNull()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert pixmap.save(str(SCREENSHOT)), f"cannot write {SCREENSHOT}"
    assert SCREENSHOT.stat().st_size > 10_000
    assert menu_titles(dutch_window) == DUTCH_MENUS


def test_install_language_retranslates_the_open_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dutch_qm: Path, demo_file: Path
) -> None:
    monkeypatch.setattr(
        i18n, "translation_file", lambda code: str(dutch_qm) if code == "nl" else None
    )
    default_locale = QLocale()
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_path(demo_file)
        assert menu_titles(window) == ENGLISH_MENUS
        assert plan_tab_text(window) == "Plan"

        assert i18n.install_language("nl"), "the Dutch .qm was not loaded"
        qtbot.waitUntil(lambda: menu_titles(window) == DUTCH_MENUS)
        assert plan_tab_text(window) == "Projectplan"
        assert window.open_action.text() == "&Openen…"
        assert QLocale().name() == "nl_NL"

        assert i18n.install_language("en")
        qtbot.waitUntil(lambda: menu_titles(window) == ENGLISH_MENUS)
        assert plan_tab_text(window) == "Plan"
        assert window.open_action.text() == "&Open…"
    finally:
        i18n.install_language("en")
        QLocale.setDefault(default_locale)
        window.close()
