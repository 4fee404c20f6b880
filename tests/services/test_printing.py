"""Printing services: fingerprints, signers remembered per unit, finalize and reopen, verify, digital signatures."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.fingerprint import canonical_bytes, differences, fingerprint_bytes
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import printing, verification
from cchc_desktop.services.workspace import SheetLockedError


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


# --- fingerprint -----------------------------------------------------------------------------
def test_the_fingerprint_is_the_sha256_of_sorted_json_with_decimals_as_strings(seed_sheet):
    import hashlib
    import json

    sealed = printing.seal(seed_sheet)
    assert sealed.fingerprint == hashlib.sha256(sealed.raw).hexdigest()
    reread = json.loads(sealed.raw)
    assert sealed.raw == json.dumps(reread, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    rows = {row["code"]: row for row in reread["rows"]}
    assert len(rows) == 114
    assert rows["1"]["appraisal"] == "9.28" and rows["1"]["max"] == "13.50"
    assert reread["totals"]["appraisal"] == "79.24"
    assert reread["unit"] == "Huyện Phong Thổ" and reread["year"] == 2023


def test_any_score_or_note_change_changes_the_fingerprint_and_is_named(seed_sheet):
    before = printing.seal(seed_sheet)
    seed_sheet.set_note("2.1.1", "Có biên bản kèm theo")
    after_note = printing.seal(seed_sheet)
    seed_sheet.set_score("1.2.1", Column.APPRAISAL, "0,25")
    after_score = printing.seal(seed_sheet)
    assert len({before.fingerprint, after_note.fingerprint, after_score.fingerprint}) == 3
    changed = {(d.code, d.field) for d in differences(after_note.data, after_score.data)}
    assert ("1.2.1", "appraisal") in changed and ("1.2", "appraisal") in changed
    assert ("2.1.1", "note") in {(d.code, d.field) for d in differences(before.data, after_note.data)}


# --- signers -------------------------------------------------------------------------------
def test_signers_are_remembered_per_unit(workspace, seed_sheet):
    profile = printing.PrintProfile(
        issuer_lines=("UBND huyện Phong Thổ", "Phòng Nội vụ"), place="Phong Thổ",
        title_lines=("Kết quả chấm điểm",),
        signers=(printing.Signer(("KT. Chủ tịch", "Phó Chủ tịch"), "Vàng A Sinh"),),
        recipients=("Sở Nội vụ",), columns=("appraisal",))
    printing.save_profile(workspace, "Huyện Phong Thổ", profile)
    assert printing.load_profile(workspace, "Huyện Phong Thổ", 2023) == profile
    other = printing.load_profile(workspace, "Huyện Tam Đường", 2023)
    assert other.signers != profile.signers and other.place == "Tam Đường"
    text = pdf_text(printing.render_pdf(seed_sheet))
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text and "Vàng A Sinh" in text and "Sở Nội vụ" in text


def test_the_printed_date_is_the_sheets_not_the_clocks(workspace, seed_sheet):
    printing.set_document_date(workspace, seed_sheet.id, dt.date(2024, 2, 5))
    seed_sheet.refresh_info()
    assert "Phong Thổ, ngày 05 tháng 02 năm 2024" in pdf_text(printing.render_pdf(seed_sheet))


def test_a_column_without_scores_is_not_printed_unless_asked(seed_sheet):
    text = pdf_text(printing.render_pdf(seed_sheet))
    assert "ĐIỂM THẨM ĐỊNH" in text and "ĐIỂM TỰ ĐÁNH GIÁ" not in text
    both = pdf_text(printing.render_pdf(seed_sheet, columns=printing.parse_columns("self,appraisal")))
    assert "ĐIỂM TỰ ĐÁNH GIÁ" in both


# --- finalize and reopen -------------------------------------------------------------------
@pytest.fixture
def risky(workspace, monkeypatch):
    reasons: list[str] = []
    monkeypatch.setattr(workspace, "before_risky_change", reasons.append)
    return reasons


def test_finalize_stores_the_fingerprint_and_locks_every_path(workspace, seed_sheet, seed_path, risky, db_path):
    fingerprint = printing.finalize(workspace, seed_sheet.id, user="ntmai")
    assert risky == ["finalize"]
    assert fingerprint == printing.seal(seed_sheet).fingerprint
    info = workspace.sheet_info(seed_sheet.id)
    assert info.finalized_at
    [event] = printing.events(workspace, seed_sheet.id)
    assert (event.kind, event.user, event.fingerprint) == ("finalize", "ntmai", fingerprint)

    document = workspace.open_sheet(seed_sheet.id)
    with pytest.raises(SheetLockedError):
        document.set_score("1.2.1", Column.APPRAISAL, "0,50")
    # An edit opened before the finalize is refused by the database itself.
    with pytest.raises(SheetLockedError):
        seed_sheet.set_score("1.2.1", Column.APPRAISAL, "0,50")
    with pytest.raises(CchcError):
        workspace.import_file(seed_path, unit="", year=2023, into_sheet=seed_sheet.id)
    raw = sqlite3.connect(db_path)
    try:
        parent_id = raw.execute("SELECT c.id FROM criterion c JOIN sheet s ON s.framework_id = c.framework_id "
                                "WHERE s.id = ? AND c.code = '1'", (seed_sheet.id,)).fetchone()[0]
        for statement, parameters in (
                ("UPDATE score SET appraisal_hundredths = 50 WHERE sheet_id = ?", (seed_sheet.id,)),
                ("DELETE FROM score WHERE sheet_id = ?", (seed_sheet.id,)),
                ("INSERT INTO score (sheet_id, criterion_id, note) VALUES (?, ?, 'x')", (seed_sheet.id, parent_id))):
            with pytest.raises(sqlite3.IntegrityError, match="sheet is finalized"):
                raw.execute(statement, parameters)
    finally:
        raw.close()
    assert printing.seal(workspace.open_sheet(seed_sheet.id)).fingerprint == fingerprint


def test_finalizing_twice_is_refused(workspace, seed_sheet, risky):
    printing.finalize(workspace, seed_sheet.id)
    with pytest.raises(SheetLockedError, match="already finalized"):
        printing.finalize(workspace, seed_sheet.id)


def test_reopen_needs_a_reason_and_records_it(workspace, seed_sheet, risky):
    finalized = printing.finalize(workspace, seed_sheet.id, user="ntmai")
    with pytest.raises(CchcError, match="reason"):
        printing.reopen(workspace, seed_sheet.id, "   ")
    assert workspace.sheet_info(seed_sheet.id).finalized_at
    printing.reopen(workspace, seed_sheet.id, "Sở Nội vụ trả lại tiêu chí 1.2.1", user="tvhung")
    assert risky == ["finalize", "reopen"]
    events = printing.events(workspace, seed_sheet.id)
    assert [(e.kind, e.user, e.reason) for e in events] == [
        ("finalize", "ntmai", None), ("reopen", "tvhung", "Sở Nội vụ trả lại tiêu chí 1.2.1")]
    assert events[1].fingerprint == finalized
    document = workspace.open_sheet(seed_sheet.id)
    document.set_score("1.2.1", Column.APPRAISAL, "0,50")
    assert printing.seal(document).fingerprint != finalized


def test_reopening_an_open_sheet_is_refused(workspace, seed_sheet):
    with pytest.raises(CchcError, match="not finalized"):
        printing.reopen(workspace, seed_sheet.id, "no reason to")


# --- verify --------------------------------------------------------------------------------
def test_verify_passes_on_an_unchanged_sheet(workspace, seed_sheet):
    report = printing.verify_pdf(printing.render_pdf(seed_sheet), workspace)
    assert report.ok and report.self_consistent and report.matches_database
    assert report.sheet_id == seed_sheet.id and report.differences == []


def test_verify_names_the_code_that_changed(workspace, seed_sheet):
    pdf = printing.render_pdf(seed_sheet)
    seed_sheet.set_score("3.3.2", Column.APPRAISAL, "0,75")
    report = printing.verify_pdf(pdf, workspace)
    assert not report.ok and report.matches_database is False
    leaf = [d for d in report.differences if d.code == "3.3.2"]
    assert [(d.field, d.then, d.now) for d in leaf] == [("appraisal", "1.00", "0.75")]
    assert {d.code for d in report.differences} >= {"3.3.2", "3.3", "3"}


def test_verify_notices_data_edited_inside_the_pdf(workspace, seed_sheet, monkeypatch):
    pdf = printing.render_pdf(seed_sheet)
    raw, stated = printing.read_sheet_data(pdf)
    forged = raw.replace(b'"9.28"', b'"9.98"', 1)
    assert forged != raw
    monkeypatch.setattr(verification, "read_sheet_data", lambda data: (forged, stated))
    report = printing.verify_pdf(pdf, workspace)
    assert not report.self_consistent and not report.ok
    assert ("1", "appraisal") in {(d.code, d.field) for d in report.differences}


def test_verify_refuses_a_pdf_that_is_not_a_printed_sheet(workspace, tmp_path):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    other = canvas.Canvas(buffer)
    other.drawString(72, 72, "hello")
    other.save()
    with pytest.raises(CchcError, match="no CCHC sheet data"):
        printing.verify_pdf(buffer.getvalue(), workspace)
    with pytest.raises(CchcError, match="not a readable PDF"):
        printing.verify_pdf(b"not a pdf at all", workspace)


# --- digital signatures -----------------------------------------------------------------------
def make_pfx(password: bytes = b"matkhau") -> bytes:
    """A self-made certificate, as a test stand-in for a province-issued USB token export."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Phòng Nội vụ huyện Phong Thổ"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=30))
                   .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                                  critical=True)
                   .sign(key, hashes.SHA256()))
    return pkcs12.serialize_key_and_certificates(b"test", key, certificate, None, BestAvailableEncryption(password))


