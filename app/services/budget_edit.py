"""Editing the budget: cost categories, budget lines, expenses and invoices, and purchase
orders (commitments).

Each function is one transaction and returns a ChangeSet (tables named by their table
name) with what undo needs; redo passes ids back, so a redone row keeps its identity.
The reading side (budget vs committed vs actual per category) is ``app.services.budget``.

A cost category in use (by budget lines, expenses, purchase orders, change requests,
resources or fixed costs) is not deleted silently: the delete is refused with the code
``in_use``, unless the caller names another category to move everything to (``move_to``:
budget lines of the same month are added together). A category that budget revisions name
is never deleted, since revisions are history and are not rewritten (code
``has_revisions``); it can be renamed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.budget import CommitmentStatus, ExpenseKind
from app.domain.risks import MAX_CENTS
from app.domain.validation import InvalidValue, check_date
from app.models.entities import (
    BudgetLine,
    BudgetRevision,
    ChangeRequest,
    Commitment,
    CostCategory,
    Expense,
    Resource,
    Task,
)
from app.services.budget import Category, categories
from app.services.changes import ChangeSet
from app.services.registers import check_block, check_choice, check_line, ids, merge
from app.services.transaction import unit_of_work

CATEGORY_TABLE = "cost_category"
LINE_TABLE = "budget_line"
EXPENSE_TABLE = "expense"
COMMITMENT_TABLE = "commitment"
MAX_CATEGORY_NAME = 64
MAX_REFERENCE = 64

_CATEGORIES = cast(Table, CostCategory.__table__)
_LINES = cast(Table, BudgetLine.__table__)
_EXPENSES = cast(Table, Expense.__table__)
_COMMITMENTS = cast(Table, Commitment.__table__)

# Where a category is used: (table name, table, column); budget revisions apart.
_CATEGORY_USERS: tuple[tuple[str, Table, str], ...] = (
    (EXPENSE_TABLE, _EXPENSES, "category_id"),
    (COMMITMENT_TABLE, _COMMITMENTS, "category_id"),
    ("change_request", cast(Table, ChangeRequest.__table__), "category_id"),
    ("resource", cast(Table, Resource.__table__), "category_id"),
    ("task", cast(Table, Task.__table__), "fixed_cost_category_id"),
)


# -- values shared by the budget's services ---------------------------------------------------
def check_cents(field: str, value: object, *, negative: bool = False, zero: bool = True) -> int:
    """Whole cents within ± MAX_CENTS; ``negative`` allows a saving or a credit note,
    ``zero`` False refuses 0 (code ``zero``)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", repr(value)[:40])
    if not (-MAX_CENTS if negative else 0) <= value <= MAX_CENTS:
        raise InvalidValue(field, "out_of_range", str(value))
    if value == 0 and not zero:
        raise InvalidValue(field, "zero")
    return value


def check_day(field: str, value: object) -> dt.date:
    """A required date within 1984–2149."""
    if value is None:
        raise InvalidValue(field, "required")
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidValue(field, "not_a_date", repr(value)[:40])
    check_date(field, value)
    return value


def _check_id(
    connection: Connection, field: str, value: object, table: Any, code: str
) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", repr(value)[:40])
    if connection.scalar(select(table.id).where(table.id == value)) is None:
        raise InvalidValue(field, code, str(value))
    return value


def check_category(connection: Connection, field: str, value: object) -> int | None:
    """None (no category) or the id of a cost category that exists."""
    return _check_id(connection, field, value, CostCategory, "unknown_category")


def check_task_ref(connection: Connection, field: str, value: object) -> int | None:
    """None or the id of a task that exists."""
    return _check_id(connection, field, value, Task, "unknown_task")


def check_commitment_ref(connection: Connection, field: str, value: object) -> int | None:
    """None or the id of a purchase order that exists."""
    return _check_id(connection, field, value, Commitment, "unknown_commitment")


def enum_or(kind: Any, value: str, fallback: Any) -> Any:
    """A stored vocabulary value; one written by a newer Koers reads as the fallback."""
    try:
        return kind(value)
    except ValueError:
        return fallback


