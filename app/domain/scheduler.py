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

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

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


# Node kinds in the scheduling graph.
_LEAF, _SUMMARY_START, _SUMMARY_FINISH, _INERT = 0, 1, 2, 3
_FS, _SS, _FF, _SF, _PARENT = 0, 1, 2, 3, -1
_LINK_CODE = {LinkType.FS: _FS, LinkType.SS: _SS, LinkType.FF: _FF, LinkType.SF: _SF}
_NONE = -(1 << 62)  # "no bound": below any position
_FAST = -1  # edge flag: same calendar, lag in working minutes

# An edge as the passes read it: (other node, code, working lag, link number or _FAST).
Edge = tuple[int, int, int, int]


def _convert(position: int, source: WorkCalendar, target: WorkCalendar, *, finish: bool) -> int:
    """A position on one calendar as a position on another, through the instant it names."""
    if source is target:
        return position
    instant = source.finish_at(position) if finish else source.start_at(position)
    return target.position(instant)


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
        parent = [-1] * count
        children: list[list[int]] = [[] for _ in range(count)]
        for i, task in enumerate(tasks):
            if task.parent is not None:
                up = index.get(task.parent, -1)
                if up >= 0 and up != i:
                    parent[i] = up
                    children[up].append(i)
        self.parent = parent
        self.children = children
        is_summary = [bool(c) for c in children]
        self.is_summary = is_summary
        depth = [-1] * count
        for i in range(count):
            chain = []
            node = i
            while node >= 0 and depth[node] < 0:
                chain.append(node)
                node = parent[node]
            base = depth[node] if node >= 0 else -1
            for offset, member in enumerate(reversed(chain), start=1):
                depth[member] = base + offset
        self.depth = depth
        default = plan.calendar
        calendars = [task.calendar or default for task in tasks]
        self.calendars = calendars
        self.single_calendar = all(task.calendar is None for task in tasks) or all(
            calendar is default for calendar in calendars
        )
        durations = [task.duration if task.duration > 0 else 0 for task in tasks]
        self.durations = durations
        self.finished = [task.actual_finish is not None for task in tasks]
        # Tasks the passes can place with integer arithmetic alone.
        self.plain = [
            not (
                task.manual
                or task.elapsed
                or task.assignments
                or task.actual_start is not None
                or task.actual_finish is not None
                or (task.constraint is not Constraint.ASAP and task.constraint_date is not None)
            )
            for task in tasks
        ]
        self.links = list(plan.links)
        resolved: list[tuple[int, int, int]] = []  # (link number, predecessor, successor)
        linked_in = [False] * count
        linked_out = [False] * count
        for number, link in enumerate(self.links):
            p = index.get(link.predecessor, -1)
            q = index.get(link.successor, -1)
            if p < 0 or q < 0 or p == q:
                continue
            resolved.append((number, p, q))
            linked_out[p] = True
            linked_in[q] = True
        # A summary takes part in the passes only when logic reaches it: links, a start
        # constraint or a deadline on it or on one of its ancestors. Otherwise its dates
        # are simply rolled up from its children afterwards.
        needs_start = [False] * count
        needs_finish = [False] * count
        for i in sorted(range(count), key=depth.__getitem__):
            if not is_summary[i]:
                continue
            up = parent[i]
            task = tasks[i]
            needs_start[i] = (
                linked_in[i]
                or (task.constraint is Constraint.SNET and task.constraint_date is not None)
                or (up >= 0 and needs_start[up])
            )
            needs_finish[i] = (
                linked_out[i] or task.deadline is not None or (up >= 0 and needs_finish[up])
            )
        finish_node = [-1] * count
        kinds = [_LEAF] * count
        owner = list(range(count))
        for i in range(count):
            if is_summary[i]:
                kinds[i] = _SUMMARY_START if needs_start[i] else _INERT
                if needs_finish[i]:
                    finish_node[i] = len(kinds)
                    kinds.append(_SUMMARY_FINISH)
                    owner.append(i)
        self.finish_node = finish_node
        self.kinds = kinds
        self.owner = owner
        size = len(kinds)
        incoming: list[list[Edge]] = [[] for _ in range(size)]
        outgoing: list[list[Edge]] = [[] for _ in range(size)]
        links = self.links
        for number, p, q in resolved:
            link = links[number]
            source = finish_node[p] if is_summary[p] else p
            code = _LINK_CODE[link.type]
            if link.lag_percent is not None:
                lag = round(durations[p] * link.lag_percent / 100)
            else:
                lag = 0 if link.lag_elapsed else link.lag
            flag = number if link.lag_elapsed or calendars[p] is not calendars[q] else _FAST
            outgoing[source].append((q, code, lag, flag))
            incoming[q].append((source, code, lag, flag))
        for i in range(count):
            up = parent[i]
            if up < 0:
                continue
            flag = _FAST if calendars[i] is calendars[up] else 0
            if needs_start[up]:
                outgoing[up].append((i, _PARENT, 0, flag))
                incoming[i].append((up, _PARENT, 0, flag))
            if needs_finish[up]:
                tail = finish_node[i] if is_summary[i] else i
                outgoing[tail].append((finish_node[up], _PARENT, 0, flag))
                incoming[finish_node[up]].append((tail, _PARENT, 0, flag))
        self.incoming = incoming
        self.outgoing = outgoing
        self.order = self._topological_order()

    def summaries_deepest_first(self) -> list[int]:
        depth = self.depth
        summaries = [i for i in range(len(self.tasks)) if self.is_summary[i]]
        return sorted(summaries, key=lambda i: -depth[i])

    def _topological_order(self) -> list[int]:
        """Kahn's algorithm; O(nodes + edges)."""
        waiting = [len(edges) for edges in self.incoming]
        order = [node for node, count in enumerate(waiting) if count == 0]
        outgoing = self.outgoing
        position = 0
        while position < len(order):
            node = order[position]
            position += 1
            for edge in outgoing[node]:
                target = edge[0]
                left = waiting[target] - 1
                waiting[target] = left
                if not left:
                    order.append(target)
        if len(order) != len(waiting):
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
            node = next(src for src, _c, _l, _f in self.incoming[node] if waiting[src] > 0)
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

    def has_predecessor(self, i: int) -> bool:
        return any(code != _PARENT for _s, code, _l, _f in self.incoming[i])