@pytest.fixture(scope="module")
def pfx() -> bytes:
    return make_pfx()


def test_a_signed_sheet_verifies_and_still_matches(workspace, seed_sheet, pfx):
    signed = printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "matkhau", reason="Phê duyệt")
    report = printing.verify_pdf(signed, workspace)
    [signature] = report.signatures
    assert signature.intact and signature.valid and signature.covers_whole_file
    assert "Phong Thổ" in signature.signer
    assert not signature.trusted  # self-made: no authority on this computer vouches for it
    assert report.consistent and report.matches_database
    assert report.untrusted and not report.ok  # issue 17.7: "signed by an untrusted certificate", not OK


def test_one_changed_byte_after_signing_is_detected(workspace, seed_sheet, pfx):
    signed = printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "matkhau")
    position = signed.index(b"CCHC Desktop")
    tampered = signed[:position] + b"D" + signed[position + 1:]
    assert len(tampered) == len(signed) and tampered != signed
    [signature] = printing.verify_pdf(tampered, workspace).signatures
    assert not signature.intact
    assert not printing.verify_pdf(tampered, workspace).ok


def test_a_wrong_password_is_a_plain_message(seed_sheet, pfx):
    with pytest.raises(CchcError, match="password is wrong"):
        printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "sai")


def test_the_canonical_data_in_the_pdf_is_the_sheets(seed_sheet):
    raw, stated = printing.read_sheet_data(printing.render_pdf(seed_sheet))
    sealed = printing.seal(seed_sheet)
    assert raw == sealed.raw == canonical_bytes(sealed.data)
    assert stated == fingerprint_bytes(raw) == sealed.fingerprint


