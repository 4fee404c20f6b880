"""Reading a criterion's guide lines (Vietnamese decisions) into a structured scoring rule, or leaving it manual."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .letters import strip_marks
from .numbers import HUNDREDTH, format_score
from .rules import (
    CHOICE,
    COMPARE,
    RATIO,
    THRESHOLD,
    Band,
    ChoiceOption,
    ChoiceRule,
    CompareRule,
    ManualRule,
    NotApplicablePolicy,
    RatioRule,
    Rule,
    ThresholdRule,
    band_problems,
)

# Why a criterion stayed manual.
NO_RULE, UNRECOGNISED_LINE, MIXED_KINDS, AMBIGUOUS = "no_rule", "unrecognised_line", "mixed_kinds", "ambiguous"


@dataclass(frozen=True)
class RuleWarning:
    """Something in a recognised rule a person should check; the rule is kept as the decision wrote it."""

    kind: str  # over_maximum, below_maximum, bands_overlap, bands_gap
    code: str
    message: str
    params: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Recognition:
    code: str
    rule: Rule
    warnings: tuple[RuleWarning, ...] = ()
    reason: str | None = None  # why the rule stayed manual, None when it was recognised
    unrecognised: tuple[str, ...] = ()  # guide lines that could not be read

    @property
    def recognised(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class RecognitionReport:
    """What an import says about the rules of a whole criteria set."""

    results: tuple[Recognition, ...]

    @property
    def recognised(self) -> int:
        return sum(1 for result in self.results if result.recognised)

    @property
    def left_manual(self) -> tuple[Recognition, ...]:
        """Criteria that had guide lines but stayed manual (a criterion without guide text is not listed)."""
        return tuple(result for result in self.results if not result.recognised and result.rule.guide)

    @property
    def warnings(self) -> tuple[RuleWarning, ...]:
        return tuple(warning for result in self.results for warning in result.warnings)


def recognise_all(criteria: Iterable[tuple[str, Decimal, Sequence[str]]]) -> RecognitionReport:
    """Read every leaf's guide lines: (code, maximum, lines) in the set's order."""
    return RecognitionReport(tuple(recognise(code, maximum, lines) for code, maximum, lines in criteria))


# --- text helpers -----------------------------------------------------------------------------------

def _fold_char(ch: str) -> str:
    return (strip_marks(ch)[:1] or ch).lower()


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one, so positions match the NFC text."""
    return "".join(_fold_char(ch) for ch in text)


MAX_RULE_LINE = 400
_BULLET = re.compile(r"^(?:[-+•*–—·]|\(?[a-z]\)|[0-9]{1,2}\))\s*")
_NUM = r"([0-9]+(?:[.,][0-9]+)?)"
_PCT = _NUM + r"\s*%"
_TIMES = r"\s*[x×*]\s*"
_MAXIMUM_WORDS = re.compile(r"^(?:(?:duoc|thi)\s+)*(?:(?:tinh|cham|cho)\s+)?(?:diem\s+)?toi\s+da(?:\s+diem)?$")
_POINTS = re.compile(r"^(?:(?:duoc|thi)\s+)*(?:(?:tinh|cham|cho)\s+)?" + _NUM + r"\s*(?:diem|d)?$")
_TRAILING_POINTS = re.compile(r"^(.*?)[\s,]+(?:thi\s+)?duoc\s+(?:(?:tinh|cham)\s+)?(?:" + _NUM
                              + r"\s*diem|diem\s+toi\s+da)$")
_RATIO = re.compile(r"^\(?(.+?)\s*/\s*(.+?)\)?" + _TIMES + r"100\s*%" + _TIMES
                    + r"(?:" + _NUM + r"(?:\s*diem)?|diem\s+toi\s+da)$")
