"""Reading a criteria set (bộ tiêu chí) from the rows of a decision's appendix table: levels, labels, guides, checks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .criteria import CriterionSpec, Framework, clean_text
from .errors import CchcError
from .levels import LEVELS  # noqa: F401 - re-exported: the sets' levels
from .numbers import format_score, parse_score
from .tables import ImportRefused, fold, strip_markup

FIELD_CODE, FIELD_TITLE, FIELD_MAX = "code", "title", "max"
MAX_CRITERIA = 20_000

# Header synonyms, matched on text folded to upper case without diacritics. Score columns are recognised
# only so that their "ĐIỂM …" is not taken for the maximum; this import ignores them.
_NUMBER_HEADERS = ("STT", "TT", "SO TT", "SO THU TU", "MA SO", "MA")
_SCORE_WORDS = ("TU DANH GIA", "TU CHAM", "THAM DINH", "DIEM DAT", "DIEM DANH GIA", "KET QUA", "SELF", "APPRAISAL")
_MAX_WORDS = ("DIEM CHUAN", "DIEM TOI DA", "THANG DIEM", "DIEM QUY DINH", "MAXIMUM")
_MAX_EXACT = ("DIEM", "SO DIEM", "DIEM SO", "MAX")
_TITLE_WORDS = ("TIEU CHI", "LINH VUC", "NOI DUNG", "CHI SO", "CHI TIEU", "CRITERION", "TITLE")
_TOTAL_PREFIXES = ("TONG CONG", "TONG DIEM", "TONG SO", "TOTAL")
_TOTAL_WORDS = frozenset({"TONG", "TONG CONG", "TONG DIEM", "TONG SO", "TONG SO DIEM", "TONG CONG DIEM", "TOTAL",
                          "CONG"})
_BULLETS = frozenset("-+*•–—▪◦")
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_LABEL = re.compile(r"^[(\[]?(?P<core>[0-9]{1,4}(?:\.[0-9]{1,4})*|[A-Za-zĐđ]|[IVXivx]{1,6})[.)\]]?\.?$")
_UNIT = re.compile(r"\s*(?:điểm|đ)\s*\.?$", re.IGNORECASE)
_LETTERS_LOWER = "abcdđeghiklmnopqrstuvxy"
_LETTERS_UPPER = _LETTERS_LOWER.upper()


@dataclass(frozen=True)
class CriteriaWarning:
    """Something the file says that the program did not change but the user should look at."""

    line: int | None
    code: str | None
    kind: str  # max_mismatch, total_mismatch, duplicate_label, no_maximum, numberless_maximum, outside
    message: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass
class CriterionRow:
    """One criterion as imported: printed label, position path, stated maximum and scoring guide."""

    path: str
    code: str
    title: str
    maximum: Decimal
    line: int | None = None
    parent: str | None = None
    guide: str | None = None
    warning: str | None = None
    kind: str = "score"  # score, bonus (điểm thưởng) or deduction (điểm trừ)
    rule: dict | None = None  # domain.rules.to_dict of its scoring rule; None is manual
    children: list[CriterionRow] = field(default_factory=list, repr=False)

    @property
    def level(self) -> int:
        return self.path.count(".") + 1

    @property
    def is_leaf(self) -> bool:
        return not self.children


@dataclass
class CriteriaSet:
    rows: list[CriterionRow]  # document order
    warnings: list[CriteriaWarning] = field(default_factory=list)
    header_line: int | None = None

    @property
    def roots(self) -> list[CriterionRow]:
        return [row for row in self.rows if row.parent is None]

    @property
    def maximum(self) -> Decimal:
        return sum((row.maximum for row in self.roots), Decimal("0.00"))

    def leaves(self) -> list[CriterionRow]:
        return [row for row in self.rows if row.is_leaf]

    def get(self, path: str) -> CriterionRow:
        for row in self.rows:
            if row.path == path:
                return row
        raise KeyError(path)

    def to_framework(self, *, name: str = "", year: int | None = None, level: str = "district") -> Framework:
        """The scoring tree, keyed by path (printed labels may repeat; paths never do)."""
        return Framework([CriterionSpec(row.path, row.title, row.maximum, row.line) for row in self.rows],
                         name=name, year=year, level=level)


# --- header ---------------------------------------------------------------------------------------------
def header_columns(cells: Sequence[str]) -> dict[str, int] | None:
    """Map code/title/max → column if ``cells`` is a criteria table's header, else None."""
    # Every row is asked: look at the long cells only when a short one says STT (a third of import time).
    if not any(cell and len(cell.strip()) <= 16 and fold(strip_markup(cell)).rstrip(".:") in _NUMBER_HEADERS
               for cell in cells):
        return None
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = fold(strip_markup(cell or ""))
        if not text:
            continue
        bare = text.rstrip(".:")
        if bare in _NUMBER_HEADERS:
            found.setdefault(FIELD_CODE, index)
        elif any(word in text for word in _SCORE_WORDS):
            continue
        elif any(word in text for word in _MAX_WORDS) or bare in _MAX_EXACT:
            found.setdefault(FIELD_MAX, index)
        elif any(word in text for word in _TITLE_WORDS):
            found.setdefault(FIELD_TITLE, index)
    return found if len(found) == 3 else None


