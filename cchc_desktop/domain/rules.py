"""Scoring rules on leaves (manual, choice, threshold, ratio, compare) and the score they give from entered figures."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .criteria import Criterion
from .errors import RuleError, ScoreParseError
from .numbers import HUNDREDTH, format_plain, parse_score, round_half_up
from .scoring import validate_score

MANUAL, CHOICE, THRESHOLD, RATIO, COMPARE = "manual", "choice", "threshold", "ratio", "compare"
KINDS = (MANUAL, CHOICE, THRESHOLD, RATIO, COMPARE)
ON_ZERO_NOT_APPLICABLE, ON_ZERO_REFUSE = "not_applicable", "refuse"
HUNDRED = Decimal(100)


# --- the rules -------------------------------------------------------------------------------------

class NotApplicablePolicy(NamedTuple):
    """What a leaf the guide allows to be "not applicable" counts for.

    ``points`` None: it leaves the applicable maximum ("không đánh giá chấm điểm nội dung này");
    a value: it is scored that much instead ("không có nhiệm vụ … được tính 03 điểm").
    """

    points: Decimal | None = None


# Every rule also keeps ``guide``, the guide lines it was read from (so a manual leaf can still show them), and
# ``not_applicable``, its policy for a leaf marked not applicable; they come last and are given by keyword.
# Rules are NamedTuples, not dataclasses: they are defined at every start, where a frozen dataclass costs ~1 ms
# each to make (docs/benchmarks.md). Rules of different kinds never compare equal: their fields differ in type.

class ManualRule(NamedTuple):
    """The score is typed, as before rules existed."""

    guide: tuple[str, ...] = ()
    not_applicable: NotApplicablePolicy | None = None
    kind = MANUAL

    def points(self) -> tuple[Decimal, ...]:
        """Every score the rule can give by itself (empty where it is open-ended)."""
        return ()


class ChoiceOption(NamedTuple):
    label: str
    points: Decimal


class ChoiceRule(NamedTuple):
    """One of a list of outcomes ("Đạt …: 1" / "Không đạt …: 0"); options are numbered from 1."""

    options: tuple[ChoiceOption, ...]
    guide: tuple[str, ...] = ()
    not_applicable: NotApplicablePolicy | None = None
    kind = CHOICE

    def points(self) -> tuple[Decimal, ...]:
        return tuple(option.points for option in self.options)


class Band(NamedTuple):
    """A range of a percentage: ``lower``/``upper`` None mean unbounded below/above."""

    lower: Decimal | None
    lower_inclusive: bool
    upper: Decimal | None
    upper_inclusive: bool
    points: Decimal

    def contains(self, value: Decimal) -> bool:
        if self.lower is not None and (value < self.lower or (value == self.lower and not self.lower_inclusive)):
            return False
        if self.upper is not None and (value > self.upper or (value == self.upper and not self.upper_inclusive)):
            return False
        return True

    def describe(self) -> str:
        """The band as a reader writes it: ``[80%, 95%)``, ``≥ 95%``, ``< 95%``."""
        if self.lower is None and self.upper is None:
            return "any"
        if self.upper is None:
            return f"{'≥' if self.lower_inclusive else '>'} {_pct(self.lower)}"
        if self.lower is None:
            return f"{'≤' if self.upper_inclusive else '<'} {_pct(self.upper)}"
        return (f"{'[' if self.lower_inclusive else '('}{_pct(self.lower)}, "
                f"{_pct(self.upper)}{']' if self.upper_inclusive else ')'}")


class ThresholdRule(NamedTuple):
    """One figure in percent; the band it falls in gives the points."""

    bands: tuple[Band, ...]
    guide: tuple[str, ...] = ()
    not_applicable: NotApplicablePolicy | None = None
    kind = THRESHOLD

    def points(self) -> tuple[Decimal, ...]:
        return tuple(band.points for band in self.bands)

    def band_for(self, percent: Decimal) -> Band | None:
        return next((band for band in self.bands if band.contains(percent)), None)


class RatioRule(NamedTuple):
    """Numerator / denominator × points ("A / B x 100% x N"), capped at the points.

    ``scale`` None means the criterion's maximum; a value is the N the guide wrote.
    """

    scale: Decimal | None = None
    on_zero: str = ON_ZERO_NOT_APPLICABLE
    guide: tuple[str, ...] = ()
    not_applicable: NotApplicablePolicy | None = None
    kind = RATIO

    def points(self) -> tuple[Decimal, ...]:
        return () if self.scale is None else (self.scale,)


class CompareRule(NamedTuple):
    """One figure against a benchmark published for the year: at or above → ``at_or_above``, else ``below``."""

    at_or_above: Decimal
    below: Decimal
    guide: tuple[str, ...] = ()
    not_applicable: NotApplicablePolicy | None = None
    kind = COMPARE

    def points(self) -> tuple[Decimal, ...]:
        return (self.at_or_above, self.below)


Rule = ManualRule | ChoiceRule | ThresholdRule | RatioRule | CompareRule


def _pct(value: Decimal) -> str:
    return f"{format_decimal(value)}%"


def format_decimal(value: Decimal) -> str:
    """A figure with a decimal comma and no trailing zeros: 95 → ``95``, 94.90 → ``94,9``."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


