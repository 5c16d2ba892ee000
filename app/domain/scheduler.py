"""Critical-path scheduling as Microsoft Project does it: forward pass, backward pass, slack.

The plan is a plain graph: tasks (with a WBS parent), links and calendars. Dates
are held as working-minute *positions* on each task's own calendar, so on a
single-calendar plan the passes are integer additions and comparisons; instants
(minutes since the calendar epoch) appear only where calendars differ and at
the edges. Summary tasks become two virtual nodes, one before and one after
their children, so links to and from summaries cost O(tasks + links) instead
of a link per descendant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from heapq import heapify, heappop, heappush

from app.domain.calendar import WorkCalendar


class LinkType(StrEnum):
    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class Constraint(StrEnum):
    ASAP = "asap"
    ALAP = "alap"
    MSO = "mso"
    MFO = "mfo"
    SNET = "snet"
    SNLT = "snlt"
    FNET = "fnet"
    FNLT = "fnlt"


DATED_CONSTRAINTS = frozenset(
    {
        Constraint.MSO,
        Constraint.MFO,
        Constraint.SNET,
        Constraint.SNLT,
        Constraint.FNET,
        Constraint.FNLT,
    }
)

# Problem codes the views translate.
CONSTRAINT_CONFLICT = "constraint_conflict"
DEADLINE_MISSED = "deadline_missed"
NEGATIVE_FLOAT = "negative_float"


@dataclass(frozen=True, slots=True)
class AssignedWork:
    """Work a resource does on a task, on the resource's own calendar."""

    calendar: WorkCalendar
    work: int  # minutes
    units: float = 1.0  # 1.0 = 100 %


@dataclass(frozen=True, slots=True)
class ScheduleTask:
    """One row of the plan. Summaries are the tasks that other tasks name as parent."""

    key: int
    name: str = ""
    parent: int | None = None
    duration: int = 0  # working minutes, or wall-clock minutes when elapsed
    elapsed: bool = False
    milestone: bool = False
    calendar: WorkCalendar | None = None  # None: the project calendar
    constraint: Constraint = Constraint.ASAP
    constraint_date: int | None = None  # instant
    deadline: int | None = None  # instant
    manual: bool = False
    start: int | None = None  # manual tasks: where the user put them
    finish: int | None = None
    actual_start: int | None = None
    actual_finish: int | None = None
    remaining: int | None = None  # remaining working minutes of a started task
    assignments: tuple[AssignedWork, ...] = ()  # resource-driven when not empty


@dataclass(frozen=True, slots=True)
class ScheduleLink:
    predecessor: int
    successor: int
    type: LinkType = LinkType.FS
    lag: int = 0  # working minutes on the successor's calendar, or wall-clock when elapsed
    lag_elapsed: bool = False
    lag_percent: float | None = None  # lag as a percentage of the predecessor's duration


@dataclass(frozen=True, slots=True)
class Plan:
    project_start: int  # instant
    calendar: WorkCalendar
    tasks: Sequence[ScheduleTask]
    links: Sequence[ScheduleLink] = ()
    critical_float: int = 0  # tasks with at most this total float (minutes) are critical


@dataclass(frozen=True, slots=True)
class TaskDates:
    """The computed schedule of one task; instants, floats in working minutes."""

    key: int
    start: int
    finish: int
    early_start: int
    early_finish: int
    late_start: int
    late_finish: int
    total_float: int
    free_float: int
    critical: bool
    summary: bool
    problems: tuple[str, ...] = ()


class CycleError(ValueError):
    """The links form a loop; ``keys`` are the tasks on it, in order."""

    def __init__(self, keys: tuple[int, ...], names: tuple[str, ...]) -> None:
        super().__init__("dependency cycle: " + " → ".join(names + names[:1]))
        self.keys = keys
        self.names = names


@dataclass
class ScheduleResult:
    project_start: int
    project_finish: int
    tasks: dict[int, TaskDates] = field(default_factory=dict)

    def critical_path(self) -> list[int]:
        return [key for key, dates in self.tasks.items() if dates.critical and not dates.summary]