def _is_column_numbering(cells: Sequence[str]) -> bool:
    """The row of column numbers some decisions print under the header: (1) (2) (3) or 1 2 3."""
    numbers = [strip_markup(c).strip("()[] ") for c in cells if c and c.strip()]
    if len(numbers) < 3 or not all(n.isdigit() for n in numbers):
        return False
    values = [int(n) for n in numbers]
    return values == list(range(values[0], values[0] + len(values)))


# --- labels ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Label:
    style: tuple  # ("roman",), ("upper",), ("lower",), ("dotted", depth)
    parts: tuple[str, ...]  # the numbers of a dotted/arabic label, e.g. ("5", "1")
    core: str


def _parse_label(text: str) -> _Label | None:
    match = _LABEL.match(text)
    if match is None:
        return None
    core = match.group("core")
    if core[0].isdigit():
        parts = tuple(str(int(part)) for part in core.split("."))
        if len(parts) == 1 and (text.startswith(("(", "[")) or text.rstrip(".").endswith((")", "]"))):
            return _Label(("arabic_paren",), (), parts[0])  # "1)" or "(1)": a level of its own, not "1."
        return _Label(("dotted", len(parts)), parts, core)
    if len(core) > 1:
        if _ROMAN.fullmatch(core.upper()) and (core.isupper() or core.islower()):
            return _Label(("roman",) if core.isupper() else ("lower_roman",), (), core)
        return None
    if core.isupper():
        return _Label(("roman",) if core in "IVX" else ("upper",), (), core)
    return _Label(("lower",), (), core) if core in _LETTERS_LOWER else None


# A label at the start of a cell that also holds the title: "I. CÔNG TÁC CHỈ ĐẠO", "1.1 Ban hành", "a) Có".
_LEADING_LABEL = re.compile(r"^(?P<label>[(\[]?(?:[0-9]{1,4}(?:\.[0-9]{1,4})+\.?|[0-9]{1,4}[.)\]]|"
                            r"[IVX]{1,6}[.)]|[A-Za-zĐđ][.)]|[ivx]{1,6}[.)]))\s+(?P<title>\S.*)$", re.DOTALL)


def _split_label(text: str) -> tuple[str, str] | None:
    match = _LEADING_LABEL.match(text.strip())
    if match is None or _parse_label(match.group("label")) is None:
        return None
    return match.group("label"), match.group("title")


def _next_letter(letters: str, previous: str) -> str | None:
    index = letters.find(previous)
    return letters[index + 1] if 0 <= index < len(letters) - 1 else None


# --- reading --------------------------------------------------------------------------------------------
@dataclass
class _Node:
    row: CriterionRow
    label: _Label
    stated: Decimal | None
    guide: list[str] = field(default_factory=list)


