"""Critical-path scheduling as Microsoft Project does it: forward pass, backward pass, slack.

The plan is a plain graph: tasks (with a WBS parent), links and calendars. Dates
are held as working-minute *positions* on each task's own calendar, so on a
single-calendar plan the passes are integer additions and comparisons; instants
(minutes since the calendar epoch) appear only where calendars differ and at
the edges. Summary tasks become two virtual nodes, one before and one after
their children, so links to and from summaries cost O(tasks + links) instead
of a link per descendant.

``schedule(plan)`` computes everything at once. A ``Scheduler`` keeps the graph and the
pass state, so ``set_duration`` reschedules incrementally: the forward pass is redone
downstream of the changed task in topological order, stopping where dates come out the
same; the backward pass upstream of it while the project finish stays (else in full);
floats and summary roll-ups for the tasks that moved and their ancestors.

For speed the passes place plain leaves on the project calendar with same-calendar links
(most of a typical plan) by integer arithmetic alone, the forward pass pushes dates along
outgoing edges so those leaves need no list of incoming edges, nodes are walked in outline
order when every link points forward in it (memory order; Kahn's order otherwise), and the
cyclic garbage collector is paused while the many small objects are made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, replace
from enum import StrEnum
from heapq import heappop, heappush
from itertools import chain, compress, groupby
from operator import eq, itemgetter, lt, not_, or_, sub

from app.domain.calendar import WorkCalendar
from app.domain.memory import collector_paused


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


@dataclass(slots=True)
class ScheduleTask:
    """One row of the plan. Summaries are the tasks that other tasks name as parent.

    Not frozen, on purpose: a frozen dataclass costs ten times more to build, and a plan of
    100,000 tasks is built on every open. The scheduler never changes a task; it replaces it.
    """

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


@dataclass(slots=True)
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

_NO_CHILDREN: list[int] = []  # shared by every leaf; never appended to

# An edge as the passes read it, one tuple shared by both ends:
# (source node, target node, code, working lag, link number or _FAST).
Edge = tuple[int, int, int, int, int]
_NO_EDGES: list[Edge] = []  # shared by every node without successors; never appended to


def _convert(position: int, source: WorkCalendar, target: WorkCalendar, *, finish: bool) -> int:
    """A position on one calendar as a position on another, through the instant it names."""
    if source is target:
        return position
    instant = source.finish_at(position) if finish else source.start_at(position)
    return target.position(instant)


class _Graph:
    """The plan as integer-indexed lists; node i < n are tasks, summaries add a finish node.

    Besides the edges the graph precomputes, per node, whether the passes may take their
    integer-only fast path: a plain leaf on the project calendar whose edges are all
    same-calendar links. Everything else goes through the general code.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        tasks = tuple(plan.tasks)
        self.tasks = tasks
        count = len(tasks)
        index = dict(zip([task.key for task in tasks], range(count), strict=True))
        if len(index) != count:
            raise ValueError("task keys must be unique")
        self.index = index
        asap, snet = Constraint.ASAP, Constraint.SNET
        # -- hierarchy
        parent_keys = [task.parent for task in tasks]
        if parent_keys.count(None) == count:
            parent = [-1] * count
        else:
            find = index.get
            parent = [-1 if key is None else find(key, -1) for key in parent_keys]
            for i in list(compress(range(count), map(eq, parent, range(count)))):
                parent[i] = -1  # its own parent: a top-level task
        self.parent = parent
        children: list[list[int]] = [_NO_CHILDREN] * count
        is_summary = [False] * count
        summaries: list[int] = []
        if parent.count(-1) != count:
            by_parent = sorted(range(count), key=parent.__getitem__)  # stable: in task order
            for up, members in groupby(by_parent, key=parent.__getitem__):
                if up >= 0:
                    children[up] = list(members)
                    is_summary[up] = True
                    summaries.append(up)
        self.children = children
        self.is_summary = is_summary
        depth = self._summary_depths(summaries)
        self.depth = depth  # of summaries; leaves keep -1
        top_down = sorted(summaries, key=depth.__getitem__)
        self.summaries_deepest_first = top_down[::-1]
        # -- per-task columns
        default = plan.calendar
        durations = [task.duration for task in tasks]
        if durations and min(durations) < 0:
            durations = [d if d > 0 else 0 for d in durations]
        self.durations = durations
        # One look at every task for anything beyond a duration; most plans have little.
        unusual = [
            task.manual
            or task.elapsed
            or task.assignments
            or task.actual_start is not None
            or task.actual_finish is not None
            or task.constraint_date is not None
            or task.deadline is not None
            or task.remaining is not None
            or task.calendar is not None
            for task in tasks
        ]
        if not any(unusual):
            calendars = [default] * count
            self.single_calendar = True
            finished, started = [False] * count, [False] * count
            remaining = deadlines = complete = finished  # never changed: one list of False
            plain = [True] * count
        else:
            calendars = [default if task.calendar is None else task.calendar for task in tasks]
            self.single_calendar = all(c is default for c in calendars)
            finished = [task.actual_finish is not None for task in tasks]
            started = [task.actual_start is not None for task in tasks]
            complete = list(finished)
            if any(started):
                for i in self.summaries_deepest_first:  # started when a child has started
                    started[i] = any([started[c] for c in children[i]])
                    complete[i] = all([complete[c] for c in children[i]])
            # Tasks the passes can place with integer arithmetic alone.
            plain = [
                not (
                    task.manual
                    or task.elapsed
                    or task.assignments
                    or task.actual_start is not None
                    or task.actual_finish is not None
                    or (task.constraint is not asap and task.constraint_date is not None)
                )
                for task in tasks
            ]
            remaining = [task.remaining is not None for task in tasks]
            deadlines = [task.deadline is not None for task in tasks]
        self.calendars = calendars
        self.finished = finished
        self.started = started
        # A summary is complete when all its subtasks are; a complete one is never critical.
        self.complete = complete
        self.plain = plain
        # Leaves whose float needs more than lf - ef: the general formula (not plain) or
        # late dates from the remaining work (ls - es then differs from lf - ef).
        self.irregular = (
            [
                i
                for i in compress(range(count), map(or_, map(not_, plain), remaining))
                if not is_summary[i]
            ]
            if any(unusual)
            else []
        )
        # -- links
        links = list(plan.links)
        self.links = links
        try:
            predecessors = list(map(index.__getitem__, [link.predecessor for link in links]))
            successors = list(map(index.__getitem__, [link.successor for link in links]))
        except KeyError:  # a link to no task: left out below
            find = index.get
            predecessors = [find(link.predecessor, -1) for link in links]
            successors = [find(link.successor, -1) for link in links]
        numbers: Sequence[int] = range(len(links))
        if -1 in predecessors or -1 in successors or any(map(eq, predecessors, successors)):
            numbers = [
                n
                for n, p, q in zip(numbers, predecessors, successors, strict=True)
                if p >= 0 and q >= 0 and p != q
            ]
            predecessors = [predecessors[n] for n in numbers]
            successors = [successors[n] for n in numbers]
            links = [links[n] for n in numbers]
        # Summaries at either end of a link (the only tasks these sets are asked about).
        linked_out = set(compress(predecessors, map(is_summary.__getitem__, predecessors)))
        linked_in = set(compress(successors, map(is_summary.__getitem__, successors)))
        # A summary takes part in the passes only when logic reaches it: links, a start
        # constraint or a deadline on it or on one of its ancestors. Otherwise its dates
        # are simply rolled up from its children afterwards.
        needs_start = [False] * count
        needs_finish = [False] * count
        for i in top_down:
            up = parent[i]
            task = tasks[i]
            needs_start[i] = (
                i in linked_in
                or (task.constraint is snet and task.constraint_date is not None)
                or (up >= 0 and needs_start[up])
            )
            needs_finish[i] = (
                i in linked_out or task.deadline is not None or (up >= 0 and needs_finish[up])
            )
        finish_node = [-1] * count
        kinds = [_LEAF] * count
        owner = list(range(count))
        for i in summaries:
            kinds[i] = _SUMMARY_START if needs_start[i] else _INERT
            if needs_finish[i]:
                finish_node[i] = len(kinds)
                kinds.append(_SUMMARY_FINISH)
                owner.append(i)
        self.finish_node = finish_node
        self.kinds = kinds
        self.owner = owner
        size = len(kinds)
        tail = owner
        if size > count:
            tail = owner[:count]
            for i in summaries:
                tail[i] = finish_node[i]
        # Fast-path flags: a plain leaf on the project calendar; edges clear them below.
        if self.single_calendar:
            forward_fast = plain.copy()
        else:
            forward_fast = [p and c is default for p, c in zip(plain, calendars, strict=True)]
        for i in summaries:
            forward_fast[i] = False
        # Backward also needs no deadline and no remaining work (those take _place_late).
        if any(deadlines) or any(remaining):
            backward_fast = [
                fast and not (deadline or left)
                for fast, deadline, left in zip(forward_fast, deadlines, remaining, strict=True)
            ]
        else:
            backward_fast = forward_fast.copy()
        forward_fast.extend([False] * (size - count))
        backward_fast.extend([False] * (size - count))
        # -- edges: one tuple per link, shared by its two ends
        sources = list(map(tail.__getitem__, predecessors)) if size > count else predecessors
        code_of = _LINK_CODE
        special = any([link.lag_elapsed or link.lag_percent is not None for link in links])
        if self.single_calendar and not special:
            edges: list[Edge] = [
                (source, q, code_of[link.type], link.lag, _FAST)
                for link, source, q in zip(links, sources, successors, strict=True)
            ]
        else:
            # Slow edges (elapsed lag, or the two ends on different calendars) carry their
            # link number; the passes convert through instants for them.
            slow = [
                link.lag_elapsed or calendars[p] is not calendars[q]
                for link, p, q in zip(links, predecessors, successors, strict=True)
            ]
            edges = [
                (source, q, code_of[link.type], 0 if link.lag_elapsed else link.lag, number)
                if is_slow
                else (source, q, code_of[link.type], link.lag, _FAST)
                for link, source, q, number, is_slow in zip(
                    links, sources, successors, numbers, slow, strict=True
                )
            ]
            for place in compress(range(len(edges)), slow):
                source, q = sources[place], successors[place]
                backward_fast[source] = False
                forward_fast[q] = False
            if special:
                durations = self.durations
                for place, (link, p) in enumerate(zip(links, predecessors, strict=True)):
                    if link.lag_percent is not None:
                        source, q, code, _lag, flag = edges[place]
                        lag = round(durations[p] * link.lag_percent / 100)
                        edges[place] = (source, q, code, lag, flag)
        if any(finished):
            for source, q in zip(sources, successors, strict=True):
                if finished[q]:
                    backward_fast[source] = False
        # Parent edges: a summary's start node to each child, each child to the summary's
        # finish node.
        parent_edges: list[Edge] = []
        ordered = True  # whether every parent comes before its children in the task list
        for up in summaries:
            start, finish = needs_start[up], needs_finish[up]
            if not (start or finish):
                continue
            for i in children[up]:
                flag = _FAST if calendars[i] is calendars[up] else 0
                if start:
                    parent_edges.append((up, i, _PARENT, 0, flag))
                    forward_fast[i] = False
                    ordered = ordered and up < i
                if finish:
                    below = tail[i]
                    parent_edges.append((below, finish_node[up], _PARENT, 0, flag))
                    backward_fast[below] = False
        # Nodes without successors (a third of a typical plan) share one empty list.
        outgoing: list[list[Edge]] = [_NO_EDGES] * size
        from_parents = ((edge, edge[0]) for edge in parent_edges)
        for edge, source in chain(zip(edges, sources, strict=True), from_parents):
            listed = outgoing[source]
            if listed is _NO_EDGES:
                outgoing[source] = [edge]
            else:
                listed.append(edge)
        self.outgoing = outgoing
        # The forward pass pushes values along outgoing edges into fast nodes; only the
        # other nodes read their incoming edges, so only theirs are listed here. All
        # incoming edges are listed when first needed (incremental runs, cycles).
        pulled: dict[int, list[Edge]] = {}
        if not all(map(forward_fast.__getitem__, successors)):
            for edge, q in zip(edges, successors, strict=True):
                if not forward_fast[q]:
                    found = pulled.get(q)
                    if found is None:
                        pulled[q] = [edge]
                    else:
                        found.append(edge)
        for edge in parent_edges:
            pulled.setdefault(edge[1], []).append(edge)
        self.pulled = pulled
        self._successors = successors
        self._linked_in: set[int] | None = None
        self._link_edges = edges
        self._parent_edges = parent_edges
        self._incoming: list[list[Edge]] | None = None
        # Links with a lag in percent of the predecessor's duration, by predecessor: their
        # places in _link_edges, so a duration change can rewrite them.
        self.percent_edges: dict[int, list[tuple[int, float]]] = {}
        for place, (link, p) in enumerate(zip(links, predecessors, strict=True)) if special else ():
            if link.lag_percent is not None:
                self.percent_edges.setdefault(p, []).append((place, link.lag_percent))
        self.forward_fast = forward_fast
        self.backward_fast = backward_fast
        self._getters: dict[int, Callable[[list[int]], tuple[int, ...]]] | None = None
        # Positions converted between calendars for summary roll-ups, shared by the copies
        # with_duration makes: (position, id(from), id(to), finish) -> position.
        self.conversions: dict[tuple[int, int, int, bool], int] = {}
        self._split: (
            dict[int, tuple[Callable[[list[int]], tuple[int, ...]] | None, list[int]]] | None
        ) = None
        self._finish_groups: list[tuple[WorkCalendar, list[bool] | None, list[int]]] | None = None
        self.finish_group_of: list[int] | None = None
        self.order: Sequence[int]
        self._rank: Sequence[int] | None
        self.order, self._rank = self._outline_order(sources, successors) if ordered else ((), None)
        if not self.order:
            self.order = self._topological_order()

    def _summary_depths(self, summaries: list[int]) -> list[int]:
        """Depth of every summary (0 at the top); a loop of parents is refused."""
        parent = self.parent
        depth = [-1] * len(parent)
        if all(map(lt, map(parent.__getitem__, summaries), summaries)):
            # Every summary comes after its parent (outline order): one pass, and no loop
            # is possible. ``summaries`` is in task order.
            for s in summaries:
                up = parent[s]
                depth[s] = 0 if up < 0 else depth[up] + 1
            return depth
        for s in summaries:
            chain = []
            node = s
            while node >= 0 and depth[node] == -1:
                depth[node] = -2  # on the chain being walked
                chain.append(node)
                node = parent[node]
            if node >= 0 and depth[node] == -2:
                loop = chain[chain.index(node) :]
                names = [self.tasks[i].name or str(self.tasks[i].key) for i in loop]
                raise ValueError("summary tasks contain each other: " + " → ".join(names))
            base = depth[node] if node >= 0 else -1
            for member in reversed(chain):
                base += 1
                depth[member] = base
        return depth

    def _outline_order(
        self, sources: list[int], targets: list[int]
    ) -> tuple[Sequence[int], Sequence[int] | None]:
        """Task order with each summary's finish node after its last descendant, if that
        order is topological (links point forward in the list); else ((), None).

        Walking the nodes close to their order in memory is much faster than Kahn's order
        on large plans, and checking costs a fraction of sorting.
        """
        count = len(self.tasks)
        size = len(self.kinds)
        if size == count:
            if all(map(lt, sources, targets)):
                return range(size), range(size)  # the node numbers themselves
            return (), None
        last = list(range(count))
        finish_node = self.finish_node
        after: dict[int, list[int]] = {}
        getters = self.kid_getters()
        for s in self.summaries_deepest_first:  # inner summaries first
            end = last[s] = max(getters[s](last))
            if finish_node[s] >= 0:
                after.setdefault(end, []).append(finish_node[s])
        order: list[int] = []
        done = 0
        for end in sorted(after):
            order.extend(range(done, end + 1))
            order.extend(after[end])
            done = end + 1
        order.extend(range(done, count))
        rank = sorted(range(size), key=order.__getitem__)
        if all(map(lt, map(rank.__getitem__, sources), map(rank.__getitem__, targets))):
            return order, rank
        return (), None

    def _topological_order(self) -> list[int]:
        """Kahn's algorithm; O(nodes + edges)."""
        waiting = list(map(len, self.incoming))
        order = [node for node, count in enumerate(waiting) if not count]
        outgoing = self.outgoing
        append = order.append
        for node in order:  # grows while it is walked
            for edge in outgoing[node]:
                target = edge[1]
                left = waiting[target] - 1
                waiting[target] = left
                if not left:
                    append(target)
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
            node = next(edge[0] for edge in self.incoming[node] if waiting[edge[0]] > 0)
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
        if self._linked_in is None:
            self._linked_in = set(self._successors)
        return i in self._linked_in

    @property
    def incoming(self) -> list[list[Edge]]:
        """Every node's incoming edges: links in link order, then parent edges."""
        if self._incoming is None:
            with collector_paused():
                incoming: list[list[Edge]] = [[] for _ in range(len(self.kinds))]
                for edge in self._link_edges:
                    incoming[edge[1]].append(edge)
                for edge in self._parent_edges:
                    incoming[edge[1]].append(edge)
            self._incoming = incoming
        return self._incoming

    @property
    def rank(self) -> Sequence[int]:
        """Each node's place in the topological order (built when first needed)."""
        if self._rank is None:
            rank = [0] * len(self.order)
            for place, node in enumerate(self.order):
                rank[node] = place
            self._rank = rank
        return self._rank

    def kid_getters(self) -> dict[int, Callable[[list[int]], tuple[int, ...]]]:
        """Per summary, a function that fetches its children's values from a list as a tuple."""
        if self._getters is None:
            children = self.children
            # itemgetter of one index gives a value, not a tuple: name a single child twice.
            self._getters = {
                i: itemgetter(*children[i] if len(children[i]) > 1 else children[i] * 2)
                for i in self.summaries_deepest_first
            }
        return self._getters

    def kid_split(
        self,
    ) -> dict[int, tuple[Callable[[list[int]], tuple[int, ...]] | None, list[int]]]:
        """Per summary: a getter for its children on its own calendar, and the others."""
        if self._split is None:
            calendars, children = self.calendars, self.children
            split: dict[int, tuple[Callable[[list[int]], tuple[int, ...]] | None, list[int]]] = {}
            for i in self.summaries_deepest_first:
                calendar = calendars[i]
                same = [c for c in children[i] if calendars[c] is calendar]
                others = [c for c in children[i] if calendars[c] is not calendar]
                get = itemgetter(*same if len(same) > 1 else same * 2) if same else None
                split[i] = (get, others)
            self._split = split
        return self._split

    def finish_groups(self) -> list[tuple[WorkCalendar, list[bool] | None, list[int]]]:
        """Leaves by calendar, to find the latest early finish: (calendar, mask, indexes).

        The first group is the project calendar's, given as a mask over the tasks; the
        others list their leaves. ``finish_group_of`` gives each leaf's group.
        """
        if self._finish_groups is None:
            default = self.plan.calendar
            calendars, is_summary = self.calendars, self.is_summary
            if self.single_calendar:
                mask = list(map(not_, is_summary))
            else:
                mask = [
                    not summary and calendar is default
                    for summary, calendar in zip(is_summary, calendars, strict=True)
                ]
            groups: list[tuple[WorkCalendar, list[bool] | None, list[int]]] = [(default, mask, [])]
            group_of: list[int] | None = None
            if not self.single_calendar:
                group_of = [-1 if summary else 0 for summary in is_summary]
                others: dict[int, int] = {}
                for i, calendar in enumerate(calendars):
                    if calendar is not default and not is_summary[i]:
                        place = others.get(id(calendar))
                        if place is None:
                            place = others[id(calendar)] = len(groups)
                            groups.append((calendar, None, []))
                        groups[place][2].append(i)
                        group_of[i] = place
            self._finish_groups = groups
            self.finish_group_of = group_of
        return self._finish_groups

    def with_duration(self, i: int, minutes: int) -> tuple[_Graph, list[Edge]]:
        """A copy of the graph where task i lasts ``minutes``; unchanged parts are shared.

        Also gives the edges whose lag changed (lags in percent of task i's duration).
        """
        task = replace(self.tasks[i], duration=minutes)
        graph = copy(self)
        tasks = list(self.tasks)
        tasks[i] = task
        graph.tasks = tuple(tasks)
        graph.plan = replace(self.plan, tasks=graph.tasks)
        durations = self.durations.copy()
        durations[i] = minutes if minutes > 0 else 0
        graph.durations = durations
        percent = self.percent_edges.get(i)
        if not percent:
            return graph, []
        link_edges = self._link_edges.copy()
        outgoing = self.outgoing.copy()
        incoming = None if self._incoming is None else self._incoming.copy()
        pulled = dict(self.pulled)
        renewed: list[Edge] = []
        for place, lag_percent in percent:
            old = link_edges[place]
            source, target, code, _lag, flag = old
            edge = (source, target, code, round(durations[i] * lag_percent / 100), flag)
            link_edges[place] = edge
            outgoing[source] = _swapped(outgoing[source], old, edge)
            if incoming is not None:
                incoming[target] = _swapped(incoming[target], old, edge)
            if target in pulled:
                pulled[target] = _swapped(pulled[target], old, edge)
            renewed.append(edge)
        graph._link_edges, graph.outgoing, graph.pulled = link_edges, outgoing, pulled
        graph._incoming = incoming
        return graph, renewed


