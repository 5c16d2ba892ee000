"""The register sheets of an edited Koers workbook, read back: Charter, Requirements, Risks,
Issues and Stakeholders.

Each sheet is compared with the same sheet built from the project as it is now (the export's
own table builders), cell by cell, so an unchanged row is no change whatever Excel did to
its number formats. A row with a Koers ID whose editable cells differ is an edit of those
fields; a row without one is a new row; a Koers ID that is gone is a deletion. Computed
columns (codes, scores, review counts, linked tasks) are ignored and listed. Every value is
checked by the register's own rules before anything is written, and every problem is
reported by sheet, row and column.

Writing happens inside the caller's transaction (``apply_register_changes``), next to the
Tasks sheet's edits, so the whole workbook is one undoable step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from app.domain.charter import check_charter_dates
from app.domain.stakeholders import normalise_stakeholder_value
from app.domain.validation import InvalidValue
from app.io.sheet_reader import CellProblem, SheetTable, parse_date, parse_number
from app.io.tables import Table
from app.models.entities import Issue, Project, Requirement, Risk, Stakeholder
from app.services import issues as issue_service
from app.services import requirements as requirement_service
from app.services import risks as risk_service
from app.services import stakeholders as stakeholder_service
from app.services.charter import normalise_charter_value, read_charter

# How a column's cells are read: text, a block of text, a date, a whole number (or empty),
# money, a truth value, a stakeholder's name, a risk's code.
TEXT, DATE, WHOLE, MONEY, TRUTH, PERSON, RISK_REF = (
    "text",
    "date",
    "whole",
    "money",
    "truth",
    "person",
    "risk",
)


@dataclass(frozen=True, slots=True)
class RegisterField:
    header: str
    name: str  # the register's field (for PERSON: the prefix of ``_id`` / ``_text``)
    reader: str = TEXT


@dataclass(frozen=True, slots=True)
class RegisterSheet:
    """How one register's sheet maps onto its fields."""

    sheet: str
    noun: str  # "risk", for the preview
    title_field: str  # the field a new row needs
    fields: tuple[RegisterField, ...]
    computed: tuple[str, ...]  # headers whose edits are ignored


REQUIREMENTS = RegisterSheet(
    "Requirements",
    "requirement",
    "title",
    (
        RegisterField("Title", "title"),
        RegisterField("Description", "description"),
        RegisterField("Priority", "priority"),
        RegisterField("Source", "source"),
        RegisterField("Status", "status"),
        RegisterField("Acceptance criteria", "acceptance_criteria"),
    ),
    ("Ref",),
)
RISKS = RegisterSheet(
    "Risks",
    "risk",
    "title",
    (
        RegisterField("Title", "title"),
        RegisterField("Kind", "kind"),
        RegisterField("Category", "category"),
        RegisterField("Cause", "cause"),
        RegisterField("Event", "event"),
        RegisterField("Effect", "effect"),
        RegisterField("Raised by", "raised_by"),
        RegisterField("Date raised", "date_raised", DATE),
        RegisterField("Owner", "owner", PERSON),
        RegisterField("Actionee", "actionee", PERSON),
        RegisterField("Proximity", "proximity"),
        RegisterField("Probability", "inherent_probability", WHOLE),
        RegisterField("Impact", "inherent_impact", WHOLE),
        RegisterField("Strategy", "strategy"),
        RegisterField("Response actions", "response_actions"),
        RegisterField("Trigger", "trigger"),
        RegisterField("Contingency", "contingency"),
        RegisterField("Response cost", "response_cost_cents", MONEY),
        RegisterField("Cost impact", "cost_impact_cents", MONEY),
        RegisterField("Schedule impact (days)", "schedule_impact_days", WHOLE),
        RegisterField("Residual probability", "residual_probability", WHOLE),
        RegisterField("Residual impact", "residual_impact", WHOLE),
        RegisterField("Status", "status"),
        RegisterField("Next review", "next_review", DATE),
    ),
    ("Ref", "Score", "Last review", "Reviews", "Tasks", "Response tasks", "Issues"),
)
ISSUES = RegisterSheet(
    "Issues",
    "issue",
    "title",
    (
        RegisterField("Title", "title"),
        RegisterField("Kind", "kind"),
        RegisterField("Date raised", "date_raised", DATE),
        RegisterField("Raised by", "raised_by"),
        RegisterField("Description", "description"),
        RegisterField("Impact", "impact"),
        RegisterField("Urgency", "urgency"),
        RegisterField("Priority", "priority"),
        RegisterField("Owner", "owner", PERSON),
        RegisterField("Target date", "target_date", DATE),
        RegisterField("Status", "status"),
        RegisterField("Resolution", "resolution"),
        RegisterField("Risk", "risk_id", RISK_REF),
    ),
    ("Ref", "Tasks"),
)
STAKEHOLDERS = RegisterSheet(
    "Stakeholders",
    "stakeholder",
    "name",
    tuple(
        RegisterField(
            header,
            name,
            TRUTH if name == "internal" else WHOLE if name in ("power", "interest") else TEXT,
        )
        for name, header in (
            ("name", "Name"),
            ("role", "Role"),
            ("organisation", "Organisation"),
            ("internal", "Internal"),
            ("email", "Email"),
            ("phone", "Phone"),
            ("contact_notes", "Contact notes"),
            ("requirements", "Requirements"),
            ("expectations", "Expectations"),
            ("concerns", "Concerns"),
            ("power", "Power"),
            ("interest", "Interest"),
            ("attitude", "Attitude"),
            ("current_engagement", "Current engagement"),
            ("desired_engagement", "Desired engagement"),
            ("strategy", "Strategy"),
            ("relationship_owner", "Relationship owner"),
            ("information_needs", "Information needs"),
            ("channel", "Channel"),
            ("frequency", "Frequency"),
            ("language", "Language"),
        )
    ),
    ("Anonymised", "Quadrant", "Engagement gap"),
)
REGISTER_SHEETS = (REQUIREMENTS, RISKS, ISSUES, STAKEHOLDERS)