def read_criteria(rows: Iterable[tuple[int, Sequence[str]] | Sequence[str]], *, source: str = "file",
                  columns: Mapping[str, int] | None = None) -> CriteriaSet:
    """Build a criteria set from numbered rows of cells (or bare rows, numbered from 1).

    ``columns`` maps code/title/max to column indexes when the user picked them; otherwise the first row
    that reads as a header decides. Rows that repeat the header (a table continued on the next page or in
    a second table) are skipped. Everything doubtful becomes a warning, never a silent change.
    """
    fields: dict[str, int] | None = dict(columns) if columns else None
    header_line: int | None = None
    header_key: tuple[str, ...] | None = None
    nodes: list[_Node] = []
    stack: list[_Node] = []
    roots: list[_Node] = []
    warnings: list[CriteriaWarning] = []
    last: _Node | None = None
    total: tuple[int, str] | None = None
    just_after_header = False
    saw_any = False

    for number, item in enumerate(rows, start=1):
        line, raw = item if _is_numbered(item) else (number, item)
        cells = [unicodedata.normalize("NFC", cell if cell is not None else "") for cell in raw]
        if not any(cell.strip() for cell in cells):
            continue
        saw_any = True
        found = header_columns(cells)
        if found is not None:
            if fields is None or header_line is None:
                fields, header_line, header_key = (fields or found), line, _key(cells)
            elif found != fields and _key(cells) != header_key:
                warnings.append(CriteriaWarning(line, None, "other_table",
                                                f"line {line}: another table with different columns starts here; "
                                                "only the table above was imported.", {}))
                break
            just_after_header = True
            continue  # the header, or the same header repeated over a page break or a second table
        if fields is None:
            continue  # the decision's title, a remark, a merged heading above the header
        if header_line is None:
            header_line = line  # columns chosen by the user: the table starts with the first row
        if just_after_header and _is_column_numbering(cells):
            continue
        if just_after_header and not _cell_at(cells, fields, FIELD_CODE) and not _cell_at(cells, fields, FIELD_TITLE):
            continue  # the header's second row: "Tối đa | Tự chấm | Thẩm định" under a merged "Điểm"
        just_after_header = False
        if total is not None:
            continue  # below the total: signatures and remarks
        if len([c for c in cells if c.strip()]) == 1 and len(cells) == 1:
            continue  # a line of text outside the table (text files: no tabs)

        def cell(name: str) -> str:
            index = fields.get(name)
            return strip_markup(cells[index]) if index is not None and index < len(cells) else ""

        label_text = " ".join(cell(FIELD_CODE).split())
        title_text = cell(FIELD_TITLE)
        max_text = cell(FIELD_MAX)
        if max_text and bool(label_text) != bool(title_text):
            # A numbered row typed in one cell (an area heading merged across STT and title, or the number
            # typed into the title): the number printed at its start is its label, as a reader sees it.
            split = _split_label(cell(FIELD_CODE) or title_text)
            if split is not None:
                label_text, title_text = " ".join(split[0].split()), split[1]
        label = _parse_label(label_text) if label_text else None

        if label is None and _is_total(label_text, title_text, max_text):
            total = (line, max_text)
            continue
        if label is None and label_text and label_text[0] not in _BULLETS and len(label_text) <= 8 \
                and " " not in label_text:
            raise ImportRefused(f"line {line}: “{label_text}” is not a number the program can read "
                                "(numbers look like I, 1, 1.2, a) or đ)).", kind="bad_label", line=line,
                                code=label_text)
        if label is None:
            text = _row_text(cells, fields)
            if last is None:
                warnings.append(CriteriaWarning(line, None, "outside",
                                                f"line {line}: “{_short(text)}” comes before the first criterion "
                                                "and was not imported.", {"text": text}))
                continue
            if max_text:
                warnings.append(CriteriaWarning(
                    line, last.row.code, "numberless_maximum",
                    f"line {line}: a row with a maximum ({max_text}) but no number was kept as guide text of "
                    f"{last.row.code}; give it a number if it is a criterion.",
                    {"under": last.row.code, "maximum": max_text}))
                text = f"{text}\t{max_text}"
            last.guide.append(text)
            continue

        code = label_text
        if len(nodes) >= MAX_CRITERIA:
            raise ImportRefused(f"line {line}: the {source} has more than {MAX_CRITERIA:,} criteria; "
                                "a criteria set is never that large. Check that this is the right file.",
                                kind="too_large", line=line)
        title = clean_text(title_text)
        if not title:
            raise ImportRefused(f"line {line}, {code}: the criterion has no title.", kind="missing_title",
                                line=line, code=code)
        if any(unicodedata.category(ch) == "Cc" for ch in title):
            raise ImportRefused(f"line {line}, {code}: the title contains control characters.",
                                kind="control_characters", line=line, code=code)
        stated = _maximum(max_text, line, code) if max_text else None
        parent, label = _place(stack, label)
        node = _Node(CriterionRow(path="", code=code, title=title, maximum=stated or Decimal("0.00"), line=line),
                     label, stated)
        siblings = parent.row.children if parent else None
        if parent is None:
            roots.append(node)
            node.row.path = str(len(roots))
        else:
            node.row.parent = parent.row.path
            siblings.append(node.row)
            node.row.path = f"{parent.row.path}.{len(siblings)}"
        stack.append(node)
        nodes.append(node)
        last = node

    if not saw_any:
        raise ImportRefused(f"The {source} is empty.", kind="empty_file")
    if fields is None:
        raise ImportRefused(f"The {source} holds no criteria table: no header row with a number column "
                            "(STT), a title column (TIÊU CHÍ / NỘI DUNG …) and a maximum column "
                            "(ĐIỂM CHUẨN / ĐIỂM TỐI ĐA …) was found.", kind="no_table")
    if not nodes:
        raise ImportRefused(f"The {source} has a header on line {header_line} but no criterion rows.",
                            kind="no_rows", line=header_line)

    for node in nodes:
        if node.guide:
            node.row.guide = "\n".join(node.guide)
    _check(nodes, warnings)
    result = CriteriaSet([node.row for node in nodes], warnings, header_line)
    if total is not None and total[1]:
        line, text = total
        stated_total = _maximum(text, line, "total")
        if stated_total != result.maximum:
            warnings.append(CriteriaWarning(
                line, None, "total_mismatch",
                f"line {line}: the total row says {format_score(stated_total)} but the areas add up to "
                f"{format_score(result.maximum)}.",
                {"file_value": stated_total, "computed": result.maximum}))
    warnings.sort(key=lambda w: (w.line is None, w.line or 0))
    return result


