"""The risk register as a Qt table model (read-only cells: edits go through the form), and
the filter proxy behind the register's filters and the heat map's cell filter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.commands.document import ProjectDocument
from app.domain.risks import CLOSED_STATUSES, Band, RiskKind, RiskScales, RiskStatus
from app.services.changes import ChangeSet
from app.services.charter import read_charter
from app.services.risks import RiskData, list_risks, read_risk_scales
from app.views.i18n import LOCALES
from app.views.risk_labels import (
    BAND_COLOURS,
    OVERDUE_COLOUR,
    OVERDUE_TEXT,
    band_label,
    category_label,
    field_label,
    format_money,
    kind_label,
    risk_status_label,
    strategy_label,
)

COLUMNS = (
    "ref",
    "title",
    "kind",
    "category",
    "owner",
    "inherent_probability",
    "inherent_impact",
    "inherent_score",
    "residual_probability",
    "residual_impact",
    "residual_score",
    "band",
    "emv",
    "strategy",
    "status",
    "next_review",
    "tasks",
)
NUMERIC = frozenset(
    {
        "inherent_probability",
        "inherent_impact",
        "inherent_score",
        "residual_probability",
        "residual_impact",
        "residual_score",
        "emv",
    }
)
DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Tables read what they show from here; the tables the register depends on.
WATCHED = ("risk", "risk_task", "risk_review", "issue", "stakeholder", "task", "view_setting")
NO_DATE = 10**7  # sorts after every real date
BAND_ORDER = {band: order for order, band in enumerate(Band)}
STATUS_ORDER = {status: order for order, status in enumerate(RiskStatus)}
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RiskRow:
    """A risk with its figures by the project's settings, and the texts its cells show."""

    risk: RiskData
    inherent_score: int
    inherent_band: Band
    residual: tuple[int, int]
    residual_score: int
    band: Band  # of the residual score
    emv_cents: int  # residual
    overdue: bool
    open: bool
    texts: tuple[str, ...]
    keys: tuple[Any, ...]


def ui_locale(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "en_GB"))