def test_a_second_signer_keeps_the_first_signature_valid(workspace, seed_sheet, pfx):
    once = printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "matkhau")
    twice = printing.sign_pdf(once, pfx, "matkhau")
    report = printing.verify_pdf(twice, workspace)
    first, second = report.signatures
    assert (first.field, second.field) == ("Signature1", "Signature2")
    assert first.intact and first.valid and not first.covers_whole_file
    assert first.modified_after == printing.MODIFIED_SIGNATURES and second.covers_whole_file
    assert report.consistent and report.untrusted


def test_a_damaged_signature_is_reported_not_raised(workspace, seed_sheet, pfx):
    import re

    signed = printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "matkhau")
    digit = re.search(rb"/Contents\s*<[0-9a-fA-F]{10}", signed).end()
    damaged = signed[:digit] + (b"0" if signed[digit:digit + 1] != b"0" else b"1") + signed[digit + 1:]
    report = printing.verify_pdf(damaged, workspace)
    assert report.signatures and not any(s.ok for s in report.signatures)
    assert not report.ok


def test_finalize_and_reopen_name_the_user_as_the_audit_log_does(workspace, seed_sheet, risky):
    from cchc_desktop.services import safety
    from cchc_desktop.store.lock import os_user

    safety.set_user_name(workspace, "Lò Thị Mai")
    printing.finalize(workspace, seed_sheet.id)
    printing.reopen(workspace, seed_sheet.id, "Sửa tiêu chí 1.2.1")
    assert {event.user for event in printing.events(workspace, seed_sheet.id)} == {f"Lò Thị Mai ({os_user()})"}


def test_finalize_and_reopen_are_links_of_the_audit_chain(workspace, seed_path):
    from cchc_desktop.services import safety

    sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    fingerprint = printing.finalize(workspace, sheet_id)
    printing.reopen(workspace, sheet_id, "Bổ sung minh chứng tiêu chí 7.1.2")
    fields = [(entry.field, entry.old, entry.new) for entry in safety.history(workspace, sheet_id)][-2:]
    assert fields == [("finalized", None, fingerprint),
                      ("reopened", fingerprint, "Bổ sung minh chứng tiêu chí 7.1.2")]
    assert safety.verify_audit(workspace).ok


