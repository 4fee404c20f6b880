"""Printing score sheets: each unit's print profile (signers, issuer, columns), the PDF, and saving it safely.

Finalizing and reopening live in sealing.py, verifying and signing PDFs in verification.py; their names are
re-exported here so that ``printing.finalize`` and ``printing.verify_pdf`` keep working.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..domain.index import HUNDRED, sections
from ..domain.numbers import format_score
from ..domain.scoring import MAIN_COLUMNS, Column
from ..domain.signers import Signer, parse_roles  # noqa: F401 - parse_roles re-exported
from ..store import reading
from .errors import PrintError, SignError, VerifyError  # noqa: F401 - re-exported
from .reading import AuditHead, SheetSeal, seal  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from .document import SheetDocument
    from .workspace import Workspace

# Finalizing (sealing.py) and verifying (verification.py) need SQLAlchemy; printing a sheet does not, so their
# names are re-exported on first use rather than imported with this module (`cchc print` stays off SQLAlchemy).
_SEALING = ("SheetEvent", "audit_head", "audit_head_problem", "events", "finalize", "printed_head",
            "reopen")
_VERIFICATION = ("MODIFIED_ANNOTATIONS", "MODIFIED_NONE", "MODIFIED_OTHER", "MODIFIED_SIGNATURES", "SignatureCheck",
                 "VerifyReport", "check_pages", "check_signatures", "printed_audit_head", "read_sheet_data",
                 "sheet_from_data", "sign_pdf", "verify_pdf")
_WORKSPACE = ("SheetDocument", "Workspace")


def __getattr__(name: str) -> object:
    import importlib

    for module, names in (("sealing", _SEALING), ("verification", _VERIFICATION), ("workspace", _WORKSPACE)):
        if name in names:
            value = getattr(importlib.import_module(f"{__package__}.{module}"), name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PROFILE_KEY_PREFIX = "print_profile:"
DEFAULT_OFFICE = "Phòng Nội vụ"

# --- signers and the rest of a unit's print settings ---------------------------------------
class PrintProfile(NamedTuple):
    """What a unit prints on its sheets; remembered per unit in the setting table."""

    issuer_lines: tuple[str, ...]
    place: str
    title_lines: tuple[str, ...]
    signers: tuple[Signer, ...]
    subtitle: str = ""
    reference: str = ""
    recipients: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # empty: every column the sheet has scores in
    landscape: bool = False

    def to_json(self) -> str:
        data = self._asdict()
        data["signers"] = [signer._asdict() for signer in self.signers]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PrintProfile:
        raw = json.loads(text)
        return cls(
            issuer_lines=tuple(raw.get("issuer_lines", ())),
            place=raw.get("place", ""),
            title_lines=tuple(raw.get("title_lines", ())),
            signers=tuple(Signer(tuple(s.get("roles", ())), s.get("name", "")) for s in raw.get("signers", ())),
            subtitle=raw.get("subtitle", ""),
            reference=raw.get("reference", ""),
            recipients=tuple(raw.get("recipients", ())),
            columns=tuple(raw.get("columns", ())),
            landscape=bool(raw.get("landscape", False)),
        )


def default_profile(unit: str, year: int, parent: str | None = None) -> PrintProfile:
    """A district's usual sheet: issued by its Phòng Nội vụ, signed by the preparer and the head of office. A unit
    with a body above it recorded (File → Units) is headed as official documents are: that body, then the unit
    ("UBND tỉnh Lai Châu" / "Sở Nội vụ"), dated at the body's place when the unit is not a territory."""
    from ..domain.headers import header_lines, place_of

    headed = header_lines(unit, parent)
    place = place_of(unit)
    if headed is not None and place == unit:
        place = place_of(headed[0])
    return PrintProfile(
        issuer_lines=headed or (f"UBND {unit[:1].lower()}{unit[1:]}", DEFAULT_OFFICE),  # "UBND huyện Phong Thổ"
        place=place,
        title_lines=("Kết quả đánh giá Chỉ số cải cách hành chính", f"{unit[:1].lower()}{unit[1:]} năm {year}"),
        signers=(Signer(("Người lập biểu",)), Signer(("Trưởng phòng Nội vụ",))),
    )


def load_profile(source, unit: str, year: int) -> PrintProfile:  # noqa: ANN001 - a Workspace or a ReadView
    from .rules import _reader

    with _reader(source) as execute:
        stored = reading.load_setting(execute, PROFILE_KEY_PREFIX + unit)
        parent = reading.load_unit_parent(execute, unit)
    if stored is None:
        return default_profile(unit, year, parent)
    try:
        profile = PrintProfile.from_json(stored)
    except (ValueError, AttributeError, TypeError):
        # A damaged setting must not stop printing: the defaults are printed and can be saved again.
        return default_profile(unit, year, parent)
    return headed_by_parent(profile, unit, year, parent)


