"""Importing foreign sheets: the corpus workbooks give their expected counts, CSV works the
same way, and a refused sheet writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.domain.errors import InputRefused
from app.domain.scheduler import Constraint
from app.models.entities import Assignment, Requirement, Resource, Risk, Stakeholder, Task, TaskLink
from app.services.import_sheet import import_sheet, preview_sheet
from app.services.project_file import open_project
from app.services.schedule import read_schedule

NEOS21_MAPPING = {
    "name": "小項目 (タスク)",
    "id": "D",
    "start": "F",
    "duration": "G",
    "finish": "H",
    "predecessors": "L",
    "percent_complete": "J",
    "resources": "M",
}

# file, options, register, count, warnings of the validation report
CORPUS = [
    ("packt__Project_Plan.xlsx", {"duration_unit": "w"}, "tasks", 39, []),
    ("packt__Tables.xlsx", {"sheet": "Tasks"}, "tasks", 33, []),
    (
        "packt__Tables.xlsx",
        {"sheet": "Risk Log"},
        "risks",
        9,
        ["row 13: repeats the header row; left out"],
    ),
    ("packt__Tables.xlsx", {"sheet": "Risk Register"}, "risks", 4, []),
    (
        "neos21__WBS.xlsx",
        {"mapping": NEOS21_MAPPING},
        "tasks",
        3,
        ["rows 8–14: has no name (column E); left out"],
    ),
    ("aspose__Project_export.xlsx", {"sheet": "Task_Table", "day_first": False}, "tasks", 10, []),
]


def rows(path: Path, entity: type) -> list[object]:
    store = open_project(path)
    try:
        with store.new_session() as session:
            return list(session.scalars(select(entity).order_by(entity.id)))  # type: ignore[attr-defined]
    finally:
        store.close()


@pytest.mark.parametrize(("name", "options", "register", "count", "warnings"), CORPUS)
def test_corpus_workbooks(
    corpus: Path,
    tmp_path: Path,
    name: str,
    options: dict[str, object],
    register: str,
    count: int,
    warnings: list[str],
) -> None:
    source = corpus / "xlsx" / name
    analysis = preview_sheet(source, **options)  # type: ignore[arg-type]
    assert analysis.register == register
    assert len(analysis.records) == count
    assert [issue.text(analysis.headers) for issue in analysis.issues] == warnings
    report = import_sheet(source, tmp_path / "out.koers", **options)  # type: ignore[arg-type]
    assert report.counts[register] == count
    assert report.warnings == warnings
    entity = {"tasks": Task, "risks": Risk}[register]
    assert len(rows(tmp_path / "out.koers", entity)) == count


def test_project_plan_in_weeks(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "plan.koers"
    report = import_sheet(corpus / "xlsx" / "packt__Project_Plan.xlsx", dest, duration_unit="w")
    assert report.counts == {"tasks": 39, "links": 13, "resources": 5, "assignments": 33}
    tasks = rows(dest, Task)
    design = tasks[1]
    assert (design.name, design.outline_level, design.duration_minutes, design.duration_unit) == (
        "Design Network",
        2,
        6 * 2400,
        "w",
    )
    assert [t.outline_level for t in tasks[4:8]] == [1, 2, 3, 3]
    links = rows(dest, TaskLink)
    assert (links[0].predecessor_id, links[0].successor_id, links[0].type.value) == (2, 3, "FS")
    assert sorted(r.name for r in rows(dest, Resource)) == [
        "Arun",
        "Bex",
        "Charley",
        "Danielle",
        "Eliza",
    ]
    # A start typed into a task without predecessors pins it, as in MS Project.
    relays = next(t for t in tasks if t.name == "Setup API for Request/Response")
    assert relays.constraint is Constraint.ASAP  # starts on the project start
    on_call = next(t for t in tasks if t.name == "Charley On-call")
    assert on_call.constraint is Constraint.SNET
    assert on_call.constraint_date == dt.datetime(2023, 2, 13, 8)
    store = open_project(dest)
    try:
        with store.new_session() as session:
            computed = read_schedule(session)
    finally:
        store.close()
    assert computed.cycle is None


def test_aspose_resources_and_summaries(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "aspose.koers"
    import_sheet(
        corpus / "xlsx" / "aspose__Project_export.xlsx", dest, sheet="Task_Table", day_first=False
    )
    tasks = rows(dest, Task)
    assert [t.outline_level for t in tasks] == [1, 2, 2, 2, 2, 3, 3, 2, 2, 2]
    assert tasks[3].duration_minutes == 10 * 480
    assert len(rows(dest, Assignment)) == 7


def test_risk_registers(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "risks.koers"
    import_sheet(corpus / "xlsx" / "packt__Tables.xlsx", dest, sheet="Risk Register")
    risks = rows(dest, Risk)
    assert [(r.ref, r.title, r.status, r.strategy) for r in risks] == [
        ("R-001", "Network testing failures", "occurred", "accept"),
        ("R-002", "Distribution regressions", "identified", "reduce"),
        ("R-003", "App approval delays", "occurred", "accept"),
        ("R-004", "App approval delays", "occurred", "accept"),
    ]
    log = tmp_path / "log.koers"
    import_sheet(corpus / "xlsx" / "packt__Tables.xlsx", log, sheet="Risk Log")
    first = rows(log, Risk)[0]
    assert (first.inherent_probability, first.inherent_impact) == (4, 4)
    assert first.response_actions.startswith("Acceptance: Shift timelines")


def test_requirements_and_stakeholders(corpus: Path, tmp_path: Path) -> None:
    source = corpus / "xlsx" / "packt__Tables.xlsx"
    import_sheet(source, tmp_path / "req.koers", sheet="Requirements")
    requirements = rows(tmp_path / "req.koers", Requirement)
    assert len(requirements) == 29
    assert requirements[0].ref == "REQ-001"
    import_sheet(source, tmp_path / "people.koers", sheet="Stakeholders")
    people = rows(tmp_path / "people.koers", Stakeholder)
    assert [(p.name, p.role) for p in people[:2]] == [
        ("Josh Teter", "TPM Lead"),
        ("Arun Ardibeddi", "SDM"),
    ]


def test_risk_log_without_rows_is_refused(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "none.koers"
    with pytest.raises(
        InputRefused, match=r"^packt__Risk_Log.xlsx, sheet 'Risk Log': no data rows"
    ):
        import_sheet(corpus / "xlsx" / "packt__Risk_Log.xlsx", dest)
    assert list(tmp_path.iterdir()) == []


def test_errors_refuse_and_write_nothing(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Task", "Duration", "Start"])
    book.active.append(["A", "two", "2024-03-05"])
    book.active.append(["B", 1, "1900-01-01"])
    book.save(tmp_path / "bad.xlsx")
    dest = tmp_path / "bad.koers"
    with pytest.raises(InputRefused) as refused:
        import_sheet(tmp_path / "bad.xlsx", dest)
    assert str(refused.value) == (
        "bad.xlsx, sheet 'Sheet': row 2, column B (Duration): 'two' is not a duration (such as "
        "5d, 3 hrs, 2 weeks or 1,5 dagen) (and 1 more problem)"
    )
    assert not dest.exists()


def test_csv_import(tmp_path: Path) -> None:
    source = tmp_path / "plan.csv"
    source.write_text("Taak;Duur;Voorgangers\nOntwerp;2;\nBouw;1,5 weken;1\n", encoding="utf-8-sig")
    dest = tmp_path / "plan.koers"
    report = import_sheet(source, dest)
    assert report.counts["tasks"] == 2
    tasks = rows(dest, Task)
    assert [(t.name, t.duration_minutes) for t in tasks] == [("Ontwerp", 960), ("Bouw", 3600)]
    assert len(rows(dest, TaskLink)) == 1


def test_existing_destination(tmp_path: Path) -> None:
    source = tmp_path / "plan.csv"
    source.write_text("Task\nA\n")
    dest = tmp_path / "plan.koers"
    import_sheet(source, dest)
    with pytest.raises(FileExistsError):
        import_sheet(source, dest)
    assert import_sheet(source, dest, overwrite=True).counts["tasks"] == 1


@pytest.mark.parametrize(("register", "entity"), [("tasks", Task), ("risks", Risk)])
def test_koers_csv_and_workbook_exports_import_as_new_projects(
    demo_file: Path, tmp_path: Path, register: str, entity: type
) -> None:
    from app.services.export_csv import export_csv
    from app.services.export_xlsx import export_workbook

    store = open_project(demo_file)
    try:
        with store.new_session() as session:
            export_csv(session, tmp_path / "out.csv", register)
            export_workbook(session, tmp_path / "out.xlsx")
    finally:
        store.close()
    original = [row.name if register == "tasks" else row.title for row in rows(demo_file, entity)]  # type: ignore[attr-defined]
    sheet = {"tasks": "Tasks", "risks": "Risks"}[register]
    assert preview_sheet(tmp_path / "out.xlsx").table.sheet == "Tasks"  # not the Charter
    for source, options in ((tmp_path / "out.csv", {}), (tmp_path / "out.xlsx", {"sheet": sheet})):
        dest = tmp_path / f"{source.suffix[1:]}.koers"
        report = import_sheet(source, dest, **options)  # type: ignore[arg-type]
        assert report.warnings == []
        imported = rows(dest, entity)
        names = [row.name if register == "tasks" else row.title for row in imported]  # type: ignore[attr-defined]
        assert names == original


def test_excel_sep_line_and_tabs(tmp_path: Path) -> None:
    source = tmp_path / "plan.csv"
    source.write_text('sep=,\nTask,Duration\n"Design; draw",3\n', encoding="utf-8")
    assert [r.name for r in preview_sheet(source).records] == ["Design; draw"]
    tabs = tmp_path / "tabs.txt"
    tabs.write_text("Task\tDuration\nDesign, draw\t3\n", encoding="utf-8")
    assert [r.name for r in preview_sheet(tabs).records] == ["Design, draw"]
