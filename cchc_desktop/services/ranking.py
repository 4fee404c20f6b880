"""The appraising office's verbs: rank every sheet of a year, export it (xlsx, pdf), export one sheet to Excel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import CchcError
from ..domain.index import ColumnIndex
from ..domain.numbers import format_plain
from ..domain.ranking import (ComparedRow, Comparison, RankedUnit, RankInput, Shortfall, YearSheet, compare_years,
                              largest_shortfalls, rank)
from ..domain.scoring import Column, ScoreSheet
from ..domain.stages import Stage, stage_of
from ..store import repository
from .printing import Signer, columns_with_scores, write_file
from .workspace import Workspace

# The command line says "final" for the appraisal column: today the appraisal is the final score.
COLUMN_NAMES = {"self": Column.SELF, "final": Column.APPRAISAL, "appraisal": Column.APPRAISAL}
ZIP_MAGIC = b"PK\x03\x04"


class RankingError(CchcError):
    kind = "ranking"


def parse_column(text: str) -> Column:
    try:
        return COLUMN_NAMES[text]
    except KeyError:
        raise RankingError(f"“{text}” is not a score column: use self or final.", kind="bad_column",
                           text=text) from None


def year_sheets(workspace: Workspace, year: int) -> list[RankInput]:
    """Every sheet of ``year`` with its scores, read in one connection; sheets of one criteria set share its tree."""
    found: list[RankInput] = []
    with workspace.engine.connect() as connection:
        sheets = [info for info in repository.list_sheets(connection) if info.year == year]
        frameworks: dict[int, tuple] = {}
        scores = repository.load_year_scores(connection, year)
        for info in sheets:
            if info.framework_id not in frameworks:
                framework, framework_info, _ = repository.load_framework(connection, info.framework_id)
                frameworks[info.framework_id] = (framework, framework_info.rounding_places)
            framework, places = frameworks[info.framework_id]
            # One pass per sheet over rows read in one query: leaf-by-leaf set_score took 1.6 s on 1,000 sheets.
            sheet = ScoreSheet.from_hundredths(framework, scores.get(info.id, ()), rounding_places=places)
            found.append(RankInput(info.unit, info.id, sheet))
    return found


@dataclass(frozen=True)
class SheetState:
    """What the overview shows beside a ranked sheet's scores: where it stands in the yearly cycle, and how many
    scored leaves still lack evidence (thiếu minh chứng)."""

    stage: Stage
    evidence_gaps: int


def year_states(workspace: Workspace, year: int) -> dict[int, SheetState]:
    """Every sheet of ``year``'s stage and evidence gaps, read in two queries (not one per sheet)."""
    from ..store import evidence

    with workspace.engine.connect() as connection:
        sheets = [info for info in repository.list_sheets(connection) if info.year == year]
        gaps = evidence.gaps_of_year(connection, year)
    return {info.id: SheetState(stage_of(info.stage, info.finalized_at is not None), gaps.get(info.id, 0))
            for info in sheets}


def rank_year(workspace: Workspace, year: int, column: Column = Column.APPRAISAL) -> list[RankedUnit]:
    entries = year_sheets(workspace, year)
    if not entries:
        years = sorted({info.year for info in workspace.sheets()})
        known = f" The database has sheets for {', '.join(map(str, years))}." if years else ""
        raise RankingError(f"There are no sheets for {year} to rank.{known}", kind="no_sheets", year=year)
    return rank(entries, column)


@dataclass(frozen=True)
class TrendPoint:
    """One year of a unit's history: its own sheet, or (``predecessor``) the sheet of a unit merged into it."""

    year: int
    unit: str  # whose sheet it is
    predecessor: bool
    result: RankedUnit


def unit_trend(workspace: Workspace, unit: str, column: Column = Column.APPRAISAL) -> list[TrendPoint]:
    """One unit's result in every year it has a sheet, oldest first, with the sheets of the units merged into it
    (the 2025 reorganisation, services/units.py) labelled as its predecessors'. Names are compared as the
    workspace compares them. Worked out as the ranking works it out, so the trend and the year's ranking never
    disagree."""
    from ..domain.sheet_title import unit_key
    from .rules import indices
    from .units import predecessors

    own = unit_key(unit)
    earlier = {unit_key(name) for name in predecessors(workspace, unit)}
    found = []
    for info in sorted(workspace.sheets(), key=lambda info: (info.year, unit_key(info.unit) != own, info.unit)):
        key = unit_key(info.unit)
        if key != own and key not in earlier:
            continue
        document = workspace.open_sheet(info.id)
        found.append(TrendPoint(info.year, info.unit, key != own,
                                rank([RankInput(info.unit, info.id, document.sheet)], column)[0]))
    return found


