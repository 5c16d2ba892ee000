"""The issue log's vocabulary (PRINCE2): kinds of issue, statuses and priority levels."""

from __future__ import annotations

from enum import StrEnum

REFERENCE_PREFIX = "I-"


class IssueKind(StrEnum):
    PROBLEM = "problem"
    REQUEST_FOR_CHANGE = "request_for_change"
    OFF_SPECIFICATION = "off_specification"
    CONCERN = "concern"


class IssueStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    RESOLVED = "resolved"
    CLOSED = "closed"


class Level(StrEnum):
    """Urgency and priority of an issue."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


def issue_is_open(status: IssueStatus | str) -> bool:
    """An issue still to be dealt with."""
    return IssueStatus(status) not in (IssueStatus.RESOLVED, IssueStatus.CLOSED)