class _Pass:
    """The state of one scheduling run: early and late positions per node."""

    def __init__(self, graph: _Graph) -> None:
        self.g = graph
        size = len(graph.kinds)
        self.es = [0] * size
        self.ef = [0] * size
        self.ls = [0] * size
        self.lf = [0] * size
        self.ls_needed = [0] * size  # late start a started task still needs (for predecessors)
        self.start_bound = [_NONE] * size  # summary start nodes: bounds for their children
        self.finish_bound = [_NONE] * size
        self.late_start_bound = [_NONE] * size  # summary finish nodes
        self.problems: list[set[str]] = [set() for _ in range(len(graph.tasks))]
        self.project_start = graph.plan.project_start
        self._earliest: dict[int, int] = {}
        self._start_positions: dict[int, int] = {}

    # -- helpers ---------------------------------------------------------------------
    def start_position(self, calendar: WorkCalendar) -> int:
        """The project start on ``calendar``, computed once per calendar."""
        found = self._start_positions.get(id(calendar))
        if found is None:
            found = self._start_positions[id(calendar)] = calendar.position(self.project_start)
        return found

    def _edge_value(self, node: int, source: int, code: int, number: int, *, late: bool) -> int:
        """The bound a slow edge sets: calendars differ or the lag is wall-clock time."""
        g = self.g
        here = g.calendars[g.owner[node]]
        there = g.calendars[g.owner[source]]
        link = g.links[number] if code != _PARENT else None
        if link is not None and link.lag_percent is not None:
            working, wall = (
                round(g.durations[g.owner[source if not late else node]] * link.lag_percent / 100),
                0,
            )
        elif link is not None and link.lag_elapsed:
            working, wall = 0, link.lag
        else:
            working, wall = (link.lag if link is not None else 0), 0
        if not late:
            # Forward: ``source`` precedes ``node``; the lag runs on the successor's calendar.
            from_finish = code in (_FS, _FF)
            base = self.ef[source] if from_finish else self.es[source]
            base = _convert(base, there, here, finish=from_finish)
            if wall:
                instant = here.finish_at(base) if from_finish else here.start_at(base)
                return here.position(instant + wall)
            return base + working
        # Backward: ``source`` succeeds ``node``; take the lag off on the successor's calendar.
        if code == _FS:
            base = self.ls_needed[source]
        elif code == _SS:
            base = self.ls[source]
        else:
            base = self.lf[source]
        shifted = there.position(there.start_at(base) - wall) if wall else base - working
        return _convert(shifted, there, here, finish=code != _SS)

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
        kinds, owner, calendars = g.kinds, g.owner, g.calendars
        durations, plain, incoming = g.durations, g.plain, g.incoming
        es, ef = self.es, self.ef
        start_bound, finish_bound = self.start_bound, self.finish_bound
        for node in g.order:
            kind = kinds[node]
            if kind == _SUMMARY_FINISH:
                self._roll_up_early(node)
                continue
            if kind == _INERT:
                continue
            i = owner[node]
            floor = _NONE
            finish_floor = _NONE
            for source, code, lag, flag in incoming[node]:
                if code == _PARENT:
                    bound = start_bound[source]
                    if bound != _NONE:
                        if flag != _FAST:
                            bound = _convert(bound, calendars[source], calendars[i], finish=False)
                        floor = max(floor, bound)
                    bound = finish_bound[source]
                    if bound != _NONE:
                        if flag != _FAST:
                            bound = _convert(bound, calendars[source], calendars[i], finish=True)
                        finish_floor = max(finish_floor, bound)
                    continue
                if flag == _FAST:
                    value = (ef[source] if code in (_FS, _FF) else es[source]) + lag
                else:
                    value = self._edge_value(node, source, code, flag, late=False)
                if code in (_FS, _SS):
                    floor = max(floor, value)
                elif value > finish_floor:
                    finish_floor = value
            if kind == _SUMMARY_START:
                start_bound[node] = self._summary_floor(i, floor)
                finish_bound[node] = finish_floor
                continue
            if plain[i]:
                if finish_floor != _NONE:
                    start = finish_floor - durations[i]
                    start = max(start, floor)
                    # A finish-to-finish link never starts a task before the project does.
                    first = self.start_position(calendars[i])
                    start = max(start, first)
                elif floor != _NONE:
                    start = floor
                else:
                    start = self.start_position(calendars[i])
                es[i] = start
                ef[i] = start + durations[i]
            else:
                self._place(i, floor, finish_floor)

    def _roll_up_early(self, node: int) -> None:
        g = self.g
        i = g.owner[node]
        calendar = g.calendars[i]
        calendars, finish_node, is_summary = g.calendars, g.finish_node, g.is_summary
        first = last = None
        for c in g.children[i]:
            start = self.es[c]
            finish = self.ef[finish_node[c] if is_summary[c] else c]
            if calendars[c] is not calendar:
                start = _convert(start, calendars[c], calendar, finish=False)
                finish = _convert(finish, calendars[c], calendar, finish=True)
            if first is None or start < first:
                first = start
            if last is None or finish > last:
                last = finish
        assert first is not None and last is not None
        self.es[node] = self.es[i] = first
        self.ef[node] = self.ef[i] = last

    def _summary_floor(self, i: int, floor: int) -> int:
        task = self.g.tasks[i]
        if task.constraint == Constraint.SNET and task.constraint_date is not None:
            value = self.g.calendars[i].position(task.constraint_date)
            return max(value, floor)
        return floor

    def _place(self, i: int, floor: int, finish_floor: int) -> None:
        """Early dates of a leaf with a constraint, progress, a manual date or odd units."""
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
        if finish_floor != _NONE:
            start = max(self._start_for_finish(i, finish_floor), floor)
            # A finish-to-finish link never starts a task before the project does.
            start = max(start, self.start_position(calendar))
        elif floor != _NONE:
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
        return self.start_position(calendar)

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
        if kind in (Constraint.SNLT, Constraint.FNLT):
            latest = calendar.position(date)
            if kind == Constraint.FNLT:
                latest = self._start_for_finish(i, latest)
            if start > latest:
                self.problems[i].add(CONSTRAINT_CONFLICT)
                return latest
            return start
        fixed = calendar.position(date)
        if kind == Constraint.MFO:
            fixed = self._start_for_finish(i, fixed)
        if start > fixed:
            self.problems[i].add(CONSTRAINT_CONFLICT)
        return fixed

    # -- backward ----------------------------------------------------------------------
    def backward(self, project_finish: int) -> None:
        g = self.g
        kinds, owner, calendars = g.kinds, g.owner, g.calendars
        durations, plain, outgoing, tasks = g.durations, g.plain, g.outgoing, g.tasks
        ls, lf, ls_needed = self.ls, self.lf, self.ls_needed
        late_start_bound = self.late_start_bound
        finish_limits: dict[int, int] = {}
        finished = g.finished
        for node in reversed(g.order):
            kind = kinds[node]
            i = owner[node]
            if kind == _SUMMARY_START:
                self._roll_up_late(node)
                continue
            if kind == _INERT:
                continue
            ceiling = _NONE  # latest finish; _NONE here means "no successor bound"
            start_ceiling = _NONE
            for target, code, lag, flag in outgoing[node]:
                if code == _PARENT:
                    # child -> parent's finish node: the parent's late bounds apply here.
                    bound = lf[target]
                    if bound != _NONE:
                        if flag != _FAST:
                            bound = _convert(
                                bound, calendars[owner[target]], calendars[i], finish=True
                            )
                        if ceiling == _NONE or bound < ceiling:
                            ceiling = bound
                    bound = late_start_bound[target]
                    if bound != _NONE and self._is_earliest_child(target, i):
                        if flag != _FAST:
                            bound = _convert(
                                bound, calendars[owner[target]], calendars[i], finish=False
                            )
                        if start_ceiling == _NONE or bound < start_ceiling:
                            start_ceiling = bound
                    continue
                if finished[owner[target]]:
                    continue
                if flag == _FAST:
                    if code == _FS:
                        value = ls_needed[target] - lag
                    elif code == _SS:
                        value = ls[target] - lag
                    else:
                        value = lf[target] - lag
                else:
                    value = self._edge_value(node, target, code, flag, late=True)
                if code in (_FS, _FF):
                    if ceiling == _NONE or value < ceiling:
                        ceiling = value
                elif start_ceiling == _NONE or value < start_ceiling:
                    start_ceiling = value
            if kind == _SUMMARY_FINISH:
                task = tasks[i]
                if task.deadline is not None:
                    value = calendars[i].position(task.deadline)
                    if ceiling == _NONE or value < ceiling:
                        ceiling = value
                lf[node] = ceiling
                late_start_bound[node] = start_ceiling
                continue
            calendar = calendars[i]
            limit = finish_limits.get(id(calendar))
            if limit is None:
                limit = finish_limits[id(calendar)] = calendar.position(project_finish)
            late_finish = limit if ceiling == _NONE or ceiling > limit else ceiling
            if plain[i] and start_ceiling == _NONE and tasks[i].deadline is None:
                lf[i] = late_finish
                ls[i] = ls_needed[i] = late_finish - durations[i]
            else:
                self._place_late(i, late_finish, start_ceiling)

    def _roll_up_late(self, node: int) -> None:
        g = self.g
        i = g.owner[node]
        calendar = g.calendars[i]
        calendars, finish_node, is_summary = g.calendars, g.finish_node, g.is_summary
        first = needed = last = None
        for c in g.children[i]:
            start = self.ls[c]
            start_needed = self.ls_needed[c]
            finish = self.lf[finish_node[c] if is_summary[c] else c]
            if calendars[c] is not calendar:
                start = _convert(start, calendars[c], calendar, finish=False)
                start_needed = _convert(start_needed, calendars[c], calendar, finish=False)
                finish = _convert(finish, calendars[c], calendar, finish=True)
            if first is None or start < first:
                first = start
            if needed is None or start_needed < needed:
                needed = start_needed
            if last is None or finish > last:
                last = finish
        assert first is not None and needed is not None and last is not None
        self.ls[node] = first
        self.ls_needed[node] = needed
        self.lf[node] = last

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
            elif (
                best < 0
                or self.es[c] < self.es[best]
                or (self.es[c] == self.es[best] and g.tasks[c].key < g.tasks[best].key)
            ):
                best = c  # ties go to the lowest key, so input order never matters
        return best

    def _place_late(self, i: int, late_finish: int, start_ceiling: int) -> None:
        g = self.g
        task = g.tasks[i]
        calendar = g.calendars[i]
        if task.actual_finish is not None:
            self.lf[i] = self.ef[i]
            self.ls[i] = self.ls_needed[i] = self.es[i]
            return
        if start_ceiling != _NONE:
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