# --- figures ----------------------------------------------------------------------------------------

PERCENT, FRACTION, VALUE, OPTION = "percent", "fraction", "value", "option"


class Figures(NamedTuple):
    """What was entered for a leaf with a rule: ``96%``, ``45/50``, a plain value, or option N (from 1)."""

    form: str
    values: tuple[Decimal, ...]

    def text(self) -> str:
        """The figures as a user types them, Vietnamese style: ``94,9%``, ``45/50``, ``2``."""
        if self.form == PERCENT:
            return _pct(self.values[0])
        if self.form == FRACTION:
            return f"{format_decimal(self.values[0])}/{format_decimal(self.values[1])}"
        return format_decimal(self.values[0])

    def percent(self) -> Decimal:
        if self.form == FRACTION:
            return self.values[0] * HUNDRED / self.values[1]
        return self.values[0]


def _figure_number(text: str, whole: str) -> Decimal:
    try:
        return parse_score(text)
    except ScoreParseError as error:
        # Re-raised with the whole entry so the message shows what the user typed, not a fragment.
        raise ScoreParseError(f"“{whole}”: {error.message}", kind=error.kind, text=whole, part=text) from None


def parse_figures(rule: Rule, text: str) -> Figures:
    """Read the figures typed for ``rule``: ``94,9%`` / ``94.9%`` / ``45/50`` / ``3`` (an option number)."""
    if not isinstance(text, str) or not text.strip():
        raise ScoreParseError("The figures are empty: type a percentage such as 94,9% or a ratio such as 45/50.",
                              kind="figures_empty", text=text if isinstance(text, str) else repr(text))
    whole = " ".join(text.split())
    if rule.kind == MANUAL:
        raise RuleError(f"“{whole}”: this criterion has no scoring rule; type its score instead.",
                        kind="manual_rule", text=whole)
    if rule.kind == CHOICE:
        count = len(rule.options)
        if not re.fullmatch(r"[0-9]{1,4}", whole) or not 1 <= int(whole) <= count:
            raise RuleError(f"“{whole}” is not an option: pick a number from 1 to {count}.",
                            kind="bad_option", text=whole, count=count)
        return Figures(OPTION, (Decimal(int(whole)),))
    numerator, slash, denominator = whole.partition("/")
    if slash:
        if rule.kind == COMPARE:
            raise RuleError(f"“{whole}”: this rule takes one figure, not a ratio.", kind="not_one_figure", text=whole)
        return Figures(FRACTION, (_figure_number(numerator, whole), _figure_number(denominator, whole)))
    if rule.kind == RATIO:
        raise RuleError(f"“{whole}”: this rule takes two figures, such as 45/50.", kind="not_a_ratio", text=whole)
    if whole.endswith("%"):
        return Figures(PERCENT, (_figure_number(whole[:-1], whole),))
    value = _figure_number(whole, whole)
    return Figures(PERCENT if rule.kind == THRESHOLD else VALUE, (value,))


class RuleOutcome(NamedTuple):
    """The score a rule gives, or that the leaf is not applicable (``score`` None)."""

    score: Decimal | None
    applicable: bool = True


