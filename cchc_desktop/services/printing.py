"""Printing, finalizing (chốt), reopening, verifying and digitally signing score sheets."""

from __future__ import annotations

import io
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..domain.criteria import clean_text
from ..domain.errors import CchcError
from ..domain.fingerprint import (
    DATA_FILE_NAME,
    LAYOUT_FILE_NAME,
    Difference,
    SheetDataError,
    canonical_bytes,
    canonical_data,
    differences,
    fingerprint_bytes,
    parse_canonical,
)
from ..domain.scoring import Column
from ..store import repository, schema
from ..store.lock import os_user
from .workspace import AuditedChange, SheetDocument, SheetLockedError, SheetNotFoundError, Workspace

log = logging.getLogger(__name__)

PROFILE_KEY_PREFIX = "print_profile:"
DEFAULT_OFFICE = "Phòng Nội vụ"


class PrintError(CchcError):
    kind = "print"


class VerifyError(CchcError):
    kind = "verify"


class SignError(CchcError):
    kind = "sign"


# --- signers and the rest of a unit's print settings ---------------------------------------
@dataclass(frozen=True)
class SignerSetting:
    roles: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True)
class PrintProfile:
    """What a unit prints on its sheets; remembered per unit in the setting table."""

    issuer_lines: tuple[str, ...]
    place: str
    title_lines: tuple[str, ...]
    signers: tuple[SignerSetting, ...]
    subtitle: str = ""
    reference: str = ""
    recipients: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # empty: every column the sheet has scores in
    landscape: bool = False

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PrintProfile:
        raw = json.loads(text)
        return cls(
            issuer_lines=tuple(raw.get("issuer_lines", ())),
            place=raw.get("place", ""),
            title_lines=tuple(raw.get("title_lines", ())),
            signers=tuple(SignerSetting(tuple(s.get("roles", ())), s.get("name", "")) for s in raw.get("signers", ())),
            subtitle=raw.get("subtitle", ""),
            reference=raw.get("reference", ""),
            recipients=tuple(raw.get("recipients", ())),
            columns=tuple(raw.get("columns", ())),
            landscape=bool(raw.get("landscape", False)),
        )


def _place_of(unit: str) -> str:
    for prefix in ("Huyện ", "Thị xã ", "Thành phố ", "Quận ", "Xã ", "Phường ", "Thị trấn "):
        if unit.startswith(prefix):
            return unit[len(prefix):]
    return unit


def default_profile(unit: str, year: int) -> PrintProfile:
    """A district's usual sheet: issued by its Phòng Nội vụ, signed by the preparer and the head of office."""
    return PrintProfile(
        issuer_lines=(f"UBND {unit[:1].lower()}{unit[1:]}", DEFAULT_OFFICE),  # "UBND huyện Phong Thổ"
        place=_place_of(unit),
        title_lines=("Kết quả đánh giá Chỉ số cải cách hành chính", f"{unit[:1].lower()}{unit[1:]} năm {year}"),
        signers=(SignerSetting(("Người lập biểu",)), SignerSetting(("Trưởng phòng Nội vụ",))),
    )


def load_profile(workspace: Workspace, unit: str, year: int) -> PrintProfile:
    with workspace.engine.connect() as connection:
        stored = connection.execute(select(schema.setting.c.value).where(
            schema.setting.c.key == PROFILE_KEY_PREFIX + unit)).scalar_one_or_none()
    if stored is None:
        return default_profile(unit, year)
    try:
        return PrintProfile.from_json(stored)
    except (ValueError, AttributeError, TypeError):
        # A damaged setting must not stop printing: the defaults are printed and can be saved again.
        return default_profile(unit, year)


def save_profile(workspace: Workspace, unit: str, profile: PrintProfile) -> None:
    for column in profile.columns:
        Column.parse(column)
    statement = sqlite_insert(schema.setting).values(key=PROFILE_KEY_PREFIX + unit, value=profile.to_json())
    with workspace.engine.begin() as connection:
        connection.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                           set_={"value": statement.excluded.value}))


# --- the printed date ------------------------------------------------------------------------
def document_date(info: repository.SheetInfo) -> date | None:
    if not info.document_date:
        return None
    try:
        return date.fromisoformat(info.document_date)
    except ValueError:
        return None


