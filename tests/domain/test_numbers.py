"""Reading and printing scores the way district staff write them."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.errors import ScoreParseError
from cchc_desktop.domain.numbers import format_plain, format_score, from_hundredths, parse_score, to_hundredths


@pytest.mark.parametrize(
    ("text", "expected"),
    [("9,28", "9.28"), ("9.28", "9.28"), ("9", "9.00"), ("  0,5 ", "0.50"), ("\t13,50\n", "13.50"),
     ("0", "0.00"), ("010,5", "10.50"), ("\u00a01,00\u00a0", "1.00")],
)
def test_accepts_vietnamese_and_plain_decimals(text, expected):
    assert parse_score(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("", "empty"), ("   ", "empty"), ("-1", "negative"), ("−0,5", "negative"), ("+1", "sign"),
     ("1e3", "exponent"), ("1E-2", "exponent"), ("1.000,50", "thousands"), ("1 000", "thousands"),
     ("9,285", "too_many_decimals"), ("1.000", "too_many_decimals"), ("abc", "not_a_number"),
     ("9,", "not_a_number"), (",5", "not_a_number"), ("1,2,3", "not_a_number"), ("٣", "not_a_number"),
     ("NaN", "not_a_number"), ("inf", "not_a_number"), ("12345678", "too_large")],
)
def test_refuses_anything_else_with_the_reason(text, kind):
    with pytest.raises(ScoreParseError) as caught:
        parse_score(text)
    assert caught.value.kind == kind
    assert str(caught.value)  # a message a user can read


def test_message_names_the_offending_text():
    with pytest.raises(ScoreParseError, match="9,285"):
        parse_score("9,285")


def test_formats_with_a_decimal_comma_and_two_places():
    assert format_score(Decimal("79.24")) == "79,24"
    assert format_score(Decimal("1")) == "1,00"
    assert format_score(None) == ""
    assert format_plain(Decimal("79.2")) == "79.20"
    assert format_plain(None) is None


def test_hundredths_round_trip_exactly():
    for text in ("0", "0,01", "9,28", "33,00", "100"):
        value = parse_score(text)
        assert from_hundredths(to_hundredths(value)) == value
    with pytest.raises(ScoreParseError):
        to_hundredths(Decimal("0.005"))
