"""The change log: CR-nnn codes never reused, checked edits, decisions that add budget
revisions and re-baseline tasks in one transaction, undone exactly; the budget history
replays to the current budget to the cent."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.budget import ChangeStatus
from app.domain.validation import InvalidValue
from app.models.entities import Baseline, ReserveDrawdown, Task
from app.services import change_requests as service
from app.services.baselines import save_baseline, save_baseline_for
from app.services.budget import figures_by_category
from app.services.budget_edit import list_cost_categories, set_budget_line
from app.services.demo import build_demo
from app.services.earned_value import compute_earned_value
from app.services.project_file import create_project, dump_project, open_project
from app.services.registers import stakeholder_names
from app.services.schedule import read_schedule
from app.services.transaction import unit_of_work
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.koers"
    build_demo(path, TODAY).close()
    return path


@pytest.fixture
def session(template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.koers"
    shutil.copy(template, path)
    store = open_project(path)
    with store.new_session() as opened:
        yield opened
    store.close()


def _by_ref(session: Session, ref: str) -> service.ChangeRequestData:
    return next(c for c in service.list_change_requests(session) if c.ref == ref)


def _baseline(session: Session, number: int = 0) -> dict[int, dict[str, Any]]:
    with unit_of_work(session):
        rows = session.connection().execute(
            select(Baseline.__table__).where(Baseline.number == number)
        )
        return {row["task_id"]: dict(row) for row in rows.mappings()}


# -- the log ----------------------------------------------------------------------------------
def test_the_demo_log_reads_with_requesters_categories_and_revisions(session: Session) -> None:
    log = service.list_change_requests(session)
    assert [c.ref for c in log] == ["CR-001", "CR-002", "CR-003"]
    assert [c.status for c in log] == [
        ChangeStatus.APPROVED,
        ChangeStatus.PROPOSED,
        ChangeStatus.REJECTED,
    ]
    assert log[0].requester_name == "Jeroen Bakker" and log[0].category_name == "External suppliers"
    assert log[0].revised_cents == log[0].cost_impact_cents == 1_800_000
    assert log[1].revised_cents == 0


def test_codes_are_never_reused_and_undo_of_an_insert_is_exact(session: Session) -> None:
    start = dump_project(session)
    requester = stakeholder_names(session)[0][0]
    values = service.blank_change_request(
        "Single sign-on for partners",
        requester_id=requester,
        date_raised=dt.date(2026, 11, 24),
        cost_impact_cents=-250_000,  # a saving
        time_impact_days=-2,
    )
    change, added, counter = service.insert_change_request(session, values)
    assert added.ref == "CR-004" and added.position == 3 and counter is None
    assert change.inserted == {"change_request": frozenset({added.id})}
    assert added.requester_name and added.cost_impact_cents == -250_000
    service.undo_insert_change_request(session, added.id, counter)
    assert dump_project(session) == start
    _change, again, _counter = service.insert_change_request(
        session, service.with_identity(values, added)
    )
    assert again == added
    service.delete_change_request(session, added.id)
    _change, next_one, _counter = service.insert_change_request(session, values, position=0)
    assert next_one.ref == "CR-005" and next_one.position == 0  # CR-004 is not given again


def test_a_new_change_cannot_be_approved_already(session: Session) -> None:
    with pytest.raises(InvalidValue) as excinfo:
        service.insert_change_request(
            session, service.blank_change_request("x", status=ChangeStatus.APPROVED)
        )
    assert excinfo.value.code == "approve_with_decision"


@pytest.mark.parametrize(
    ("ref", "values", "field", "code"),
    [
        ("CR-002", {"status": "approved"}, "status", "approve_with_decision"),
        ("CR-002", {"status": "maybe"}, "status", "not_a_choice"),
        ("CR-002", {"title": " "}, "title", "required"),
        ("CR-002", {"requester_id": 9_999}, "requester_id", "unknown_stakeholder"),
        ("CR-002", {"date_raised": dt.date(1983, 12, 31)}, "date_raised", "date_out_of_range"),
        ("CR-002", {"decision_date": dt.date(2150, 1, 1)}, "decision_date", "date_out_of_range"),
        ("CR-002", {"cost_impact_cents": 10**16}, "cost_impact_cents", "out_of_range"),
        ("CR-002", {"cost_impact_cents": "1000"}, "cost_impact_cents", "not_a_number"),
        ("CR-002", {"time_impact_days": 10**6}, "time_impact_days", "out_of_range"),
        ("CR-002", {"category_id": 9_999}, "category_id", "unknown_category"),
        ("CR-002", {"ref": "CR-100"}, "ref", "unknown_field"),
        ("CR-001", {"status": "proposed"}, "status", "approved_is_final"),
        ("CR-001", {"cost_impact_cents": 1}, "cost_impact_cents", "approved_is_final"),
        ("CR-001", {"category_id": None}, "category_id", "approved_is_final"),
    ],
)
def test_bad_edits_are_refused(
    session: Session, ref: str, values: dict[str, object], field: str, code: str
) -> None:
    before = dump_project(session)
    with pytest.raises(InvalidValue) as excinfo:
        service.set_change_fields(session, _by_ref(session, ref).id, values)
    assert (excinfo.value.field, excinfo.value.code) == (field, code)
    assert dump_project(session) == before


def test_an_approved_change_keeps_its_texts_editable(session: Session) -> None:
    approved = _by_ref(session, "CR-001")
    change, old = service.set_change_fields(
        session,
        approved.id,
        {"scope_impact": "40 users, offline", "status": "approved", "requester_text": "Sales"},
    )
    assert set(old) == {"scope_impact", "requester_text"}
    assert change.updated == {"change_request": frozenset({approved.id})}


def test_a_change_with_budget_history_is_not_deleted(session: Session) -> None:
    with pytest.raises(InvalidValue) as excinfo:
        service.delete_change_request(session, _by_ref(session, "CR-001").id)
    assert excinfo.value.code == "has_revisions"


def test_deleting_a_change_unlinks_its_drawdowns_and_restore_relinks_them(
    session: Session,
) -> None:
    proposed = _by_ref(session, "CR-002")
    with unit_of_work(session):
        session.execute(update(ReserveDrawdown).values(change_request_id=proposed.id))
    before = dump_project(session)
    change, removed = service.delete_change_request(session, proposed.id)
    assert removed.drawdown_ids and change.updated == {
        "reserve_drawdown": frozenset(removed.drawdown_ids)
    }
    assert [c.position for c in service.list_change_requests(session)] == [0, 1]
    service.restore_change_request(session, removed)
    assert dump_project(session) == before


# -- decisions --------------------------------------------------------------------------------
def test_approving_adds_a_dated_revision_and_undo_takes_it_back(session: Session) -> None:
    start = dump_project(session)
    budget = service.current_budget(session)
    proposed = _by_ref(session, "CR-002")
    change, decision = service.approve_change(
        session, proposed.id, "Steering committee", dt.date(2026, 11, 26)
    )
    assert decision.revision is not None
    assert change.inserted == {"budget_revision": frozenset({decision.revision["id"]})}
    assert change.updated == {"change_request": frozenset({proposed.id})}
    approved = service.get_change_request(session, proposed.id)
    assert approved.status is ChangeStatus.APPROVED
    assert approved.decided_by == "Steering committee"
    assert approved.decision_date == dt.date(2026, 11, 26)
    assert approved.revised_cents == 950_000
    assert service.current_budget(session) == budget + 950_000
    history = service.budget_history(session)
    last = history.revisions[-1]
    assert (last.date, last.amount_cents, last.change_ref) == (
        dt.date(2026, 11, 26),
        950_000,
        "CR-002",
    )
    assert last.reason == "CR-002 approved: Migrate ten years of closed service cases"
    assert last.category_name == "External suppliers"
    assert history.current_cents == service.current_budget(session)
    after = dump_project(session)
    service.undo_decision(session, decision)
    assert dump_project(session) == start
    service.approve_change(
        session, proposed.id, "Steering committee", dt.date(2026, 11, 26), again=decision
    )
    assert dump_project(session) == after


def test_a_change_without_cost_impact_adds_no_revision(session: Session) -> None:
    proposed = _by_ref(session, "CR-002")
    service.set_change_fields(session, proposed.id, {"cost_impact_cents": 0})
    change, decision = service.approve_change(session, proposed.id, "Board", dt.date(2026, 11, 26))
    assert decision.revision is None and "budget_revision" not in change.inserted


def test_a_saving_lowers_the_budget(session: Session) -> None:
    proposed = _by_ref(session, "CR-002")
    service.set_change_fields(session, proposed.id, {"cost_impact_cents": -300_000})
    budget = service.current_budget(session)
    service.approve_change(session, proposed.id, "Board", dt.date(2026, 11, 26))
    assert service.current_budget(session) == budget - 300_000


def test_reject_and_defer_record_the_decision_without_revision(session: Session) -> None:
    start = dump_project(session)
    proposed = _by_ref(session, "CR-002")
    change, deferred = service.defer_change(session, proposed.id, "Board", dt.date(2026, 11, 20))
    assert change.updated == {"change_request": frozenset({proposed.id})} and not change.inserted
    assert deferred.old == {"status": "proposed", "decided_by": "", "decision_date": None}
    change, rejected = service.reject_change(session, proposed.id, "Board", dt.date(2026, 12, 1))
    assert rejected.old == {"status": "deferred", "decision_date": dt.date(2026, 11, 20)}
    found = service.get_change_request(session, proposed.id)
    assert found.status is ChangeStatus.REJECTED and found.revised_cents == 0
    service.undo_decision(session, rejected)
    service.undo_decision(session, deferred)
    assert dump_project(session) == start


@pytest.mark.parametrize(
    ("ref", "decide", "by", "day", "field", "code"),
    [
        ("CR-001", "approve", "Board", dt.date(2026, 11, 26), "status", "already_approved"),
        ("CR-001", "reject", "Board", dt.date(2026, 11, 26), "status", "approved_is_final"),
        ("CR-002", "approve", " ", dt.date(2026, 11, 26), "decided_by", "required"),
        ("CR-002", "defer", "Board", None, "decision_date", "required"),
        ("CR-002", "approve", "Board", dt.date(1900, 1, 1), "decision_date", "date_out_of_range"),
    ],
)
def test_bad_decisions_are_refused(
    session: Session, ref: str, decide: str, by: str, day: Any, field: str, code: str
) -> None:
    before = dump_project(session)
    function = {
        "approve": service.approve_change,
        "reject": service.reject_change,
        "defer": service.defer_change,
    }[decide]
    with pytest.raises(InvalidValue) as excinfo:
        function(session, _by_ref(session, ref).id, by, day)
    assert (excinfo.value.field, excinfo.value.code) == (field, code)
    assert dump_project(session) == before


# -- re-baselining --------------------------------------------------------------------------------
def _leaf_under_summary(session: Session) -> tuple[int, int]:
    rows = read_schedule(session).rows
    for index, row in enumerate(rows):
        if row.summary and index + 1 < len(rows) and not rows[index + 1].summary:
            return rows[index + 1].id, row.id
    raise AssertionError("no leaf under a summary")


def test_approving_with_rebaseline_replaces_only_those_rows_and_rolls_up(
    session: Session,
) -> None:
    leaf, summary = _leaf_under_summary(session)
    with unit_of_work(session):
        bac = compute_earned_value(session.connection()).project.bac_cents
        session.execute(
            update(Task)
            .where(Task.id == leaf)
            .values(fixed_cost_cents=Task.fixed_cost_cents + 950_000)
        )
    start = dump_project(session)
    baseline = _baseline(session)
    proposed = _by_ref(session, "CR-002")
    change, decision = service.approve_change(
        session, proposed.id, "Board", dt.date(2026, 11, 26), [leaf], 0
    )
    assert change.updated["baseline"] == frozenset({0})
    assert decision.baseline is not None and set(decision.baseline.task_ids) >= {leaf, summary}
    after = _baseline(session)
    assert after[leaf]["id"] == baseline[leaf]["id"]  # the row is replaced in place
    assert after[leaf]["cost_cents"] == baseline[leaf]["cost_cents"] + 950_000
    assert after[summary]["cost_cents"] == baseline[summary]["cost_cents"] + 950_000
    untouched = set(baseline) - set(decision.baseline.task_ids)
    assert untouched and all(after[key] == baseline[key] for key in untouched)
    with unit_of_work(session):
        assert compute_earned_value(session.connection()).project.bac_cents == bac + 950_000
    done = dump_project(session)
    service.undo_decision(session, decision)
    assert dump_project(session) == start
    service.approve_change(
        session, proposed.id, "Board", dt.date(2026, 11, 26), [leaf], 0, again=decision
    )
    assert dump_project(session) == done


def test_rebaselining_a_task_without_a_row_adds_one_and_redo_keeps_its_id(
    session: Session,
) -> None:
    leaf, _summary = _leaf_under_summary(session)
    start = dump_project(session)
    proposed = _by_ref(session, "CR-002")
    _change, decision = service.approve_change(
        session, proposed.id, "Board", dt.date(2026, 11, 26), [leaf], 3
    )
    assert decision.baseline is not None and list(decision.baseline.inserted) == [leaf]
    assert list(_baseline(session, 3)) == [leaf]  # no summary row in baseline 3 to roll up
    done = dump_project(session)
    service.undo_decision(session, decision)
    assert dump_project(session) == start
    service.approve_change(
        session, proposed.id, "Board", dt.date(2026, 11, 26), [leaf], 3, again=decision
    )
    assert dump_project(session) == done


def test_a_bad_task_or_baseline_leaves_the_change_undecided(session: Session) -> None:
    before = dump_project(session)
    proposed = _by_ref(session, "CR-002")
    with pytest.raises(LookupError):
        service.approve_change(session, proposed.id, "Board", dt.date(2026, 11, 26), [99_999])
    with pytest.raises(InvalidValue) as excinfo:
        service.approve_change(session, proposed.id, "Board", dt.date(2026, 11, 26), [1], 11)
    assert excinfo.value.code == "out_of_range"
    assert dump_project(session) == before  # one transaction: nothing was kept


def test_rebaselining_every_task_gives_the_rows_a_full_save_gives(session: Session) -> None:
    tasks = [row.id for row in read_schedule(session).rows]
    with unit_of_work(session):
        session.execute(update(Task).values(fixed_cost_cents=Task.fixed_cost_cents + 100))
        save_baseline_for(session.connection(), 0, tasks)
    partial = {
        key: {k: v for k, v in row.items() if k != "id"} for key, row in _baseline(session).items()
    }
    save_baseline(session, 0)
    full = {
        key: {k: v for k, v in row.items() if k != "id"} for key, row in _baseline(session).items()
    }
    assert partial == full


# -- the budget replays to the cent ----------------------------------------------------------------
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("line"),
            st.integers(0, 6),
            st.integers(0, 23),
            st.integers(0, 5_000_000),
        ),
        st.tuples(
            st.just("change"),
            st.one_of(st.none(), st.integers(0, 6)),
            st.integers(-2_000_000, 5_000_000),
            st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
            st.sampled_from(["approve", "reject", "defer", "approve then undo"]),
        ),
    ),
    max_size=12,
)


@settings(max_examples=50)
@given(operations=OPERATIONS)
def test_revisions_replay_to_the_current_budget_to_the_cent(
    operations: list[tuple[Any, ...]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = create_project(Path(folder) / "p.koers", "Budget", dt.date(2026, 1, 5))
        try:
            with store.new_session() as session:
                _replay(session, operations)
        finally:
            store.close()


def _replay(session: Session, operations: list[tuple[Any, ...]]) -> None:
    categories = [c.id for c in list_cost_categories(session)]
    lines: dict[tuple[int, dt.date], int] = {}
    revisions: list[int] = []
    for operation in operations:
        if operation[0] == "line":
            _kind, category, month, amount = operation
            day = dt.date(2026 + month // 12, month % 12 + 1, 1)
            set_budget_line(session, categories[category], day, amount)
            lines[(categories[category], day)] = amount
            continue
        _kind, category, cost, day, decide = operation
        key = None if category is None else categories[category]
        _change, added, _counter = service.insert_change_request(
            session, service.blank_change_request("Change", cost_impact_cents=cost, category_id=key)
        )
        if decide == "reject":
            service.reject_change(session, added.id, "Board", day)
        elif decide == "defer":
            service.defer_change(session, added.id, "Board", day)
        else:
            _change, decision = service.approve_change(session, added.id, "Board", day)
            if decide == "approve then undo":
                service.undo_decision(session, decision)
            elif cost:
                revisions.append(cost)
    expected = sum(lines.values()) + sum(revisions)
    assert service.current_budget(session) == expected
    history = service.budget_history(session)
    assert history.original_cents == sum(lines.values())
    running = history.original_cents
    for entry in history.revisions:
        running += entry.amount_cents
        assert entry.running_total_cents == running
    assert history.current_cents == expected
    assert sorted(e.amount_cents for e in history.revisions) == sorted(revisions)
    dates = [e.date for e in history.revisions]
    assert dates == sorted(dates)
    assert sum(f.budget_cents for f in figures_by_category(session)) == expected
