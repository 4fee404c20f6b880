"""`cchc print --evidence`: the printed sheet with an annex listing each evidence file; without it, as before."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cli_helpers import run


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_print_with_evidence_adds_an_annex_that_verifies_and_without_it_prints_the_same_bytes(
        capsys, db_path, seed_path, tmp_path):
    code, out, err = run(capsys, "--db", db_path, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", 2023)
    assert code == 0, err
    sheet = out.strip().splitlines()[-1]
    plain = tmp_path / "truoc.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", plain)[0] == 0
    scan = tmp_path / "ke-hoach-cchc.pdf"
    scan.write_bytes(b"%PDF-1.4 ke hoach" * 100)
    code, _, err = run(capsys, "--db", db_path, "evidence", "add", sheet, "1.1", scan)
    assert code == 0, err

    again = tmp_path / "sau.pdf"
    assert run(capsys, "--db", db_path, "print", sheet, "-o", again)[0] == 0
    assert again.read_bytes() == plain.read_bytes()  # no annex asked: evidence changes nothing printed

    annexed = tmp_path / "phu-luc.pdf"
    code, _, err = run(capsys, "--db", db_path, "print", sheet, "-o", annexed, "--evidence")
    assert code == 0, err
    text = pdf_text(annexed)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    for expected in ("PHỤ LỤC: DANH MỤC TÀI LIỆU KIỂM CHỨNG", "ke-hoach-cchc.pdf", "1 KB", digest[:16],
                     "1.1. Mức độ hoàn thành kế hoạch CCHC"):
        assert expected in text
    assert digest[:17] not in text  # a prefix, not the whole hash
    code, out, err = run(capsys, "--db", db_path, "verify", annexed)
    assert code == 0, out + err
