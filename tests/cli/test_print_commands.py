"""The print, signers, finalize, reopen, verify and sign commands as a clerk runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.cli import main
from cli_helpers import run

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def sheet(capsys, db_path, seed_path) -> int:
    code, out, _ = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0
    return int(out.strip().splitlines()[-1])


def test_print_writes_the_sheet_with_the_remembered_signers(capsys, db_path, sheet, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "signers", sheet, "--signer", "NGƯỜI LẬP BIỂU=Lò Thị Mai",
                       "--signer", "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH=Vàng A Sinh", "--recipient", "Sở Nội vụ")
    assert code == 0, err
    output = tmp_path / "bang-diem.pdf"
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", output, "--date", "05/02/2024")
    assert code == 0, err
    text = pdf_text(output)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phong Thổ, ngày 05 tháng 02 năm 2024",
                     "NGƯỜI LẬP BIỂU", "Lò Thị Mai", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Vàng A Sinh",
                     "Tổng điểm 100,00 79,24"):
        assert expected in text


def test_two_prints_are_byte_identical_and_options_change_the_page(capsys, db_path, sheet, tmp_path):
    from pypdf import PdfReader

    first, second, wide = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", first)[0] == 0
    assert run(capsys, "--db", db_path, "print", sheet, "-o", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert run(capsys, "--db", db_path, "print", sheet, "-o", wide, "--landscape", "--columns", "self,appraisal")[0] == 0
    box = PdfReader(wide).pages[0].mediabox
    assert box.width > box.height
    assert "ĐIỂM TỰ ĐÁNH GIÁ" in pdf_text(wide) and "ĐIỂM TỰ ĐÁNH GIÁ" not in pdf_text(first)


def test_a_bad_column_or_date_is_one_line_and_no_file(capsys, db_path, sheet, tmp_path):
    output = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", output, "--columns", "both")
    assert code == 2 and "not a score column" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", output, "--date", "31/02/2024")
    assert code == 2 and "not a date" in err
    assert not output.exists()


def test_verify_passes_then_names_the_changed_code(capsys, db_path, sheet, tmp_path):
    output = tmp_path / "a.pdf"
    run(capsys, "--db", db_path, "print", sheet, "-o", output)
    code, out, _ = run(capsys, "--db", db_path, "verify", output)
    assert code == 0 and "result: OK" in out and f"matches sheet {sheet}" in out
    assert run(capsys, "--db", db_path, "set", sheet, "1.2.1", "0,50")[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "verify", output)
    assert code == 1 and "result: NOT OK" in out
    assert "1.2.1 appraisal: 0,00 in the PDF, 0,50 in the database" in out


def test_a_finalized_sheet_refuses_edits_from_the_command_line_and_raw_sql(capsys, db_path, sheet, seed_path):
    code, out, _ = run(capsys, "--db", db_path, "finalize", sheet)
    assert code == 0 and "finalized" in out
    code, _, err = run(capsys, "--db", db_path, "set", sheet, "1.2.1", "0,50")
    assert code == 2 and "finalized" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db_path, "note", sheet, "1.1", "ghi chú")
    assert code == 2 and "finalized" in err
    code, _, err = run(capsys, "--db", db_path, "import", seed_path, "--sheet", sheet)
    assert code == 2 and "finalized" in err
    with sqlite3.connect(db_path) as raw, pytest.raises(sqlite3.IntegrityError, match="sheet is finalized"):
        raw.execute("UPDATE score SET appraisal_hundredths = 0 WHERE sheet_id = ?", (sheet,))
    code, _, err = run(capsys, "--db", db_path, "finalize", sheet)
    assert code == 2 and "already finalized" in err


def test_reopen_needs_a_reason_then_allows_edits(capsys, db_path, sheet, tmp_path):
    run(capsys, "--db", db_path, "finalize", sheet)
    before = tmp_path / "before.pdf"
    run(capsys, "--db", db_path, "print", sheet, "-o", before)
    code, _, err = run(capsys, "--db", db_path, "reopen", sheet, "--reason", "  ")
    assert code == 2 and "reason" in err
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "reopen", str(sheet)])  # --reason is required
    capsys.readouterr()
    assert run(capsys, "--db", db_path, "reopen", sheet, "--reason", "Sở trả lại để sửa 1.2.1")[0] == 0
    assert run(capsys, "--db", db_path, "set", sheet, "1.2.1", "0,50")[0] == 0
    with sqlite3.connect(db_path) as raw:
        kinds = raw.execute("SELECT kind, reason FROM sheet_event WHERE sheet_id = ? ORDER BY id", (sheet,)).fetchall()
    assert kinds == [("finalize", None), ("reopen", "Sở trả lại để sửa 1.2.1")]
    code, out, _ = run(capsys, "--db", db_path, "verify", before)
    assert code == 1 and "1.2.1 appraisal" in out


def test_sign_then_verify_reports_the_signature(capsys, db_path, sheet, tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "services"))
    try:
        from test_printing import make_pfx
    finally:
        sys.path.pop(0)
    pfx = tmp_path / "cert.p12"
    pfx.write_bytes(make_pfx(b"matkhau"))
    output = tmp_path / "a.pdf"
    run(capsys, "--db", db_path, "print", sheet, "-o", output)
    code, out, err = run(capsys, "--db", db_path, "sign", output, "--pfx", pfx, "--password", "matkhau")
    assert code == 0, err
    signed = tmp_path / "a-signed.pdf"
    code, out, err = run(capsys, "--db", db_path, "verify", signed)
    assert "signature Signature1 by" in out and "has not changed since it was signed" in out
    assert "not confirmed by a trusted authority" in out and "Traceback" not in err
    assert code == 1 and "result: signed by an untrusted certificate" in out and "result: OK" not in out
    data = bytearray(signed.read_bytes())
    data[data.index(b"CCHC Desktop")] ^= 0x01
    signed.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--db", db_path, "verify", signed)
    assert code == 1 and "INVALID" in out
    code, _, err = run(capsys, "--db", db_path, "sign", output, "--pfx", pfx, "--password", "sai")
    assert code == 2 and "password is wrong" in err


def test_the_commands_run_as_the_installed_program(db_path, sheet, tmp_path):
    program = Path(sys.executable).with_name("cchc.exe" if sys.platform == "win32" else "cchc")
    if not program.exists():
        pytest.skip("the cchc entry point is not installed in this environment")
    output = tmp_path / "a.pdf"
    result = subprocess.run([str(program), "--db", str(db_path), "print", str(sheet), "-o", str(output)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")


def test_the_date_is_remembered_until_cleared(capsys, db_path, sheet, tmp_path):
    dated, later, blank = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", dated, "--date", "2024-03-09")[0] == 0
    assert run(capsys, "--db", db_path, "print", sheet, "-o", later)[0] == 0
    assert "Phong Thổ, ngày 09 tháng 3 năm 2024" in pdf_text(later)
    assert run(capsys, "--db", db_path, "print", sheet, "-o", blank, "--no-date")[0] == 0
    assert "ngày ...... tháng ...... năm 20......" in pdf_text(blank) and "tháng năm 2023" not in pdf_text(blank)


def test_printing_an_unknown_sheet_is_one_line(capsys, db_path, sheet, tmp_path):
    code, _, err = run(capsys, "--db", db_path, "print", 99, "-o", tmp_path / "x.pdf")
    assert code == 2 and "no sheet 99" in err and "Traceback" not in err


def test_a_recipient_without_the_database_can_check_the_pdf_alone(capsys, db_path, sheet, tmp_path):
    output = tmp_path / "a.pdf"
    run(capsys, "--db", db_path, "print", sheet, "-o", output)
    db_path.unlink()
    code, out, _ = run(capsys, "verify", output, "--pdf-only")
    assert code == 0 and "data matches its fingerprint" in out and "in the database" not in out
    assert not db_path.exists()


# --- issue 17.3: an output name never destroys the database ---------------------------------
def _sqlite_ok(path: Path) -> bool:
    with sqlite3.connect(path) as raw:
        return raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("name", ["same", "relative", "hardlink", "symlink", "wal", "lock"])
def test_print_refuses_every_name_of_the_database(capsys, db_path, sheet, tmp_path, monkeypatch, name):
    before = db_path.read_bytes()
    if name == "same":
        target = db_path
    elif name == "relative":
        monkeypatch.chdir(tmp_path)
        target = Path(".") / ".." / tmp_path.name / db_path.name
    elif name == "hardlink":
        target = tmp_path / "other" / "copy.pdf"
        target.parent.mkdir()
        target.hardlink_to(db_path)
    elif name == "symlink":
        target = tmp_path / "link.pdf"
        target.symlink_to(db_path)
    elif name == "wal":
        target = db_path.with_name(db_path.name + "-wal")
    else:
        target = db_path.with_name(db_path.name + ".lock")
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", target, "--force")
    # A hard link is a second name of the database file itself, so the database is refused before printing.
    refusal = "has 2 names on this disk" if name == "hardlink" else "would destroy it"
    assert code == 2 and refusal in err and "Traceback" not in err
    assert db_path.read_bytes() == before and _sqlite_ok(db_path)


def test_print_and_sign_refuse_a_backup_and_any_database(capsys, db_path, sheet, tmp_path):
    assert run(capsys, "--db", db_path, "backup")[0] == 0
    backup = next((db_path.parent / "backups").glob("*.db"))
    kept = backup.read_bytes()
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", backup, "--force")
    assert code == 2 and "backup" in err and backup.read_bytes() == kept
    other = tmp_path / "khac.sqlite"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE t (x)")
    other_bytes = other.read_bytes()
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", other, "--force")
    assert code == 2 and "is a database" in err and other.read_bytes() == other_bytes
    pdf = tmp_path / "a.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", pdf)[0] == 0
    sys.path.insert(0, str(ROOT / "tests" / "services"))
    try:
        from test_printing import make_pfx
    finally:
        sys.path.pop(0)
    pfx = tmp_path / "cert.p12"
    pfx.write_bytes(make_pfx(b"matkhau"))
    before = db_path.read_bytes()
    code, _, err = run(capsys, "--db", db_path, "sign", pdf, "--pfx", pfx, "--password", "matkhau", "-o", db_path)
    assert code == 2 and "would destroy it" in err and db_path.read_bytes() == before


def test_an_existing_file_that_is_not_a_pdf_needs_force(capsys, db_path, sheet, tmp_path):
    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04 a letter")
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", letter)
    assert code == 2 and "not a PDF" in err and "--force" in err
    assert letter.read_bytes() == b"PK\x03\x04 a letter"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", letter, "--force")[0] == 0
    assert letter.read_bytes().startswith(b"%PDF-")
    # An older PDF is simply replaced, through a temporary file renamed over it (no half-written PDF).
    assert run(capsys, "--db", db_path, "print", sheet, "-o", letter)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".cong-van")) == []


# --- issue 17.6: a finalized sheet edited with raw SQL ----------------------------------------
def _append_chained_row(raw: sqlite3.Connection, sheet: int, code: str, field: str, old, new) -> None:
    """What a forger with write access does: a row that follows the last one with a correct hash."""
    from cchc_desktop.store.audit import row_hash

    last_id, prev, label = raw.execute(
        "SELECT id, hash, sheet_label FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    values = (last_id + 1, "2026-11-20T09:00:00.000+00:00", "ntmai", None, "window", sheet, label, code, field,
              old, new)
    raw.execute("INSERT INTO audit_log (id, at, os_user, user_name, source, sheet_id, sheet_label, code, field, "
                "old, new, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, prev, row_hash(prev, values)))


def _forge_score(raw: sqlite3.Connection, sheet: int, code: str, hundredths: int) -> None:
    """Clear the mark, change the score, put the mark back, log the change: no trigger dropped."""
    (finalized_at,) = raw.execute("SELECT finalized_at FROM sheet WHERE id = ?", (sheet,)).fetchone()
    raw.execute("UPDATE sheet SET finalized_at = NULL WHERE id = ?", (sheet,))
    (old,) = raw.execute("SELECT appraisal_hundredths FROM score JOIN criterion ON criterion.id = score.criterion_id "
                         "WHERE score.sheet_id = ? AND criterion.code = ?", (sheet, code)).fetchone()
    raw.execute("UPDATE score SET appraisal_hundredths = ? WHERE sheet_id = ? AND criterion_id = "
                "(SELECT criterion_id FROM score JOIN criterion ON criterion.id = score.criterion_id "
                "WHERE score.sheet_id = ? AND criterion.code = ?)", (hundredths, sheet, sheet, code))
    raw.execute("UPDATE sheet SET finalized_at = ? WHERE id = ?", (finalized_at, sheet))
    _append_chained_row(raw, sheet, code, "appraisal", f"{old // 100}.{old % 100:02d}",
                        f"{hundredths // 100}.{hundredths % 100:02d}")


def test_audit_verify_catches_a_finalized_sheet_edited_with_raw_sql(capsys, db_path, sheet):
    assert run(capsys, "--db", db_path, "finalize", sheet)[0] == 0
    assert run(capsys, "--db", db_path, "audit-verify")[0] == 0
    with sqlite3.connect(db_path, isolation_level=None) as raw:
        _forge_score(raw, sheet, "1.2.1", 50)
        triggers = raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    raw.close()
    code, out, _ = run(capsys, "--db", db_path, "show", sheet)
    assert "0,50" in out  # the forgery is in place and the sheet still says finalized
    code, out, _ = run(capsys, "--db", db_path, "audit-verify")
    assert code == 1, out
    assert "no longer give the fingerprint stored at finalize" in out
    assert "changes 1.2.1 appraisal (0.00 → 0.50) while the sheet was finalized" in out
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == triggers


def test_audit_verify_catches_a_forged_second_finalize_and_a_cleared_mark(capsys, db_path, sheet, tmp_path,
                                                                         seed_path):
    from cchc_desktop.services import Workspace, printing

    assert run(capsys, "--db", db_path, "finalize", sheet)[0] == 0
    with sqlite3.connect(db_path, isolation_level=None) as raw:
        _forge_score(raw, sheet, "1.2.1", 50)
    raw.close()
    with Workspace.open(db_path) as workspace:  # the forger stores the new fingerprint and logs a finalize
        forged = printing.seal(workspace.open_sheet(sheet)).fingerprint
    with sqlite3.connect(db_path, isolation_level=None) as raw:
        raw.execute("UPDATE sheet SET finalized_fingerprint = ? WHERE id = ?", (forged, sheet))
        _append_chained_row(raw, sheet, "", "finalized", None, forged)
    raw.close()
    code, out, _ = run(capsys, "--db", db_path, "audit-verify")
    assert code == 1 and "finalizes it again without a reopen" in out and "while the sheet was finalized" in out
    # Only the mark cleared: the sheet can be edited again, and the log has no reopen.
    other = tmp_path / "other.db"
    code, out, _ = run(capsys, "--db", other, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    second = int(out.strip().splitlines()[-1])
    assert run(capsys, "--db", other, "finalize", second)[0] == 0
    with sqlite3.connect(other, isolation_level=None) as raw:
        raw.execute("UPDATE sheet SET finalized_at = NULL, finalized_fingerprint = NULL")
    raw.close()
    code, out, _ = run(capsys, "--db", other, "audit-verify")
    assert code == 1 and "is not finalized, but the audit log has no reopen after its finalize" in out


def test_audit_verify_accepts_an_honest_finalize_reopen_finalize(capsys, db_path, sheet):
    assert run(capsys, "--db", db_path, "finalize", sheet)[0] == 0
    assert run(capsys, "--db", db_path, "reopen", sheet, "--reason", "Sở trả lại")[0] == 0
    assert run(capsys, "--db", db_path, "set", sheet, "1.2.1", "0,50")[0] == 0
    assert run(capsys, "--db", db_path, "finalize", sheet)[0] == 0
    code, out, _ = run(capsys, "--db", db_path, "audit-verify")
    assert code == 0, out


# --- issue 17.7: a PDF whose visible total was changed ---------------------------------------
def test_verify_fails_a_pdf_whose_printed_total_was_changed(capsys, db_path, sheet, tmp_path):
    sys.path.insert(0, str(ROOT / "tests" / "services"))
    try:
        from test_printing import forge_page
    finally:
        sys.path.pop(0)
    output = tmp_path / "a.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", output)[0] == 0
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(forge_page(output.read_bytes(), b"(79,24)", b"(99,24)"))
    assert "Tổng điểm 100,00 99,24" in pdf_text(forged)
    for extra in ((), ("--pdf-only",)):
        code, out, _ = run(capsys, "--db", db_path, "verify", forged, *extra)
        assert code == 1 and "does not show what the data inside the PDF says" in out and "result: NOT OK" in out
    code, out, _ = run(capsys, "--db", db_path, "verify", output)
    assert code == 0 and "result: OK" in out