def _swapped(edges: list[Edge], old: Edge, new: Edge) -> list[Edge]:
    """A copy of ``edges`` with the tuple ``old`` (by identity) replaced by ``new``."""
    copied = edges.copy()
    copied[next(k for k, edge in enumerate(copied) if edge is old)] = new
    return copied


def _latest(ef: list[int], mask: list[bool] | None, members: list[int]) -> int | None:
    """The largest early finish among the tasks a mask or an index list picks."""
    if mask is not None:
        return max(compress(ef, mask), default=None)
    return max(map(ef.__getitem__, members), default=None)


class _Pass:
    """The state of one scheduling run: early and late positions per node.

    ``forward`` and ``backward`` walk every node; ``forward_from`` and ``backward_from``
    redo only the nodes a change can reach, in topological order, and stop where the
    values come out the same.
    """

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
        self.problems: dict[int, set[str]] = {}  # by task; a set is never changed once published
        self.project_start = graph.plan.project_start
        self.project_finish = self.project_start
        self._earliest: dict[int, int] = {}
        self._start_positions: dict[int, int] = {}
        self._finish_limits: dict[int, int] = {}
        self._latest: list[int | None] | None = None

    # -- helpers ---------------------------------------------------------------------
    def start_position(self, calendar: WorkCalendar) -> int:
        """The project start on ``calendar``, computed once per calendar."""
        found = self._start_positions.get(id(calendar))
        if found is None:
            found = self._start_positions[id(calendar)] = calendar.position(self.project_start)
        return found

    def finish_limit(self, calendar: WorkCalendar) -> int:
        """The project finish on ``calendar``, computed once per calendar and finish."""
        found = self._finish_limits.get(id(calendar))
        if found is None:
            found = self._finish_limits[id(calendar)] = calendar.position(self.project_finish)
        return found

    def latest_finish(self, moved: Sequence[tuple[int, int]] | None = None) -> int:
        """The project finish: the latest early finish of any leaf, as an instant.

        Keeps the latest position per calendar. With ``moved`` (nodes and their early
        finish before a change) a calendar's latest is only looked for again when the
        leaf that held it finishes earlier now.
        """
        g = self.g
        groups = g.finish_groups()
        ef = self.ef
        latest = self._latest
        if moved is None or latest is None:
            latest = self._latest = [_latest(ef, mask, members) for _c, mask, members in groups]
        else:
            group_of, is_summary, count = g.finish_group_of, g.is_summary, len(g.tasks)
            again: set[int] = set()
            for node, before in moved:
                if node >= count or is_summary[node]:
                    continue
                group = 0 if group_of is None else group_of[node]
                now, top = ef[node], latest[group]
                if top is None or now > top:
                    latest[group] = now
                elif before == top and now < before:
                    again.add(group)
            for group in again:
                _calendar, mask, members = groups[group]
                latest[group] = _latest(ef, mask, members)
        # The latest finish of any task, as Project has it; the project start only counts
        # when there is no task at all (tasks placed by hand may all lie before it).
        finishes = [
            calendar.finish_at(position)
            for (calendar, _mask, _members), position in zip(groups, latest, strict=True)
            if position is not None
        ]
        return max(finishes) if finishes else self.project_start

    def _problem(self, i: int, code: str) -> None:
        self.problems.setdefault(i, set()).add(code)

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
        """Early dates of every node, in topological order.

        A fast node (plain leaf, project calendar, same-calendar links) is placed from the
        floors its predecessors pushed into ``floors`` and ``finish_floors``; every node
        then pushes its dates along its outgoing edges. Other nodes read their incoming
        edges in the general code; what is pushed to them is never read.
        """
        g = self.g
        fast, outgoing, durations, pulled = g.forward_fast, g.outgoing, g.durations, g.pulled
        es, ef = self.es, self.ef
        size = len(es)
        floors = [_NONE] * size
        finish_floors = [_NONE] * size
        first = self.start_position(g.plan.calendar)
        general = self._forward_node
        no_edges: list[Edge] = []
        none, fs, ss, ff = _NONE, _FS, _SS, _FF  # locals: read once per link
        for node in g.order:
            if fast[node]:
                floor = floors[node]
                finish_floor = finish_floors[node]
                duration = durations[node]
                if finish_floor != none:
                    start = finish_floor - duration
                    start = floor if floor > start else start
                    # A finish-to-finish link never starts a task before the project does.
                    start = first if first > start else start
                elif floor != none:
                    start = floor
                else:
                    start = first
                finish = start + duration
                es[node] = start
                ef[node] = finish
            else:
                general(node, pulled.get(node, no_edges))
                start = es[node]
                finish = ef[node]
            # Comparisons, not max() (a call): this loop runs once per link.
            for _source, target, code, lag, _flag in outgoing[node]:
                if code == fs:
                    value = finish + lag
                    if value > floors[target]:  # noqa: PLR1730
                        floors[target] = value
                elif code == ss:
                    value = start + lag
                    if value > floors[target]:  # noqa: PLR1730
                        floors[target] = value
                elif code == ff:
                    value = finish + lag
                    if value > finish_floors[target]:  # noqa: PLR1730
                        finish_floors[target] = value
                else:
                    value = start + lag
                    if value > finish_floors[target]:  # noqa: PLR1730
                        finish_floors[target] = value

    def forward_from(self, seeds: Iterable[int]) -> list[tuple[int, int]]:
        """Redo the early dates downstream of ``seeds``.

        Gives the nodes whose dates changed, each with its early finish before.
        """
        g = self.g
        order, rank, outgoing, kinds = g.order, g.rank, g.outgoing, g.kinds
        incoming = g.incoming
        es, ef, start_bound, finish_bound = self.es, self.ef, self.start_bound, self.finish_bound
        problems = self.problems
        general = self._forward_node
        heap = sorted({rank[node] for node in seeds})
        queued = set(heap)
        changed: list[tuple[int, int]] = []
        while heap:
            node = order[heappop(heap)]
            before = (es[node], ef[node], start_bound[node], finish_bound[node])
            if kinds[node] == _LEAF:
                problems.pop(node, None)
            general(node, incoming[node])
            if (es[node], ef[node], start_bound[node], finish_bound[node]) == before:
                continue
            changed.append((node, before[1]))
            for edge in outgoing[node]:
                place = rank[edge[1]]
                if place not in queued:
                    queued.add(place)
                    heappush(heap, place)
        return changed

    def _forward_node(self, node: int, incoming: Sequence[Edge]) -> None:
        """Early dates of one node of any kind, from its incoming edges."""
        g = self.g
        kind = g.kinds[node]
        if kind == _SUMMARY_FINISH:
            self._roll_up_early(node)
            return
        if kind == _INERT:
            return
        calendars = g.calendars
        es, ef = self.es, self.ef
        start_bound, finish_bound = self.start_bound, self.finish_bound
        i = g.owner[node]
        floor = _NONE
        finish_floor = _NONE
        for source, _target, code, lag, flag in incoming:
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
            return
        if g.plain[i]:
            duration = g.durations[i]
            if finish_floor != _NONE:
                start = finish_floor - duration
                start = max(start, floor)
                # A finish-to-finish link never starts a task before the project does.
                first = self.start_position(calendars[i])
                start = max(start, first)
            elif floor != _NONE:
                start = floor
            else:
                start = self.start_position(calendars[i])
            es[i] = start
            ef[i] = start + duration
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
                self._problem(i, CONSTRAINT_CONFLICT)
                return latest
            return start
        fixed = calendar.position(date)
        if kind == Constraint.MFO:
            fixed = self._start_for_finish(i, fixed)
        if start > fixed:
            self._problem(i, CONSTRAINT_CONFLICT)
        return fixed

    # -- backward ----------------------------------------------------------------------
    def backward(self, project_finish: int) -> None:
        """Late dates of every node, in reverse topological order."""
        g = self.g
        if project_finish != self.project_finish:
            self.project_finish = project_finish
            self._finish_limits = {}
        fast, outgoing, durations = g.backward_fast, g.outgoing, g.durations
        ls, lf, ls_needed = self.ls, self.lf, self.ls_needed
        limit = self.finish_limit(g.plan.calendar)
        general = self._backward_node
        fs, ss, ff = _FS, _SS, _FF  # locals: read once per link
        for node in reversed(g.order):
            if not fast[node]:
                general(node)
                continue
            # A plain leaf on the project calendar with same-calendar links only: the late
            # finish is the least of the project finish and what each successor allows.
            duration = durations[node]
            ceiling = limit
            for _source, target, code, lag, _flag in outgoing[node]:
                if code == fs:
                    value = ls_needed[target] - lag
                elif code == ff:
                    value = lf[target] - lag
                elif code == ss:
                    value = ls[target] - lag + duration
                else:
                    value = lf[target] - lag + duration
                if value < ceiling:  # noqa: PLR1730 (no max() call per link)
                    ceiling = value
            lf[node] = ceiling
            ls[node] = ls_needed[node] = ceiling - duration

    def backward_from(self, seeds: Iterable[int]) -> list[int]:
        """Redo the late dates upstream of ``seeds`` (the project finish has not moved)."""
        g = self.g
        order, rank, incoming = g.order, g.rank, g.incoming
        kinds, owner, parent = g.kinds, g.owner, g.parent
        ls, lf, ls_needed, late_start_bound = (
            self.ls,
            self.lf,
            self.ls_needed,
            self.late_start_bound,
        )
        general = self._backward_node
        heap = sorted({-rank[node] for node in seeds})
        queued = set(heap)
        changed: list[int] = []
        while heap:
            node = order[-heappop(heap)]
            before = (ls[node], lf[node], ls_needed[node], late_start_bound[node])
            general(node)
            if (ls[node], lf[node], ls_needed[node], late_start_bound[node]) == before:
                continue
            changed.append(node)
            for edge in incoming[node]:
                place = -rank[edge[0]]
                if place not in queued:
                    queued.add(place)
                    heappush(heap, place)
            if kinds[node] == _SUMMARY_FINISH:
                # The parent's start node rolls up this finish node's late finish too.
                up = parent[owner[node]]
                if up >= 0 and kinds[up] == _SUMMARY_START and -rank[up] not in queued:
                    queued.add(-rank[up])
                    heappush(heap, -rank[up])
        return changed

    def _backward_node(self, node: int) -> None:
        """Late dates of one node of any kind."""
        g = self.g
        kind = g.kinds[node]
        if kind == _SUMMARY_START:
            self._roll_up_late(node)
            return
        if kind == _INERT:
            return
        owner, calendars, tasks, finished = g.owner, g.calendars, g.tasks, g.finished
        ls, lf, ls_needed = self.ls, self.lf, self.ls_needed
        late_start_bound = self.late_start_bound
        i = owner[node]
        ceiling = _NONE  # latest finish; _NONE here means "no successor bound"
        start_ceiling = _NONE
        for _source, target, code, lag, flag in g.outgoing[node]:
            if code == _PARENT:
                # child -> parent's finish node: the parent's late bounds apply here.
                bound = lf[target]
                if bound != _NONE:
                    if flag != _FAST:
                        bound = _convert(bound, calendars[owner[target]], calendars[i], finish=True)
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
            return
        limit = self.finish_limit(calendars[i])
        late_finish = limit if ceiling == _NONE or ceiling > limit else ceiling
        if g.plain[i] and start_ceiling == _NONE and tasks[i].deadline is None:
            lf[i] = late_finish
            ls[i] = ls_needed[i] = late_finish - g.durations[i]
        else:
            self._place_late(i, late_finish, start_ceiling)

    def refresh_earliest(self, changed: Sequence[tuple[int, int]]) -> set[int]:
        """Forget the earliest leaf of summaries above ``changed`` nodes.

        Gives the leaves whose late dates depend on a summary's start-based links and that
        gained or lost that role, so the backward pass redoes them.
        """
        earliest = self._earliest
        if not earliest:
            return set()
        g = self.g
        parent, is_summary, finish_node = g.parent, g.is_summary, g.finish_node
        count = len(g.tasks)
        moved: set[int] = set()
        seen: set[int] = set()
        for node, _before in changed:
            if node >= count or is_summary[node]:
                continue
            up = parent[node]
            while up >= 0 and up not in seen:
                seen.add(up)
                old = earliest.pop(up, None)
                if old is not None and self.late_start_bound[finish_node[up]] != _NONE:
                    new = earliest[up] = self._earliest_leaf(up)
                    if new != old:
                        moved.update((old, new))
                up = parent[up]
        moved.discard(-1)
        return moved

    def _roll_up_late(self, node: int) -> None:
        g = self.g
        i = g.owner[node]
        calendar = g.calendars[i]
        calendars, finish_node = g.calendars, g.finish_node
        first = needed = last = None
        for c in g.children[i]:
            start = self.ls[c]
            start_needed = self.ls_needed[c]
            # A summary child's late finish: its finish node's bound, or, when nothing bounds
            # it (or it has no finish node), its children's latest, rolled up on its start.
            tail = finish_node[c]
            finish = self.lf[tail] if tail >= 0 and self.lf[tail] != _NONE else self.lf[c]
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