def _cell_at(cells: Sequence[str], fields: Mapping[str, int], name: str) -> str:
    index = fields.get(name)
    return strip_markup(cells[index]) if index is not None and index < len(cells) else ""


def _is_numbered(item: object) -> bool:
    return isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], int)


def _key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(strip_markup(c)) for c in cells if c and c.strip())


def _is_total(label_text: str, title_text: str, max_text: str) -> bool:
    """A TỔNG CỘNG row: the words alone ("Tổng cộng (I+II+III)"), or any "Tổng …" row carrying a figure.

    A rule line such as "Tổng số hồ sơ trễ hạn dưới 5%: 1 điểm" carries no figure and stays a rule line.
    """
    if label_text and title_text:
        return False
    folded = fold(title_text or label_text).rstrip(":. ")
    bare = re.sub(r"\s*\(.*\)$", "", folded)
    return bare in _TOTAL_WORDS or (bool(max_text) and folded.startswith(_TOTAL_PREFIXES))


def _row_text(cells: Sequence[str], fields: Mapping[str, int]) -> str:
    """A rule line, verbatim (NFC): its title cell, or every non-empty cell when the row is one merged cell."""
    title_index = fields.get(FIELD_TITLE)
    parts = [cells[title_index].strip()] if title_index is not None and title_index < len(cells) \
        and cells[title_index].strip() else []
    if not parts:
        max_index = fields.get(FIELD_MAX)
        parts = [c.strip() for i, c in enumerate(cells) if c.strip() and i != max_index]
    code_index = fields.get(FIELD_CODE)
    bullet = cells[code_index].strip() if code_index is not None and code_index < len(cells) else ""
    if bullet and bullet != parts[0] and bullet in _BULLETS:
        parts[0] = f"{bullet} {parts[0]}"
    return "\n".join(parts)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _maximum(text: str, line: int, code: str) -> Decimal:
    bare = _UNIT.sub("", text.strip())
    try:
        return parse_score(bare)
    except CchcError as error:
        # The parse error's own kind (not_a_number, negative, too_many_decimals …): the window explains those.
        raise ImportRefused(f"line {line}, {code}: the maximum “{text.strip()}” cannot be used: {error}",
                            kind=error.kind, **{**error.params, "line": line, "code": code,
                                                "column_label": "ĐIỂM CHUẨN"}) from None


