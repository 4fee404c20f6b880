"""Sending a sheet to another office as a .cchc package, and receiving one: conflicts found before any write."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from ..domain.errors import CchcError
from ..domain.numbers import format_plain
from ..domain.package import CARRIED, AuditHeadRecord, EvidenceEntry, Manifest, PackageRefused
from ..domain.scoring import Column
from ..domain.stages import Stage, StageError, position
from ..reports.package_files import (
    ReadPackage,
    Signer,
    load_signing_key,
    package_bytes,
    read_package_file,
    write_package,
)
from ..store.audit import Change
from . import frameworks
from .workspace import Edit, SheetDocument, Workspace

__all__ = ["Conflict", "ExchangeConflict", "PackageRefused", "ReceiveOutcome", "Signer", "export_sheet",
           "read_package_file", "receive_package"]

SOURCE = "receive"
# The audit log's field for a package sent or received; its new value names the package's SHA-256.
EXCHANGE = "exchange"
# What ``keep`` may be: one side for every conflict, or a side per (criterion path, field) as the window asks.
Keep = str | Mapping[tuple[str, str], str] | None


def _theirs_wins(keep: Keep, path: str, field_name: str) -> bool:
    if isinstance(keep, Mapping):
        return keep.get((path, field_name)) == "theirs"
    return keep == "theirs"


def _undecided(keep: Keep, conflicts: list[Conflict]) -> bool:
    if isinstance(keep, Mapping):
        return any((c.criterion, c.field) not in keep for c in conflicts)
    return keep is None


def _log_exchange(workspace: Workspace, sheet_id: int, text: str, source: str) -> None:
    """One audit row naming the package: who sent or received which bytes is in the sheet's history."""
    if workspace.read_only:
        return  # a sheet viewed from a read-only database may be sent; there is nowhere to note it
    with workspace.write(sheet_id, source) as work:
        work.log(Change("", EXCHANGE, None, text))


@dataclass(frozen=True)
class Conflict:
    criterion: str  # the path
    field: str  # "self", "round1", "appraisal", "note" or "explanation"
    mine: str | None
    theirs: str | None


class ExchangeConflict(CchcError):
    """The package would overwrite values entered here that differ from it; nothing was written."""

    kind = "exchange_conflict"

    def __init__(self, message: str, conflicts: list[Conflict], **params: object) -> None:
        super().__init__(message, **params)
        self.conflicts = conflicts


@dataclass
class ReceiveOutcome:
    sheet_id: int
    created_set: bool = False
    created_sheet: bool = False
    changed: int = 0  # scores and notes written
    kept_mine: int = 0
    signer: Signer | None = None
    package_sha256: str = ""
    conflicts: list[Conflict] = field(default_factory=list)
    not_kept: list[str] = field(default_factory=list)  # what the package carries that this version cannot store yet


def _made_by() -> str:
    import getpass

    try:
        return getpass.getuser() or "unknown"
    except Exception:  # noqa: BLE001 - no user name in the environment is not worth stopping for
        return "unknown"


def build_manifest(workspace: Workspace, sheet_id: int) -> Manifest:
    """Today's sheet as a package manifest: its stage and what its sender owns at that stage."""
    from . import evidence
    from .. import __version__
    from ..store import audit
    from .reading import AuditHead

    document = workspace.open_sheet(sheet_id)
    criteria = frameworks.exchange_document(workspace, document.info.framework_id)
    with workspace.engine.connect() as connection:
        # The rows noting packages sent or received are left out: exporting twice gives the same manifest.
        head = AuditHead(*audit.head_before_trailing(connection, EXCHANGE))
    sheet = document.sheet
    stage = Stage.DRAFTING.value if document.stage is Stage.OPEN else document.stage.value
    carried = CARRIED[stage]
    return Manifest(
        unit=document.info.unit, unit_kind=document.info.unit_kind, year=document.info.year,
        criteria_set=criteria, made_by=_made_by(),
        made_at=datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
        stage=stage,
        scores={column.value: dict(sheet.entries(column)) for column in Column
                if column.value in carried and sheet.entries(column)},
        notes=dict(sheet.notes()) if "notes" in carried else {},
        explanations=dict(sheet.explanations()) if "explanations" in carried else {},
        audit_head=AuditHeadRecord(head.row, head.hash) if head.row else None,
        evidence=[EvidenceEntry(a.sha256, a.name, a.size, a.criterion)
                  for a in evidence.attachments(workspace, sheet_id)] if "evidence" in carried else [],
        program=f"CCHC Desktop {__version__}")