def set_document_date(workspace: Workspace, sheet_id: int, when: date | None) -> None:
    """The date printed on the sheet. It is not part of the fingerprint, so a finalized sheet may get one."""
    workspace.sheet_info(sheet_id)
    with workspace.engine.begin() as connection:
        connection.execute(update(schema.sheet).where(schema.sheet.c.id == sheet_id).values(
            document_date=None if when is None else when.isoformat()))


def parse_date(text: str) -> date:
    """YYYY-MM-DD or DD/MM/YYYY."""
    text = text.strip()
    try:
        if "/" in text:
            day, month, year = (int(part) for part in text.split("/"))
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise PrintError(f"“{text}” is not a date: write it as 05/02/2024 or 2024-02-05.", kind="bad_date",
                         text=text) from None


# --- fingerprint and printing ----------------------------------------------------------------
@dataclass(frozen=True)
class SheetSeal:
    """A sheet's canonical data, its bytes and their SHA-256."""

    data: dict
    raw: bytes
    fingerprint: str


def seal(document: SheetDocument) -> SheetSeal:
    data = canonical_data(document.sheet, unit=document.info.unit, year=document.info.year,
                          framework=document.framework_info.name)
    raw = canonical_bytes(data)
    return SheetSeal(data, raw, fingerprint_bytes(raw))


def columns_with_scores(document: SheetDocument) -> tuple[Column, ...]:
    found = tuple(column for column in Column if document.sheet.totals(None, column).scored)
    return found or (Column.APPRAISAL,)


def parse_columns(text: str | Sequence[str]) -> tuple[Column, ...]:
    names = [part.strip() for part in (text.split(",") if isinstance(text, str) else text) if part.strip()]
    if not names:
        raise PrintError("Choose at least one score column to print (self, appraisal).", kind="no_columns")
    columns = tuple(dict.fromkeys(Column.parse(name) for name in names))
    return tuple(column for column in Column if column in columns)  # self-assessment before appraisal


_LOOK_UP = object()


def printed_head(document: SheetDocument) -> AuditHead | None:
    """The audit chain's head a finalized sheet prints in its footer; None while the sheet is not finalized."""
    finalized = document.workspace.sheet_info(document.id).finalized_at  # the document may predate a finalize
    return audit_head(document.workspace) if finalized else None


def render_pdf(document: SheetDocument, *, profile: PrintProfile | None = None,
               columns: Sequence[Column] | None = None, landscape: bool | None = None,
               head: AuditHead | None | object = _LOOK_UP) -> bytes:
    """The sheet as PDF bytes, with what is stored in the database and nothing else.

    With ``profile`` and ``head`` given it reads nothing from the database, so a worker thread may call it.
    """
    from ..reports.pdf import SheetLayout, Signer, render_sheet_pdf

    info = document.info
    profile = profile or load_profile(document.workspace, info.unit, info.year)
    if columns is None:
        columns = parse_columns(profile.columns) if profile.columns else columns_with_scores(document)
    if not columns:
        raise PrintError("Choose at least one score column to print (self, appraisal).", kind="no_columns")
    sealed = seal(document)
    layout = SheetLayout(
        issuer_lines=profile.issuer_lines, place=profile.place, title_lines=profile.title_lines, year=info.year,
        document_date=document_date(info), subtitle=profile.subtitle, reference=profile.reference,
        columns=tuple(columns), landscape=profile.landscape if landscape is None else landscape,
        signers=tuple(Signer(s.roles, s.name) for s in profile.signers), recipients=profile.recipients,
        title=" ".join(profile.title_lines))
    if head is _LOOK_UP:
        head = printed_head(document)
    return render_sheet_pdf(document.sheet, layout, sheet_data=sealed.raw, fingerprint=sealed.fingerprint,
                            audit_head=None if head is None else (head.row, head.hash))


PDF_MAGIC = b"%PDF-"
SQLITE_MAGIC = b"SQLite format 3\0"