def _place(stack: list[_Node], label: _Label) -> tuple[_Node | None, _Label]:
    """Find the new row's parent the way a reader does, and leave the stack ending above the new row.

    A dotted number belongs under the open row printed with its prefix (5.1 under 5); any other style
    becomes a sibling of the open row of the same style, or else goes one level deeper than the last row.
    Returns the parent and the label with its style settled (an "i" after "h" is a letter, not a Roman one).
    """
    if label.style[0] == "dotted" and len(label.parts) > 1:
        prefix = label.parts[:-1]
        for index in range(len(stack) - 1, -1, -1):
            if stack[index].label.style[0] == "dotted" and stack[index].label.parts == prefix:
                del stack[index + 1:]
                return stack[index], label
    label = _settle_style(stack, label)
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].label.style == label.style:
            parent = stack[index - 1] if index else None
            del stack[index:]
            return parent, label
    return (stack[-1] if stack else None), label


def _settle_style(stack: list[_Node], label: _Label) -> _Label:
    """I, V, X (and i, v, x) are letters when they continue a run of letters, Roman numerals otherwise."""
    def last_of(style: tuple) -> _Node | None:
        return next((node for node in reversed(stack) if node.label.style == style), None)

    if label.style == ("roman",) and label.core in "IVX":
        previous = last_of(("upper",))
        if previous is not None and _next_letter(_LETTERS_UPPER, previous.label.core) == label.core:
            return _Label(("upper",), (), label.core)
    if label.style == ("lower",) and label.core in "ivx":
        previous = last_of(("lower",))
        if previous is not None and _next_letter(_LETTERS_LOWER, previous.label.core) == label.core:
            return label
        if last_of(("lower_roman",)) is not None or (label.core == "i" and previous is None):
            return _Label(("lower_roman",), (), label.core)
    return label


def _check(nodes: list[_Node], warnings: list[CriteriaWarning]) -> None:
    """Parent sums, missing maxima and repeated labels: warned about, the file's figures kept."""
    for node in reversed(nodes):  # children before parents, so a parent without a maximum can use theirs
        row = node.row
        if row.children:
            summed = sum((child.maximum for child in row.children), Decimal("0.00"))
            if node.stated is None:
                row.maximum = summed
                message = (f"line {row.line}, {row.code}: no maximum is printed; the sum of its parts, "
                           f"{format_score(summed)}, is used.")
                warnings.append(CriteriaWarning(row.line, row.code, "no_maximum", message, {"computed": summed}))
                row.warning = message
            elif summed != node.stated:
                message = (f"line {row.line}, {row.code}: the maximum printed is {format_score(node.stated)} but "
                           f"its parts add up to {format_score(summed)}; the printed maximum is kept.")
                warnings.append(CriteriaWarning(row.line, row.code, "max_mismatch", message,
                                                {"file_value": node.stated, "computed": summed}))
                row.warning = message
        elif node.stated is None:
            raise ImportRefused(f"line {row.line}, {row.code}: the maximum (ĐIỂM CHUẨN) is empty.",
                                kind="missing_maximum", line=row.line, code=row.code)
    groups: dict[tuple[str | None, str], list[CriterionRow]] = {}
    for node in nodes:
        groups.setdefault((node.row.parent, _label_key(node.label)), []).append(node.row)
    for rows in groups.values():
        if len(rows) < 2:
            continue
        lines = ", ".join(str(r.line) for r in rows)
        for row in rows:
            message = (f"line {row.line}, {row.code}: the same number is printed twice under one parent "
                       f"(lines {lines}); both rows are kept.")
            row.warning = f"{row.warning} {message}" if row.warning else message
        first = rows[0]
        warnings.append(CriteriaWarning(first.line, first.code, "duplicate_label",
                                        f"lines {lines}: {first.code} is printed {len(rows)} times under one "
                                        "parent; all rows are kept — check the numbering.",
                                        {"lines": [r.line for r in rows]}))


def _label_key(label: _Label) -> str:
    return ".".join(label.parts) if label.parts else f"{label.style[0]}:{label.core}"


# --- the JSON exchange form -----------------------------------------------------------------------------
FORMAT = "cchc-criteria-set"
FORMAT_VERSION = 2  # 2: rows carry "kind" and "rule", the set its "grades"
READABLE_VERSIONS = (1, 2)  # a version-1 file has manual rules, score kinds and the standard grades
KINDS = ("score", "bonus", "deduction")
_PATH = re.compile(r"[1-9][0-9]{0,3}(?:\.[1-9][0-9]{0,3}){0,15}")


