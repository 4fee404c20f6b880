"""cchc export / receive between two offices' databases: a faithful round trip, conflicts, hostile packages."""

import datetime
import hashlib
import io
import json
import zipfile

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
from cryptography.x509.oid import NameOID

from cli_helpers import run


def show(capsys, db, sheet):
    code, out, err = run(capsys, "--db", db, "show", sheet, "--json")
    assert code == 0, err
    return json.loads(out)


def files(db):
    """Every byte of the database and its write-ahead log: what "nothing written" means.

    The -shm index is SQLite's shared memory and an empty -wal holds nothing (both come and go with
    connections); the .lock file says who has the database open, not what it holds.
    """
    return {p.name: p.read_bytes() for p in sorted(db.parent.iterdir())
            if p.name in (db.name, db.name + "-wal") and p.stat().st_size}


@pytest.fixture
def offices(capsys, tmp_path, seed_path):
    """The district's database with the seed sheet (a note added), its exported package, and a second office."""
    sender, receiver = tmp_path / "huyen.db", tmp_path / "so-noi-vu.db"
    code, out, err = run(capsys, "--db", sender, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0, err
    sheet = int(out.split()[-1])
    assert run(capsys, "--db", sender, "set", sheet, "1.2.1", "0,5", "--column", "self")[0] == 0
    assert run(capsys, "--db", sender, "note", sheet, "1.1", "Đã ban hành kế hoạch đúng hạn")[0] == 0
    package = tmp_path / "phong-tho-2023.cchc"
    code, out, err = run(capsys, "--db", sender, "export", sheet, "-o", package)
    assert code == 0, err
    return sender, receiver, sheet, package


def test_a_round_trip_reproduces_the_sheet_exactly(capsys, offices):
    sender, receiver, sheet, package = offices
    code, out, err = run(capsys, "--db", receiver, "receive", package)
    assert code == 0, err
    received = int(out.strip().splitlines()[-1])
    mine, theirs = show(capsys, sender, sheet), show(capsys, receiver, received)
    assert theirs == mine
    assert theirs["totals"]["appraisal"] == "79.24"


def test_receiving_the_same_package_twice_changes_nothing(capsys, offices):
    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    before = files(receiver)
    code, out, err = run(capsys, "--db", receiver, "receive", package)
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "1"
    assert files(receiver) == before


def test_an_export_is_the_same_bytes_each_time_but_for_its_time(capsys, offices, tmp_path):
    sender, _, sheet, package = offices
    again = tmp_path / "again.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", again)[0] == 0
    with zipfile.ZipFile(package) as first, zipfile.ZipFile(again) as second:
        one, two = json.loads(first.read("manifest.json")), json.loads(second.read("manifest.json"))
    one.pop("made_at"), two.pop("made_at")
    assert one == two


def changed_on_both_sides(capsys, offices, tmp_path):
    """After one exchange, 1.2.2 and the note of 1.1 changed differently in each office; the sender's new package."""
    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    assert run(capsys, "--db", receiver, "set", 1, "1.2.2", "0,25")[0] == 0
    assert run(capsys, "--db", receiver, "note", 1, "1.1", "Chưa có kế hoạch")[0] == 0
    assert run(capsys, "--db", sender, "set", sheet, "1.2.2", "0")[0] == 0
    assert run(capsys, "--db", sender, "note", sheet, "1.1", "Kế hoạch số 12/KH-UBND")[0] == 0
    later = tmp_path / "phong-tho-2023-lan-2.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", later)[0] == 0
    return later