def _same_file(path: Path, other: Path) -> bool:
    """True when both names lead to one file: equal resolved paths, or equal device and inode (hard links)."""
    if path.resolve() == other.resolve():
        return True
    try:
        a, b = path.stat(), other.stat()
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _protected_files(database: Path) -> list[tuple[Path, str]]:
    """The database and everything SQLite and this program keep beside it, each with how to name it."""
    from ..store.backup import backup_dir
    from ..store.lock import lock_path

    found = [(database, "the database")]
    found.extend((database.with_name(database.name + suffix), f"the database's working file {database.name}{suffix}")
                 for suffix in ("-wal", "-shm", "-journal"))
    found.append((lock_path(database), f"the database's lock file {lock_path(database).name}"))
    folder = backup_dir(database)
    if folder.is_dir():
        found.extend((entry, "a backup of the database") for entry in folder.iterdir() if entry.is_file())
    return found


def check_output(path: Path | str, *, database: Path | str | None = None, force: bool = False) -> Path:
    """Refuse an output path that would destroy something: the database, its log, lock or backups, any
    SQLite file, or (without ``force``) an existing file that is not a PDF. Returns the path."""
    path = Path(path)
    if database is not None:
        database = Path(database)
        for protected, what in _protected_files(database):
            if _same_file(path, protected):
                raise PrintError(f"{path} is {what} ({database}): writing the PDF there would destroy it. "
                                 "Choose another file name, e.g. one ending in .pdf.", kind="output_is_database",
                                 path=str(path))
        from ..store.backup import backup_dir

        if path.resolve().parent == backup_dir(database.resolve()):
            raise PrintError(f"{path} is in the database's backups folder: choose another folder for the PDF.",
                             kind="output_is_database", path=str(path))
    if path.is_dir():
        raise PrintError(f"{path} is a folder: give a file name for the PDF.", kind="output_is_folder",
                         path=str(path))
    if path.exists():
        try:
            with path.open("rb") as stream:
                head = stream.read(len(SQLITE_MAGIC))
        except OSError:
            head = b""  # unreadable: the write below says why in words
        if head.startswith(SQLITE_MAGIC):
            raise PrintError(f"{path} is a database, not a PDF: it is never overwritten. Choose another file "
                             "name, e.g. one ending in .pdf.", kind="output_is_database", path=str(path))
        if head and not head.startswith(PDF_MAGIC) and not force:
            raise PrintError(f"{path} already exists and is not a PDF: it was left as it is. Choose another file "
                             "name (on the command line, --force overwrites it on purpose).", kind="output_not_pdf",
                             path=str(path))
    return path