class ScheduleResult(Mapping[int, TaskDates]):
    """Computed dates of every task, by key; TaskDates objects are built when first asked for.

    Floats and critical flags are computed for all tasks at once (integers); instants and
    free float only for the tasks a caller reads, so a view showing 40 rows of a
    100,000-task plan pays for 40.
    """

    def __init__(self, graph: _Graph, run: _Pass, project_start: int, project_finish: int):
        self._graph = graph
        self._run = run
        self.project_start = project_start
        self.project_finish = project_finish
        self._made: dict[int, TaskDates] = {}
        self._floats, self._critical = _floats(graph, run)

    @property
    def tasks(self) -> ScheduleResult:
        """The result itself, as a mapping from task key to TaskDates."""
        return self

    def __getitem__(self, key: int) -> TaskDates:
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._make(self._graph.index[key])
        return made

    def __iter__(self) -> Iterator[int]:
        return (task.key for task in self._graph.tasks)

    def __len__(self) -> int:
        return len(self._graph.tasks)

    def critical_path(self) -> list[int]:
        g = self._graph
        return [t.key for i, t in enumerate(g.tasks) if self._critical[i] and not g.is_summary[i]]

    def _make(self, i: int) -> TaskDates:
        g, run = self._graph, self._run
        task = g.tasks[i]
        calendar = g.calendars[i]
        early_start, early_finish = _instants(g, run, i, late=False)
        late_start, late_finish = _instants(g, run, i, late=True)
        alap = task.constraint == Constraint.ALAP and not g.is_summary[i]
        start, finish = (late_start, late_finish) if alap else (early_start, early_finish)
        if task.actual_start is not None:
            start = task.actual_start
        if task.actual_finish is not None:
            finish = task.actual_finish
        problems = set(run.problems[i])
        total = self._floats[i]
        if total < 0:
            problems.add(NEGATIVE_FLOAT)
        if task.deadline is not None and run.ef[i] > calendar.position(task.deadline):
            problems.add(DEADLINE_MISSED)
        return TaskDates(
            key=task.key,
            start=start,
            finish=finish,
            early_start=early_start,
            early_finish=early_finish,
            late_start=late_start,
            late_finish=late_finish,
            total_float=total,
            free_float=_free_float(g, run, i, total),
            critical=self._critical[i],
            summary=g.is_summary[i],
            problems=tuple(sorted(problems)),
        )