def test_a_cell_changed_on_both_sides_since_the_last_exchange_is_listed_and_nothing_is_written(
        capsys, offices, tmp_path):
    later = changed_on_both_sides(capsys, offices, tmp_path)
    receiver = offices[1]
    before = files(receiver)
    code, out, err = run(capsys, "--db", receiver, "receive", later)
    assert code == 2
    assert "1.2.2\tappraisal\tmine: 0.25\ttheirs: 0.00" in err
    assert "1.1\tnote\tmine: Chưa có kế hoạch\ttheirs: Kế hoạch số 12/KH-UBND" in err
    assert "since the last exchange" in err and "--keep" in err
    assert files(receiver) == before
    assert [r["appraisal"] for r in show(capsys, receiver, 1)["rows"] if r["code"] == "1.2.2"] == ["0.25"]


def test_keep_mine_or_theirs_settles_a_conflict(capsys, offices, tmp_path):
    sender, receiver, sheet, _ = offices
    later = changed_on_both_sides(capsys, offices, tmp_path)
    code, out, err = run(capsys, "--db", receiver, "receive", later, "--keep", "mine")
    assert code == 0, err
    assert [r["appraisal"] for r in show(capsys, receiver, 1)["rows"] if r["code"] == "1.2.2"] == ["0.25"]
    code, out, err = run(capsys, "--db", receiver, "receive", later, "--keep", "theirs")
    assert code == 0, err
    assert show(capsys, receiver, 1) == show(capsys, sender, sheet)


def test_what_only_the_sender_changed_since_the_last_exchange_is_taken_without_asking(capsys, offices, tmp_path):
    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    assert run(capsys, "--db", receiver, "note", 1, "2.1.1", "Ghi chú của Sở")[0] == 0  # a cell the sender keeps
    assert run(capsys, "--db", sender, "set", sheet, "1.2.2", "0")[0] == 0
    assert run(capsys, "--db", sender, "set", sheet, "1.2.1", "0,25", "--column", "self")[0] == 0
    later = tmp_path / "phong-tho-2023-lan-2.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", later)[0] == 0
    code, out, err = run(capsys, "--db", receiver, "receive", later)
    assert code == 0, err
    rows = {r["code"]: r for r in show(capsys, receiver, 1)["rows"]}
    assert (rows["1.2.2"]["appraisal"], rows["1.2.1"]["self"]) == ("0.00", "0.25")
    assert rows["2.1.1"]["note"] == "Ghi chú của Sở"  # changed here only: kept, not a conflict


def test_receiving_an_old_package_again_keeps_what_was_changed_here_since(capsys, offices):
    _, receiver, _, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    assert run(capsys, "--db", receiver, "set", 1, "1.2.2", "0,25")[0] == 0
    before = files(receiver)
    code, out, err = run(capsys, "--db", receiver, "receive", package)
    assert code == 0, err
    assert files(receiver) == before
    assert [r["appraisal"] for r in show(capsys, receiver, 1)["rows"] if r["code"] == "1.2.2"] == ["0.25"]


def test_a_sheet_never_exchanged_asks_about_every_value_it_holds_that_differs(capsys, offices, seed_path):
    _, receiver, _, package = offices
    code, out, err = run(capsys, "--db", receiver, "import", seed_path, "--unit", "Huyện Phong Thổ", "--year", "2023")
    assert code == 0, err
    assert run(capsys, "--db", receiver, "set", 1, "1.2.2", "0,25")[0] == 0
    code, out, err = run(capsys, "--db", receiver, "receive", package)
    assert code == 2
    assert "1.2.2\tappraisal\tmine: 0.25\ttheirs: 0.50" in err


