"""User text in spreadsheet cells: stored so that every string comes back exactly.

XML 1.0 cannot hold most control characters, and XML parsers turn a CR into a LF. Excel's
own answer (ECMA-376 ST_Xstring) is the escape ``_xHHHH_`` for such a character; an
underscore that would otherwise start such an escape is itself written ``_x005F_``. Excel,
LibreOffice and Koers decode them on reading.

Formula safety is the writer's job (a cell of type string with the quote prefix): this
module only says which texts look like formulas to a spreadsheet.
"""

from __future__ import annotations

import re

# Characters XML 1.0 forbids, plus CR (parsers fold it into LF) and the noncharacters.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# A cell starting with one of these is a formula to Excel or LibreOffice (or CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def encode_cell_text(text: str) -> str:
    """The text as a cell can store it: escapes for what XML cannot hold."""
    text = _LOOKS_ESCAPED.sub("_x005F_", text)
    return _UNSAFE.sub(lambda match: f"_x{ord(match.group()):04X}_", text)


def decode_cell_text(text: str) -> str:
    """The user's text back from a cell written by ``encode_cell_text`` (or by Excel)."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would take this text for a formula if it were not protected."""
    return text.startswith(FORMULA_STARTS)
