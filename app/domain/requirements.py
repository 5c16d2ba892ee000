"""Requirement vocabulary: MoSCoW priorities, statuses and reference codes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum


class MoSCoW(StrEnum):
    """How much a requirement matters for this release (DSDM's MoSCoW)."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "wont"


class RequirementStatus(StrEnum):
    """Where a requirement is in its life from proposal to verification."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    IMPLEMENTED = "implemented"
    VERIFIED = "verified"
    REJECTED = "rejected"
    DEFERRED = "deferred"


REFERENCE_PREFIX = "REQ-"
_REFERENCE = re.compile(r"^REQ-(\d+)$")


def next_reference(existing: Iterable[str]) -> str:
    """The next free code after the highest one in use, so codes are never reused."""
    highest = 0
    for ref in existing:
        match = _REFERENCE.match(ref)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{REFERENCE_PREFIX}{highest + 1:03d}"
