"""The koers command line, run as a user runs it: a separate process, exit codes, stderr."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bad_files import make_refused_files


def koers(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_help_and_version() -> None:
    shown = koers("--help")
    assert shown.returncode == 0
    for command in ("demo", "check"):
        assert f"koers {command}" in shown.stdout
    version = koers("--version")
    assert version.returncode == 0 and version.stdout.startswith("koers ")


def test_demo_then_check_passes_and_leaves_one_file(tmp_path: Path) -> None:
    made = koers("demo", "demo.koers", "--today", "2026-11-26", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    before = (tmp_path / "demo.koers").read_bytes()
    checked = koers("check", "demo.koers", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "integrity ok" in checked.stdout and "10 requirements" in checked.stdout
    assert (tmp_path / "demo.koers").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.koers"]


def test_demo_refuses_an_existing_destination_unless_forced(tmp_path: Path) -> None:
    dest = tmp_path / "d.koers"
    dest.write_text("mine")
    refused = koers("demo", dest)
    assert refused.returncode == 1
    assert "--force" in refused.stderr and refused.stderr.count("\n") == 1
    assert dest.read_text() == "mine"
    assert koers("demo", dest, "--force").returncode == 0
    assert koers("check", dest).returncode == 0


def test_check_refuses_bad_files_with_distinct_lines_and_touches_nothing(
    tmp_path: Path, demo_file: Path
) -> None:
    files = list(make_refused_files(tmp_path, demo_file).values())
    names_before = sorted(p.name for p in tmp_path.iterdir())
    messages = []
    for path in files:
        before = path.read_bytes()
        result = koers("check", path)
        assert result.returncode == 1, path
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        messages.append(result.stderr.replace(path.name, "FILE"))
        assert path.read_bytes() == before
    assert len(set(messages)) == len(files)
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before


@pytest.mark.parametrize(
    "args",
    [
        ("check", "missing.koers"),
        ("demo",),
        ("demo", "x.txt"),
        ("check",),
        ("demo", "d.koers", "--today", "26-11-2026"),
        ("frobnicate",),
    ],
)
def test_bad_input_gets_one_line_and_exit_1(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = koers(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_commands_without_a_window_never_import_qt(tmp_path: Path) -> None:
    probe = (
        "import sys; from app.cli import main; "
        f"assert main(['demo', {str(tmp_path / 'd.koers')!r}]) == 0; "
        f"assert main(['check', {str(tmp_path / 'd.koers')!r}]) == 0; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
