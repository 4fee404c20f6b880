"""Verifying a printed sheet (its data, its pages, the database, the audit head) and signing PDFs digitally."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

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
from ..domain.scoring import MAIN_COLUMNS, Column
from ..store import sheets
from .errors import SheetNotFoundError, SignError, VerifyError
from .sealing import AuditHead, audit_head_problem
from .workspace import Workspace

log = logging.getLogger(__name__)

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
                for column in MAIN_COLUMNS:
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
                current = document.seal()
                report.sheet_fingerprint = current.fingerprint
                with workspace.engine.connect() as connection:
                    report.finalized_fingerprint = sheets.finalized_fingerprint(connection, report.sheet_id)
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
