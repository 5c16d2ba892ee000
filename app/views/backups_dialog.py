"""File > Restore Backup: pick one of the automatic snapshots of this project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class SnapshotInfo(Protocol):
    """What the dialog needs of a snapshot (the document hands them in)."""

    path: Path
    taken: dt.datetime


class BackupsDialog(QDialog):
    def __init__(self, snapshots: Sequence[SnapshotInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore Backup"))
        self.list = QListWidget(self)
        locale = QLocale()
        for snapshot in snapshots:
            text = locale.toString(snapshot.taken, QLocale.FormatType.LongFormat)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(snapshot.path))
            self.list.addItem(item)
        if snapshots:
            self.list.setCurrentRow(0)
        explanation = QLabel(
            self.tr(
                "Koers keeps the last 10 snapshots of this project. The one you choose is "
                "restored into a new file; the current project is not changed."
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore as…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(snapshots))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
