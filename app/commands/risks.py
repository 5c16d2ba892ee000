"""Undoable edits of the risk register, including a response becoming a task and a risk
occurring becoming an issue; each redo brings back the same rows (same ids and codes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands.base import DocumentCommand
from app.commands.document import ProjectDocument
from app.commands.view_settings import SetViewSettingCommand
from app.domain.risks import RiskScales
from app.services import risks as service
from app.services.changes import ChangeSet


class InsertRiskCommand(DocumentCommand):
    """Add a risk (R-nnn chosen on the first redo, kept on later ones)."""

    def __init__(
        self, document: ProjectDocument, values: service.RiskData, position: int | None = None
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add risk"))
        self.values = values
        self.position = position
        self.inserted: service.RiskData | None = None
        self.counter: str | None = None

    def forward(self) -> ChangeSet:
        change, self.inserted, self.counter = self.document.execute(
            service.insert_risk, self.values, self.position
        )
        self.values = service.with_identity(self.values, self.inserted)
        return change

    def backward(self) -> ChangeSet:
        assert self.inserted is not None
        return self.document.execute(service.undo_insert_risk, self.inserted.id, self.counter)


class DeleteRiskCommand(DocumentCommand):
    """Delete a risk with its links and reviews; undo restores it and re-points its issues."""

    def __init__(self, document: ProjectDocument, risk_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete risk"))
        self.risk_id = risk_id
        self.removed: service.RemovedRisk | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(service.delete_risk, self.risk_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(service.restore_risk, self.removed)


class SetRiskFieldsCommand(DocumentCommand):
    """Change some fields of one risk (a field, or an owner's id and text together)."""

    def __init__(
        self,
        document: ProjectDocument,
        risk_id: int,
        values: Mapping[str, Any],
        text: str | None = None,
    ) -> None:
        super().__init__(document, text or QCoreApplication.translate("Commands", "Edit risk"))
        self.risk_id = risk_id
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.old = self.document.execute(service.set_risk_fields, self.risk_id, self.values)
        return change

    def backward(self) -> ChangeSet:
        change, _ = self.document.execute(service.set_risk_fields, self.risk_id, self.old)
        return change


class LinkRiskTaskCommand(DocumentCommand):
    """Link a risk to a task or milestone it affects."""

    def __init__(self, document: ProjectDocument, risk_id: int, task_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Link risk to task"))
        self.risk_id = risk_id
        self.task_id = task_id
        self.link_id: int | None = None

    def forward(self) -> ChangeSet:
        change, self.link_id = self.document.execute(
            service.link_risk_task, self.risk_id, self.task_id, link_id=self.link_id
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.link_id is not None
        return self.document.execute(service.remove_risk_link, self.risk_id, self.link_id)


class UnlinkRiskTaskCommand(DocumentCommand):
    """Remove a risk's link to a task."""

    def __init__(self, document: ProjectDocument, risk_id: int, task_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Unlink risk from task"))
        self.risk_id = risk_id
        self.task_id = task_id
        self.link: dict[str, Any] | None = None

    def forward(self) -> ChangeSet:
        change, self.link = self.document.execute(
            service.unlink_risk_task, self.risk_id, self.task_id
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.link is not None
        return self.document.execute(service.restore_risk_link, self.link)


class AddRiskReviewCommand(DocumentCommand):
    """Record a review: a dated snapshot that also updates the risk's current assessment."""

    def __init__(
        self,
        document: ProjectDocument,
        risk_id: int,
        review: service.ReviewData,
        next_review: dt.date | str | None = service.KEEP,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Add risk review"))
        self.risk_id = risk_id
        self.review = review
        self.next_review = next_review
        self.old: dict[str, Any] = {}

    def forward(self) -> ChangeSet:
        change, self.review, self.old = self.document.execute(
            service.add_review, self.risk_id, self.review, self.next_review
        )
        return change

    def backward(self) -> ChangeSet:
        return self.document.execute(
            service.undo_add_review, self.review.id, self.risk_id, self.old
        )


class DeleteRiskReviewCommand(DocumentCommand):
    """Remove one snapshot from a risk's history."""

    def __init__(self, document: ProjectDocument, review_id: int) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Delete risk review"))
        self.review_id = review_id
        self.removed: service.ReviewData | None = None

    def forward(self) -> ChangeSet:
        change, self.removed = self.document.execute(service.delete_review, self.review_id)
        return change

    def backward(self) -> ChangeSet:
        assert self.removed is not None
        return self.document.execute(service.restore_review, self.removed)


class ResponseToTaskCommand(DocumentCommand):
    """A risk's response becomes a task in the schedule, linked as its response.

    Undo removes the task and its link; redo brings back the same task.
    """

    def __init__(
        self,
        document: ProjectDocument,
        risk_id: int,
        parent_id: int | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Response to task"))
        self.risk_id = risk_id
        self.parent_id = parent_id
        self.name = name
        self.made: service.ResponseTask | None = None

    def forward(self) -> ChangeSet:
        made = self.made
        change, self.made = self.document.execute(
            service.response_to_task,
            self.risk_id,
            parent_id=self.parent_id,
            name=made.name if made is not None else self.name,
            task_id=made.task_id if made is not None else 0,
            link_id=made.link_id if made is not None else 0,
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.made is not None
        return self.document.execute(service.undo_response_to_task, self.risk_id, self.made)


class RiskOccurredCommand(DocumentCommand):
    """A risk occurred: its status becomes "occurred" and an issue is raised from it.

    Undo removes the issue and puts the status back; redo raises the same issue.
    """

    def __init__(
        self, document: ProjectDocument, risk_id: int, date_raised: dt.date | None
    ) -> None:
        super().__init__(document, QCoreApplication.translate("Commands", "Risk occurred"))
        self.risk_id = risk_id
        self.date_raised = date_raised
        self.occurrence: service.Occurrence | None = None

    def forward(self) -> ChangeSet:
        before = self.occurrence
        change, self.occurrence = self.document.execute(
            service.risk_occurred,
            self.risk_id,
            self.date_raised,
            issue_id=before.issue.id if before is not None else 0,
            issue_ref=before.issue.ref if before is not None else "",
        )
        return change

    def backward(self) -> ChangeSet:
        assert self.occurrence is not None
        return self.document.execute(service.undo_risk_occurred, self.risk_id, self.occurrence)


class SetRiskScalesCommand(SetViewSettingCommand):
    """Save the project's risk settings: scale labels, thresholds, EMV percentages, categories."""

    def __init__(self, document: ProjectDocument, scales: RiskScales) -> None:
        super().__init__(
            document,
            service.SCALES_KEY,
            scales.validate().to_json(),
            QCoreApplication.translate("Commands", "Risk settings"),
        )
        self.scales = scales