def plain(value: Decimal) -> str:
    """Two places with a dot: how JSON carries a maximum ("2.50")."""
    return f"{value.quantize(Decimal('0.01')):f}"


def row_record(row: CriterionRow) -> dict:
    return {"path": row.path, "code": row.code, "title": row.title, "level": row.level, "parent": row.parent,
            "leaf": row.is_leaf, "max": plain(row.maximum), "guide": row.guide, "warning": row.warning,
            "kind": row.kind, "rule": row.rule}


def canonical_rule(rule: dict | None) -> dict | None:
    """A rule as the set carries it: a manual rule that says nothing about "no task" is no rule at all."""
    if rule is None or (rule.get("kind") == "manual" and rule.get("not_applicable") is None):
        return None
    return rule


def canonical_grades(grades: list[dict] | None) -> list[dict] | None:
    """The set's grade bands, or None when they are the standard ones (≥ 90 Tốt, 80 Khá, 65 Trung bình, Yếu)."""
    from .index import DEFAULT_GRADES, GradeScale

    if grades is None:
        return None
    # "90" and "90.00" are one bound: written the short way, so both give one digest.
    scale = [{"from": f"{Decimal(band['from']).normalize():f}", "label": band["label"]}
             for band in GradeScale.from_dict(grades).to_dict()]
    return None if scale == DEFAULT_GRADES.to_dict() else scale


def content_digest(name: str, year: int, level: str, rows: Sequence[CriterionRow],
                   grades: list[dict] | None = None) -> str:
    """SHA-256 of the set's canonical content: name, year, level and each row's path, code, title, maximum,
    guide and warning, with its kind and rule when it has them, and the grades when they are not the standard
    ones, as compact UTF-8 JSON. Ids and version numbers, which differ between databases, are left out, so two
    databases holding the same set get the same digest; a set with no rules digests as format version 1 did."""
    import hashlib
    import json

    def record(r: CriterionRow) -> list:
        base = [r.path, r.code, r.title, plain(r.maximum), r.guide, r.warning]
        rule = canonical_rule(r.rule)
        return base + [r.kind, rule] if r.kind != "score" or rule is not None else base

    content: dict = {"name": name, "year": year, "level": level, "rows": [record(r) for r in rows]}
    grades = canonical_grades(grades)
    if grades is not None:
        content["grades"] = grades
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def set_document(*, name: str, year: int, level: str, version: int | None, rows: Sequence[CriterionRow],
                 grades: list[dict] | None = None) -> dict:
    from .index import DEFAULT_GRADES

    return {"format": FORMAT, "format_version": FORMAT_VERSION, "name": name, "year": year, "level": level,
            "version": version, "maximum": plain(sum((r.maximum for r in rows if r.parent is None), Decimal(0))),
            "grades": canonical_grades(grades) or DEFAULT_GRADES.to_dict(),
            "rows": [row_record(row) for row in rows],
            "sha256": content_digest(name, year, level, rows, grades)}


@dataclass(frozen=True)
class SetDocument:
    name: str
    year: int
    level: str
    rows: list[CriterionRow]
    sha256: str
    grades: list[dict] | None = None  # None: the standard grades