def test_the_window_save_refuses_the_database_and_its_backups(seed_sheet, tmp_path):
    """Issue 17.3: the service check the window's "Save as PDF" goes through."""
    workspace, sheet_id = seed_sheet.workspace, seed_sheet.id
    pdf = printing.render_pdf(seed_sheet)
    before = workspace.path.read_bytes()
    with pytest.raises(printing.PrintError, match="would destroy it"):
        printing.save_pdf(workspace, workspace.path, pdf, force=True)
    link = tmp_path / "Bang diem.pdf"
    link.hardlink_to(workspace.path)
    with pytest.raises(printing.PrintError, match="would destroy it"):
        printing.save_pdf(workspace, link, pdf, force=True)
    assert workspace.path.read_bytes() == before
    printing.save_pdf(workspace, tmp_path / "ok.pdf", pdf)
    assert (tmp_path / "ok.pdf").read_bytes() == pdf


# --- issue 17.10: texts that would not print are refused at entry; long ones print ------------
def _with_title(seed_text: str, code: str, title: str) -> str:
    lines = []
    for line in seed_text.splitlines():
        cells = line.split("\t")
        if cells[0].strip() == code:
            cells[1] = title
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def test_a_title_of_ten_megabytes_is_refused_at_import(workspace, seed_text, tmp_path):
    from cchc_desktop.domain.tables import ImportRefused

    path = tmp_path / "bom.txt"
    path.write_text(_with_title(seed_text, "1.2.1", "Dài " * 2_500_000), encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"has [\d,]+ characters"):
        workspace.import_file(path, unit="Huyện Phong Thổ", year=2023)
    assert workspace.sheets() == []


def test_a_long_title_is_imported_and_prints(workspace, seed_text, tmp_path):
    from pypdf import PdfReader

    title = " ".join(f"từ{i}" for i in range(400))[:1_900]
    path = tmp_path / "dai.txt"
    path.write_text(_with_title(seed_text, "1.2.1", title), encoding="utf-8")
    sheet_id = workspace.import_file(path, unit="Huyện Phong Thổ", year=2023).sheet_id
    for landscape in (False, True):
        output = tmp_path / f"dai-{landscape}.pdf"
        printing.print_sheet(workspace, sheet_id, output, landscape=landscape)
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(output).pages)
        assert f" {title.split()[-2]} " in text and f" {title.split()[1]} " in text
        assert "79,24" in text


def test_a_note_over_the_limit_is_refused_with_a_message(seed_sheet):
    from cchc_desktop.domain.text_limits import MAX_NOTE_CHARS

    with pytest.raises(CchcError, match=f"at most {MAX_NOTE_CHARS:,}"):
        seed_sheet.set_note("1.2.1", "a" * (MAX_NOTE_CHARS + 1))
    assert seed_sheet.sheet.note("1.2.1") is None
    seed_sheet.set_note("1.2.1", "a " * 5_000)  # 10,000 characters are a note, and it prints
    assert printing.render_pdf(seed_sheet).startswith(b"%PDF-")


def test_a_finalized_sheet_with_a_long_note_prints(seed_sheet, tmp_path):
    note = "Đơn vị đã báo cáo đầy đủ nhưng chậm so với quy định. " * 10  # 530 characters
    seed_sheet.set_note("1.2.1", note)
    printing.finalize(seed_sheet.workspace, seed_sheet.id)
    for landscape in (False, True):
        printing.print_sheet(seed_sheet.workspace, seed_sheet.id, tmp_path / f"{landscape}.pdf", landscape=landscape)
        assert (tmp_path / f"{landscape}.pdf").read_bytes().startswith(b"%PDF-")


# --- issue 17.6: the audit chain's head on finalized sheets ----------------------------------
def test_a_finalized_sheet_prints_the_audit_chains_head_on_every_page(seed_sheet):
    from cchc_desktop.domain.fingerprint import display_fingerprint
    from cchc_desktop.services import safety
    from pypdf import PdfReader

    assert "Nhật ký thay đổi" not in pdf_text(printing.render_pdf(seed_sheet))
    printing.finalize(seed_sheet.workspace, seed_sheet.id)
    head = printing.audit_head(seed_sheet.workspace)
    check = safety.verify_audit(seed_sheet.workspace)
    assert check.ok and (head.row, head.hash) == (check.rows, check.head)
    pages = PdfReader(io.BytesIO(printing.render_pdf(seed_sheet))).pages
    for page in pages:
        text = " ".join(page.extract_text().split())
        assert f"Nhật ký thay đổi đến dòng {head.row}: {display_fingerprint(head.hash)}" in text