_NO_TASK = re.compile(r"khong\s+(?:duoc\s+giao|co\s+nhiem\s+vu|phat\s+sinh|co\s+chi\s+tieu)")
_NOT_SCORED = re.compile(r"khong\s+(?:danh\s+gia|cham\s+diem|tinh\s+diem)")
_NA_POINTS = re.compile(r"(?:duoc\s+)?(?:tinh|cham|dat)\s+" + _NUM + r"\s*diem")
_NA_MAXIMUM = re.compile(r"(?:tinh|cham|dat|duoc)\s+(?:diem\s+)?toi\s+da")

# Bands, two-bound shapes first so "từ 80% đến dưới 95%" is not read as "dưới 95%".
_TO = r"\s*(?:den|-|–|toi)\s*"
_BAND_SHAPES: list[tuple[re.Pattern[str], bool | None, bool | None]] = [
    # (pattern, lower inclusive, upper inclusive); None: that side is unbounded
    (re.compile(r"\btu\s+" + _PCT + _TO + r"(?:duoi|nho\s+hon|<)\s*" + _PCT), True, False),
    (re.compile(r"\btu\s+" + _PCT + _TO + _PCT), True, True),
    (re.compile(r"\b(?:tren|lon\s+hon|>)\s*" + _PCT + _TO + r"(?:duoi|nho\s+hon|<)\s*" + _PCT), False, False),
    (re.compile(r"\b(?:tren|lon\s+hon|>)\s*" + _PCT + _TO + _PCT), False, True),
    (re.compile(r"(?:\btren\s+hoac\s+bang|\bbang\s+hoac\s+tren|\blon\s+hon\s+hoac\s+bang|>=|≥)\s*" + _PCT), True, None),
    (re.compile(r"(?:\btu\s+|\bdat\s+)?" + _PCT + r"\s*tro\s+len"), True, None),
    (re.compile(r"(?:\bduoi\s+hoac\s+bang|\bnho\s+hon\s+hoac\s+bang|<=|≤)\s*" + _PCT), None, True),
    (re.compile(r"(?:\btu\s+)?" + _PCT + r"\s*tro\s+xuong"), None, True),
    (re.compile(r"(?:\btren|\blon\s+hon|>)\s*" + _PCT), False, None),
    (re.compile(r"(?:\bduoi|\bnho\s+hon|<)\s*" + _PCT), None, False),
    (re.compile(r"\btu\s+" + _PCT), True, None),
]
_AT_OR_ABOVE = re.compile(r"\b(?:tren\s+hoac\s+bang|bang\s+hoac\s+tren|cao\s+hon\s+hoac\s+bang|"
                          r"bang\s+hoac\s+cao\s+hon|lon\s+hon\s+hoac\s+bang|bang\s+hoac\s+lon\s+hon)\b")
_BELOW = re.compile(r"\b(?:duoi|thap\s+hon|nho\s+hon)\b")
_BENCHMARK = re.compile(r"\b(?:muc|trung\s+binh|binh\s+quan)\b")


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _points(text: str) -> Decimal | None:
    if len(text) > 10:
        return None  # no criterion is worth millions; and quantize would overflow the context
    value = _decimal(text)
    # Points are hundredths; a finer figure is not something the guide can mean as points.
    return value.quantize(HUNDREDTH) if value == value.quantize(HUNDREDTH) else None


