"""cchc framework import and cchc frameworks --json: versions follow each other per set, not per year and level."""

import json

from cli_helpers import run


def _table(path, title):
    path.write_text(f"STT\tTiêu chí\tĐiểm chuẩn\n1\t{title}\t2\n1.1\tKế hoạch\t1\n1.2\tBáo cáo\t1\n",
                    encoding="utf-8")
    return path


def _import(capsys, db_path, path, name):
    code, out, err = run(capsys, "--db", db_path, "framework", "import", path, "--name", name, "--year", "2026",
                         "--level", "commune")
    assert code == 0, err
    return int(out.strip().splitlines()[-1])


def test_imports_that_differ_only_in_name_are_two_sets_at_version_1_and_a_changed_one_of_a_name_is_version_2(
        capsys, db_path, tmp_path):
    table = _table(tmp_path / "phu_luc.txt", "Công tác chỉ đạo")
    first = _import(capsys, db_path, table, "Phụ lục I: xã")
    second = _import(capsys, db_path, table, "Phụ lục II: phường")
    # The same set imported again is the one already held; a changed table of that name is its next version.
    assert _import(capsys, db_path, table, "Phụ lục I: xã") == first
    changed = _table(tmp_path / "sua_doi.txt", "Công tác chỉ đạo, điều hành")
    third = _import(capsys, db_path, changed, "Phụ lục I: xã")
    code, out, err = run(capsys, "--db", db_path, "frameworks", "--json")
    assert code == 0, err
    listed = {s["id"]: (s["name"], s["year"], s["level"], s["version"]) for s in json.loads(out)}
    assert listed[first] == ("Phụ lục I: xã", 2026, "commune", 1)
    assert listed[second] == ("Phụ lục II: phường", 2026, "commune", 1)
    assert listed[third] == ("Phụ lục I: xã", 2026, "commune", 2)
    # The built-in 2023 district set is untouched by them.
    assert listed[1][1:] == (2023, "district", 1)


def test_a_criterion_marked_on_a_set_in_use_is_the_next_version_of_that_set(capsys, db_path, tmp_path):
    table = _table(tmp_path / "phu_luc.txt", "Công tác chỉ đạo")
    used = _import(capsys, db_path, table, "Phụ lục I: xã")
    other = _import(capsys, db_path, table, "Phụ lục II: phường")
    code, _, err = run(capsys, "--db", db_path, "new", "--unit", "Xã Bình Lư", "--year", "2026",
                       "--framework", used, "--level", "commune")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "framework", "kind", used, "1.2", "bonus")
    assert code == 0, err
    new_id = int(out.strip().splitlines()[-1])
    code, out, _ = run(capsys, "--db", db_path, "frameworks", "--json")
    listed = {s["id"]: (s["name"], s["version"]) for s in json.loads(out)}
    assert new_id not in (used, other)
    assert listed[new_id] == ("Phụ lục I: xã", 2) and listed[other] == ("Phụ lục II: phường", 1)