def headed_by_parent(profile: PrintProfile, unit: str, year: int, parent: str | None) -> PrintProfile:
    """A profile saved before the unit's body above was recorded carries the header made without that body: where the
    saved header is still that default, the body's header takes its place (and its place name, likewise). A header
    someone typed stays as typed."""
    plain, headed = default_profile(unit, year), default_profile(unit, year, parent)
    if profile.issuer_lines != plain.issuer_lines or headed.issuer_lines == plain.issuer_lines:
        return profile
    place = headed.place if profile.place == plain.place else profile.place
    return profile._replace(issuer_lines=headed.issuer_lines, place=place)


def save_profile(workspace: Workspace, unit: str, profile: PrintProfile) -> None:
    from ..store import settings

    for column in profile.columns:
        Column.parse(column)
    with workspace.engine.begin() as connection:
        settings.put(connection, PROFILE_KEY_PREFIX + unit, profile.to_json())


# --- the printed date ------------------------------------------------------------------------
def document_date(info: reading.SheetInfo) -> date | None:
    if not info.document_date:
        return None
    try:
        return date.fromisoformat(info.document_date)
    except ValueError:
        return None


def set_document_date(workspace: Workspace, sheet_id: int, when: date | None) -> None:
    """The date printed on the sheet. It is not part of the fingerprint, so a finalized sheet may get one."""
    from ..store import sheets

    workspace.sheet_info(sheet_id)
    with workspace.engine.begin() as connection:
        sheets.set_document_date(connection, sheet_id, None if when is None else when.isoformat())


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
def columns_with_scores(document: SheetDocument) -> tuple[Column, ...]:
    found = tuple(column for column in MAIN_COLUMNS if document.sheet.totals(None, column).scored)
    return found or (Column.APPRAISAL,)


def parse_columns(text: str | Sequence[str]) -> tuple[Column, ...]:
    names = [part.strip() for part in (text.split(",") if isinstance(text, str) else text) if part.strip()]
    if not names:
        raise PrintError("Choose at least one score column to print (self, appraisal).", kind="no_columns")
    columns = tuple(dict.fromkeys(Column.parse(name) for name in names))
    return tuple(column for column in Column if column in columns)  # self-assessment before appraisal


_LOOK_UP = object()


def render_pdf(document: SheetDocument, *, profile: PrintProfile | None = None,
               columns: Sequence[Column] | None = None, landscape: bool | None = None,
               head: AuditHead | None | object = _LOOK_UP, indices: dict | None | object = _LOOK_UP,
               source=None,  # noqa: ANN001 - source: a Workspace or a services.reading.ReadView
               evidence: bool = False) -> bytes:
    """The sheet as PDF bytes, with what is stored in the database and nothing else.

    With ``profile``, ``head`` and ``indices`` (or a document carrying ``indices``) given it reads nothing from
    the database, so a worker thread may call it. What it must read it reads from ``source`` (the document's
    workspace unless given): a ReadView and the Workspace read the same rows, so the bytes are the same.
    """
    from ..reports.pdf import SheetLayout, render_sheet_pdf

    info = document.info
    source = getattr(document, "workspace", None) if source is None else source  # a snapshot has none
    profile = profile or load_profile(source, info.unit, info.year)
    if columns is None:
        columns = parse_columns(profile.columns) if profile.columns else columns_with_scores(document)
    if not columns:
        raise PrintError("Choose at least one score column to print (self, appraisal).", kind="no_columns")
    sealed = seal(document)
    book, state = _rule_data(document, source)
    found = _indices(document, indices, source, book, state)
    layout = SheetLayout(
        issuer_lines=profile.issuer_lines, place=profile.place, title_lines=profile.title_lines, year=info.year,
        document_date=document_date(info), subtitle=profile.subtitle, reference=profile.reference,
        columns=tuple(columns), landscape=profile.landscape if landscape is None else landscape,
        signers=profile.signers, recipients=profile.recipients,
        title=" ".join(profile.title_lines), index_rows=index_rows(found, tuple(columns)),
        evidence_annex=evidence_annex(document, source) if evidence else (),
        figures=printed_figures(document.sheet.framework, book, state, tuple(columns)),
        sections=tuple((path, kind.value) for path, kind in sections(document.sheet.framework, book.kinds)))
    if head is _LOOK_UP:
        head = _printed_head(source, document.id)
    return render_sheet_pdf(document.sheet, layout, sheet_data=sealed.raw, fingerprint=sealed.fingerprint,
                            audit_head=None if head is None else (head.row, head.hash))


def evidence_annex(document, source=None) -> tuple[tuple[str, str, int, str], ...]:  # noqa: ANN001
    """(criterion path, name, size, SHA-256) of every file attached to the sheet, in criterion order."""
    given = getattr(document, "evidence_annex", None)
    if given is not None:
        return tuple(given)
    carried = getattr(document, "evidence", None)
    if not isinstance(carried, dict):  # a services.reading.SheetView carries them, read with the sheet
        from .rules import _reader

        source = getattr(document, "workspace", None) if source is None else source
        with _reader(source) as execute:
            carried = reading.load_evidence(execute, document.id)
    return tuple((path, item["name"], int(item["size"]), item["sha256"])
                 for path, items in carried.items() for item in items)