class _Dates:
    """What a result reads: positions per task with summaries rolled up, floats, problems."""

    __slots__ = ("critical", "ef", "es", "floats", "lf", "ls", "problems")

    def __init__(
        self,
        es: list[int],
        ef: list[int],
        ls: list[int],
        lf: list[int],
        floats: list[int],
        critical: list[bool],
        problems: dict[int, set[str]],
    ) -> None:
        self.es, self.ef, self.ls, self.lf = es, ef, ls, lf
        self.floats, self.critical, self.problems = floats, critical, problems

    def copy(self) -> _Dates:
        return _Dates(
            self.es.copy(),
            self.ef.copy(),
            self.ls.copy(),
            self.lf.copy(),
            self.floats.copy(),
            self.critical.copy(),
            self.problems,
        )


class ScheduleResult(Mapping[int, TaskDates]):
    """Computed dates of every task, by key; TaskDates objects are built when first asked for.

    Floats and critical flags are computed for all tasks at once (integers); instants and
    free float only for the tasks a caller reads, so a view showing 40 rows of a
    100,000-task plan pays for 40. A result never changes once made, also when the
    Scheduler that made it goes on to other durations.
    """

    def __init__(
        self,
        graph: _Graph,
        dates: _Dates,
        start_position: Callable[[WorkCalendar], int],
        project_start: int,
        project_finish: int,
    ) -> None:
        self._graph = graph
        self._dates = dates
        self._start_position = start_position
        self.project_start = project_start
        self.project_finish = project_finish
        self._made: dict[int, TaskDates] = {}

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
        critical = self._dates.critical
        return [t.key for i, t in enumerate(g.tasks) if critical[i] and not g.is_summary[i]]

    def _make(self, i: int) -> TaskDates:
        g, dates = self._graph, self._dates
        task = g.tasks[i]
        calendar = g.calendars[i]
        early_start, early_finish = self._instants(i, late=False)
        late_start, late_finish = self._instants(i, late=True)
        alap = task.constraint == Constraint.ALAP and not g.is_summary[i]
        start, finish = (late_start, late_finish) if alap else (early_start, early_finish)
        if task.actual_start is not None:
            start = task.actual_start
        if task.actual_finish is not None:
            finish = task.actual_finish
        problems = set(dates.problems.get(i, ()))
        total = dates.floats[i]
        if total < 0:
            problems.add(NEGATIVE_FLOAT)
        if task.deadline is not None and dates.ef[i] > calendar.position(task.deadline):
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
            free_float=self._free_float(i, total),
            critical=dates.critical[i],
            summary=g.is_summary[i],
            problems=tuple(sorted(problems)),
        )

    def _instants(self, i: int, *, late: bool) -> tuple[int, int]:
        """Start and finish instants of task i; a milestone sits at the end of a working period."""
        graph, dates = self._graph, self._dates
        task = graph.tasks[i]
        calendar = graph.calendars[i]
        start_position = dates.ls[i] if late else dates.es[i]
        finish_position = dates.lf[i] if late else dates.ef[i]
        if not graph.is_summary[i] and task.manual and task.start is not None and not late:
            finish = task.finish if task.finish is not None else calendar.finish_at(finish_position)
            return task.start, finish
        if finish_position <= start_position:
            instant = (
                calendar.finish_at(start_position)
                if graph.has_predecessor(i) and start_position > self._start_position(calendar)
                else calendar.start_at(start_position)
            )
            return instant, instant
        start = calendar.start_at(start_position)
        if task.elapsed and not graph.is_summary[i]:
            return start, start + task.duration
        return start, calendar.finish_at(finish_position)

    def _free_float(self, i: int, total: int) -> int:
        """How far task i can slip without delaying any successor (never below zero)."""
        graph, dates = self._graph, self._dates
        tasks = graph.tasks
        if tasks[i].actual_finish is not None:
            return 0
        calendars = graph.calendars
        node = graph.finish_node[i] if graph.is_summary[i] else i
        best: int | None = None
        for _source, target, code, lag, flag in graph.outgoing[node] if node >= 0 else ():
            if code == _PARENT:
                continue
            s = graph.owner[target]
            if tasks[s].actual_finish is not None:
                continue
            mine = dates.ef[i] if code in (_FS, _FF) else dates.es[i]
            theirs = dates.ef[s] if code in (_FF, _SF) else dates.es[s]
            if flag != _FAST:
                theirs = _convert(theirs, calendars[s], calendars[i], finish=code in (_FF, _SF))
            slack = theirs - mine - lag
            best = slack if best is None or slack < best else best
        if best is None:
            return max(0, total)
        return max(0, min(best, total)) if total >= 0 else 0


