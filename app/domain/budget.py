"""The budget's vocabulary: cost categories a project starts with, and the states of change
requests, commitments and expenses."""

from __future__ import annotations

from enum import StrEnum

# The categories of the cost breakdown a new project starts with; the user edits the list.
DEFAULT_CATEGORIES = (
    "Internal staff",
    "External suppliers",
    "Hardware",
    "Software licences",
    "Training",
    "Travel",
    "Other",
)


class ChangeStatus(StrEnum):
    """Where a change request stands (the change log's decision)."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class CommitmentStatus(StrEnum):
    """A purchase order is open until it is fully invoiced (closed) or cancelled."""

    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ExpenseKind(StrEnum):
    INVOICE = "invoice"
    EXPENSE = "expense"


class Reserve(StrEnum):
    """Contingency covers known risks; the management reserve covers unknown ones."""

    CONTINGENCY = "contingency"
    MANAGEMENT = "management"
