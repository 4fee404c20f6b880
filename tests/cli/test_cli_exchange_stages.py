"""The yearly cycle between two offices' databases: each package brings only what its sender owns."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

from cchc_desktop.reports.package_files import package_bytes, write_package
from cchc_desktop.services import Workspace
from cchc_desktop.services.exchange import build_manifest
from cli_helpers import run


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def show(capsys, db, sheet):
    return json.loads(ok(capsys, "--db", db, "show", sheet, "--json"))


def columns(data):
    """What the two offices compare: every row's columns, and the stage."""
    keys = ("self", "round1", "final", "appraisal", "explanation", "note")
    return data["stage"], [{k: row[k] for k in ("code", *keys)} for row in data["rows"]]


def send(capsys, db, sheet, path):
    ok(capsys, "--db", db, "export", sheet, "-o", path)
    return path


def receive(capsys, db, path) -> int:
    return int(ok(capsys, "--db", db, "receive", path).strip().splitlines()[-1])


def self_assessed(tmp_path, seed_path):
    """The seed as a unit's own scoring: its figures in the self-assessment column, no appraisal yet."""
    path = tmp_path / "tu-cham.txt"
    path.write_text(seed_path.read_text(encoding="utf-8").replace("ĐIỂM THẨM ĐỊNH", "ĐIỂM TỰ ĐÁNH GIÁ"),
                    encoding="utf-8")
    return path


def test_unit_to_appraiser_to_unit_and_back_reproduces_every_column(tmp_path, capsys, seed_path):
    unit, province = tmp_path / "xa.db", tmp_path / "so.db"
    ok(capsys, "--db", unit, "import", self_assessed(tmp_path, seed_path), "--unit", "Xã Mù Cả", "--year", 2024)
    ok(capsys, "--db", unit, "set", 1, "1.1", "0,75", "--column", "self")
    ok(capsys, "--db", unit, "set", 1, "1.2.1", "0,5", "--column", "self")
    ok(capsys, "--db", unit, "note", 1, "1.1", "có kế hoạch")
    ok(capsys, "--db", unit, "stage", 1, "submitted")
    there = receive(capsys, province, send(capsys, unit, 1, tmp_path / "1-nop.cchc"))
    assert show(capsys, province, there)["stage"] == "submitted"

    ok(capsys, "--db", province, "set", there, "1.1", "0,5", "--column", "round1")
    ok(capsys, "--db", province, "set", there, "1.2.1", "0,25", "--column", "round1")
    ok(capsys, "--db", province, "stage", there, "appraised")
    assert receive(capsys, unit, send(capsys, province, there, tmp_path / "2-vong1.cchc")) == 1

    ok(capsys, "--db", unit, "explain", 1, "1.1", "Kế hoạch ban hành ngày 15/1")
    ok(capsys, "--db", unit, "stage", 1, "explained")
    receive(capsys, province, send(capsys, unit, 1, tmp_path / "3-giai-trinh.cchc"))

    ok(capsys, "--db", province, "set", there, "1.1", "0,75", "--column", "final")
    ok(capsys, "--db", province, "set", there, "1.2.1", "0,25", "--column", "final")
    ok(capsys, "--db", province, "stage", there, "final")
    final_package = send(capsys, province, there, tmp_path / "4-ket-qua.cchc")
    receive(capsys, unit, final_package)

    mine, theirs = columns(show(capsys, unit, 1)), columns(show(capsys, province, there))
    assert mine == theirs and mine[0] == "final"
    row = next(r for r in mine[1] if r["code"] == "1.1")
    assert row == {"code": "1.1", "self": "0.75", "round1": "0.50", "final": "0.75", "appraisal": "0.75",
                   "explanation": "Kế hoạch ban hành ngày 15/1", "note": "có kế hoạch"}
    # Receiving the same package twice changes nothing.
    before = show(capsys, unit, 1)
    receive(capsys, unit, final_package)
    assert show(capsys, unit, 1) == before


def test_a_unit_package_cannot_bring_an_appraisal(tmp_path, capsys, seed_path):
    unit, province = tmp_path / "xa.db", tmp_path / "so.db"
    ok(capsys, "--db", unit, "import", seed_path, "--unit", "Xã Mù Cả", "--year", 2024)
    ok(capsys, "--db", unit, "set", 1, "1.1", "0,75", "--column", "self")
    ok(capsys, "--db", unit, "stage", 1, "submitted")
    with Workspace.open(unit) as workspace:
        manifest = build_manifest(workspace, 1)
    assert set(manifest.scores) == {"self"}
    # A package at stage submitted that also claims round 1 and final appraisals: only the unit's part is taken.
    forged = dataclasses.replace(manifest, scores={**manifest.scores, "appraisal": {"1.1": Decimal("1")},
                                                   "round1": {"1.1": Decimal("1")}})
    path = tmp_path / "nop.cchc"
    write_package(path, package_bytes(forged, {}))
    there = receive(capsys, province, path)
    row = next(r for r in show(capsys, province, there)["rows"] if r["code"] == "1.1")
    assert (row["self"], row["round1"], row["final"]) == ("0.75", None, None)


def test_a_package_that_skips_a_stage_is_refused_before_anything_is_written(tmp_path, capsys, seed_path):
    unit, province = tmp_path / "xa.db", tmp_path / "so.db"
    ok(capsys, "--db", unit, "import", seed_path, "--unit", "Xã Mù Cả", "--year", 2024)
    ok(capsys, "--db", unit, "stage", 1, "submitted")
    receive(capsys, province, send(capsys, unit, 1, tmp_path / "1.cchc"))
    ok(capsys, "--db", unit, "stage", 1, "--back", "--reason", "thử")  # the unit's own copy, for the test only
    ok(capsys, "--db", province, "stage", 1, "appraised")
    ok(capsys, "--db", province, "stage", 1, "explained")
    ok(capsys, "--db", province, "stage", 1, "final")
    before = show(capsys, unit, 1)
    code, _, err = run(capsys, "--db", unit, "receive", send(capsys, province, 1, tmp_path / "4.cchc"))
    assert code == 2 and "a stage in between is missing" in err
    assert show(capsys, unit, 1) == before
