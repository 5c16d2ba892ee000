"""One declarative base and the column types every entity shares."""

from __future__ import annotations

import enum
from typing import Any, Generic, TypeVar

from sqlalchemy import MetaData, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every table in a .koers file."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


E = TypeVar("E", bound=enum.Enum)


class EnumText(TypeDecorator[E], Generic[E]):
    """Stores an enum by its value as text, so files stay readable and stable."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_type: type[E], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum_type = enum_type

    def process_bind_param(self, value: E | None, dialect: Dialect) -> str | None:
        return None if value is None else str(self.enum_type(value).value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum_type(value)
