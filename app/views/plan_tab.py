"""The Plan tab: the project charter beside the requirements list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from app.commands.document import ProjectDocument
from app.views.charter_form import CharterForm
from app.views.requirements_panel import RequirementsPanel


class PlanTab(QWidget):
    edit_refused = Signal(object)

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charter = CharterForm(document)
        self.charter.edit_refused.connect(self.edit_refused)
        self.requirements = RequirementsPanel(document)
        self.requirements.edit_refused.connect(self.edit_refused)
        scroll = QScrollArea(self)
        scroll.setWidget(self.charter)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(380)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.requirements)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