class Scheduler:
    """Schedules one plan, then reschedules it incrementally as task durations change.

    The graph (nodes, edges, topological order) is built once. ``set_duration`` redoes the
    forward pass only downstream of the changed task and, while the project finish stays
    put, the backward pass only upstream of it; floats and summary roll-ups are refreshed
    for the tasks whose dates moved and their ancestors. Every result equals what
    ``schedule`` gives for the changed plan, and stays valid after later changes.
    """

    def __init__(self, plan: Plan) -> None:
        with collector_paused():
            self._graph = _Graph(plan)
        self._run: _Pass | None = None
        self._dates: _Dates | None = None

    @property
    def plan(self) -> Plan:
        """The current plan: the original with every changed task replaced."""
        return self._graph.plan

    def run(self) -> ScheduleResult:
        """Forward and backward pass over the whole (cached) graph."""
        graph = self._graph
        with collector_paused():
            run = self._run = _Pass(graph)
            run.forward()
            run.backward(run.latest_finish())
            self._dates = _all_dates(graph, run)
        return self._result()

    def set_duration(self, key: int, minutes: int) -> ScheduleResult:
        """Give task ``key`` a new duration (minutes) and reschedule what that can move."""
        old = self._graph
        i = old.index[key]
        graph, relinked = old.with_duration(i, minutes)
        run, dates = self._run, self._dates
        if run is None or dates is None:
            self._graph = graph
            return self.run()
        try:
            self._graph = run.g = graph
            return self._reschedule(run, dates, i, relinked)
        except BaseException:
            # Half-updated passes are of no use: keep the old plan, run in full next time.
            self._graph = old
            self._run = self._dates = None
            raise

    def _reschedule(
        self, run: _Pass, dates: _Dates, i: int, relinked: list[Edge]
    ) -> ScheduleResult:
        graph = run.g
        nodes = [i] if graph.finish_node[i] < 0 else [i, graph.finish_node[i]]
        forward_seeds = nodes + [edge[1] for edge in relinked]
        moved_early = run.forward_from(forward_seeds)
        backward_seeds = run.refresh_earliest(moved_early)
        backward_seeds.update(nodes)  # also the sources of the relinked edges
        plain = graph.plain
        count = len(graph.tasks)
        # Started and finished tasks read their own early dates in the backward pass.
        backward_seeds.update(n for n, _before in moved_early if n < count and not plain[n])
        project_finish = run.latest_finish(moved_early)
        if project_finish != run.project_finish:
            run.backward(project_finish)
            self._dates = _all_dates(graph, run)
            return self._result()
        moved_late = run.backward_from(backward_seeds)
        dates = dates.copy()  # the previous result keeps its own
        dates.problems = dict(run.problems)
        owner = graph.owner
        touched = {owner[node] for node, _before in moved_early}
        touched.update(owner[node] for node in moved_late)
        touched.add(i)
        _refresh_dates(graph, run, dates, touched)
        self._dates = dates
        return self._result()

    def _result(self) -> ScheduleResult:
        run, dates = self._run, self._dates
        assert run is not None and dates is not None
        return ScheduleResult(
            self._graph, dates, run.start_position, run.project_start, run.project_finish
        )


