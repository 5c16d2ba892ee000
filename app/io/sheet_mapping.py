"""From a sheet's columns to a register's fields: suggestions, readings and a report.

Pure: a ``SheetTable`` goes in, records and a validation report come out, nothing is
written. ``suggest_mapping`` reads English and Dutch headers (Taak/Task, Duur/Duration,
Begin/Start, Einde/Finish, Voorgangers/Predecessors, Risico/Risk, Kans/Probability, …) and
picks the register the sheet holds: tasks, risks, requirements or stakeholders.
``analyse`` reads every data row into a record and lists what is wrong, per row and column,
in words; a record is only written when the report holds no error.

Tasks take their hierarchy from an outline-level column, else a WBS code column, else the
leading spaces of their names; predecessors are task IDs from the ID column (or, without
one, row numbers among the tasks) with MS Project's types and lags (``2fs``, ``3FS+2d``,
``5;7``); a duration without unit is in the unit the user chose.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.calendar import CalendarSpec, DurationUnit, UnitSettings, WorkCalendar, to_minutes
from app.domain.errors import InputRefused
from app.domain.memory import collector_paused
from app.domain.risks import (
    MAX_CATEGORY_LENGTH,
    MAX_CENTS,
    MAX_SCHEDULE_DAYS,
    OPPORTUNITY_STRATEGIES,
    THREAT_STRATEGIES,
)
from app.domain.scheduler import CycleError, Plan, ScheduleLink, Scheduler, ScheduleTask
from app.domain.task_text import (
    PredecessorRef,
    TextError,
    format_duration,
    max_minutes,
    parse_duration,
    parse_predecessors,
)
from app.domain.validation import MAX_NAME_LENGTH, MAX_TEXT_LENGTH
from app.io.sheet_reader import (
    CellProblem,
    CellValue,
    Row,
    SheetTable,
    parse_date,
    parse_number,
    show,
    split_list,
)
from app.io.xlsx_safety import MAX_COLUMNS, column_letters, column_number

TASKS, RISKS, REQUIREMENTS, STAKEHOLDERS = "tasks", "risks", "requirements", "stakeholders"
REGISTERS = (TASKS, RISKS, REQUIREMENTS, STAKEHOLDERS)
ERROR, WARNING = "error", "warning"
UNITS = {"m": DurationUnit.MINUTE, "h": DurationUnit.HOUR, "d": DurationUnit.DAY}
UNITS.update({"w": DurationUnit.WEEK, "mo": DurationUnit.MONTH})
HEADER_SEARCH_ROWS = 30
MAX_LEVEL = 100
MAX_REPORTED = 500  # issues kept in a report; the count says how many there were
_SETTINGS = UnitSettings()
_START_HOUR, _FINISH_HOUR = 8, 17
_PLAIN_CALENDAR = WorkCalendar(CalendarSpec("links only"))  # loops do not depend on dates


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field a column can be mapped to; ``synonyms`` are normalised headers (English and
    Dutch) that name it, ``weak`` ones name it only when nothing better does."""

    key: str
    label: str
    kind: str
    synonyms: tuple[str, ...]
    weak: tuple[str, ...] = ()
    key_field: bool = False


def _f(
    key: str, label: str, kind: str, synonyms: str, weak: str = "", key_field: bool = False
) -> FieldSpec:
    def words(text: str) -> tuple[str, ...]:
        return tuple(item.strip() for item in text.split("|") if item.strip())

    return FieldSpec(key, label, kind, words(synonyms), words(weak), key_field)


