"""The stakeholder register as a Qt table model, with the filters of the Stakeholders tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.stakeholders import SetStakeholderFieldCommand
from app.domain.stakeholders import (
    CONTACT_FIELDS,
    ENGAGEMENT_LEVELS,
    Attitude,
    Engagement,
    Quadrant,
)
from app.services.changes import ChangeSet
from app.services.stakeholders import TABLE, StakeholderData, list_stakeholders
from app.views.stakeholder_labels import (
    ATTITUDE_COLOUR,
    GAP_FILL,
    QUADRANT_FILL,
    attitude_label,
    engagement_label,
    gap_text,
    quadrant_label,
    side_label,
    stakeholder_field_label,
)

# The register number is the vertical header (the row's place), so that column 0
# holds data an insert or removal does not change.
COLUMNS = (
    "name",
    "role",
    "organisation",
    "internal",
    "power",
    "interest",
    "quadrant",
    "attitude",
    "current_engagement",
    "desired_engagement",
    "gap",
    "relationship_owner",
    "channel",
    "frequency",
)
TEXT_COLUMNS = frozenset(
    {"name", "role", "organisation", "relationship_owner", "channel", "frequency"}
)
ENUM_COLUMNS = frozenset({"attitude", "current_engagement", "desired_engagement"})
EDITABLE = TEXT_COLUMNS | ENUM_COLUMNS | {"internal", "power", "interest"}
QUADRANT_ORDER = {q: i for i, q in enumerate(Quadrant)}
ATTITUDE_ORDER = {a: i for i, a in enumerate(Attitude)}
LEVEL_ORDER = {e: i for i, e in enumerate(ENGAGEMENT_LEVELS)}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Searched by the text filter: every text but the contact details.
SEARCHED = (
    "name",
    "role",
    "organisation",
    "requirements",
    "expectations",
    "concerns",
    "strategy",
    "relationship_owner",
    "information_needs",
    "channel",
    "frequency",
)
assert not set(SEARCHED) & set(CONTACT_FIELDS)
AnyIndex = QModelIndex | QPersistentModelIndex


def _value(item: StakeholderData, field: str) -> Any:
    if field == "quadrant":
        return item.quadrant
    if field == "gap":
        return item.gap
    return getattr(item, field)


class StakeholderTableModel(QAbstractTableModel):
    """Rows come from the document; edits go back as commands, never straight to the data.

    Created empty when ``load`` is False: the tab loads it when first shown.
    """

    edit_refused = Signal(object)  # the exception that refused it

    def __init__(self, document: ProjectDocument, parent: Any = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[StakeholderData] = []
        self.loaded = False
        document.changed.connect(self.on_changed)
        if load:
            self.load()

    def load(self) -> None:
        self.beginResetModel()
        self._rows = self._document.read(list_stakeholders)
        self.loaded = True
        self.endResetModel()

    # -- reading -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def stakeholder(self, row: int) -> StakeholderData:
        return self._rows[row]

    def stakeholders(self) -> list[StakeholderData]:
        return list(self._rows)

    def row_of(self, stakeholder_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == stakeholder_id:
                return row
        return -1

    def display(self, item: StakeholderData, field: str) -> str:
        value = _value(item, field)
        if field == "internal":
            return side_label(value)
        if field in ("power", "interest"):
            return str(value)
        if field == "quadrant":
            return quadrant_label(value)
        if field == "attitude":
            return attitude_label(value)
        if field in ("current_engagement", "desired_engagement"):
            return engagement_label(value)
        if field == "gap":
            return gap_text(value)
        return str(value).replace("\n", " ⏎ ")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, field)
        if role == Qt.ItemDataRole.EditRole:
            value = _value(item, field)
            return value.value if isinstance(value, Attitude | Engagement | Quadrant) else value
        if role == SORT_ROLE:
            return self._sort_key(item, field)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "name":
                return ", ".join(part for part in (item.name, item.role, item.organisation) if part)
            return self.display(item, field) or None
        if role == Qt.ItemDataRole.DecorationRole:
            if field == "attitude":
                return ATTITUDE_COLOUR[item.attitude]
            if field == "quadrant":
                return QUADRANT_FILL[item.quadrant].darker(115)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and field == "gap" and item.gap:
            return GAP_FILL
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("power", "interest", "gap"):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and field == "name" and item.anonymised:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _sort_key(item: StakeholderData, field: str) -> Any:
        value = _value(item, field)
        if field == "quadrant":
            return QUADRANT_ORDER[value]
        if field == "attitude":
            return ATTITUDE_ORDER[value]
        if field in ("current_engagement", "desired_engagement"):
            return LEVEL_ORDER[value]
        if isinstance(value, bool):
            return int(not value)  # internal first
        if isinstance(value, int):
            return value
        return str(value).casefold()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return stakeholder_field_label(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)  # the place in the register
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE and not self._document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing: a command per edit ---------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMNS[index.column()]
        if field not in EDITABLE:
            return False
        item = self._rows[index.row()]
        if self.data(index, Qt.ItemDataRole.EditRole) == value:
            return False
        try:
            self._document.push(SetStakeholderFieldCommand(self._document, item.id, field, value))
        except EDIT_REFUSED as exc:  # reported to the user, never raised into Qt
            self.edit_refused.emit(exc)
            return False
        return True

    # -- following the document ------------------------------------------------------
    def on_changed(self, change: ChangeSet) -> None:
        if not self.loaded or not change.touches(TABLE):
            return
        fresh = self._document.read(list_stakeholders)
        if change.is_structural(TABLE):
            self._apply_structure(fresh)
            return
        by_id = {item.id: row for row, item in enumerate(self._rows)}
        self._rows = fresh
        for stakeholder_id in change.updated.get(TABLE, frozenset()):
            row = by_id.get(stakeholder_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _apply_structure(self, fresh: list[StakeholderData]) -> None:
        """Tell views exactly what happened: one insert, one removal, one move, or a reset."""
        old_ids = [item.id for item in self._rows]
        new_ids = [item.id for item in fresh]
        if len(new_ids) == len(old_ids) + 1:
            row = _first_difference(old_ids, new_ids)
            if new_ids[:row] + new_ids[row + 1 :] == old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endInsertRows()
                return
        if len(new_ids) == len(old_ids) - 1:
            row = _first_difference(new_ids, old_ids)
            if old_ids[:row] + old_ids[row + 1 :] == new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endRemoveRows()
                return
        if sorted(new_ids) == sorted(old_ids) and new_ids != old_ids and self._move(fresh):
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def _move(self, fresh: list[StakeholderData]) -> bool:
        old_ids = [item.id for item in self._rows]
        new_ids = [item.id for item in fresh]
        for source, moved in enumerate(old_ids):
            rest = old_ids[:source] + old_ids[source + 1 :]
            target = new_ids.index(moved)
            if [*rest[:target], moved, *rest[target:]] == new_ids:
                # Qt counts the destination in the list as it is before the move.
                destination = target + 1 if target > source else target
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
                self._rows = fresh
                self.endMoveRows()
                return True
        return False


def _first_difference(shorter: list[int], longer: list[int]) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b),
        len(shorter),
    )


class StakeholderFilterProxy(QSortFilterProxyModel):
    """Keeps the stakeholders that match every filter set (``None`` or off: no filter).

    Works over any source model with ``stakeholder(row)`` (the register or the
    engagement matrix), so both show the same people.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.quadrant: Quadrant | None = None
        self.attitude: Attitude | None = None
        self.internal: bool | None = None
        self.gaps_only = False
        self.text = ""

    def set_filters(
        self,
        *,
        quadrant: Quadrant | None = None,
        attitude: Attitude | None = None,
        internal: bool | None = None,
        gaps_only: bool = False,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.quadrant = quadrant
        self.attitude = attitude
        self.internal = internal
        self.gaps_only = gaps_only
        self.text = text.strip().casefold()
        self.endFilterChange()

    def is_filtering(self) -> bool:
        return (
            self.quadrant is not None
            or self.attitude is not None
            or self.internal is not None
            or self.gaps_only
            or bool(self.text)
        )

    def accepts(self, item: StakeholderData) -> bool:
        if self.quadrant is not None and item.quadrant is not self.quadrant:
            return False
        if self.attitude is not None and item.attitude is not self.attitude:
            return False
        if self.internal is not None and item.internal != self.internal:
            return False
        if self.gaps_only and not item.gap:
            return False
        return not self.text or any(
            self.text in getattr(item, field).casefold() for field in SEARCHED
        )

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if source_row >= model.rowCount(source_parent):
            return False
        return self.accepts(model.stakeholder(source_row))  # type: ignore[attr-defined]
