"""Reading and writing .cchc packages: the same bytes for the same content, and each hostile kind refused whole."""

import datetime
import hashlib
import io
import json
import warnings
import zipfile
from decimal import Decimal

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from cchc_desktop.domain.criteria_sets import read_criteria, set_document
from cchc_desktop.domain.package import EvidenceEntry, Manifest, PackageRefused
from cchc_desktop.reports import package_files
from cchc_desktop.reports.package_files import (
    SigningKey,
    load_signing_key,
    package_bytes,
    read_package,
)
from cchc_desktop.reports.zip_limits import ZipLimits

ROWS = [["STT", "Tiêu chí", "Điểm tối đa"], ["I", "CÔNG TÁC CHỈ ĐẠO", "5"], ["1", "Kế hoạch CCHC", "3"],
        ["2", "Tuyên truyền", "2"], ["II", "CẢI CÁCH THỂ CHẾ", "2,5"]]
SCAN = b"%PDF-1.4 bien ban kiem tra\n" * 40
SCAN_SHA = hashlib.sha256(SCAN).hexdigest()


def manifest(evidence=True) -> Manifest:
    rows = read_criteria(ROWS).rows
    criteria = set_document(name="Bộ chỉ số cấp xã 2025", year=2025, level="commune", version=1, rows=rows)
    return Manifest(unit="Xã Mường So", unit_kind="commune", year=2025, criteria_set=criteria, made_by="lan",
                    made_at="2025-12-01T09:00:00+07:00", scores={"self": {"1.1": Decimal("2.50")}},
                    evidence=[EvidenceEntry(SCAN_SHA, "biên bản.pdf", len(SCAN), "1.1")] if evidence else [])


def good() -> bytes:
    return package_bytes(manifest(), {SCAN_SHA: SCAN})


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def zipped(items) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: that is the point of one test
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in items:
                archive.writestr(name, data)
    return buffer.getvalue()


def with_manifest(change) -> bytes:
    items = members(good())
    data = json.loads(items[0][1])
    change(data)
    return zipped([("manifest.json", json.dumps(data).encode())] + items[1:])


def refused(data: bytes) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        read_package(data, name="muong-so.cchc")
    assert "muong-so.cchc" in str(caught.value)
    return caught.value


def test_a_package_reads_back_with_its_evidence():
    read = read_package(good())
    assert read.manifest.scores == {"self": {"1.1": Decimal("2.50")}}
    assert read.evidence == {SCAN_SHA: SCAN}
    assert read.signer is None
    assert read.sha256 == hashlib.sha256(good()).hexdigest()


def test_the_same_content_gives_the_same_bytes():
    assert good() == good()
    assert [name for name, _ in members(good())] == ["manifest.json", f"evidence/{SCAN_SHA}"]


def test_a_changed_evidence_file_is_refused_by_name():
    items = members(good())
    error = refused(zipped([items[0], (items[1][0], SCAN.replace(b"kiem", b"sua "))]))
    assert error.kind == "hash_mismatch" and "biên bản.pdf" in str(error) and SCAN_SHA in str(error)


def test_a_manifest_that_does_not_validate_is_refused_naming_the_problem():
    error = refused(with_manifest(lambda d: d.update(year="2025")))
    assert error.kind == "bad_manifest" and "'2025' is not a year" in str(error)


def test_a_criteria_set_changed_after_hashing_is_refused():
    error = refused(with_manifest(lambda d: d["criteria_set"]["rows"][1].update(title="Kế hoạch khác")))
    assert error.kind == "criteria_set_mismatch"


def test_an_unknown_format_version_is_refused():
    error = refused(with_manifest(lambda d: d.update(format_version=9)))
    assert error.kind == "unknown_version" and "format version 9" in str(error)


@pytest.mark.parametrize("name", ["../evil.dll", "/etc/passwd", "C:/Windows/evil.dll", "evidence/../../x",
                                  "evidence\\..\\x"])
def test_names_pointing_outside_the_package_are_refused(name):
    error = refused(zipped(members(good()) + [(name, b"x")]))
    assert error.kind == "unsafe_name" and name in str(error)


def test_a_duplicate_member_is_refused():
    items = members(good())
    error = refused(zipped(items + [items[0]]))
    assert error.kind == "duplicate_member" and "manifest.json" in str(error)


def test_a_member_not_in_the_manifest_is_refused():
    other = hashlib.sha256(b"extra").hexdigest()
    error = refused(zipped(members(good()) + [(f"evidence/{other}", b"extra")]))
    assert error.kind == "unlisted_member" and other in str(error)


def test_a_stray_file_is_refused():
    error = refused(zipped(members(good()) + [("readme.exe", b"MZ")]))
    assert error.kind == "unknown_member"


def test_a_listed_file_that_is_missing_is_refused():
    error = refused(zipped(members(good())[:1]))
    assert error.kind == "missing_member" and "biên bản.pdf" in str(error)


def test_a_highly_packed_member_is_refused_before_it_is_inflated():
    zeros = b"\0" * (3 * 1024 * 1024)
    error = refused(zipped(members(good()) + [(f"evidence/{hashlib.sha256(zeros).hexdigest()}", zeros)]))
    assert error.kind == "zip_bomb" and "times its packed size" in str(error)


def test_too_many_members_and_too_many_bytes_are_refused(monkeypatch):
    monkeypatch.setattr(package_files, "LIMITS", ZipLimits(members=1, member_bytes=10 ** 6, total_bytes=10 ** 6,
                                                           ratio=100, ratio_floor=10 ** 6))
    assert "2 members" in str(refused(good()))
    monkeypatch.setattr(package_files, "LIMITS", ZipLimits(members=10, member_bytes=100, total_bytes=10 ** 6,
                                                           ratio=100, ratio_floor=10 ** 6))
    assert "unpacks to" in str(refused(good()))
    monkeypatch.setattr(package_files, "LIMITS", ZipLimits(members=10, member_bytes=10 ** 6, total_bytes=1000,
                                                           ratio=100, ratio_floor=10 ** 6))
    assert "members unpack to" in str(refused(good()))


def test_not_a_zip_is_refused():
    assert refused(b"PK\x03\x04 this is not really a zip").kind == "not_a_package"


# --- signature ---------------------------------------------------------------------------
def signing_key(common_name="UBND xã Mường So") -> SigningKey:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(7).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    return SigningKey(key, certificate)


def test_a_signed_package_names_its_signer():
    data = package_bytes(manifest(), {SCAN_SHA: SCAN}, signing=signing_key())
    assert "CN=UBND xã Mường So" in str(read_package(data).signer)


def test_a_manifest_changed_after_signing_is_refused():
    data = package_bytes(manifest(), {SCAN_SHA: SCAN}, signing=signing_key())
    items = members(data)
    changed = items[0][1].replace(b'"1.1": "2.50"', b'"1.1": "3.00"')
    assert changed != items[0][1]
    error = refused(zipped([("manifest.json", changed)] + items[1:]))
    assert error.kind == "bad_signature" and "changed after it was signed" in str(error)


def test_a_key_file_with_a_password_opens(tmp_path):
    signing = signing_key()
    path = tmp_path / "key.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"lan", signing.key, signing.certificate, None,
                                                           BestAvailableEncryption(b"mat-khau")))
    assert load_signing_key(path, b"mat-khau").certificate == signing.certificate
    with pytest.raises(PackageRefused, match="CCHC_SIGN_PASSWORD"):
        load_signing_key(path, b"sai")