def compare_unit(workspace: Workspace, unit: str, column: Column = Column.APPRAISAL) -> Comparison:
    """One unit's sheets side by side over the years (its predecessors' labelled), per area and per criterion where
    the years' sets match by code and title; the rows that do not match are listed (domain.ranking.compare_years).
    A year without the unit's own sheet takes a predecessor's (the first by name when several merged into it)."""
    from ..domain.sheet_title import unit_key
    from .rules import indices
    from .units import predecessors

    if not unit.strip():
        raise RankingError("The unit name is empty: give the unit to compare (see: cchc units).", kind="empty_unit")
    own = unit_key(unit)
    earlier = {unit_key(name) for name in predecessors(workspace, unit)}
    chosen: dict[int, YearSheet] = {}
    for info in sorted(workspace.sheets(), key=lambda info: (info.year, unit_key(info.unit) != own, info.unit)):
        key = unit_key(info.unit)
        if (key == own or key in earlier) and info.year not in chosen:  # the unit's own sheet first in its year
            document = workspace.open_sheet(info.id)
            chosen[info.year] = YearSheet(info.year, document.sheet, "" if key == own else info.unit, info.id,
                                          indices(document)[column])
    if not chosen:
        raise RankingError(f"There is no sheet of {unit}: check the unit's name (see: cchc units).",
                           kind="unit_not_found", unit=unit)
    return compare_years(list(chosen.values()), column)


def comparison_dict(found: Comparison) -> dict:
    """``cchc compare --json``: decimals as strings with a dot and two places, None where nothing is entered."""
    def row(item: ComparedRow) -> dict:
        return {"code": item.code, "title": item.title, "max": [format_plain(m) for m in item.maxima],
                "score": [format_plain(s) for s in item.scores]}

    def total(index: ColumnIndex | None) -> dict | None:
        if index is None:
            return None
        return {"final": format_plain(index.final), "applicable_max": format_plain(index.applicable_maximum),
                "index": format_plain(index.index), "grade": index.grade}

    return {"years": list(found.years), "predecessors": [label or None for label in found.labels],
            "totals": [total(index) for index in found.indices],
            "areas": [row(item) for item in found.areas],
            "criteria": [row(item) for item in found.criteria],
            "unmatched": [{"year": item.year, "code": item.code, "title": item.title, "reason": item.reason}
                          for item in found.unmatched]}


def trend_dict(points: list[TrendPoint]) -> list[dict]:
    return [{"year": point.year, "unit": point.unit, "predecessor": point.predecessor,
             "sheet": point.result.sheet_id, "index": format_plain(point.result.index), "grade": point.result.grade,
             "total": format_plain(point.result.result.final)} for point in points]


def shortfalls(workspace: Workspace, year: int, column: Column = Column.APPRAISAL) -> list[Shortfall]:
    return largest_shortfalls(year_sheets(workspace, year), column)


def ranking_dict(ranked: list[RankedUnit], states: dict[int, SheetState] | None = None) -> list[dict]:
    """The ranking as plain data: decimals as strings with a dot and two places, None where nothing is entered;
    with ``states`` (year_states), each row's ``stage`` and ``evidence_gaps`` too."""
    rows = []
    for unit in ranked:
        result = unit.result
        state = states.get(unit.sheet_id) if states is not None else None
        rows.append({
            "unit": unit.unit,
            "sheet": unit.sheet_id,
            "rank": unit.rank,
            "scored": unit.scored,
            "index": format_plain(unit.index),
            "grade": unit.grade,
            "totals": {
                "self": format_plain(unit.totals[Column.SELF].final),
                "final": format_plain(unit.totals[Column.APPRAISAL].final),
                "max": format_plain(result.maximum),
                "applicable_max": format_plain(result.applicable_maximum),
            },
            "areas": [{"code": area.code, "title": area.title, "max": format_plain(area.maximum),
                       "score": format_plain(area.score)} for area in unit.areas],
            "progress": {"scored": unit.scored_leaves, "leaves": unit.applicable_leaves},
        })
        if states is not None:
            rows[-1]["stage"] = state.stage.value if state else None
            rows[-1]["evidence_gaps"] = state.evidence_gaps if state else None
    return rows