class RiskTableModel(QAbstractTableModel):
    """Rows come from the document; the model never writes (the form pushes commands)."""

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
        self.locale = ui_locale(language)
        self.scales = RiskScales()
        self.currency = "EUR"
        self.status_date: dt.date | None = None
        self._rows: list[RiskRow] = []
        self._texts: dict[tuple[Any, Any], str] = {}
        self._loaded = False
        self._headers: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)
        document.changed.connect(self.on_changed)
        if load:
            self.load()

    # -- reading ---------------------------------------------------------------------------
    def load(self) -> None:
        """Read the register (the first time the tab is shown, or after a language change)."""
        self.beginResetModel()
        self._loaded = True
        self._texts.clear()
        self._read_settings()
        self._rows = self._sorted([self._row(risk) for risk in self._document.read(list_risks)])
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def _read_settings(self) -> None:
        self.scales = self._document.read(read_risk_scales)
        charter = self._document.read(read_charter)
        self.currency = charter.currency
        self.status_date = charter.status_date

    def _row(self, risk: RiskData) -> RiskRow:
        scales = self.scales
        probability, impact = risk.inherent_probability, risk.inherent_impact
        inherent_score = probability * impact
        residual = (
            probability if risk.residual_probability is None else risk.residual_probability,
            impact if risk.residual_impact is None else risk.residual_impact,
        )
        residual_score = residual[0] * residual[1]
        band = scales.band(residual_score)
        emv = (scales.emv_percent[residual[0] - 1] * risk.cost_impact_cents + 50) // 100
        still_open = risk.status not in CLOSED_STATUSES
        overdue = (
            still_open
            and risk.next_review is not None
            and self.status_date is not None
            and risk.next_review < self.status_date
        )
        assessed = risk.residual_probability is not None or risk.residual_impact is not None
        label = self._label
        category = label(category_label, risk.category)
        strategy = label(strategy_label, risk.strategy)
        texts = (
            risk.ref,
            risk.title.replace("\n", " "),
            label(kind_label, risk.kind),
            category,
            risk.owner_name,
            str(probability),
            str(impact),
            str(inherent_score),
            "" if risk.residual_probability is None else str(risk.residual_probability),
            "" if risk.residual_impact is None else str(risk.residual_impact),
            str(residual_score) if assessed else "",
            label(band_label, band),
            format_money(emv, self.currency, self.locale),
            strategy,
            label(risk_status_label, risk.status),
            self._date(risk.next_review),
            ", ".join([str(task.row) for task in risk.tasks]),
        )
        keys = (
            _ref_number(risk.ref),
            risk.title.casefold(),
            risk.kind is not RiskKind.THREAT,
            category.casefold(),
            risk.owner_name.casefold(),
            probability,
            impact,
            inherent_score,
            residual[0],
            residual[1],
            residual_score,
            BAND_ORDER[band] * 100 + residual_score,
            emv,
            strategy.casefold(),
            STATUS_ORDER[risk.status],
            risk.next_review.toordinal() if risk.next_review else NO_DATE,
            min([task.row for task in risk.tasks], default=NO_DATE),
        )
        return RiskRow(
            risk,
            inherent_score,
            scales.band(inherent_score),
            residual,
            residual_score,
            band,
            emv,
            overdue,
            still_open,
            texts,
            keys,
        )

    # -- sorting: here, on the keys computed with the rows ------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (the filter proxy above keeps this order).

        A Python sort on keys made once per row costs far less than a proxy asking
        for two keys per comparison.
        """
        if not 0 <= column < len(COLUMNS):
            column, order = -1, Qt.SortOrder.AscendingOrder
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._rows[index.row()].risk.id, index.column()) for index in persistent]
        self._rows = self._sorted(self._rows)
        rows = {item.risk.id: row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[key], column) for key, column in kept]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[RiskRow]) -> list[RiskRow]:
        column, order = self._sort
        ordered = sorted(rows, key=lambda item: item.risk.position)
        if column < 0:
            return ordered
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(ordered, key=lambda item: item.keys[column], reverse=descending)

    def _label(self, label: Any, value: Any) -> str:
        """A translated label, remembered until the next full read (labels cost a lookup)."""
        key = (label, value)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = label(value)
        return str(text)

    def _date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        key = ("date", value)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.locale.toString(
                QDate(value.year, value.month, value.day),
                self.locale.dateFormat(QLocale.FormatType.ShortFormat),
            )
        return str(text)

    def date_text(self, value: dt.date | None) -> str:
        return self._date(value)

    def money_text(self, cents: int, decimals: int = 0) -> str:
        return format_money(cents, self.currency, self.locale, decimals=decimals)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def rows(self) -> list[RiskRow]:
        return self._rows

    def row(self, row: int) -> RiskRow:
        return self._rows[row]

    def risk(self, row: int) -> RiskData:
        return self._rows[row].risk

    def row_of(self, risk_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.risk.id == risk_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        # Sorting asks for SORT_ROLE twice per comparison: answer it first and cheaply.
        if role == SORT_ROLE:
            return self._rows[index.row()].keys[index.column()]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return item.texts[column]
        if role == ID_ROLE:
            return item.risk.id
        field = COLUMNS[column]
        if role == BACKGROUND:
            if field == "band":
                return BAND_COLOURS[item.band]
            if field == "next_review" and item.overdue:
                return OVERDUE_COLOUR
            return None
        if role == FOREGROUND:
            return OVERDUE_TEXT if field == "next_review" and item.overdue else None
        if role == FONT:
            if (field == "next_review" and item.overdue) or field == "band":
                return self._bold
            return None
        if role == ALIGNMENT:
            if field in NUMERIC:
                return RIGHT
            return CENTRE if field == "band" else None
        if role == TOOLTIP:
            if field == "next_review" and item.overdue:
                return self.tr("Review overdue: due before the status date")
            if field == "tasks":
                return "\n".join(f"{task.row}  {task.name}" for task in item.risk.tasks) or None
            if field == "title":
                return item.risk.title
            return None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        field = COLUMNS[section]
        if role == DISPLAY:
            if not self._headers:
                self._headers = [self.column_label(key) for key in COLUMNS]
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tip(field)
        return None

    def column_label(self, field: str) -> str:
        return {
            "inherent_probability": self.tr("P"),
            "inherent_impact": self.tr("I"),
            "inherent_score": self.tr("Score"),
            "residual_probability": self.tr("Res. P"),
            "residual_impact": self.tr("Res. I"),
            "residual_score": self.tr("Res. score"),
            "emv": self.tr("EMV"),
            "tasks": self.tr("Tasks"),
        }.get(field, field_label(field))

    def column_tip(self, field: str) -> str | None:
        return {
            "inherent_probability": self.tr("Inherent probability (1–5)"),
            "inherent_impact": self.tr("Inherent impact (1–5)"),
            "inherent_score": self.tr("Inherent score: probability × impact"),
            "residual_probability": self.tr("Residual probability, after the response"),
            "residual_impact": self.tr("Residual impact, after the response"),
            "residual_score": self.tr("Residual score (the inherent one until assessed)"),
            "band": self.tr("Band of the residual score, by the project's thresholds"),
            "emv": self.tr("Expected monetary value: residual probability's % × cost impact"),
            "tasks": self.tr("IDs of the linked tasks and milestones"),
        }.get(field)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- following the document ------------------------------------------------------------
    def retranslate(self) -> None:
        """Words in the interface language again: headers and the labels in the cells."""
        self._headers = []
        self._texts.clear()
        if self._loaded:
            self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_language(self, language: str) -> None:
        self.language = language
        self.locale = ui_locale(language)
        self._texts.clear()
        self._headers = []
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Re-read everything but keep rows in place when only their values changed."""
        self._read_settings()
        self._apply(self._sorted([self._row(risk) for risk in self._document.read(list_risks)]))

    def on_changed(self, change: ChangeSet) -> None:
        if not self._loaded:
            return
        if change.everything or change.project_fields or any(map(change.touches, WATCHED)):
            self.refresh()

    def _apply(self, fresh: list[RiskRow]) -> None:
        """Tell views exactly what happened: values changed, one insert, one removal, or a reset."""
        old_ids = [item.risk.id for item in self._rows]
        new_ids = [item.risk.id for item in fresh]
        if old_ids == new_ids:
            changed = [
                row for row, (a, b) in enumerate(zip(self._rows, fresh, strict=True)) if a != b
            ]
            self._rows = fresh
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1)
                )
            return
        if len(new_ids) == len(old_ids) + 1:
            row = first_difference(old_ids, new_ids)
            if new_ids[:row] + new_ids[row + 1 :] == old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endInsertRows()
                self._values_changed(old_ids, fresh)
                return
        if len(new_ids) == len(old_ids) - 1:
            row = first_difference(new_ids, old_ids)
            if old_ids[:row] + old_ids[row + 1 :] == new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endRemoveRows()
                self._values_changed(old_ids, fresh)
                return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def _values_changed(self, _old_ids: list[int], fresh: list[RiskRow]) -> None:
        # Positions after an insert or removal shift, and other rows may show new figures.
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))


