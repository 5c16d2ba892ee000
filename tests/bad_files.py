"""Files Koers must refuse: made from a real project so only the one defect differs."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from app.models.schema import SCHEMA_VERSION


def make_refused_files(folder: Path, project: Path) -> dict[str, Path]:
    """A text file, a foreign SQLite database, a newer-schema file and one with scribbled pages."""
    text = folder / "text.koers"
    text.write_text("Dit is geen project.\n" * 10)
    foreign = folder / "foreign.koers"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    newer = folder / "newer.koers"
    data = bytearray(project.read_bytes())
    data[60:64] = struct.pack(">i", SCHEMA_VERSION + 1)
    newer.write_bytes(bytes(data))
    scribbled = folder / "scribbled.koers"
    data = bytearray(project.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    for number in range(1, len(data) // page):
        data[number * page + 8 : number * page + 40] = b"\x5a" * 32
    scribbled.write_bytes(bytes(data))
    return {"text": text, "foreign": foreign, "newer": newer, "damaged": scribbled}
