"""The task table's view: a QTreeView that paints a whole row in one go.

Qt's own row painting asks the model for every cell's flags and seven data roles through
the filter proxy, some twenty Python calls a cell; at 87 rows of 6 columns that is 55 ms a
frame. ``drawRow`` here asks once per row for the task and draws the cells from the model's
cached texts, so scrolling a 100,000-task plan stays smooth. Editing still goes through the
item delegate, exactly as before.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyle,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from app.domain.scheduler import DEADLINE_MISSED, Constraint
from app.services.schedule import TaskRow
from app.views.task_table_model import (
    COLUMNS,
    CRITICAL_TEXT,
    CRITICAL_TINT,
    LATE_TEXT,
    MUTED_TEXT,
    RIGHT_ALIGNED,
    TaskTableModel,
)

PADDING = 3  # pixels between a cell's edge and its text
ELIDE_RIGHT = Qt.TextElideMode.ElideRight
FITTED_CACHE_SIZE = 20_000  # laid-out cell texts kept; a screenful is a few hundred


class TaskTreeView(QTreeView):
    """Enter commits and moves down a row, as in Microsoft Project; rows paint fast."""

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = model
        self._columns: list[tuple[int, str, bool, int, int]] = []
        self._tree_column = 0
        self._indentation = 0
        self._root_decorated = 0
        self._fonts = (QFont(), QFont())
        self._metrics = (QFontMetrics(self._fonts[0]), QFontMetrics(self._fonts[1]))
        # (task id, column key, width) → (elided text laid out, its width); forgotten on change
        self._fitted: dict[tuple[int, str, int], tuple[QStaticText, int]] = {}
        for signal in (model.dataChanged, model.modelReset, model.layoutChanged):
            signal.connect(self._forget_texts)
        model.headerDataChanged.connect(self._forget_texts)
        self._colors = {
            name: QColor(value)
            for name, value in (
                ("critical", CRITICAL_TEXT),
                ("tint", CRITICAL_TINT),
                ("late", LATE_TEXT),
                ("muted", MUTED_TEXT),
            )
        }

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            below = self.indexBelow(self.currentIndex())
            if below.isValid():
                self.setCurrentIndex(below)

    def commit_editor(self) -> None:
        """Finish an open edit before a command changes the rows under it."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _source(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        shown = self.model()
        source = QModelIndex(index)
        while isinstance(shown, QAbstractProxyModel):
            source = shown.mapToSource(source)
            shown = shown.sourceModel()
        return source

    def _forget_texts(self, *_args: object) -> None:
        self._fitted.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lay the shown columns out once per paint, then let Qt call drawRow per row."""
        header = self.header()
        width = self.viewport().width()
        columns = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            x, size = header.sectionViewportPosition(column), header.sectionSize(column)
            if x < width and x + size > 0:
                key = COLUMNS[column]
                columns.append((column, key, key in RIGHT_ALIGNED, x, size))
        self._columns = columns
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        self._fonts = (base, bold)
        self._metrics = (QFontMetrics(base), QFontMetrics(bold))
        self._tree_column = self.treePosition()
        self._indentation = self.indentation()
        self._root_decorated = int(self.rootIsDecorated())
        super().paintEvent(event)

    def _fitted_text(self, task: TaskRow, key: str, width: int) -> tuple[QStaticText, int]:
        """The cell's text cut to ``width`` with an ellipsis, laid out once, and its width."""
        found = self._fitted.get((task.id, key, width))
        if found is None:
            if len(self._fitted) > FITTED_CACHE_SIZE:  # scrolled through a large plan
                self._fitted.clear()
            metrics = self._metrics[task.summary]
            text = metrics.elidedText(self._tasks.text(task, key), ELIDE_RIGHT, width)
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self._fonts[task.summary])
            found = self._fitted[task.id, key, width] = (static, metrics.horizontalAdvance(text))
        return found

    def drawRow(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        source = self._source(index)
        model = self._tasks
        task = model.task(source)
        if task is None or not self._columns:
            super().drawRow(painter, option, index)  # the blank row
            return
        rect = option.rect
        top, height = rect.top(), rect.height()
        palette = option.palette
        selection = self.selectionModel()
        selected = selection is not None and selection.isSelected(index)
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.Highlight))
        elif self.alternatingRowColors() and (top + self.verticalOffset()) // max(1, height) % 2:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.AlternateBase))
        dates = model.dates(task.id)
        critical = dates is not None and dates.critical
        late = dates is not None and DEADLINE_MISSED in dates.problems
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setFont(self._fonts[task.summary])
        metrics = self._metrics[task.summary]
        text_top = top + (height - metrics.height()) // 2  # static text is placed by its top
        colors = self._colors
        pen = None
        for column, key, right_aligned, x, width in self._columns:
            left = x
            if column == self._tree_column:
                indent = self._indentation * (model.depth(source) + self._root_decorated)
                if task.summary:  # only rows with children show a branch (expand) mark
                    self.drawBranches(painter, QRect(x, top, indent, height), index)
                left = x + indent
            color = text_color
            if not selected:
                if key == "name" and critical:
                    painter.fillRect(QRect(left, top, x + width - left, height), colors["tint"])
                    color = colors["critical"]
                elif key == "finish" and late:
                    color = colors["late"]
                elif key == "constraint" and task.constraint is Constraint.ASAP:
                    color = colors["muted"]
            room = x + width - left - 2 * PADDING
            if room <= 0:
                continue
            static, advance = self._fitted_text(task, key, room)
            if advance:
                if color is not pen:
                    painter.setPen(color)
                    pen = color
                start = x + width - PADDING - advance if right_aligned else left + PADDING
                painter.drawStaticText(start, text_top, static)
        if self.hasFocus() and self.currentIndex().row() == index.row():
            current = self.currentIndex()
            if current.parent() == index.parent():
                focus = QStyleOptionFocusRect()
                focus.rect = rect
                focus.state = QStyle.StateFlag.State_HasFocus
                focus.palette = palette
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self
                )
