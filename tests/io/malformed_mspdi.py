"""Hostile and broken MS Project XML files, each SMALL_MSPDI with one defect, and what the
import must make of them: refuse them with a message carrying a fragment, or take them.

The reader's own tests (test_mspdi_reader.py) already cover DOCTYPEs and entities, malformed
and truncated XML, other file kinds, and single bad values; these are the defects that only
the plan as a whole shows (links in a loop, a schedule running off 2149, a calendar without
working time) and the absurd values the fuzzing tries, written out once by hand. They are
committed in tests/io/malformed/; ``python -m tests.io.malformed_mspdi tests/io/malformed``
writes them again.
"""

from __future__ import annotations

from pathlib import Path

from tests.io.mspdi_files import SMALL_MSPDI

DESIGN = b"<UID>2</UID><ID>2</ID><Name>Design</Name><Type>0</Type>"
BUILD = b"<UID>3</UID><ID>3</ID><Name>Build</Name><Type>0</Type>"
REVIEW = b"<UID>4</UID><ID>4</ID><Name>Review</Name><Type>0</Type>"
DONE = b"<UID>5</UID><ID>5</ID><Name>Done</Name><Type>0</Type>"


def _link(predecessor: int, lag: int = 0, lag_format: int = 7) -> bytes:
    return (
        b"<PredecessorLink><PredecessorUID>%d</PredecessorUID><Type>1</Type>"
        b"<LinkLag>%d</LinkLag><LagFormat>%d</LagFormat></PredecessorLink>"
        % (predecessor, lag, lag_format)
    )


def _after(anchor: bytes, extra: bytes, data: bytes = SMALL_MSPDI) -> bytes:
    assert data.count(anchor) == 1, anchor
    return data.replace(anchor, anchor + extra)


def _swap(old: bytes, new: bytes, data: bytes = SMALL_MSPDI) -> bytes:
    assert data.count(old) == 1, old
    return data.replace(old, new)


def refused_files() -> dict[str, tuple[bytes, str]]:
    """Each file the import refuses: its bytes and a fragment of the refusal's message."""
    return {
        "mspdi_loop_two_tasks.xml": (
            _after(DESIGN, _link(3)),
            "Tasks/Task UID 3 → UID 2 → UID 3: these tasks' links form a loop, which cannot be "
            "scheduled",
        ),
        "mspdi_loop_three_tasks.xml": (
            _after(DESIGN, _link(5)),
            "Tasks/Task UID 3 → UID 4 → UID 5 → UID 2 → UID 3: these tasks' links form a loop",
        ),
        "mspdi_loop_summary_and_subtask.xml": (
            _after(b"<UID>1</UID><ID>1</ID><Name>Phase</Name><Type>0</Type>", _link(3)),
            "Tasks/Task UID 2 → UID 3 → UID 1 → UID 2: these tasks' links form a loop (a summary "
            "task counts as linked to its subtasks)",
        ),
        "mspdi_self_link.xml": (
            _after(BUILD, _link(3)),
            "Tasks/Task UID 3: PredecessorLink 1: PredecessorUID '3' is the task itself",
        ),
        "mspdi_duration_1e15_hours.xml": (
            _swap(
                b"<Duration>PT24H0M0S</Duration>", b"<Duration>PT1000000000000000H0M0S</Duration>"
            ),
            "Tasks/Task UID 4: Duration 'PT1000000000000000H0M0S' is an absurd duration",
        ),
        "mspdi_duration_1e300_hours.xml": (
            _swap(
                b"<Duration>PT24H0M0S</Duration>",
                b"<Duration>PT1" + b"0" * 300 + b"H0M0S</Duration>",
            ),
            "Tasks/Task UID 4: Duration 'PT10000000000000000000000000000000000000…' is an absurd",
        ),
        "mspdi_duration_malformed.xml": (
            _swap(b"<Duration>PT24H0M0S</Duration>", b"<Duration>PT24H0M0S0H</Duration>"),
            "Tasks/Task UID 4: Duration 'PT24H0M0S0H' is not a duration (such as PT8H0M0S)",
        ),
        "mspdi_elapsed_lag_past_2149.xml": (
            _after(DONE, _link(2, 999_999_990, 8)),
            "Tasks/Task UID 5 cannot be scheduled between 1984-01-01 and 2149-12-31",
        ),
        "mspdi_lead_before_1984.xml": (
            _after(DONE, _link(2, -999_999_990, 8)),
            "Tasks/Task UID 5 cannot be scheduled between 1984-01-01 and 2149-12-31",
        ),
        "mspdi_must_start_at_end_of_2149.xml": (
            _swap(
                b"<ConstraintType>4</ConstraintType><ConstraintDate>2026-01-12T08:00:00",
                b"<ConstraintType>2</ConstraintType><ConstraintDate>2149-12-31T08:00:00",
            ),
            "Tasks/Task UID 3 cannot be scheduled between 1984-01-01 and 2149-12-31",
        ),
        "mspdi_calendar_without_working_time.xml": (
            SMALL_MSPDI.replace(b"<DayWorking>1</DayWorking>", b"<DayWorking>0</DayWorking>"),
            "the plan cannot be scheduled between 1984-01-01 and 2149-12-31: calendar Standard "
            "has no working time",
        ),
        "mspdi_duplicate_resource_uid.xml": (
            _swap(b"<UID>2</UID><ID>2</ID><Name>Concrete</Name>", b"<UID>1</UID><ID>2</ID>"),
            "Resources/Resource UID 1 appears more than once",
        ),
        "mspdi_start_in_year_1.xml": (
            _swap(
                b"<ActualStart>2026-01-05T08:00:00</ActualStart>",
                b"<ActualStart>0001-01-01T00:00:00</ActualStart>",
            ),
            "Tasks/Task UID 2: ActualStart '0001-01-01T00:00:00' is outside the dates Koers",
        ),
        "mspdi_deadline_in_year_9999.xml": (
            _swap(b"<Deadline>2026-01-30T17:00:00", b"<Deadline>9999-12-31T23:59:59"),
            "Tasks/Task UID 3: Deadline '9999-12-31T23:59:59' is outside the dates Koers",
        ),
        "mspdi_outline_level_1000.xml": (
            _swap(REVIEW + b"<OutlineLevel>1<", REVIEW + b"<OutlineLevel>1000<"),
            "Tasks/Task UID 4: OutlineLevel '1000' is out of range (0 to 999)",
        ),
        "mspdi_unknown_duration_format.xml": (
            _swap(
                b"<DurationFormat>7</DurationFormat><Milestone>",
                b"<DurationFormat>99</DurationFormat><Milestone>",
            ),
            "Tasks/Task UID 5: DurationFormat '99' is not a known duration format",
        ),
        "mspdi_link_without_predecessor.xml": (
            _after(BUILD, b"<PredecessorLink><Type>1</Type></PredecessorLink>"),
            "Tasks/Task UID 3: PredecessorLink 1: PredecessorUID is missing",
        ),
    }


