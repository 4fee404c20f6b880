"""The exchange manifest: what a valid one holds, and every problem of an invalid one named."""

import json
from decimal import Decimal

import pytest

from cchc_desktop.domain.criteria_sets import read_criteria, set_document
from cchc_desktop.domain.package import FORMAT_VERSION, Manifest, PackageRefused, manifest_bytes, read_manifest

ROWS = [["STT", "Tiêu chí", "Điểm tối đa"], ["I", "CÔNG TÁC CHỈ ĐẠO", "5"], ["1", "Kế hoạch CCHC", "3"],
        ["2", "Tuyên truyền", "2"],
        ["II", "CẢI CÁCH THỂ CHẾ", "2,5"]]


def criteria():
    rows = read_criteria(ROWS).rows
    return set_document(name="Bộ chỉ số cấp xã 2025", year=2025, level="commune", version=1, rows=rows)


def manifest(**changes) -> dict:
    made = Manifest(unit="Xã Mường So", unit_kind="commune", year=2025, criteria_set=criteria(), made_by="lan",
                    made_at="2025-12-01T09:00:00+07:00", scores={"self": {"1.1": Decimal("2.50")}},
                    notes={"1.2": "Đã tuyên truyền trên loa"})
    data = json.loads(manifest_bytes(made))
    data.update(changes)
    return data


def test_a_manifest_reads_back_as_written():
    found, document = read_manifest(manifest())
    assert found.unit == "Xã Mường So" and found.year == 2025 and found.stage == "drafting"
    assert found.scores == {"self": {"1.1": Decimal("2.50")}}
    assert found.notes == {"1.2": "Đã tuyên truyền trên loa"}
    assert document.sha256 == criteria()["sha256"] == found.criteria_sha256


def test_the_stored_form_is_one_form_for_one_content():
    first, _ = read_manifest(manifest())
    again, _ = read_manifest(json.loads(manifest_bytes(first)))
    assert manifest_bytes(first) == manifest_bytes(again)


def test_every_problem_is_named_at_once():
    data = manifest(year=1999, stage="approved", scores={"self": {"1.1": "3.50", "9.9": "1", "1.2": "abc"},
                                                         "round7": {}})
    with pytest.raises(PackageRefused) as caught:
        read_manifest(data)
    problems = "\n".join(caught.value.problems)
    assert "1999" in problems and "approved" in problems and "round7" in problems
    assert "scores.self.1.1" in problems and "maximum" in problems  # 3.50 over the maximum of 3
    assert "9.9 is not a sub-criterion" in problems
    assert "scores.self.1.2" in problems
    assert caught.value.kind == "bad_manifest"


def test_an_unknown_format_version_is_refused_as_such():
    with pytest.raises(PackageRefused, match="format version 2") as caught:
        read_manifest(manifest(format_version=FORMAT_VERSION + 1))
    assert caught.value.kind == "unknown_version"


def test_a_criteria_set_changed_after_hashing_is_refused():
    data = manifest()
    data["criteria_set"]["rows"][1]["max"] = "2.00"  # hash left as it was
    with pytest.raises(PackageRefused, match="does not match its SHA-256") as caught:
        read_manifest(data)
    assert caught.value.kind == "criteria_set_mismatch"


def test_evidence_names_may_not_carry_folders():
    data = manifest(evidence=[{"sha256": "0" * 64, "name": "../../x.pdf", "size": 3, "criterion": "1.1"}])
    with pytest.raises(PackageRefused, match="without folders"):
        read_manifest(data)


def test_an_unknown_field_is_a_problem_not_silently_dropped():
    with pytest.raises(PackageRefused, match="round1"):
        read_manifest(manifest(round1={}))