def shortfall_dict(found: list[Shortfall]) -> list[dict]:
    return [{"code": item.code, "title": item.title, "max": format_plain(item.maximum),
             "lost": format_plain(item.lost),
             "units": [{"unit": unit, "lost": format_plain(lost)} for unit, lost in item.units]} for item in found]


@dataclass(frozen=True)
class RankingPrint:
    """What the printed ranking says about the office that issues it; no issuer lines: worked out from the units
    ranked (issuer_of)."""

    issuer_lines: tuple[str, ...] = ()
    place: str = ""
    signers: tuple[Signer, ...] = (Signer(("Người lập biểu",)), Signer(("Giám đốc",)))


DEFAULT_ISSUER = ("Ủy ban nhân dân tỉnh", "Sở Nội vụ")


def issuer_of(workspace: Workspace, ranked: list[RankedUnit]) -> tuple[tuple[str, ...], str]:
    """The ranking's header and place: when every ranked unit that has a body above it recorded has the same one
    (e.g. "UBND tỉnh Lai Châu"), that body over its Home Affairs office ("Sở Nội vụ") and its place; otherwise
    the usual "Ủy ban nhân dân tỉnh" / "Sở Nội vụ" and no place."""
    from ..domain.headers import appraising_office, place_of
    from ..domain.sheet_title import unit_key
    from .units import list_units

    ranked_names = {unit_key(unit.unit) for unit in ranked}
    parents = {unit.parent for unit in list_units(workspace) if unit.parent and unit_key(unit.name) in ranked_names}
    if len(parents) != 1:
        return DEFAULT_ISSUER, ""
    (parent,) = parents
    return appraising_office(parent), place_of(parent)


def _write(workspace: Workspace, path: Path, data: bytes, force: bool) -> None:
    if path.suffix.lower() == ".xlsx" and path.is_file():
        # Writing a workbook again over the last export is the usual case; any other file still needs --force.
        with path.open("rb") as stream:
            force = force or stream.read(len(ZIP_MAGIC)) == ZIP_MAGIC
    write_file(path, data, database=workspace.path, force=force)


def _kind(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise RankingError(f"{path.name}: the file name must end in {' or '.join(allowed)} (that says what to write).",
                           kind="bad_output_type", path=str(path))
    return suffix


def export_ranking(workspace: Workspace, year: int, output: Path | str, *, column: Column = Column.APPRAISAL,
                   office: RankingPrint = RankingPrint(), force: bool = False) -> list[RankedUnit]:
    """Write the year's ranking as an .xlsx workbook or a printable .pdf, chosen by the file name."""
    path = Path(output)
    suffix = _kind(path, (".xlsx", ".pdf"))
    ranked = rank_year(workspace, year, column)
    if suffix == ".xlsx":
        from ..reports.workbooks import ranking_workbook

        data = ranking_workbook(ranked, year=year, column=column)
    else:
        from ..reports.pdf import SheetLayout, Signer
        from ..reports.ranking_pdf import render_ranking_pdf

        issuer, place = issuer_of(workspace, ranked)
        layout = SheetLayout(
            issuer_lines=office.issuer_lines or issuer, place=office.place or place or "……", year=year,
            title_lines=("Bảng xếp hạng Chỉ số cải cách hành chính", f"năm {year}"),
            subtitle="(theo điểm tự đánh giá)" if column is Column.SELF else "(theo điểm thẩm định)",
            signers=tuple(Signer(s.roles, s.name) for s in office.signers))
        data = render_ranking_pdf(ranked, layout, column=column)
    _write(workspace, path, data, force)
    return ranked


def export_sheet(workspace: Workspace, sheet_id: int, output: Path | str, *, force: bool = False) -> Path:
    """Write one sheet as an .xlsx workbook whose subtotals are formulas over the criteria below them."""
    from ..reports.workbooks import score_sheet_workbook

    path = Path(output)
    _kind(path, (".xlsx",))
    document = workspace.open_sheet(sheet_id)
    data = score_sheet_workbook(document.sheet, unit=document.info.unit, year=document.info.year,
                                columns=columns_with_scores(document))
    _write(workspace, path, data, force)
    return path
