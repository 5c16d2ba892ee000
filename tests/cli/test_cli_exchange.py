"""``koers export`` and ``koers import`` for every interchange format, as a user runs them."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import koers


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("plan.xlsx", "62 Tasks"),
        ("plan.csv", "62 tasks"),
        ("plan.xml", "62 tasks"),
        ("plan.ics", "events"),
    ],
)
def test_export_writes_each_format_and_leaves_the_project_alone(
    demo_file: Path, tmp_path: Path, name: str, words: str
) -> None:
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    target = tmp_path / name
    done = koers("export", demo_file, target)
    assert done.returncode == 0, done.stderr
    assert f"wrote {target}" in done.stdout and words in done.stdout
    assert target.stat().st_size > 500
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    again = koers("export", demo_file, target)
    assert again.returncode == 1 and "--force" in again.stderr
    assert koers("export", demo_file, target, "--force").returncode == 0


def test_the_workbook_is_a_zip_with_a_tasks_sheet(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert koers("export", demo_file, target).returncode == 0
    with zipfile.ZipFile(target) as book:
        names = book.namelist()
    assert "xl/workbook.xml" in names and any(n.startswith("xl/worksheets/") for n in names)


def test_export_refuses_unknown_kinds_and_missing_projects(demo_file: Path, tmp_path: Path) -> None:
    wrong = koers("export", demo_file, tmp_path / "plan.pdf")
    assert wrong.returncode == 1 and ".xlsx, .csv, .xml or .ics" in wrong.stderr
    missing = koers("export", tmp_path / "none.koers", tmp_path / "plan.xlsx")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert wrong.stderr.count("\n") == 1 and missing.stderr.count("\n") == 1


def test_import_reads_gan_and_sheets(corpus: Path, tmp_path: Path) -> None:
    house = corpus / "gan" / "ganttproject__HouseBuildingSample.gan"
    done = koers("import", house, tmp_path / "house.koers")
    assert done.returncode == 0, done.stderr
    checked = koers("check", tmp_path / "house.koers")
    assert checked.returncode == 0 and "integrity ok" in checked.stdout
    plan = corpus / "xlsx" / "packt__Project_Plan.xlsx"
    sheet = koers("import", plan, tmp_path / "plan.koers")
    assert sheet.returncode == 0, sheet.stderr
    assert "39 tasks" in sheet.stdout
    empty = koers("import", corpus / "xlsx" / "packt__Risk_Log.xlsx", tmp_path / "r.koers")
    assert empty.returncode == 1 and "no data rows" in empty.stderr
    assert not (tmp_path / "r.koers").exists()


def test_import_refuses_bad_map_arguments(corpus: Path, tmp_path: Path) -> None:
    plan = corpus / "xlsx" / "packt__Project_Plan.xlsx"
    done = koers("import", plan, tmp_path / "p.koers", "--map", "name")
    assert done.returncode == 1 and "FIELD=COLUMN" in done.stderr
    assert not (tmp_path / "p.koers").exists()


def test_import_into_reads_an_edited_workbook_back(demo_file: Path, tmp_path: Path) -> None:
    import openpyxl

    from tests.workbook_edits import TasksSheet

    book = tmp_path / "plan.xlsx"
    assert koers("export", demo_file, book).returncode == 0
    unchanged = koers("import", book, demo_file, "--into")
    assert unchanged.returncode == 0 and "makes no change" in unchanged.stdout
    tasks = TasksSheet(book)
    tasks.set(3, "Name", "Project launched")
    tasks.save()
    risks = TasksSheet(book, "Risks")
    gone = risks.sheet.cell(3, 1).value
    risks.delete(gone)
    risks.save()
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    listed = koers("import", book, demo_file, "--into", "--dry-run")
    assert listed.returncode == 0, listed.stderr
    assert "Name 'Write project charter' → 'Project launched'" in listed.stdout
    assert "risk R-002" in listed.stdout and "deleted" in listed.stdout
    refused = koers("import", book, demo_file, "--into")
    assert refused.returncode == 1 and "add --delete to confirm" in refused.stderr
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    applied = koers("import", book, demo_file, "--into", "--delete")
    assert applied.returncode == 0, applied.stderr
    assert "applied 2 changes" in applied.stdout
    again = tmp_path / "again.xlsx"
    assert koers("export", demo_file, again).returncode == 0
    sheet = openpyxl.load_workbook(again, read_only=True)
    names = [row[4] for row in sheet["Tasks"].iter_rows(min_row=2, values_only=True)]
    risk_ids = [row[0] for row in sheet["Risks"].iter_rows(min_row=2, values_only=True)]
    sheet.close()
    assert "Project launched" in names and gone not in risk_ids


def test_import_into_refuses_foreign_workbooks_and_csv(
    demo_file: Path, corpus: Path, tmp_path: Path
) -> None:
    foreign = koers("import", corpus / "xlsx" / "packt__Tables.xlsx", demo_file, "--into")
    assert foreign.returncode == 1 and "was not exported by Koers" in foreign.stderr
    csv = tmp_path / "plan.csv"
    csv.write_text("Name\nx\n", encoding="utf-8")
    wrong = koers("import", csv, demo_file, "--into")
    assert wrong.returncode == 1 and "--into reads an Excel workbook" in wrong.stderr
    stray = koers("import", csv, tmp_path / "new.koers", "--dry-run")
    assert stray.returncode == 1 and "go with --into" in stray.stderr
