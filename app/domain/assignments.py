"""Microsoft Project's rules for work, duration and units, and the Resource Names syntax.

Every work assignment obeys ``work = duration × units`` (work and duration in working
minutes, units 1.0 for 100 %). Which of the three gives way when one is edited depends on
the task type, as in Microsoft Project:

==================  ======================  ======================  ======================
edit                fixed units             fixed duration          fixed work
==================  ======================  ======================  ======================
units               duration changes        work changes            duration changes
work                duration changes        units change            duration changes
duration            work changes            work changes            units change
==================  ======================  ======================  ======================

Effort-driven tasks (fixed work always is) keep their total work when resources are added
or removed: the work is shared in proportion to the units, so adding a second person at
100 % to a ten-day task of one person halves it to five days (fixed units and fixed work),
or halves both people's units (fixed duration). Other tasks give a new resource
``duration × units`` of work and keep the duration. The first work resource on a task
always takes ``duration × units``: there is no effort yet to keep.

A resource-driven task (fixed units or fixed work, with work resources) lasts as long as
its longest assignment, ``work / units``: that is what the scheduler computes, so the
task's stored duration is kept equal to it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from fractions import Fraction

from app.domain.money import allocate

MAX_UNITS = 100.0  # 10,000 %: more than any resource pool, less than a typing slip of 1e9
UNITS_DIGITS = 6  # units worked out by the rules are kept to a millionth (0.000001 = 0.0001 %)


class TaskType(IntEnum):
    """What stays put when work, duration or units change (``Task.task_type``)."""

    FIXED_UNITS = 0
    FIXED_DURATION = 1
    FIXED_WORK = 2


def task_type(value: int) -> TaskType:
    """A stored task type; an unknown number reads as fixed units, MS Project's default."""
    try:
        return TaskType(value)
    except ValueError:
        return TaskType.FIXED_UNITS


class RuleRefused(ValueError):
    """An edit the rules cannot carry out; ``code`` says why, for a translated message."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class WorkLine:
    """A work resource's assignment as the rules see it; ``key`` is its id."""

    key: int
    units: float
    work: int  # working minutes


@dataclass(frozen=True, slots=True)
class TaskWork:
    """A task's type, its duration in working minutes and its work assignments."""

    kind: TaskType
    effort_driven: bool
    duration: int
    lines: tuple[WorkLine, ...] = ()

    @property
    def keeps_effort(self) -> bool:
        """Effort-driven: fixed work always is, as in Microsoft Project."""
        return self.effort_driven or self.kind is TaskType.FIXED_WORK

    @property
    def total_work(self) -> int:
        return sum(line.work for line in self.lines)

    def line(self, key: int) -> WorkLine:
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


def _exact(units: float) -> Fraction:
    """Units as the decimal the user typed (0.3 is three tenths, not the nearest float)."""
    return Fraction(Decimal(repr(float(units))))


def _units(value: Fraction) -> float:
    return round(float(value), UNITS_DIGITS)


