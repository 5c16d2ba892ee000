"""A plain (non-editable) install carries the resources and migrations it needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_ships_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(REPO),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("koers-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "app/resources/__init__.py",
        "app/resources/translations/koers_nl.ts",
        "app/models/migrations/env.py",
        "app/models/migrations/versions/0001_charter_and_requirements.py",
        "app/cli.py",
    }
    if (REPO / "resources" / "translations" / "koers_nl.qm").exists():
        expected.add("app/resources/translations/koers_nl.qm")
    assert expected <= names
    assert not [n for n in names if n.startswith("tests/")]
