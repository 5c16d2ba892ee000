"""Shared test set-up: headless Qt, isolated settings and data folders, hypothesis profiles."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings
from PySide6.QtCore import QCoreApplication, QSettings

QCoreApplication.setOrganizationName("KoersTest")
QCoreApplication.setApplicationName("KoersTest")

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("explore", deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)


def corpus_dir() -> Path:
    return Path(os.environ.get("KOERS_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture
def corpus() -> Path:
    """The shared corpus of foreign project files; required in CI."""
    folder = corpus_dir()
    if not folder.is_dir():
        if os.environ.get("KOERS_REQUIRE_CORPUS") == "1":
            pytest.fail(f"KOERS_REQUIRE_CORPUS=1 but the corpus is missing at {folder}")
        pytest.skip(f"corpus not found at {folder}")
    return folder


@pytest.fixture(autouse=True)
def isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Backups and QSettings go to a fresh folder per test, never the developer's own."""
    folder = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("KOERS_DATA_DIR", str(folder / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "config"))
    yield folder


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A freshly built demo project, closed, in a temporary folder."""
    from app.services.demo import build_demo

    path = tmp_path / "demo.koers"
    build_demo(path, TODAY).close()
    return path