def large_refused_files() -> dict[str, tuple[bytes, str]]:
    """Refused files too large to commit, made when the tests run."""
    return {
        "mspdi_huge_name.xml": (
            _swap(b"<Name>Review</Name>", b"<Name>" + b"x" * 100_001 + b"</Name>"),
            "Tasks/Task UID 4: Name is longer than 100,000 characters",
        ),
    }


def taken_files() -> dict[str, bytes]:
    """Odd files the import takes; the tests say what is made of each oddity."""
    return {
        # A link to, an assignment of, and a calendar for things not in the file: left out.
        "mspdi_dangling_references.xml": _after(
            DONE,
            _link(999) + b"<CalendarUID>999</CalendarUID>",
            _swap(
                b"<TaskUID>5</TaskUID><ResourceUID>-65535",
                b"<TaskUID>999</TaskUID><ResourceUID>999",
            ),
        ),
        # Nine levels deep right under a first-level task: one level deeper than that.
        "mspdi_outline_level_jump.xml": _swap(
            DESIGN + b"<OutlineLevel>2<", DESIGN + b"<OutlineLevel>9<"
        ),
        # A negative duration is no duration.
        "mspdi_negative_duration.xml": _swap(
            b"<Duration>PT24H0M0S</Duration>", b"<Duration>PT-8H0M0S</Duration>"
        ),
        # Names keep every character.
        "mspdi_non_ascii.xml": _swap(
            b"<Name>Review</Name>", "<Name>Контроль ✓ 审查 \u202e🚀</Name>".encode()
        ),
    }


def large_taken_files() -> dict[str, bytes]:
    """Taken files too large to commit, made when the tests run."""
    return {
        # Elements Koers does not know are skipped however deep they nest.
        "mspdi_deep_nesting.xml": _after(REVIEW, b"<x>" * 100_000 + b"</x>" * 100_000),
    }


def small_files() -> dict[str, bytes]:
    """Every file committed in tests/io/malformed/."""
    return {**{name: data for name, (data, _) in refused_files().items()}, **taken_files()}


def write_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for name, data in small_files().items():
        made[name] = folder / name
        made[name].write_bytes(data)
    return made


if __name__ == "__main__":  # python -m tests.io.malformed_mspdi tests/io/malformed
    import sys

    for name, path in write_files(Path(sys.argv[1])).items():
        print(f"{path.stat().st_size:>8}  {name}")