def schedule(plan: Plan) -> ScheduleResult:
    """Compute early and late dates, floats and the critical path of ``plan``."""
    return Scheduler(plan).run()


def _all_dates(graph: _Graph, run: _Pass) -> _Dates:
    """Total float and critical flag of every task; summaries from their rolled-up dates."""
    count = len(graph.tasks)
    es, ef, ls, lf = run.es[:count], run.ef[:count], run.ls[:count], run.lf[:count]
    # A plain leaf's start float equals its finish float (ef = es + d, ls = lf - d).
    floats = list(map(sub, lf, ef))
    limit = graph.plan.critical_float
    critical = list(map(limit.__ge__, floats))
    dates = _Dates(es, ef, ls, lf, floats, critical, dict(run.problems))
    for i in graph.irregular:
        _leaf_float(graph, dates, i)
    if not graph.single_calendar:
        for i in graph.summaries_deepest_first:
            _summary_float(graph, dates, i)
        return dates
    # _summary_float inlined for one calendar: this runs once per summary.
    getters, started, complete = graph.kid_getters(), graph.started, graph.complete
    for i in graph.summaries_deepest_first:
        get = getters[i]
        late_start = ls[i] = min(get(ls))
        late_finish = lf[i] = max(get(lf))
        early_start = es[i] = min(get(es))
        early_finish = ef[i] = max(get(ef))
        total = late_finish - early_finish
        if not started[i] and late_start - early_start < total:
            total = late_start - early_start
        floats[i] = total
        # Project marks a summary critical by its own float, not by its children's.
        critical[i] = total <= limit and not complete[i]
    return dates


