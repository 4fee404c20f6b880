"""The .cchc exchange package on disk: written byte-for-byte reproducibly, read refusing anything hostile whole."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.criteria_sets import SetDocument
from ..domain.package import (
    EVIDENCE_DIR,
    MANIFEST_NAME,
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    SIGNATURE_NAME,
    Manifest,
    PackageRefused,
    manifest_bytes,
    read_manifest,
)
from .zip_limits import ZipLimits, zip_bomb_problem

# Evidence is scans and office files that are already packed, so a member far smaller than its content is
# not evidence; the manifest is JSON, which packs about 10 times.
LIMITS = ZipLimits(members=MAX_EVIDENCE_FILES + 2, member_bytes=MAX_EVIDENCE_BYTES,
                   total_bytes=2 * 1024 * 1024 * 1024, ratio=100, ratio_floor=1024 * 1024)
MAX_PACKAGE_BYTES = LIMITS.total_bytes
MAX_MANIFEST_BYTES = 20 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the zip epoch: the same package from the same content, whenever made
_EVIDENCE_MEMBER = re.compile(r"evidence/[0-9a-f]{64}")


@dataclass
class Signer:
    subject: str
    fingerprint: str  # SHA-256 of the certificate, hexadecimal

    def __str__(self) -> str:
        return f"{self.subject} (certificate SHA-256 {self.fingerprint[:16]}…)"


@dataclass
class ReadPackage:
    manifest: Manifest
    criteria_set: SetDocument
    sha256: str  # of the whole package file: what the audit log records
    evidence: dict[str, bytes] = field(default_factory=dict)
    signer: Signer | None = None


@dataclass(frozen=True)
class SigningKey:
    key: object  # a private key from cryptography
    certificate: object  # its x509.Certificate


def load_signing_key(path: Path | str, password: bytes | None = None) -> SigningKey:
    """A .p12/.pfx holding the sender's key and certificate."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PackageRefused(f"{path.name} cannot be read ({error.strerror or error}).", kind="bad_key") from None
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, TypeError) as error:
        raise PackageRefused(f"{path.name} is not a .p12 key this program can open ({error}). If it has a password, "
                             "put it in the CCHC_SIGN_PASSWORD environment variable.", kind="bad_key") from None
    if key is None or certificate is None:
        raise PackageRefused(f"{path.name} does not hold both a private key and its certificate.", kind="bad_key")
    return SigningKey(key, certificate)


def package_bytes(manifest: Manifest, evidence: Mapping[str, bytes], *, signing: SigningKey | None = None) -> bytes:
    """The package: manifest.json, its signature if signing, then each evidence file once under its hash."""
    text = manifest_bytes(manifest)
    wanted = {entry.sha256 for entry in manifest.evidence}
    missing = sorted(wanted - set(evidence))
    if missing:
        raise PackageRefused(f"evidence {missing[0][:12]}… is listed but its bytes were not given.",
                             kind="bad_evidence")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _add(archive, MANIFEST_NAME, text)
        if signing is not None:
            _add(archive, SIGNATURE_NAME, sign_manifest(text, signing), compress=False)
        for digest in sorted(wanted):
            data = evidence[digest]
            if hashlib.sha256(data).hexdigest() != digest:
                raise PackageRefused(f"evidence {digest[:12]}…: the bytes given are not the listed file.",
                                     kind="bad_evidence")
            _add(archive, EVIDENCE_DIR + digest, data)
    return buffer.getvalue()


def _add(archive: zipfile.ZipFile, name: str, data: bytes, *, compress: bool = True) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 0
    info.external_attr = 0
    archive.writestr(info, data, compresslevel=6 if compress else None)


