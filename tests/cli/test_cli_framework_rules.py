"""A criteria set's rules, criterion kinds and grades travel with it: JSON export, new versions, packages, the CLI."""

import json

from docx import Document

from cchc_desktop.domain.criteria_sets import content_digest, read_set_document
from cli_helpers import run


def framework(capsys, db, set_id):
    code, out, err = run(capsys, "--db", db, "framework", "show", set_id, "--json")
    assert code == 0, err
    return json.loads(out)


def decision_docx(path):
    """A commune appendix with a threshold, a ratio and a choice rule, a line no rule reads, and a bonus row."""
    document = Document()
    rows = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Ghi chú"],
            ["I", "CÔNG TÁC CHỈ ĐẠO", "8,5", ""],
            ["1", "Tỷ lệ hoàn thành kế hoạch", "2,5", ""],
            ["", "Tỷ lệ đạt từ 95% trở lên: 2,5", "", ""],
            ["", "Tỷ lệ đạt từ 80% đến dưới 95%: 1", "", ""],
            ["", "Tỷ lệ đạt dưới 80%: 0", "", ""],
            ["2", "Hoàn thành công việc", "5", ""],
            ["", "Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 5", "", ""],
            ["3", "Mục tiêu", "1", ""],
            ["", "Đạt các mục tiêu được giao: 1", "", ""],
            ["", "Không đạt: 0", "", ""],
            ["II", "ĐIỂM THƯỞNG", "2", ""],
            ["1", "Sáng kiến được công nhận", "2", ""],
            ["", "Làm tốt công tác tuyên truyền theo hướng dẫn", "", ""]]
    table = document.add_table(rows=0, cols=4)
    for cells in rows:
        for cell, text in zip(table.add_row().cells, cells):
            cell.text = text
    document.save(path)
    return path


def imported_set(capsys, db, tmp_path):
    code, out, err = run(capsys, "--db", db, "framework", "import", decision_docx(tmp_path / "pl2.docx"),
                         "--name", "Bộ chỉ số CCHC cấp xã 2025", "--year", "2025", "--level", "commune")
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def ruled_set(capsys, db, tmp_path):
    """The imported set with its bonus section marked and its own grades."""
    set_id = imported_set(capsys, db, tmp_path)
    code, out, err = run(capsys, "--db", db, "framework", "kind", set_id, "2", "bonus")
    assert code == 0 and out.splitlines() == ["2: bonus", str(set_id)], (out, err)
    code, out, err = run(capsys, "--db", db, "framework", "grades", set_id,
                         "90=Xuất sắc,75=Tốt,50=Đạt,0=Chưa đạt")
    assert code == 0 and out.splitlines()[-1] == str(set_id), (out, err)
    return set_id


def without_id(data):
    return {**data, "id": None}