def stored(value: Any) -> Any:
    """The text a vocabulary value is stored as."""
    return value.value if isinstance(value, ExpenseKind | CommitmentStatus) else value


# -- rows: insert with a given id, update some fields, delete and restore ------------------------
def insert_row(connection: Connection, table: Table, row: Mapping[str, Any], row_id: int) -> int:
    """Insert ``row`` (with ``row_id`` when not 0, for redo); returns the id."""
    values = dict(row)
    if row_id:
        values["id"] = row_id
    key = connection.execute(insert(table).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_row(
    connection: Connection, table: Table, row_id: int, values: Mapping[str, Any], what: str
) -> dict[str, Any]:
    """Store checked values; returns the old values of the fields that changed."""
    if not values:
        return {}
    row = connection.execute(
        select(*(table.c[name] for name in values)).where(table.c.id == row_id)
    ).first()
    if row is None:
        raise LookupError(f"{what} {row_id} does not exist")
    old = dict(zip(values, row, strict=True))
    changed = {name: value for name, value in values.items() if old[name] != value}
    if changed:
        connection.execute(update(table).where(table.c.id == row_id).values(**changed))
    return {name: old[name] for name in changed}


def delete_row(connection: Connection, table: Table, row_id: int, what: str) -> dict[str, Any]:
    """Remove one row; returns it as it was (every column), for restore."""
    row = connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        raise LookupError(f"{what} {row_id} does not exist")
    connection.execute(delete(table).where(table.c.id == row_id))
    return dict(row)


def _unknown(values: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = [name for name in values if name not in allowed]
    if unknown:
        raise InvalidValue(unknown[0], "unknown_field")


# -- cost categories ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CategoryUsage:
    """How many rows use a category: what a delete would have to move."""

    budget_lines: int = 0
    revisions: int = 0
    expenses: int = 0
    commitments: int = 0
    change_requests: int = 0
    resources: int = 0
    fixed_costs: int = 0

    @property
    def in_use(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True)
class RemovedCategory:
    """A deleted category with everything moved off it, for restore.

    ``moved``: table name → ids of the rows whose category was moved to ``move_to``;
    ``lines``: the budget lines of both categories as they were.
    """

    row: dict[str, Any]
    move_to: int | None = None
    moved: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    lines: tuple[dict[str, Any], ...] = ()


def list_cost_categories(session: Session) -> list[Category]:
    """The categories in their order (as ``app.services.budget.categories``)."""
    return categories(session)


def _usage(connection: Connection, category_id: int) -> CategoryUsage:
    def count(table: Table, column: str) -> int:
        query = select(func.count()).select_from(table).where(table.c[column] == category_id)
        return connection.scalar(query) or 0

    return CategoryUsage(
        budget_lines=count(_LINES, "category_id"),
        revisions=count(cast(Table, BudgetRevision.__table__), "category_id"),
        expenses=count(_EXPENSES, "category_id"),
        commitments=count(_COMMITMENTS, "category_id"),
        change_requests=count(cast(Table, ChangeRequest.__table__), "category_id"),
        resources=count(cast(Table, Resource.__table__), "category_id"),
        fixed_costs=count(cast(Table, Task.__table__), "fixed_cost_category_id"),
    )


def category_usage(session: Session, category_id: int) -> CategoryUsage:
    """What uses a category (to word the question before a delete)."""
    with unit_of_work(session):
        return _usage(session.connection(), category_id)


def _category_name(connection: Connection, value: object, category_id: int = 0) -> str:
    name = check_line("name", value, required=True, limit=MAX_CATEGORY_NAME)
    for key, other in connection.execute(select(CostCategory.id, CostCategory.name)):
        if key != category_id and other.casefold() == name.casefold():
            raise InvalidValue("name", "duplicate", name)
    return name


def _category_count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(_CATEGORIES)) or 0


def _shift_categories(connection: Connection, first: int, delta: int) -> None:
    connection.execute(
        update(CostCategory)
        .where(CostCategory.position >= first)
        .values(position=CostCategory.position + delta)
    )


def _category(connection: Connection, category_id: int) -> dict[str, Any]:
    row = (
        connection.execute(select(_CATEGORIES).where(_CATEGORIES.c.id == category_id))
        .mappings()
        .first()
    )
    if row is None:
        raise LookupError(f"cost category {category_id} does not exist")
    return dict(row)


def insert_cost_category(
    session: Session, name: str, position: int | None = None, category_id: int = 0
) -> tuple[ChangeSet, Category]:
    """Add a category (at the end unless ``position``); names are unique, ignoring case.

    ``category_id`` (redo) brings back the same id.
    """
    with unit_of_work(session):
        connection = session.connection()
        stored_name = _category_name(connection, name)
        count = _category_count(connection)
        place = count if position is None else max(0, min(position, count))
        _shift_categories(connection, place, +1)
        new_id = insert_row(
            connection, _CATEGORIES, {"position": place, "name": stored_name}, category_id
        )
    change = ChangeSet(inserted=ids(CATEGORY_TABLE, new_id), reordered=frozenset({CATEGORY_TABLE}))
    return change, Category(new_id, stored_name)


def rename_cost_category(session: Session, category_id: int, name: str) -> tuple[ChangeSet, str]:
    """Rename a category; returns the old name (for undo)."""
    with unit_of_work(session):
        connection = session.connection()
        old = _category(connection, category_id)["name"]
        new = _category_name(connection, name, category_id)
        if new == old:
            return ChangeSet(), old
        update_row(connection, _CATEGORIES, category_id, {"name": new}, "cost category")
    return ChangeSet(updated=ids(CATEGORY_TABLE, category_id)), old


def move_cost_category(session: Session, category_id: int, position: int) -> tuple[ChangeSet, int]:
    """Move a category to ``position`` (clamped) in the list; returns the old position."""
    with unit_of_work(session):
        connection = session.connection()
        old = _category(connection, category_id)["position"]
        place = max(0, min(position, _category_count(connection) - 1))
        if place == old:
            return ChangeSet(), old
        # Take the row out, close the gap, open one at the new place, put it there.
        _shift_categories(connection, old + 1, -1)
        _shift_categories(connection, place, +1)
        connection.execute(
            update(CostCategory).where(CostCategory.id == category_id).values(position=place)
        )
    change = ChangeSet(
        updated=ids(CATEGORY_TABLE, category_id), reordered=frozenset({CATEGORY_TABLE})
    )
    return change, old


def delete_cost_category(
    session: Session, category_id: int, move_to: int | None = None
) -> tuple[ChangeSet, RemovedCategory]:
    """Remove a category; returns it with what was moved off it, for ``restore_cost_category``.

    Refused with ``in_use`` while anything uses it, unless ``move_to`` names another
    category: then expenses, purchase orders, change requests, resources and fixed costs
    move there, and its budget lines too (added to the other category's line of the same
    month). Refused with ``has_revisions`` when budget revisions name it (history is kept).
    """
    with unit_of_work(session):
        connection = session.connection()
        row = _category(connection, category_id)
        usage = _usage(connection, category_id)
        if usage.revisions:
            raise InvalidValue("category", "has_revisions", row["name"])
        if move_to is None:
            if usage.in_use:
                detail = ", ".join(
                    f"{f.name}={getattr(usage, f.name)}"
                    for f in fields(usage)
                    if getattr(usage, f.name)
                )
                raise InvalidValue("category", "in_use", f"{row['name']}: {detail}")
            removed = RemovedCategory(row)
        else:
            if move_to == category_id:
                raise InvalidValue("move_to", "same_category", str(move_to))
            check_category(connection, "move_to", move_to)
            removed = _move_off(connection, row, move_to)
        connection.execute(delete(_CATEGORIES).where(_CATEGORIES.c.id == category_id))
        _shift_categories(connection, row["position"] + 1, -1)
    return _category_removal_change(removed, deleting=True), removed


def _move_off(connection: Connection, row: dict[str, Any], target: int) -> RemovedCategory:
    source = row["id"]
    moved: dict[str, tuple[int, ...]] = {}
    for name, table, column in _CATEGORY_USERS:
        found = tuple(
            connection.scalars(
                select(table.c.id).where(table.c[column] == source).order_by(table.c.id)
            )
        )
        if found:
            moved[name] = found
            connection.execute(update(table).where(table.c.id.in_(found)).values({column: target}))
    lines = [
        dict(found)
        for found in connection.execute(
            select(_LINES).where(_LINES.c.category_id.in_([source, target])).order_by(_LINES.c.id)
        ).mappings()
    ]
    target_lines = {line["month"]: line for line in lines if line["category_id"] == target}
    for line in lines:
        if line["category_id"] != source:
            continue
        into = target_lines.get(line["month"])
        if into is None:
            connection.execute(
                update(BudgetLine).where(BudgetLine.id == line["id"]).values(category_id=target)
            )
        else:
            connection.execute(
                update(BudgetLine)
                .where(BudgetLine.id == into["id"])
                .values(amount_cents=BudgetLine.amount_cents + line["amount_cents"])
            )
            connection.execute(delete(BudgetLine).where(BudgetLine.id == line["id"]))
    return RemovedCategory(row, target, moved, tuple(lines))


def _category_removal_change(removed: RemovedCategory, *, deleting: bool) -> ChangeSet:
    rows = ids(CATEGORY_TABLE, removed.row["id"])
    category = ChangeSet(
        deleted=rows if deleting else {},
        inserted={} if deleting else rows,
        reordered=frozenset({CATEGORY_TABLE}),
    )
    updated = {name: frozenset(keys) for name, keys in removed.moved.items()}
    if removed.lines:
        updated[LINE_TABLE] = frozenset(line["id"] for line in removed.lines)
    return merge(category, ChangeSet(updated=updated))


def restore_cost_category(session: Session, removed: RemovedCategory) -> ChangeSet:
    """Put a deleted category back: same id and place, its rows and budget lines as they were."""
    with unit_of_work(session):
        connection = session.connection()
        _shift_categories(connection, removed.row["position"], +1)
        connection.execute(insert(_CATEGORIES).values(**removed.row))
        if removed.lines:
            connection.execute(
                delete(_LINES).where(_LINES.c.id.in_([line["id"] for line in removed.lines]))
            )
            connection.execute(insert(_LINES), [dict(line) for line in removed.lines])
        users = {name: (table, column) for name, table, column in _CATEGORY_USERS}
        for name, keys in removed.moved.items():
            table, column = users[name]
            connection.execute(
                update(table).where(table.c.id.in_(keys)).values({column: removed.row["id"]})
            )
    return _category_removal_change(removed, deleting=False)


# -- budget lines -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BudgetLineData:
    """The budget of one category in one month (``month`` is the first day)."""

    id: int
    category_id: int
    month: dt.date
    amount_cents: int


@dataclass(frozen=True, slots=True)
class LineEdit:
    """What ``set_budget_line`` did: the line as it was (None: there was none) and the id
    of the line now (None: removed), for undo and redo."""

    category_id: int
    month: dt.date
    before: dict[str, Any] | None
    line_id: int | None


def first_of_month(value: object, field: str = "month") -> dt.date:
    """The first day of the month of a date (within 1984–2149)."""
    return check_day(field, value).replace(day=1)


def budget_lines(session: Session, category_id: int | None = None) -> list[BudgetLineData]:
    """Every budget line (or one category's), by category order and month."""
    statement = (
        select(BudgetLine.id, BudgetLine.category_id, BudgetLine.month, BudgetLine.amount_cents)
        .join(CostCategory, CostCategory.id == BudgetLine.category_id)
        .order_by(CostCategory.position, BudgetLine.month)
    )
    if category_id is not None:
        statement = statement.where(BudgetLine.category_id == category_id)
    with unit_of_work(session):
        return [BudgetLineData(*row) for row in session.connection().execute(statement)]


def set_budget_line(
    session: Session, category_id: int, month: dt.date, amount_cents: int, line_id: int = 0
) -> tuple[ChangeSet, LineEdit]:
    """Set a category's budget in a month (any day of it); 0 removes the line.

    Amounts are zero or more. ``line_id`` (redo) gives a new line the same id again.
    """
    with unit_of_work(session):
        connection = session.connection()
        if check_category(connection, "category_id", category_id) is None:
            raise InvalidValue("category_id", "required")
        day = first_of_month(month)
        amount = check_cents("amount_cents", amount_cents)
        found = (
            connection.execute(
                select(_LINES).where(_LINES.c.category_id == category_id, _LINES.c.month == day)
            )
            .mappings()
            .first()
        )
        before = dict(found) if found is not None else None
        if before is None and amount == 0:
            return ChangeSet(), LineEdit(category_id, day, None, None)
        if before is not None and before["amount_cents"] == amount:
            return ChangeSet(), LineEdit(category_id, day, before, before["id"])
        if before is None:
            new_id = insert_row(
                connection,
                _LINES,
                {"category_id": category_id, "month": day, "amount_cents": amount},
                line_id,
            )
            change = ChangeSet(inserted=ids(LINE_TABLE, new_id))
            return change, LineEdit(category_id, day, None, new_id)
        if amount == 0:
            connection.execute(delete(_LINES).where(_LINES.c.id == before["id"]))
            change = ChangeSet(deleted=ids(LINE_TABLE, before["id"]))
            return change, LineEdit(category_id, day, before, None)
        update_row(connection, _LINES, before["id"], {"amount_cents": amount}, "budget line")
    return ChangeSet(updated=ids(LINE_TABLE, before["id"])), LineEdit(
        category_id, day, before, before["id"]
    )


def undo_budget_line(session: Session, edit: LineEdit) -> ChangeSet:
    """Undo of ``set_budget_line``: the line as it was (or none)."""
    with unit_of_work(session):
        connection = session.connection()
        if edit.line_id is not None:
            connection.execute(delete(_LINES).where(_LINES.c.id == edit.line_id))
        if edit.before is not None:
            connection.execute(insert(_LINES).values(**edit.before))
    if edit.before is None:
        assert edit.line_id is not None
        return ChangeSet(deleted=ids(LINE_TABLE, edit.line_id))
    if edit.line_id is None:
        return ChangeSet(inserted=ids(LINE_TABLE, edit.before["id"]))
    return ChangeSet(updated=ids(LINE_TABLE, edit.line_id))


# -- expenses and invoices ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExpenseData:
    """An expense or a supplier's invoice, with the names the list shows beside it.

    ``amount_cents`` may be negative (a credit note), not zero.
    """

    id: int = 0
    date: dt.date | None = None
    amount_cents: int = 0
    category_id: int | None = None
    kind: ExpenseKind = ExpenseKind.INVOICE
    supplier: str = ""
    invoice_number: str = ""
    task_id: int | None = None
    commitment_id: int | None = None
    note: str = ""
    # Read only.
    category_name: str = ""
    task_name: str = ""
    commitment_reference: str = ""


EXPENSE_FIELDS = (
    "date",
    "amount_cents",
    "category_id",
    "kind",
    "supplier",
    "invoice_number",
    "task_id",
    "commitment_id",
    "note",
)


def normalise_expense_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field of an expense; returns what will be stored."""
    if name == "date":
        return check_day(name, value)
    if name == "amount_cents":
        return check_cents(name, value, negative=True, zero=False)
    if name == "category_id":
        return check_category(connection, name, value)
    if name == "kind":
        return check_choice(name, stored(value), ExpenseKind)
    if name == "supplier":
        return check_line(name, value)
    if name == "invoice_number":
        return check_line(name, value, limit=MAX_REFERENCE)
    if name == "task_id":
        return check_task_ref(connection, name, value)
    if name == "commitment_id":
        return check_commitment_ref(connection, name, value)
    if name == "note":
        return check_block(name, value)
    raise InvalidValue(name, "unknown_field")


def _expense_select() -> Any:
    return (
        select(
            _EXPENSES,
            CostCategory.name.label("category_name"),
            Task.name.label("task_name"),
            Commitment.reference.label("commitment_reference"),
        )
        .outerjoin(CostCategory, CostCategory.id == _EXPENSES.c.category_id)
        .outerjoin(Task, Task.id == _EXPENSES.c.task_id)
        .outerjoin(Commitment, Commitment.id == _EXPENSES.c.commitment_id)
        .order_by(_EXPENSES.c.date, _EXPENSES.c.id)
    )


def _expense(row: RowMapping) -> ExpenseData:
    return ExpenseData(
        id=row["id"],
        date=row["date"],
        amount_cents=row["amount_cents"],
        category_id=row["category_id"],
        kind=enum_or(ExpenseKind, row["kind"], ExpenseKind.INVOICE),
        supplier=row["supplier"],
        invoice_number=row["invoice_number"],
        task_id=row["task_id"],
        commitment_id=row["commitment_id"],
        note=row["note"],
        category_name=row["category_name"] or "",
        task_name=row["task_name"] or "",
        commitment_reference=row["commitment_reference"] or "",
    )


def list_expenses(session: Session) -> list[ExpenseData]:
    """Every expense and invoice, oldest first."""
    with unit_of_work(session):
        rows = session.connection().execute(_expense_select()).mappings()
        return [_expense(row) for row in rows]


def _read_expense(connection: Connection, expense_id: int) -> ExpenseData:
    row = (
        connection.execute(_expense_select().where(_EXPENSES.c.id == expense_id)).mappings().first()
    )
    if row is None:
        raise LookupError(f"expense {expense_id} does not exist")
    return _expense(row)


def get_expense(session: Session, expense_id: int) -> ExpenseData:
    with unit_of_work(session):
        return _read_expense(session.connection(), expense_id)


def _orders(*keys: int | None) -> dict[str, frozenset[int]]:
    """Purchase orders whose invoiced amount an expense edit changes."""
    found = frozenset(key for key in keys if key is not None)
    return {COMMITMENT_TABLE: found} if found else {}


def insert_expense(session: Session, values: ExpenseData) -> tuple[ChangeSet, ExpenseData]:
    """Book an expense or invoice; ``values.id`` 0 means a new id (redo passes the old one)."""
    with unit_of_work(session):
        connection = session.connection()
        row = {
            name: normalise_expense_value(connection, name, getattr(values, name))
            for name in EXPENSE_FIELDS
        }
        new_id = insert_row(connection, _EXPENSES, row, values.id)
        expense = _read_expense(connection, new_id)
    change = ChangeSet(inserted=ids(EXPENSE_TABLE, new_id), updated=_orders(expense.commitment_id))
    return change, expense


def set_expense_fields(
    session: Session, expense_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of an expense; returns the values they replaced, for undo."""
    _unknown(values, EXPENSE_FIELDS)
    with unit_of_work(session):
        connection = session.connection()
        checked = {
            name: normalise_expense_value(connection, name, value) for name, value in values.items()
        }
        before = connection.scalar(select(Expense.commitment_id).where(Expense.id == expense_id))
        old = update_row(connection, _EXPENSES, expense_id, checked, "expense")
    if not old:
        return ChangeSet(), old
    orders: dict[str, frozenset[int]] = {}
    if "commitment_id" in old or "amount_cents" in old:
        orders = _orders(before, checked.get("commitment_id", before))
    return ChangeSet(updated={**ids(EXPENSE_TABLE, expense_id), **orders}), old


def delete_expense(session: Session, expense_id: int) -> tuple[ChangeSet, dict[str, Any]]:
    """Remove an expense; returns its row as it was, for ``restore_expense``."""
    with unit_of_work(session):
        row = delete_row(session.connection(), _EXPENSES, expense_id, "expense")
    change = ChangeSet(
        deleted=ids(EXPENSE_TABLE, expense_id), updated=_orders(row["commitment_id"])
    )
    return change, row


def restore_expense(session: Session, row: Mapping[str, Any]) -> ChangeSet:
    """Put a deleted expense back, same id."""
    with unit_of_work(session):
        session.connection().execute(insert(_EXPENSES).values(**row))
    return ChangeSet(inserted=ids(EXPENSE_TABLE, row["id"]), updated=_orders(row["commitment_id"]))


def blank_expense(date: dt.date, amount_cents: int, **values: Any) -> ExpenseData:
    """Values for a new expense; the id is chosen when it is inserted."""
    unknown = set(values) - set(EXPENSE_FIELDS)
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return ExpenseData(date=date, amount_cents=amount_cents, **values)


# -- commitments (purchase orders) -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CommitmentData:
    """A purchase order or contract, with what has been invoiced against it."""

    id: int = 0
    reference: str = ""
    supplier: str = ""
    description: str = ""
    amount_cents: int = 0
    date: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    category_id: int | None = None
    task_id: int | None = None
    # Read only.
    category_name: str = ""
    task_name: str = ""
    invoiced_cents: int = 0

    @property
    def remaining_cents(self) -> int:
        """What is still committed: an open order less its invoices (never below zero)."""
        if self.status is not CommitmentStatus.OPEN:
            return 0
        return max(0, self.amount_cents - self.invoiced_cents)


COMMITMENT_FIELDS = (
    "reference",
    "supplier",
    "description",
    "amount_cents",
    "date",
    "status",
    "category_id",
    "task_id",
)


@dataclass(frozen=True, slots=True)
class RemovedCommitment:
    """A deleted purchase order and the invoices that pointed at it."""

    row: dict[str, Any]
    expense_ids: tuple[int, ...] = ()


def normalise_commitment_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field of a purchase order; returns what will be stored."""
    if name == "reference":
        return check_line(name, value, limit=MAX_REFERENCE)
    if name == "supplier":
        return check_line(name, value)
    if name == "description":
        return check_block(name, value)
    if name == "amount_cents":
        return check_cents(name, value, zero=False)
    if name == "date":
        return check_day(name, value)
    if name == "status":
        return check_choice(name, stored(value), CommitmentStatus)
    if name == "category_id":
        return check_category(connection, name, value)
    if name == "task_id":
        return check_task_ref(connection, name, value)
    raise InvalidValue(name, "unknown_field")


def _commitment_select() -> Any:
    invoiced = (
        select(Expense.commitment_id, func.sum(Expense.amount_cents).label("invoiced"))
        .where(Expense.commitment_id.is_not(None))
        .group_by(Expense.commitment_id)
        .subquery()
    )
    return (
        select(
            _COMMITMENTS,
            CostCategory.name.label("category_name"),
            Task.name.label("task_name"),
            invoiced.c.invoiced,
        )
        .outerjoin(CostCategory, CostCategory.id == _COMMITMENTS.c.category_id)
        .outerjoin(Task, Task.id == _COMMITMENTS.c.task_id)
        .outerjoin(invoiced, invoiced.c.commitment_id == _COMMITMENTS.c.id)
        .order_by(_COMMITMENTS.c.date, _COMMITMENTS.c.id)
    )


def _commitment(row: RowMapping) -> CommitmentData:
    return CommitmentData(
        id=row["id"],
        reference=row["reference"],
        supplier=row["supplier"],
        description=row["description"],
        amount_cents=row["amount_cents"],
        date=row["date"],
        status=enum_or(CommitmentStatus, row["status"], CommitmentStatus.OPEN),
        category_id=row["category_id"],
        task_id=row["task_id"],
        category_name=row["category_name"] or "",
        task_name=row["task_name"] or "",
        invoiced_cents=int(row["invoiced"] or 0),
    )


def list_commitments(session: Session) -> list[CommitmentData]:
    """Every purchase order, oldest first, with its invoiced amount."""
    with unit_of_work(session):
        rows = session.connection().execute(_commitment_select()).mappings()
        return [_commitment(row) for row in rows]


def _read_commitment(connection: Connection, commitment_id: int) -> CommitmentData:
    row = (
        connection.execute(_commitment_select().where(_COMMITMENTS.c.id == commitment_id))
        .mappings()
        .first()
    )
    if row is None:
        raise LookupError(f"commitment {commitment_id} does not exist")
    return _commitment(row)


def get_commitment(session: Session, commitment_id: int) -> CommitmentData:
    with unit_of_work(session):
        return _read_commitment(session.connection(), commitment_id)


def insert_commitment(session: Session, values: CommitmentData) -> tuple[ChangeSet, CommitmentData]:
    """Record a purchase order; ``values.id`` 0 means a new id (redo passes the old one)."""
    with unit_of_work(session):
        connection = session.connection()
        row = {
            name: normalise_commitment_value(connection, name, getattr(values, name))
            for name in COMMITMENT_FIELDS
        }
        new_id = insert_row(connection, _COMMITMENTS, row, values.id)
        commitment = _read_commitment(connection, new_id)
    return ChangeSet(inserted=ids(COMMITMENT_TABLE, new_id)), commitment


def set_commitment_fields(
    session: Session, commitment_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of a purchase order (its status too: open, closed, cancelled);
    returns the values they replaced, for undo."""
    _unknown(values, COMMITMENT_FIELDS)
    with unit_of_work(session):
        connection = session.connection()
        checked = {
            name: normalise_commitment_value(connection, name, value)
            for name, value in values.items()
        }
        old = update_row(connection, _COMMITMENTS, commitment_id, checked, "commitment")
    if not old:
        return ChangeSet(), old
    return ChangeSet(updated=ids(COMMITMENT_TABLE, commitment_id)), old


def set_commitment_status(
    session: Session, commitment_id: int, status: CommitmentStatus | str
) -> tuple[ChangeSet, dict[str, Any]]:
    """Close, cancel or reopen a purchase order (see ``set_commitment_fields``)."""
    return set_commitment_fields(session, commitment_id, {"status": stored(status)})


def delete_commitment(session: Session, commitment_id: int) -> tuple[ChangeSet, RemovedCommitment]:
    """Remove a purchase order; its invoices stay, without the link (restore re-links them)."""
    with unit_of_work(session):
        connection = session.connection()
        invoices = tuple(
            connection.scalars(
                select(Expense.id)
                .where(Expense.commitment_id == commitment_id)
                .order_by(Expense.id)
            )
        )
        row = delete_row(connection, _COMMITMENTS, commitment_id, "commitment")
    removed = RemovedCommitment(row, invoices)
    updated = ids(EXPENSE_TABLE, *invoices) if invoices else {}
    return ChangeSet(deleted=ids(COMMITMENT_TABLE, commitment_id), updated=updated), removed


def restore_commitment(session: Session, removed: RemovedCommitment) -> ChangeSet:
    """Put a deleted purchase order back (same id) and its invoices' links."""
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(insert(_COMMITMENTS).values(**removed.row))
        if removed.expense_ids:
            connection.execute(
                update(Expense)
                .where(Expense.id.in_(removed.expense_ids))
                .values(commitment_id=removed.row["id"])
            )
    updated = ids(EXPENSE_TABLE, *removed.expense_ids) if removed.expense_ids else {}
    return ChangeSet(inserted=ids(COMMITMENT_TABLE, removed.row["id"]), updated=updated)


def blank_commitment(date: dt.date, amount_cents: int, **values: Any) -> CommitmentData:
    """Values for a new purchase order; the id is chosen when it is inserted."""
    unknown = set(values) - set(COMMITMENT_FIELDS)
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return CommitmentData(date=date, amount_cents=amount_cents, **values)


def with_id(values: Any, row_id: int) -> Any:
    """The values to insert again on redo: the same id as the first time."""
    return replace(values, id=row_id)
