"""File > Page Setup: paper, size, dates, columns, header, footer and legend of the printed chart.

The dialog edits a ``PageSetup`` and keeps nothing itself: the caller reads ``setup()`` after
OK and saves it with a command. OK refuses a setup that cannot be printed and says why in the
dialog, which stays open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.page_setup import (
    HEADER_FIELDS,
    MARGIN_RANGE_MM,
    MAX_PAGES,
    MAX_TEXT_LENGTH,
    PAGE_COUNT_RANGE,
    PAPER_SIZES_MM,
    ZOOM_RANGE,
    PageSetup,
    Timescale,
)
from app.domain.validation import InvalidValue
from app.views.editors import DateEdit, from_qdate, to_qdate
from app.views.labels import refusal_text

KEY_ROLE = Qt.ItemDataRole.UserRole
# The tab that holds the widget a refusal is about.
PAGE_TAB, CHART_TAB, COLUMNS_TAB, BANDS_TAB = range(4)
TAB_OF_FIELD = {
    "paper": PAGE_TAB,
    "margins_mm": PAGE_TAB,
    "pages": PAGE_TAB,
    "pages_wide": PAGE_TAB,
    "pages_tall": PAGE_TAB,
    "zoom_percent": PAGE_TAB,
    "date_from": CHART_TAB,
    "date_to": CHART_TAB,
    "columns": COLUMNS_TAB,
    "header": BANDS_TAB,
    "footer": BANDS_TAB,
}
TIMESCALES = (Timescale.DAY, Timescale.WEEK, Timescale.MONTH, Timescale.QUARTER)
NORMAL_ZOOM = 100  # the largest size fitting to pages gives, unless the setup said otherwise


translate = QCoreApplication.translate


def page_setup_refusal(error: Exception) -> str:
    """Why a page setup cannot be printed, in one or two sentences."""
    if not isinstance(error, InvalidValue):
        return refusal_text(error)
    if error.code == "columns_too_wide":
        return translate(
            "PageSetupDialog",
            "The chosen columns leave no room for the chart on this paper. Print fewer "
            "columns, or choose larger paper, landscape or a smaller size.",
        )
    if error.code == "too_many_pages":
        return translate(
            "PageSetupDialog",
            "The chart would need more than {0} pages. Choose a coarser time scale, a date "
            "range or fit it to fewer pages.",
        ).format(MAX_PAGES)
    if error.field in ("date_to", "date_from") and error.code == "before_start":
        return translate("PageSetupDialog", "The last date to print lies before the first.")
    if error.code == "date_out_of_range":
        return translate("PageSetupDialog", "Dates to print must lie between 1984 and 2149.")
    if error.field == "pages":
        return translate(
            "PageSetupDialog", "Tick pages wide, pages tall or both to fit the chart to pages."
        )
    if error.field == "margins_mm":
        return translate("PageSetupDialog", "Margins must lie between {0} and {1} mm.").format(
            *(f"{value:g}" for value in MARGIN_RANGE_MM)
        )
    if error.field in ("pages_wide", "pages_tall"):
        return translate("PageSetupDialog", "Fit the chart to between {0} and {1} pages.").format(
            *PAGE_COUNT_RANGE
        )
    if error.field == "zoom_percent":
        return translate("PageSetupDialog", "The size must lie between {0} and {1} %.").format(
            *ZOOM_RANGE
        )
    if error.field in ("header", "footer"):
        return translate(
            "PageSetupDialog", "A header or footer text is longer than {0} characters."
        ).format(MAX_TEXT_LENGTH)
    if error.field == "columns":
        return translate("PageSetupDialog", "The list of columns cannot be printed.")
    if error.field == "paper":
        return translate("PageSetupDialog", "Choose one of the paper sizes offered.")
    return refusal_text(error)


class PageSetupDialog(QDialog):
    """Edits a ``PageSetup``; ``setup()`` is the result.

    ``column_labels`` names the task-table columns by key, in table order. ``check`` (optional)
    is called with the setup on OK and may raise ``InvalidValue`` (the caller lays the pages
    out, e.g. to refuse columns wider than the paper). ``project_dates`` fill the date editors
    while the whole project is chosen.
    """

    def __init__(
        self,
        setup: PageSetup,
        column_labels: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        check: Callable[[PageSetup], object] | None = None,
        project_dates: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Page Setup"))
        self._initial = setup
        self._labels = dict(column_labels)
        self._check = check
        today = dt.date.today()
        self._project_dates = project_dates or (today, today + dt.timedelta(days=90))
        # A stored range may be open at one end (the project's start or finish): that end
        # stays open until the user changes its date.
        self._open_end = {"from": False, "to": False}

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._make_page_tab(), "")
        self.tabs.addTab(self._make_chart_tab(), "")
        self.tabs.addTab(self._make_columns_tab(), "")
        self.tabs.addTab(self._make_bands_tab(), "")
        for index, title in enumerate(
            (self.tr("Page"), self.tr("Chart"), self.tr("Columns"), self.tr("Header and Footer"))
        ):
            self.tabs.setTabText(index, title)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("pageSetupError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a50e0e; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.show_setup(setup)
        self.date_from.dateChanged.connect(lambda _date: self._date_edited("from"))
        self.date_to.dateChanged.connect(lambda _date: self._date_edited("to"))

    # -- the tabs -------------------------------------------------------------------------------
    def _make_page_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.paper = QComboBox(page)
        for name, (width, height) in PAPER_SIZES_MM.items():
            size = self.tr("{0} ({1} × {2} mm)").format(name, f"{width:g}", f"{height:g}")
            self.paper.addItem(size, name)
        form.addRow(self.tr("&Paper:"), self.paper)

        self.portrait = QRadioButton(self.tr("P&ortrait"), page)
        self.landscape = QRadioButton(self.tr("&Landscape"), page)
        self.orientation_group = QButtonGroup(page)
        orientation = QHBoxLayout()
        for button in (self.portrait, self.landscape):
            self.orientation_group.addButton(button)
            orientation.addWidget(button)
        orientation.addStretch(1)
        form.addRow(self.tr("Orientation:"), orientation)

        margins = QGridLayout()
        self.margins: list[QDoubleSpinBox] = []
        names = (self.tr("Left"), self.tr("Top"), self.tr("Right"), self.tr("Bottom"))
        positions = ((1, 0), (0, 0), (1, 2), (0, 2))  # top, bottom / left, right
        for name, (row, column) in zip(names, positions, strict=True):
            spin = QDoubleSpinBox(page)
            spin.setRange(*MARGIN_RANGE_MM)
            spin.setDecimals(1)
            spin.setSingleStep(1.0)
            spin.setSuffix(" mm")
            label = QLabel(name, page)
            label.setBuddy(spin)
            margins.addWidget(label, row, column)
            margins.addWidget(spin, row, column + 1)
            self.margins.append(spin)
        margins.setColumnStretch(4, 1)
        form.addRow(self.tr("Margins:"), margins)

        self.adjust = QRadioButton(self.tr("&Adjust to"), page)
        self.fit = QRadioButton(self.tr("&Fit to"), page)
        self.scaling_group = QButtonGroup(page)
        self.scaling_group.addButton(self.adjust)
        self.scaling_group.addButton(self.fit)
        self.zoom = QSpinBox(page)
        self.zoom.setRange(*ZOOM_RANGE)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.fit_wide = QCheckBox(self.tr("Pages &wide:"), page)
        self.fit_tall = QCheckBox(self.tr("Pages &tall:"), page)
        self.pages_wide = QSpinBox(page)
        self.pages_tall = QSpinBox(page)
        for spin in (self.pages_wide, self.pages_tall):
            spin.setRange(*PAGE_COUNT_RANGE)
        scaling = QGridLayout()
        zoom = QHBoxLayout()
        zoom.addWidget(self.zoom)
        zoom.addWidget(QLabel(self.tr("of normal size"), page))
        zoom.addStretch(1)
        scaling.addWidget(self.adjust, 0, 0)
        scaling.addLayout(zoom, 0, 1, 1, 3)
        scaling.addWidget(self.fit, 1, 0)
        scaling.addWidget(self.fit_wide, 1, 1)
        scaling.addWidget(self.pages_wide, 1, 2)
        scaling.addWidget(self.fit_tall, 2, 1)
        scaling.addWidget(self.pages_tall, 2, 2)
        scaling.setColumnStretch(3, 1)
        form.addRow(self.tr("Size:"), scaling)
        for widget in (self.adjust, self.fit, self.fit_wide, self.fit_tall):
            widget.toggled.connect(self._update_enabled)
        return page

    def _make_chart_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.whole_project = QRadioButton(self.tr("&Whole project"), page)
        self.date_range = QRadioButton(self.tr("F&rom"), page)
        self.dates_group = QButtonGroup(page)
        self.dates_group.addButton(self.whole_project)
        self.dates_group.addButton(self.date_range)
        self.date_from = DateEdit(page)
        self.date_to = DateEdit(page)
        date_format = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(date_format)
        dates = QGridLayout()
        dates.addWidget(self.whole_project, 0, 0, 1, 4)
        dates.addWidget(self.date_range, 1, 0)
        dates.addWidget(self.date_from, 1, 1)
        to_label = QLabel(self.tr("&to"), page)
        to_label.setBuddy(self.date_to)
        dates.addWidget(to_label, 1, 2)
        dates.addWidget(self.date_to, 1, 3)
        dates.setColumnStretch(4, 1)
        form.addRow(self.tr("Dates:"), dates)
        self.whole_project.toggled.connect(self._update_enabled)

        self.timescale = QComboBox(page)
        names = {
            Timescale.DAY: self.tr("Days"),
            Timescale.WEEK: self.tr("Weeks"),
            Timescale.MONTH: self.tr("Months"),
            Timescale.QUARTER: self.tr("Quarters"),
        }
        for scale in TIMESCALES:
            self.timescale.addItem(names[scale], scale.value)
        form.addRow(self.tr("Time &scale:"), self.timescale)

        self.legend = QCheckBox(self.tr("Print the le&gend"), page)
        form.addRow("", self.legend)
        self.filtered_only = QCheckBox(self.tr("Print only the tasks the filter s&hows"), page)
        self.filtered_only.setToolTip(
            self.tr("The Schedule tab's filter, with collapsed summaries left closed")
        )
        form.addRow("", self.filtered_only)
        return page

    def _make_columns_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Tick the columns to print beside the chart; drag them into the order you want."
            ),
            page,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.columns = QListWidget(page)
        self.columns.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.columns.setDefaultDropAction(Qt.DropAction.MoveAction)
        row.addWidget(self.columns, 1)
        buttons = QVBoxLayout()
        self.column_up = QPushButton(self.tr("Move &Up"), page)
        self.column_down = QPushButton(self.tr("Move &Down"), page)
        self.column_up.clicked.connect(lambda: self._move_column(-1))
        self.column_down.clicked.connect(lambda: self._move_column(+1))
        buttons.addWidget(self.column_up)
        buttons.addWidget(self.column_down)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        self.columns.currentRowChanged.connect(lambda _row: self._update_enabled())
        return page

    def _make_bands_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        for column, name in enumerate((self.tr("Left"), self.tr("Centre"), self.tr("Right"))):
            label = QLabel(name, page)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column + 1)
        self.header_edits = [QLineEdit(page) for _ in range(3)]
        self.footer_edits = [QLineEdit(page) for _ in range(3)]
        for row, (name, edits) in enumerate(
            ((self.tr("Header:"), self.header_edits), (self.tr("Footer:"), self.footer_edits)),
            start=1,
        ):
            label = QLabel(name, page)
            label.setBuddy(edits[0])
            grid.addWidget(label, row, 0)
            for column, edit in enumerate(edits, start=1):
                edit.setMaxLength(MAX_TEXT_LENGTH)
                edit.setMinimumWidth(180)
                edit.installEventFilter(self)
                grid.addWidget(edit, row, column)
        layout.addLayout(grid)
        self._field_target = self.header_edits[0]

        self.insert_field = QToolButton(page)
        self.insert_field.setText(self.tr("&Insert Field"))
        self.insert_field.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_field.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fields_menu = QMenu(self.insert_field)
        names = {
            "project": self.tr("Project name"),
            "manager": self.tr("Project manager"),
            "status_date": self.tr("Status date"),
            "print_date": self.tr("Print date"),
            "page": self.tr("Page number"),
            "pages": self.tr("Number of pages"),
        }
        self.field_actions: dict[str, QAction] = {}
        for field in HEADER_FIELDS:
            action = self.fields_menu.addAction(names[field])
            action.triggered.connect(lambda _checked=False, f=field: self.insert_placeholder(f))
            self.field_actions[field] = action
        self.insert_field.setMenu(self.fields_menu)
        hint = QLabel(
            self.tr("Fields are filled in on every page, e.g. {page} with the page number."), page
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.insert_field)
        row.addWidget(hint, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- showing and reading a setup ------------------------------------------------------------
    def show_setup(self, setup: PageSetup) -> None:
        """Put ``setup`` into the widgets."""
        self._initial = setup
        self.paper.setCurrentIndex(max(0, self.paper.findData(setup.paper)))
        (self.landscape if setup.landscape else self.portrait).setChecked(True)
        for spin, value in zip(self.margins, setup.margins_mm, strict=True):
            spin.setValue(value)

        fitted = setup.pages_wide is not None or setup.pages_tall is not None
        (self.fit if fitted else self.adjust).setChecked(True)
        self.zoom.setValue(setup.zoom_percent)
        self.fit_wide.setChecked(setup.pages_wide is not None)
        self.fit_tall.setChecked(setup.pages_tall is not None or not fitted)
        self.pages_wide.setValue(setup.pages_wide or 1)
        self.pages_tall.setValue(setup.pages_tall or 1)

        ranged = setup.date_from is not None or setup.date_to is not None
        (self.date_range if ranged else self.whole_project).setChecked(True)
        start, finish = self._project_dates
        for edit, value, fallback in (
            (self.date_from, setup.date_from, start),
            (self.date_to, setup.date_to, finish),
        ):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value or fallback))
            edit.blockSignals(False)
        self._open_end = {
            "from": ranged and setup.date_from is None,
            "to": ranged and setup.date_to is None,
        }
        self.timescale.setCurrentIndex(max(0, self.timescale.findData(setup.timescale.value)))
        self.legend.setChecked(setup.legend)
        self.filtered_only.setChecked(setup.filtered_only)

        self.columns.clear()
        chosen = [key for key in setup.columns if key in self._labels]
        for key in [*chosen, *(key for key in self._labels if key not in chosen)]:
            item = QListWidgetItem(self._labels[key], self.columns)
            item.setData(KEY_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self.columns.setCurrentRow(0)

        for edits, texts in ((self.header_edits, setup.header), (self.footer_edits, setup.footer)):
            for edit, text in zip(edits, texts, strict=True):
                edit.setText(text)
        self.error_label.hide()
        self._update_enabled()

    def setup(self) -> PageSetup:
        """The setup as the widgets show it (not yet validated)."""
        fitted = self.fit.isChecked()
        if fitted:
            initial = self._initial
            was_fitted = initial.pages_wide is not None or initial.pages_tall is not None
            zoom = initial.zoom_percent if was_fitted else NORMAL_ZOOM
        else:
            zoom = self.zoom.value()
        date_from: dt.date | None = None
        date_to: dt.date | None = None
        if self.date_range.isChecked():
            if not self._open_end["from"]:
                date_from = from_qdate(self.date_from.date())
            if not self._open_end["to"]:
                date_to = from_qdate(self.date_to.date())
        left, top, right, bottom = (spin.value() for spin in self.margins)
        header = tuple(edit.text() for edit in self.header_edits)
        footer = tuple(edit.text() for edit in self.footer_edits)
        return dataclasses.replace(
            self._initial,
            paper=str(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            margins_mm=(left, top, right, bottom),
            date_from=date_from,
            date_to=date_to,
            columns=self.chosen_columns(),
            pages_wide=self.pages_wide.value() if fitted and self.fit_wide.isChecked() else None,
            pages_tall=self.pages_tall.value() if fitted and self.fit_tall.isChecked() else None,
            zoom_percent=zoom,
            timescale=Timescale(str(self.timescale.currentData())),
            header=header,
            footer=footer,
            legend=self.legend.isChecked(),
            filtered_only=self.filtered_only.isChecked(),
        )

    def chosen_columns(self) -> tuple[str, ...]:
        """The ticked columns in list order, then any the dialog does not know (kept as set)."""
        keys = []
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(KEY_ROLE)))
        unknown = [key for key in self._initial.columns if key not in self._labels]
        return (*keys, *unknown)

    def set_columns(self, keys: tuple[str, ...] | list[str]) -> None:
        """Tick exactly ``keys`` (a convenience for callers and tests; the order stays)."""
        for row in range(self.columns.count()):
            item = self.columns.item(row)
            checked = item.data(KEY_ROLE) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- OK ---------------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            setup = self.setup()
            if self.fit.isChecked() and setup.pages_wide is None and setup.pages_tall is None:
                raise InvalidValue("pages", "required")
            setup.validate()
            if self._check is not None:
                self._check(setup)
        except InvalidValue as error:
            self.show_refusal(error)
            return
        self.error_label.hide()
        super().accept()

    def show_refusal(self, error: Exception) -> None:
        """Say why the setup cannot be used, on the tab that holds the culprit."""
        self.error_label.setText(page_setup_refusal(error))
        self.error_label.show()
        if isinstance(error, InvalidValue):
            tab = TAB_OF_FIELD.get(error.field)
            if error.code == "columns_too_wide":
                tab = COLUMNS_TAB
            if tab is not None:
                self.tabs.setCurrentIndex(tab)

    # -- details ----------------------------------------------------------------------------------
    def insert_placeholder(self, field: str) -> None:
        """Type ``{field}`` into the header or footer text that last had the focus."""
        self._field_target.insert("{" + field + "}")
        self._field_target.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._field_target = watched
        return super().eventFilter(watched, event)

    def _date_edited(self, end: str) -> None:
        self._open_end[end] = False

    def _move_column(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.count():
            return
        item = self.columns.takeItem(row)
        self.columns.insertItem(target, item)
        self.columns.setCurrentRow(target)

    def _update_enabled(self) -> None:
        fitted = self.fit.isChecked()
        self.zoom.setEnabled(not fitted)
        self.fit_wide.setEnabled(fitted)
        self.fit_tall.setEnabled(fitted)
        self.pages_wide.setEnabled(fitted and self.fit_wide.isChecked())
        self.pages_tall.setEnabled(fitted and self.fit_tall.isChecked())
        ranged = self.date_range.isChecked()
        self.date_from.setEnabled(ranged)
        self.date_to.setEnabled(ranged)
        row = self.columns.currentRow()
        self.column_up.setEnabled(row > 0)
        self.column_down.setEnabled(0 <= row < self.columns.count() - 1)
