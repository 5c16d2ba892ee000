"""Editing the budget: cost categories, budget lines, expenses and purchase orders; every
edit checked, and every delete restored exactly (canonical dump)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain.budget import CommitmentStatus, ExpenseKind
from app.domain.validation import InvalidValue
from app.services import budget_edit as service
from app.services.budget import budget_by_category, committed_by_category
from app.services.demo import build_demo
from app.services.project_file import dump_project, open_project
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


def _category(session: Session, name: str) -> int:
    return next(c.id for c in service.list_cost_categories(session) if c.name == name)


def _budgets(session: Session) -> dict[int | None, int]:
    with unit_of_work(session):
        return budget_by_category(session.connection())


def _code(excinfo: pytest.ExceptionInfo[InvalidValue]) -> tuple[str, str]:
    return excinfo.value.field, excinfo.value.code


# -- categories ------------------------------------------------------------------------------
def test_categories_are_added_renamed_and_moved_with_gap_free_positions(session: Session) -> None:
    before = dump_project(session)
    change, added = service.insert_cost_category(session, "  Cloud hosting ", position=2)
    assert added.name == "Cloud hosting"
    assert change.inserted == {"cost_category": frozenset({added.id})}
    names = [c.name for c in service.list_cost_categories(session)]
    assert names[:3] == ["Internal staff", "External suppliers", "Cloud hosting"]
    _change, old = service.rename_cost_category(session, added.id, "Hosting")
    assert old == "Cloud hosting"
    _change, was = service.move_cost_category(session, added.id, 99)
    assert was == 2
    assert [c.name for c in service.list_cost_categories(session)][-1] == "Hosting"
    with unit_of_work(session):
        positions = session.connection().exec_driver_sql(
            "SELECT position FROM cost_category ORDER BY position"
        )
        assert [row[0] for row in positions] == list(range(8))
    service.move_cost_category(session, added.id, was)
    service.rename_cost_category(session, added.id, old)
    service.delete_cost_category(session, added.id)
    assert dump_project(session) == before


@pytest.mark.parametrize(
    ("name", "code"),
    [("travel", "duplicate"), ("   ", "required"), ("x" * 65, "too_long"), (None, "not_text")],
)
def test_a_category_name_must_be_new_and_short(session: Session, name: object, code: str) -> None:
    before = dump_project(session)
    with pytest.raises(InvalidValue) as excinfo:
        service.insert_cost_category(session, name)  # type: ignore[arg-type]
    assert _code(excinfo) == ("name", code)
    assert dump_project(session) == before


def test_renaming_to_another_case_of_its_own_name_is_allowed(session: Session) -> None:
    travel = _category(session, "Travel")
    change, old = service.rename_cost_category(session, travel, "TRAVEL")
    assert old == "Travel" and change.updated == {"cost_category": frozenset({travel})}


def test_a_category_in_use_is_not_deleted(session: Session) -> None:
    before = dump_project(session)
    with pytest.raises(InvalidValue) as excinfo:
        service.delete_cost_category(session, _category(session, "Training"))
    assert _code(excinfo) == ("category", "in_use")
    assert "budget_lines=" in excinfo.value.detail and "expenses=1" in excinfo.value.detail
    usage = service.category_usage(session, _category(session, "Training"))
    assert usage.in_use and usage.expenses == 1 and usage.fixed_costs == 2
    assert dump_project(session) == before


def test_a_category_with_budget_history_is_never_deleted(session: Session) -> None:
    suppliers = _category(session, "External suppliers")
    with pytest.raises(InvalidValue) as excinfo:
        service.delete_cost_category(session, suppliers, move_to=_category(session, "Other"))
    assert _code(excinfo) == ("category", "has_revisions")


def test_deleting_with_move_to_merges_into_the_other_category_and_restores_exactly(
    session: Session,
) -> None:
    before = dump_project(session)
    budgets = _budgets(session)
    training, other = _category(session, "Training"), _category(session, "Other")
    change, removed = service.delete_cost_category(session, training, move_to=other)
    assert change.deleted["cost_category"] == frozenset({training})
    assert set(removed.moved) == {"expense", "task"}
    after = _budgets(session)
    assert training not in after
    assert after[other] == budgets[other] + budgets[training]
    assert sum(after.values()) == sum(budgets.values())
    assert all(e.category_id != training for e in service.list_expenses(session))
    months = [line.month for line in service.budget_lines(session, other)]
    assert len(months) == len(set(months))  # one line per month: same months added up
    service.restore_cost_category(session, removed)
    assert dump_project(session) == before


@pytest.mark.parametrize(("target", "code"), [("self", "same_category"), (999, "unknown_category")])
def test_move_to_must_be_another_category(session: Session, target: object, code: str) -> None:
    travel = _category(session, "Travel")
    with pytest.raises(InvalidValue) as excinfo:
        service.delete_cost_category(session, travel, move_to=travel if target == "self" else 999)
    assert _code(excinfo) == ("move_to", code)


def test_an_unused_category_goes_and_comes_back_in_its_place(session: Session) -> None:
    _change, added = service.insert_cost_category(session, "Catering", position=0)
    before = dump_project(session)
    change, removed = service.delete_cost_category(session, added.id)
    assert change.deleted == {"cost_category": frozenset({added.id})}
    assert service.list_cost_categories(session)[0].name == "Internal staff"
    service.restore_cost_category(session, removed)
    assert dump_project(session) == before


# -- budget lines ----------------------------------------------------------------------------
def test_setting_a_line_inserts_updates_and_removes_it_and_undo_is_exact(
    session: Session,
) -> None:
    travel = _category(session, "Travel")
    start = dump_project(session)
    change, added = service.set_budget_line(session, travel, dt.date(2027, 6, 17), 120_000)
    assert added.before is None and added.month == dt.date(2027, 6, 1)
    assert change.inserted == {"budget_line": frozenset({added.line_id})}
    middle = dump_project(session)
    _change, updated = service.set_budget_line(session, travel, dt.date(2027, 6, 1), 150_000)
    assert updated.before is not None and updated.before["amount_cents"] == 120_000
    change, removed = service.set_budget_line(session, travel, dt.date(2027, 6, 1), 0)
    assert change.deleted == {"budget_line": frozenset({added.line_id})}
    assert removed.line_id is None
    service.undo_budget_line(session, removed)
    service.undo_budget_line(session, updated)
    assert dump_project(session) == middle
    service.undo_budget_line(session, added)
    assert dump_project(session) == start
    # Redo gives the same id again.
    _change, again = service.set_budget_line(
        session, travel, dt.date(2027, 6, 1), 120_000, line_id=added.line_id or 0
    )
    assert again.line_id == added.line_id and dump_project(session) == middle


def test_the_same_amount_or_zero_without_a_line_changes_nothing(session: Session) -> None:
    travel = _category(session, "Travel")
    change, _edit = service.set_budget_line(session, travel, dt.date(2030, 1, 1), 0)
    assert change.is_empty()
    line = service.budget_lines(session, travel)[0]
    change, _edit = service.set_budget_line(session, travel, line.month, line.amount_cents)
    assert change.is_empty()


@pytest.mark.parametrize(
    ("category", "month", "amount", "field", "code"),
    [
        ("Travel", dt.date(2027, 1, 1), -1, "amount_cents", "out_of_range"),
        ("Travel", dt.date(2027, 1, 1), 1.5, "amount_cents", "not_a_number"),
        ("Travel", dt.date(1983, 12, 1), 100, "month", "date_out_of_range"),
        ("Travel", None, 100, "month", "required"),
        (None, dt.date(2027, 1, 1), 100, "category_id", "required"),
        (999, dt.date(2027, 1, 1), 100, "category_id", "unknown_category"),
    ],
)
def test_bad_budget_lines_are_refused(
    session: Session, category: object, month: object, amount: object, field: str, code: str
) -> None:
    key = _category(session, "Travel") if category == "Travel" else category
    with pytest.raises(InvalidValue) as excinfo:
        service.set_budget_line(session, key, month, amount)  # type: ignore[arg-type]
    assert _code(excinfo) == (field, code)


# -- expenses and invoices ------------------------------------------------------------------------
def test_an_invoice_is_booked_edited_deleted_and_restored(session: Session) -> None:
    start = dump_project(session)
    order = service.list_commitments(session)[0]
    change, invoice = service.insert_expense(
        session,
        service.blank_expense(
            dt.date(2026, 11, 25),
            250_000,
            category_id=order.category_id,
            kind=ExpenseKind.INVOICE,
            supplier=order.supplier,
            invoice_number="CP-2026-1201",
            commitment_id=order.id,
        ),
    )
    assert change.inserted == {"expense": frozenset({invoice.id})}
    assert change.updated == {"commitment": frozenset({order.id})}
    assert invoice.commitment_reference == order.reference and invoice.category_name
    assert (
        service.get_commitment(session, order.id).invoiced_cents == order.invoiced_cents + 250_000
    )
    inserted = dump_project(session)
    change, old = service.set_expense_fields(
        session, invoice.id, {"amount_cents": -50_000, "note": "credit note", "kind": "invoice"}
    )
    assert old == {"amount_cents": 250_000, "note": ""}  # unchanged fields are not returned
    assert change.updated == {
        "expense": frozenset({invoice.id}),
        "commitment": frozenset({order.id}),
    }
    service.set_expense_fields(session, invoice.id, old)
    assert dump_project(session) == inserted
    change, row = service.delete_expense(session, invoice.id)
    assert change.deleted == {"expense": frozenset({invoice.id})}
    assert dump_project(session) == start
    service.restore_expense(session, row)
    assert dump_project(session) == inserted
    service.delete_expense(session, invoice.id)
    _change, again = service.insert_expense(session, service.with_id(invoice, invoice.id))
    assert again == invoice and dump_project(session) == inserted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"amount_cents": 0}, "amount_cents", "zero"),
        ({"amount_cents": 10**16}, "amount_cents", "out_of_range"),
        ({"date": dt.date(2150, 1, 1)}, "date", "date_out_of_range"),
        ({"date": None}, "date", "required"),
        ({"date": "2026-11-01"}, "date", "not_a_date"),
        ({"kind": "bribe"}, "kind", "not_a_choice"),
        ({"task_id": 99_999}, "task_id", "unknown_task"),
        ({"commitment_id": 99_999}, "commitment_id", "unknown_commitment"),
        ({"category_id": 99_999}, "category_id", "unknown_category"),
        ({"invoice_number": "x" * 65}, "invoice_number", "too_long"),
        ({"supplier": 12}, "supplier", "not_text"),
        ({"colour": "red"}, "colour", "unknown_field"),
    ],
)
def test_bad_expense_values_are_refused(
    session: Session, values: dict[str, object], field: str, code: str
) -> None:
    expense = service.list_expenses(session)[0]
    before = dump_project(session)
    with pytest.raises(InvalidValue) as excinfo:
        service.set_expense_fields(session, expense.id, values)
    assert _code(excinfo) == (field, code)
    assert dump_project(session) == before


def test_a_missing_expense_is_a_lookup_error(session: Session) -> None:
    with pytest.raises(LookupError):
        service.set_expense_fields(session, 99_999, {"note": "x"})
    with pytest.raises(LookupError):
        service.delete_expense(session, 99_999)


# -- commitments ---------------------------------------------------------------------------------
def test_closing_an_order_ends_its_commitment_and_undo_reopens_it(session: Session) -> None:
    order = service.list_commitments(session)[0]
    assert order.status is CommitmentStatus.OPEN and order.remaining_cents > 0
    with unit_of_work(session):
        committed = committed_by_category(session.connection())
    change, old = service.set_commitment_status(session, order.id, CommitmentStatus.CLOSED)
    assert old == {"status": "open"} and change.updated == {"commitment": frozenset({order.id})}
    closed = service.get_commitment(session, order.id)
    assert closed.status is CommitmentStatus.CLOSED and closed.remaining_cents == 0
    with unit_of_work(session):
        after = committed_by_category(session.connection())
    assert after.get(order.category_id, 0) == committed[order.category_id] - order.remaining_cents
    service.set_commitment_fields(session, order.id, old)
    assert service.get_commitment(session, order.id) == order


def test_deleting_an_order_unlinks_its_invoices_and_restore_relinks_them(
    session: Session,
) -> None:
    before = dump_project(session)
    order = service.list_commitments(session)[0]
    invoices = [e.id for e in service.list_expenses(session) if e.commitment_id == order.id]
    assert len(invoices) == 2
    change, removed = service.delete_commitment(session, order.id)
    assert removed.expense_ids == tuple(invoices)
    assert change.updated == {"expense": frozenset(invoices)}
    left = {e.id: e.commitment_id for e in service.list_expenses(session)}
    assert all(left[key] is None for key in invoices)
    service.restore_commitment(session, removed)
    assert dump_project(session) == before


def test_a_new_order_keeps_its_id_on_redo(session: Session) -> None:
    start = dump_project(session)
    values = service.blank_commitment(
        dt.date(2026, 11, 20), 1_200_000, reference="PO-2026-130", supplier="Trainer BV"
    )
    change, order = service.insert_commitment(session, values)
    assert change.inserted == {"commitment": frozenset({order.id})}
    assert order.remaining_cents == 1_200_000 and order.status is CommitmentStatus.OPEN
    inserted = dump_project(session)
    service.delete_commitment(session, order.id)
    assert dump_project(session) == start
    service.insert_commitment(session, service.with_id(values, order.id))
    assert dump_project(session) == inserted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"amount_cents": 0}, "amount_cents", "zero"),
        ({"amount_cents": -100}, "amount_cents", "out_of_range"),
        ({"status": "paid"}, "status", "not_a_choice"),
        ({"reference": "x" * 65}, "reference", "too_long"),
        ({"date": None}, "date", "required"),
    ],
)
def test_bad_order_values_are_refused(
    session: Session, values: dict[str, object], field: str, code: str
) -> None:
    order = service.list_commitments(session)[0]
    with pytest.raises(InvalidValue) as excinfo:
        service.set_commitment_fields(session, order.id, values)
    assert _code(excinfo) == (field, code)