def write_package(path: Path | str, data: bytes) -> str:
    """Write the package's bytes atomically (a half-written .cchc never appears); return its SHA-256."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PackageRefused(f"{path} cannot be written ({error.strerror or error}).", kind="unwritable") from None
    return hashlib.sha256(data).hexdigest()


# --- reading -----------------------------------------------------------------------------
def read_package_file(path: Path | str) -> ReadPackage:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise _refused(path.name, f"the file is {size // (1024 * 1024):,} MB, over the limit of "
                           f"{MAX_PACKAGE_BYTES // (1024 * 1024):,} MB", "too_large")
        data = path.read_bytes()
    except OSError as error:
        raise PackageRefused(f"{path.name} cannot be read ({error.strerror or error}).", kind="unreadable") from None
    return read_package(data, name=path.name)


def _refused(name: str, problem: str, kind: str, **params: object) -> PackageRefused:
    return PackageRefused(f"{name} was refused, nothing was received: {problem}.", kind=kind, **params)


def read_package(data: bytes, *, name: str = "the package") -> ReadPackage:
    """Check everything before anything is used: one problem refuses the whole package, naming that problem."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise _refused(name, f"it is not a .cchc package (not a readable zip: {error})", "not_a_package") from None
    with archive:
        members = archive.infolist()
        seen: dict[str, str] = {}
        for member in members:
            member_name = member.filename
            if _unsafe(member_name):
                raise _refused(name, f"it holds a member named “{member_name}”, which points outside the package "
                               "(an absolute path or “..”)", "unsafe_name", member=member_name)
            folded = member_name.casefold()
            if folded in seen:
                raise _refused(name, f"the member {member_name} appears twice", "duplicate_member", member=member_name)
            seen[folded] = member_name
        problem = zip_bomb_problem(archive, LIMITS, whole="the package", part="member")
        if problem is not None:
            raise _refused(name, f"{problem[0]} (the limit is {problem[1]})", "zip_bomb")
        for member in members:
            if member.flag_bits & 0x1:
                raise _refused(name, f"its member {member.filename} is encrypted", "encrypted_member")
            if member.filename not in (MANIFEST_NAME, SIGNATURE_NAME) and not _EVIDENCE_MEMBER.fullmatch(
                    member.filename):
                raise _refused(name, f"it holds {member.filename}, which a package does not have", "unknown_member",
                               member=member.filename)
        if MANIFEST_NAME not in seen.values():
            raise _refused(name, f"it has no {MANIFEST_NAME}", "not_a_package")
        raw = _read_member(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES, name)
        signer = None
        if SIGNATURE_NAME in seen.values():  # first: a signed manifest changed since is named as such
            signer = verify_manifest(raw, _read_member(archive, SIGNATURE_NAME, MAX_SIGNATURE_BYTES, name), name)
        try:
            parsed = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
            raise _refused(name, f"its manifest is not readable JSON ({error})", "bad_manifest") from None
        try:
            manifest, document = read_manifest(parsed)
        except PackageRefused as error:
            raise PackageRefused(f"{name} was refused, nothing was received: {error}", kind=error.kind,
                                 problems=error.problems) from None
        listed = {entry.sha256: entry for entry in manifest.evidence}
        for member in members:
            if member.filename.startswith(EVIDENCE_DIR) and member.filename[len(EVIDENCE_DIR):] not in listed:
                raise _refused(name, f"its member {member.filename} is not listed in the manifest",
                               "unlisted_member", member=member.filename)
        evidence: dict[str, bytes] = {}
        for digest, entry in listed.items():
            member_name = EVIDENCE_DIR + digest
            if member_name not in seen.values():
                raise _refused(name, f"the evidence file “{entry.name}” is listed but {member_name} is missing",
                               "missing_member", member=member_name)
            content = _read_member(archive, member_name, MAX_EVIDENCE_BYTES, name)
            if len(content) != entry.size or hashlib.sha256(content).hexdigest() != digest:
                raise _refused(name, f"the evidence file “{entry.name}” ({member_name}) does not match its SHA-256: "
                               "it was changed after the package was made", "hash_mismatch", member=member_name,
                               file=entry.name)
            evidence[digest] = content
    return ReadPackage(manifest, document, hashlib.sha256(data).hexdigest(), evidence, signer)