def schedule(plan: Plan) -> ScheduleResult:
    """Compute early and late dates, floats and the critical path of ``plan``."""
    graph = _Graph(plan)
    run = _Pass(graph)
    run.forward()
    calendars = graph.calendars
    project_start = plan.project_start
    project_finish = project_start
    last_by_calendar: dict[int, tuple[WorkCalendar, int]] = {}
    for i in range(len(graph.tasks)):
        if graph.is_summary[i]:
            continue
        calendar = calendars[i]
        known = last_by_calendar.get(id(calendar))
        if known is None or run.ef[i] > known[1]:
            last_by_calendar[id(calendar)] = (calendar, run.ef[i])
    for calendar, position in last_by_calendar.values():
        project_finish = max(project_finish, calendar.finish_at(position))
    run.backward(project_finish)
    return ScheduleResult(graph, run, project_start, project_finish)


def _floats(graph: _Graph, run: _Pass) -> tuple[list[int], list[bool]]:
    """Total float and critical flag of every task; summaries from their rolled-up dates."""
    tasks = graph.tasks
    limit = graph.plan.critical_float
    count = len(tasks)
    floats = [0] * count
    critical = [False] * count
    started = [task.actual_start is not None for task in tasks]
    es, ef, ls, lf = run.es, run.ef, run.ls, run.lf
    is_summary, finished, plain = graph.is_summary, graph.finished, graph.plain
    for i in range(count):
        if is_summary[i]:
            continue
        finish_float = lf[i] - ef[i]
        if plain[i]:
            start_float = ls[i] - es[i]
            total = start_float if start_float < finish_float else finish_float
        else:
            total = finish_float if started[i] else min(ls[i] - es[i], finish_float)
            if tasks[i].constraint is Constraint.ALAP:
                total = 0
        floats[i] = total
        critical[i] = total <= limit and not finished[i]
    calendars = graph.calendars
    single = graph.single_calendar
    for i in graph.summaries_deepest_first():
        kids = graph.children[i]
        if single:
            ls[i] = min([ls[c] for c in kids])
            lf[i] = max([lf[c] for c in kids])
            es[i] = min([es[c] for c in kids])
            ef[i] = max([ef[c] for c in kids])
        else:
            calendar = calendars[i]
            ls[i] = min(_convert(ls[c], calendars[c], calendar, finish=False) for c in kids)
            lf[i] = max(_convert(lf[c], calendars[c], calendar, finish=True) for c in kids)
            es[i] = min(_convert(es[c], calendars[c], calendar, finish=False) for c in kids)
            ef[i] = max(_convert(ef[c], calendars[c], calendar, finish=True) for c in kids)
        started[i] = any([started[c] for c in kids])
        finish_float = lf[i] - ef[i]
        floats[i] = finish_float if started[i] else min(ls[i] - es[i], finish_float)
        # Project marks a summary critical by its own float, not by its children's.
        critical[i] = floats[i] <= limit and tasks[i].actual_finish is None
    return floats, critical


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
        instant = (
            calendar.finish_at(start_position)
            if graph.has_predecessor(i) and start_position > run.start_position(calendar)
            else calendar.start_at(start_position)
        )
        return instant, instant
    start = calendar.start_at(start_position)
    if task.elapsed and not graph.is_summary[i]:
        return start, start + task.duration
    return start, calendar.finish_at(finish_position)


def _free_float(graph: _Graph, run: _Pass, i: int, total: int) -> int:
    """How far task i can slip without delaying any successor (never below zero)."""
    tasks = graph.tasks
    if tasks[i].actual_finish is not None:
        return 0
    calendars = graph.calendars
    node = graph.finish_node[i] if graph.is_summary[i] else i
    best: int | None = None
    for target, code, lag, flag in graph.outgoing[node] if node >= 0 else ():
        if code == _PARENT:
            continue
        s = graph.owner[target]
        if tasks[s].actual_finish is not None:
            continue
        mine = run.ef[i] if code in (_FS, _FF) else run.es[i]
        theirs = run.ef[s] if code in (_FF, _SF) else run.es[s]
        if flag != _FAST:
            theirs = _convert(theirs, calendars[s], calendars[i], finish=code in (_FF, _SF))
        slack = theirs - mine - lag
        best = slack if best is None or slack < best else best
    if best is None:
        return max(0, total)
    return max(0, min(best, total)) if total >= 0 else 0