@dataclass(frozen=True, slots=True)
class RowEdit:
    sheet: RegisterSheet
    row: int
    key: int
    label: str
    values: dict[str, Any]  # field → value as the register stores it
    shown: tuple[tuple[str, str, str], ...]  # (header, before, after) for the preview


@dataclass(frozen=True, slots=True)
class RowNew:
    sheet: RegisterSheet
    row: int
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class RowGone:
    sheet: RegisterSheet
    key: int
    label: str


@dataclass
class RegisterChanges:
    """What the register sheets change; ``charter`` maps charter fields to new values."""

    edits: list[RowEdit] = field(default_factory=list)
    new: list[RowNew] = field(default_factory=list)
    gone: list[RowGone] = field(default_factory=list)
    charter: dict[str, Any] = field(default_factory=dict)
    charter_shown: list[tuple[str, str, str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    # Sheets whose rows the user moved: every row's key (a Koers ID, or "new:<row>") in order.
    order: dict[str, list[int | str]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.edits or self.new or self.gone or self.charter or self.order)

    def lines(self) -> list[str]:
        lines = [
            f"Charter: {label} {before} → {after}" for label, before, after in self.charter_shown
        ]
        for edit in self.edits:
            lines += [
                f"{edit.sheet.sheet} row {edit.row} ({edit.label}): {header} {before} → {after}"
                for header, before, after in edit.shown
            ]
        lines += [
            f"{new.sheet.sheet} row {new.row}: new {new.sheet.noun} "
            f"{new.values[new.sheet.title_field]!r}"
            for new in self.new
        ]
        return lines + [f"{sheet}: rows in a new order" for sheet in self.order]

    def deletion_lines(self) -> list[str]:
        return [f"{gone.sheet.noun} {gone.label}: deleted" for gone in self.gone]


# -- reading cells ---------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    return str(value)


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    moment = parse_date(value, day_first=True)
    return None if moment is None else moment.date()


def _whole(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        value = float(value)
    number = parse_number(value)
    if number is None or not float(number).is_integer():
        raise CellProblem(f"{_text(value)!r} is not a whole number")
    return int(number)


def _cents(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        if isinstance(value, Decimal):
            amount = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            amount = Decimal(repr(value))
        else:
            number = parse_number(value)
            if number is None:
                raise CellProblem(f"{_text(value)!r} is not an amount")
            amount = Decimal(repr(number))
        return int((amount * 100).to_integral_value(ROUND_HALF_UP))
    except (InvalidOperation, OverflowError, ValueError):
        raise CellProblem(f"{_text(value)!r} is not an amount") from None


def _truth(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = _text(value).strip().casefold()
    if text in ("yes", "true", "1", "ja", "waar", "y", "j"):
        return True
    if text in ("no", "false", "0", "nee", "onwaar", "n"):
        return False
    raise CellProblem(f"{_text(value)!r} is not yes or no")


READERS: dict[str, Callable[[Any], Any]] = {
    TEXT: _text,
    PERSON: lambda value: _text(value).strip(),
    RISK_REF: lambda value: _text(value).strip(),
    DATE: _date,
    WHOLE: _whole,
    MONEY: _cents,
    TRUTH: _truth,
}


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    text = _text(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


# -- the plan --------------------------------------------------------------------------------


@dataclass
class _Lookups:
    stakeholders: dict[str, int]  # casefolded name → id
    risks: dict[str, int]  # ref → id


def _lookups(session: Session) -> _Lookups:
    connection = session.connection()
    names: dict[str, int] = {}
    for key, name in connection.execute(
        select(Stakeholder.id, Stakeholder.name).order_by(Stakeholder.position)
    ):
        names.setdefault(name.casefold(), key)
    refs = {ref: key for key, ref in connection.execute(select(Risk.id, Risk.ref))}
    return _Lookups(names, refs)


class _SheetPlanner:
    def __init__(
        self,
        spec: RegisterSheet,
        sheet: SheetTable,
        current: Table,
        lookups: _Lookups,
        changes: RegisterChanges,
        problems: list[str],
    ) -> None:
        self.spec = spec
        self.sheet = sheet
        self.current_headers = current.headers
        self.current = {int(str(row[0])): row for row in current.rows if row and row[0] is not None}
        self.lookups = lookups
        self.changes = changes
        self.problems = problems
        header = sheet.rows[0] if sheet.rows else ()
        self.columns = {" ".join(_text(v).split()).casefold(): i for i, v in enumerate(header)}

    def problem(self, row: int, header: str, message: str) -> None:
        self.problems.append(f"{self.spec.sheet} row {row}, {header}: {message}")

    def cell(self, values: tuple[Any, ...], header: str) -> Any:
        index = self.columns.get(header.casefold())
        return values[index] if index is not None and index < len(values) else None

    def before(self, key: int, header: str) -> Any:
        if header not in self.current_headers:
            return None
        return self.current[key][self.current_headers.index(header)]

    def plan(self) -> None:
        if "koers id" not in self.columns:
            self.changes.ignored.append(
                f"{self.spec.sheet}: the sheet has no 'Koers ID' column; it is not read back"
            )
            return
        seen: dict[int, int] = {}
        order: list[int | str] = []
        for offset, values in enumerate(self.sheet.rows[1:]):
            number = offset + 2
            if all(value is None or value == "" for value in values):
                continue
            raw = self.cell(values, "Koers ID")
            if raw is None or raw == "":
                if self.new_row(number, values):
                    order.append(f"new:{number}")
                continue
            try:
                key = _whole(raw)
            except CellProblem as problem:
                self.problem(number, "Koers ID", str(problem))
                continue
            if key not in self.current:
                self.problem(number, "Koers ID", f"{key} is not a {self.spec.noun} of this project")
                continue
            if key in seen:
                self.problem(number, "Koers ID", f"{key} is also the Koers ID of row {seen[key]}")
                continue
            seen[key] = number
            order.append(key)
            self.existing_row(number, key, values)
        for key, row in self.current.items():
            if key not in seen:
                label = f"{row[1]} {row[2]!r}" if self.spec is not STAKEHOLDERS else repr(row[1])
                self.changes.gone.append(RowGone(self.spec, key, label))
        kept = [key for key in self.current if key in seen]
        # New rows at the end are appended anyway; anything else is a new order.
        existing = [key for key in order if isinstance(key, int)]
        first_new = next((i for i, key in enumerate(order) if isinstance(key, str)), len(order))
        if existing != kept or any(isinstance(key, int) for key in order[first_new:]):
            self.changes.order[self.spec.sheet] = order

    def read(self, number: int, spec: RegisterField, value: Any) -> tuple[bool, Any]:
        try:
            return True, READERS[spec.reader](value)
        except (CellProblem, ValueError) as problem:
            self.problem(number, spec.header, str(problem))
            return False, None

    def existing_row(self, number: int, key: int, values: tuple[Any, ...]) -> None:
        stored: dict[str, Any] = {}
        shown: list[tuple[str, str, str]] = []
        for spec in self.spec.fields:
            if spec.header.casefold() not in self.columns:
                continue  # a column the user removed (or contacts left out): no change
            ok, after = self.read(number, spec, self.cell(values, spec.header))
            if not ok:
                continue
            before = READERS[spec.reader](self.before(key, spec.header))
            if _same(before, after):
                continue
            if self.store(number, spec, after, stored):
                shown.append((spec.header, _shown(before), _shown(after)))
        for header in self.spec.computed:
            if header.casefold() not in self.columns or header not in self.current_headers:
                continue
            before, after = self.before(key, header), self.cell(values, header)
            if not _same(_text(before).strip(), _text(after).strip()):
                self.changes.ignored.append(
                    f"{self.spec.sheet} row {number}: {header} is computed by Koers; "
                    f"the edit {_shown(after)} is ignored"
                )
        if stored:
            label = self.label(key)
            self.changes.edits.append(RowEdit(self.spec, number, key, label, stored, tuple(shown)))

    def label(self, key: int) -> str:
        row = self.current[key]
        return f"{row[1]} {row[2]}" if self.spec is not STAKEHOLDERS else str(row[1])

    def new_row(self, number: int, values: tuple[Any, ...]) -> bool:
        stored: dict[str, Any] = {}
        for spec in self.spec.fields:
            if spec.header.casefold() not in self.columns:
                continue
            ok, value = self.read(number, spec, self.cell(values, spec.header))
            if ok and value not in (None, ""):
                self.store(number, spec, value, stored)
        if not stored.get(self.spec.title_field):
            header = next(f.header for f in self.spec.fields if f.name == self.spec.title_field)
            self.problem(number, header, f"a new {self.spec.noun} needs a {header.lower()}")
            return False
        self.changes.new.append(RowNew(self.spec, number, stored))
        return True

    def store(self, number: int, spec: RegisterField, value: Any, stored: dict[str, Any]) -> bool:
        """Put a read value into ``stored`` under the register's field names."""
        if spec.reader == PERSON:
            person = self.lookups.stakeholders.get(str(value).casefold()) if value else None
            stored[f"{spec.name}_id"] = person
            stored[f"{spec.name}_text"] = "" if person is not None else value
            return True
        if spec.reader == RISK_REF:
            if value and value not in self.lookups.risks:
                self.problem(number, spec.header, f"{value!r} is not a risk of this project")
                return False
            stored[spec.name] = self.lookups.risks.get(value) if value else None
            return True
        if spec.reader == TEXT:
            value = value or ""
        elif spec.reader == MONEY and value is None:
            value = 0
        elif spec.reader == WHOLE and value is None and spec.name in _REQUIRED_NUMBERS:
            self.problem(number, spec.header, "a number is needed")
            return False
        stored[spec.name] = value
        return True


# Whole-number fields that cannot be empty (the residual scores can).
_REQUIRED_NUMBERS = frozenset(
    {"inherent_probability", "inherent_impact", "schedule_impact_days", "power", "interest"}
)


def _same(before: Any, after: Any) -> bool:
    if before in (None, "") and after in (None, ""):
        return True
    return bool(before == after)


def _charter(sheet: SheetTable, session: Session, changes: RegisterChanges) -> None:
    charter = dataclasses.asdict(read_charter(session))
    for offset, values in enumerate(sheet.rows[1:]):
        cells = (*values, None, None, None)
        key = _text(cells[2]).strip()
        if key not in charter:
            continue
        before = charter[key]
        after: Any
        if isinstance(before, dt.date) or key in ("target_finish", "status_date", "start_date"):
            try:
                after = _date(cells[1])
            except (CellProblem, ValueError) as problem:
                changes.ignored.append(f"Charter row {offset + 2}: {problem}; not read back")
                continue
        else:
            after = _text(cells[1])
        if _same(before, after):
            continue
        changes.charter[key] = after
        changes.charter_shown.append((_text(cells[0]) or key, _shown(before), _shown(after)))


def plan_register_changes(
    session: Session, sheets: dict[str, SheetTable], problems: list[str]
) -> RegisterChanges:
    """Compare each register sheet present in the workbook with the project.

    ``sheets`` maps sheet names to the sheets read; problems are appended to ``problems``.
    Values are checked by each register's rules here, so applying cannot fail on them.
    """
    from app.services.export_xlsx import (
        issues_table,
        requirements_table,
        risks_table,
        stakeholders_table,
    )

    builders: dict[str, Callable[[], Table]] = {
        "Requirements": lambda: requirements_table(session),
        "Risks": lambda: risks_table(session),
        "Issues": lambda: issues_table(session),
        "Stakeholders": lambda: stakeholders_table(session, include_contacts=True),
    }
    changes = RegisterChanges()
    if "Charter" in sheets:
        _charter(sheets["Charter"], session, changes)
    lookups = _lookups(session)
    for spec in REGISTER_SHEETS:
        if spec.sheet in sheets:
            _SheetPlanner(
                spec, sheets[spec.sheet], builders[spec.sheet](), lookups, changes, problems
            ).plan()
    _check(session, changes, problems)
    return changes


def _check(session: Session, changes: RegisterChanges, problems: list[str]) -> None:
    """Every value through its register's rules, so the plan can be applied as it is."""
    connection = session.connection()
    for row, spec, values in [
        *((edit.row, edit.sheet, edit.values) for edit in changes.edits),
        *((new.row, new.sheet, new.values) for new in changes.new),
    ]:
        for name, value in values.items():
            try:
                _normalise(connection, spec, name, value)
            except InvalidValue as error:
                header = _header(spec, name)
                problems.append(f"{spec.sheet} row {row}, {header}: {error}")
    for name, value in changes.charter.items():
        try:
            normalise_charter_value(name, value)
        except InvalidValue as error:
            problems.append(f"Charter, {name}: {error}")
    if changes.charter:
        charter = read_charter(session)
        proposed = dataclasses.replace(charter, **changes.charter)
        try:
            check_charter_dates(proposed.start_date, proposed.target_finish)
        except InvalidValue as error:
            problems.append(f"Charter: {error}")


def _header(spec: RegisterSheet, name: str) -> str:
    for candidate in spec.fields:
        if name in (candidate.name, f"{candidate.name}_id", f"{candidate.name}_text"):
            return candidate.header
    return name


def _normalise(connection: Connection, spec: RegisterSheet, name: str, value: Any) -> Any:
    if spec is RISKS:
        return risk_service.normalise_risk_value(connection, name, value)
    if spec is ISSUES:
        return issue_service.normalise_issue_value(connection, name, value)
    if spec is REQUIREMENTS:
        return requirement_service.normalise_requirement_value(name, value)
    return normalise_stakeholder_value(name, value)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


# -- applying --------------------------------------------------------------------------------


def apply_register_changes(session: Session, changes: RegisterChanges) -> None:
    """Write the register edits inside the caller's transaction."""
    connection = session.connection()
    if changes.charter:
        connection.execute(update(Project).values(**changes.charter))
    for gone in changes.gone:
        _delete(session, gone)
    for edit in changes.edits:
        _edit(session, edit)
    made = {(new.sheet.sheet, f"new:{new.row}"): _insert(session, new) for new in changes.new}
    for sheet, order in changes.order.items():
        entity = _ENTITIES[sheet]
        keys = [made[sheet, key] if isinstance(key, str) else key for key in order]
        connection.execute(
            update(entity).where(entity.id == bindparam("key")).values(position=bindparam("place")),
            [{"key": key, "place": place} for place, key in enumerate(keys)],
        )


_ENTITIES: dict[str, Any] = {
    "Requirements": Requirement,
    "Risks": Risk,
    "Issues": Issue,
    "Stakeholders": Stakeholder,
}


def _delete(session: Session, gone: RowGone) -> None:
    if gone.sheet is RISKS:
        risk_service.delete_risk_row(session.connection(), gone.key)
    elif gone.sheet is ISSUES:
        issue_service.delete_issue_row(session.connection(), gone.key)
    elif gone.sheet is REQUIREMENTS:
        requirement_service.delete_requirement_row(session, gone.key)
    else:
        stakeholder_service.delete_stakeholder_row(session, gone.key)


def _edit(session: Session, edit: RowEdit) -> None:
    connection = session.connection()
    if edit.sheet is RISKS:
        risk_service.store_risk_fields(connection, edit.key, edit.values)
        return
    entity = _ENTITIES[edit.sheet.sheet]
    stored = {
        name: _plain(_normalise(connection, edit.sheet, name, value))
        for name, value in edit.values.items()
    }
    connection.execute(update(entity).where(entity.id == edit.key).values(**stored))


def _insert(session: Session, new: RowNew) -> int:
    """Add a row at the end of its register; returns its id."""
    title = new.values[new.sheet.title_field]
    others = {k: v for k, v in new.values.items() if k != new.sheet.title_field}
    if new.sheet is RISKS:
        risk = risk_service.blank_risk(title, **others)
        return risk_service.insert_risk_row(session.connection(), risk)[0].id
    if new.sheet is ISSUES:
        issue = issue_service.blank_issue(title, **others)
        return issue_service.insert_issue_row(session.connection(), issue)[0].id
    if new.sheet is REQUIREMENTS:
        values = dataclasses.replace(requirement_service.blank_requirement(title), **others)
        return requirement_service.insert_requirement_row(session, 1 << 30, values).id
    person = dataclasses.replace(stakeholder_service.blank_stakeholder(title), **others)
    return stakeholder_service.insert_stakeholder_row(session, 1 << 30, person).id


def register_tables() -> Iterable[Any]:
    """The tables a register import may change, parents first (for undo and redo)."""
    return (Stakeholder, Requirement, Risk, Issue)