def compute_score(rule: Rule, criterion: Criterion, figures: Figures, *,
                  benchmark: Decimal | None = None) -> RuleOutcome:
    """The score ``figures`` earn under ``rule``, validated like a typed score (0 … the criterion's maximum)."""
    code = criterion.code
    if rule.kind == MANUAL:
        raise RuleError(f"{code}: this criterion has no scoring rule; type its score instead.",
                        kind="manual_rule", code=code)
    if rule.kind == CHOICE:
        index = int(figures.values[0]) if figures.form == OPTION else 0
        if not 1 <= index <= len(rule.options):
            raise RuleError(f"{code}: pick an option from 1 to {len(rule.options)}.", kind="bad_option",
                            code=code, count=len(rule.options))
        score = rule.options[index - 1].points
    elif rule.kind == THRESHOLD:
        if figures.form == FRACTION and figures.values[1] == 0:
            return _zero_denominator(rule, criterion, figures, ON_ZERO_REFUSE)
        percent = figures.percent()
        band = rule.band_for(percent)
        if band is None:
            raise RuleError(f"{code}: no band of the rule covers {figures.text()}; type the score by hand.",
                            kind="no_band", code=code, figures=figures.text())
        score = band.points
    elif rule.kind == RATIO:
        if figures.form != FRACTION:
            raise RuleError(f"{code}: this rule takes two figures, such as 45/50.", kind="not_a_ratio", code=code)
        numerator, denominator = figures.values
        if denominator == 0:
            return _zero_denominator(rule, criterion, figures, rule.on_zero)
        scale = criterion.maximum if rule.scale is None else rule.scale
        score = round_half_up(min(scale * numerator / denominator, scale))
    else:  # compare
        if benchmark is None:
            raise RuleError(f"{code}: the benchmark for this year has not been entered.", kind="no_benchmark",
                            code=code)
        if figures.form == FRACTION:
            raise RuleError(f"{code}: this rule takes one figure, not a ratio.", kind="not_one_figure", code=code)
        score = rule.at_or_above if figures.values[0] >= benchmark else rule.below
    return RuleOutcome(validate_score(criterion, score).quantize(HUNDREDTH))


def not_applicable_outcome(rule: Rule | None, criterion: Criterion) -> RuleOutcome:
    """A leaf marked not applicable: out of the applicable maximum, or its "no task" points."""
    policy = None if rule is None else rule.not_applicable
    if policy is None or policy.points is None:
        return RuleOutcome(None, applicable=False)
    return RuleOutcome(validate_score(criterion, policy.points).quantize(HUNDREDTH))


def _zero_denominator(rule: Rule, criterion: Criterion, figures: Figures, on_zero: str) -> RuleOutcome:
    code = criterion.code
    if on_zero == ON_ZERO_NOT_APPLICABLE:
        # "Không được giao chỉ tiêu": nothing was assigned, so the leaf is as if marked not applicable.
        return not_applicable_outcome(rule, criterion)
    raise RuleError(f"{code}: “{figures.text()}” divides by 0; the denominator must be above 0.",
                    kind="zero_denominator", code=code, figures=figures.text())


# --- JSON form --------------------------------------------------------------------------------------

def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format_plain(value)


def _exact(value: Decimal | None) -> str | None:
    # Band bounds keep every digit the guide wrote (94,95%), unlike points, which are hundredths.
    return None if value is None else f"{value:f}"


def to_dict(rule: Rule) -> dict:
    """A JSON-able dict of the rule: decimals as strings, for storage and the criteria-set export."""
    data: dict = {"kind": rule.kind}
    if rule.kind == CHOICE:
        data["options"] = [{"label": o.label, "points": _dec(o.points)} for o in rule.options]
    elif rule.kind == THRESHOLD:
        data["bands"] = [{"lower": _exact(b.lower), "lower_inclusive": b.lower_inclusive,
                          "upper": _exact(b.upper), "upper_inclusive": b.upper_inclusive,
                          "points": _dec(b.points)} for b in rule.bands]
    elif rule.kind == RATIO:
        data["scale"] = _dec(rule.scale)
        data["on_zero"] = rule.on_zero
    elif rule.kind == COMPARE:
        data["at_or_above"] = _dec(rule.at_or_above)
        data["below"] = _dec(rule.below)
    data["not_applicable"] = (None if rule.not_applicable is None
                              else {"points": _dec(rule.not_applicable.points)})
    data["guide"] = list(rule.guide)
    return data


