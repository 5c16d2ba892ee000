"""Money as integer cents: display and entry in Dutch and English, and exact splitting of sums.

Amounts are always ``int`` cents; nothing here goes through float, so an amount typed, shown
and typed again comes back to the same cent, and a split always adds up to the whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from math import lcm

from app.domain.errors import InputRefused

MAX_CENTS = 10**15  # ten trillion in currency units, as for risks: more than any budget

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}

# Every way people write a currency around an amount: symbols, and codes as whole words.
_CURRENCY_TEXT = re.compile(r"[€$£]|\b(?:[a-z]{3}|euros?)\b", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")  # spaces, no-break spaces, Swiss apostrophe
_NUMBER = re.compile(r"\d[\d.,]*|[.,]\d+")


def is_dutch(language: str) -> bool:
    """Whether a language tag (nl, nl-NL, nl_BE) writes numbers the Dutch way."""
    return language.strip().lower().replace("_", "-").split("-")[0] == "nl"


def currency_symbol(currency: str) -> str:
    """The symbol shown for a currency code; codes without one are shown as the code."""
    return CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())


def format_money(cents: int, currency: str, language: str) -> str:
    """An amount as its users write it: Dutch "€ 1.234,56", English "€1,234.56".

    Dutch puts the minus after the symbol ("€ -1.234,56", the form Dutch style guides and
    Excel's nl-NL currency format use); English puts it first ("-€1,234.56"). A currency
    without a symbol of its own is written as its code and a space in both languages.
    """
    units, rest = divmod(abs(cents), 100)
    grouped = f"{units:,}"
    symbol = currency_symbol(currency)
    if is_dutch(language):
        number = f"{grouped.replace(',', '.')},{rest:02d}"
        return f"{symbol} -{number}" if cents < 0 else f"{symbol} {number}"
    number = f"{grouped}.{rest:02d}"
    prefix = symbol if len(symbol) == 1 else f"{symbol} "
    return f"-{prefix}{number}" if cents < 0 else f"{prefix}{number}"


class MoneyRefused(InputRefused):
    """Text that is not an amount of money; ``code`` names why, for translated messages."""

    def __init__(self, text: str, code: str, why: str) -> None:
        super().__init__(f"{_show(text)} is not an amount of money: {why}")
        self.text = text
        self.code = code


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def parse_money(text: str, language: str) -> int:
    """Cents from what a person typed: "1.234,56", "1234.56", "€ 1.234", "1,234.56", "12,-".

    Where the text is unambiguous the language does not matter ("1.234,56" and "1,234.56"
    both have a decimal part after the last separator). A single separator followed by
    exactly three digits is the language's thousands separator when it is that one
    (Dutch "1.234" is 1234, English "1,234" is 1234); otherwise it is the decimal mark. More
    than two decimals are refused rather than rounded: money is exact.
    """
    raw = text
    body = _SPACES.sub("", _CURRENCY_TEXT.sub("", text))
    if not body:
        raise MoneyRefused(raw, "empty", "there is no number in it")
    for whole_units in (",--", ",-", ".--", ".-"):  # "€ 12,-": whole euros, as Dutch prices go
        if body.endswith(whole_units) and len(body) > len(whole_units):
            body = body[: -len(whole_units)]
            break
    negative = False
    if body.startswith("(") and body.endswith(")"):  # accounting style: (1.234,56)
        negative, body = True, body[1:-1]
    if body and body[0] in "-+−":
        negative, body = negative or body[0] != "+", body[1:]
    elif body[-1:] == "-":  # 1.234,56- as some ledgers print it
        negative, body = True, body[:-1]
    match = _NUMBER.fullmatch(body)
    if match is None:
        raise MoneyRefused(raw, "not_a_number", "use digits, with . or , as separators")
    whole, fraction = _split(body, raw, grouping="." if is_dutch(language) else ",")
    if len(fraction) > 2:
        raise MoneyRefused(raw, "too_many_decimals", "an amount has at most two decimals")
    cents = int(whole or "0") * 100 + int(fraction.ljust(2, "0") or "0")
    if cents > MAX_CENTS:
        raise MoneyRefused(raw, "too_large", "it is more than any project's budget")
    return -cents if negative else cents


def _split(body: str, raw: str, grouping: str) -> tuple[str, str]:
    """Whole digits and decimal digits, after checking thousands separators are in place."""
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot < 0 and last_comma < 0:
        return body, ""
    if last_dot >= 0 and last_comma >= 0:
        mark = "." if last_dot > last_comma else ","
    else:
        mark = "." if last_dot >= 0 else ","
        after = len(body) - body.rfind(mark) - 1
        if body.count(mark) > 1 or (mark == grouping and after == 3 and body[0] != mark):
            return _ungroup(body, mark, raw), ""  # only thousands separators
    head, _, fraction = body.rpartition(mark)
    if not fraction.isdigit():
        raise MoneyRefused(raw, "not_a_number", "the decimal mark is not followed by digits")
    separator = "," if mark == "." else "."
    return (_ungroup(head, separator, raw) if head else ""), fraction


def _ungroup(digits: str, separator: str, raw: str) -> str:
    """Digits without thousands separators, refusing groups that are not of three."""
    groups = digits.split(separator)
    first_ok = 1 <= len(groups[0]) <= 3 or len(groups) == 1
    if not first_ok or any(len(group) != 3 for group in groups[1:]):
        raise MoneyRefused(raw, "bad_grouping", "thousands are grouped by three")
    if not all(group.isdigit() for group in groups):
        raise MoneyRefused(raw, "bad_grouping", "thousands are grouped by three")
    return "".join(groups)


# --- splitting a sum --------------------------------------------------------------------------

Weight = int | Decimal | Fraction | float


def _integer_weights(weights: Sequence[Weight]) -> list[int]:
    """The same proportions as whole numbers, so the split is pure integer arithmetic."""
    if all(type(w) is int for w in weights):
        return [int(w) for w in weights]
    exact = [Fraction(Decimal(repr(w))) if isinstance(w, float) else Fraction(w) for w in weights]
    scale = lcm(*(f.denominator for f in exact)) if exact else 1
    return [int(f * scale) for f in exact]


def allocate(total_cents: int, weights: Sequence[Weight]) -> list[int]:
    """Split ``total_cents`` in proportion to ``weights``, summing exactly to the total.

    Largest remainder (Hamilton) method: every share is its exact quota rounded down, and
    the cents left over go one each to the largest remainders, the earlier share first on a
    tie, so the result does not depend on anything but the input. A negative total is split
    as its absolute value and negated, so a credit mirrors a charge. Zero weights get
    nothing; weights that are all zero can only share a zero total.
    """
    ints = _integer_weights(weights)
    if any(w < 0 for w in ints):
        raise ValueError("allocation weights must not be negative")
    whole = sum(ints)
    if whole == 0:
        if total_cents == 0:
            return [0] * len(ints)
        raise ValueError(f"cannot allocate {total_cents} cents over no weight at all")
    amount = abs(total_cents)
    shares: list[int] = []
    remainders: list[int] = []
    for weight in ints:
        share, remainder = divmod(amount * weight, whole)
        shares.append(share)
        remainders.append(remainder)
    left = amount - sum(shares)
    if left:
        order = sorted(range(len(ints)), key=lambda i: (-remainders[i], i))
        for i in order[:left]:
            shares[i] += 1
    return [-s for s in shares] if total_cents < 0 else shares


def divide_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to the nearest integer, halves away from zero.

    Decimal's ROUND_HALF_UP, in integers: the same cent whichever sign the amount has.
    """
    if denominator == 0:
        raise ZeroDivisionError("division of an amount by zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    if numerator >= 0:
        return (2 * numerator + denominator) // (2 * denominator)
    return -((-2 * numerator + denominator) // (2 * denominator))