def write_file(path: Path | str, data: bytes, *, database: Path | str | None = None, force: bool = False) -> None:
    """Write through a temporary file beside the target, so a failed write never leaves half a PDF.

    The path is checked first (``check_output``): with ``database`` given, no name of the database, its
    log, lock or backups is accepted.
    """
    path = check_output(path, database=database, force=force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except PermissionError:
        raise PrintError(f"{path} cannot be written: it may be open in another program (close it and try again).",
                         kind="write_failed", path=str(path)) from None
    except OSError as error:
        raise PrintError(f"{path} cannot be written: {error.strerror}.", kind="write_failed", path=str(path)) from None


def save_pdf(workspace: Workspace, path: Path | str, data: bytes, *, force: bool = False) -> None:
    """Save PDF bytes the window made, refusing any name of the open database (see ``check_output``)."""
    write_file(path, data, database=workspace.path, force=force)


def print_sheet(workspace: Workspace, sheet_id: int, output: Path | str, *,
                columns: Sequence[Column] | None = None, landscape: bool | None = None, force: bool = False) -> str:
    """Write the sheet's PDF to ``output``; return its fingerprint."""
    check_output(output, database=workspace.path, force=force)  # before the work, so a refusal is quick
    document = workspace.open_sheet(sheet_id)
    write_file(output, render_pdf(document, columns=columns, landscape=landscape), database=workspace.path,
               force=force)
    return seal(document).fingerprint


# --- finalize and reopen ---------------------------------------------------------------------
@dataclass(frozen=True)
class SheetEvent:
    kind: str
    at: str
    user: str
    reason: str | None
    fingerprint: str | None


def _who(workspace: Workspace) -> str:
    """The user as the audit log names them: the name set with `cchc user-name`, and the login."""
    from . import safety

    login = os_user()
    name = safety.user_name(workspace)
    return f"{name} ({login})" if name else login


def finalize(workspace: Workspace, sheet_id: int, *, user: str | None = None, source: str = "window") -> str:
    """Lock the sheet (chốt) and store its fingerprint; return the fingerprint."""
    info = workspace.sheet_info(sheet_id)
    if info.finalized_at:
        raise SheetLockedError(f"Sheet {sheet_id} ({info.unit} {info.year}) is already finalized (chốt) since "
                               f"{info.finalized_at}.", kind="already_finalized", sheet_id=sheet_id)
    workspace.before_risky_change("finalize")
    fingerprint = seal(workspace.open_sheet(sheet_id)).fingerprint
    at = repository.now_text()
    user = user or _who(workspace)
    with workspace.engine.begin() as connection:
        changed = connection.execute(update(schema.sheet).where(
            schema.sheet.c.id == sheet_id, schema.sheet.c.finalized_at.is_(None)).values(
            finalized_at=at, finalized_fingerprint=fingerprint)).rowcount
        if changed != 1:
            raise SheetLockedError(f"Sheet {sheet_id} was finalized by someone else a moment ago.",
                                   kind="already_finalized", sheet_id=sheet_id)
        connection.execute(insert(schema.sheet_event).values(
            sheet_id=sheet_id, kind="finalize", at=at, user=user, reason=None, fingerprint=fingerprint))
        # The hash-chained log carries the lock too, so it cannot be removed from the history unnoticed.
        workspace.record_changes(connection, sheet_id, [AuditedChange("", "finalized", None, fingerprint)], source)
    return fingerprint


def reopen(workspace: Workspace, sheet_id: int, reason: str, *, user: str | None = None,
           source: str = "window") -> None:
    """Unlock a finalized sheet; the reason and the user are recorded with the fingerprint it had."""
    reason = clean_text(reason or "")
    if not reason:
        raise PrintError("Reopening a finalized sheet needs a reason (it is recorded).", kind="no_reason")
    info = workspace.sheet_info(sheet_id)
    if not info.finalized_at:
        raise PrintError(f"Sheet {sheet_id} ({info.unit} {info.year}) is not finalized, so there is nothing "
                         "to reopen.", kind="not_finalized", sheet_id=sheet_id)
    workspace.before_risky_change("reopen")
    at = repository.now_text()
    with workspace.engine.begin() as connection:
        fingerprint = connection.execute(select(schema.sheet.c.finalized_fingerprint).where(
            schema.sheet.c.id == sheet_id)).scalar_one()
        connection.execute(update(schema.sheet).where(schema.sheet.c.id == sheet_id).values(
            finalized_at=None, finalized_fingerprint=None))
        connection.execute(insert(schema.sheet_event).values(
            sheet_id=sheet_id, kind="reopen", at=at, user=user or _who(workspace), reason=reason,
            fingerprint=fingerprint))
        workspace.record_changes(connection, sheet_id, [AuditedChange("", "reopened", fingerprint, reason)], source)


@dataclass(frozen=True)
class AuditHead:
    """Where the audit chain stands: its last row and that row's hash. Printed on finalized sheets (and meant
    for the exchange package) so that a chain rewritten later is caught against the copy held elsewhere."""

    row: int
    hash: str


def audit_head(workspace: Workspace) -> AuditHead:
    from ..store import audit

    with workspace.engine.connect() as connection:
        return AuditHead(*audit.head(connection))


def audit_head_problem(workspace: Workspace, head: AuditHead) -> str | None:
    """Whether the database's audit chain still holds a head printed earlier (on a finalized sheet)."""
    from ..store import audit

    with workspace.engine.connect() as connection:
        found = audit.hash_at(connection, head.row)
    if found == head.hash:
        return None
    if found is None:
        return (f"The audit log printed on this sheet reached row {head.row}, but the database's log is shorter: "
                "rows were cut off after the sheet was printed.")
    return (f"Row {head.row} of the database's audit log is not the one printed on this sheet: the log was "
            "rewritten after the sheet was printed.")


def finalized_problems(workspace: Workspace) -> list[str]:
    """Finalized sheets whose stored data, stored fingerprint and audit chain do not agree (for audit-verify)."""
    from ..store import audit

    fingerprints = {}
    for info in workspace.sheets():
        if info.finalized_at:
            try:
                fingerprints[info.id] = seal(workspace.open_sheet(info.id)).fingerprint
            except CchcError as error:
                return [f"sheet {info.id} ({info.unit} {info.year}) cannot be read to check it: {error}"]
    with workspace.engine.connect() as connection:
        return audit.finalize_problems(connection, fingerprints)


def events(workspace: Workspace, sheet_id: int) -> list[SheetEvent]:
    e = schema.sheet_event
    with workspace.engine.connect() as connection:
        rows = connection.execute(select(e.c.kind, e.c.at, e.c.user, e.c.reason, e.c.fingerprint)
                                  .where(e.c.sheet_id == sheet_id).order_by(e.c.id))
        return [SheetEvent(*row) for row in rows]


# --- verify ----------------------------------------------------------------------------------
# What was added to a PDF after a signature. Our sheets have no form fields, so "form filling" after a
# signature can only be a later signature (the next signer's), which is how several people sign one sheet.
MODIFIED_NONE = "none"
MODIFIED_SIGNATURES = "signatures"
MODIFIED_ANNOTATIONS = "annotations"
MODIFIED_OTHER = "other"


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the signature is mathematically right for the certificate
    trusted: bool  # the certificate chains to a trusted authority
    covers_whole_file: bool  # nothing at all was added after signing
    modified_after: str  # one of the MODIFIED_ values
    signed_at: str | None

    @property
    def appended(self) -> bool:
        """Bytes follow the signed range that are not a later signature (junk, or an unreadable update)."""
        return not self.covers_whole_file and self.modified_after == MODIFIED_NONE

    @property
    def ok(self) -> bool:
        """The signed bytes are intact and nothing but later signatures follows them (trust aside)."""
        return (self.intact and self.valid and not self.appended
                and self.modified_after in (MODIFIED_NONE, MODIFIED_SIGNATURES))


@dataclass
class VerifyReport:
    """What ``verify`` found; ``ok`` means the PDF speaks for itself and still matches the database."""

    stated_fingerprint: str | None = None
    computed_fingerprint: str | None = None
    data: dict | None = None
    sheet_id: int | None = None
    sheet_fingerprint: str | None = None
    finalized_fingerprint: str | None = None
    differences: list[Difference] = field(default_factory=list)
    signatures: list[SignatureCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def self_consistent(self) -> bool:
        return self.stated_fingerprint is not None and self.stated_fingerprint == self.computed_fingerprint

    @property
    def matches_database(self) -> bool | None:
        if self.sheet_fingerprint is None:
            return None
        return self.sheet_fingerprint == self.computed_fingerprint and not self.differences

    @property
    def consistent(self) -> bool:
        """Data, fingerprint, pages, database and signatures agree; whether the signer is trusted aside."""
        signatures_ok = all(signature.ok for signature in self.signatures)
        return self.self_consistent and self.matches_database is not False and signatures_ok and not self.problems

    @property
    def untrusted(self) -> bool:
        """Consistent, but signed by a certificate no authority on this computer vouches for."""
        return self.consistent and any(not signature.trusted for signature in self.signatures)

    @property
    def ok(self) -> bool:
        return self.consistent and not self.untrusted


def _open_pdf(data: bytes):  # noqa: ANN202 - pyHanko's reader
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return PdfFileReader(io.BytesIO(data), strict=False)
    except Exception:  # noqa: BLE001 - any parse failure means the same thing to a user
        raise VerifyError("The file is not a readable PDF (it may be damaged or not a PDF at all).",
                          kind="not_pdf") from None


def _embedded_files(names_node) -> dict:  # noqa: ANN001 - a pyHanko name-tree node
    found = {}
    pairs = names_node.get("/Names")
    if pairs is not None:
        for index in range(0, len(pairs) - 1, 2):
            found[str(pairs[index])] = pairs[index + 1]
    for kid in names_node.get("/Kids", []) or []:
        found.update(_embedded_files(kid.get_object()))
    return found


def read_sheet_data(pdf: bytes) -> tuple[bytes, str | None]:
    """The canonical sheet data a printed PDF carries, and the fingerprint the PDF states for it."""
    reader = _open_pdf(pdf)
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
        spec = _embedded_files(tree.get_object())[DATA_FILE_NAME].get_object()
        raw = spec["/EF"]["/F"].get_object().data
    except (KeyError, TypeError, AttributeError):
        raise VerifyError("This PDF carries no CCHC sheet data: it was not printed by CCHC Desktop, or the data "
                          "was removed.", kind="no_sheet_data") from None
    except Exception:  # noqa: BLE001 - a damaged stream
        raise VerifyError("The sheet data inside the PDF is damaged.", kind="damaged_sheet_data") from None
    description = str(spec.get("/Desc", ""))
    stated = description.split()[-1].lower() if description.startswith("SHA-256 ") else None
    return raw, stated


def _find_sheet(workspace: Workspace, data: dict) -> int | None:
    candidates = [s.id for s in workspace.sheets()
                  if s.unit == data.get("unit") and s.year == data.get("year")
                  and s.framework_name == data.get("framework")]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        return None
    raise VerifyError(f"Several sheets match {data.get('unit')} {data.get('year')}: "
                      f"{', '.join(map(str, candidates))}; name one with --sheet.", kind="ambiguous_sheet")


def check_signatures(pdf: bytes) -> list[SignatureCheck]:
    """Every digital signature in the PDF, checked offline (no revocation lookups over the network)."""
    reader = _open_pdf(pdf)
    try:
        signatures = reader.embedded_signatures
    except Exception as error:  # noqa: BLE001 - a signature whose bytes were altered cannot even be parsed
        log.info("signatures could not be read: %r", error)
        return [SignatureCheck("?", "?", False, False, False, False, MODIFIED_OTHER, None)]
    if not signatures:
        return []
    checks = []
    with _quiet_pyhanko():
        for signature in signatures:
            checks.append(_check_signature(signature))
    return checks


@contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a full traceback for an untrusted (e.g. self-made) certificate; the report says it in words."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _check_signature(signature) -> SignatureCheck:  # noqa: ANN001 - pyHanko's EmbeddedPdfSignature
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    with warnings.catch_warnings():
        # The Windows trust store is where a province's CA root gets installed with the token driver;
        # pyHanko warns that relying on it is deprecated, which is no news for the user.
        warnings.simplefilter("ignore", DeprecationWarning)
        context = ValidationContext(allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(signature, context)
    except Exception as error:  # noqa: BLE001 - a damaged or unreadable signature is a finding, not a crash
        log.info("signature %s could not be validated: %r", signature.field_name, error)
        return SignatureCheck(signature.field_name, "?", False, False, False, False, MODIFIED_OTHER, None)
    level = status.modification_level.name if status.modification_level is not None else "NONE"
    modified = {"NONE": MODIFIED_NONE, "LTA_UPDATES": MODIFIED_SIGNATURES, "FORM_FILLING": MODIFIED_SIGNATURES,
                "ANNOTATIONS": MODIFIED_ANNOTATIONS}.get(level, MODIFIED_OTHER)
    return SignatureCheck(
        field=signature.field_name,
        signer=status.signing_cert.subject.human_friendly,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        modified_after=modified,
        signed_at=status.signer_reported_dt.isoformat() if status.signer_reported_dt else None,
    )


def _embedded_file(pdf: bytes, name: str) -> bytes | None:
    reader = _open_pdf(pdf)
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
        spec = _embedded_files(tree.get_object())[name].get_object()
        return spec["/EF"]["/F"].get_object().data
    except (KeyError, TypeError, AttributeError):
        return None
    except Exception:  # noqa: BLE001 - a damaged stream
        return None


def sheet_from_data(data: dict):  # noqa: ANN201 - a ScoreSheet
    """The sheet a printed PDF's canonical data describes, rebuilt from its criteria, scores and notes."""
    from decimal import Decimal, InvalidOperation

    from ..domain.criteria import CriterionSpec, Framework
    from ..domain.scoring import ScoreSheet

    try:
        rows = data["rows"]
        specs = [CriterionSpec(row["code"], row["title"], Decimal(row["max"]), index)
                 for index, row in enumerate(rows, 1)]
        sheet = ScoreSheet(Framework(specs, name=data.get("framework") or ""),
                           rounding_places=int(data.get("rounding_places", 2)))
        for row in rows:
            if sheet.framework.get(row["code"]).is_leaf:
                for column in Column:
                    if row.get(column.value) is not None:
                        sheet.set_score(row["code"], column, Decimal(row[column.value]))
            if row.get("note"):
                sheet.set_note(row["code"], row["note"])
    except (CchcError, KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as error:
        raise SheetDataError(f"The sheet data in the file does not describe a valid sheet: {error}") from None
    return sheet


def _deref(value):  # noqa: ANN001, ANN202 - pyHanko objects
    from pyhanko.pdf_utils.generic import IndirectObject

    return value.get_object() if isinstance(value, IndirectObject) else value


def _same_object(a, b, seen: set, depth: int = 0) -> bool:  # noqa: ANN001 - pyHanko objects
    """Structural equality of two PDF objects (streams by their decoded bytes), not looking up the page tree."""
    from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    if isinstance(a, IndirectObject) and isinstance(b, IndirectObject):
        key = (a.idnum, a.generation, b.idnum, b.generation)
        if key in seen:
            return True
        seen.add(key)
    a, b = _deref(a), _deref(b)
    if depth > 40:
        return False
    if isinstance(a, StreamObject) or isinstance(b, StreamObject):
        if not (isinstance(a, StreamObject) and isinstance(b, StreamObject)):
            return False
        try:
            if a.data != b.data:
                return False
        except Exception:  # noqa: BLE001 - a stream that does not decode is not the one drawn
            return False
        ignore = {"/Length", "/Filter", "/DecodeParms"}
        return _same_dict(a, b, seen, depth, ignore)
    if isinstance(a, DictionaryObject) or isinstance(b, DictionaryObject):
        if not (isinstance(a, DictionaryObject) and isinstance(b, DictionaryObject)):
            return False
        return _same_dict(a, b, seen, depth, {"/Parent"})
    if isinstance(a, ArrayObject) or isinstance(b, ArrayObject):
        if not (isinstance(a, ArrayObject) and isinstance(b, ArrayObject)) or len(a) != len(b):
            return False
        return all(_same_object(x, y, seen, depth + 1) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def _same_dict(a, b, seen: set, depth: int, ignore: set) -> bool:  # noqa: ANN001
    keys = set(a.keys()) - ignore
    if keys != set(b.keys()) - ignore:
        return False
    return all(_same_object(a.raw_get(key), b.raw_get(key), seen, depth + 1) for key in sorted(keys))


def _pages(reader) -> list:  # noqa: ANN001 - pyHanko's reader
    found: list = []

    def walk(node, depth: int) -> None:  # noqa: ANN001
        node = _deref(node)
        if depth > 20:
            raise VerifyError("The PDF's page tree is damaged.", kind="not_pdf")
        if node.get("/Type") == "/Pages":
            for kid in node.get("/Kids", []):
                walk(kid, depth + 1)
        else:
            found.append(node)

    walk(reader.root["/Pages"], 0)
    return found


def printed_audit_head(pdf: bytes) -> AuditHead | None:
    """The audit head a finalized sheet's PDF printed in its footer (from its layout data), if any."""
    from ..reports.pdf import parse_layout

    layout_raw = _embedded_file(pdf, LAYOUT_FILE_NAME)
    if layout_raw is None:
        return None
    try:
        _, _, head = parse_layout(layout_raw)
    except ValueError:
        return None
    return AuditHead(*head) if head else None


def check_pages(pdf: bytes, raw: bytes, data: dict) -> list[str]:
    """Draw the pages again from the data the PDF carries and compare them with the pages it shows.

    Printing is deterministic, so every page of an untouched PDF is drawn exactly again: any difference
    (a figure changed in a page's content, a font's glyphs replaced, a page added or removed) is a forgery.
    Later annotations other than signature fields are reported as well: they can cover what a page shows.
    """
    from ..reports.pdf import RENDERER, parse_layout, render_sheet_pdf

    layout_raw = _embedded_file(pdf, LAYOUT_FILE_NAME)
    if layout_raw is None:
        return ["The PDF does not say how its pages were laid out, so what the pages show cannot be compared "
                "with the data it carries (printed by an older version, or the layout was removed)."]
    try:
        renderer, layout, head = parse_layout(layout_raw)
    except ValueError as error:
        return [f"The PDF's page layout data is damaged ({error})."]
    if renderer != RENDERER:
        return [f"The PDF was printed by another version of CCHC Desktop ({renderer}; this one draws "
                f"{RENDERER}), so its pages cannot be compared with its data here."]
    try:
        sheet = sheet_from_data(data)
    except SheetDataError as error:
        return [str(error)]
    problems = []
    again = canonical_data(sheet, unit=data.get("unit"), year=data.get("year"), framework=data.get("framework"))
    if canonical_bytes(again) != raw:
        problems.append("The sheet data inside the PDF does not add up: its subtotals or totals are not the sums "
                        "of its scores, or it is not in the form this program writes.")
    drawn = render_sheet_pdf(sheet, layout, sheet_data=raw, fingerprint=fingerprint_bytes(raw), audit_head=head)
    shown_pages, drawn_pages = _pages(_open_pdf(pdf)), _pages(_open_pdf(drawn))
    if len(shown_pages) != len(drawn_pages):
        problems.append(f"The PDF has {len(shown_pages)} pages, but its data prints on {len(drawn_pages)}: "
                        "pages were added or removed.")
    seen: set = set()
    for number, (shown, expected) in enumerate(zip(shown_pages, drawn_pages), 1):
        if not _same_dict(shown, expected, seen, 0, {"/Parent", "/Annots"}):
            problems.append(f"Page {number} does not show what the data inside the PDF says: its printed "
                            "figures or text were changed after printing.")
        for annotation in shown.get("/Annots", []) or []:
            annotation = _deref(annotation)
            if annotation.get("/Subtype") != "/Widget" or annotation.get("/FT") != "/Sig":
                problems.append(f"Page {number} carries an added mark or comment ({annotation.get('/Subtype')}) "
                                "that can cover what the page shows.")
                break
    return problems


def verify_pdf(pdf: bytes, workspace: Workspace | None = None, *, sheet_id: int | None = None) -> VerifyReport:
    """Check a printed sheet: its data against its fingerprint, then against the database, then signatures."""
    report = VerifyReport()
    raw, report.stated_fingerprint = read_sheet_data(pdf)
    report.computed_fingerprint = fingerprint_bytes(raw)
    try:
        report.data = parse_canonical(raw)
    except SheetDataError as error:
        report.problems.append(str(error))
        return report
    report.problems.extend(check_pages(pdf, raw, report.data))
    if workspace is not None:
        head = printed_audit_head(pdf)
        problem = audit_head_problem(workspace, head) if head is not None else None
        if problem:
            report.problems.append(problem)
        report.sheet_id = sheet_id if sheet_id is not None else _find_sheet(workspace, report.data)
        if report.sheet_id is None:
            report.problems.append(f"The database has no sheet for {report.data.get('unit')} "
                                   f"{report.data.get('year')} ({report.data.get('framework')}).")
        else:
            try:
                document = workspace.open_sheet(report.sheet_id)
            except SheetNotFoundError as error:
                report.problems.append(str(error))
            else:
                current = seal(document)
                report.sheet_fingerprint = current.fingerprint
                with workspace.engine.connect() as connection:
                    report.finalized_fingerprint = connection.execute(select(schema.sheet.c.finalized_fingerprint)
                                                                      .where(schema.sheet.c.id == report.sheet_id)
                                                                      ).scalar_one_or_none()
                report.differences = differences(report.data, current.data)
    report.signatures = check_signatures(pdf)
    return report


# --- digital signature -----------------------------------------------------------------------
def sign_pdf(pdf: bytes, pfx: bytes, password: str | None = None, *, reason: str | None = None,
             location: str | None = None) -> bytes:
    """Sign (PAdES) with a PKCS#12 certificate; the signature is added as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(pfx, other_certs=[],
                                                       passphrase=password.encode("utf-8") if password else None)
    except ValueError:
        raise SignError("The certificate file cannot be opened: the password is wrong or the file is not a "
                        "PKCS#12 (.p12/.pfx) certificate.", kind="bad_certificate") from None
    reader_check = _open_pdf(pdf)
    field_name = f"Signature{len(reader_check.embedded_signatures) + 1}"
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        metadata = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256",
                                                subfilter=SigSeedSubFilter.PADES, reason=reason, location=location)
        output = signers.sign_pdf(writer, metadata, signer=signer)
    except CchcError:
        raise
    except Exception as error:  # noqa: BLE001 - pyHanko raises many kinds; the user needs one sentence
        raise SignError(f"The PDF could not be signed: {error}", kind="sign_failed") from None
    return output.getvalue()