def _clean(line: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", line).split())
    text = _BULLET.sub("", text)
    return text.rstrip(" ;.,")


# --- reading one line -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Line:
    kind: str  # band, ratio, above, below, option, na, header, note, unknown
    points: Decimal | None = None  # None with kind "na": leaves the applicable maximum
    band: Band | None = None
    label: str = ""
    scale_is_maximum: bool = False


def _read_points(folded_tail: str, maximum: Decimal) -> Decimal | None | bool:
    """Points written after the condition, the maximum for "điểm tối đa", or False when unreadable."""
    tail = folded_tail.strip().rstrip(" ;.,")
    if _MAXIMUM_WORDS.fullmatch(tail):
        return maximum
    match = _POINTS.fullmatch(tail)
    if match:
        value = _points(match.group(1))
        return False if value is None else value
    return False


def _read_line(line: str, maximum: Decimal) -> _Line:
    if len(line) > MAX_RULE_LINE:
        # No scoring line of a decision is this long; the patterns below are not meant for whole pages.
        return _Line("unknown")
    folded = fold(line)
    if _NO_TASK.search(folded):
        if _NOT_SCORED.search(folded):
            return _Line("na", None)
        found = _NA_POINTS.search(folded)
        if found:
            value = _points(found.group(1))
            return _Line("na", value) if value is not None else _Line("unknown")
        if _NA_MAXIMUM.search(folded):
            return _Line("na", maximum)
        return _Line("unknown")
    ratio = _RATIO.fullmatch(folded)
    if ratio:
        if ratio.group(3) is None:
            return _Line("ratio", maximum, scale_is_maximum=True)
        value = _points(ratio.group(3))
        return _Line("ratio", value) if value is not None else _Line("unknown")
    head, colon, tail = line.rpartition(":")
    if colon:
        if not tail.strip():
            return _Line("header")
        points = _read_points(fold(tail), maximum)
        condition = head.strip()
    else:
        trailing = _TRAILING_POINTS.fullmatch(folded)
        if trailing is None:
            has_figures = re.search(r"[0-9]", folded) or "diem" in folded or "toi da" in folded
            return _Line("unknown" if has_figures else "note")
        condition = line[:len(trailing.group(1))].strip()
        points = maximum if trailing.group(2) is None else _points(trailing.group(2))
        points = False if points is None else points
    if points is False or not condition:
        return _Line("unknown")
    return _read_condition(condition, points)


def _read_condition(condition: str, points: Decimal) -> _Line:
    folded = fold(condition)
    percents = re.findall(_PCT, folded)
    if percents:
        for pattern, lower_inclusive, upper_inclusive in _BAND_SHAPES:
            found = pattern.search(folded)
            if not found:
                continue
            numbers = [_decimal(g) for g in found.groups()]
            if len(numbers) != len(percents):
                return _Line("unknown")  # another percentage in the line: which one is the bound?
            if lower_inclusive is not None and upper_inclusive is not None:
                lower, upper = numbers
                if lower > upper:
                    return _Line("unknown")
                band = Band(lower, lower_inclusive, upper, upper_inclusive, points)
            elif upper_inclusive is None:
                band = Band(numbers[0], lower_inclusive, None, False, points)
            else:
                band = Band(None, False, numbers[0], upper_inclusive, points)
            return _Line("band", points, band=band)
        if len(percents) == 1 and not re.search(r"\b(?:tren|duoi|hon|tu|den)\b", folded):
            # "Tỷ lệ đạt 100%: 2": that very figure.
            value = _decimal(percents[0])
            return _Line("band", points, band=Band(value, True, value, True, points))
        return _Line("unknown")
    if _BENCHMARK.search(folded):
        if _AT_OR_ABOVE.search(folded):
            return _Line("above", points)
        if _BELOW.search(folded):
            return _Line("below", points)
    if re.search(r"\b(?:tren|duoi|tu|den)\s+[0-9]", folded):
        return _Line("unknown")  # a bound without a percent sign: a count, a grade? not for us to guess
    return _Line("option", points, label=condition)


# --- reading a criterion ----------------------------------------------------------------------------

def recognise(code: str, maximum: Decimal, lines: Sequence[str]) -> Recognition:
    """The rule ``lines`` describe for criterion ``code``, or a manual rule with the reason; plus warnings."""
    maximum = maximum.quantize(HUNDREDTH)
    guide = tuple(text for text in (" ".join(unicodedata.normalize("NFC", ln).split()) for ln in lines) if text)
    read = [(text, _read_line(_clean(text), maximum)) for text in guide]
    unknown = tuple(text for text, item in read if item.kind == "unknown")
    na_lines = [item for _, item in read if item.kind == "na"]
    scoring = [item for _, item in read if item.kind not in ("na", "header", "note", "unknown")]

    policy = None
    if na_lines:
        if len({item.points for item in na_lines}) > 1:
            return _manual(code, guide, None, AMBIGUOUS, unknown)
        policy = NotApplicablePolicy(na_lines[0].points)
    if unknown:
        return _manual(code, guide, policy, UNRECOGNISED_LINE, unknown)
    if not scoring:
        return _manual(code, guide, policy, NO_RULE, ())
    kinds = {"above" if item.kind == "below" else item.kind for item in scoring}
    if len(kinds) > 1:
        return _manual(code, guide, policy, MIXED_KINDS, ())
    kind = kinds.pop()
    common = {"guide": guide, "not_applicable": policy}
    rule: Rule
    if kind == "band":
        rule = ThresholdRule(bands=tuple(item.band for item in scoring), **common)
    elif kind == "ratio":
        if len(scoring) != 1:
            return _manual(code, guide, policy, AMBIGUOUS, ())
        item = scoring[0]
        rule = RatioRule(scale=None if item.scale_is_maximum else item.points, **common)
    elif kind == "above":
        above = [item for item in scoring if item.kind == "above"]
        below = [item for item in scoring if item.kind == "below"]
        if len(above) != 1 or len(below) != 1:
            return _manual(code, guide, policy, AMBIGUOUS, ())
        rule = CompareRule(at_or_above=above[0].points, below=below[0].points, **common)
    else:
        if len(scoring) < 2:
            return _manual(code, guide, policy, AMBIGUOUS, ())
        rule = ChoiceRule(options=tuple(ChoiceOption(item.label, item.points) for item in scoring), **common)
    return Recognition(code, rule, tuple(_warnings(code, maximum, rule)))


def _manual(code: str, guide: tuple[str, ...], policy: NotApplicablePolicy | None, reason: str,
            unknown: tuple[str, ...]) -> Recognition:
    return Recognition(code, ManualRule(guide=guide, not_applicable=policy), (), reason, unknown)


def rule_warnings(code: str, maximum: Decimal, rule: Rule) -> list[RuleWarning]:
    """What a person should check in a rule against its criterion's maximum (as an import warns)."""
    return _warnings(code, maximum.quantize(HUNDREDTH), rule)


def _warnings(code: str, maximum: Decimal, rule: Rule) -> list[RuleWarning]:
    found = []
    points = list(rule.points())
    if rule.kind == RATIO and rule.scale is None:
        points = [maximum]
    if rule.not_applicable is not None and rule.not_applicable.points is not None:
        over_na = rule.not_applicable.points > maximum
    else:
        over_na = False
    top = max(points) if points else None
    if (top is not None and top > maximum) or over_na:
        worst = max([*points, *([rule.not_applicable.points] if over_na else [])])
        found.append(RuleWarning(
            "over_maximum", code,
            f"Criterion {code}: the rule awards up to {format_score(worst)}, over the criterion's maximum of "
            f"{format_score(maximum)}. Check the decision; the rule is kept as written.",
            {"code": code, "points": worst, "maximum": maximum}))
    elif top is not None and top < maximum and rule.kind in (CHOICE, THRESHOLD, COMPARE, RATIO):
        found.append(RuleWarning(
            "below_maximum", code,
            f"Criterion {code}: the rule awards at most {format_score(top)} but the criterion's maximum is "
            f"{format_score(maximum)}. Check the decision; the rule is kept as written.",
            {"code": code, "points": top, "maximum": maximum}))
    if rule.kind == THRESHOLD:
        for problem in band_problems(rule.bands):
            if problem.kind == "overlap":
                message = f"Criterion {code}: the bands {problem.where} overlap; a figure there fits both."
            else:
                message = f"Criterion {code}: no band covers {problem.where}; a figure there gets no score."
            found.append(RuleWarning(f"bands_{problem.kind}", code, message, {"code": code, "where": problem.where}))
    return found