def _refresh_dates(graph: _Graph, run: _Pass, dates: _Dates, touched: set[int]) -> None:
    """Bring ``dates`` up to date for the tasks in ``touched`` and all their ancestors."""
    is_summary, parent, depth = graph.is_summary, graph.parent, graph.depth
    above: set[int] = set()
    for i in touched:
        if is_summary[i]:
            continue  # a summary's own nodes never show: its dates come from its children
        dates.es[i], dates.ef[i] = run.es[i], run.ef[i]
        dates.ls[i], dates.lf[i] = run.ls[i], run.lf[i]
        _leaf_float(graph, dates, i)
        up = parent[i]
        while up >= 0 and up not in above:
            above.add(up)
            up = parent[up]
    for i in sorted(above, key=depth.__getitem__, reverse=True):
        _summary_float(graph, dates, i)


def _leaf_float(graph: _Graph, dates: _Dates, i: int) -> None:
    finish_float = dates.lf[i] - dates.ef[i]
    start_float = dates.ls[i] - dates.es[i]
    if graph.plain[i]:
        total = start_float if start_float < finish_float else finish_float
    else:
        total = finish_float if graph.started[i] else min(start_float, finish_float)
        if graph.tasks[i].constraint is Constraint.ALAP:
            total = 0
    dates.floats[i] = total
    dates.critical[i] = total <= graph.plan.critical_float and not graph.finished[i]