# Node kinds in the scheduling graph.
_LEAF, _SUMMARY_START, _SUMMARY_FINISH = 0, 1, 2
_FS, _SS, _FF, _SF = 0, 1, 2, 3
_LINK_CODE = {LinkType.FS: _FS, LinkType.SS: _SS, LinkType.FF: _FF, LinkType.SF: _SF}


class _Graph:
    """The plan as integer-indexed lists; node i < n are tasks, summaries add a finish node."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        tasks = list(plan.tasks)
        self.tasks = tasks
        count = len(tasks)
        index = {task.key: i for i, task in enumerate(tasks)}
        if len(index) != count:
            raise ValueError("task keys must be unique")
        self.index = index
        children: list[list[int]] = [[] for _ in range(count)]
        parent = [-1] * count
        for i, task in enumerate(tasks):
            if task.parent is not None and task.parent in index:
                parent[i] = index[task.parent]
                children[parent[i]].append(i)
        self.children = children
        self.parent = parent
        self.is_summary = [bool(c) for c in children]
        # Summary i is node i (its start) and node finish_node[i] (after its children).
        finish_node = [-1] * count
        kinds = [_LEAF] * count
        owner = list(range(count))
        for i in range(count):
            if self.is_summary[i]:
                kinds[i] = _SUMMARY_START
                finish_node[i] = len(kinds)
                kinds.append(_SUMMARY_FINISH)
                owner.append(i)
        self.finish_node = finish_node
        self.kinds = kinds
        self.owner = owner  # node -> task index
        size = len(kinds)
        default = plan.calendar
        self.calendars = [task.calendar or default for task in tasks]
        self.durations = [max(0, task.duration) for task in tasks]
        # Links: (from_node, to_node, code, link index); hierarchy edges have code -1.
        self.incoming: list[list[tuple[int, int, int]]] = [[] for _ in range(size)]
        self.outgoing: list[list[tuple[int, int, int]]] = [[] for _ in range(size)]
        self.links = list(plan.links)
        for number, link in enumerate(self.links):
            p = index.get(link.predecessor)
            s = index.get(link.successor)
            if p is None or s is None or p == s:
                continue
            source = finish_node[p] if self.is_summary[p] else p
            self._edge(source, s, _LINK_CODE[link.type], number)
        for i in range(count):
            up = parent[i]
            if up >= 0:
                self._edge(up, i, -1, -1)  # summary start -> child
                self._edge(finish_node[i] if self.is_summary[i] else i, finish_node[up], -1, -1)
        self.order = self._topological_order()

    def summaries_deepest_first(self) -> list[int]:
        depth = [0] * len(self.tasks)
        for i in range(len(self.tasks)):
            up, steps = self.parent[i], 0
            while up >= 0:
                steps += 1
                up = self.parent[up]
            depth[i] = steps
        summaries = [i for i in range(len(self.tasks)) if self.is_summary[i]]
        return sorted(summaries, key=lambda i: -depth[i])

    def _edge(self, source: int, target: int, code: int, number: int) -> None:
        self.outgoing[source].append((target, code, number))
        self.incoming[target].append((source, code, number))

    def _topological_order(self) -> list[int]:
        """Kahn's algorithm, ties broken by node number so the order is stable."""
        size = len(self.kinds)
        waiting = [len(edges) for edges in self.incoming]
        ready = [node for node in range(size) if waiting[node] == 0]
        heapify(ready)
        order: list[int] = []
        while ready:
            node = heappop(ready)
            order.append(node)
            for target, _code, _number in self.outgoing[node]:
                waiting[target] -= 1
                if waiting[target] == 0:
                    heappush(ready, target)
        if len(order) != size:
            raise self._cycle(waiting)
        return order

    def _cycle(self, waiting: list[int]) -> CycleError:
        """Walk backwards through unresolved nodes until one repeats: that loop is the cycle."""
        node = next(n for n, count in enumerate(waiting) if count > 0)
        seen: dict[int, int] = {}
        path: list[int] = []
        while node not in seen:
            seen[node] = len(path)
            path.append(node)
            node = next(src for src, _c, _n in self.incoming[node] if waiting[src] > 0)
        loop = path[seen[node] :]
        loop.reverse()
        tasks: list[int] = []
        for n in loop:
            owner = self.owner[n]
            if not tasks or tasks[-1] != owner:
                tasks.append(owner)
        if len(tasks) > 1 and tasks[0] == tasks[-1]:
            tasks.pop()
        keys = tuple(self.tasks[i].key for i in tasks)
        names = tuple(self.tasks[i].name or str(self.tasks[i].key) for i in tasks)
        return CycleError(keys, names)