_ID = "id|nr|no|no.|nr.|#|number|nummer|ref|ref.|reference|referentie|uid|unique id"
FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    TASKS: (
        _f("id", "ID", "id", _ID + "|task id|taak id|taaknummer|task no|step id"),
        _f(
            "name",
            "Name",
            "name",
            "task|task name|taak|taaknaam|activity|activity name|activiteit|name|naam|"
            "work package|werkpakket|task description|taakomschrijving",
            "description|omschrijving|title|titel|epic|milestone name|summary|deliverable|"
            "feature|item|stap|step",
            key_field=True,
        ),
        _f(
            "wbs", "WBS code", "wbs", "wbs|wbs code|wbs-code|wbs nr|outline number|overzichtsnummer"
        ),
        _f(
            "outline_level",
            "Outline level",
            "level",
            "outline level|level|niveau|overzichtsniveau|indent|indent level|inspringniveau",
        ),
        _f(
            "duration",
            "Duration",
            "duration",
            "duration|duur|looptijd|doorlooptijd|duration (days)|duur (dagen)|days|dagen|"
            "duration in days|weeks|weken|duration (weeks)|duur (weken)",
            "effort|estimate|schatting|inspanning|work|werk|time|tijd",
        ),
        _f(
            "start",
            "Start",
            "date",
            "start|begin|start date|begindatum|startdatum|begin date|planned start|"
            "gepland begin|geplande start|start datum|van|from",
        ),
        _f(
            "finish",
            "Finish",
            "date",
            "finish|end|einde|eind|end date|einddatum|finish date|planned finish|"
            "gepland einde|eind datum|tot|to|until|due|due date|klaar",
        ),
        _f(
            "predecessors",
            "Predecessors",
            "predecessors",
            "predecessors|predecessor|voorgangers|voorganger|dependencies|dependency|"
            "depends on|afhankelijkheden|afhankelijkheid|afhankelijk van|pred|preds|after",
        ),
        _f(
            "resources",
            "Resources",
            "resources",
            "resources|resource names|resource|middelen|resourcenamen|resourcing|"
            "assigned to|toegewezen aan|assignee|uitvoerder|uitvoerders|who|wie|people",
            "owner|eigenaar|responsible|verantwoordelijke|team",
        ),
        _f(
            "percent_complete",
            "% complete",
            "percent",
            "% complete|percent complete|% voltooid|voltooid|progress|voortgang|% gereed|"
            "gereed|% done|done %|complete|percentage complete|% klaar",
        ),
        _f(
            "actual_start",
            "Actual start",
            "date",
            "actual start|werkelijk begin|werkelijke start|werkelijke begindatum|actual start date",
        ),
        _f(
            "actual_finish",
            "Actual finish",
            "date",
            "actual finish|actual end|werkelijk einde|werkelijke einddatum|actual end date",
        ),
        _f("deadline", "Deadline", "date", "deadline|uiterste datum|target date|streefdatum"),
        _f("milestone", "Milestone", "bool", "milestone|mijlpaal|is milestone"),
        _f(
            "notes",
            "Notes",
            "text",
            "notes|note|notities|notitie|opmerkingen|opmerking|comments|comment|remarks|toelichting",
        ),
    ),
    RISKS: (
        _f("id", "ID", "id", _ID + "|risk id|risk no|risk number|risico id|risiconummer"),
        _f(
            "title",
            "Risk",
            "line",
            "risk|risico|risk title|risk name|risicotitel|risico omschrijving|risk description",
            "title|titel|name|naam|description|omschrijving|beschrijving|summary",
            key_field=True,
        ),
        _f(
            "inherent_probability",
            "Probability",
            "scale",
            "probability|likelihood|kans|waarschijnlijkheid|prob|probability (1-5)|kans (1-5)|"
            "chance",
        ),
        _f(
            "inherent_impact",
            "Impact",
            "scale",
            "impact|severity|ernst|impact (1-5)|gevolg (1-5)|seriousness|consequence|gevolg",
        ),
        _f(
            "owner_text",
            "Owner",
            "line",
            "owner|eigenaar|risk owner|risico-eigenaar|risicoeigenaar|responsible|"
            "verantwoordelijke",
        ),
        _f("actionee_text", "Actionee", "line", "actionee|actiehouder|action owner|uitvoerder"),
        _f(
            "category",
            "Category",
            "category",
            "category|categories|categorie|categorieën|risk category|risicocategorie|type|soort",
        ),
        _f(
            "kind",
            "Threat or opportunity",
            "kind",
            "threat/opportunity|threat or opportunity|bedreiging/kans|kind|aard",
        ),
        _f(
            "strategy",
            "Strategy",
            "strategy",
            "strategy|strategie|response strategy|response|respons|approach|aanpak|treatment|"
            "responsstrategie|beheersstrategie",
        ),
        _f(
            "response_actions",
            "Response actions",
            "text",
            "mitigation|mitigation plan|actions|response actions|maatregelen|maatregel|"
            "beheersmaatregel|beheersmaatregelen|countermeasures|tegenmaatregelen|action plan|"
            "mitigation actions|mitigating actions|acties",
        ),
        _f("status", "Status", "status", "status|state|stand|risk status|risicostatus"),
        _f(
            "occurred",
            "Occurred",
            "bool",
            "realized|realised|occurred|opgetreden|happened|materialised|materialized|"
            "is issue|issue",
        ),
        _f("cause", "Cause", "text", "cause|oorzaak|causes|oorzaken|source|bron"),
        _f("event", "Event", "text", "event|gebeurtenis|risk event"),
        _f("effect", "Effect", "text", "effect|effects|gevolgen|consequences|result"),
        _f("trigger", "Trigger", "text", "trigger|triggers|signaal|early warning|warning signs"),
        _f(
            "contingency",
            "Contingency",
            "text",
            "contingency|contingency plan|fallback plan|noodplan|terugvalplan",
        ),
        _f(
            "date_raised",
            "Date raised",
            "day",
            "date raised|raised|date identified|identified|gemeld op|datum gemeld|datum|date|"
            "registered|geregistreerd|date logged",
        ),
        _f(
            "raised_by",
            "Raised by",
            "line",
            "raised by|gemeld door|identified by|author|auteur|reported by|ingediend door",
        ),
        _f(
            "next_review",
            "Next review",
            "day",
            "next review|review date|volgende review|herzien op|review|volgende beoordeling",
        ),
        _f("proximity", "Proximity", "proximity", "proximity|nabijheid|timing|when"),
        _f(
            "cost_impact_cents",
            "Cost impact",
            "money",
            "cost impact|kosten|cost|financial impact|kostenimpact|financiële impact|"
            "cost impact (eur)|amount|bedrag",
        ),
        _f(
            "schedule_impact_days",
            "Schedule impact (days)",
            "days",
            "schedule impact|delay|vertraging|days delay|schedule impact (days)|"
            "vertraging (dagen)|time impact",
        ),
    ),
    REQUIREMENTS: (
        _f("id", "ID", "id", _ID + "|req id|requirement id|eis id|reqid"),
        _f(
            "title",
            "Requirement",
            "line",
            "requirement|requirements|eis|eisen|requirement title|user story|story|wens|wensen",
            "title|titel|name|naam|summary|samenvatting",
            key_field=True,
        ),
        _f(
            "description",
            "Description",
            "text",
            "description|omschrijving|beschrijving|details|detail|toelichting",
        ),
        _f("priority", "Priority", "priority", "priority|prioriteit|moscow|moscow priority"),
        _f("source", "Source", "line", "source|bron|requested by|aangevraagd door|stakeholder"),
        _f("status", "Status", "requirement_status", "status|state|stand"),
        _f(
            "acceptance_criteria",
            "Acceptance criteria",
            "text",
            "acceptance criteria|acceptatiecriteria|acceptance|criteria|acceptance criterion",
        ),
    ),
    STAKEHOLDERS: (
        _f(
            "name",
            "Name",
            "line",
            "name|naam|stakeholder|belanghebbende|person|persoon|stakeholder name",
            "who|wie",
            key_field=True,
        ),
        _f("role", "Role", "line", "role|rol|function|functie|job title|position|positie"),
        _f(
            "organisation",
            "Organisation",
            "line",
            "organisation|organization|organisatie|company|bedrijf|department|afdeling|team",
        ),
        _f("email", "E-mail", "line", "email|e-mail|mail|email address|e-mailadres"),
        _f("phone", "Phone", "line", "phone|telefoon|tel|tel.|telephone|mobile|mobiel"),
        _f("power", "Power", "scale", "power|influence|invloed|macht|power/influence"),
        _f("interest", "Interest", "scale", "interest|belang|interesse|betrokkenheid (1-5)"),
        _f("attitude", "Attitude", "attitude", "attitude|houding|stance|support"),
        _f(
            "current_engagement",
            "Current engagement",
            "engagement",
            "engagement|current engagement|huidige betrokkenheid|betrokkenheid|current",
        ),
        _f(
            "desired_engagement",
            "Desired engagement",
            "engagement",
            "desired engagement|gewenste betrokkenheid|desired|target engagement",
        ),
        _f("strategy", "Strategy", "text", "strategy|strategie|approach|aanpak"),
        _f("expectations", "Expectations", "text", "expectations|verwachtingen"),
        _f("concerns", "Concerns", "text", "concerns|zorgen|issues"),
        _f("requirements", "Requirements", "text", "requirements|eisen|needs|behoeften"),
        _f(
            "channel",
            "Channel",
            "line",
            "channel|kanaal|communication|communicatie|communication channel|com plan",
        ),
        _f("frequency", "Frequency", "line", "frequency|frequentie|how often"),
        _f(
            "relationship_owner",
            "Relationship owner",
            "line",
            "relationship owner|relatiebeheerder|owner|eigenaar|contact",
        ),
        _f(
            "information_needs",
            "Information needs",
            "text",
            "information needs|informatiebehoefte|information",
        ),
        _f("contact_notes", "Notes", "text", "notes|notities|opmerkingen|comments|remarks"),
    ),
}
REGISTER_LABELS = {
    TASKS: "tasks",
    RISKS: "risks",
    REQUIREMENTS: "requirements",
    STAKEHOLDERS: "stakeholders",
}
_RECORD_WORD = {
    TASKS: "task",
    RISKS: "risk",
    REQUIREMENTS: "requirement",
    STAKEHOLDERS: "stakeholder",
}


def field_specs(register: str) -> tuple[FieldSpec, ...]:
    return FIELDS[register]


def field_spec(register: str, key: str) -> FieldSpec:
    for spec in FIELDS[register]:
        if spec.key == key:
            return spec
    raise KeyError(key)


# ----- mapping --------------------------------------------------------------------------------


@dataclass
class Mapping:
    """Which column (0-based) each field of ``register`` is read from."""

    register: str
    columns: dict[str, int] = field(default_factory=dict)

    def column(self, key: str) -> int | None:
        return self.columns.get(key)

    def field_of(self, column: int) -> str | None:
        for key, index in self.columns.items():
            if index == column:
                return key
        return None


@dataclass(frozen=True, slots=True)
class Options:
    """How to read values that do not say it themselves."""

    duration_unit: str = "d"  # unit of a duration without one: m, h, d, w or mo
    day_first: bool = True  # 05-03-2024 is 5 March (False: 3 May)


_PUNCTUATION = re.compile(r"[\s:*?]+$")
_SPACES = re.compile(r"\s+")
_UNIT_HINT = re.compile(r"\(([^)]*)\)")
_UNIT_WORDS = {
    "d": ("days", "day", "dagen", "dag", "d"),
    "w": ("weeks", "week", "weken", "wks", "wk", "w"),
    "h": ("hours", "hour", "uren", "uur", "hrs", "h", "u"),
    "mo": ("months", "month", "maanden", "maand", "mnd"),
}