def export_sheet(workspace: Workspace, sheet_id: int, path: Path | str, *, sign: Path | str | None = None,
                 password: bytes | None = None) -> str:
    """Write the sheet's package; return the package's SHA-256."""
    signing = load_signing_key(sign, password) if sign is not None else None
    from . import evidence

    manifest = build_manifest(workspace, sheet_id)
    files = evidence.evidence_bytes(workspace, sheet_id) if manifest.evidence else {}
    digest = write_package(path, package_bytes(manifest, files, signing=signing))
    _log_exchange(workspace, sheet_id, f"sent {digest}", "export")
    return digest


def receive_package(workspace: Workspace, package: ReadPackage, *, keep: Keep = None) -> ReceiveOutcome:
    """Create or update the unit's sheet of that year from a package that was already read and checked.

    A cell is measured against its value at this sheet's last exchange (the last package sent or received, in
    the audit log): one the sender changed and this side did not takes the package's value; one the sender did not
    change keeps this side's; one changed on both sides to different values is a conflict, which ``keep`` ("mine"
    or "theirs", or a side per (criterion path, field) of each conflict) settles; with conflicts left, nothing is
    written. A sheet never exchanged has no such point: an empty cell takes the package's value, any other
    difference is a conflict. Evidence files are measured the same way, each one there or not (never a conflict).
    """
    manifest, document = package.manifest, package.criteria_set
    outcome = ReceiveOutcome(sheet_id=0, signer=package.signer, package_sha256=package.sha256)
    # N/A marks have no place in the package's receiving yet; evidence for the sheet as a whole has none here.
    for label, count in (("not-applicable marks", len(manifest.not_applicable)),
                         ("evidence files for the whole sheet",
                          sum(1 for e in manifest.evidence if e.criterion is None))):
        if count:
            outcome.not_kept.append(f"{count} {label}")
    existing = workspace.find_unit_sheet(manifest.unit, manifest.year)
    set_id = frameworks.find_set(workspace, document.sha256)
    sheet = None
    if existing is not None:
        if frameworks.exchange_document(workspace, existing.framework_id)["sha256"] != document.sha256:
            raise CchcError(f"{existing.unit} already has a {manifest.year} sheet (sheet {existing.id}) scored with "
                            f"“{existing.framework_name}”, but the package uses the criteria set “{document.name}” "
                            f"(SHA-256 {document.sha256[:12]}…). Nothing was received; scores of different criteria "
                            "sets cannot be merged.", kind="other_criteria_set", sheet_id=existing.id)
        sheet = workspace.open_sheet(existing.id)
    if sheet is not None:
        _refuse_older(workspace, sheet, package)
    since = _changed_since_exchange(workspace, sheet.id) if sheet is not None else None

    # Only what the sender owns at the package's stage is taken: a unit's package cannot overwrite the appraisal,
    # nor an appraiser's the self-assessment.
    carried = CARRIED.get(manifest.stage, CARRIED["drafting"])
    target = _stage_after(manifest, sheet)
    edits: list[Edit] = []
    notes: list[tuple[str, str | None]] = []
    explanations: list[tuple[str, str | None]] = []
    conflicts: list[Conflict] = []
    leaves = [row.path for row in document.rows if row.is_leaf]
    for column in (c for c in Column if c.value in carried):
        theirs_column = manifest.scores.get(column.value, {})
        for path in leaves:
            theirs = theirs_column.get(path)
            mine = sheet.sheet.entry(path, column) if sheet is not None else None
            settled = _settle(mine, theirs, since, (path, column.value), _score_of)
            if settled == "conflict":
                conflicts.append(Conflict(path, column.value, format_plain(mine), format_plain(theirs)))
            if settled == "take" or (settled == "conflict" and _theirs_wins(keep, path, column.value)):
                edits.append(Edit(path, column, theirs))
    for name, field_name, theirs_texts, read, found in (
            ("notes", "note", manifest.notes, lambda path: sheet.sheet.note(path), notes),
            ("explanations", "explanation", manifest.explanations, lambda path: sheet.sheet.explanation(path),
             explanations)):
        if name not in carried:
            continue
        for row in document.rows:
            theirs = theirs_texts.get(row.path)
            mine = read(row.path) if sheet is not None else None
            settled = _settle(mine, theirs, since, (row.path, field_name), lambda text: text or None)
            if settled == "conflict":
                conflicts.append(Conflict(row.path, field_name, mine, theirs))
            if settled == "take" or (settled == "conflict" and _theirs_wins(keep, row.path, field_name)):
                found.append((row.path, theirs))
    # Evidence, file by file, against the sheet's files at its last exchange: a file the sender attached since is
    # attached here, one the sender removed since is removed here, and what this side attached or removed since
    # stands. A sheet never exchanged only gains files. A file is there or not, so nothing conflicts.
    attached: list[EvidenceEntry] = []
    removed: list[tuple[str, str]] = []
    if "evidence" in carried:
        from . import evidence

        here = set()
        if sheet is not None:
            here = {(a.criterion, a.sha256) for a in evidence.attachments(workspace, sheet.id)}
        known = {row.path for row in document.rows}
        theirs = {(e.criterion, e.sha256) for e in manifest.evidence if e.criterion in known}
        before = _evidence_at_last_exchange(workspace, sheet.id, here) if sheet is not None else None

        def was_there(key: tuple[str, str]) -> bool:
            return before is not None and (key[0], key[1][:evidence.LABEL_DIGITS]) in before

        attached = [e for e in manifest.evidence if e.criterion in known and (e.criterion, e.sha256) not in here
                    and not was_there((e.criterion, e.sha256))]
        removed = sorted(key for key in here if key not in theirs and was_there(key))
    outcome.conflicts = conflicts
    if conflicts and _undecided(keep, conflicts):
        raise ExchangeConflict(
            f"The package differs from sheet {sheet.id} ({sheet.info.unit} {sheet.info.year}) in "
            f"{len(conflicts)} place(s) changed on both sides since the last exchange. Nothing was received. Run "
            "again with --keep mine to keep this database's values, or --keep theirs to take the package's.",
            conflicts, sheet_id=sheet.id)
    outcome.kept_mine = sum(1 for c in conflicts if not _theirs_wins(keep, c.criterion, c.field))
    if sheet is not None and (edits or notes or explanations or attached or removed) and sheet.finalized:
        raise CchcError(f"Sheet {sheet.id} ({sheet.info.unit} {sheet.info.year}) is finalized (chốt): the package "
                        "would change it. Nothing was received; reopen the sheet first.", kind="sheet_locked",
                        sheet_id=sheet.id)

    # Writing: each step is its own committed transaction through the audited writers, ordered so that an
    # interrupted receive leaves a consistent database and receiving the package again completes it.
    if sheet is not None:
        set_id = sheet.info.framework_id
    elif set_id is None:
        imported = frameworks.import_document(workspace, document)
        set_id, outcome.created_set = imported.id, not imported.existing
    if sheet is None:
        new_id = workspace.create_sheet(unit=manifest.unit, year=manifest.year, framework_id=set_id,
                                        kind=manifest.unit_kind)
        sheet, outcome.created_sheet = workspace.open_sheet(new_id), True
    # The values go in at the stage that opens them (the one before the package's), then the stage follows: an
    # interrupted receive is completed by receiving again.
    if edits:
        sheet.apply(edits, source=SOURCE)
    for path, text in notes:
        sheet.set_note(path, text, source=SOURCE)
    for path, text in explanations:
        sheet.set_explanation(path, text, source=SOURCE)
    for entry in attached:
        evidence.attach_bytes(sheet, entry.criterion, entry.name, package.evidence[entry.sha256], source=SOURCE)
    for criterion, sha256 in removed:
        evidence.remove(sheet, criterion, sha256, source=SOURCE)
    if target is not None:
        from . import stages

        stages.advance(workspace, sheet.id, target, reason=f"package {package.sha256[:12]}", source=SOURCE)
    outcome.sheet_id = sheet.id
    outcome.changed = len(edits) + len(notes) + len(explanations) + len(attached) + len(removed)
    if outcome.changed or target is not None or outcome.created_sheet:
        # A package that changes nothing (received twice) leaves the database's bytes as they were.
        _log_exchange(workspace, sheet.id, f"{RECEIVED}{package.sha256} made {manifest.made_at}", SOURCE)
    return outcome


