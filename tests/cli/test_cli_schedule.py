"""koers import and koers schedule, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import koers

CYCLE = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
 <Name>cycle</Name><StartDate>2026-01-05T08:00:00</StartDate>
 <Tasks>
  <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>
   <Duration>PT8H0M0S</Duration>
   <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>
  <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel>
   <Duration>PT8H0M0S</Duration>
   <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
 </Tasks>
</Project>
"""


@pytest.mark.corpus
def test_schedule_json_of_an_xml_and_of_its_import_agree(corpus: Path, tmp_path: Path) -> None:
    source = corpus / "mspdi" / "mpxjconv__TrainingRollout.xml"
    direct = koers("schedule", source, "--json")
    assert direct.returncode == 0, direct.stderr
    lines = json.loads(direct.stdout)
    assert [line["id"] for line in lines] == sorted(line["id"] for line in lines)
    assert all(line["uid"] != 0 for line in lines) and len(lines) == 76
    assert set(lines[0]) == {
        "uid",
        "id",
        "wbs",
        "name",
        "start",
        "finish",
        "total_float_minutes",
        "critical",
        "milestone",
        "summary",
        "problems",
        "cost",
        "actual_cost",
    }
    assert lines[0]["start"] == "2019-05-31T08:00:00"
    assert all(isinstance(line["cost"], str) for line in lines)
    imported = tmp_path / "training.koers"
    made = koers("import", source, imported)
    assert made.returncode == 0, made.stderr
    again = json.loads(koers("schedule", imported, "--json").stdout)
    strip = [{k: v for k, v in line.items() if k != "wbs"} for line in lines]
    assert [{k: v for k, v in line.items() if k != "wbs"} for line in again] == strip


@pytest.mark.corpus
def test_schedule_table(corpus: Path) -> None:
    shown = koers("schedule", corpus / "mspdi" / "mpxj__mspdirelations.xml")
    assert shown.returncode == 0
    header, *rows = shown.stdout.splitlines()
    assert header.split()[:4] == ["ID", "WBS", "Name", "Start"]
    assert len(rows) == 5 and rows[0].rstrip().endswith("yes")


def test_a_cycle_is_refused_naming_its_tasks(tmp_path: Path) -> None:
    source = tmp_path / "cycle.xml"
    source.write_text(CYCLE)
    refused = koers("schedule", source)
    assert refused.returncode == 1
    assert "Design" in refused.stderr and "Build" in refused.stderr
    assert refused.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "content",
    [
        "<Project",  # truncated
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Project>&e;</Project>',
        "just text",
    ],
)
def test_bad_xml_is_refused_in_one_line(tmp_path: Path, content: str) -> None:
    source = tmp_path / "bad.xml"
    source.write_text(content)
    for args in (("schedule", source), ("import", source, tmp_path / "out.koers")):
        result = koers(*args)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "out.koers").exists()


@pytest.mark.corpus
def test_opening_an_xml_imports_it_beside(corpus: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    source = tmp_path / "relations.xml"
    source.write_bytes((corpus / "mspdi" / "mpxj__mspdirelations.xml").read_bytes())
    (tmp_path / "relations.koers").write_text("someone else's file")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KOERS_BENCH_FIRST_PAINT="1")
    shown = subprocess.run(
        [sys.executable, "-m", "app", str(source)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "first-paint" in shown.stdout
    assert (tmp_path / "relations.koers").read_text() == "someone else's file"
    assert koers("check", tmp_path / "relations (2).koers").returncode == 0
