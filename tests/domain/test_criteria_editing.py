"""An edited tree becomes rows as an import would: paths renumbered, printed labels kept, sums warned about."""

from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria_editing import EditNode, rows_of, sum_warning, tree_of
from cchc_desktop.domain.tables import ImportRefused


def tree():
    return [EditNode("I", "Chỉ đạo", Decimal("3"), children=[
                EditNode("1", "Kế hoạch", Decimal("1"), guide="Đúng hạn: 1 điểm"),
                EditNode("2", "Báo cáo", Decimal("1.5"))]),
            EditNode("II", "Thể chế", Decimal("2"))]


def test_paths_follow_the_tree_and_printed_labels_guides_stay():
    rows, warnings = rows_of(tree())
    assert [(r.path, r.code, r.parent) for r in rows] == [("1", "I", None), ("1.1", "1", "1"), ("1.2", "2", "1"),
                                                          ("2", "II", None)]
    assert rows[1].guide == "Đúng hạn: 1 điểm" and rows[0].children == rows[1:3]
    [warning] = warnings
    assert warning.kind == "max_mismatch" and "3,00" in warning.message and "2,50" in warning.message
    assert rows[0].warning == warning.message


def test_the_parent_sum_warning_goes_once_the_sum_is_right():
    roots = tree()
    assert sum_warning(roots[0])
    roots[0].children[1].maximum = Decimal("2")
    assert sum_warning(roots[0]) is None and rows_of(roots)[1] == []


def test_a_round_trip_through_rows_gives_the_same_tree():
    rows, _ = rows_of(tree())
    assert rows_of(tree_of(rows))[0] == rows


@pytest.mark.parametrize("change, kind", [
    (lambda n: setattr(n, "title", "  "), "missing_title"),
    (lambda n: setattr(n, "maximum", Decimal("1.005")), "too_many_decimals"),
    (lambda n: setattr(n, "maximum", Decimal("-1")), "negative"),
])
def test_what_an_import_refuses_the_editor_refuses_naming_the_row(change, kind):
    roots = tree()
    change(roots[0].children[1])
    with pytest.raises(ImportRefused) as refused:
        rows_of(roots)
    assert refused.value.kind == kind and refused.value.params["code"] == "2"


def test_an_empty_set_is_refused():
    with pytest.raises(ImportRefused):
        rows_of([])