RECEIVED = "received "  # the start of the audit row noting a package received: "received <sha256> made <made_at>"


def _refuse_older(workspace: Workspace, sheet: SheetDocument, package: ReadPackage) -> None:
    """A package made before the last one received for this sheet would be measured against a later exchange: what
    the sender changed between the two would come back. Refused, nothing written (the same package again is not
    older: it changes nothing)."""
    from ..store import audit

    with workspace.engine.connect() as connection:
        noted = audit.last_text(connection, sheet.id, EXCHANGE, RECEIVED)
    sha256, _, made = (noted or "")[len(RECEIVED):].partition(" made ")
    if not made or sha256 == package.sha256:
        return  # none received yet, or noted before the rows said when the package was made
    try:
        newer = datetime.fromisoformat(made) > datetime.fromisoformat(package.manifest.made_at)
    except (ValueError, TypeError):  # a time the program did not write (not ISO 8601, or without its offset)
        return
    if newer:
        this, last = _shown_time(package.manifest.made_at), _shown_time(made)
        raise CchcError(f"This package was made on {this}, before the package already received for sheet {sheet.id} "
                        f"({sheet.info.unit} {sheet.info.year}), made on {last}: receiving it would bring back what "
                        "the sender changed since. Nothing was received; ask the sender for their latest package.",
                        kind="older_package", made=this, last_made=last, sheet_id=sheet.id)


