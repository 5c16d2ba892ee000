"""Money: Dutch and English display and entry, exact splitting, half-up division."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InputRefused
from app.domain.money import (
    MAX_CENTS,
    MoneyRefused,
    allocate,
    divide_half_up,
    format_money,
    parse_money,
)


@pytest.mark.parametrize(
    ("cents", "currency", "language", "text"),
    [
        (123456, "EUR", "nl", "€ 1.234,56"),
        (-123456, "EUR", "nl", "€ -1.234,56"),
        (123456, "EUR", "en", "€1,234.56"),
        (-123456, "EUR", "en", "-€1,234.56"),
        (0, "EUR", "nl", "€ 0,00"),
        (5, "EUR", "en", "€0.05"),
        (-5, "EUR", "nl_NL", "€ -0,05"),
        (100_000_000_00, "EUR", "nl-NL", "€ 100.000.000,00"),
        (99, "USD", "en-US", "$0.99"),
        (1234500, "GBP", "en-GB", "£12,345.00"),
        (1234500, "GBP", "nl", "£ 12.345,00"),
        (1234500, "CHF", "en", "CHF 12,345.00"),
        (-1234500, "CHF", "en", "-CHF 12,345.00"),
        (1234500, "chf", "nl", "CHF 12.345,00"),
        (1234500, "EUR", "de", "€12,345.00"),  # other languages write it the English way
    ],
)
def test_format_money(cents: int, currency: str, language: str, text: str) -> None:
    assert format_money(cents, currency, language) == text


@pytest.mark.parametrize(
    ("text", "dutch", "english"),
    [
        ("1.234,56", 123456, 123456),
        ("1234.56", 123456, 123456),
        ("1234,56", 123456, 123456),
        ("€ 1.234", 123400, None),  # English: 1.234 has three decimals
        ("1,234.56", 123456, 123456),
        ("1,234", None, 123400),  # Dutch: 1,234 has three decimals
        ("€ -1.234,56", -123456, -123456),
        ("-€1,234.56", -123456, -123456),
        ("−12", -1200, -1200),  # Unicode minus sign
        ("+12", 1200, 1200),
        ("(1.234,50)", -123450, -123450),
        ("12,50-", -1250, -1250),
        ("€ 12,-", 1200, 1200),
        ("EUR 1 234,50", 123450, 123450),
        ("1\u00a0234,50 euro", 123450, 123450),
        ("USD 7", 700, 700),
        ("1.234.567,8", 123456780, 123456780),
        ("1,234,567", 123456700, 123456700),
        ("0,5", 50, 50),
        (",5", 50, 50),
        ("0", 0, 0),
        ("  42  ", 4200, 4200),
    ],
)
def test_parse_money(text: str, dutch: int | None, english: int | None) -> None:
    for language, expected in (("nl", dutch), ("en", english)):
        if expected is None:
            with pytest.raises(MoneyRefused) as refused:
                parse_money(text, language)
            assert refused.value.code == "too_many_decimals"
        else:
            assert parse_money(text, language) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("€", "empty"),
        ("abc", "empty"),
        ("twelve", "not_a_number"),
        ("1e5", "not_a_number"),
        ("--5", "not_a_number"),
        ("12,3a", "not_a_number"),
        ("1.", "not_a_number"),
        ("12.34.56", "bad_grouping"),
        ("1.2,5", "bad_grouping"),
        ("1234.567,00", "bad_grouping"),
        ("1,234,56", "bad_grouping"),
        ("1.234,567", "too_many_decimals"),
        ("0,001", "too_many_decimals"),
        ("10.000.000.000.001", "too_large"),
    ],
)
def test_parse_money_refuses_junk_with_a_reason(text: str, code: str) -> None:
    with pytest.raises(MoneyRefused) as refused:
        parse_money(text, "nl")
    assert refused.value.code == code
    message = str(refused.value)
    assert message.startswith(repr(text)) and "is not an amount of money: " in message
    assert isinstance(refused.value, InputRefused)  # shown to the user as it is


def test_parse_money_message_names_the_rule() -> None:
    with pytest.raises(ValueError, match=r"'1,234' is not an amount of money: .*two decimals"):
        parse_money("1,234", "nl")


@given(
    st.integers(-MAX_CENTS, MAX_CENTS),
    st.sampled_from(["EUR", "USD", "GBP", "CHF"]),
    st.sampled_from(["nl", "en", "nl-NL", "en-GB"]),
)
def test_what_is_shown_reads_back_to_the_cent(cents: int, currency: str, language: str) -> None:
    assert parse_money(format_money(cents, currency, language), language) == cents


# --- allocate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "shares"),
    [
        (100, [1, 1, 1], [34, 33, 33]),  # the tie goes to the first
        (-100, [1, 1, 1], [-34, -33, -33]),  # a credit mirrors a charge
        (10, [0, 1, 0, 3], [0, 3, 0, 7]),
        (7, [Decimal("0.5"), Decimal("0.25"), Decimal("0.25")], [3, 2, 2]),
        (7, [0.5, 0.25, 0.25], [3, 2, 2]),
        (1, [Fraction(1, 3), Fraction(2, 3)], [0, 1]),
        (5, [2, 3, 5], [1, 2, 2]),  # remainders 0.0, 0.5, 0.5: the earlier 0.5 wins
        (0, [0, 0], [0, 0]),
        (0, [], []),
        (1_000_000_07, [1], [1_000_000_07]),
    ],
)
def test_allocate(total: int, weights: list[int | Decimal | float], shares: list[int]) -> None:
    assert allocate(total, weights) == shares


def test_allocate_refuses_what_cannot_be_split() -> None:
    with pytest.raises(ValueError, match="no weight"):
        allocate(5, [0, 0])
    with pytest.raises(ValueError, match="no weight"):
        allocate(5, [])
    with pytest.raises(ValueError, match="negative"):
        allocate(5, [1, -1, 3])


@given(
    st.integers(-(10**12), 10**12),
    st.lists(st.integers(0, 10**6), min_size=1, max_size=30).filter(any),
)
def test_allocate_sums_exactly_and_stays_within_a_cent(total: int, weights: list[int]) -> None:
    shares = allocate(total, weights)
    assert sum(shares) == total
    whole = sum(weights)
    for share, weight in zip(shares, weights, strict=True):
        exact = Fraction(total * weight, whole)
        assert abs(share - exact) < 1
        if weight == 0:
            assert share == 0
    assert allocate(total, weights) == shares  # deterministic
    assert allocate(-total, weights) == [-s for s in shares]


@pytest.mark.parametrize(
    ("numerator", "denominator", "quotient"),
    [
        (5, 2, 3),
        (-5, 2, -3),
        (5, -2, -3),
        (7, 3, 2),
        (-7, 3, -2),
        (8, 3, 3),
        (1, 3, 0),
        (0, 7, 0),
        (150, 100, 2),
        (149, 100, 1),
    ],
)
def test_divide_half_up_rounds_halves_away_from_zero(
    numerator: int, denominator: int, quotient: int
) -> None:
    assert divide_half_up(numerator, denominator) == quotient


def test_divide_half_up_by_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        divide_half_up(1, 0)