def _rule_data(document: SheetDocument, source):  # noqa: ANN001, ANN202 - (RuleBook, SheetState)
    """The set's rules and the sheet's figures and N/A marks: carried by a snapshot, else read from ``source``."""
    carried = getattr(document, "rules", None)
    if isinstance(carried, tuple):
        return carried
    from . import rules

    return rules.rule_book(source, document.info.framework_id), rules.sheet_state(document, source)


def _indices(document: SheetDocument, given: object, source, book, state) -> dict:  # noqa: ANN001
    if given is _LOOK_UP:
        given = getattr(document, "indices", _LOOK_UP)
    if given is _LOOK_UP or given is None:
        from . import rules

        given = rules.indices(document, book, state)
    return given  # type: ignore[return-value]


def printed_figures(framework, book, state,  # noqa: ANN001 - a Framework, RuleBook and SheetState
                    columns: tuple[Column, ...]) -> tuple[tuple[str, str], ...]:
    """(path, text) for every rule leaf with figures in a printed column: "Số liệu: 45/50" as they were stored,
    a choice as its option's words; both columns named when they differ."""
    from ..domain.rules import CHOICE

    found = []
    for node in framework:
        path = node.code
        if not node.is_leaf or path not in state.figures:
            continue
        stored = state.figures[path] or {}
        rule = book.rules.get(path)
        choice = rule is not None and rule.kind == CHOICE

        def words(text: str) -> str:
            if choice and text.isdigit() and 1 <= int(text) <= len(rule.options):
                return rule.options[int(text) - 1].label
            return text

        shown = [(column, words(stored[column.value])) for column in columns if stored.get(column.value)]
        if not shown:
            continue
        caption = "Lựa chọn" if choice else "Số liệu"
        if len(shown) == 1 or len({text for _, text in shown}) == 1:
            text = f"{caption}: {shown[0][1]}" if len(columns) == 1 or len(shown) == len(columns) else \
                f"{caption} {COLUMN_WORDS[shown[0][0]]}: {shown[0][1]}"
        else:
            text = f"{caption} " + "; ".join(f"{COLUMN_WORDS[column]}: {value}" for column, value in shown)
        found.append((path, text))
    return tuple(found)


COLUMN_WORDS = {Column.SELF: "tự đánh giá", Column.APPRAISAL: "thẩm định", Column.ROUND1: "thẩm định vòng 1"}


def _printed_head(source, sheet_id: int) -> AuditHead | None:  # noqa: ANN001 - a Workspace or a ReadView
    """As sealing.printed_head: the audit chain's head on a finalized sheet (read now: the document may predate
    a finalize), None while it is not finalized."""
    from .rules import _reader

    with _reader(source) as execute:
        if not reading.finalized_at(execute, sheet_id):
            return None
        row, hash_ = reading.audit_head(execute)
    return AuditHead(row, hash_)


def index_rows(found: dict, columns: tuple[Column, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The rows the printed sheet adds under its total: applicable maximum, bonus and deduction where the
    set has them, the final total, the index (quy về thang điểm 100) and the grade, per printed column."""
    first = found[columns[0]]

    def each(name: str) -> tuple[str, ...]:
        return tuple("" if getattr(found[c], name) is None else format_score(getattr(found[c], name)) for c in columns)

    rows = []
    if first.applicable_maximum != first.maximum:
        rows.append(("Tổng điểm tối đa áp dụng (trừ tiêu chí không áp dụng)", format_score(first.applicable_maximum),
                     each("achieved")))
    if any(found[c].bonus is not None for c in columns):
        rows.append(("Điểm thưởng", "", each("bonus")))
    if any(found[c].deduction is not None for c in columns):
        rows.append(("Điểm trừ", "", each("deduction")))
    if rows:
        rows.append(("Tổng điểm cuối cùng", "", each("final")))
    rows.append(("Chỉ số (quy về thang điểm 100)", format_score(HUNDRED), each("index")))
    rows.append(("Xếp loại", "", tuple(found[c].grade or "" for c in columns)))
    return tuple(rows)


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


def print_sheet(source, sheet_id: int, output: Path | str, *,  # noqa: ANN001 - a Workspace or a ReadView
                columns: Sequence[Column] | None = None, landscape: bool | None = None, force: bool = False,
                evidence: bool = False) -> str:
    """Write the sheet's PDF to ``output``; return its fingerprint.

    ``source`` is a Workspace or, for a print that changes nothing, a services.reading.ReadView: the same rows
    are read either way, so the PDF's bytes are the same."""
    check_output(output, database=source.path, force=force)  # before the work, so a refusal is quick
    document = source.open_sheet(sheet_id)
    write_file(output, render_pdf(document, columns=columns, landscape=landscape, source=source, evidence=evidence),
               database=source.path, force=force)
    return seal(document).fingerprint