def test_received_changes_are_audited_as_received(capsys, offices):
    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    code, out, err = run(capsys, "--db", receiver, "history", 1, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert {(e["code"], e["field"], e["new"], e["source"]) for e in entries} >= {
        ("1.2.1", "self", "0.50", "receive"), ("1.1", "note", "Đã ban hành kế hoạch đúng hạn", "receive")}


def tampered(package, tmp_path, change):
    with zipfile.ZipFile(package) as archive:
        items = [(info.filename, archive.read(info)) for info in archive.infolist()]
    items = change(items)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, data in items:
                archive.writestr(name, data)
    path = tmp_path / "hostile.cchc"
    path.write_bytes(buffer.getvalue())
    return path


def manifest_edit(edit):
    def change(items):
        data = json.loads(items[0][1])
        edit(data)
        return [("manifest.json", json.dumps(data).encode())] + items[1:]
    return change


ZEROS = b"\0" * (3 * 1024 * 1024)
SCAN = b"%PDF-1.4 scan\n" * 50
HOSTILE = {
    "hash_mismatch": lambda items: manifest_edit(lambda d: d.update(evidence=[
        {"sha256": hashlib.sha256(SCAN).hexdigest(), "name": "quyết định.pdf", "size": len(SCAN),
         "criterion": "1.1"}]))(items) + [(f"evidence/{hashlib.sha256(SCAN).hexdigest()}", SCAN[:-1] + b"!")],
    "bad_manifest": manifest_edit(lambda d: d["scores"]["appraisal"].update({"1.1": "99"})),
    "criteria_set_mismatch": manifest_edit(lambda d: d["criteria_set"]["rows"][0].update(max="99.00")),
    "unsafe_name": lambda items: items + [("../../Startup/run.bat", b"echo")],
    "zip_bomb": lambda items: items + [(f"evidence/{hashlib.sha256(ZEROS).hexdigest()}", ZEROS)],
    "duplicate_member": lambda items: items + items[:1],
    "unknown_version": manifest_edit(lambda d: d.update(format_version=2)),
    "unlisted_member": lambda items: items + [(f"evidence/{hashlib.sha256(b'x').hexdigest()}", b"x")],
}
MESSAGES = {"hash_mismatch": "quyết định.pdf", "bad_manifest": "scores.appraisal.1.1",
            "criteria_set_mismatch": "does not match its SHA-256", "unsafe_name": "../../Startup/run.bat",
            "zip_bomb": "times its packed size", "duplicate_member": "manifest.json appears twice",
            "unknown_version": "format version 2", "unlisted_member": "not listed in the manifest"}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_package_is_refused_and_the_database_is_untouched(capsys, offices, tmp_path, kind):
    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    assert run(capsys, "--db", receiver, "set", 1, "1.2.2", "0,25")[0] == 0
    before = files(receiver)
    hostile = tampered(package, tmp_path, HOSTILE[kind])
    code, out, err = run(capsys, "--db", receiver, "receive", hostile)
    assert code == 2
    assert "hostile.cchc was refused, nothing was received" in err and MESSAGES[kind] in err
    assert "Traceback" not in err and out == ""
    assert files(receiver) == before


def test_a_hostile_package_does_not_even_create_a_database(capsys, offices, tmp_path):
    sender, receiver, sheet, package = offices
    hostile = tampered(package, tmp_path, HOSTILE["unsafe_name"])
    assert run(capsys, "--db", receiver, "receive", hostile)[0] == 2
    assert not receiver.exists()


def test_a_signed_package_names_its_signer_on_receipt(capsys, offices, tmp_path):
    sender, receiver, sheet, _ = offices
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "UBND huyện Phong Thổ")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
                   .sign(key, hashes.SHA256()))
    p12 = tmp_path / "huyen.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"huyen", key, certificate, None, NoEncryption()))
    signed = tmp_path / "signed.cchc"
    code, out, err = run(capsys, "--db", sender, "export", sheet, "-o", signed, "--sign", p12)
    assert code == 0, err
    code, out, err = run(capsys, "--db", receiver, "receive", signed)
    assert code == 0, err
    assert "signed by CN=UBND huyện Phong Thổ" in err