def _convert(position: int, source: WorkCalendar, target: WorkCalendar, *, finish: bool) -> int:
    """A position on one calendar as a position on another, through the instant it names."""
    if source is target:
        return position
    instant = source.finish_at(position) if finish else source.start_at(position)
    return target.position(instant)


class _Pass:
    """The state of one scheduling run: early and late positions per node."""

    def __init__(self, graph: _Graph) -> None:
        self.g = graph
        size = len(graph.kinds)
        self.es = [0] * size
        self.ef = [0] * size
        self.ls = [0] * size
        self.lf = [0] * size
        # Summary start nodes carry bounds for their children.
        self.start_bound: list[int | None] = [None] * size
        self.finish_bound: list[int | None] = [None] * size
        self.problems: list[set[str]] = [set() for _ in range(len(graph.tasks))]
        plan = graph.plan
        self.project_start = plan.project_start

    # -- helpers ---------------------------------------------------------------------
    def _lag(self, number: int, pred: int, successor_calendar: WorkCalendar) -> tuple[int, int]:
        """(working-minute lag, wall-clock lag) of link ``number``."""
        link = self.g.links[number]
        if link.lag_percent is not None:
            return round(self.g.durations[pred] * link.lag_percent / 100), 0
        if link.lag_elapsed:
            return 0, link.lag
        return link.lag, 0

    @staticmethod
    def _shift(
        position: int, calendar: WorkCalendar, working: int, wall: int, *, finish: bool
    ) -> int:
        """Add a lag: working minutes on the calendar, or wall-clock minutes to the instant."""
        if wall:
            instant = calendar.finish_at(position) if finish else calendar.start_at(position)
            return calendar.position(instant + wall)
        return position + working

    def _duration_positions(self, i: int, start: int) -> int:
        """Early finish position of task i starting at position ``start``."""
        task = self.g.tasks[i]
        calendar = self.g.calendars[i]
        if task.assignments:
            # Resource-driven: each resource works its hours on its own calendar.
            ready = calendar.finish_at(start) if start > 0 else calendar.start_at(start)
            finish = max(
                a.calendar.add_work(ready, round(a.work / a.units) if a.units > 0 else a.work)
                for a in task.assignments
            )
            return max(start, calendar.position(finish))
        if task.elapsed:
            return max(start, calendar.position(calendar.start_at(start) + task.duration))
        return start + self.g.durations[i]

    def _start_for_finish(self, i: int, finish: int) -> int:
        task = self.g.tasks[i]
        calendar = self.g.calendars[i]
        if task.elapsed:
            return calendar.position(calendar.finish_at(finish) - task.duration)
        return finish - self.g.durations[i]

    # -- forward ---------------------------------------------------------------------
    def forward(self) -> None:
        g = self.g
        kinds = g.kinds
        owner = g.owner
        calendars = g.calendars
        es, ef = self.es, self.ef
        for node in g.order:
            i = owner[node]
            kind = kinds[node]
            calendar = calendars[i]
            if kind == _SUMMARY_FINISH:
                kids = g.children[i]
                first = min(_convert(es[c], calendars[c], calendar, finish=False) for c in kids)
                last = max(
                    _convert(
                        ef[g.finish_node[c] if g.is_summary[c] else c],
                        calendars[c],
                        calendar,
                        finish=True,
                    )
                    for c in kids
                )
                es[node] = first
                ef[node] = last
                es[i] = first
                ef[i] = last
                continue
            floor: int | None = None
            finish_floor: int | None = None
            for source, code, number in g.incoming[node]:
                p = owner[source]
                p_calendar = calendars[p]
                if code == -1:  # bounds handed down by the parent summary
                    bound = self.start_bound[source]
                    if bound is not None:
                        value = _convert(bound, p_calendar, calendar, finish=False)
                        floor = value if floor is None or value > floor else floor
                    bound = self.finish_bound[source]
                    if bound is not None:
                        value = _convert(bound, p_calendar, calendar, finish=True)
                        finish_floor = (
                            value if finish_floor is None or value > finish_floor else finish_floor
                        )
                    continue
                working, wall = self._lag(number, p, calendar)
                from_finish = code in (_FS, _FF)
                if from_finish:
                    base = _convert(ef[source], p_calendar, calendar, finish=True)
                else:
                    base = _convert(es[source], p_calendar, calendar, finish=False)
                value = self._shift(base, calendar, working, wall, finish=from_finish)
                if code in (_FS, _SS):
                    floor = value if floor is None or value > floor else floor
                else:
                    finish_floor = (
                        value if finish_floor is None or value > finish_floor else finish_floor
                    )
            if kind == _SUMMARY_START:
                self.start_bound[node] = self._summary_floor(i, floor)
                self.finish_bound[node] = finish_floor
                continue
            self._place(i, floor, finish_floor)

    def _summary_floor(self, i: int, floor: int | None) -> int | None:
        task = self.g.tasks[i]
        calendar = self.g.calendars[i]
        if task.constraint == Constraint.SNET and task.constraint_date is not None:
            value = calendar.position(task.constraint_date)
            return value if floor is None or value > floor else floor
        return floor

    def _place(self, i: int, floor: int | None, finish_floor: int | None) -> None:
        """Early dates of leaf task i from the highest bound its predecessors set."""
        task = self.g.tasks[i]
        calendar = self.g.calendars[i]
        if task.manual and task.start is not None:
            self.es[i] = calendar.position(task.start)
            self.ef[i] = (
                calendar.position(task.finish)
                if task.finish is not None
                else self._duration_positions(i, self.es[i])
            )
            return
        if task.actual_start is not None:
            begun = calendar.position(task.actual_start)
            self.es[i] = begun
            if task.actual_finish is not None:
                self.ef[i] = max(begun, calendar.position(task.actual_finish))
            else:
                finish = self._duration_positions(i, begun)
                if task.constraint == Constraint.FNET and task.constraint_date is not None:
                    finish = max(finish, calendar.position(task.constraint_date))
                self.ef[i] = finish
            return
        if finish_floor is not None:
            from_finish = self._start_for_finish(i, finish_floor)
            start = from_finish if floor is None or from_finish > floor else floor
            # A finish-to-finish link never starts a task before the project does.
            start = max(start, calendar.position(self.project_start))
        elif floor is not None:
            start = floor
        else:
            start = self._unlinked_start(i)
        start = self._apply_constraint(i, start)
        self.es[i] = start
        if task.constraint == Constraint.MFO and task.constraint_date is not None:
            self.ef[i] = calendar.position(task.constraint_date)
        else:
            self.ef[i] = self._duration_positions(i, start)

    def _unlinked_start(self, i: int) -> int:
        task = self.g.tasks[i]
        calendar = self.g.calendars[i]
        if task.constraint == Constraint.SNET and task.constraint_date is not None:
            return calendar.position(task.constraint_date)
        if task.constraint == Constraint.FNET and task.constraint_date is not None:
            return self._start_for_finish(i, calendar.position(task.constraint_date))
        return calendar.position(self.project_start)

    def _apply_constraint(self, i: int, start: int) -> int:
        """Honour the task's constraint as Microsoft Project does by default: the date wins."""
        task = self.g.tasks[i]
        date = task.constraint_date
        kind = task.constraint
        if date is None or kind not in DATED_CONSTRAINTS:
            return start
        calendar = self.g.calendars[i]
        if kind == Constraint.SNET:
            return max(start, calendar.position(date))
        if kind == Constraint.FNET:
            return max(start, self._start_for_finish(i, calendar.position(date)))
        if kind == Constraint.SNLT:
            latest = calendar.position(date)
            if start > latest:
                self.problems[i].add(CONSTRAINT_CONFLICT)
                return latest
            return start
        if kind == Constraint.FNLT:
            latest = self._start_for_finish(i, calendar.position(date))
            if start > latest:
                self.problems[i].add(CONSTRAINT_CONFLICT)
                return latest
            return start
        if kind == Constraint.MSO:
            fixed = calendar.position(date)
            if start > fixed:
                self.problems[i].add(CONSTRAINT_CONFLICT)
            return fixed
        fixed = self._start_for_finish(i, calendar.position(date))  # MFO
        if start > fixed:
            self.problems[i].add(CONSTRAINT_CONFLICT)
        return fixed

    # -- backward ----------------------------------------------------------------------
    def backward(self, project_finish: int) -> None:
        g = self.g
        kinds = g.kinds
        owner = g.owner
        calendars = g.calendars
        ls, lf = self.ls, self.lf
        self.late_start_bound: list[int | None] = [None] * len(kinds)
        self.ls_needed = [0] * len(kinds)
        self._earliest: dict[int, int] = {}
        for node in reversed(g.order):
            i = owner[node]
            kind = kinds[node]
            calendar = calendars[i]
            ceiling: int | None = None  # latest finish
            start_ceiling: int | None = None  # latest start
            for target, code, number in g.outgoing[node]:
                s = owner[target]
                if code == -1:
                    if kind == _SUMMARY_START:
                        continue  # handled below from the children
                    # child -> parent finish node: the parent's late bounds apply
                    bound = self.lf[target] if self._has_bound(target) else None
                    if bound is not None:
                        value = _convert(bound, calendars[s], calendar, finish=True)
                        ceiling = value if ceiling is None or value < ceiling else ceiling
                    bound = self.late_start_bound[target]
                    if bound is not None and self._is_earliest_child(target, i):
                        value = _convert(bound, calendars[s], calendar, finish=False)
                        start_ceiling = (
                            value
                            if start_ceiling is None or value < start_ceiling
                            else start_ceiling
                        )
                    continue
                if g.tasks[s].actual_finish is not None:
                    continue
                s_calendar = calendars[s]
                working, wall = self._lag(number, i, s_calendar)
                if code == _FS:
                    # A started successor still needs its remaining work before its late
                    # finish; that, not its actual start, bounds its predecessors.
                    base = self.ls_needed[target]
                    finish_like = False
                elif code == _SS:
                    base = ls[target]
                    finish_like = False
                else:
                    base = lf[target]
                    finish_like = True
                if wall:
                    shifted = s_calendar.position(s_calendar.start_at(base) - wall)
                else:
                    shifted = base - working
                value = _convert(shifted, s_calendar, calendar, finish=finish_like or code == _FS)
                if code in (_FS, _FF):
                    ceiling = value if ceiling is None or value < ceiling else ceiling
                else:
                    start_ceiling = (
                        value if start_ceiling is None or value < start_ceiling else start_ceiling
                    )
            if kind == _SUMMARY_START:
                kids = g.children[i]
                ls[node] = min(_convert(ls[c], calendars[c], calendar, finish=False) for c in kids)
                self.ls_needed[node] = min(
                    _convert(self.ls_needed[c], calendars[c], calendar, finish=False) for c in kids
                )
                lf[node] = max(
                    _convert(
                        lf[g.finish_node[c] if g.is_summary[c] else c],
                        calendars[c],
                        calendar,
                        finish=True,
                    )
                    for c in kids
                )
                continue
            if kind == _SUMMARY_FINISH:
                task = g.tasks[i]
                if task.deadline is not None:
                    value = calendar.position(task.deadline)
                    ceiling = value if ceiling is None or value < ceiling else ceiling
                self.lf[node] = ceiling if ceiling is not None else _NO_BOUND
                self.late_start_bound[node] = start_ceiling
                continue
            self._place_late(i, ceiling, start_ceiling, project_finish)

    def _has_bound(self, node: int) -> bool:
        return self.lf[node] != _NO_BOUND

    def _is_earliest_child(self, finish_node: int, child: int) -> bool:
        """Start-based links from a summary bind only its earliest leaf (as Project does)."""
        summary = self.g.owner[finish_node]
        earliest = self._earliest.get(summary)
        if earliest is None:
            earliest = self._earliest[summary] = self._earliest_leaf(summary)
        return earliest == child

    def _earliest_leaf(self, summary: int) -> int:
        g = self.g
        best = -1
        stack = list(g.children[summary])
        while stack:
            c = stack.pop()
            if g.is_summary[c]:
                stack.extend(g.children[c])
            elif best < 0 or self.es[c] < self.es[best]:
                best = c
        return best

    def _place_late(
        self, i: int, ceiling: int | None, start_ceiling: int | None, project_finish: int
    ) -> None:
        g = self.g
        task = g.tasks[i]
        calendar = g.calendars[i]
        finish_limit = calendar.position(project_finish)
        if task.actual_finish is not None:
            self.lf[i] = self.ef[i]
            self.ls[i] = self.ls_needed[i] = self.es[i]
            return
        late_finish = finish_limit if ceiling is None else min(ceiling, finish_limit)
        if start_ceiling is not None:
            late_finish = min(late_finish, self._duration_positions(i, start_ceiling))
        date = task.constraint_date
        if date is not None:
            if task.constraint == Constraint.MSO:
                late_finish = self._duration_positions(i, calendar.position(date))
            elif task.constraint == Constraint.MFO:
                late_finish = calendar.position(date)
            elif task.constraint == Constraint.SNLT:
                late_finish = min(late_finish, self._duration_positions(i, calendar.position(date)))
            elif task.constraint == Constraint.FNLT:
                late_finish = min(late_finish, calendar.position(date))
        if task.deadline is not None:
            late_finish = min(late_finish, calendar.position(task.deadline))
        self.lf[i] = late_finish
        if task.remaining is not None and not task.elapsed:
            self.ls_needed[i] = late_finish - task.remaining
        else:
            self.ls_needed[i] = self._start_for_finish(i, late_finish)
        self.ls[i] = self.es[i] if task.actual_start is not None else self.ls_needed[i]