def normalise_header(text: object) -> str:
    """A header as synonyms are written: lower case, single spaces, no trailing colon."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    value = _SPACES.sub(" ", str(text).replace("\u00a0", " ")).strip().casefold()
    value = value.replace(" / ", "/").replace("/ ", "/").replace(" /", "/")
    return _PUNCTUATION.sub("", value)


def unit_hint(header: str) -> str | None:
    """The duration unit a header names, as in "Duration (weeks)" or "Duur in dagen"."""
    text = normalise_header(header)
    found = _UNIT_HINT.findall(text) or [text]
    for part in found:
        words = set(re.findall(r"[a-z]+", part))
        for unit, names in _UNIT_WORDS.items():
            if words & set(names) and (part != text or len(words) <= 3):
                return unit
    return None


def _header_score(spec: FieldSpec, header: str) -> int:
    if not header:
        return 0
    if header in spec.synonyms:
        return 4
    if header in spec.weak:
        return 2
    base = _UNIT_HINT.sub("", header).strip()
    if base and base != header:
        if base in spec.synonyms:
            return 3
        if base in spec.weak:
            return 1
    last = header.rsplit("/", 1)[-1].strip()  # "Planned / Start" (a merged group above)
    if last != header and last in spec.synonyms:
        return 3
    return 0


def suggest_mapping(
    headers: Sequence[str],
    rows: Sequence[Row] = (),
    register: str | None = None,
) -> Mapping:
    """The mapping the headers suggest, for ``register`` or for the register they fit best.

    Each column goes to at most one field and each field to at most one column: the best
    header match wins; a tie goes to the column with more values in ``rows``, then the
    leftmost.
    """
    normalised = [normalise_header(header) for header in headers]
    filled = [
        sum(1 for row in rows[:200] if c < len(row) and row[c] is not None)
        for c in range(len(headers))
    ]
    candidates = [register] if register is not None else list(REGISTERS)
    best: Mapping | None = None
    best_score = -1
    for name in candidates:
        mapping, score = _best_mapping(name, normalised, filled)
        if score > best_score:
            best, best_score = mapping, score
    assert best is not None
    return best


def _best_mapping(register: str, headers: list[str], filled: list[int]) -> tuple[Mapping, int]:
    pairs: list[tuple[int, int, int, str, int]] = []
    for spec in FIELDS[register]:
        for column, header in enumerate(headers):
            score = _header_score(spec, header)
            if score:
                pairs.append(
                    (
                        score,
                        filled[column] if column < len(filled) else 0,
                        -column,
                        spec.key,
                        column,
                    )
                )
    pairs.sort(reverse=True)
    columns: dict[str, int] = {}
    used: set[int] = set()
    total = 0
    for score, _filled, _left, key, column in pairs:
        if key in columns or column in used:
            continue
        columns[key] = column
        used.add(column)
        total += score
    key_field = next(spec.key for spec in FIELDS[register] if spec.key_field)
    if key_field in columns:
        total += 3
    else:
        total = min(total, 1)
    return Mapping(register, columns), total


class MappingError(InputRefused):
    """A mapping the user gave names a field or a column that does not exist."""


_LETTERS = re.compile(r"[A-Za-z]{1,3}")


def find_field(register: str, name: str) -> str | None:
    """The key of the field ``name`` stands for: its key, its label or one of its headers."""
    wanted = normalise_header(name).replace("_", " ")
    for spec in FIELDS[register]:
        if wanted in (spec.key.replace("_", " "), normalise_header(spec.label)):
            return spec.key
    for spec in FIELDS[register]:
        if wanted in spec.synonyms:
            return spec.key
    return None


def find_column(headers: Sequence[str], name: str) -> int | None:
    """The 0-based column ``name`` stands for: a header (the whole text or the part after a
    group label), a column letter such as K, or a column number from 1."""
    wanted = normalise_header(name)
    if not wanted:
        return None
    normalised = [normalise_header(header) for header in headers]
    if wanted in normalised:
        return normalised.index(wanted)
    for index, header in enumerate(normalised):
        if header.rsplit("/", 1)[-1].strip() == wanted:
            return index
    text = name.strip()
    if _LETTERS.fullmatch(text):
        return column_number(text) - 1
    if text.isdigit() and 1 <= int(text) <= MAX_COLUMNS:
        return int(text) - 1
    return None


def override_mapping(
    suggested: Mapping,
    overrides: dict[str, str],
    headers: Sequence[str],
    rows: Sequence[Row] = (),
    register: str | None = None,
) -> Mapping:
    """``suggested`` with the user's FIELD=COLUMN choices on top (an empty COLUMN unmaps the
    field). Fields of another register switch to that register's suggestion first."""
    chosen = register or suggested.register
    if register is None and overrides:
        unknown = [name for name in overrides if find_field(chosen, name) is None]
        if unknown:
            fits = [r for r in REGISTERS if all(find_field(r, n) is not None for n in overrides)]
            if fits:
                chosen = fits[0]
    if chosen not in FIELDS:
        raise MappingError(f"there is no register {chosen!r} (choose {', '.join(REGISTERS)})")
    base = suggested if chosen == suggested.register else suggest_mapping(headers, rows, chosen)
    columns = dict(base.columns)
    for name, column_name in overrides.items():
        key = find_field(chosen, name)
        if key is None:
            known = ", ".join(spec.key for spec in FIELDS[chosen])
            raise MappingError(f"--map {name}: {chosen} have no field {name!r} (fields: {known})")
        if not column_name.strip():
            columns.pop(key, None)
            continue
        column = find_column(headers, column_name)
        if column is None:
            raise MappingError(
                f"--map {name}={column_name}: the sheet has no column {column_name!r} "
                "(give a header, a column letter or a column number)"
            )
        for other, index in list(columns.items()):
            if index == column and other != key:
                del columns[other]
        columns[key] = column
    return Mapping(chosen, columns)


_DATE_FIELDS = ("start", "finish", "actual_start", "actual_finish", "deadline")


def suggest_day_first(table: SheetTable, mapping: Mapping, header_row: int) -> bool:
    """Whether the sheet's typed dates read day first (05-03-2024 is 5 March): True unless
    more of them make sense month first (a 13th month, a weekday that does not match)."""
    columns = [mapping.columns[key] for key in _DATE_FIELDS if key in mapping.columns]
    fits = {True: 0, False: 0}
    seen = 0
    for row in table.rows[header_row:]:
        for column in columns:
            value = row[column] if column < len(row) else None
            if not isinstance(value, str) or value.isspace():
                continue
            seen += 1
            for day_first in (True, False):
                try:
                    parse_date(value, day_first=day_first)
                except CellProblem:
                    continue
                fits[day_first] += 1
        if seen >= 200:
            break
    return fits[True] >= fits[False]


# ----- headers --------------------------------------------------------------------------------


def find_header_row(table: SheetTable) -> int:
    """The 1-based row that most looks like the header: the most texts, known headers counting
    more, numbers and dates counting against; the first such row when several tie."""
    known = {synonym for specs in FIELDS.values() for spec in specs for synonym in spec.synonyms}
    best_row, best_score = 1, -(10**9)
    for number in range(1, min(len(table.rows), HEADER_SEARCH_ROWS) + 1):
        row = table.rows[number - 1]
        texts = [value for value in row if isinstance(value, str) and not value.isspace()]
        others = sum(1 for value in row if value is not None and not isinstance(value, str))
        if len(texts) < 1:
            continue
        score = len(texts) * 2 - others * 3
        score += sum(3 for text in texts if normalise_header(text) in known)
        if (len(texts) >= 2 or score > 2) and score > best_score:
            best_row, best_score = number, score
    return best_row


