"""The issue log as a Qt table model (read-only cells: edits go through the form) and its
filter proxy (status, owner, type, text)."""

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

from app.commands.document import ProjectDocument
from app.domain.issues import IssueKind, IssueStatus, Level, issue_is_open
from app.services.changes import ChangeSet
from app.services.charter import read_charter
from app.services.issues import IssueData, list_issues
from app.views.risk_labels import (
    OVERDUE_COLOUR,
    OVERDUE_TEXT,
    field_label,
    issue_kind_label,
    issue_status_label,
    level_label,
)
from app.views.risk_table_model import NO_DATE, NO_OWNER, OPEN, first_difference, ui_locale

COLUMNS = (
    "ref",
    "title",
    "kind",
    "date_raised",
    "raised_by",
    "owner",
    "urgency",
    "priority",
    "status",
    "target_date",
    "risk",
    "tasks",
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
WATCHED = ("issue", "issue_task", "risk", "stakeholder", "task")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class IssueRow:
    issue: IssueData
    late: bool  # open and its target date lies before the status date
    texts: tuple[str, ...]
    keys: tuple[Any, ...]


class IssueTableModel(QAbstractTableModel):
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
        self.locale = ui_locale(language)
        self.status_date: dt.date | None = None
        self._rows: list[IssueRow] = []
        self._loaded = False
        document.changed.connect(self.on_changed)
        if load:
            self.load()

    def load(self) -> None:
        self.beginResetModel()
        self._loaded = True
        self.status_date = self._document.read(read_charter).status_date
        self._rows = [self._row(issue) for issue in self._document.read(list_issues)]
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def retranslate(self) -> None:
        """Words in the interface language again: headers and the labels in the cells."""
        if self._loaded:
            self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(
            QDate(value.year, value.month, value.day),
            self.locale.dateFormat(QLocale.FormatType.ShortFormat),
        )

    def date_text(self, value: dt.date | None) -> str:
        return self._date(value)

    def _row(self, issue: IssueData) -> IssueRow:
        late = (
            issue_is_open(issue.status)
            and issue.target_date is not None
            and self.status_date is not None
            and issue.target_date < self.status_date
        )
        texts = (
            issue.ref,
            issue.title.replace("\n", " "),
            issue_kind_label(issue.kind),
            self._date(issue.date_raised),
            issue.raised_by,
            issue.owner_name,
            level_label(issue.urgency),
            level_label(issue.priority),
            issue_status_label(issue.status),
            self._date(issue.target_date),
            issue.risk_ref,
            ", ".join(str(task.row) for task in issue.tasks),
        )
        keys = (
            int("".join(ch for ch in issue.ref if ch.isdigit()) or 0),
            issue.title.casefold(),
            list(IssueKind).index(issue.kind),
            issue.date_raised.toordinal() if issue.date_raised else NO_DATE,
            issue.raised_by.casefold(),
            issue.owner_name.casefold(),
            list(Level).index(issue.urgency),
            list(Level).index(issue.priority),
            list(IssueStatus).index(issue.status),
            issue.target_date.toordinal() if issue.target_date else NO_DATE,
            issue.risk_ref or "~",
            min((task.row for task in issue.tasks), default=NO_DATE),
        )
        return IssueRow(issue, late, texts, keys)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row(self, row: int) -> IssueRow:
        return self._rows[row]

    def issue(self, row: int) -> IssueData:
        return self._rows[row].issue

    def rows(self) -> list[IssueRow]:
        return self._rows

    def row_of(self, issue_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.issue.id == issue_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        field = COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.texts[column]
        if role == SORT_ROLE:
            return item.keys[column]
        if role == ID_ROLE:
            return item.issue.id
        if field == "target_date" and item.late:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_TEXT
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Target date passed: before the status date")
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "tasks":
                return "\n".join(f"{task.row}  {task.name}" for task in item.issue.tasks) or None
            if field == "title":
                return item.issue.title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            field = COLUMNS[section]
            return self.tr("Tasks") if field == "tasks" else field_label(field)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- following the document ------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.locale = ui_locale(language)
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        self.status_date = self._document.read(read_charter).status_date
        self._apply([self._row(issue) for issue in self._document.read(list_issues)])

    def on_changed(self, change: ChangeSet) -> None:
        if not self._loaded:
            return
        if change.everything or change.project_fields or any(map(change.touches, WATCHED)):
            self.refresh()

    def _apply(self, fresh: list[IssueRow]) -> None:
        old_ids = [item.issue.id for item in self._rows]
        new_ids = [item.issue.id for item in fresh]
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
                return
        if len(new_ids) == len(old_ids) - 1:
            row = first_difference(new_ids, old_ids)
            if old_ids[:row] + old_ids[row + 1 :] == new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endRemoveRows()
                if fresh:
                    self.dataChanged.emit(
                        self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1)
                    )
                return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()


class IssueFilterProxy(QSortFilterProxyModel):
    """Keeps the issues the filters accept: status (or every open one), owner, type, text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.owner = ""
        self.kind = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            if name not in ("status", "owner", "kind", "text"):
                raise AttributeError(name)
            setattr(self, name, value.strip().casefold() if name == "text" else value)
        self.endFilterChange()

    def accepts(self, item: IssueRow) -> bool:
        issue = item.issue
        if self.status == OPEN:
            if not issue_is_open(issue.status):
                return False
        elif self.status and issue.status != self.status:
            return False
        if self.owner == NO_OWNER:
            if issue.owner_name:
                return False
        elif self.owner and issue.owner_name != self.owner:
            return False
        if self.kind and issue.kind != self.kind:
            return False
        if self.text:
            haystack = " ".join((*item.texts, issue.description, issue.impact, issue.resolution))
            if self.text not in haystack.casefold():
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, IssueTableModel) or source_parent.isValid():
            return True
        return self.accepts(model.row(source_row))
