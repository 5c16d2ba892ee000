"""Charter edits are checked before they are stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.domain.validation import InvalidValue
from app.services.charter import read_charter, set_charter_field
from app.services.project_file import create_project


def test_charter_fields_are_stored_and_checked(tmp_path: Path) -> None:
    store = create_project(tmp_path / "p.koers", "P", dt.date(2026, 1, 5))
    with store.new_session() as session:
        change = set_charter_field(session, "target_finish", dt.date(2026, 6, 30))
        assert change.project_fields == {"target_finish"}
        set_charter_field(session, "currency", "usd")
        set_charter_field(session, "name", "  Renamed  ")
        with pytest.raises(InvalidValue) as refused:
            set_charter_field(session, "start_date", dt.date(2026, 7, 1))
        assert refused.value.code == "before_start"
        with pytest.raises(InvalidValue):
            set_charter_field(session, "name", "")
        with pytest.raises(InvalidValue):
            set_charter_field(session, "start_date", None)
        charter = read_charter(session)
    store.close()
    assert charter.target_finish == dt.date(2026, 6, 30)
    assert charter.start_date == dt.date(2026, 1, 5)
    assert charter.currency == "USD"
    assert charter.name == "Renamed"