def _merge_at(table: SheetTable, row: int, column: int) -> tuple[int, int, int, int] | None:
    for merge in table.merges:
        if merge[0] <= row <= merge[2] and merge[1] <= column <= merge[3]:
            return merge
    return None


def header_texts(table: SheetTable, header_row: int) -> list[str]:
    """The header of each column: the header row's text, or that of a merged range over it;
    a group label merged across columns in the row above comes first ("Planned / Start")."""
    width = max(table.width, 1)
    headers: list[str] = []
    for column in range(1, width + 1):
        value = table.cell(header_row, column)
        merge = _merge_at(table, header_row, column)
        if value is None and merge is not None:
            value = table.cell(merge[0], merge[1])
        text = _SPACES.sub(" ", str(value)).strip() if value is not None else ""
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        group = _merge_at(table, header_row - 1, column) if header_row > 1 else None
        if group is not None and group[1] < group[3] and (merge is None or merge != group):
            label = table.cell(group[0], group[1])
            if label is not None and text:
                text = f"{_SPACES.sub(' ', str(label)).strip()} / {text}"
        headers.append(text)
    return headers


def column_title(headers: Sequence[str], column: int) -> str:
    """How a column is named in messages: its letter and header."""
    letter = column_letters(column + 1)
    header = headers[column] if column < len(headers) else ""
    return f"{letter} ({header})" if header else letter


def data_start(table: SheetTable, header_row: int) -> int:
    """The first data row: below the header row and below any merged header cell."""
    start = header_row + 1
    for merge in table.merges:
        if merge[0] <= header_row <= merge[2]:
            start = max(start, merge[2] + 1)
    return start


# ----- report ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding of the validation report; ``row`` is the sheet row, ``column`` 0-based."""

    severity: str
    message: str
    row: int | None = None
    column: int | None = None
    field: str = ""
    last_row: int | None = None  # a run of rows with the same finding

    def where(self, headers: Sequence[str] = ()) -> str:
        parts: list[str] = []
        if self.row is not None:
            if self.last_row is not None and self.last_row != self.row:
                parts.append(f"rows {self.row}–{self.last_row}")
            else:
                parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {column_title(headers, self.column)}")
        return ", ".join(parts)

    def text(self, headers: Sequence[str] = ()) -> str:
        where = self.where(headers)
        return f"{where}: {self.message}" if where else self.message


@dataclass(slots=True)
class TaskLinkRecord:
    predecessor: int  # index of the predecessor's record
    type: str
    lag_minutes: int
    lag_unit: str
    lag_percent: float | None


@dataclass(slots=True)
class TaskRecord:
    row: int
    name: str
    level: int = 1
    duration_minutes: int | None = None
    duration_unit: str = "d"
    estimated: bool = False
    milestone: bool = False
    start: dt.datetime | None = None
    finish: dt.datetime | None = None
    actual_start: dt.datetime | None = None
    actual_finish: dt.datetime | None = None
    deadline: dt.datetime | None = None
    percent_complete: int = 0
    notes: str = ""
    resources: list[tuple[str, float]] = field(default_factory=list)
    links: list[TaskLinkRecord] = field(default_factory=list)
    predecessor_text: str = ""
    source_id: str = ""
    wbs: str = ""
    summary: bool = False
    failed: set[str] = field(default_factory=set)  # fields whose cell could not be read


@dataclass
class RegisterRecord:
    """A risk, requirement or stakeholder: its row and the values of its fields."""

    row: int
    values: dict[str, Any]


@dataclass
class SheetAnalysis:
    """What an import of the sheet would write, and what is wrong with the sheet."""

    table: SheetTable
    header_row: int
    headers: list[str]
    mapping: Mapping
    options: Options
    records: list[Any] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    issue_count: int = 0
    data_rows: int = 0
    first_data_row: int = 0

    @property
    def register(self) -> str:
        return self.mapping.register

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.records)

    def report(self) -> list[str]:
        """Each finding as a line: "error: row 5, column D (Duration): 'x' is not a duration"."""
        lines = [f"{issue.severity}: {issue.text(self.headers)}" for issue in self.issues]
        if self.issue_count > len(self.issues):
            lines.append(f"… and {self.issue_count - len(self.issues)} more")
        return lines

    def summary(self) -> str:
        noun = _RECORD_WORD[self.register]
        count = len(self.records)
        return (
            f"{count} {noun}{'' if count == 1 else 's'} from sheet {self.table.sheet!r} "
            f"(header in row {self.header_row}), {len(self.errors)} errors, "
            f"{len(self.warnings)} warnings"
        )

    def preview(self, limit: int = 20) -> tuple[list[str], list[list[str]]]:
        """Column titles and the first ``limit`` records as they will be imported, as text."""
        if self.register == TASKS:
            return _task_preview(self.records[:limit])
        present = {key for record in self.records[:limit] for key in record.values}
        specs = FIELDS[self.register]
        keys = [spec.key for spec in specs if spec.key in present and spec.key != "id"]
        labels = {spec.key: spec.label for spec in specs}
        titles = ["Row", *(labels[key] for key in keys)]
        rows = [
            [str(record.row), *(_display(record.values.get(key)) for key in keys)]
            for record in self.records[:limit]
        ]
        return titles, rows


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _task_preview(records: Sequence[TaskRecord]) -> tuple[list[str], list[list[str]]]:
    titles = [
        "Row",
        "Name",
        "Duration",
        "Start",
        "Finish",
        "Predecessors",
        "Resources",
        "% complete",
    ]
    rows: list[list[str]] = []
    for record in records:
        duration = ""
        if record.summary:
            duration = "(summary)"
        elif record.duration_minutes is not None:
            unit = UNITS.get(record.duration_unit, DurationUnit(record.duration_unit))
            duration = format_duration(record.duration_minutes, _SETTINGS, "en", unit)
        rows.append(
            [
                str(record.row),
                "    " * (record.level - 1) + record.name,
                duration,
                _display(record.start),
                _display(record.finish),
                record.predecessor_text,
                ", ".join(
                    name if units == 1 else f"{name}[{units * 100:g}%]"
                    for name, units in record.resources
                ),
                f"{record.percent_complete}%" if record.percent_complete else "",
            ]
        )
    return titles, rows


class _Report:
    """Collects issues, joining a run of rows with the same message into one."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.count = 0

    def add(
        self,
        severity: str,
        message: str,
        row: int | None = None,
        column: int | None = None,
        key: str = "",
    ) -> None:
        self.count += 1
        if self.issues and row is not None:
            last = self.issues[-1]
            end = last.last_row if last.last_row is not None else last.row
            if (
                last.severity == severity
                and last.message == message
                and last.column == column
                and end is not None
                and row == end + 1
            ):
                self.issues[-1] = replace(last, last_row=row)
                self.count -= 1
                return
        if len(self.issues) < MAX_REPORTED:
            self.issues.append(Issue(severity, message, row, column, key))


# ----- analysis -------------------------------------------------------------------------------


def analyse(
    table: SheetTable,
    mapping: Mapping | None = None,
    header_row: int | None = None,
    options: Options = Options(),
) -> SheetAnalysis:
    """Read the sheet's data rows into records with ``mapping`` (suggested when None)."""
    header = header_row if header_row is not None else find_header_row(table)
    header = max(1, header)
    headers = header_texts(table, header)
    start = data_start(table, header)
    rows = table.rows[start - 1 :] if start - 1 < len(table.rows) else []
    if mapping is None:
        mapping = suggest_mapping(headers, rows)
    analysis = SheetAnalysis(table, header, headers, mapping, options, first_data_row=start)
    report = _Report()
    for row, column in table.formula_cells:
        index = column - 1
        if row >= start and index in mapping.columns.values():
            report.add(
                WARNING,
                "holds a formula without a saved result (the file was never recalculated); "
                "it reads as empty",
                row,
                index,
            )
    key_field = next(spec.key for spec in FIELDS[mapping.register] if spec.key_field)
    if key_field not in mapping.columns:
        label = field_spec(mapping.register, key_field).label
        report.add(
            ERROR,
            f"no column is mapped to {label}, which every {_RECORD_WORD[mapping.register]} needs",
        )
    elif not any(rows):
        report.add(ERROR, f"no data rows under the header in row {header}")
    else:
        reader = _Reader(table, mapping, options, headers, report, start)
        with collector_paused():
            if mapping.register == TASKS:
                analysis.records = reader.tasks(rows)
            else:
                analysis.records = reader.register_rows(rows)
        analysis.data_rows = reader.data_rows
        if not analysis.records and not any(i.severity == ERROR for i in report.issues):
            label = field_spec(mapping.register, key_field).label.lower()
            report.add(
                ERROR, f"no data rows: no row under the header in row {header} has a {label}"
            )
    analysis.issues = report.issues
    analysis.issue_count = report.count
    return analysis


