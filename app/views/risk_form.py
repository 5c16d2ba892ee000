"""The details of the selected risk: every field, its figures, its reviews and linked tasks.

Each field commits through a SetRiskFieldsCommand when the user finishes it; a refused
value is put back and reported through ``edit_refused``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.risks import SetRiskFieldsCommand
from app.domain.risks import (
    MAX_SCHEDULE_DAYS,
    Proximity,
    RiskKind,
    RiskScales,
    RiskStatus,
    strategies_for,
)
from app.services.risks import ReviewData, RiskData
from app.views.editors import CommitPlainTextEdit, OptionalDateEdit
from app.views.risk_dialogs import level_items, money_spin, spin_cents
from app.views.risk_labels import (
    BAND_COLOURS,
    band_label,
    category_label,
    currency_symbol,
    field_label,
    kind_label,
    proximity_label,
    risk_status_label,
    strategy_label,
)
from app.views.risk_table_model import RiskRow, RiskTableModel

TEXT_FIELDS = ("cause", "event", "effect", "response_actions", "trigger", "contingency")
LINE_FIELDS = ("title", "raised_by")
PEOPLE = ("owner", "actionee")


def people_model(
    people: list[tuple[int, str]], parent: QObject | None = None
) -> QStandardItemModel:
    """An empty first entry, then each stakeholder's name with the id as its data."""
    model = QStandardItemModel(parent)
    blank = QStandardItem("")
    blank.setData(None, Qt.ItemDataRole.UserRole)
    model.appendRow(blank)
    for key, name in people:
        item = QStandardItem(name)
        item.setData(key, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


class PersonCombo(QComboBox):
    """An editable list of the stakeholders by name; any other text is kept as free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.people: list[tuple[int, str]] = []

    def set_people(
        self, people: list[tuple[int, str]], model: QStandardItemModel | None = None
    ) -> None:
        """The stakeholders to offer; ``model`` (their names, made by ``people_model``) may be
        shared by several combos."""
        if people == self.people:
            return
        self.people = people
        blocked = self.blockSignals(True)
        text = self.currentText()
        self.setModel(model if model is not None else people_model(people, self))
        self.setCurrentText(text)
        self.blockSignals(blocked)

    def show_person(self, stakeholder_id: int | None, text: str) -> None:
        blocked = self.blockSignals(True)
        index = self.findData(stakeholder_id) if stakeholder_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)
        self.blockSignals(blocked)

    def person(self) -> tuple[int | None, str]:
        """(stakeholder id, "") for a name in the register, else (None, the typed text)."""
        text = self.currentText().strip()
        for key, name in self.people:
            if name == text:
                return key, ""
        return None, text


class RiskForm(QWidget):
    """Edits one risk; ``show_risk`` fills it from the register's row."""

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, model: RiskTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("riskForm")
        self._document = document
        self._model = model
        self.row: RiskRow | None = None
        self.scales = RiskScales()
        self._labels: dict[str, QLabel] = {}

        # -- the risk ----------------------------------------------------------------------
        self.lines: dict[str, QLineEdit] = {}
        for field in LINE_FIELDS:
            line = QLineEdit(self)
            line.setObjectName(f"risk_{field}")
            line.editingFinished.connect(lambda f=field, e=line: self._commit({f: e.text()}))
            self.lines[field] = line
        self.kind = QComboBox(self)
        for kind in RiskKind:
            self.kind.addItem("", kind.value)
        self.kind.activated.connect(lambda _i: self._commit({"kind": self.kind.currentData()}))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.activated.connect(lambda _i: self._commit_category())
        self.category.lineEdit().editingFinished.connect(self._commit_category)
        self.people: dict[str, PersonCombo] = {}
        for field in PEOPLE:
            combo = PersonCombo(self)
            combo.setObjectName(f"risk_{field}")
            combo.activated.connect(lambda _i, f=field: self._commit_person(f))
            combo.lineEdit().editingFinished.connect(lambda f=field: self._commit_person(f))
            self.people[field] = combo
        self.proximity = QComboBox(self)
        self.proximity.addItem("", "")
        for proximity in Proximity:
            self.proximity.addItem("", proximity.value)
        self.proximity.activated.connect(
            lambda _i: self._commit({"proximity": self.proximity.currentData()})
        )
        self.status = QComboBox(self)
        for status in RiskStatus:
            self.status.addItem("", status.value)
        self.status.activated.connect(
            lambda _i: self._commit({"status": self.status.currentData()})
        )
        self.dates: dict[str, OptionalDateEdit] = {}
        for field in ("date_raised", "next_review"):
            editor = OptionalDateEdit(self)
            editor.setObjectName(f"risk_{field}")
            editor.committed.connect(lambda value, f=field: self._commit({f: value}))
            self.dates[field] = editor
        self.identity = QGroupBox(self)
        form = QFormLayout(self.identity)
        self._row(form, "title", self.lines["title"])
        self._row(form, "kind", self.kind)
        self._row(form, "category", self.category)
        self._row(form, "owner", self.people["owner"])
        self._row(form, "actionee", self.people["actionee"])
        self._row(form, "raised_by", self.lines["raised_by"])
        self._row(form, "date_raised", self.dates["date_raised"])
        self._row(form, "proximity", self.proximity)
        self._row(form, "status", self.status)
        self._row(form, "next_review", self.dates["next_review"])

        # -- cause, event, effect and the response -----------------------------------------
        self.texts: dict[str, CommitPlainTextEdit] = {}
        for field in TEXT_FIELDS:
            editor = CommitPlainTextEdit(self)
            editor.setObjectName(f"risk_{field}")
            lines = 4 if field == "response_actions" else 2
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
            editor.committed.connect(lambda text, f=field: self._commit({f: text}))
            self.texts[field] = editor
        self.description = QGroupBox(self)
        form = QFormLayout(self.description)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for field in ("cause", "event", "effect"):
            self._row(form, field, self.texts[field])

        # -- assessment --------------------------------------------------------------------
        self.levels: dict[str, QComboBox] = {}
        for field in (
            "inherent_probability",
            "inherent_impact",
            "residual_probability",
            "residual_impact",
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"risk_{field}")
            combo.activated.connect(lambda _i, f=field, c=combo: self._commit({f: c.currentData()}))
            self.levels[field] = combo
        self.money: dict[str, QDoubleSpinBox] = {}
        for field in ("cost_impact_cents", "response_cost_cents"):
            spin = money_spin(self, "EUR")
            spin.setObjectName(f"risk_{field}")
            spin.editingFinished.connect(lambda f=field, s=spin: self._commit({f: spin_cents(s)}))
            self.money[field] = spin
        self.days = QSpinBox(self)
        self.days.setRange(0, MAX_SCHEDULE_DAYS)
        self.days.setObjectName("risk_schedule_impact_days")
        self.days.editingFinished.connect(
            lambda: self._commit({"schedule_impact_days": self.days.value()})
        )
        self.inherent_figures = QLabel(self)
        self.residual_figures = QLabel(self)
        for label in (self.inherent_figures, self.residual_figures):
            label.setObjectName("riskFigures")
            label.setTextFormat(Qt.TextFormat.RichText)
        self.strategy = QComboBox(self)
        self.strategy.setObjectName("risk_strategy")
        self.strategy.activated.connect(
            lambda _i: self._commit({"strategy": self.strategy.currentData()})
        )
        self.assessment = QGroupBox(self)
        form = QFormLayout(self.assessment)
        self._row(form, "inherent_probability", self.levels["inherent_probability"])
        self._row(form, "inherent_impact", self.levels["inherent_impact"])
        self._row(form, "inherent_score", self.inherent_figures)
        self._row(form, "cost_impact_cents", self.money["cost_impact_cents"])
        self._row(form, "schedule_impact_days", self.days)
        self._row(form, "residual_probability", self.levels["residual_probability"])
        self._row(form, "residual_impact", self.levels["residual_impact"])
        self._row(form, "residual_score", self.residual_figures)

        self.response = QGroupBox(self)
        form = QFormLayout(self.response)
        self._row(form, "strategy", self.strategy)
        self._row(form, "response_actions", self.texts["response_actions"])
        self._row(form, "trigger", self.texts["trigger"])
        self._row(form, "contingency", self.texts["contingency"])
        self._row(form, "response_cost_cents", self.money["response_cost_cents"])

        # -- history and links -------------------------------------------------------------
        self.history = QGroupBox(self)
        self.reviews = QTableWidget(0, 4, self)
        self.reviews.setObjectName("riskReviews")
        self.reviews.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews.verticalHeader().setVisible(False)
        self.reviews.horizontalHeader().setStretchLastSection(True)
        self.reviews.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.reviews.setWordWrap(False)
        self.add_review_button = QPushButton(self)
        self.delete_review_button = QPushButton(self)
        self.tasks = QListWidget(self)
        self.tasks.setObjectName("riskTasks")
        self.tasks.setMinimumHeight(48)
        self.reviews.setMinimumHeight(90)
        self.link_button = QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.links = QGroupBox(self)
        history = QVBoxLayout(self.history)
        history.addWidget(self.reviews, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_review_button)
        buttons.addWidget(self.delete_review_button)
        buttons.addStretch(1)
        history.addLayout(buttons)
        links = QVBoxLayout(self.links)
        links.addWidget(self.tasks, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        links.addLayout(buttons)
        self.reviews.itemSelectionChanged.connect(self._update_buttons)
        self.tasks.itemSelectionChanged.connect(self._update_buttons)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("riskFormPlaceholder")
        # Three columns: who and when with the linked tasks; what and how big; the
        # response with its history.
        self.columns = QWidget(self)
        row = QHBoxLayout(self.columns)
        row.setContentsMargins(0, 0, 0, 0)
        for stretch, groups in (
            (5, (self.identity, self.links)),
            (6, (self.description, self.assessment)),
            (8, (self.response, self.history)),
        ):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group, 1 if group in (self.links, self.history) else 0)
            row.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.columns, 1)
        self.retranslate()
        self.show_risk(None, [], [])

    def _row(self, form: QFormLayout, field: str, editor: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(editor)
        self._labels[field] = label
        form.addRow(label, editor)

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.identity.setTitle(self.tr("Risk"))
        self.description.setTitle(self.tr("Cause → event → effect"))
        self.assessment.setTitle(self.tr("Assessment"))
        self.response.setTitle(self.tr("Response"))
        self.history.setTitle(self.tr("Reviews"))
        for field, label in self._labels.items():
            text = {
                "inherent_probability": self.tr("Probability"),
                "inherent_impact": self.tr("Impact"),
                "inherent_score": self.tr("Inherent"),
                "residual_score": self.tr("Residual"),
            }.get(field, field_label(field))
            label.setText(text + ":")
        for index, kind in enumerate(RiskKind):
            self.kind.setItemText(index, kind_label(kind))
        for index, proximity in enumerate(Proximity, start=1):
            self.proximity.setItemText(index, proximity_label(proximity))
        for index, status in enumerate(RiskStatus):
            self.status.setItemText(index, risk_status_label(status))
        self.add_review_button.setText(self.tr("Add review…"))
        self.add_review_button.setToolTip(
            self.tr("Record a dated review: residual probability and impact, status, note")
        )
        self.delete_review_button.setText(self.tr("Delete review"))
        self.links.setTitle(self.tr("Linked tasks and milestones"))
        self.link_button.setText(self.tr("Link to task…"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.reviews.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("P × I"),
                self.tr("Status"),
                self.tr("Note"),
            ]
        )
        self.placeholder.setText(self.tr("Select a risk to see and edit its details."))
        if self.row is not None:
            self.show_risk(self.row, self._reviews, self.people["owner"].people)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------------
    def risk(self) -> RiskData | None:
        return None if self.row is None else self.row.risk

    def selected_review(self) -> int | None:
        rows = self.reviews.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.reviews.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def selected_task(self) -> int | None:
        item = self.tasks.currentItem()
        if item is None or not item.isSelected():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def show_risk(
        self,
        row: RiskRow | None,
        reviews: list[ReviewData],
        people: list[tuple[int, str]],
    ) -> None:
        """Fill the editors from ``row`` (None: nothing selected)."""
        self.row = row
        self._reviews = reviews
        self.placeholder.setVisible(row is None)
        self.columns.setVisible(row is not None)
        if row is None:
            return
        risk = row.risk
        model = self._model
        scales = model.scales
        self.scales = scales
        for field, line in self.lines.items():
            if line.text() != getattr(risk, field):
                line.setText(getattr(risk, field))
                line.setCursorPosition(0)
        for field, text in self.texts.items():
            text.show_text(getattr(risk, field))
        select_data(self.kind, risk.kind.value)
        self._fill_categories(risk.category)
        shared = None
        for field, combo in self.people.items():
            if combo.people != people:
                if shared is None:
                    shared = people_model(people, self)
                combo.set_people(people, shared)
            combo.show_person(getattr(risk, f"{field}_id"), getattr(risk, f"{field}_text"))
        select_data(self.proximity, risk.proximity)
        select_data(self.status, risk.status.value)
        fallback = model.status_date or risk.date_raised
        date_format = model.locale.dateFormat(QLocale.FormatType.ShortFormat)
        for field, editor in self.dates.items():
            editor.editor.setDisplayFormat(date_format)
            editor.show_value(getattr(risk, field), fallback or dt.date.today())
        for field, combo in self.levels.items():
            labels = scales.probability_labels if "probability" in field else scales.impact_labels
            _fill_levels(combo, labels, optional=field.startswith("residual"))
            select_data(combo, getattr(risk, field))
        for field, spin in self.money.items():
            blocked = spin.blockSignals(True)
            spin.setPrefix(currency_symbol(model.currency))
            spin.setValue(getattr(risk, field) / 100)
            spin.blockSignals(blocked)
        blocked = self.days.blockSignals(True)
        self.days.setValue(risk.schedule_impact_days)
        self.days.blockSignals(blocked)
        self.inherent_figures.setText(
            self._figures(
                row.inherent_score,
                row.inherent_band,
                scales.emv_cents(risk.inherent_probability, risk.cost_impact_cents),
            )
        )
        self.residual_figures.setText(self._figures(row.residual_score, row.band, row.emv_cents))
        blocked = self.strategy.blockSignals(True)
        self.strategy.clear()
        self.strategy.addItem("", "")
        for strategy in strategies_for(risk.kind):
            self.strategy.addItem(strategy_label(strategy), strategy.value)
        select_data(self.strategy, risk.strategy)
        self.strategy.blockSignals(blocked)
        self._show_reviews(reviews)
        self.tasks.clear()
        for task in risk.tasks:
            label = f"{task.row}  {task.name}"
            if task.response:
                label += "  " + self.tr("(response)")
            item = QListWidgetItem(label, self.tasks)
            item.setData(Qt.ItemDataRole.UserRole, task.task_id)
        self._set_read_only(self._document.read_only)
        self._update_buttons()

    def _figures(self, score: int, band: Any, emv_cents: int) -> str:
        colour = BAND_COLOURS[band].name()
        return self.tr(
            "score {0} <span style='background:{1}'>&nbsp;{2}&nbsp;</span> · EMV {3}"
        ).format(score, colour, band_label(band), self._model.money_text(emv_cents))

    def _show_reviews(self, reviews: list[ReviewData]) -> None:
        self.reviews.setRowCount(len(reviews))
        model = self._model
        for row, review in enumerate(reversed(reviews)):  # newest first
            score = review.probability * review.impact
            cells = (
                model.date_text(review.review_date),
                f"{review.probability} × {review.impact} = {score}",
                risk_status_label(review.status),
                review.note.replace("\n", " "),
            )
            tip = self.tr("Cost impact {0}, EMV {1}").format(
                model.money_text(review.cost_impact_cents),
                model.money_text(
                    self.scales.emv_cents(review.probability, review.cost_impact_cents)
                ),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(review.note if column == 3 else tip)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, review.id)
                if column == 1:
                    item.setBackground(BAND_COLOURS[self.scales.band(score)])
                self.reviews.setItem(row, column, item)

    def _fill_categories(self, current: str) -> None:
        combo = self.category
        blocked = combo.blockSignals(True)
        wanted = list(self.scales.categories)
        if current and current not in wanted:
            wanted.append(current)
        if [combo.itemData(i) for i in range(combo.count())] != ["", *wanted]:
            combo.clear()
            combo.addItem("", "")
            for category in wanted:
                combo.addItem(category_label(category), category)
        index = combo.findData(current)
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText(current)
        combo.blockSignals(blocked)

    def _set_read_only(self, read_only: bool) -> None:
        for line in self.lines.values():
            line.setReadOnly(read_only)
        for text in self.texts.values():
            text.setReadOnly(read_only)
        for widget in (
            self.kind,
            self.category,
            self.proximity,
            self.status,
            self.strategy,
            self.days,
            *self.people.values(),
            *self.dates.values(),
            *self.levels.values(),
            *self.money.values(),
        ):
            widget.setEnabled(not read_only)

    def _update_buttons(self) -> None:
        editable = not self._document.read_only and self.row is not None
        self.add_review_button.setEnabled(editable)
        self.delete_review_button.setEnabled(editable and self.selected_review() is not None)
        self.link_button.setEnabled(editable)
        self.unlink_button.setEnabled(editable and self.selected_task() is not None)

    # -- committing ------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Store what is typed but not yet committed, as one edit: the focus may still be in
        an editor when a toolbar button, the heat map or a filter changes what is shown."""
        risk = self.risk()
        if risk is None or self._document.read_only:
            return
        values: dict[str, Any] = {}
        for field, line in self.lines.items():
            if line.text().strip() != getattr(risk, field):
                values[field] = line.text()
        for field, text in self.texts.items():
            if text.toPlainText() != getattr(risk, field):
                values[field] = text.toPlainText()
        for field, spin in self.money.items():
            if spin_cents(spin) != getattr(risk, field):
                values[field] = spin_cents(spin)
        if self.days.value() != risk.schedule_impact_days:
            values["schedule_impact_days"] = self.days.value()
        for field, combo in self.people.items():
            key, text = combo.person()
            if (key, text) != (getattr(risk, f"{field}_id"), getattr(risk, f"{field}_text")):
                values |= {f"{field}_id": key, f"{field}_text": text}
        if values:
            self._commit(values)

    def _commit_category(self) -> None:
        index = self.category.currentIndex()
        text = self.category.currentText().strip()
        if index >= 0 and self.category.itemText(index) == text:
            value = self.category.itemData(index)
        else:
            value = text
        self._commit({"category": value})

    def _commit_person(self, field: str) -> None:
        key, text = self.people[field].person()
        self._commit({f"{field}_id": key, f"{field}_text": text})

    def _commit(self, values: dict[str, Any]) -> None:
        risk = self.risk()
        if risk is None or self._document.read_only:
            return
        if all(getattr(risk, field) == value for field, value in values.items()):
            return
        try:
            self._document.push(SetRiskFieldsCommand(self._document, risk.id, values))
        except EDIT_REFUSED as exc:
            # Put the stored values back, then say why the edit was refused.
            if self.row is not None:
                self.show_risk(self.row, self._reviews, self.people["owner"].people)
            self.edit_refused.emit(exc)


def select_data(combo: QComboBox, value: Any) -> None:
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
    combo.blockSignals(blocked)


def _fill_levels(combo: QComboBox, labels: tuple[str, ...], *, optional: bool) -> None:
    wanted = level_items(labels, optional=optional)
    if [combo.itemText(i) for i in range(combo.count())] != [text for text, _ in wanted]:
        blocked = combo.blockSignals(True)
        combo.clear()
        for text, level in wanted:
            combo.addItem(text, level)
        combo.blockSignals(blocked)