def _shown_time(text: str) -> str:
    """An ISO 8601 time as the sender's clock showed it, the Vietnamese way: 04/12/2026 19:20:05."""
    return datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M:%S")


def _changed_since_exchange(workspace: Workspace, sheet_id: int) -> dict[tuple[str, str], str | None] | None:
    from ..store import audit

    with workspace.engine.connect() as connection:
        return audit.changed_since(connection, sheet_id, EXCHANGE)


def _evidence_at_last_exchange(workspace: Workspace, sheet_id: int,
                               here: set[tuple[str, str]]) -> set[tuple[str, str]] | None:
    """The sheet's evidence files at its last exchange, as (criterion, start of the SHA-256): today's, with each
    attachment and removal logged since taken back. None when the sheet was never exchanged."""
    from ..domain.stages import EVIDENCE
    from ..store import audit
    from .evidence import LABEL_DIGITS, labelled_sha256

    with workspace.engine.connect() as connection:
        rows = audit.rows_since(connection, sheet_id, EXCHANGE, EVIDENCE)
    if rows is None:
        return None
    files = {(criterion, sha256[:LABEL_DIGITS]) for criterion, sha256 in here}
    for code, old, new in reversed(rows):
        if new is not None:
            files.discard((code, labelled_sha256(new)))
        if old is not None:
            files.add((code, labelled_sha256(old)))
    return files


def _score_of(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _settle(mine, theirs, since, key: tuple[str, str], parse) -> str:  # noqa: ANN001 - values of one field
    """"same", "take" (the package's value), "mine" (keep this side's) or "conflict", for one cell.

    ``since`` (audit.changed_since): the cells changed here after the last exchange with their value then."""
    if mine == theirs:
        return "same"
    if since is None:  # never exchanged: only an empty cell is known not to be this side's work
        return "take" if mine is None else "conflict"
    changed_here = key in since and parse(since[key]) != mine
    base = parse(since[key]) if key in since else mine
    if theirs == base:
        return "mine"  # the sender did not change it since: this side's change stands
    return "conflict" if changed_here else "take"


def _stage_after(manifest: Manifest, sheet: SheetDocument | None) -> Stage | None:
    """The stage the receiving sheet moves to: the package's, one step on from here; None when it stays.

    A whole-sheet package (drafting, locked) moves nothing. A package of a stage this sheet already reached
    (received twice, or an older one) moves nothing; one that skips a stage is refused before any write.
    """
    if manifest.stage in ("drafting", "locked"):
        return None
    theirs = Stage(manifest.stage)
    mine = Stage.OPEN if sheet is None else sheet.stage
    if mine is Stage.LOCKED or position(theirs) <= position(mine):
        return None
    if position(theirs) != position(mine) + 1:
        raise StageError(f"The package is at stage “{theirs.value}”, but this sheet is at “{mine.value}”: a stage "
                         "in between is missing. Nothing was received; receive the packages in their order.",
                         kind="stage_order", stage=mine.value, target=theirs.value)
    return theirs


def conflict_lines(conflicts: list[Conflict]) -> list[str]:
    """One line per conflict: criterion, what, this database's value, the package's value."""
    def shown(value: str | None) -> str:
        if value is None:
            return "(trống)"
        return value if len(value) <= 60 else value[:57] + "…"

    return [f"{c.criterion}\t{c.field}\tmine: {shown(c.mine)}\ttheirs: {shown(c.theirs)}" for c in conflicts]

