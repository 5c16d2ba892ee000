"""What an edit changed, so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """A summary of one edit: fields of the project row and ids of rows per table."""

    project_fields: frozenset[str] = frozenset()
    inserted: dict[str, frozenset[int]] = field(default_factory=dict)
    updated: dict[str, frozenset[int]] = field(default_factory=dict)
    deleted: dict[str, frozenset[int]] = field(default_factory=dict)
    reordered: frozenset[str] = frozenset()
    schedule_dirty: bool = False
    everything: bool = False
    # Tasks whose duration alone changed (id -> working minutes): the schedule can be
    # updated incrementally instead of recomputed.
    durations: dict[int, int] = field(default_factory=dict)

    def touches(self, table: str) -> bool:
        return (
            self.everything
            or table in self.inserted
            or table in self.updated
            or table in self.deleted
            or table in self.reordered
        )

    def is_structural(self, table: str) -> bool:
        """Rows came, went or moved: a list view must re-read its rows."""
        return (
            self.everything
            or table in self.inserted
            or table in self.deleted
            or table in self.reordered
        )

    def is_empty(self) -> bool:
        """Nothing was changed (an indent at the top, a move at the end of the list)."""
        return not (
            self.everything
            or self.project_fields
            or self.reordered
            or any(self.inserted.values())
            or any(self.updated.values())
            or any(self.deleted.values())
        )

    @staticmethod
    def all() -> ChangeSet:
        """Everything may have changed (a project was opened or restored)."""
        return ChangeSet(everything=True, schedule_dirty=True)
