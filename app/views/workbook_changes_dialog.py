"""File > Import Changes from Workbook: what reading an edited Koers workbook back would do.

The preview lists every change in words, the rows the workbook no longer has (deleting them
must be confirmed: Apply stays disabled until the box is ticked), the warnings (a project
that changed since the export comes first, shown prominently) and the edits in computed
columns that are ignored. Nothing is written here: the caller pushes the changes as one
undoable step after Apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

SHORT_LIST_ROWS = 6


class WorkbookChangesPlan(Protocol):
    """What the preview needs of ``WorkbookChanges`` (``plan_workbook_changes``)."""

    ignored: list[str]
    warnings: list[str]
    revision_changed: bool

    @property
    def is_empty(self) -> bool: ...

    def lines(self) -> list[str]: ...

    def deletion_lines(self) -> list[str]: ...


class WorkbookChangesDialog(QDialog):
    """The preview of an edited workbook's changes; Apply (accept) or Cancel."""

    def __init__(
        self, changes: WorkbookChangesPlan, source_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Changes from %1").replace("%1", source_name))
        self.changes = changes
        deletions = list(changes.deletion_lines())
        doomed = set(deletions)
        lines = [line for line in changes.lines() if line not in doomed]
        warnings = list(changes.warnings)
        if changes.revision_changed and warnings:
            warnings = warnings[1:]  # the first says so; the banner says it louder

        layout = QVBoxLayout(self)
        self.banner = self._banner() if changes.revision_changed else None
        if self.banner is not None:
            layout.addWidget(self.banner)

        if changes.is_empty:
            summary = self.tr("The workbook makes no change to the project.")
        else:
            summary = self.tr(
                "Reading %1 back makes the changes below. Apply makes them one step, which "
                "Edit > Undo takes back."
            ).replace("%1", source_name)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.changes_list = self._list(lines)
        self.deletions_list = self._list(deletions)
        self.warnings_list = self._list(warnings)
        self.ignored_list = self._list(changes.ignored)
        self.confirm_deletions = QCheckBox(
            self.tr("Delete this row from the project")
            if len(deletions) == 1
            else self.tr("Delete these {0} rows from the project").format(len(deletions)),
            self,
        )
        self.confirm_deletions.setObjectName("confirm_deletions")

        self.changes_box = self._section(
            self.tr("Changes ({0})").format(len(lines)), self.changes_list
        )
        self.deletions_box = self._section(
            self.tr("Deleted rows ({0})").format(len(deletions)),
            self.deletions_list,
            self.tr("These rows are in the project but no longer in the workbook:"),
            self.confirm_deletions,
        )
        self.warnings_box = self._section(
            self.tr("Warnings ({0})").format(len(warnings)), self.warnings_list
        )
        self.ignored_box = self._section(
            self.tr("Ignored ({0})").format(len(changes.ignored)),
            self.ignored_list,
            self.tr(
                "Edits in computed columns (dates Koers works out, float, baselines) are not "
                "read back:"
            ),
        )
        for box, shown in (
            (self.changes_box, bool(lines)),
            (self.deletions_box, bool(deletions)),
            (self.warnings_box, bool(warnings)),
            (self.ignored_box, bool(changes.ignored)),
        ):
            box.setVisible(shown)
            layout.addWidget(box, 1 if box is self.changes_box else 0)
        for short in (self.deletions_list, self.warnings_list, self.ignored_list):
            self._fit(short)
        anything_listed = bool(lines or deletions or warnings or changes.ignored)
        if not lines:
            layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.apply_button: QPushButton | None = None
        if changes.is_empty:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.apply_button = self.buttons.addButton(
                self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.confirm_deletions.toggled.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()
        self.resize(760, 560 if lines else self.sizeHint().height())
        if not anything_listed:
            self.resize(480, self.sizeHint().height())

    # -- parts ---------------------------------------------------------------------------------
    def _banner(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("revision_banner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "#revision_banner { background: #fff4ce; border: 1px solid #e0b000; "
            "border-radius: 4px; } #revision_banner QLabel { color: #3b2f00; }"
        )
        icon = QLabel(frame)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        text = QLabel(
            "<b>"
            + self.tr("The project changed since this workbook was exported.")
            + "</b><br>"
            + self.tr(
                "The workbook's edits are applied to the project as it is now: check the "
                "changes below before you apply them."
            ),
            frame,
        )
        text.setObjectName("revision_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout(frame)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return frame

    def _list(self, lines: Sequence[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.addItems(list(lines))
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setWordWrap(True)
        return widget

    def _fit(self, widget: QListWidget) -> None:
        """A short list is as tall as its lines (up to SHORT_LIST_ROWS), the changes take the
        rest of the room."""
        rows = min(max(widget.count(), 1), SHORT_LIST_ROWS)
        line = max(widget.sizeHintForRow(0), widget.fontMetrics().height() + 2)
        height = rows * line + 2 * widget.frameWidth() + 4
        widget.setMinimumHeight(min(height, 3 * line))
        widget.setMaximumHeight(height)

    def _section(self, title: str, body: QListWidget, *extra: object) -> QGroupBox:
        box = QGroupBox(title, self)
        column = QVBoxLayout(box)
        for part in extra:
            if isinstance(part, str):
                label = QLabel(part, box)
                label.setWordWrap(True)
                column.addWidget(label)
        column.addWidget(body, 1)
        for part in extra:
            if isinstance(part, QWidget):
                column.addWidget(part)
        return box

    def _refresh(self) -> None:
        if self.apply_button is None:
            return
        needs_confirmation = self.deletions_list.count() > 0
        self.apply_button.setEnabled(not needs_confirmation or self.confirm_deletions.isChecked())
        if needs_confirmation and not self.confirm_deletions.isChecked():
            self.apply_button.setToolTip(self.tr("Confirm the deleted rows first"))
        else:
            self.apply_button.setToolTip("")

    # -- what tests and the caller read ---------------------------------------------------------
    def shown_lines(self, widget: QListWidget) -> list[str]:
        return [widget.item(row).text() for row in range(widget.count())]