def test_kind_and_grades_show_in_framework_show_json(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    data = framework(capsys, db_path, set_id)
    rows = {row["path"]: row for row in data["rows"]}
    assert rows["2"]["kind"] == "bonus" and rows["1"]["kind"] == "score" and rows["1.1"]["kind"] == "score"
    assert rows["1.1"]["rule"]["kind"] == "threshold" and rows["2.1"]["rule"] is None
    assert data["grades"] == [{"from": "90", "label": "Xuất sắc"}, {"from": "75", "label": "Tốt"},
                              {"from": "50", "label": "Đạt"}, {"from": "0", "label": "Chưa đạt"}]
    # a set never given grades shows the standard ones
    assert framework(capsys, db_path, 1)["grades"][0] == {"from": "90", "label": "Tốt"}


def test_the_json_export_carries_rules_kinds_and_grades_into_another_database(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    exported = tmp_path / "bo-xa.json"
    assert run(capsys, "--db", db_path, "framework", "export", set_id, "-o", exported)[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format_version"] == 2 and document["grades"][0]["label"] == "Xuất sắc"
    rows = {row["path"]: row for row in document["rows"]}
    assert rows["2"]["kind"] == "bonus" and rows["1.2"]["rule"]["kind"] == "ratio"
    other = tmp_path / "other.db"
    code, out, err = run(capsys, "--db", other, "framework", "import", exported)
    assert code == 0, err
    copied = int(out.strip().splitlines()[-1])
    assert without_id(framework(capsys, other, copied)) == without_id(framework(capsys, db_path, set_id))
    # the same set twice is found, not copied: the digest covers what the database holds
    code, out, err = run(capsys, "--db", other, "framework", "import", exported)
    assert int(out.strip().splitlines()[-1]) == copied and "already" in err


def test_the_digest_covers_rules_kinds_and_grades(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    exported = tmp_path / "bo-xa.json"
    run(capsys, "--db", db_path, "framework", "export", set_id, "-o", exported)
    original = json.loads(exported.read_text(encoding="utf-8"))
    for change in (lambda d: d["rows"][1]["rule"]["bands"][0].update(points="2.00"),
                   lambda d: d["rows"][5].update(kind="deduction"),
                   lambda d: d["grades"][0].update(label="Tốt")):
        document = json.loads(json.dumps(original))
        change(document)
        edited = tmp_path / "edited.json"
        edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        code, out, err = run(capsys, "--db", tmp_path / "third.db", "framework", "import", edited)
        assert code == 2 and "SHA-256 does not match" in err, (out, err)


def test_an_older_file_without_rules_imports_as_manual_rules_and_standard_grades(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    exported = tmp_path / "bo-xa.json"
    run(capsys, "--db", db_path, "framework", "export", set_id, "-o", exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    # as version 1 wrote it: no kinds, no rules, no grades, and the digest of its rows alone
    document["format_version"] = 1
    del document["grades"]
    for row in document["rows"]:
        del row["kind"], row["rule"]
    rows = read_set_document({**document, "sha256": None}).rows
    document["sha256"] = content_digest(document["name"], document["year"], document["level"], rows)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "other.db"
    code, out, err = run(capsys, "--db", other, "framework", "import", old)
    assert code == 0, err
    data = framework(capsys, other, int(out.strip().splitlines()[-1]))
    assert all(row["rule"] is None and row["kind"] == "score" for row in data["rows"])
    assert [band["label"] for band in data["grades"]] == ["Tốt", "Khá", "Trung bình", "Yếu"]
    assert len(data["rows"]) == 6


def test_a_grade_scale_with_a_gap_is_refused_in_plain_words(capsys, db_path, tmp_path):
    set_id = imported_set(capsys, db_path, tmp_path)
    for bands, words in (("90=Tốt,80=Khá,65=Trung bình", "lowest grade must start at 0"),
                         ("90=Tốt,Khá", "FROM=NAME"), ("120=Tốt,0=Yếu", "above 100"),
                         ("90=Tốt,90=Khá,0=Yếu", "Two grades start at 90")):
        code, out, err = run(capsys, "--db", db_path, "framework", "grades", set_id, bands)
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert framework(capsys, db_path, set_id)["grades"][0]["label"] == "Tốt"
    code, out, err = run(capsys, "--db", db_path, "framework", "kind", set_id, "1.1", "penalty")
    assert code == 2 and "penalty" in err


def test_a_set_used_by_a_sheet_gets_a_new_version_that_keeps_its_rules_kinds_and_grades(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    before = framework(capsys, db_path, set_id)
    assert run(capsys, "--db", db_path, "new", "--unit", "Xã Tả Phìn", "--year", "2025",
               "--framework", set_id)[0] == 0
    code, out, err = run(capsys, "--db", db_path, "framework", "kind", set_id, "1.3", "deduction")
    assert code == 0 and "new version" in err, err
    new_id = int(out.strip().splitlines()[-1])
    assert new_id != set_id and framework(capsys, db_path, set_id) == before  # the sheet's set is unchanged
    after = framework(capsys, db_path, new_id)
    rows = {row["path"]: row for row in after["rows"]}
    assert rows["1.3"]["kind"] == "deduction" and rows["2"]["kind"] == "bonus"
    assert [row["rule"] for row in after["rows"]] == [row["rule"] for row in before["rows"]]
    assert after["grades"] == before["grades"] and after["version"] == before["version"] + 1
    # and new grades on the used set likewise make a version, keeping the kinds
    code, out, err = run(capsys, "--db", db_path, "framework", "grades", set_id, "80=Đạt;0=Chưa đạt")
    assert code == 0 and "new version" in err
    third = framework(capsys, db_path, int(out.strip().splitlines()[-1]))
    assert [b["label"] for b in third["grades"]] == ["Đạt", "Chưa đạt"]
    assert {row["path"]: row["kind"] for row in third["rows"]}["2"] == "bonus"


def test_a_package_round_trip_keeps_the_sets_rules_kinds_and_grades(capsys, db_path, tmp_path):
    set_id = ruled_set(capsys, db_path, tmp_path)
    code, out, err = run(capsys, "--db", db_path, "new", "--unit", "Xã Tả Phìn", "--year", "2025",
                         "--framework", set_id)
    sheet = int(out.strip().splitlines()[-1])
    assert run(capsys, "--db", db_path, "set", sheet, "1.1", "--figures", "96%", "--column", "self")[0] == 0
    package = tmp_path / "ta-phin.cchc"
    code, out, err = run(capsys, "--db", db_path, "export", sheet, "-o", package)
    assert code == 0, err
    other = tmp_path / "so-noi-vu.db"
    code, out, err = run(capsys, "--db", other, "receive", package)
    assert code == 0, err
    received = int(out.strip().splitlines()[-1])
    code, out, err = run(capsys, "--db", other, "show", received, "--json")
    theirs = json.loads(out)
    [received_set] = [s for s in json.loads(run(capsys, "--db", other, "frameworks", "--json")[1])
                      if s["name"] == "Bộ chỉ số CCHC cấp xã 2025"]
    assert without_id(framework(capsys, other, received_set["id"])) == without_id(framework(capsys, db_path, set_id))
    rows = {row["path"]: row for row in theirs["rows"]}
    assert rows["2"]["kind"] == "bonus" and rows["1.1"]["rule"]["kind"] == "threshold"
    assert rows["1.1"]["self"] == "2.50"
    # receiving it again finds the same set: its digest, rules included, matches
    code, out, err = run(capsys, "--db", other, "receive", package)
    assert code == 0, err
    assert len(json.loads(run(capsys, "--db", other, "frameworks", "--json")[1])) == 2