def _summary_float(graph: _Graph, dates: _Dates, i: int) -> None:
    """Roll summary i up from its children (already rolled up) and give its float."""
    es, ef, ls, lf = dates.es, dates.ef, dates.ls, dates.lf
    if graph.single_calendar:
        get = graph.kid_getters()[i]
        ls[i] = min(get(ls))
        lf[i] = max(get(lf))
        es[i] = min(get(es))
        ef[i] = max(get(ef))
    else:
        # Children on the summary's calendar need no conversion.
        same, others = graph.kid_split()[i]
        late_starts: list[int] = []
        late_finishes: list[int] = []
        early_starts: list[int] = []
        early_finishes: list[int] = []
        if same is not None:
            late_starts.append(min(same(ls)))
            late_finishes.append(max(same(lf)))
            early_starts.append(min(same(es)))
            early_finishes.append(max(same(ef)))
        calendars = graph.calendars
        calendar = calendars[i]
        # Children share dates, and a refresh converts the same ones again: remember them.
        known = graph.conversions
        for c in others:
            there = calendars[c]
            for values, position, finish in (
                (late_starts, ls[c], False),
                (late_finishes, lf[c], True),
                (early_starts, es[c], False),
                (early_finishes, ef[c], True),
            ):
                key = (position, id(there), id(calendar), finish)
                found = known.get(key)
                if found is None:
                    found = known[key] = _convert(position, there, calendar, finish=finish)
                values.append(found)
        ls[i] = min(late_starts)
        lf[i] = max(late_finishes)
        es[i] = min(early_starts)
        ef[i] = max(early_finishes)
    finish_float = lf[i] - ef[i]
    total = finish_float if graph.started[i] else min(ls[i] - es[i], finish_float)
    dates.floats[i] = total
    # Project marks a summary critical by its own float, not by its children's.
    dates.critical[i] = total <= graph.plan.critical_float and not graph.complete[i]