def _unsafe(member_name: str) -> bool:
    if not member_name or member_name.startswith(("/", "\\")) or "\\" in member_name or "\x00" in member_name:
        return True
    if re.match(r"[A-Za-z]:", member_name):
        return True
    return any(part in ("..", ".") for part in member_name.split("/"))


def _read_member(archive: zipfile.ZipFile, member_name: str, limit: int, name: str) -> bytes:
    try:
        with archive.open(member_name) as stream:
            content = stream.read(limit + 1)
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError, RuntimeError) as error:
        raise _refused(name, f"its member {member_name} cannot be read ({error})", "bad_member",
                       member=member_name) from None
    if len(content) > limit:
        raise _refused(name, f"its member {member_name} is over the limit of {limit // (1024 * 1024)} MB", "zip_bomb")
    return content


# --- signature ---------------------------------------------------------------------------
def sign_manifest(manifest: bytes, signing: SigningKey) -> bytes:
    """A detached CMS (PKCS #7) signature over the manifest's bytes, with the sender's certificate inside."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoAttributes]
    return (pkcs7.PKCS7SignatureBuilder().set_data(manifest)
            .add_signer(signing.certificate, signing.key, hashes.SHA256())
            .sign(serialization.Encoding.DER, options))


def verify_manifest(manifest: bytes, signature: bytes, name: str) -> Signer:
    """Check the CMS signature against the certificate it carries; return who signed.

    cryptography writes CMS but does not verify it, so the one SignerInfo is read here: with no signed
    attributes (as sign_manifest writes) its signature is over the manifest itself. Whether the certificate is
    one the receiving office trusts is for the user to judge from the name and fingerprint shown.
    """
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import pkcs7

    def bad(problem: str) -> PackageRefused:
        return _refused(name, f"its signature {problem}", "bad_signature")

    try:
        certificates = pkcs7.load_der_pkcs7_certificates(signature)
        signer_info = _signer_info(signature)
    except (ValueError, IndexError) as error:
        raise bad(f"cannot be read ({error})") from None
    if len(certificates) != 1:
        raise bad(f"must carry exactly the sender's certificate (it carries {len(certificates)})")
    certificate: x509.Certificate = certificates[0]
    public_key = certificate.public_key()
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signer_info, manifest, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signer_info, manifest, ec.ECDSA(hashes.SHA256()))
        else:
            raise bad("uses a key type this program does not check")
    except InvalidSignature:
        raise bad("does not match the manifest: the package was changed after it was signed") from None
    from cryptography.hazmat.primitives import serialization

    fingerprint = hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return Signer(certificate.subject.rfc4514_string(), fingerprint)


def _der(data: bytes, at: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at ``at``."""
    tag = data[at]
    length = data[at + 1]
    at += 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("unsupported length")
        length = int.from_bytes(data[at:at + count], "big")
        at += count
    if at + length > len(data):
        raise ValueError("truncated")
    return tag, at, at + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    found = []
    while start < end:
        element = _der(data, start)
        found.append(element)
        start = element[2]
    return found


def _signer_info(signature: bytes) -> bytes:
    """The signature value of the single SignerInfo without signed attributes (RFC 5652 §5.3)."""
    tag, start, end = _der(signature, 0)  # ContentInfo
    content_type, explicit = _children(signature, start, end)[:2]
    tag, start, end = _der(signature, explicit[1])  # [0] EXPLICIT → SignedData
    parts = _children(signature, start, end)
    signer_infos = parts[-1]
    if signer_infos[0] != 0x31:
        raise ValueError("no signer")
    infos = _children(signature, signer_infos[1], signer_infos[2])
    if len(infos) != 1:
        raise ValueError(f"{len(infos)} signers")
    fields = _children(signature, infos[0][1], infos[0][2])
    if any(f[0] == 0xA0 for f in fields):
        raise ValueError("signed attributes are not supported")
    octets = fields[4]  # version, sid, digestAlgorithm, signatureAlgorithm, signature
    if octets[0] != 0x04:
        raise ValueError("no signature value")
    return signature[octets[1]:octets[2]]
