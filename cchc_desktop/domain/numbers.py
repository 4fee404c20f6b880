"""Parsing and formatting of scores written the Vietnamese way (9,28) or the plain way (9.28)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .errors import ScoreParseError

HUNDREDTH = Decimal("0.01")

# ASCII digits only: str.isdigit and \d accept other scripts' digits, which no score sheet uses.
_SCORE = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:([.,\u00a0 ])[0-9]{3})+(?:[.,][0-9]*)?")
_MAX_INTEGER_DIGITS = 7


def parse_score(text: str) -> Decimal:
    """Return the score written in ``text`` as a Decimal with two places.

    Accepts ``9,28``, ``9.28``, ``9`` and surrounding spaces. Refuses signs, exponents,
    thousands separators, more than two decimals and anything else, with a message
    that says what is wrong.
    """
    if not isinstance(text, str):
        raise ScoreParseError(f"{text!r} is not text", kind="not_text", text=repr(text))
    stripped = text.strip()
    if not stripped:
        raise ScoreParseError("The score is empty: type a number such as 9,28.", kind="empty", text=text)
    if stripped[0] in "+-\u2212":
        if stripped[0] != "+" and _SCORE.fullmatch(stripped[1:].strip()):
            raise ScoreParseError(
                f"“{stripped}” is negative: a score cannot be below 0.", kind="negative", text=stripped
            )
        raise ScoreParseError(
            f"“{stripped}” has a sign: type the number alone, such as 9,28.", kind="sign", text=stripped
        )
    if _SCORE.fullmatch(stripped):
        whole, _, fraction = stripped.replace(",", ".").partition(".")
        if len(fraction) > 2:
            # "1.000" or "1,500" could be a thousands separator as well: both are refused.
            raise ScoreParseError(
                f"“{stripped}” has more than 2 decimal places: scores are kept to the hundredth (e.g. 9,28).",
                kind="too_many_decimals",
                text=stripped,
            )
        if len(whole.lstrip("0")) > _MAX_INTEGER_DIGITS:
            raise ScoreParseError(f"“{stripped}” is too large to be a score.", kind="too_large", text=stripped)
        return Decimal(f"{whole}.{fraction or '0'}").quantize(HUNDREDTH)
    if re.fullmatch(r"[0-9.,]*[eE][+-]?[0-9]+", stripped) and re.search(r"[0-9]", stripped[0]):
        raise ScoreParseError(
            f"“{stripped}” is written with an exponent: type the number in full, such as 9,28.",
            kind="exponent",
            text=stripped,
        )
    if _THOUSANDS.fullmatch(stripped):
        raise ScoreParseError(
            f"“{stripped}” has a thousands separator: a score has at most one comma, such as 9,28.",
            kind="thousands",
            text=stripped,
        )
    raise ScoreParseError(f"“{stripped}” is not a number: type a score such as 9,28.", kind="not_a_number", text=stripped)


def format_score(value: Decimal | None, *, decimal_comma: bool = True, empty: str = "") -> str:
    """Print a score with two places and a decimal comma: ``Decimal('79.24')`` → ``79,24``."""
    if value is None:
        return empty
    text = f"{value.quantize(HUNDREDTH):f}"
    return text.replace(".", ",") if decimal_comma else text


def format_plain(value: Decimal | None) -> str | None:
    """Two places with a dot, for JSON and data files: ``'79.24'``; None stays None."""
    return None if value is None else f"{value.quantize(HUNDREDTH):f}"


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def to_hundredths(value: Decimal) -> int:
    """The exact integer count of hundredths; refuses a value with a finer part."""
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise ScoreParseError(f"{value} has more than 2 decimal places", kind="too_many_decimals", text=str(value))
    return int(scaled)


def from_hundredths(count: int) -> Decimal:
    return (Decimal(count) / 100).quantize(HUNDREDTH)
