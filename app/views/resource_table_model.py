"""The resource sheet as a Qt table model, and the filter of the Team tab.

Rows come from the document (``resource_sheet``); every edit goes back as a command. The
work and cost columns are computed: the resource's assigned work and the cost of its
assignments by the cost rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoCommand

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.resources import SetResourceFieldCommand
from app.domain.assignments import format_number
from app.domain.calendar import DurationUnit, UnitSettings
from app.domain.money import format_money
from app.domain.task_text import format_duration
from app.services.changes import ChangeSet
from app.services.resources import ResourceData, ResourceSheet, ResourceUse, resource_sheet
from app.views.resource_labels import (
    accrual_label,
    field_label,
    rate_suffix,
    rate_unit_label,
    side_label,
    type_label,
    worded,
)
from app.views.task_table_model import push_macro

# Column 0 holds the name: an insert or a removal does not change what it shows.
COLUMNS = (
    "name",
    "type",
    "initials",
    "group_name",
    "organisation",
    "internal",
    "max_units",
    "standard_rate_cents",
    "overtime_rate_cents",
    "cost_per_use_cents",
    "accrual",
    "category_id",
    "work",
    "cost",
    "rate_unit",  # also set by typing a rate as "760/d"
    "material_label",  # also shown after a material's rate ("/server")
)
COMPUTED = frozenset({"work", "cost"})
MONEY = frozenset({"standard_rate_cents", "overtime_rate_cents", "cost_per_use_cents"})
RIGHT_ALIGNED = MONEY | COMPUTED | {"max_units"}
# Which fields mean something for each type (the others are blank and not editable).
APPLIES = {
    "work": frozenset(COLUMNS) - {"material_label"},
    "material": frozenset(COLUMNS)
    - {"internal", "max_units", "overtime_rate_cents", "rate_unit", "work"},
    "cost": frozenset(COLUMNS)
    - {
        "internal",
        "max_units",
        "standard_rate_cents",
        "overtime_rate_cents",
        "rate_unit",
        "cost_per_use_cents",
        "material_label",
        "work",
    },
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCHED = ("name", "initials", "group_name", "organisation", "email", "material_label")
MUTED = QColor("#8a8a8a")
# A rate typed with a unit ("760/d", "95/uur") sets the rate unit too, as in MS Project.
_UNIT_WORDS = {
    "h": "h",
    "hr": "h",
    "hrs": "h",
    "hour": "h",
    "u": "h",
    "uur": "h",
    "d": "d",
    "day": "d",
    "dag": "d",
}
_SUFFIX = re.compile(r"/\s*([a-z]+)\s*$", re.IGNORECASE)
AnyIndex = QModelIndex | QPersistentModelIndex


def typed_rate_unit(text: str) -> str | None:
    """The rate unit a typed rate names ("760/d" → "d"), or None."""
    match = _SUFFIX.search(text)
    return None if match is None else _UNIT_WORDS.get(match.group(1).lower())


class ResourceTableModel(QAbstractTableModel):
    """The resource sheet; created empty with ``load=False`` until the tab is first shown."""

    edit_refused = Signal(object)  # the refusal, worded

    def __init__(
        self,
        document: ProjectDocument,
        parent: Any = None,
        language: str = "en",
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self._rows: list[ResourceData] = []
        self._use: dict[int, ResourceUse] = {}
        self._categories: dict[int, str] = {}
        self.categories: list[tuple[int, str]] = []
        self.currency = "EUR"
        self.settings = UnitSettings()
        self.loaded = False
        document.changed.connect(self.on_changed)
        if load:
            self.load()

    def _take(self, sheet: ResourceSheet) -> None:
        self._rows = sheet.resources
        self._use = sheet.use
        self.categories = sheet.categories
        self._categories = dict(sheet.categories)
        self.currency = sheet.currency
        self.settings = sheet.settings

    def load(self) -> None:
        self.beginResetModel()
        self._take(self._document.read(resource_sheet))
        self.loaded = True
        self.endResetModel()

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def resource(self, row: int) -> ResourceData:
        return self._rows[row]

    def resources(self) -> list[ResourceData]:
        return list(self._rows)

    def use(self, resource_id: int) -> ResourceUse:
        return self._use.get(resource_id, ResourceUse())

    def row_of(self, resource_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == resource_id:
                return row
        return -1

    def money(self, cents: int) -> str:
        return format_money(cents, self.currency, self.language)

    def display_hours(self, minutes: int) -> str:
        """Work in hours: "120 hrs" ("120 uur" in Dutch)."""
        return format_duration(minutes, self.settings, self.language, DurationUnit.HOUR)

    def per(self, item: ResourceData) -> str:
        """What a rate is per: "/h", "/d", or the material's unit."""
        if item.type == "material":
            return "/" + (item.material_label or self.tr("unit"))
        return rate_suffix(item.rate_unit)

    def display(self, item: ResourceData, field: str) -> str:
        if field not in APPLIES.get(item.type, APPLIES["work"]):
            return ""
        if field == "type":
            return type_label(item.type)
        if field == "internal":
            return side_label(item.internal)
        if field == "max_units":
            return f"{format_number(item.max_units * 100, self.language, 1)}%"
        if field in ("standard_rate_cents", "overtime_rate_cents"):
            return self.money(getattr(item, field)) + self.per(item)
        if field == "cost_per_use_cents":
            return self.money(item.cost_per_use_cents)
        if field == "rate_unit":
            return rate_unit_label(item.rate_unit)
        if field == "accrual":
            return accrual_label(item.accrual)
        if field == "category_id":
            return self._categories.get(item.category_id or 0, "")
        if field == "work":
            return self.display_hours(self.use(item.id).work_minutes)
        if field == "cost":
            return self.money(self.use(item.id).cost_cents)
        return str(getattr(item, field))

    def edit_value(self, item: ResourceData, field: str) -> Any:
        if field in MONEY:
            return self.money(getattr(item, field))
        if field == "max_units":
            return self.display(item, field)
        if field in ("type", "internal", "rate_unit", "accrual", "category_id"):
            return getattr(item, field)
        return str(getattr(item, field))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, field)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(item, field)
        if role == SORT_ROLE:
            return self._sort_key(item, field)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and field in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and field in COMPUTED:
            return MUTED if not self.use(item.id).assignments else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "name":
                parts = (item.name, item.group_name, item.organisation)
                return ", ".join(part for part in parts if part)
            if field in COMPUTED:
                count = self.use(item.id).assignments
                return self.tr("Assigned to %n task(s)", "", count)
            return self.display(item, field) or None
        return None

    def _sort_key(self, item: ResourceData, field: str) -> Any:
        if field == "work":
            return self.use(item.id).work_minutes
        if field == "cost":
            return self.use(item.id).cost_cents
        value = getattr(item, field)
        if isinstance(value, bool):
            return int(not value)
        if isinstance(value, int | float):
            return value
        return self.display(item, field).casefold()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return field_label(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = COLUMNS[index.column()]
        item = self._rows[index.row()]
        if (
            field not in COMPUTED
            and field in APPLIES.get(item.type, APPLIES["work"])
            and not self._document.read_only
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing: a command per edit --------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        field = COLUMNS[index.column()]
        item = self._rows[index.row()]
        if value == self.edit_value(item, field):
            return False
        unit = typed_rate_unit(str(value)) if field in MONEY and item.type == "work" else None
        try:
            if unit is not None and unit != item.rate_unit:
                self._push_rate(item, field, str(value), unit)
            else:
                self._document.push(
                    SetResourceFieldCommand(self._document, item.id, field, value, self.language)
                )
        except EDIT_REFUSED as exc:  # reported to the user, never raised into Qt
            self.edit_refused.emit(worded(exc))
            return False
        return True

    def _push_rate(self, item: ResourceData, field: str, text: str, unit: str) -> None:
        """ "760/d" on an hourly resource: the rate unit and the rate, one undo step."""

        def commands() -> Iterator[QUndoCommand]:
            yield SetResourceFieldCommand(self._document, item.id, "rate_unit", unit)
            yield SetResourceFieldCommand(self._document, item.id, field, text, self.language)

        push_macro(self._document, self.tr("Edit resource"), commands)

    # -- following the document -------------------------------------------------------------------
    def on_changed(self, change: ChangeSet) -> None:
        if not self.loaded or not (
            change.everything
            or change.touches("resource")
            or change.touches("assignment")
            or change.touches("task")
            or change.project_fields
        ):
            return
        sheet = self._document.read(resource_sheet)
        old_ids = [item.id for item in self._rows]
        new_ids = [item.id for item in sheet.resources]
        if old_ids == new_ids:
            self._take(sheet)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                )
            return
        if len(new_ids) == len(old_ids) + 1:
            row = _first_difference(old_ids, new_ids)
            if new_ids[:row] + new_ids[row + 1 :] == old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._take(sheet)
                self.endInsertRows()
                return
        if len(new_ids) == len(old_ids) - 1:
            row = _first_difference(new_ids, old_ids)
            if old_ids[:row] + old_ids[row + 1 :] == new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._take(sheet)
                self.endRemoveRows()
                return
        self.beginResetModel()
        self._take(sheet)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )


def _first_difference(shorter: list[int], longer: list[int]) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b),
        len(shorter),
    )


class ResourceFilterProxy(QSortFilterProxyModel):
    """Keeps the resources of the chosen type whose texts hold the typed words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None
        self.text = ""

    def set_filters(self, *, kind: str | None = None, text: str = "") -> None:
        self.beginFilterChange()
        self.kind = kind
        self.text = text.strip().casefold()
        self.endFilterChange()

    def is_filtering(self) -> bool:
        return self.kind is not None or bool(self.text)

    def accepts(self, item: ResourceData) -> bool:
        if self.kind is not None and item.type != self.kind:
            return False
        return not self.text or any(
            self.text in str(getattr(item, field)).casefold() for field in SEARCHED
        )

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ResourceTableModel) or source_row >= model.rowCount():
            return False
        return self.accepts(model.resource(source_row))