def _minutes(value: Fraction) -> int:
    """Whole minutes, halves rounded up (work and duration are never negative)."""
    return int((2 * value.numerator + value.denominator) // (2 * value.denominator))


def work_for(duration: int, units: float) -> int:
    """``duration × units`` in whole minutes."""
    return _minutes(duration * _exact(units))


def span(line: WorkLine) -> int | None:
    """How long an assignment lasts, ``work / units``; None when its units are zero."""
    units = _exact(line.units)
    if units <= 0:
        return None
    return _minutes(line.work / units)


def driven_duration(shape: TaskWork) -> int:
    """The task's duration after an edit: its longest assignment for a resource-driven
    task, its own duration for a fixed-duration task or one no resource drives."""
    if shape.kind is TaskType.FIXED_DURATION:
        return shape.duration
    spans = [s for s in (span(line) for line in shape.lines) if s is not None]
    return max(spans) if spans else shape.duration


def _settled(shape: TaskWork, lines: Sequence[WorkLine]) -> TaskWork:
    new = replace(shape, lines=tuple(lines))
    return replace(new, duration=driven_duration(new))


def _share(shape: TaskWork, lines: Sequence[WorkLine], total: int) -> TaskWork:
    """Effort-driven: ``total`` work shared in proportion to the units.

    Fixed duration keeps the duration, so each resource's units follow from its share;
    the other types keep the units and the duration follows.
    """
    weights = [_exact(line.units) for line in lines]
    if not any(weights):
        return _settled(shape, lines)
    works = allocate(total, weights)
    shared = [replace(line, work=work) for line, work in zip(lines, works, strict=True)]
    if shape.kind is TaskType.FIXED_DURATION and shape.duration > 0:
        shared = [
            replace(line, units=_units(Fraction(line.work, shape.duration)))
            if _exact(line.units) > 0
            else line
            for line in shared
        ]
    return _settled(shape, shared)


def add_line(shape: TaskWork, key: int, units: float, *, share: bool = True) -> TaskWork:
    """A work resource joins the task at ``units``.

    ``share=False``: one of the first resources assigned together (typed in one go in the
    Resource Names column); like the first, it takes ``duration × units``, as in MS Project,
    where effort-driven scheduling starts once the first resources are on the task.
    """
    check_units(units)
    if share and shape.keeps_effort and shape.lines and shape.total_work > 0:
        return _share(shape, [*shape.lines, WorkLine(key, units, 0)], shape.total_work)
    line = WorkLine(key, units, work_for(shape.duration, units))
    return _settled(shape, [*shape.lines, line])


def remove_line(shape: TaskWork, key: int) -> TaskWork:
    """A work resource leaves the task; effort-driven tasks give its work to the others."""
    rest = [line for line in shape.lines if line.key != key]
    if not rest:
        return replace(shape, lines=())  # the task keeps the duration it had
    if shape.keeps_effort:
        return _share(shape, rest, shape.total_work)
    return _settled(shape, rest)


def change_units(shape: TaskWork, key: int, units: float) -> TaskWork:
    """New units on one assignment: fixed duration changes its work, the others the span."""
    check_units(units)
    lines = []
    for line in shape.lines:
        if line.key != key:
            lines.append(line)
            continue
        work = line.work
        if shape.kind is TaskType.FIXED_DURATION:
            work = work_for(shape.duration, units)
        lines.append(WorkLine(key, units, work))
    return _settled(shape, lines)


def change_work(shape: TaskWork, key: int, work: int) -> TaskWork:
    """New work on one assignment: fixed duration changes its units, the others the span."""
    if work < 0:
        raise RuleRefused("negative_work")
    lines = []
    for line in shape.lines:
        if line.key != key:
            lines.append(line)
            continue
        units = line.units
        if shape.kind is TaskType.FIXED_DURATION and shape.duration > 0:
            units = _units(Fraction(work, shape.duration))
            check_units(units)
        lines.append(WorkLine(key, units, work))
    return _settled(shape, lines)


def change_duration(shape: TaskWork, duration: int) -> TaskWork:
    """A new task duration: fixed work changes the units, the other types the work."""
    if duration < 0:
        raise RuleRefused("negative_duration")
    if not shape.lines:
        return replace(shape, duration=duration)
    if shape.kind is TaskType.FIXED_WORK:
        if duration == 0 and shape.total_work > 0:
            raise RuleRefused("fixed_work_zero_duration")
        lines = []
        for line in shape.lines:
            units = _units(Fraction(line.work, duration)) if duration else line.units
            check_units(units)
            lines.append(replace(line, units=units))
        return replace(shape, duration=duration, lines=tuple(lines))
    lines = [replace(line, work=work_for(duration, line.units)) for line in shape.lines]
    return replace(shape, duration=duration, lines=tuple(lines))


def check_units(units: float) -> None:
    if math.isnan(units) or units < 0:
        raise RuleRefused("negative_units")
    if units > MAX_UNITS:
        raise RuleRefused("units_too_large")


# --- the Resource Names column ------------------------------------------------------------------

_ENTRY = re.compile(r"^(?P<name>[^\[\]]*?)\s*(?:\[(?P<inside>[^\[\]]*)\])?$")
_AMOUNT = re.compile(r"^(?P<number>[+-]?\d+(?:[.,]\d+)?|[.,]\d+)\s*(?P<rest>.*)$")


class NamesRefused(ValueError):
    """Resource Names text that cannot be read; ``code`` names the problem, ``detail`` the
    part of the text it is in."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class NamedAmount:
    """One entry of a Resource Names cell: ``Jan[50%]`` → ("Jan", 50, percent=True);
    ``Cement[20 bags]`` → ("Cement", 20, label "bags"); ``Piet`` → ("Piet", None)."""

    name: str
    amount: Decimal | None = None
    percent: bool = False
    label: str = ""


def split_names(text: str, known: Sequence[str] = ()) -> list[str]:
    """The entries of a cell: separated by semicolons, or commas when no known resource
    name has that comma in it (MS Project uses the list separator, which is either)."""
    folded = {name.casefold() for name in known}
    pieces: list[str] = []
    for raw in text.split(";"):
        part = raw.strip()
        if not part:
            continue
        bare = _ENTRY.match(part)
        name = bare.group("name").strip().casefold() if bare else part.casefold()
        if "," in part and name not in folded:
            commas = _split_commas(part)
            pieces.extend(piece for piece in commas if piece)
        else:
            pieces.append(part)
    return pieces


def _split_commas(part: str) -> list[str]:
    """Split on commas outside brackets: ``Cement[2,5], Jan`` keeps the decimal comma."""
    pieces: list[str] = []
    depth = 0
    current = ""
    for char in part:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "," and depth == 0:
            pieces.append(current.strip())
            current = ""
        else:
            current += char
    pieces.append(current.strip())
    return pieces


def parse_names(text: str, known: Sequence[str] = ()) -> list[NamedAmount]:
    """Read ``Jan[50%];Piet;Cement[20]`` (case and spacing as typed; names matched later).

    Raises NamesRefused: ``brackets`` (unbalanced or nested), ``empty_name``,
    ``bad_amount`` (the bracket does not start with a number), ``duplicate``.
    """
    entries: list[NamedAmount] = []
    seen: set[str] = set()
    for piece in split_names(text, known):
        match = _ENTRY.match(piece)
        if match is None:
            raise NamesRefused("brackets", piece)
        name = match.group("name").strip()
        if not name:
            raise NamesRefused("empty_name", piece)
        if name.casefold() in seen:
            raise NamesRefused("duplicate", name)
        seen.add(name.casefold())
        inside = match.group("inside")
        if inside is None:
            entries.append(NamedAmount(name))
            continue
        entries.append(_amount(name, inside.strip(), piece))
    return entries


def _amount(name: str, inside: str, piece: str) -> NamedAmount:
    found = _AMOUNT.match(inside)
    if found is None:
        raise NamesRefused("bad_amount", piece)
    try:
        number = Decimal(found.group("number").replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
        raise NamesRefused("bad_amount", piece) from None
    if number < 0:
        raise NamesRefused("bad_amount", piece)
    rest = found.group("rest").strip()
    percent = rest.startswith("%")
    label = rest[1:].strip() if percent else rest
    return NamedAmount(name, number, percent, label)


def format_number(value: float, language: str = "en", digits: int = 2) -> str:
    """12.5 → "12.5" ("12,5" in Dutch); whole numbers without decimals."""
    text = f"{round(value, digits):.{digits}f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if language.lower().startswith("nl") else text


def format_entry(name: str, kind: str, units: float, label: str = "", language: str = "en") -> str:
    """One resource as the Resource Names column shows it, as in Microsoft Project:
    ``Jan`` at 100 %, ``Jan[50%]``, ``Cement[20 bags]``, and a cost resource by name."""
    if kind == "cost":
        return name
    if kind == "material":
        quantity = format_number(units, language)
        return f"{name}[{quantity} {label}]" if label else f"{name}[{quantity}]"
    if abs(units - 1.0) < 1e-9:
        return name
    return f"{name}[{format_number(units * 100, language, 1)}%]"
