"""The tables of a project file, as typed SQLAlchemy 2 entities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.requirements import MoSCoW, RequirementStatus
from app.models.base import Base, EnumText


class Project(Base):
    """The single row holding the charter; a file holds exactly one project."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    code: Mapped[str] = mapped_column(String(64), default="")
    sponsor: Mapped[str] = mapped_column(String(255), default="")
    manager: Mapped[str] = mapped_column(String(255), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    target_finish: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    goal: Mapped[str] = mapped_column(Text, default="")
    scope_in: Mapped[str] = mapped_column(Text, default="")
    scope_out: Mapped[str] = mapped_column(Text, default="")
    assumptions: Mapped[str] = mapped_column(Text, default="")
    constraints: Mapped[str] = mapped_column(Text, default="")


class Requirement(Base):
    """One line of the requirements list, kept in the order the user gave it."""

    __tablename__ = "requirement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[MoSCoW] = mapped_column(EnumText(MoSCoW), default=MoSCoW.SHOULD)
    source: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[RequirementStatus] = mapped_column(
        EnumText(RequirementStatus), default=RequirementStatus.PROPOSED
    )
    acceptance_criteria: Mapped[str] = mapped_column(Text, default="")