_NO_BOUND = -(1 << 62)


def schedule(plan: Plan) -> ScheduleResult:
    """Compute early and late dates, floats and the critical path of ``plan``."""
    graph = _Graph(plan)
    run = _Pass(graph)
    run.forward()
    tasks = graph.tasks
    calendars = graph.calendars
    count = len(tasks)
    project_start = plan.project_start
    if count == 0:
        return ScheduleResult(project_start, project_start)
    finish_instants = [
        calendars[i].finish_at(run.ef[i]) for i in range(count) if not graph.is_summary[i]
    ]
    project_finish = max(finish_instants) if finish_instants else project_start
    run.lf = [_NO_BOUND] * len(graph.kinds)
    run.backward(project_finish)
    return _results(graph, run, project_start, project_finish)


def _results(graph: _Graph, run: _Pass, project_start: int, project_finish: int) -> ScheduleResult:
    tasks = graph.tasks
    calendars = graph.calendars
    result = ScheduleResult(project_start, project_finish)
    floats: list[int] = [0] * len(tasks)
    critical: list[bool] = [False] * len(tasks)
    started = [task.actual_start is not None for task in tasks]
    limit = graph.plan.critical_float
    for i, task in enumerate(tasks):
        if graph.is_summary[i]:
            continue
        start_float = run.ls[i] - run.es[i]
        finish_float = run.lf[i] - run.ef[i]
        total = finish_float if task.actual_start is not None else min(start_float, finish_float)
        if task.constraint == Constraint.ALAP:
            total = 0
        floats[i] = total
        critical[i] = task.actual_finish is None and total <= limit
        if total < 0:
            run.problems[i].add(NEGATIVE_FLOAT)
        if task.deadline is not None and run.ef[i] > calendars[i].position(task.deadline):
            run.problems[i].add(DEADLINE_MISSED)
    # Roll up summaries, deepest first, whatever order the plan lists them in.
    for i in graph.summaries_deepest_first():
        calendar = calendars[i]
        kids = graph.children[i]
        run.ls[i] = min(_convert(run.ls[c], calendars[c], calendar, finish=False) for c in kids)
        run.lf[i] = max(_convert(run.lf[c], calendars[c], calendar, finish=True) for c in kids)
        run.es[i] = min(_convert(run.es[c], calendars[c], calendar, finish=False) for c in kids)
        run.ef[i] = max(_convert(run.ef[c], calendars[c], calendar, finish=True) for c in kids)
        started[i] = any(started[c] for c in kids)
        finish_float = run.lf[i] - run.ef[i]
        floats[i] = finish_float if started[i] else min(run.ls[i] - run.es[i], finish_float)
        # Project marks a summary critical by its own float, not by its children's.
        critical[i] = floats[i] <= limit and tasks[i].actual_finish is None
    free = _free_floats(graph, run, floats)
    for i, task in enumerate(tasks):
        calendar = calendars[i]
        early_start, early_finish = _instants(graph, run, i, late=False)
        late_start, late_finish = _instants(graph, run, i, late=True)
        alap = task.constraint == Constraint.ALAP and not graph.is_summary[i]
        start, finish = (late_start, late_finish) if alap else (early_start, early_finish)
        if task.actual_start is not None:
            start = task.actual_start
        if task.actual_finish is not None:
            finish = task.actual_finish
        result.tasks[task.key] = TaskDates(
            key=task.key,
            start=start,
            finish=finish,
            early_start=early_start,
            early_finish=early_finish,
            late_start=late_start,
            late_finish=late_finish,
            total_float=floats[i],
            free_float=free[i],
            critical=critical[i],
            summary=graph.is_summary[i],
            problems=tuple(sorted(run.problems[i])),
        )
        del calendar
    return result


