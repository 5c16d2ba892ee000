"""File > Import of a spreadsheet: choose the sheet and header row, map columns to fields,
see the first rows as they will be imported and what is wrong, before anything is written.

The dialog reads the workbook once per sheet and analyses it again after every choice
(``preview_table``: nothing is written). OK stays disabled while the validation report
holds an error. After OK the caller takes ``analysis()`` and writes it with
``import_analysis`` (or repeats the choices from ``choices()``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputRefused
from app.io.sheet_mapping import (
    ERROR,
    REGISTERS,
    Mapping,
    SheetAnalysis,
    column_title,
    field_specs,
    find_header_row,
    header_texts,
    suggest_day_first,
    suggest_mapping,
)
from app.io.sheet_reader import SheetTable, list_sheets
from app.services.import_sheet import load_table, preview_table

PREVIEW_ROWS = 20
SAMPLE_ROWS = 3
NOT_IMPORTED = ""
FIELD_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class SheetImportChoices:
    """What the user chose: enough to repeat the import (``import_sheet``)."""

    sheet: str
    header_row: int
    mapping: Mapping
    duration_unit: str
    day_first: bool


class SheetImportDialog(QDialog):
    """Column mapping for importing ``source`` (.xlsx or .csv) as a new project."""

    def __init__(self, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = Path(source)
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.source.name))
        self._tables: dict[str, SheetTable] = {}
        self._table: SheetTable | None = None
        self._analysis: SheetAnalysis | None = None
        self._headers: list[str] = []
        self._filling = False

        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1)
        self.register_combo = QComboBox()
        register_labels = {
            "tasks": self.tr("Tasks"),
            "risks": self.tr("Risks"),
            "requirements": self.tr("Requirements"),
            "stakeholders": self.tr("Stakeholders"),
        }
        for register in REGISTERS:
            self.register_combo.addItem(register_labels[register], register)
        self.unit_combo = QComboBox()
        for label, unit in (
            (self.tr("days"), "d"),
            (self.tr("weeks"), "w"),
            (self.tr("hours"), "h"),
            (self.tr("months"), "mo"),
            (self.tr("minutes"), "m"),
        ):
            self.unit_combo.addItem(label, unit)
        self.date_combo = QComboBox()
        self.date_combo.addItem(self.tr("Day first (31-12-2025)"), True)
        self.date_combo.addItem(self.tr("Month first (12/31/2025)"), False)

        options = QFormLayout()
        options.addRow(self.tr("&Sheet:"), self.sheet_combo)
        options.addRow(self.tr("&Header row:"), self.header_spin)
        options.addRow(self.tr("&Import as:"), self.register_combo)
        options.addRow(self.tr("Durations without a &unit in:"), self.unit_combo)
        options.addRow(self.tr("&Dates:"), self.date_combo)

        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First values"), self.tr("Field")]
        )
        self.columns_table.verticalHeader().hide()
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )

        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QListWidget()

        top = QHBoxLayout()
        top.addLayout(options)
        top.addWidget(self.columns_table, 1)
        upper = QWidget()
        upper.setLayout(top)
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.preview)
        lower.addWidget(self.report)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)

        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.register_combo.currentIndexChanged.connect(self._register_changed)
        self.unit_combo.currentIndexChanged.connect(self._refresh)
        self.date_combo.currentIndexChanged.connect(self._refresh)
        self._load_sheets()

    # -- what the caller reads -----------------------------------------------------------

    def analysis(self) -> SheetAnalysis | None:
        """The analysis shown (what an import writes), None when the sheet cannot be read."""
        return self._analysis

    def choices(self) -> SheetImportChoices | None:
        if self._table is None or self._analysis is None:
            return None
        return SheetImportChoices(
            self._table.sheet,
            self.header_spin.value(),
            self.mapping(),
            str(self.unit_combo.currentData()),
            bool(self.date_combo.currentData()),
        )

    def mapping(self) -> Mapping:
        """The mapping the field combos show."""
        register = str(self.register_combo.currentData())
        columns: dict[str, int] = {}
        for row in range(self.columns_table.rowCount()):
            combo = self.columns_table.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                columns.setdefault(str(combo.currentData()), row)
        return Mapping(register, columns)

    # -- loading -------------------------------------------------------------------------

    def _load_sheets(self) -> None:
        """List the sheets and open on the one an import takes by default."""
        try:
            sheets = list_sheets(self.source)
            first = load_table(self.source)
        except InputRefused as error:
            self._show_refusal(str(error))
            return
        self._tables[first.sheet] = first
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findText(first.sheet)))
        self._filling = False
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        if self._filling:
            return
        name = self.sheet_combo.currentText()
        table = self._tables.get(name)
        if table is None:
            try:
                table = load_table(self.source, name or None)
            except InputRefused as error:
                self._table = None
                self._show_refusal(str(error))
                return
            self._tables[name] = table
        self._table = table
        self._filling = True
        self.header_spin.setRange(1, max(1, len(table.rows)))
        self.header_spin.setValue(find_header_row(table))
        self._filling = False
        self._suggest(None)

    def _header_changed(self) -> None:
        if not self._filling:
            self._suggest(str(self.register_combo.currentData()))

    def _register_changed(self) -> None:
        if not self._filling:
            self._suggest(str(self.register_combo.currentData()))

    def _suggest(self, register: str | None) -> None:
        """Fill the field combos with the mapping the headers suggest, then refresh."""
        table = self._table
        if table is None:
            return
        header = self.header_spin.value()
        self._headers = header_texts(table, header)
        rows = table.rows[header:]
        suggested = suggest_mapping(self._headers, rows, register)
        self._filling = True
        self.register_combo.setCurrentIndex(self.register_combo.findData(suggested.register))
        self._fill_columns(suggested, rows)
        day_first = suggest_day_first(table, suggested, header)
        self.date_combo.setCurrentIndex(self.date_combo.findData(day_first))
        self._filling = False
        self._refresh()

    def _fill_columns(self, mapping: Mapping, rows: list[tuple[object, ...]]) -> None:
        specs = field_specs(mapping.register)
        self.columns_table.setRowCount(len(self._headers))
        for index in range(len(self._headers)):
            self.columns_table.setItem(
                index, 0, QTableWidgetItem(column_title(self._headers, index))
            )
            samples = [
                str(row[index])
                for row in rows[: SAMPLE_ROWS * 4]
                if index < len(row) and row[index] is not None
            ][:SAMPLE_ROWS]
            self.columns_table.setItem(index, 1, QTableWidgetItem(" | ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for spec in specs:
                combo.addItem(translate("SheetImportField", spec.label), spec.key)
            chosen = mapping.field_of(index)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(
                lambda _position, column=index: self._field_chosen(column)
            )
            self.columns_table.setCellWidget(index, 2, combo)
        self.columns_table.resizeColumnToContents(0)
        self.columns_table.resizeColumnToContents(2)

    def _field_chosen(self, column: int) -> None:
        """A field is read from one column: choosing it here takes it from any other."""
        if self._filling:
            return
        chosen = self._combo(column).currentData()
        if chosen:
            self._filling = True
            for row in range(self.columns_table.rowCount()):
                other = self._combo(row)
                if row != column and other.currentData() == chosen:
                    other.setCurrentIndex(0)
            self._filling = False
        self._refresh()

    def _combo(self, row: int) -> QComboBox:
        combo = self.columns_table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        return combo

    # -- the analysis --------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._filling or self._table is None:
            return
        try:
            analysis = preview_table(
                self._table,
                mapping=self.mapping(),
                header_row=self.header_spin.value(),
                duration_unit=str(self.unit_combo.currentData()),
                day_first=bool(self.date_combo.currentData()),
            )
        except InputRefused as error:
            self._show_refusal(str(error))
            return
        self._analysis = analysis
        titles, rows = analysis.preview(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(titles))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(titles)
        for row_index, values in enumerate(rows):
            for column, text in enumerate(values):
                self.preview.setItem(row_index, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.report.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for issue in analysis.issues:
            icon = error_icon if issue.severity == ERROR else warning_icon
            self._add_report_line(icon, issue.text(analysis.headers), issue.severity)
        if analysis.issue_count > len(analysis.issues):
            more = analysis.issue_count - len(analysis.issues)
            self.report.addItem(self.tr("… and %n more", "", more))
        self.summary.setText(
            self.tr("%1 to import, %2 errors, %3 warnings.")
            .replace("%1", self._count_text(analysis))
            .replace("%2", str(len(analysis.errors)))
            .replace("%3", str(len(analysis.warnings)))
        )
        self.ok_button.setEnabled(analysis.ok)

    def _count_text(self, analysis: SheetAnalysis) -> str:
        count = len(analysis.records)
        texts = {
            "tasks": self.tr("%n task(s)", "", count),
            "risks": self.tr("%n risk(s)", "", count),
            "requirements": self.tr("%n requirement(s)", "", count),
            "stakeholders": self.tr("%n stakeholder(s)", "", count),
        }
        return texts[analysis.register]

    def _add_report_line(self, icon: QIcon, text: str, severity: str) -> None:
        item = QListWidgetItem(icon, text)
        item.setData(FIELD_ROLE, severity)
        if severity == ERROR:
            item.setForeground(QColor("#b00020"))
        self.report.addItem(item)

    def _show_refusal(self, text: str) -> None:
        self._analysis = None
        self.report.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self._add_report_line(icon, text, ERROR)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.summary.setText(self.tr("Nothing can be imported from this file."))
        self.ok_button.setEnabled(False)

    def report_lines(self) -> list[str]:
        return [self.report.item(row).text() for row in range(self.report.count())]
