"""``koers print``: the Gantt chart to PDF from the command line, with no display."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.commands.document import ProjectDocument
from app.commands.view_settings import SetPageSetupCommand
from app.domain.page_setup import PageSetup
from tests.bad_files import make_refused_files

A3_LANDSCAPE = (1190.55, 841.89)
A4_PORTRAIT = (595.28, 841.89)


def koers(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run as a user would on a machine without a display."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a3_landscape_two_pages_wide(demo_file: Path, tmp_path: Path) -> None:
    done = koers(
        "print",
        demo_file,
        "gantt.pdf",
        "--paper",
        "A3",
        "--landscape",
        "--pages-wide",
        "2",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    target = tmp_path / "gantt.pdf"
    reader = PdfReader(target)
    count = len(reader.pages)
    assert count % 2 == 0 and count >= 2
    assert f"wrote gantt.pdf ({count} pages, A3 landscape)" in done.stdout
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A3_LANDSCAPE, abs=1)
    texts = page_texts(target)
    tall = count // 2
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {count}" in text
    # pages go down the rows, then across the dates: page k and page tall+k show the same rows
    for block in range(tall):
        assert "ID Task name" in texts[block] and "ID Task name" in texts[tall + block]
    assert "Write project charter" in texts[0] and "Write project charter" in texts[tall]
    assert "Project closed" in texts[tall - 1] and "Project closed" in texts[-1]


def test_the_saved_page_setup_is_used_and_flags_override_it(
    qapp: object, demo_file: Path, tmp_path: Path
) -> None:
    document = ProjectDocument.open(demo_file)
    document.push(
        SetPageSetupCommand(
            document, PageSetup(paper="A4", landscape=False, footer=("", "", "p. {page}/{pages}"))
        )
    )
    document.close()
    saved = koers("print", demo_file, tmp_path / "saved.pdf")
    assert saved.returncode == 0, saved.stderr
    pages = PdfReader(tmp_path / "saved.pdf").pages
    size = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
    assert size == pytest.approx(A4_PORTRAIT, abs=1)
    assert f"p. 1/{len(pages)}" in page_texts(tmp_path / "saved.pdf")[0]
    flagged = koers("print", demo_file, tmp_path / "flag.pdf", "--landscape", "--pages-tall", "1")
    assert flagged.returncode == 0, flagged.stderr
    pages = PdfReader(tmp_path / "flag.pdf").pages
    size = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
    assert size == pytest.approx(A4_PORTRAIT[::-1], abs=1)
    assert "Project closed" in page_texts(tmp_path / "flag.pdf")[0]  # all rows on page 1


def test_an_existing_destination_is_refused_unless_forced(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.pdf"
    target.write_bytes(b"my own document")
    refused = koers("print", demo_file, target)
    assert refused.returncode == 1
    assert "--force" in refused.stderr and refused.stderr.count("\n") == 1
    assert target.read_bytes() == b"my own document"
    forced = koers("print", demo_file, target, "--force", "--timescale", "month")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--paper", "A5"], "invalid choice"),
        (["--pages-wide", "0"], "must be 1 or more"),
        (["--zoom", "5"], "zoom"),
        (["--from", "2027-03-01", "--to", "2027-01-01"], "--from lies after --to"),
        (["--landscape", "--portrait"], "not allowed with"),
        (["--timescale", "hour"], "invalid choice"),
    ],
)
def test_bad_flags_get_one_line_and_no_file(
    demo_file: Path, tmp_path: Path, flags: list[str], message: str
) -> None:
    done = koers("print", demo_file, tmp_path / "out.pdf", *flags)
    assert done.returncode == 1
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_refused_sources_leave_them_untouched(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    for source in make_refused_files(bad, demo_file).values():
        before = hashlib.sha256(source.read_bytes()).hexdigest()
        done = koers("print", source, tmp_path / "out.pdf")
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert not (tmp_path / "out.pdf").exists()
    missing = koers("print", tmp_path / "nothing.koers", tmp_path / "out.pdf")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