def from_dict(data: Mapping) -> Rule:
    """The rule ``to_dict`` wrote; a malformed dict is refused with what is wrong."""
    try:
        kind = data["kind"]
        common = {"guide": tuple(str(line) for line in data.get("guide") or ()),
                  "not_applicable": _policy(data.get("not_applicable"))}
        if kind == MANUAL:
            return ManualRule(**common)
        if kind == CHOICE:
            options = tuple(ChoiceOption(str(o["label"]), _points(o["points"])) for o in data["options"])
            if not options:
                raise ValueError("a choice rule needs at least one option")
            return ChoiceRule(options=options, **common)
        if kind == THRESHOLD:
            bands = tuple(Band(_bound(b.get("lower")), bool(b["lower_inclusive"]), _bound(b.get("upper")),
                               bool(b["upper_inclusive"]), _points(b["points"])) for b in data["bands"])
            if not bands:
                raise ValueError("a threshold rule needs at least one band")
            return ThresholdRule(bands=bands, **common)
        if kind == RATIO:
            on_zero = data.get("on_zero", ON_ZERO_NOT_APPLICABLE)
            if on_zero not in (ON_ZERO_NOT_APPLICABLE, ON_ZERO_REFUSE):
                raise ValueError(f"on_zero must be {ON_ZERO_NOT_APPLICABLE} or {ON_ZERO_REFUSE}")
            scale = data.get("scale")
            return RatioRule(scale=None if scale is None else _points(scale), on_zero=on_zero, **common)
        if kind == COMPARE:
            return CompareRule(at_or_above=_points(data["at_or_above"]), below=_points(data["below"]), **common)
        raise ValueError(f"unknown kind {kind!r}")
    except (KeyError, TypeError, ValueError, InvalidOperation, ScoreParseError) as error:
        raise RuleError(f"The scoring rule cannot be read: {error}.", kind="bad_rule", detail=str(error)) from None


def _points(text: object) -> Decimal:
    if not isinstance(text, str):
        raise ValueError(f"points must be text such as \"2.50\", not {text!r}")
    return parse_score(text)


def _bound(text: object) -> Decimal | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError(f"a band bound must be text such as \"95\", not {text!r}")
    value = Decimal(text)
    if not value.is_finite() or value < 0:
        raise ValueError(f"a band bound must be a number of 0 or more, not {text!r}")
    return value


def _policy(data: object) -> NotApplicablePolicy | None:
    if data is None:
        return None
    points = data["points"]  # type: ignore[index]
    return NotApplicablePolicy(None if points is None else _points(points))


# --- checks a criteria set shows as warnings --------------------------------------------------------

class BandProblem(NamedTuple):
    kind: str  # "overlap" or "gap"
    where: str  # the bands or range concerned, as a reader writes them


def band_problems(bands: Sequence[Band]) -> list[BandProblem]:
    """Bands that overlap, and percentages from 0 to 100 that no band covers."""
    problems = []
    for i, first in enumerate(bands):
        for second in bands[i + 1:]:
            if _overlap(first, second):
                problems.append(BandProblem("overlap", f"{first.describe()} / {second.describe()}"))
    # Sweep from 0 upwards; ``covered`` says whether the point ``pos`` itself already has a band.
    pos, covered = Decimal(0), False
    for band in sorted(bands, key=lambda b: (Decimal(-1) if b.lower is None else b.lower, not b.lower_inclusive)):
        if band.lower is not None and (band.lower > pos or (band.lower == pos and not band.lower_inclusive
                                                            and not covered)):
            gap = Band(pos, not covered, band.lower, not band.lower_inclusive, Decimal(0))
            problems.append(BandProblem("gap", gap.describe()))
        if band.upper is None:
            return problems
        if band.upper > pos:
            pos, covered = band.upper, band.upper_inclusive
        elif band.upper == pos:
            covered = covered or band.upper_inclusive
    # Bands that stop at 100% inclusive are complete: a percentage above that is refused when entered.
    if pos < HUNDRED or (pos == HUNDRED and not covered):
        problems.append(BandProblem("gap", Band(pos, not covered, None, False, Decimal(0)).describe()))
    return problems


def _overlap(a: Band, b: Band) -> bool:
    # The later of the two lower bounds against the earlier of the two upper bounds; None is unbounded,
    # so two bands both open below (or both open above) always share something.
    lows = [(x.lower, x.lower_inclusive) for x in (a, b) if x.lower is not None]
    highs = [(x.upper, x.upper_inclusive) for x in (a, b) if x.upper is not None]
    if not lows or not highs:
        return True
    low, low_in = max(lows, key=lambda t: (t[0], not t[1]))
    high, high_in = min(highs, key=lambda t: (t[0], t[1]))
    return low < high or (low == high and low_in and high_in)
