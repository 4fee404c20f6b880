"""The ranking and export subcommands of ``cchc``: every unit of a year at once, and a sheet as a workbook."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal

from .cli import command, open_workspace, signer, year
from .domain.numbers import format_score


def _configure_ranking(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=year, required=True, help="year whose sheets are ranked (all of them)")
    parser.add_argument("--column", choices=["self", "final"], default="final",
                        help="rank by the self-assessment or by the final (appraisal) score; default final")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the ranking as JSON")
    output.add_argument("-o", "--output", help="write the ranking to FILE.xlsx or FILE.pdf")
    parser.add_argument("--shortfalls", action="store_true",
                        help="print the ten criteria on which the units lost most points")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file of another kind")
    parser.add_argument("--issuer", action="append", metavar="LINE",
                        help="printed ranking: issuing body lines (default: the body above the units ranked, over "
                             "its Home Affairs office)")
    parser.add_argument("--place", help="printed ranking: place before the date")
    parser.add_argument("--signer", action="append", type=signer, metavar="ROLE[/ROLE2]=NAME",
                        help="printed ranking: a signature block; repeat for more")


@command("ranking", _configure_ranking)
def _ranking(args: argparse.Namespace) -> int:
    """Rank every sheet of a year by index (ties share a rank), or write the ranking to .xlsx or .pdf."""
    from .services import printing, ranking

    column = ranking.parse_column(args.column)
    with open_workspace(args) as workspace:
        if args.output:
            ranked = ranking.export_ranking(workspace, args.year, args.output, column=column,
                                            office=_office(args, ranking, printing), force=args.force)
            print(f"wrote {args.output}: {len(ranked)} units", file=sys.stderr)
            return 0
        if args.shortfalls:
            found = ranking.shortfalls(workspace, args.year, column)
            if args.json:
                print(json.dumps(ranking.shortfall_dict(found), ensure_ascii=False, indent=1))
                return 0
            for item in found:
                units = f"{len(item.units)} unit" + ("" if len(item.units) == 1 else "s")
                print(f"{item.code}\t{format_score(item.lost)}\t{units}\t{item.title}")
            return 0
        ranked = ranking.rank_year(workspace, args.year, column)
        states = ranking.year_states(workspace, args.year) if args.json else None
    if args.json:
        print(json.dumps(ranking.ranking_dict(ranked, states), ensure_ascii=False, indent=1))
        return 0
    for unit in ranked:
        mark = "" if unit.scored else "\t(no scores)"
        print(f"{unit.rank}\t{unit.unit}\t{format_score(unit.result.final, empty='-')}\t"
              f"{format_score(unit.index, empty='-')}\t{unit.grade or '-'}\t"
              f"{unit.scored_leaves}/{unit.applicable_leaves}{mark}")
    return 0


def _office(args: argparse.Namespace, ranking, printing):  # noqa: ANN001, ANN202 - the service modules
    office = ranking.RankingPrint()
    signers = office.signers
    if args.signer:
        signers = list(args.signer)
    return ranking.RankingPrint(issuer_lines=tuple(args.issuer or office.issuer_lines),
                                place=args.place or office.place, signers=tuple(signers))


def _configure_compare(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("unit", help="the unit, e.g. “Xã Khổng Lào (mới)”; its predecessors' sheets come too")
    parser.add_argument("--column", choices=["self", "final"], default="final",
                        help="compare the self-assessment or the final (appraisal) score; default final")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")


@command("compare", _configure_compare)
def _compare(args: argparse.Namespace) -> int:
    """One unit across the years: every area, and every criterion whose code and title match in each year's set."""
    from .services import ranking

    with open_workspace(args) as workspace:
        found = ranking.compare_unit(workspace, args.unit, ranking.parse_column(args.column))
    data = ranking.comparison_dict(found)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print("\t".join(["code", *map(str, data["years"]), "title"]))
    def score(text: str | None) -> str:
        return format_score(None if text is None else Decimal(text), empty="-")

    for row in data["areas"] + data["criteria"]:
        print("\t".join([row["code"], *map(score, row["score"]), row["title"]]))
    totals = [total or {} for total in data["totals"]]
    print("\t".join(["total", *(score(total.get("final")) for total in totals),
                     "final total, of the applicable maximum: "
                     + " / ".join(score(total.get("applicable_max")) for total in totals)]))
    print("\t".join(["index", *(score(total.get("index")) for total in totals), "index (of 100)"]))
    print("\t".join(["grade", *(total.get("grade") or "-" for total in totals), "grade"]))
    for item in data["unmatched"]:
        print(f"not compared: {item['year']} {item['code']} ({item['reason']}): {item['title']}", file=sys.stderr)
    return 0