def _instants(graph: _Graph, run: _Pass, i: int, *, late: bool) -> tuple[int, int]:
    """Start and finish instants of task i; a milestone sits at the end of a working period."""
    task = graph.tasks[i]
    calendar = graph.calendars[i]
    start_position = run.ls[i] if late else run.es[i]
    finish_position = run.lf[i] if late else run.ef[i]
    if not graph.is_summary[i] and task.manual and task.start is not None and not late:
        finish = task.finish if task.finish is not None else calendar.finish_at(finish_position)
        return task.start, finish
    if finish_position <= start_position:
        has_predecessor = any(code != -1 for _s, code, _n in graph.incoming[i])
        instant = (
            calendar.finish_at(start_position)
            if has_predecessor and start_position > calendar.position(graph.plan.project_start)
            else calendar.start_at(start_position)
        )
        return instant, instant
    start = calendar.start_at(start_position)
    if task.elapsed and not graph.is_summary[i]:
        return start, start + task.duration
    return start, calendar.finish_at(finish_position)


def _free_floats(graph: _Graph, run: _Pass, floats: list[int]) -> list[int]:
    """How far each task can slip without delaying any successor (never below zero)."""
    tasks = graph.tasks
    calendars = graph.calendars
    result = list(floats)
    for i in range(len(tasks)):
        if tasks[i].actual_finish is not None:
            result[i] = 0
            continue
        node = graph.finish_node[i] if graph.is_summary[i] else i
        best: int | None = None
        for target, code, number in graph.outgoing[node]:
            if code == -1:
                continue
            s = graph.owner[target]
            if tasks[s].actual_finish is not None:
                continue
            working, _wall = run._lag(number, i, calendars[s])
            mine = run.ef[i] if code in (_FS, _FF) else run.es[i]
            theirs = run.ef[s] if code in (_FF, _SF) else run.es[s]
            theirs = _convert(theirs, calendars[s], calendars[i], finish=code in (_FF, _SF))
            slack = theirs - mine - working
            best = slack if best is None or slack < best else best
        if best is not None:
            result[i] = max(0, min(best, floats[i]) if floats[i] >= 0 else 0)
        else:
            result[i] = max(0, floats[i])
    return result