# --- issue 17.7: what the page shows must be what the PDF's data says ------------------------
def forge_page(pdf: bytes, old: bytes, new: bytes) -> bytes:
    """What `qpdf --qdf`, a text editor and `fix-qdf` do: change a figure in a page's content stream."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    changed = 0
    for page in writer.pages:
        data = page["/Contents"].get_object().get_data()
        if old in data:
            fresh = DecodedStreamObject()
            fresh.set_data(data.replace(old, new))
            page.replace_contents(fresh)
            changed += 1
    assert changed, old
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_changed_total_on_the_page_fails_verify_with_and_without_the_database(workspace, seed_sheet):
    pdf = printing.render_pdf(seed_sheet)
    forged = forge_page(pdf, b"(79,24)", b"(99,24)")
    assert "99,24" in pdf_text(forged) and "79,24" not in pdf_text(forged)
    assert printing.read_sheet_data(forged) == printing.read_sheet_data(pdf)  # the data still says 79,24
    for report in (printing.verify_pdf(forged), printing.verify_pdf(forged, workspace)):
        assert not report.ok and not report.untrusted
        assert any("does not show what the data inside the PDF says" in problem for problem in report.problems)


def test_a_pdf_saved_again_by_another_tool_still_verifies(workspace, seed_sheet):
    resaved = forge_page(printing.render_pdf(seed_sheet), b"BT", b"BT")  # rewritten by pypdf, same pages
    assert printing.verify_pdf(resaved, workspace).ok


def test_a_changed_score_cell_and_a_removed_page_fail_verify(seed_sheet):
    seed_sheet.set_note("1.2.1", "Báo cáo chậm. " * 200)  # several pages
    pdf = printing.render_pdf(seed_sheet)
    assert printing.verify_pdf(pdf).ok
    report = printing.verify_pdf(forge_page(pdf, b"(9,28)", b"(9,78)"))
    assert not report.ok and "Page 1 does not show" in " ".join(report.problems)
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.remove_page(1)
    shorter = io.BytesIO()
    writer.write(shorter)
    report = printing.verify_pdf(shorter.getvalue())
    assert not report.ok and "pages were added or removed" in " ".join(report.problems)


def test_data_whose_totals_do_not_add_up_fails_even_with_a_matching_fingerprint(seed_sheet, monkeypatch):
    from cchc_desktop.domain.fingerprint import canonical_data

    sealed = printing.seal(seed_sheet)
    data = canonical_data(seed_sheet.sheet, unit="Huyện Phong Thổ", year=2023,
                          framework=seed_sheet.framework_info.name)
    data["totals"]["appraisal"] = "99.24"  # a forger's own data: the fingerprint is recomputed to match
    forged = printing.SheetSeal(data, canonical_bytes(data), fingerprint_bytes(canonical_bytes(data)))
    monkeypatch.setattr(printing, "seal", lambda document: forged)
    report = printing.verify_pdf(printing.render_pdf(seed_sheet))
    assert report.self_consistent and not report.ok
    assert "does not add up" in " ".join(report.problems)
    assert sealed.fingerprint != forged.fingerprint


def test_bytes_appended_after_the_signature_are_not_ok(workspace, seed_sheet, pfx):
    signed = printing.sign_pdf(printing.render_pdf(seed_sheet), pfx, "matkhau")
    for extra in (b"\n% Tong diem 99,24\n", b"\n99 0 obj (99,24) endobj\n"):
        report = printing.verify_pdf(signed + extra, workspace)
        [signature] = report.signatures
        assert signature.intact and signature.appended and not signature.ok
        assert not report.ok and not report.untrusted


def test_verify_notices_an_audit_log_rewritten_after_the_sheet_was_printed(seed_sheet, db_path):
    workspace = seed_sheet.workspace
    printing.finalize(workspace, seed_sheet.id)
    pdf = printing.render_pdf(seed_sheet)
    head = printing.audit_head(workspace)
    assert printing.printed_audit_head(pdf) == head and printing.verify_pdf(pdf, workspace).ok
    with sqlite3.connect(db_path, isolation_level=None) as raw:  # a forger rewrites the last row's hash
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET hash = ? WHERE id = ?", ("f" * 64, head.row))
    raw.close()
    report = printing.verify_pdf(pdf, workspace)
    assert not report.ok and "the log was rewritten after the sheet was printed" in " ".join(report.problems)
