"""A sheet read in one pass from stored hundredths is the sheet that set_score builds leaf by leaf."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.errors import NotALeafError, ScoreRangeError
from cchc_desktop.domain.numbers import to_hundredths
from cchc_desktop.domain.scoring import Column, ScoreSheet
from cchc_desktop.domain.tables import read_table, text_rows


def seed_table(seed_text):
    return read_table(text_rows(seed_text), source="seed")


def state(sheet: ScoreSheet):
    """Everything a reader of the sheet can see: entries, every node's totals in both columns, notes."""
    nodes = [None, *(node.code for node in sheet.framework)]
    return ({column: dict(sheet.entries(column)) for column in Column},
            {(code, column): sheet.totals(code, column) for code in nodes for column in Column},
            {(code, column): str(sheet.totals(code, column).exact) for code in nodes for column in Column},
            dict(sheet.notes()))


def stored_rows(sheet: ScoreSheet):
    codes = set(sheet.entries(Column.SELF)) | set(sheet.entries(Column.APPRAISAL))
    return [(code, *(None if sheet.entry(code, column) is None else to_hundredths(sheet.entry(code, column))
                     for column in (Column.SELF, Column.APPRAISAL))) for code in codes]


@pytest.mark.parametrize("places", [2, 1, 0])
def test_the_seed_read_in_bulk_equals_the_seed_entered_leaf_by_leaf(seed_text, places):
    table = seed_table(seed_text)
    one_by_one = ScoreSheet(table.framework, rounding_places=places)
    for code, value in table.sheet.entries(Column.APPRAISAL).items():
        one_by_one.set_score(code, Column.APPRAISAL, value)
    leaves = table.framework.leaves()
    for leaf in leaves[::3]:  # the other column partly filled, so unscored leaves are counted right too
        one_by_one.set_score(leaf.code, Column.SELF, leaf.maximum)
    one_by_one.set_note(leaves[0].code, "Có minh chứng")
    bulk = ScoreSheet.from_hundredths(table.framework, stored_rows(one_by_one),
                                      notes={leaves[0].code: "Có minh chứng"}, rounding_places=places)
    assert bulk.total(Column.APPRAISAL) == Decimal("79.24")
    assert str(bulk.total(Column.APPRAISAL)) == "79.24"
    assert state(bulk) == state(one_by_one)
    # and it keeps working as an ordinary sheet afterwards
    bulk.set_score(leaves[1].code, Column.APPRAISAL, Decimal("0"))
    one_by_one.set_score(leaves[1].code, Column.APPRAISAL, Decimal("0"))
    assert state(bulk) == state(one_by_one)


def test_bulk_loading_refuses_what_set_score_refuses(seed_text):
    framework = seed_table(seed_text).framework
    leaf = framework.leaves()[0]
    over = int(leaf.maximum * 100) + 1
    with pytest.raises(ScoreRangeError) as raised:
        ScoreSheet.from_hundredths(framework, [(leaf.code, None, over)])
    assert raised.value.kind == "over_maximum"
    with pytest.raises(NotALeafError):
        ScoreSheet.from_hundredths(framework, [(framework.roots[0].code, 100, None)])