def test_a_sheet_scored_with_another_criteria_set_is_not_merged(capsys, offices, tmp_path):
    from cchc_desktop.domain.criteria_sets import read_set_document

    sender, receiver, sheet, package = offices
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0

    def other_set(data):
        rows = data["criteria_set"]["rows"]
        rows[0]["title"] = rows[0]["title"] + " (sửa đổi)"
        digest = read_set_document({**data["criteria_set"], "sha256": None}).sha256
        data["criteria_set"]["sha256"] = data["criteria_set_sha256"] = digest

    before = files(receiver)
    code, out, err = run(capsys, "--db", receiver, "receive", tampered(package, tmp_path, manifest_edit(other_set)))
    assert code == 2
    assert "already has a 2023 sheet (sheet 1)" in err and "cannot be merged" in err
    assert files(receiver) == before


def test_what_this_version_cannot_keep_is_said_not_dropped_silently(capsys, offices, tmp_path):
    from cchc_desktop.domain.package import EvidenceEntry
    from cchc_desktop.reports.package_files import package_bytes, read_package_file

    sender, receiver, sheet, package = offices
    read = read_package_file(package)
    whole = b"%PDF-1.4 tong hop"
    read.manifest.evidence.append(EvidenceEntry(hashlib.sha256(SCAN).hexdigest(), "biên bản.pdf", len(SCAN), "1.1"))
    read.manifest.evidence.append(EvidenceEntry(hashlib.sha256(whole).hexdigest(), "tổng hợp.pdf", len(whole)))
    with_evidence = tmp_path / "with-evidence.cchc"
    with_evidence.write_bytes(package_bytes(read.manifest, {hashlib.sha256(SCAN).hexdigest(): SCAN,
                                                            hashlib.sha256(whole).hexdigest(): whole}))
    code, out, err = run(capsys, "--db", receiver, "receive", with_evidence)
    assert code == 0, err
    # The criterion's file is kept; a file for the sheet as a whole has no place here yet, and that is said.
    assert "1 evidence files for the whole sheet" in err and "not received" in err
    row = next(r for r in show(capsys, receiver, 1)["rows"] if r["code"] == "1.1")
    assert row["evidence"] == [{"name": "biên bản.pdf", "sha256": hashlib.sha256(SCAN).hexdigest(),
                                "size": len(SCAN)}]


def test_evidence_travels_with_the_units_package_and_arrives_once(capsys, offices, tmp_path):
    sender, receiver, sheet, _ = offices
    scan = tmp_path / "Kế hoạch.pdf"
    scan.write_bytes(SCAN)
    assert run(capsys, "--db", sender, "evidence", "add", sheet, "1.1", scan)[0] == 0
    assert run(capsys, "--db", sender, "evidence", "add", sheet, "1.2", scan)[0] == 0
    package = tmp_path / "with-evidence.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", package)[0] == 0
    with zipfile.ZipFile(package) as archive:
        assert [n for n in archive.namelist() if n.startswith("evidence/")] == [
            f"evidence/{hashlib.sha256(SCAN).hexdigest()}"]
    code, out, err = run(capsys, "--db", receiver, "receive", package)
    assert code == 0, err
    received = int(out.strip().splitlines()[-1])
    assert show(capsys, receiver, received) == show(capsys, sender, sheet)
    before = files(receiver)
    assert run(capsys, "--db", receiver, "receive", package)[0] == 0
    assert files(receiver) == before


def evidence_of(capsys, db, sheet, code):
    return [(item["name"], item["sha256"]) for item in
            next(r for r in show(capsys, db, sheet)["rows"] if r["code"] == code)["evidence"]]


