"""The risk register's rules: vocabularies, scales, scores, bands, EMV and the exposure trend.

Scores are probability × impact on 1–5 scales (1–25). The project chooses the labels
of the scales, the score from which a risk is medium, high or critical, the
percentage each probability level stands for (for the expected monetary value) and
its list of categories; those settings travel with the project as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from app.domain.validation import MAX_NAME_LENGTH, InvalidValue

SCALE = range(1, 6)
MAX_SCORE = 25
MAX_CENTS = 10**15  # ten trillion in currency units: more than any project's budget
MAX_SCHEDULE_DAYS = 100_000
MAX_CATEGORIES = 50
MAX_CATEGORY_LENGTH = 64


class RiskKind(StrEnum):
    THREAT = "threat"
    OPPORTUNITY = "opportunity"


class RiskStatus(StrEnum):
    IDENTIFIED = "identified"
    ASSESSED = "assessed"
    RESPONSE_PLANNED = "response_planned"
    MONITORING = "monitoring"
    CLOSED = "closed"
    OCCURRED = "occurred"


class Strategy(StrEnum):
    AVOID = "avoid"
    REDUCE = "reduce"
    TRANSFER = "transfer"
    SHARE = "share"
    ACCEPT = "accept"
    ESCALATE = "escalate"
    FALLBACK = "fallback"
    EXPLOIT = "exploit"
    ENHANCE = "enhance"


class Proximity(StrEnum):
    """When the risk would strike (PRINCE2's proximity)."""

    IMMINENT = "imminent"
    WITHIN_STAGE = "within_stage"
    WITHIN_PROJECT = "within_project"
    BEYOND_PROJECT = "beyond_project"


class Band(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


THREAT_STRATEGIES = (
    Strategy.AVOID,
    Strategy.REDUCE,
    Strategy.TRANSFER,
    Strategy.SHARE,
    Strategy.ACCEPT,
    Strategy.ESCALATE,
    Strategy.FALLBACK,
)
OPPORTUNITY_STRATEGIES = (
    Strategy.EXPLOIT,
    Strategy.ENHANCE,
    Strategy.SHARE,
    Strategy.ACCEPT,
    Strategy.ESCALATE,
)
CLOSED_STATUSES = frozenset({RiskStatus.CLOSED, RiskStatus.OCCURRED})
DEFAULT_CATEGORIES = (
    "schedule",
    "cost",
    "scope",
    "quality",
    "technical",
    "supplier",
    "security",
    "legal",
    "organisation",
)
DEFAULT_PROBABILITY_LABELS = ("very low", "low", "medium", "high", "very high")
DEFAULT_IMPACT_LABELS = ("very low", "low", "medium", "high", "very high")
DEFAULT_EMV_PERCENT = (10, 30, 50, 70, 90)

REFERENCE_PREFIX = "R-"


def strategies_for(kind: RiskKind) -> tuple[Strategy, ...]:
    """The responses that fit a threat, or an opportunity."""
    return THREAT_STRATEGIES if kind is RiskKind.THREAT else OPPORTUNITY_STRATEGIES


def check_strategy(kind: RiskKind, strategy: str) -> str:
    """An empty strategy (none chosen yet) or one that suits ``kind``."""
    if strategy == "":
        return ""
    try:
        chosen = Strategy(strategy)
    except ValueError:
        raise InvalidValue("strategy", "not_a_strategy", str(strategy)) from None
    if chosen not in strategies_for(kind):
        raise InvalidValue("strategy", "not_for_kind", f"{chosen.value} for {kind.value}")
    return chosen.value


def check_level(field: str, value: object, *, optional: bool = False) -> int | None:
    """A point on a 1–5 scale (None allowed for a residual value not yet assessed)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", repr(value)[:40])
    if value not in SCALE:
        raise InvalidValue(field, "out_of_range", str(value))
    return value


def check_cents(field: str, value: object) -> int:
    """An amount of money in cents, zero or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", repr(value)[:40])
    if not 0 <= value <= MAX_CENTS:
        raise InvalidValue(field, "out_of_range", str(value))
    return value


def is_open(status: RiskStatus | str) -> bool:
    """A risk still to be watched: neither closed nor turned into an issue."""
    return RiskStatus(status) not in CLOSED_STATUSES


def review_overdue(
    next_review: dt.date | None, status: RiskStatus | str, status_date: dt.date | None
) -> bool:
    """An open risk whose next review lies before the project's status date."""
    return (
        next_review is not None
        and status_date is not None
        and is_open(status)
        and next_review < status_date
    )


def reference_number(ref: str, prefix: str = REFERENCE_PREFIX) -> int:
    """The number in a code such as R-012 (0 when it is not one)."""
    digits = ref[len(prefix) :]
    if ref.startswith(prefix) and digits.isascii() and digits.isdigit():
        return int(digits)
    return 0


def next_reference(
    existing: Iterable[str], last_issued: int = 0, prefix: str = REFERENCE_PREFIX
) -> str:
    """The code after the highest in use and the highest ever issued, so none is reused."""
    highest = max([0, last_issued, *(reference_number(ref, prefix) for ref in existing)])
    return f"{prefix}{highest + 1:03d}"


def _labels(name: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or len(value) != len(SCALE):
        raise InvalidValue(name, "wrong_count", "five labels, 1 to 5")
    labels: list[str] = []
    for given in value:
        if not isinstance(given, str):
            raise InvalidValue(name, "not_text")
        label = given.strip()
        if not label:
            raise InvalidValue(name, "required")
        if len(label) > MAX_NAME_LENGTH:
            raise InvalidValue(name, "too_long", str(MAX_NAME_LENGTH))
        labels.append(label)
    return tuple(labels)


@dataclass(frozen=True, slots=True)
class RiskScales:
    """The project's risk settings: scale labels, band thresholds, EMV percentages, categories.

    A score (probability × impact, 1–25) is low below ``medium_from``, medium from
    ``medium_from``, high from ``high_from`` and critical from ``critical_from``; the
    defaults give low 1–4, medium 5–9, high 10–16 and critical 20–25.
    ``emv_percent[p - 1]`` is the chance, in percent, that probability level ``p`` stands for.
    """

    probability_labels: tuple[str, ...] = DEFAULT_PROBABILITY_LABELS
    impact_labels: tuple[str, ...] = DEFAULT_IMPACT_LABELS
    medium_from: int = 5
    high_from: int = 10
    critical_from: int = 20
    emv_percent: tuple[int, ...] = DEFAULT_EMV_PERCENT
    categories: tuple[str, ...] = field(default=DEFAULT_CATEGORIES)

    def validate(self) -> RiskScales:
        """Return self when every value is acceptable; InvalidValue names the first that is not."""
        _labels("probability_labels", self.probability_labels)
        _labels("impact_labels", self.impact_labels)
        thresholds = (self.medium_from, self.high_from, self.critical_from)
        for name, value in zip(
            ("medium_from", "high_from", "critical_from"), thresholds, strict=True
        ):
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidValue(name, "not_a_number", repr(value)[:40])
            if not 2 <= value <= MAX_SCORE:
                raise InvalidValue(name, "out_of_range", str(value))
        if not self.medium_from < self.high_from < self.critical_from:
            raise InvalidValue("thresholds", "not_increasing", str(thresholds))
        if not isinstance(self.emv_percent, tuple) or len(self.emv_percent) != len(SCALE):
            raise InvalidValue("emv_percent", "wrong_count", "five percentages, 1 to 5")
        for percent in self.emv_percent:
            if isinstance(percent, bool) or not isinstance(percent, int):
                raise InvalidValue("emv_percent", "not_a_number", repr(percent)[:40])
            if not 0 <= percent <= 100:
                raise InvalidValue("emv_percent", "out_of_range", str(percent))
        if list(self.emv_percent) != sorted(self.emv_percent):
            raise InvalidValue("emv_percent", "not_increasing", str(self.emv_percent))
        check_categories(self.categories)
        return self

    def replace(self, **changes: Any) -> RiskScales:
        return replace(self, **changes).validate()

    def to_json(self) -> str:
        """A stable JSON object (sorted keys); ``from_json`` reads it back exactly."""
        data = {
            "version": 1,
            "probability_labels": list(self.probability_labels),
            "impact_labels": list(self.impact_labels),
            "thresholds": {
                "medium": self.medium_from,
                "high": self.high_from,
                "critical": self.critical_from,
            },
            "emv_percent": list(self.emv_percent),
            "categories": list(self.categories),
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RiskScales:
        """Read settings; a missing key keeps its default, unknown keys are ignored.

        Text that is not a JSON object, or a value of the wrong type or out of range,
        is InvalidValue.
        """
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise InvalidValue("risk_scales", "unreadable", str(exc)[:200]) from exc
        if not isinstance(data, dict):
            raise InvalidValue("risk_scales", "unreadable", "not a JSON object")
        defaults = cls()
        changes: dict[str, Any] = {}
        for name in ("probability_labels", "impact_labels"):
            if name in data:
                changes[name] = _labels(name, data[name])
        thresholds = data.get("thresholds", {})
        if not isinstance(thresholds, dict):
            raise InvalidValue("thresholds", "unreadable", "not a JSON object")
        for key in ("medium", "high", "critical"):
            if key in thresholds:
                changes[f"{key}_from"] = thresholds[key]
        if "emv_percent" in data:
            if not isinstance(data["emv_percent"], list):
                raise InvalidValue("emv_percent", "wrong_count", "five percentages, 1 to 5")
            changes["emv_percent"] = tuple(data["emv_percent"])
        if "categories" in data:
            if not isinstance(data["categories"], list):
                raise InvalidValue("categories", "unreadable", "not a list")
            changes["categories"] = check_categories(data["categories"])
        return defaults.replace(**changes)

    # -- scoring ------------------------------------------------------------------------
    def band(self, score: int) -> Band:
        """The band of a score by this project's thresholds."""
        if score >= self.critical_from:
            return Band.CRITICAL
        if score >= self.high_from:
            return Band.HIGH
        if score >= self.medium_from:
            return Band.MEDIUM
        return Band.LOW

    def band_of(self, probability: int, impact: int) -> Band:
        return self.band(score(probability, impact))

    def emv_cents(self, probability: int, cost_impact_cents: int) -> int:
        """Expected monetary value: the level's percentage of the cost impact, in whole cents.

        Exact integer arithmetic, half a cent rounded up.
        """
        check_level("probability", probability)
        return (self.emv_percent[probability - 1] * cost_impact_cents + 50) // 100


def check_categories(categories: Sequence[object]) -> tuple[str, ...]:
    """Distinct, non-empty category names (at most 50, each at most 64 characters)."""
    if len(categories) > MAX_CATEGORIES:
        raise InvalidValue("categories", "too_many", str(MAX_CATEGORIES))
    seen: set[str] = set()
    result: list[str] = []
    for category in categories:
        if not isinstance(category, str):
            raise InvalidValue("categories", "not_text")
        name = category.strip()
        if not name:
            raise InvalidValue("categories", "required")
        if len(name) > MAX_CATEGORY_LENGTH:
            raise InvalidValue("categories", "too_long", str(MAX_CATEGORY_LENGTH))
        if name.casefold() in seen:
            raise InvalidValue("categories", "duplicate", name)
        seen.add(name.casefold())
        result.append(name)
    return tuple(result)


def score(probability: int, impact: int) -> int:
    """Probability × impact, each on 1–5."""
    check_level("probability", probability)
    check_level("impact", impact)
    return probability * impact


def residual_levels(
    inherent_probability: int,
    inherent_impact: int,
    residual_probability: int | None,
    residual_impact: int | None,
) -> tuple[int, int]:
    """The residual probability and impact, each falling back to the inherent one until assessed."""
    return (
        inherent_probability if residual_probability is None else residual_probability,
        inherent_impact if residual_impact is None else residual_impact,
    )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A risk as one review found it (residual probability and impact, cost impact, status)."""

    risk_id: int
    review_date: dt.date
    probability: int
    impact: int
    cost_impact_cents: int
    status: RiskStatus | str
    kind: RiskKind = RiskKind.THREAT


@dataclass(frozen=True, slots=True)
class ExposurePoint:
    review_date: dt.date
    emv_cents: int  # total residual EMV of the open threats
    score: int  # total residual score of the open threats
    open_risks: int


def exposure_trend(snapshots: Iterable[Snapshot], scales: RiskScales) -> list[ExposurePoint]:
    """Total exposure on each date on which any review was held, oldest first.

    On a review date D every risk counts as its latest snapshot on or before D (on
    the same day, the last one given); a risk with no snapshot yet does not count,
    and neither does one whose latest snapshot is closed or occurred. The exposure
    is the sum of the residual EMV (``scales.emv_cents`` of the snapshot's probability
    and cost impact) and the sum of the residual scores (probability × impact) of
    the open *threats*: an opportunity is a possible gain, not exposure, so it is
    left out of both sums. ``open_risks`` counts the threats that were summed.
    """
    by_risk: dict[int, list[Snapshot]] = {}
    for snapshot in sorted(snapshots, key=lambda s: s.review_date):  # stable: given order on a day
        by_risk.setdefault(snapshot.risk_id, []).append(snapshot)
    dates = sorted({s.review_date for history in by_risk.values() for s in history})
    points: list[ExposurePoint] = []
    cursor = dict.fromkeys(by_risk, -1)
    for day in dates:
        emv = total = count = 0
        for risk_id, history in by_risk.items():
            index = cursor[risk_id]
            while index + 1 < len(history) and history[index + 1].review_date <= day:
                index += 1
            cursor[risk_id] = index
            if index < 0:
                continue
            latest = history[index]
            if RiskKind(latest.kind) is not RiskKind.THREAT or not is_open(latest.status):
                continue
            emv += scales.emv_cents(latest.probability, latest.cost_impact_cents)
            total += score(latest.probability, latest.impact)
            count += 1
        points.append(ExposurePoint(day, emv, total, count))
    return points


def risk_exposure(
    scales: RiskScales,
    inherent: tuple[int, int],
    residual: tuple[int | None, int | None],
    cost_impact_cents: int,
) -> tuple[int, Band, int, int, Band, int]:
    """(inherent score, band, EMV, residual score, band, EMV) of one risk."""
    residual_p, residual_i = residual_levels(*inherent, *residual)
    inherent_score = score(*inherent)
    residual_score = score(residual_p, residual_i)
    return (
        inherent_score,
        scales.band(inherent_score),
        scales.emv_cents(inherent[0], cost_impact_cents),
        residual_score,
        scales.band(residual_score),
        scales.emv_cents(residual_p, cost_impact_cents),
    )