def read_set_document(data: object, *, source: str = "file") -> SetDocument:
    """Check an exported set (see docs/frameworks.md) and rebuild its rows; any doubt refuses the file."""
    def refuse(message: str, kind: str = "bad_set_file", **params: object) -> ImportRefused:
        return ImportRefused(f"{source}: {message}", kind=kind, **params)

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refuse("this is not a criteria set exported by CCHC Desktop (no \"format\": \"cchc-criteria-set\").")
    version = data.get("format_version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise refuse(f"format version {version!r} is not one this program reads "
                     f"({FORMAT_VERSION}); install the newer version that wrote it.", kind="newer_set_file")
    name, year, level = data.get("name"), data.get("year"), data.get("level")
    if not isinstance(name, str) or not name.strip():
        raise refuse("the set has no name.")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise refuse(f"the year {year!r} is not a year between 2000 and 2100.")
    if level not in LEVELS:
        raise refuse(f"the level {level!r} is not one of {', '.join(LEVELS)}.")
    records = data.get("rows")
    if not isinstance(records, list) or not records:
        raise refuse("the set has no rows.", kind="no_rows")
    rows: list[CriterionRow] = []
    by_path: dict[str, CriterionRow] = {}
    root_count = 0
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise refuse(f"row {number} is not an object.")
        path, code, title = record.get("path"), record.get("code"), record.get("title")
        if not isinstance(path, str) or not _PATH.fullmatch(path):
            raise refuse(f"row {number}: {path!r} is not a path such as 2.5.1.", line=number)
        label = code if isinstance(code, str) and code.strip() else path
        if not isinstance(title, str) or not clean_text(title):
            raise refuse(f"row {number}, {label}: the criterion has no title.", line=number, code=label)
        text = record.get("max")
        if not isinstance(text, str):
            raise refuse(f"row {number}, {label}: the maximum must be text such as \"2.50\".", line=number,
                         code=label)
        try:
            maximum = _maximum(text, number, label)
        except ImportRefused as error:
            raise ImportRefused(f"{source}: row {number}, {label}: the maximum “{text}” cannot be used "
                                f"({error.kind.replace('_', ' ')}).", kind=error.kind, **error.params) from None
        parent_path, dot, last = path.rpartition(".")
        parent = by_path.get(parent_path) if dot else None
        siblings = parent.children if parent else None
        expected = (len(siblings) if siblings is not None else root_count) + 1
        if (dot and parent is None) or int(last) != expected:
            raise refuse(f"row {number}, {label}: path {path} does not follow the rows before it "
                         "(rows must come in document order).", line=number, code=label)
        guide, warning = record.get("guide"), record.get("warning")
        kind = record.get("kind") or "score"
        if kind not in KINDS:
            raise refuse(f"row {number}, {label}: the kind {kind!r} is not one of {', '.join(KINDS)}.", line=number,
                         code=label)
        rule = _read_rule(record.get("rule"), refuse, number, label)
        row = CriterionRow(path=path, code=unicodedata.normalize("NFC", label), title=clean_text(title),
                           maximum=maximum, line=number, parent=parent_path if dot else None,
                           guide=unicodedata.normalize("NFC", guide) if isinstance(guide, str) and guide else None,
                           warning=warning if isinstance(warning, str) and warning else None,
                           kind=kind, rule=rule)
        if parent is None:
            root_count += 1
        else:
            parent.children.append(row)
        by_path[path] = row
        rows.append(row)
        if len(rows) > MAX_CRITERIA:
            raise refuse(f"more than {MAX_CRITERIA:,} criteria.", kind="too_large")
    for row in rows:
        if row.rule is not None and row.children:
            raise refuse(f"{row.code}: only a sub-criterion (a row without sub-criteria) has a scoring rule.",
                         code=row.code)
    grades = _read_grades(data.get("grades"), refuse)
    digest = content_digest(name, year, level, rows, grades)
    stated = data.get("sha256")
    if stated is not None and stated != digest:
        raise refuse("its SHA-256 does not match its content: the file was changed after it was exported. "
                     "Export it again from the program that holds the set.", kind="digest_mismatch")
    return SetDocument(name.strip(), year, level, rows, digest, grades)


def _read_rule(data: object, refuse, number: int, label: str) -> dict | None:  # noqa: ANN001
    """A row's rule as the file gives it, read back through domain.rules so a malformed one is refused."""
    from .errors import RuleError
    from .rules import from_dict, to_dict

    if data is None:
        return None
    if not isinstance(data, dict):
        raise refuse(f"row {number}, {label}: the scoring rule is not an object.", line=number, code=label)
    try:
        return canonical_rule(to_dict(from_dict(data)))
    except RuleError as error:
        raise refuse(f"row {number}, {label}: {error}", line=number, code=label) from None


def _read_grades(data: object, refuse) -> list[dict] | None:  # noqa: ANN001
    from .errors import FrameworkError

    if data is None:
        return None
    if not isinstance(data, list):
        raise refuse("the grades are not a list of {\"from\", \"label\"} bands.")
    try:
        return canonical_grades(data)
    except FrameworkError as error:
        raise refuse(f"the grades cannot be used: {error}") from None
