"""Every string survives a spreadsheet cell: escapes for what XML cannot hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.io.cell_text import decode_cell_text, encode_cell_text, looks_like_formula

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)


@given(TEXT)
def test_any_text_round_trips(text: str) -> None:
    assert decode_cell_text(encode_cell_text(text)) == text


@given(TEXT)
def test_encoded_text_holds_only_xml_characters(text: str) -> None:
    encoded = encode_cell_text(text)
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in encoded)
    assert "\ufffe" not in encoded and "\uffff" not in encoded


def test_examples() -> None:
    assert encode_cell_text("a\rb") == "a_x000D_b"
    assert encode_cell_text("_x0041_") == "_x005F_x0041_"
    assert decode_cell_text("_x005F_x0041_") == "_x0041_"
    assert encode_cell_text("plain_text x") == "plain_text x"
    assert looks_like_formula("=HYPERLINK(1)") and looks_like_formula("@SUM(A1)")
    assert looks_like_formula("-1") and not looks_like_formula("1-")
