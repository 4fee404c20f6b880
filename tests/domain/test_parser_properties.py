"""Properties of the score parser: every hundredth round-trips both ways of writing it; no text crashes it."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.numbers import format_score, parse_score

# Any score a sheet can hold: 0 … 9 999 999,99 in hundredths (seven integer digits is the parser's limit).
scores = st.integers(min_value=0, max_value=999_999_999).map(lambda n: Decimal(n).scaleb(-2))

# Text that looks almost like a number, where parsers go wrong, mixed with anything at all.
numberish = st.from_regex(r"\A[ \t+\-\u2212]?[0-9]{0,9}([.,\u00a0 ][0-9]{0,4}){0,3}([eE][+-]?[0-9]{1,3})?[ %]?\Z")
any_text = st.one_of(numberish, st.text(max_size=30),
                     st.text(alphabet="0123456789,.-+eE \u00a0\u0661\uff11٫", max_size=15))


@given(scores)
def test_every_hundredth_reads_back_written_with_a_comma_or_a_dot(value):
    plain = f"{value:.2f}"
    assert parse_score(plain) == value
    assert parse_score(plain.replace(".", ",")) == value
    assert parse_score(format_score(value)) == value
    assert parse_score(f"  {plain}\t") == value


@given(scores)
def test_whole_numbers_and_one_decimal_read_the_same_as_two(value):
    whole = value.to_integral_value(rounding="ROUND_FLOOR")
    assert parse_score(str(whole)) == whole
    tenth = value.quantize(Decimal("0.1"), rounding="ROUND_FLOOR")
    assert parse_score(f"{tenth:f}".replace(".", ",")) == tenth


@settings(max_examples=400)
@given(any_text)
@example("1.000")
@example("1,5e2")
@example("٣")
@example("−1")
@example("9,28 ")
def test_any_text_is_either_a_score_or_a_clear_refusal(text):
    try:
        value = parse_score(text)
    except CchcError as error:
        assert str(error), "a refusal must say what is wrong"
        return
    # Whatever is accepted is a plain non-negative number kept to the hundredth …
    assert value >= 0 and value.as_tuple().exponent == -2
    # … and it is what the text said, digit for digit.
    digits = text.strip().replace(",", ".")
    assert Decimal(digits) == value


@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=5)))
def test_a_value_that_is_not_text_is_refused_not_crashed_on(value):
    try:
        parse_score(value)
    except CchcError:
        return
    raise AssertionError(f"{value!r} was accepted")
