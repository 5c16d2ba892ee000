"""Dialogs of the Risks tab: a review, the risk settings, a task to link, a response task."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.risks import MAX_CENTS, SCALE, Band, RiskScales, RiskStatus, check_categories
from app.domain.validation import InvalidValue
from app.services.risks import ReviewData, RiskData
from app.services.schedule import TaskRow
from app.views.editors import DateEdit, OptionalDateEdit, from_qdate, to_qdate
from app.views.risk_labels import (
    band_label,
    currency_symbol,
    register_refusal,
    risk_status_label,
    scale_label,
)


def level_items(labels: tuple[str, ...], *, optional: bool = False) -> list[tuple[str, int | None]]:
    """The entries of a 1–5 picker ("3 · medium"); with ``optional`` a "—" (not assessed) first."""
    items: list[tuple[str, int | None]] = [("—", None)] if optional else []
    return items + [(f"{level} · {scale_label(labels[level - 1])}", level) for level in SCALE]


def level_combo(parent: QWidget, labels: tuple[str, ...], *, optional: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    for text, level in level_items(labels, optional=optional):
        combo.addItem(text, level)
    return combo


def money_spin(parent: QWidget, currency: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(2)
    spin.setRange(0, MAX_CENTS / 100)
    spin.setGroupSeparatorShown(True)
    spin.setPrefix(currency_symbol(currency))
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def spin_cents(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 100)


class ReviewDialog(QDialog):
    """A review of one risk: date, residual probability and impact, cost impact, status, note,
    and the date of the next review. The risk's current values come pre-filled."""

    def __init__(
        self,
        risk: RiskData,
        scales: RiskScales,
        currency: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review {0}").format(risk.ref))
        self.risk = risk
        self.date = DateEdit(self)
        self.date.setDate(to_qdate(today))
        self.probability = level_combo(self, scales.probability_labels)
        self.impact = level_combo(self, scales.impact_labels)
        probability = risk.residual_probability or risk.inherent_probability
        impact = risk.residual_impact or risk.inherent_impact
        self.probability.setCurrentIndex(self.probability.findData(probability))
        self.impact.setCurrentIndex(self.impact.findData(impact))
        self.cost = money_spin(self, currency)
        self.cost.setValue(risk.cost_impact_cents / 100)
        self.status = QComboBox(self)
        for status in RiskStatus:
            self.status.addItem(risk_status_label(status), status.value)
        current = RiskStatus.MONITORING if risk.status is RiskStatus.IDENTIFIED else risk.status
        self.status.setCurrentIndex(self.status.findData(current.value))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.next_review = OptionalDateEdit(self)
        self.next_review.show_value(today + dt.timedelta(days=28), today)
        form = QFormLayout()
        form.addRow(self.tr("Review date:"), self.date)
        form.addRow(self.tr("Residual probability:"), self.probability)
        form.addRow(self.tr("Residual impact:"), self.impact)
        form.addRow(self.tr("Cost impact:"), self.cost)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Next review:"), self.next_review)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def review(self) -> tuple[ReviewData, dt.date | None]:
        """The review to record and the next review date the dialog holds."""
        review = ReviewData(
            id=0,
            risk_id=self.risk.id,
            review_date=from_qdate(self.date.date()),
            probability=int(self.probability.currentData()),
            impact=int(self.impact.currentData()),
            cost_impact_cents=spin_cents(self.cost),
            status=RiskStatus(self.status.currentData()),
            note=self.note.toPlainText(),
        )
        return review, self.next_review.value()


class RiskSettingsDialog(QDialog):
    """The project's risk settings: scale labels, band thresholds, EMV percentages, categories."""

    def __init__(self, scales: RiskScales, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Risk settings"))
        self.probability_labels: list[QLineEdit] = []
        self.impact_labels: list[QLineEdit] = []
        self.percentages: list[QSpinBox] = []
        scale_box = QGroupBox(self.tr("Scales"), self)
        grid = QGridLayout(scale_box)
        grid.addWidget(QLabel(self.tr("Level"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Probability"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("EMV %"), self), 0, 2)
        grid.addWidget(QLabel(self.tr("Impact"), self), 0, 3)
        for level in SCALE:
            grid.addWidget(QLabel(str(level), self), level, 0)
            probability = QLineEdit(scale_label(scales.probability_labels[level - 1]), self)
            percent = QSpinBox(self)
            percent.setRange(0, 100)
            percent.setSuffix(" %")
            percent.setValue(scales.emv_percent[level - 1])
            impact = QLineEdit(scale_label(scales.impact_labels[level - 1]), self)
            grid.addWidget(probability, level, 1)
            grid.addWidget(percent, level, 2)
            grid.addWidget(impact, level, 3)
            self.probability_labels.append(probability)
            self.percentages.append(percent)
            self.impact_labels.append(impact)
        band_box = QGroupBox(self.tr("Bands by score (probability × impact)"), self)
        bands = QFormLayout(band_box)
        self.thresholds: dict[Band, QSpinBox] = {}
        for band, value in (
            (Band.MEDIUM, scales.medium_from),
            (Band.HIGH, scales.high_from),
            (Band.CRITICAL, scales.critical_from),
        ):
            spin = QSpinBox(self)
            spin.setRange(2, 25)
            spin.setValue(value)
            self.thresholds[band] = spin
            bands.addRow(self.tr("{0} from score:").format(band_label(band)), spin)
        category_box = QGroupBox(self.tr("Categories (one a line)"), self)
        self.categories = QPlainTextEdit("\n".join(scales.categories), self)
        self.categories.setTabChangesFocus(True)
        QVBoxLayout(category_box).addWidget(self.categories)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a50e0e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(band_box)
        side.addWidget(category_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(scale_box)
        columns.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def scales(self) -> RiskScales:
        """The settings the dialog holds; InvalidValue says what is wrong."""
        lines = [line.strip() for line in self.categories.toPlainText().splitlines()]
        return RiskScales(
            probability_labels=tuple(_stored_label(e.text()) for e in self.probability_labels),
            impact_labels=tuple(_stored_label(e.text()) for e in self.impact_labels),
            medium_from=self.thresholds[Band.MEDIUM].value(),
            high_from=self.thresholds[Band.HIGH].value(),
            critical_from=self.thresholds[Band.CRITICAL].value(),
            emv_percent=tuple(spin.value() for spin in self.percentages),
            categories=check_categories([line for line in lines if line]),
        ).validate()

    def _accept(self) -> None:
        try:
            self.scales()
        except InvalidValue as error:
            self.problem.setText(register_refusal(error))
            self.problem.show()
            return
        self.accept()


def _stored_label(text: str) -> str:
    """A label as stored: a translated default goes back to its English code."""
    text = text.strip()
    for default in ("very low", "low", "medium", "high", "very high"):
        if text == scale_label(default):
            return default
    return text


class TaskPickerDialog(QDialog):
    """Pick a task or milestone of the schedule (filter by typing)."""

    def __init__(
        self,
        rows: list[TaskRow],
        title: str,
        parent: QWidget | None = None,
        *,
        summaries_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 480)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find tasks…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for row in rows:
            if summaries_only and not row.summary:
                continue
            indent = "    " * (row.outline_level - 1)
            marker = " ◆" if row.milestone else ""
            item = QListWidgetItem(f"{row.row}\t{indent}{row.name}{marker}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if row.summary:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        first = None
        for index in range(self.list.count()):
            item = self.list.item(index)
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def task_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def pick(cls, rows: list[TaskRow], title: str, parent: QWidget | None = None) -> int | None:
        """Ask for a task; its id, or None when the user cancels."""
        dialog = cls(rows, title, parent)
        return dialog.task_id() if dialog.exec() == cls.DialogCode.Accepted else None


class ResponseTaskDialog(QDialog):
    """Name the response task and choose where it goes: the end of the schedule or a summary."""

    def __init__(self, name: str, summaries: list[TaskRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Response to task"))
        self.resize(520, 140)
        self.name = QLineEdit(name, self)
        self.place = QComboBox(self)
        self.place.addItem(self.tr("At the end of the schedule"), None)
        for row in summaries:
            self.place.addItem(self.tr("Under {0} {1}").format(row.row, row.name), row.id)
        form = QFormLayout()
        form.addRow(self.tr("Task name:"), self.name)
        form.addRow(self.tr("Place:"), self.place)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, int | None]:
        return self.name.text().strip(), self.place.currentData()


def locale_date(locale: QLocale, value: dt.date | None) -> str:
    if value is None:
        return ""
    return locale.toString(to_qdate(value), locale.dateFormat(QLocale.FormatType.ShortFormat))