def test_a_file_removed_by_the_sender_since_the_last_exchange_is_removed_here_and_this_sides_changes_stand(
        capsys, offices, tmp_path):
    sender, receiver, sheet, _ = offices
    scan, plan = tmp_path / "biên bản.pdf", tmp_path / "kế hoạch.pdf"
    scan.write_bytes(SCAN)
    plan.write_bytes(b"%PDF-1.4 ke hoach\n" * 40)
    digest = hashlib.sha256(SCAN).hexdigest()
    assert run(capsys, "--db", sender, "evidence", "add", sheet, "1.1", scan, plan)[0] == 0
    first = tmp_path / "first.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", first)[0] == 0
    code, out, err = run(capsys, "--db", receiver, "receive", first)
    assert code == 0, err
    received = int(out.strip().splitlines()[-1])
    assert len(evidence_of(capsys, receiver, received, "1.1")) == 2
    # The unit withdraws the scan and sends again; meanwhile the office attached a file of its own to 1.2.
    assert run(capsys, "--db", sender, "evidence", "remove", sheet, "1.1", digest)[0] == 0
    second = tmp_path / "second.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", second)[0] == 0
    note = tmp_path / "ghi chép.pdf"
    note.write_bytes(b"%PDF-1.4 ghi chep\n" * 30)
    assert run(capsys, "--db", receiver, "evidence", "add", received, "1.2", note)[0] == 0
    code, out, err = run(capsys, "--db", receiver, "receive", second)
    assert code == 0, err
    assert [name for name, _ in evidence_of(capsys, receiver, received, "1.1")] == ["kế hoạch.pdf"]
    assert [name for name, _ in evidence_of(capsys, receiver, received, "1.2")] == ["ghi chép.pdf"]  # stands
    # The office removes the plan; the same package received again does not bring it back.
    plan_digest = hashlib.sha256(plan.read_bytes()).hexdigest()
    assert run(capsys, "--db", receiver, "evidence", "remove", received, "1.1", plan_digest)[0] == 0
    assert run(capsys, "--db", receiver, "receive", second)[0] == 0
    assert evidence_of(capsys, receiver, received, "1.1") == []


def test_a_package_older_than_the_one_received_is_refused_and_nothing_is_written(capsys, offices, tmp_path):
    from cchc_desktop.reports.package_files import package_bytes, read_package_file

    sender, receiver, sheet, first = offices
    assert run(capsys, "--db", sender, "set", sheet, "1.2.2", "0")[0] == 0
    second = tmp_path / "second.cchc"
    assert run(capsys, "--db", sender, "export", sheet, "-o", second)[0] == 0
    # The first package, made an hour before the second (exports within one second share their time here).
    read = read_package_file(first)
    made = datetime.datetime.fromisoformat(read_package_file(second).manifest.made_at) - datetime.timedelta(hours=1)
    read.manifest.made_at = made.isoformat(timespec="seconds")
    older = tmp_path / "older.cchc"
    older.write_bytes(package_bytes(read.manifest, {}))
    code, out, err = run(capsys, "--db", receiver, "receive", second)
    assert code == 0, err
    before = files(receiver)
    code, out, err = run(capsys, "--db", receiver, "receive", older)
    assert code == 2 and "before the package already received" in err and "Nothing was received" in err
    assert made.strftime("%d/%m/%Y %H:%M:%S") in err and "Traceback" not in err
    assert files(receiver) == before
    assert [r["appraisal"] for r in show(capsys, receiver, 1)["rows"] if r["code"] == "1.2.2"] == ["0.00"]
    assert run(capsys, "--db", receiver, "receive", second)[0] == 0  # the latest, again: still fine


@pytest.mark.parametrize("made_at", ["hôm qua", "2020-01-01T08:00:00"])
def test_a_package_whose_time_cannot_be_compared_is_measured_as_any_other(capsys, offices, tmp_path, made_at):
    from cchc_desktop.reports.package_files import package_bytes, read_package_file

    sender, receiver, sheet, first = offices
    assert run(capsys, "--db", receiver, "receive", first)[0] == 0
    read = read_package_file(first)
    read.manifest.made_at = made_at  # not ISO 8601, or without the offset the program writes
    odd = tmp_path / "odd.cchc"
    odd.write_bytes(package_bytes(read.manifest, {}))
    code, out, err = run(capsys, "--db", receiver, "receive", odd)
    assert code == 0 and "Traceback" not in err, err
