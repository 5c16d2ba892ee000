"""Project > Project Calendar: working hours per weekday, public holidays and exceptions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from PySide6.QtCore import QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.calendars import SetProjectCalendarCommand
from app.commands.document import ProjectDocument, ReadOnlyDocument
from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.public_holidays import GOOD_FRIDAY_NL, supported_countries
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, InvalidValue
from app.services.calendar_edit import (
    CalendarSettings,
    DayHours,
    ExceptionSettings,
    holiday_names,
    read_project_calendar,
)
from app.views.editors import DateEdit, from_qdate, to_qdate
from app.views.labels import refusal_text

DEFAULT_PERIODS = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))
TIME_FORMAT = "HH:mm"
# Holidays a country's calendar leaves out unless asked: most Dutch employers work Good Friday.
DEFAULT_DROPPED = {"NL": (GOOD_FRIDAY_NL,)}
NAME, START, FINISH, HOURS, REPEATS = range(5)
_PERIOD = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})\s*$")


def to_qtime(minutes: int) -> QTime:
    """A period bound as a time of day; 24:00 shows as 00:00."""
    minutes %= 1440
    return QTime(minutes // 60, minutes % 60)


def from_qtime(value: QTime, *, end: bool = False) -> int:
    """Minutes from midnight; an end at 00:00 means midnight at the end of the day."""
    minutes = value.hour() * 60 + value.minute()
    return 1440 if end and minutes == 0 else minutes


def format_hours(hours: DayHours) -> str:
    """``08:00–12:00, 13:00–17:00``; empty for no hours."""

    def clock(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    return ", ".join(f"{clock(start)}–{clock(end)}" for start, end in hours)


class DayRow:
    """The widgets of one weekday: working or not (the box named by the day), two periods."""

    def __init__(self, parent: QWidget) -> None:
        self.working = QCheckBox(parent)
        self.times = [QTimeEdit(parent) for _ in range(4)]
        for editor in self.times:
            editor.setDisplayFormat(TIME_FORMAT)
        self.second = QCheckBox(parent)
        self.working.toggled.connect(self.update_enabled)
        self.second.toggled.connect(self.update_enabled)

    def set_hours(self, hours: DayHours) -> None:
        periods = list(hours[:2])
        self.working.setChecked(bool(periods))
        self.second.setChecked(len(periods) != 1)
        if len(periods) == 1:
            periods.append(DEFAULT_PERIODS[1])
        if not periods:
            periods = list(DEFAULT_PERIODS)
        for index, (start, end) in enumerate(periods):
            self.times[2 * index].setTime(to_qtime(start))
            self.times[2 * index + 1].setTime(to_qtime(end))
        self.update_enabled()

    def hours(self) -> DayHours:
        if not self.working.isChecked():
            return ()
        count = 2 if self.second.isChecked() else 1
        return tuple(
            (
                from_qtime(self.times[2 * i].time()),
                from_qtime(self.times[2 * i + 1].time(), end=True),
            )
            for i in range(count)
        )

    def update_enabled(self) -> None:
        working = self.working.isChecked() and self.working.isEnabled()
        self.second.setEnabled(working)
        for index, editor in enumerate(self.times):
            editor.setEnabled(working and (index < 2 or self.second.isChecked()))

    def set_editable(self, editable: bool) -> None:
        self.working.setEnabled(editable)
        self.update_enabled()


class CalendarDialog(QDialog):
    """The project calendar in one dialog; OK makes all changes one undo step."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.original = document.read(read_project_calendar)

        self.name = QLineEdit(self.original.name, self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)

        # -- the week
        self.week_box = QGroupBox(self)
        grid = QGridLayout(self.week_box)
        self.week_headers = [QLabel(self.week_box) for _ in range(5)]
        for column, header in zip((0, 1, 2, 4, 5), self.week_headers, strict=True):
            grid.addWidget(header, 0, column)
        self.days = [DayRow(self.week_box) for _ in range(7)]
        for day, row in enumerate(self.days, start=1):
            grid.addWidget(row.working, day, 0)
            grid.addWidget(row.times[0], day, 1)
            grid.addWidget(row.times[1], day, 2)
            grid.addWidget(row.second, day, 3)
            grid.addWidget(row.times[2], day, 4)
            grid.addWidget(row.times[3], day, 5)
        grid.setColumnStretch(6, 1)
        grid.setRowStretch(8, 1)
        for row, hours in zip(self.days, self.original.week, strict=True):
            row.set_hours(hours)
        # What the widgets showed at first: a day left alone keeps its stored hours, even
        # ones the widgets cannot show (a third period from an imported calendar).
        self._shown_week = [row.hours() for row in self.days]

        # -- public holidays
        self.holiday_box = QGroupBox(self)
        self.country = QComboBox(self.holiday_box)
        self.subdivision = QComboBox(self.holiday_box)
        self.holidays = QListWidget(self.holiday_box)
        self.holidays_hint = QLabel(self.holiday_box)
        self.holidays_hint.setWordWrap(True)
        self.country_label = QLabel(self.holiday_box)
        self.country_label.setBuddy(self.country)
        self.subdivision_label = QLabel(self.holiday_box)
        self.subdivision_label.setBuddy(self.subdivision)
        self.holidays_label = QLabel(self.holiday_box)
        self.holidays_label.setBuddy(self.holidays)
        holiday_form = QFormLayout()
        holiday_form.addRow(self.country_label, self.country)
        holiday_form.addRow(self.subdivision_label, self.subdivision)
        holiday_layout = QVBoxLayout(self.holiday_box)
        holiday_layout.addLayout(holiday_form)
        holiday_layout.addWidget(self.holidays_label)
        holiday_layout.addWidget(self.holidays, 1)
        holiday_layout.addWidget(self.holidays_hint)
        self._countries = self._country_codes()

        # -- own exceptions
        self.exception_box = QGroupBox(self)
        self.exceptions = QTableWidget(0, 5, self.exception_box)
        self.exceptions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions.verticalHeader().hide()
        header = self.exceptions.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        probe = DateEdit()  # cell widgets do not size their column; never shown
        probe.setDisplayFormat(self._date_format())
        probe.setDate(to_qdate(dt.date(2026, 12, 31)))
        for column in (START, FINISH):
            header.resizeSection(column, max(120, probe.sizeHint().width() + 8))
        probe.deleteLater()
        header.resizeSection(HOURS, 200)
        header.resizeSection(REPEATS, 160)
        self.add_button = QPushButton(self.exception_box)
        self.remove_button = QPushButton(self.exception_box)
        self.add_button.clicked.connect(self.add_exception)
        self.remove_button.clicked.connect(self.remove_exception)
        self.exceptions_hint = QLabel(self.exception_box)
        self.exceptions_hint.setWordWrap(True)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        exception_layout = QVBoxLayout(self.exception_box)
        exception_layout.addWidget(self.exceptions, 1)
        exception_layout.addWidget(self.exceptions_hint)
        exception_layout.addLayout(buttons_row)

        self.buttons = QDialogButtonBox(self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name, 1)
        top = QHBoxLayout()
        top.addWidget(self.week_box, 3)
        top.addWidget(self.holiday_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addLayout(top)
        layout.addWidget(self.exception_box, 1)
        layout.addWidget(self.buttons)

        self.retranslate()  # fills the combos, so before their signals are connected
        self._fill_countries(self.original.holiday_country)
        self._fill_subdivisions(self.original.holiday_subdivision)
        self._fill_holidays(set(self.original.dropped_holidays))
        self.country.currentIndexChanged.connect(self._country_changed)
        self.subdivision.currentIndexChanged.connect(self._subdivision_changed)
        for exception in self.original.exceptions:
            self._append_exception(exception)
        self.exceptions.itemSelectionChanged.connect(self._update_buttons)
        self._set_editable(not document.read_only)
        self.resize(980, 720)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project Calendar"))
        self.name_label.setText(self.tr("Calendar &name:"))
        self.week_box.setTitle(self.tr("Working time per weekday"))
        headers = (
            self.tr("Working day"),
            self.tr("From"),
            self.tr("To"),
            self.tr("From"),
            self.tr("To"),
        )
        for label, text in zip(self.week_headers, headers, strict=True):
            label.setText(text)
        locale = QLocale()
        for day, row in enumerate(self.days, start=1):
            row.working.setText(locale.standaloneDayName(day, QLocale.FormatType.LongFormat))
            row.second.setText(self.tr("and"))
            row.second.setToolTip(self.tr("A second working period, after a break"))
        self.holiday_box.setTitle(self.tr("Public holidays"))
        self.country_label.setText(self.tr("&Country:"))
        self.subdivision_label.setText(self.tr("&Region:"))
        self.holidays_label.setText(self.tr("&Holidays that are days off:"))
        self.holidays_hint.setText(
            self.tr("Uncheck a holiday to make it a working day, as many employers do.")
        )
        if self.country.count():
            self.country.setItemText(0, self.tr("None"))
        if self.subdivision.count():
            self.subdivision.setItemText(0, self.tr("Whole country"))
        self.exception_box.setTitle(self.tr("Exceptions"))
        self.exceptions.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Working times"),
                self.tr("Repeats"),
            ]
        )
        self.exceptions_hint.setText(
            self.tr(
                "Type working times as 09:00–13:00, 14:00–16:00; leave them empty for days off."
            )
        )
        self.add_button.setText(self.tr("&Add Exception"))
        self.remove_button.setText(self.tr("Re&move Exception"))
        for row in range(self.exceptions.rowCount()):
            self._show_exception_texts(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def recurrence_text(self, recurrence: Recurrence | None) -> str:
        """How often an imported exception comes back, read-only."""
        if recurrence is None:
            return ""
        step = recurrence.interval
        kind = recurrence.kind
        if kind is RecurrenceKind.DAILY:
            text = self.tr("Daily") if step == 1 else self.tr("Every {0} days").format(step)
        elif kind is RecurrenceKind.WEEKLY:
            text = self.tr("Weekly") if step == 1 else self.tr("Every {0} weeks").format(step)
            if recurrence.weekdays:
                locale = QLocale()
                names = ", ".join(
                    locale.dayName(day + 1, QLocale.FormatType.ShortFormat)
                    for day in sorted(recurrence.weekdays)
                )
                text = self.tr("{0}: {1}").format(text, names)
        elif kind is RecurrenceKind.MONTHLY:
            text = self.tr("Monthly") if step == 1 else self.tr("Every {0} months").format(step)
        else:
            text = self.tr("Yearly") if step == 1 else self.tr("Every {0} years").format(step)
        if recurrence.occurrences is not None:
            text = self.tr("{0}, {1} times").format(text, recurrence.occurrences)
        return text

    # -- holidays ------------------------------------------------------------------------
    @staticmethod
    def _country_codes() -> dict[str, list[str]]:
        """Two-letter codes only: the holidays package also lists three-letter aliases."""
        return {code: subs for code, subs in supported_countries().items() if len(code) == 2}

    def _fill_countries(self, current: str) -> None:
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("None"), "")
        codes = list(self._countries)
        if current and current not in self._countries:
            codes.append(current)  # keep what the file has, even if unknown here

        def title(code: str) -> str:
            territory = QLocale.codeToTerritory(code)
            if territory == QLocale.Country.AnyTerritory:
                return code
            return f"{QLocale.territoryToString(territory)} ({code})"

        for name, code in sorted((title(code), code) for code in codes):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.blockSignals(False)

    def chosen_country(self) -> str:
        return str(self.country.currentData() or "")

    def chosen_subdivision(self) -> str:
        return str(self.subdivision.currentData() or "")

    def _fill_subdivisions(self, current: str) -> None:
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country"), "")
        subdivisions = list(self._countries.get(self.chosen_country(), []))
        if current and current not in subdivisions:
            subdivisions.append(current)
        for code in subdivisions:
            self.subdivision.addItem(code, code)
        self.subdivision.setCurrentIndex(max(0, self.subdivision.findData(current)))
        self.subdivision.setEnabled(len(subdivisions) > 0 and self._editable())
        self.subdivision.blockSignals(False)

    def _fill_holidays(self, dropped: set[str]) -> None:
        skip = {name.casefold() for name in dropped}
        self.holidays.clear()
        country = self.chosen_country()
        try:
            names = holiday_names(country, self.chosen_subdivision() or None)
        except InvalidValue:
            names = []  # a country this machine's holidays package does not know
        for name in names:
            item = QListWidgetItem(name, self.holidays)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self._editable():
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Unchecked if name.casefold() in skip else Qt.CheckState.Checked
            )
        self.holidays.setEnabled(bool(country))

    def _country_changed(self) -> None:
        country = self.chosen_country()
        original = self.original
        same = country == original.holiday_country
        self._fill_subdivisions(original.holiday_subdivision if same else "")
        dropped = original.dropped_holidays if same else DEFAULT_DROPPED.get(country, ())
        self._fill_holidays(set(dropped))

    def _subdivision_changed(self) -> None:
        self._fill_holidays(set(self.dropped_holidays()))

    def holiday_items(self) -> list[QListWidgetItem]:
        return [self.holidays.item(row) for row in range(self.holidays.count())]

    def set_holiday_counted(self, name: str, counted: bool) -> None:
        """Check (a day off) or uncheck (a working day) a holiday by name."""
        for item in self.holiday_items():
            if item.text().casefold() == name.casefold():
                item.setCheckState(Qt.CheckState.Checked if counted else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def dropped_holidays(self) -> tuple[str, ...]:
        """Unchecked holidays, plus names the file drops that are not listed for these years."""
        dropped = [
            item.text()
            for item in self.holiday_items()
            if item.checkState() != Qt.CheckState.Checked
        ]
        if self.chosen_country() == self.original.holiday_country:
            listed = {item.text().casefold() for item in self.holiday_items()}
            dropped += [n for n in self.original.dropped_holidays if n.casefold() not in listed]
        return tuple(dropped)

    # -- exceptions ------------------------------------------------------------------------
    @staticmethod
    def _date_format() -> str:
        return QLocale().dateFormat(QLocale.FormatType.ShortFormat)

    def _date_edit(self, value: dt.date) -> DateEdit:
        editor = DateEdit(self.exceptions)
        editor.setDisplayFormat(self._date_format())
        editor.setDate(to_qdate(min(max(value, EARLIEST_DATE), LATEST_DATE)))
        editor.setEnabled(self._editable())
        return editor

    def _append_exception(self, exception: ExceptionSettings) -> int:
        row = self.exceptions.rowCount()
        self.exceptions.insertRow(row)
        self.exceptions.setItem(row, NAME, QTableWidgetItem(exception.name))
        self.exceptions.setCellWidget(row, START, self._date_edit(exception.start))
        self.exceptions.setCellWidget(row, FINISH, self._date_edit(exception.finish))
        hours = QTableWidgetItem()
        hours.setData(Qt.ItemDataRole.UserRole, exception.working_times)
        self.exceptions.setItem(row, HOURS, hours)
        repeats = QTableWidgetItem()
        repeats.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        repeats.setData(Qt.ItemDataRole.UserRole, exception.recurrence)
        self.exceptions.setItem(row, REPEATS, repeats)
        if not self._editable():
            for column in (NAME, HOURS):
                item = self.exceptions.item(row, column)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self._show_exception_texts(row)
        return row

    def _show_exception_texts(self, row: int) -> None:
        hours = self.exceptions.item(row, HOURS)
        stored = hours.data(Qt.ItemDataRole.UserRole)
        if stored is not None:
            hours.setText(format_hours(stored) or self.tr("Non-working"))
        repeats = self.exceptions.item(row, REPEATS)
        repeats.setText(self.recurrence_text(repeats.data(Qt.ItemDataRole.UserRole)))

    def add_exception(self) -> None:
        """A new one-day, non-working exception for today, its name ready to type."""
        today = min(max(dt.date.today(), EARLIEST_DATE), LATEST_DATE)
        row = self._append_exception(ExceptionSettings(self.tr("New exception"), today, today))
        self.exceptions.setCurrentCell(row, NAME)
        self.exceptions.editItem(self.exceptions.item(row, NAME))

    def remove_exception(self) -> None:
        rows = sorted({index.row() for index in self.exceptions.selectedIndexes()}, reverse=True)
        if not rows and self.exceptions.currentRow() >= 0:
            rows = [self.exceptions.currentRow()]
        for row in rows:
            self.exceptions.removeRow(row)
        self._update_buttons()

    def set_exception(
        self,
        row: int,
        *,
        name: str | None = None,
        start: dt.date | None = None,
        finish: dt.date | None = None,
        hours: str | None = None,
    ) -> None:
        """Fill in a row the way a user types it (used by tests and scripting)."""
        if name is not None:
            self.exceptions.item(row, NAME).setText(name)
        if start is not None:
            self.date_editor(row, START).setDate(to_qdate(start))
        if finish is not None:
            self.date_editor(row, FINISH).setDate(to_qdate(finish))
        if hours is not None:
            self.exceptions.item(row, HOURS).setText(hours)

    def date_editor(self, row: int, column: int) -> DateEdit:
        editor = self.exceptions.cellWidget(row, column)
        assert isinstance(editor, DateEdit)
        return editor

    def parse_hours(self, row: int, text: str) -> DayHours:
        """``09:00–13:00, 14:00–16:00`` as minute pairs; empty or "Non-working" is a day off."""
        text = text.strip()
        if not text or text.casefold() in {self.tr("Non-working").casefold(), "non-working"}:
            return ()
        periods = []
        for part in re.split(r"[,;]", text):
            match = _PERIOD.match(part)
            if match is None:
                raise InvalidValue(f"exception.{row}", "bad_hours", part.strip())
            h1, m1, h2, m2 = (int(group) for group in match.groups())
            if m1 > 59 or m2 > 59:
                raise InvalidValue(f"exception.{row}", "bad_hours", part.strip())
            periods.append((h1 * 60 + m1, h2 * 60 + m2))
        return tuple(periods)

    def exception_settings(self) -> tuple[ExceptionSettings, ...]:
        found = []
        for row in range(self.exceptions.rowCount()):
            hours_item = self.exceptions.item(row, HOURS)
            stored = hours_item.data(Qt.ItemDataRole.UserRole)
            if stored is not None and hours_item.text() == (
                format_hours(stored) or self.tr("Non-working")
            ):
                hours = tuple((int(start), int(end)) for start, end in stored)
            else:
                hours = self.parse_hours(row, hours_item.text())
            found.append(
                ExceptionSettings(
                    name=self.exceptions.item(row, NAME).text().strip(),
                    start=from_qdate(self.date_editor(row, START).date()),
                    finish=from_qdate(self.date_editor(row, FINISH).date()),
                    working_times=hours,
                    recurrence=self.exceptions.item(row, REPEATS).data(Qt.ItemDataRole.UserRole),
                )
            )
        return tuple(found)

    # -- the whole -------------------------------------------------------------------------
    def settings(self) -> CalendarSettings:
        """What the dialog shows, as the command stores it; InvalidValue for unreadable hours."""
        week = tuple(
            original if row.hours() == shown else row.hours()
            for row, shown, original in zip(
                self.days, self._shown_week, self.original.week, strict=True
            )
        )
        return CalendarSettings(
            calendar_id=self.original.calendar_id,
            name=self.name.text().strip(),
            week=week,
            holiday_country=self.chosen_country(),
            holiday_subdivision=self.chosen_subdivision(),
            dropped_holidays=self.dropped_holidays(),
            exceptions=self.exception_settings(),
        )

    def _editable(self) -> bool:
        return not self._document.read_only

    def _set_editable(self, editable: bool) -> None:
        buttons = QDialogButtonBox.StandardButton
        if editable:
            self.buttons.setStandardButtons(buttons.Ok | buttons.Cancel)
        else:
            self.buttons.setStandardButtons(buttons.Close)
        self.name.setReadOnly(not editable)
        for row in self.days:
            row.set_editable(editable)
        self.country.setEnabled(editable)
        self.subdivision.setEnabled(editable and self.subdivision.count() > 1)
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self._editable() and bool(self.exceptions.selectedIndexes()))

    def refusal_text(self, error: Exception) -> str:
        """Why the calendar was not changed, naming the weekday or exception concerned."""
        if isinstance(error, ReadOnlyDocument):
            return self.tr("The project is open read-only.")
        if not isinstance(error, InvalidValue):
            return refusal_text(error)
        place, _, index = error.field.partition(".")
        subject = ""
        if place == "week" and index.isdigit():
            subject = QLocale().standaloneDayName(int(index) + 1, QLocale.FormatType.LongFormat)
        elif place == "exception" and index.isdigit():
            row = int(index)
            item = self.exceptions.item(row, NAME) if row < self.exceptions.rowCount() else None
            name = item.text().strip() if item is not None else ""
            subject = (
                self.tr("Exception “{0}”").format(name)
                if name
                else self.tr("Exception {0}").format(row + 1)
            )
        texts = {
            "overlap": self.tr("{0}: the working periods overlap."),
            "end_before_start": self.tr("{0}: a working period must end after it starts."),
            "not_within_day": self.tr("{0}: working times must lie between 00:00 and 24:00."),
            "bad_hours": self.tr(
                "{0}: type working times such as 09:00–13:00, 14:00–16:00, or leave them empty."
            ),
            "finish_before_start": self.tr("{0}: the end date lies before the start date."),
            "date_out_of_range": self.tr("{0}: dates must lie between 1984 and 2149."),
            "too_long": self.tr("{0}: the name is too long."),
        }
        if subject and error.code in texts:
            return texts[error.code].format(subject)
        others = {
            ("week", "no_working_time"): self.tr(
                "The week needs at least one working day; otherwise no task could be scheduled."
            ),
            ("calendar_name", "required"): self.tr("The calendar needs a name."),
            ("calendar_name", "too_long"): self.tr("The calendar name is too long."),
            ("holiday_country", "unknown_country"): self.tr(
                "There are no public holidays known for {0}."
            ),
            ("holiday_subdivision", "unknown_subdivision"): self.tr(
                "There are no public holidays known for the region {0}."
            ),
        }
        text = others.get((error.field, error.code))
        if text is not None:
            return text.format(error.detail)
        return refusal_text(error)

    def show_refusal(self, text: str) -> None:
        """Through the main window's message, so it looks (and is tested) like any other."""
        title = self.tr("Calendar not changed")
        window = self.parent()
        while window is not None and not hasattr(window, "show_error"):
            window = window.parent()
        if window is not None:
            window.show_error(title, text)  # type: ignore[attr-defined]
        else:
            QMessageBox.warning(self, title, text)

    def apply(self) -> bool:
        """Push the changes as one SetProjectCalendarCommand; False when they are refused."""
        if not self._editable():
            return True
        try:
            settings = self.settings()
            if _same(settings, self.original):
                return True
            self._document.push(SetProjectCalendarCommand(self._document, settings))
        except EDIT_REFUSED as exc:
            self.show_refusal(self.refusal_text(exc))
            return False
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _same(one: CalendarSettings, other: CalendarSettings) -> bool:
    """Equal apart from the order the dropped holidays are listed in."""

    def key(settings: CalendarSettings) -> CalendarSettings:
        dropped = tuple(sorted(settings.dropped_holidays, key=str.casefold))
        return dataclasses.replace(settings, dropped_holidays=dropped)

    return key(one) == key(other)