def first_difference(shorter: list[int], longer: list[int]) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b),
        len(shorter),
    )


def _ref_number(ref: str) -> int:
    digits = "".join(ch for ch in ref if ch.isdigit())
    return int(digits) if digits else 0


# -- filtering ----------------------------------------------------------------------------
OPEN = "open"  # the status filter's "every open risk"
NO_OWNER = "\x00none"  # the owner filter's "no owner"


@dataclass(frozen=True, slots=True)
class HeatCell:
    """A cell of the heat map: which grid (inherent or residual) and where."""

    grid: str  # "inherent" or "residual"
    probability: int
    impact: int


class RiskFilterProxy(QSortFilterProxyModel):
    """Keeps the risks every filter accepts: status, owner, band, overdue, category, text,
    and the heat-map cell (an open risk at that probability and impact)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.owner = ""
        self.band = ""
        self.overdue = False
        self.category = ""
        self.text = ""
        self.cell: HeatCell | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The register sorts itself (see RiskTableModel.sort); this proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, RiskTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(name)
            setattr(self, name, value.strip().casefold() if name == "text" else value)
        self.endFilterChange()

    def clear_filters(self) -> None:
        self.set_filters(
            status="", owner="", band="", overdue=False, category="", text="", cell=None
        )

    def is_filtered(self) -> bool:
        return bool(
            self.status
            or self.owner
            or self.band
            or self.overdue
            or self.category
            or self.text
            or self.cell
        )

    def accepts(self, item: RiskRow) -> bool:
        risk = item.risk
        if self.status == OPEN:
            if not item.open:
                return False
        elif self.status and risk.status != self.status:
            return False
        if self.owner == NO_OWNER:
            if risk.owner_name:
                return False
        elif self.owner and risk.owner_name != self.owner:
            return False
        if self.band and item.band != self.band:
            return False
        if self.overdue and not item.overdue:
            return False
        if self.category and risk.category != self.category:
            return False
        if self.cell is not None:
            levels = (
                (risk.inherent_probability, risk.inherent_impact)
                if self.cell.grid == "inherent"
                else item.residual
            )
            if not item.open or levels != (self.cell.probability, self.cell.impact):
                return False
        if self.text:
            haystack = " ".join(
                (*item.texts, risk.cause, risk.event, risk.effect, risk.response_actions)
            )
            if self.text not in haystack.casefold():
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RiskTableModel) or source_parent.isValid():
            return True
        return self.accepts(model.row(source_row))
