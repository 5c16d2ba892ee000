"""Read MSPDI files with MPXJ and schedule them with its MicrosoftScheduler; print JSON.

Run in a subprocess (``python tests/io/mpxj_probe.py FILE...``) so the JVM never starts in a
test worker; one JVM serves every file. For each file the output holds the tasks as MPXJ
reads them (UID, ID, name, outline level, start, finish, flags), the links (predecessor UID,
successor UID, type, lag in minutes or percent), and the start and finish MicrosoftScheduler
computes after the read dates of every automatically scheduled task without progress are
cleared (so no date can be echoed).
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any


def _text(value: Any) -> str | None:
    return None if value is None else str(value)[:19]


def _tasks(project: Any) -> list[dict[str, Any]]:
    found = []
    for task in project.getTasks():
        uid = task.getUniqueID()
        if uid is None or int(uid) == 0:  # the project summary task
            continue
        found.append(
            {
                "uid": int(uid),
                "id": None if task.getID() is None else int(task.getID()),
                "name": _text(task.getName()) and str(task.getName()),
                "outline_level": None
                if task.getOutlineLevel() is None
                else int(task.getOutlineLevel()),
                "start": _text(task.getStart()),
                "finish": _text(task.getFinish()),
                "summary": bool(task.getSummary()),
                "milestone": bool(task.getMilestone()),
                "active": bool(task.getActive()),
                "manual": str(task.getTaskMode()) == "MANUALLY_SCHEDULED",
            }
        )
    return found


def _links(project: Any) -> list[list[Any]]:
    from org.mpxj import TimeUnit  # type: ignore[import-not-found]

    properties = project.getProjectProperties()
    found = []
    for task in project.getTasks():
        for relation in task.getPredecessors():
            lag = relation.getLag()
            units = lag.getUnits()
            if units in (TimeUnit.PERCENT, TimeUnit.ELAPSED_PERCENT):
                amount = float(lag.getDuration())
                kind = "%"
            else:
                elapsed = str(units.name()).startswith("ELAPSED")
                target = TimeUnit.ELAPSED_MINUTES if elapsed else TimeUnit.MINUTES
                amount = round(float(lag.convertUnits(target, properties).getDuration()), 3)
                kind = "em" if elapsed else "m"
            found.append(
                [
                    int(relation.getPredecessorTask().getUniqueID()),
                    int(relation.getSuccessorTask().getUniqueID()),
                    str(relation.getType()),
                    amount,
                    kind,
                ]
            )
    return found


def _scheduled(path: str) -> tuple[dict[int, list[str | None]], str | None]:
    from org.mpxj.cpm import MicrosoftScheduler  # type: ignore[import-not-found]
    from org.mpxj.reader import UniversalProjectReader  # type: ignore[import-not-found]

    project = UniversalProjectReader().read(path)
    for task in project.getTasks():
        progressed = task.getActualStart() is not None or task.getActualFinish() is not None
        manual = str(task.getTaskMode()) == "MANUALLY_SCHEDULED"
        if progressed or manual:
            continue
        task.setStart(None)
        task.setFinish(None)
        task.setEarlyStart(None)
        task.setEarlyFinish(None)
        task.setLateStart(None)
        task.setLateFinish(None)
    try:
        MicrosoftScheduler().schedule(project, project.getProjectProperties().getStartDate())
    except Exception as error:  # a Java exception: report it, keep going
        return {}, f"{type(error).__name__}: {error}"
    dates = {}
    for task in project.getTasks():
        uid = task.getUniqueID()
        if uid is not None and int(uid) != 0:
            dates[int(uid)] = [_text(task.getStart()), _text(task.getFinish())]
    return dates, None


def main(paths: list[str]) -> int:
    import jpype
    import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

    jpype.startJVM("-Xss16m", convertStrings=False)
    from org.mpxj.reader import UniversalProjectReader

    report: dict[str, Any] = {}
    for path in paths:
        try:
            project = UniversalProjectReader().read(path)
            if project is None:
                report[path] = {"error": "MPXJ cannot read the file"}
                continue
            scheduled, problem = _scheduled(path)
            report[path] = {
                "tasks": _tasks(project),
                "links": _links(project),
                "scheduled": scheduled,
                "scheduler_error": problem,
            }
        except Exception:
            report[path] = {"error": traceback.format_exc(limit=5)}
    json.dump(report, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