class _Reader:
    def __init__(
        self,
        table: SheetTable,
        mapping: Mapping,
        options: Options,
        headers: list[str],
        report: _Report,
        start: int,
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.options = options
        self.headers = headers
        self.report = report
        self.start = start
        self.data_rows = 0
        self.unit = UNITS.get(options.duration_unit, DurationUnit.DAY)
        self.header_keys = [normalise_header(text) for text in headers]
        self.columns = sorted(mapping.columns.items(), key=lambda item: item[1])

    # -- rows --

    def _rows(self, rows: Sequence[Row]) -> Iterable[tuple[int, Row]]:
        """(sheet row, values) of the data rows: empty rows and repeated headers left out."""
        key = next(spec.key for spec in FIELDS[self.mapping.register] if spec.key_field)
        key_column = self.mapping.columns[key]
        key_header = (
            self.headers[key_column].strip().casefold() if key_column < len(self.headers) else None
        )
        for offset, row in enumerate(rows):
            number = self.start + offset
            if not row:
                continue
            value = row[key_column] if key_column < len(row) else None
            if (value is None or _blank(value)) and all(
                cell is None or _blank(cell) for cell in row
            ):
                continue
            if (
                type(value) is str
                and value.strip().casefold() == key_header
                and self._repeats_header(row)
            ):
                self.report.add(WARNING, "repeats the header row; left out", number)
                continue
            if value is None or (isinstance(value, str) and not value.strip()):
                label = field_spec(self.mapping.register, key).label.lower()
                self.report.add(
                    WARNING,
                    f"has no {label} (column {column_letters(key_column + 1)}); left out",
                    number,
                )
                continue
            self.data_rows += 1
            yield number, row

    def _repeats_header(self, row: Row) -> bool:
        texts = [
            (index, normalise_header(value))
            for index, value in enumerate(row)
            if isinstance(value, str) and value.strip()
        ]
        if len(texts) < 2:
            return False
        same = sum(
            1
            for index, text in texts
            if index < len(self.header_keys) and text == self.header_keys[index]
        )
        return same >= max(2, (len(texts) * 2 + 2) // 3)

    def _value(self, row: Row, key: str) -> CellValue:
        column = self.mapping.columns.get(key)
        if column is None or column >= len(row):
            return None
        return row[column]

    def _problem(self, number: int, key: str, message: str, severity: str = ERROR) -> None:
        self.report.add(severity, message, number, self.mapping.columns.get(key), key)

    # -- tasks --

    def tasks(self, rows: Sequence[Row]) -> list[TaskRecord]:
        records: list[TaskRecord] = []
        raw_names: list[str] = []
        levels: list[int | None] = []
        predecessors: list[CellValue] = []
        for number, row in self._rows(rows):
            record, raw, level = self._task(number, row)
            records.append(record)
            raw_names.append(raw)
            levels.append(level)
            predecessors.append(self._value(row, "predecessors"))
        if not records:
            return records
        self._hierarchy(records, raw_names, levels)
        self._links(records, predecessors)
        self._check_cycles(records)
        return records

    def _task(self, number: int, row: Row) -> tuple[TaskRecord, str, int | None]:
        raw = self._value(row, "name")
        raw_text = _text(raw)
        name = raw_text.strip()
        if len(name) > MAX_NAME_LENGTH:
            self._problem(
                number, "name", f"is longer than {MAX_NAME_LENGTH} characters; cut short", WARNING
            )
            name = name[:MAX_NAME_LENGTH]
        record = TaskRecord(number, name, duration_unit=self.unit.value)
        record.source_id = _id_text(self._value(row, "id"))
        level: int | None = None
        for key, column in self.columns:
            if key in ("name", "id", "predecessors") or column >= len(row):
                continue
            value = row[column]
            if value is None or _blank(value):
                continue
            try:
                if key == "duration":
                    minutes, unit, estimated = self._duration(value)
                    record.duration_minutes, record.duration_unit = minutes, unit
                    record.estimated = estimated
                elif key in ("start", "finish", "actual_start", "actual_finish", "deadline"):
                    moment = parse_date(
                        value, day_first=self.options.day_first, epoch_1904=self.table.epoch_1904
                    )
                    if moment is not None and moment.time() == dt.time():
                        hour = _START_HOUR if key in ("start", "actual_start") else _FINISH_HOUR
                        moment = moment.replace(hour=hour)
                    setattr(record, key, moment)
                elif key == "outline_level":
                    level = _level(value)
                elif key == "wbs":
                    record.wbs = _wbs(value)
                elif key == "percent_complete":
                    record.percent_complete = _percent(value)
                elif key == "milestone":
                    record.milestone = _boolean(value)
                elif key == "notes":
                    record.notes = _long_text(value)
                elif key == "resources":
                    record.resources = _resources(value)
            except CellProblem as problem:
                self._problem(number, key, str(problem))
                record.failed.add(key)
        if record.milestone:
            record.duration_minutes = 0
        elif record.duration_minutes == 0:
            record.milestone = True
        return record, raw_text, level

    def _duration(self, value: CellValue) -> tuple[int, str, bool]:
        unit = self.unit
        if isinstance(value, dt.timedelta):
            minutes = round(value.total_seconds() / 60)
            unit = DurationUnit.HOUR
        elif isinstance(value, int | float) and not isinstance(value, bool):
            amount = parse_number(value)
            assert amount is not None
            if amount < 0:
                raise CellProblem(f"{show(value)} is a negative duration")
            if amount > max_minutes(unit, _SETTINGS):
                raise CellProblem(f"{show(value)} is longer than 100 years")
            minutes = to_minutes(amount, unit, _SETTINGS)
        elif isinstance(value, str):
            return _duration_text(value, unit)
        else:
            raise CellProblem(f"{show(value)} is not a duration (such as 5d or 2 weeks)")
        if minutes > max_minutes(unit, _SETTINGS):
            raise CellProblem(f"{show(value)} is longer than 100 years")
        return minutes, unit.value, False

    def _hierarchy(
        self, records: list[TaskRecord], raw_names: list[str], levels: list[int | None]
    ) -> None:
        if "outline_level" in self.mapping.columns:
            wanted = [level if level is not None else 1 for level in levels]
        elif "wbs" in self.mapping.columns:
            wanted = [record.wbs.count(".") + 1 if record.wbs else 1 for record in records]
        else:
            wanted = _indent_levels(raw_names)
        previous = 0
        for record, given in zip(records, wanted, strict=True):
            level = min(given, previous + 1)
            if given > level:
                self.report.add(
                    WARNING,
                    f"is at outline level {given} under a task at level {previous}; "
                    f"placed at level {level}",
                    record.row,
                    self.mapping.columns.get("outline_level", self.mapping.columns.get("wbs")),
                )
            record.level = level
            previous = level
        for index, record in enumerate(records[:-1]):
            record.summary = records[index + 1].level > record.level
        for record in records:
            if record.summary:
                record.milestone = False
            elif record.duration_minutes is None:
                self._missing_duration(record)

    def _missing_duration(self, record: TaskRecord) -> None:
        if record.start is not None and record.finish is not None and record.finish > record.start:
            days = _working_days(record.start.date(), record.finish.date())
            record.duration_minutes = days * _SETTINGS.minutes_per_day
            record.duration_unit = DurationUnit.DAY.value
            return
        record.duration_minutes = _SETTINGS.minutes_per_day
        record.duration_unit = DurationUnit.DAY.value
        record.estimated = True
        if "duration" in self.mapping.columns and "duration" not in record.failed:
            self.report.add(
                WARNING,
                "has no duration; 1 day? (estimated) is used",
                record.row,
                self.mapping.columns["duration"],
                "duration",
            )

    def _links(self, records: list[TaskRecord], predecessors: list[CellValue]) -> None:
        by_id: dict[str, int] = {}
        if "id" in self.mapping.columns:
            for index, record in enumerate(records):
                if not record.source_id:
                    continue
                if record.source_id in by_id:
                    other = records[by_id[record.source_id]].row
                    self.report.add(
                        ERROR,
                        f"ID {record.source_id!r} is also the ID of row {other}",
                        record.row,
                        self.mapping.columns["id"],
                        "id",
                    )
                    continue
                by_id[record.source_id] = index
        for index, (record, value) in enumerate(zip(records, predecessors, strict=True)):
            if value is None:
                continue
            try:
                record.links = self._predecessors(value, by_id, len(records), index)
            except CellProblem as problem:
                self._problem(record.row, "predecessors", str(problem))
                continue
            record.predecessor_text = _id_text(value)

    def _predecessors(
        self, value: CellValue, by_id: dict[str, int], count: int, own: int
    ) -> list[TaskLinkRecord]:
        text = _id_text(value)
        if text.strip().casefold() in _NO_PREDECESSOR:
            return []
        links: list[TaskLinkRecord] = []
        seen: set[int] = set()
        for item in split_list(text, ";,\n"):
            target = by_id.get(item) if by_id else None
            if target is not None:
                refs = [(target, "FS", 0, "d", None)]
            else:
                refs = []
                for ref in _parse_refs(item, self.unit):
                    key = str(ref.task_id)
                    if by_id:
                        found = by_id.get(key)
                        if found is None:
                            raise CellProblem(f"there is no task with ID {key} (in {show(item)})")
                    else:
                        found = ref.task_id - 1
                        if not 0 <= found < count:
                            raise CellProblem(
                                f"there is no task {key} (in {show(item)}); tasks are numbered "
                                f"1 to {count}"
                            )
                    refs.append(
                        (
                            found,
                            ref.type.value,
                            ref.lag_minutes,
                            ref.lag_unit.value,
                            ref.lag_percent,
                        )
                    )
            for target_index, kind, lag, unit, percent in refs:
                if target_index == own:
                    raise CellProblem(f"{show(item)} names the task itself")
                if target_index in seen:
                    raise CellProblem(f"{show(item)}: that task is named twice")
                seen.add(target_index)
                links.append(TaskLinkRecord(target_index, kind, lag, unit, percent))
        return links

    def _check_cycles(self, records: list[TaskRecord]) -> None:
        tasks: list[ScheduleTask] = []
        parents: list[int] = []
        for index, record in enumerate(records):
            while parents and records[parents[-1]].level >= record.level:
                parents.pop()
            parent = parents[-1] if parents else None
            tasks.append(
                ScheduleTask(
                    index,
                    record.name,
                    parent,
                    record.duration_minutes or 0,
                    False,
                    record.milestone,
                )
            )
            parents.append(index)
        links = [
            ScheduleLink(link.predecessor, index)
            for index, record in enumerate(records)
            for link in record.links
        ]
        if not links:
            return
        try:
            Scheduler(Plan(0, _PLAIN_CALENDAR, tasks, links))
        except CycleError as cycle:
            rows = " → ".join(str(records[key].row) for key in (*cycle.keys, cycle.keys[0]))
            self.report.add(
                ERROR,
                f"the predecessors form a loop through rows {rows}",
                records[cycle.keys[0]].row,
                self.mapping.columns.get("predecessors"),
                "predecessors",
            )

    # -- risks, requirements, stakeholders --

    def register_rows(self, rows: Sequence[Row]) -> list[RegisterRecord]:
        specs = {spec.key: spec for spec in FIELDS[self.mapping.register]}
        records: list[RegisterRecord] = []
        for number, row in self._rows(rows):
            values: dict[str, Any] = {}
            for key, column in self.columns:
                if column >= len(row) or row[column] is None or _blank(row[column]):
                    continue
                spec = specs[key]
                try:
                    read = _READERS[spec.kind](row[column])
                except CellProblem as problem:
                    self._problem(number, key, str(problem))
                    continue
                except _Doubt as doubt:
                    self._problem(number, key, doubt.message, WARNING)
                    read = doubt.value
                if read is None:
                    continue
                if key == "strategy" and isinstance(read, tuple):
                    values["strategy"], actions = read
                    if actions and "response_actions" not in self.mapping.columns:
                        values["response_actions"] = actions
                    continue
                values[key] = read
            if self.mapping.register == RISKS:
                self._risk(number, values)
            records.append(RegisterRecord(number, values))
        return records

    def _risk(self, number: int, values: dict[str, Any]) -> None:
        if values.pop("occurred", False):
            values["status"] = "occurred"
        kind = values.get("kind", "threat")
        strategy = values.get("strategy", "")
        allowed = _THREAT_STRATEGIES if kind == "threat" else _OPPORTUNITY_STRATEGIES
        if strategy and strategy not in allowed:
            self._problem(
                number,
                "strategy",
                f"{strategy!r} is not a response to a {kind}; left empty",
                WARNING,
            )
            values["strategy"] = ""


# ----- values ---------------------------------------------------------------------------------

_NO_PREDECESSOR = frozenset({"-", "—", "–", "n/a", "na", "none", "geen", "0"})
_NO_VALUE = frozenset({"-", "—", "–", "n/a", "na", "n.v.t.", "nvt"})
_THREAT_STRATEGIES = frozenset(s.value for s in THREAT_STRATEGIES)
_OPPORTUNITY_STRATEGIES = frozenset(s.value for s in OPPORTUNITY_STRATEGIES)


class _Doubt(Exception):
    """A value that is read, but not as given: a warning, and the value used instead."""

    def __init__(self, message: str, value: Any) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


def _blank(value: CellValue) -> bool:
    """A cell holding nothing but white space counts as empty."""
    return type(value) is str and value.isspace()


def _text(value: CellValue) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value)


def _id_text(value: CellValue) -> str:
    return _text(value).strip()


def _line(value: CellValue, limit: int = MAX_NAME_LENGTH) -> str | None:
    text = _text(value).strip()
    if not text:
        return None
    if len(text) > limit:
        raise _Doubt(f"is longer than {limit} characters; cut short", text[:limit])
    return text


def _long_text(value: CellValue) -> str:
    text = _text(value)
    if len(text) > MAX_TEXT_LENGTH:
        raise CellProblem(f"is longer than {MAX_TEXT_LENGTH:,} characters")
    return text


def _block(value: CellValue) -> str | None:
    return _long_text(value) or None


def _level(value: CellValue) -> int:
    number = parse_number(value)
    if number is None or not number.is_integer() or not 1 <= number <= MAX_LEVEL:
        raise CellProblem(f"{show(value)} is not an outline level (1 to {MAX_LEVEL})")
    return int(number)


def _wbs(value: CellValue) -> str:
    text = _text(value).strip().rstrip(".")
    if len(text) > 64 or text.count(".") >= MAX_LEVEL:
        raise CellProblem(f"{show(value)} is not a WBS code (such as 1.2.3)")
    return text


def _percent(value: CellValue) -> int:
    text = _text(value).strip()
    if text in _NO_VALUE:
        return 0
    if text.endswith("%"):
        number = parse_number(text[:-1])
    else:
        number = parse_number(value)
        if number is not None and isinstance(value, float) and 0 < number < 1:
            number *= 100  # a fraction, as a cell formatted 0% holds it
    if number is None or not 0 <= number <= 100:
        raise CellProblem(f"{show(value)} is not a percentage from 0 to 100")
    return math.floor(number + 0.5)


_TRUE = frozenset({"yes", "y", "ja", "j", "true", "waar", "x", "1", "✓", "✔", "☑", "done"})
_FALSE = frozenset({"no", "n", "nee", "false", "onwaar", "0", "-", "", "☐"})


def _boolean(value: CellValue) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellProblem(f"{show(value)} is not yes or no")
    text = _text(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem(f"{show(value)} is not yes or no")


_RESOURCE = re.compile(r"(.*?)\s*[\[(]\s*([0-9.,]+)\s*%\s*[\])]\s*$")


_RESOURCE_CACHE: dict[str, list[tuple[str, float]]] = {}


def _resources(value: CellValue) -> list[tuple[str, float]]:
    """Names (with units, 1.0 = 100 %) from ``Ann, Bob[50%]``; read once per distinct text."""
    text = _text(value)
    found = _RESOURCE_CACHE.get(text)
    if found is None:
        found = _read_resources(text)
        if len(_RESOURCE_CACHE) > 10_000:
            _RESOURCE_CACHE.clear()
        _RESOURCE_CACHE[text] = found
    return list(found)


def _read_resources(value: str) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    seen: set[str] = set()
    for item in split_list(_text(value), ",;\n"):
        units = 1.0
        match = _RESOURCE.fullmatch(item)
        name = item
        if match:
            name = match.group(1).strip()
            amount = parse_number(match.group(2))
            if amount is None or not 0 < amount <= 100_000:
                raise CellProblem(f"{show(item)} has no sensible units (such as [50%])")
            units = amount / 100
        if not name:
            continue
        if len(name) > MAX_NAME_LENGTH:
            raise CellProblem(
                f"resource name {show(name)} is longer than {MAX_NAME_LENGTH} characters"
            )
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        found.append((name, units))
    return found


_DURATION_CACHE: dict[tuple[str, DurationUnit], tuple[int, str, bool] | str] = {}


def _duration_text(text: str, unit: DurationUnit) -> tuple[int, str, bool]:
    key = (text, unit)
    found = _DURATION_CACHE.get(key)
    if found is None:
        found = _read_duration(text, unit)
        if len(_DURATION_CACHE) > 10_000:
            _DURATION_CACHE.clear()
        _DURATION_CACHE[key] = found
    if isinstance(found, str):
        raise CellProblem(found)
    return found


def _read_duration(text: str, unit: DurationUnit) -> tuple[int, str, bool] | str:
    if text.strip() in _NO_VALUE:
        return f"{show(text)} is not a duration (such as 5d or 2 weeks)"
    first: TextError | None = None
    for language in ("en", "nl"):
        try:
            value = parse_duration(text, _SETTINGS, language, unit)
        except TextError as error:
            first = first or error
            continue
        return value.minutes, value.unit.value, value.estimated
    assert first is not None
    if first.code == "duration.negative":
        return f"{show(text)} is a negative duration"
    if first.code == "duration.too_large":
        return f"{show(text)} is longer than 100 years"
    return f"{show(text)} is not a duration (such as 5d, 3 hrs, 2 weeks or 1,5 dagen)"


_ITEM_ID = re.compile(r"\s*([0-9]{1,9})([^0-9].*)?", re.DOTALL)
_REF_CACHE: dict[tuple[str, DurationUnit], PredecessorRef] = {}


def _parse_refs(item: str, unit: DurationUnit) -> list[Any]:
    """The predecessors one item names; the part after the task ID (such as ``FS+2d``) is
    read once per distinct text."""
    match = _ITEM_ID.fullmatch(item)
    if match is None or int(match.group(1)) == 0:
        return _read_refs(item, unit)
    key = (match.group(2) or "", unit)
    template = _REF_CACHE.get(key)
    if template is None:
        try:
            refs = _read_refs("1" + key[0], unit)
        except CellProblem:
            refs = []
        if len(refs) != 1:
            return _read_refs(item, unit)
        template = refs[0]
        if len(_REF_CACHE) > 10_000:
            _REF_CACHE.clear()
        _REF_CACHE[key] = template
    return [
        PredecessorRef(
            int(match.group(1)),
            template.type,
            template.lag_minutes,
            template.lag_unit,
            template.lag_percent,
        )
    ]


def _read_refs(item: str, unit: DurationUnit) -> list[Any]:
    first: TextError | None = None
    for language in ("en", "nl"):
        try:
            return list(parse_predecessors(item, _SETTINGS, language, default_unit=unit))
        except TextError as error:
            first = first or error
    assert first is not None
    if first.code == "predecessor.lag_too_large":
        raise CellProblem(f"the lag in {show(item)} is absurd (over 100 years)")
    raise CellProblem(f"{show(item)} is not a predecessor (such as 3, 3FS+2d, 5SS or 7FF-1d)")


def _indent_levels(names: Sequence[str]) -> list[int]:
    """Outline levels from leading spaces: each distinct indent is one level deeper."""
    widths = [
        len(name.expandtabs(4)) - len(name.expandtabs(4).lstrip(" \u00a0\u3000")) for name in names
    ]
    ranks = {width: rank for rank, width in enumerate(sorted(set(widths)), 1)}
    return [ranks[width] for width in widths]


def _working_days(start: dt.date, finish: dt.date) -> int:
    """Monday to Friday from ``start`` to ``finish``, both counted (at least one)."""
    days = (finish - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5 + sum(1 for offset in range(rest) if (start.weekday() + offset) % 7 < 5)
    return max(1, count)


def _day(value: CellValue) -> dt.date | None:
    moment = parse_date(value)
    return None if moment is None else moment.date()


_LEVEL_WORDS = {
    1: "very low|zeer laag|vl|rare|zeldzaam|negligible|insignificant|verwaarloosbaar|minimal|"
    "very unlikely|zeer onwaarschijnlijk|heel laag",
    2: "low|laag|l|unlikely|onwaarschijnlijk|minor|klein|gering|small",
    3: "medium|med|m|moderate|gemiddeld|middel|midden|possible|mogelijk|matig|average|normal|"
    "normaal|medium-low|medium-high",
    4: "high|hoog|h|likely|waarschijnlijk|major|groot|significant|aanzienlijk|large",
    5: "very high|zeer hoog|vh|almost certain|vrijwel zeker|critical|kritiek|severe|ernstig|"
    "catastrophic|catastrofaal|extreme|extreem|heel hoog|very likely|zeer waarschijnlijk",
}
_LEVELS = {word: level for level, words in _LEVEL_WORDS.items() for word in words.split("|")}


def _scale(value: CellValue) -> int:
    text = _text(value).strip().casefold()
    if text in _LEVELS:
        return _LEVELS[text]
    if text.endswith("%"):
        number = parse_number(text[:-1])
        if number is not None and 0 <= number <= 100:
            # the level whose EMV percentage (10, 30, 50, 70, 90) is nearest
            return min(5, max(1, int(number // 20) + 1))
    try:
        number = parse_number(value)
    except CellProblem:
        number = None
    if number is not None and float(number).is_integer() and 1 <= number <= 5:
        return int(number)
    if number is not None and isinstance(value, float) and 0 <= number < 1:
        return min(5, max(1, int(number * 100 // 20) + 1))
    raise _Doubt(
        f"{show(value)} is not a level (1 to 5, or very low, low, medium, high, very high); "
        "3 (medium) is used",
        3,
    )


_STRATEGY_WORDS = {
    "accept": "accept|acceptance|accepted|accepteren|aanvaarden|aanvaarding|acceptatie|retain|"
    "tolerate|tolereren",
    "reduce": "reduce|reduction|mitigate|mitigation|mitigated|verminderen|beperken|reduceren|"
    "mitigeren|verkleinen|treat|control|beheersen",
    "avoid": "avoid|avoidance|vermijden|voorkomen|terminate|eliminate",
    "transfer": "transfer|transference|overdragen|verzekeren|insure|outsource",
    "share": "share|sharing|delen",
    "escalate": "escalate|escalation|escaleren|escalatie",
    "fallback": "fallback|contingency|terugval|noodplan",
    "exploit": "exploit|benutten|uitbuiten",
    "enhance": "enhance|versterken|vergroten",
}
_STRATEGIES = {word: key for key, words in _STRATEGY_WORDS.items() for word in words.split("|")}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _strategy(value: CellValue) -> tuple[str, str]:
    """A response strategy (the first strategy word in the cell) and the cell's text, which
    becomes the response actions when it says more than the one word."""
    text = _long_text(value).strip()
    for word in _WORD.findall(text.casefold())[:40]:
        if word in _STRATEGIES:
            strategy = _STRATEGIES[word]
            actions = text if len(_WORD.findall(text)) > 1 else ""
            return strategy, actions
    raise _Doubt(
        f"{show(value)} names no response strategy (avoid, reduce, transfer, share, accept, "
        "escalate, fallback, exploit, enhance); kept as response actions",
        ("", text),
    )


def _choice(words: dict[str, str], default: str, what: str) -> Any:
    table = {word: key for key, text in words.items() for word in text.split("|")}

    def read(value: CellValue) -> str:
        text = _text(value).strip().casefold()
        if text in table:
            return table[text]
        for word in _WORD.findall(text):
            if word in table:
                return table[word]
        raise _Doubt(f"{show(value)} is not {what}; {default.replace('_', ' ')!r} is used", default)

    return read


_RISK_STATUS = _choice(
    {
        "identified": "identified|open|new|nieuw|active|actief|raised|geïdentificeerd|gemeld",
        "assessed": "assessed|analysed|analyzed|beoordeeld|geanalyseerd",
        "response_planned": "response planned|planned|gepland|mitigating|in progress|"
        "in behandeling",
        "monitoring": "monitoring|monitored|watch|watching|bewaken|gevolgd|monitor",
        "closed": "closed|gesloten|afgesloten|resolved|opgelost|retired|expired|vervallen",
        "occurred": "occurred|opgetreden|realized|realised|issue|materialised|materialized",
    },
    "identified",
    "a risk status",
)
_KIND = _choice(
    {
        "threat": "threat|bedreiging|risk|risico|negative|negatief|downside",
        "opportunity": "opportunity|kans|positive|positief|upside|opportunity risk",
    },
    "threat",
    "threat or opportunity",
)
_PROXIMITY = _choice(
    {
        "imminent": "imminent|dreigend|immediate|direct|now|nu",
        "within_stage": "within stage|this stage|deze fase|binnen fase|stage",
        "within_project": "within project|this project|binnen project|project",
        "beyond_project": "beyond project|after project|na project|buiten project|later",
    },
    "",
    "a proximity (imminent, within stage, within project, beyond project)",
)
_PRIORITY = _choice(
    {
        "must": "must|must have|m|moet|moeten|1|high|hoog|critical|essential|mandatory",
        "should": "should|should have|s|zou moeten|2|medium|gemiddeld|important|belangrijk",
        "could": "could|could have|c|kan|kunnen|3|low|laag|nice to have|wens",
        "wont": "won't|wont|won't have|will not|w|niet|zal niet|4|not now|later",
    },
    "should",
    "a MoSCoW priority (must, should, could, won't)",
)
_REQUIREMENT_STATUS = _choice(
    {
        "proposed": "proposed|draft|new|nieuw|voorgesteld|concept|open",
        "approved": "approved|accepted|goedgekeurd|geaccepteerd|agreed",
        "implemented": "implemented|done|gerealiseerd|geïmplementeerd|built|complete|klaar",
        "verified": "verified|tested|geverifieerd|getest|validated",
        "rejected": "rejected|afgewezen|declined",
        "deferred": "deferred|uitgesteld|postponed|on hold|later",
    },
    "proposed",
    "a requirement status",
)
_ATTITUDE = _choice(
    {
        "supporter": "supporter|supportive|support|positive|positief|voorstander|champion|for",
        "neutral": "neutral|neutraal|undecided",
        "resistor": "resistor|resistant|negative|negatief|opposed|tegenstander|against|blocker",
    },
    "neutral",
    "an attitude (supporter, neutral, resistor)",
)
_ENGAGEMENT = _choice(
    {
        "unaware": "unaware|onbewust|onwetend",
        "resistant": "resistant|weerstand|tegenwerkend|resisting",
        "neutral": "neutral|neutraal",
        "supportive": "supportive|ondersteunend|steunend|supporting",
        "leading": "leading|leidend|leader|champion",
    },
    "unaware",
    "an engagement level (unaware, resistant, neutral, supportive, leading)",
)


def _money(value: CellValue) -> int:
    if isinstance(value, str):
        value = re.sub(r"[€$£¥]|\b(?:eur|usd|gbp)\b", "", value, flags=re.IGNORECASE).strip()
        if value in _NO_VALUE or not value:
            return 0
    number = parse_number(value)
    if number is None:
        return 0
    if number < 0 or number * 100 > MAX_CENTS:
        raise CellProblem(f"{show(value)} is not a sensible amount")
    return round(number * 100)


def _days(value: CellValue) -> int:
    text = _text(value).strip()
    if text in _NO_VALUE:
        return 0
    number = parse_number(
        re.sub(r"\s*(days?|dagen|dag|d)$", "", text, flags=re.IGNORECASE)
        if isinstance(value, str)
        else value
    )
    if number is None or not 0 <= number <= MAX_SCHEDULE_DAYS:
        raise CellProblem(f"{show(value)} is not a number of days (0 to {MAX_SCHEDULE_DAYS:,})")
    return math.floor(number + 0.5)


def _category(value: CellValue) -> str | None:
    return _line(value, MAX_CATEGORY_LENGTH)


_READERS: dict[str, Any] = {
    "id": lambda value: _id_text(value) or None,
    "line": _line,
    "text": _block,
    "category": _category,
    "scale": _scale,
    "kind": _KIND,
    "strategy": _strategy,
    "status": _RISK_STATUS,
    "bool": _boolean,
    "day": _day,
    "proximity": _PROXIMITY,
    "money": _money,
    "days": _days,
    "priority": _PRIORITY,
    "requirement_status": _REQUIREMENT_STATUS,
    "attitude": _ATTITUDE,
    "engagement": _ENGAGEMENT,
}
