"""The exchange package's manifest (.cchc): what one office sends another about one sheet, and its checks."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .criteria import clean_text
from .criteria_sets import CriteriaSet, SetDocument, read_set_document
from .errors import CchcError
from .numbers import format_plain, parse_score
from .scoring import validate_score
from .text_limits import MAX_NOTE_CHARS

FORMAT = "cchc-exchange-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.p7s"
EVIDENCE_DIR = "evidence/"
# Columns a package may carry: the self-assessment, round 1 and the final appraisal ("appraisal", its stored
# name). A reader refuses a column it does not know rather than dropping it silently.
COLUMNS = ("self", "appraisal", "round1")
# Stages of the yearly cycle (issue 13); a sheet outside the cycle travels as "drafting".
STAGES = ("drafting", "submitted", "appraised", "explained", "final", "locked")
# What a package at each stage brings: the part its sender owns. The unit sends at submitted (its
# self-assessment and notes) and at explained (its explanations); the appraiser at appraised (round 1) and at
# final (the final appraisal). A drafting or locked package is a whole sheet, as before the cycle.
# Evidence files are the unit's: they travel with its self-assessment and with its explanations (added evidence).
CARRIED: dict[str, frozenset[str]] = {
    "drafting": frozenset({"self", "appraisal", "notes", "evidence"}),
    "submitted": frozenset({"self", "notes", "evidence"}),
    "appraised": frozenset({"round1"}),
    "explained": frozenset({"explanations", "evidence"}),
    "final": frozenset({"appraisal"}),
    "locked": frozenset({"self", "appraisal", "notes", "evidence"}),
}
MAX_EVIDENCE_FILES = 10_000
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # one file, as the evidence work will cap an attachment
MAX_NAME_CHARS = 255
_SHA256 = re.compile(r"[0-9a-f]{64}")


class PackageRefused(CchcError):
    """A package that is refused whole: nothing of it is written. ``problems`` names each thing wrong."""

    kind = "package_refused"

    def __init__(self, message: str, *, kind: str | None = None, problems: Sequence[str] = (), **params: object
                 ) -> None:
        super().__init__(message, kind=kind, **params)
        self.problems = list(problems) or [message]


@dataclass(frozen=True)
class EvidenceEntry:
    sha256: str
    name: str
    size: int
    criterion: str | None = None  # the path it supports; None for the sheet as a whole


@dataclass(frozen=True)
class AuditHeadRecord:
    row: int
    hash: str


@dataclass
class Manifest:
    unit: str
    unit_kind: str
    year: int
    criteria_set: dict  # the set's exchange document (domain.criteria_sets.set_document), its "sha256" included
    made_by: str
    made_at: str  # ISO 8601 with the UTC offset
    stage: str = "drafting"
    scores: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # column → path → score
    notes: dict[str, str] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)
    not_applicable: list[str] = field(default_factory=list)
    audit_head: AuditHeadRecord | None = None
    evidence: list[EvidenceEntry] = field(default_factory=list)
    program: str = ""
    format_version: int = FORMAT_VERSION

    @property
    def criteria_sha256(self) -> str:
        return self.criteria_set["sha256"]

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "unit": self.unit,
            "unit_kind": self.unit_kind,
            "year": self.year,
            "stage": self.stage,
            "criteria_set": self.criteria_set,
            "criteria_set_sha256": self.criteria_sha256,
            "scores": {column: {path: format_plain(value) for path, value in sorted(values.items(), key=_path_key)}
                       for column, values in sorted(self.scores.items())},
            "notes": dict(sorted(self.notes.items(), key=_path_key)),
            "explanations": dict(sorted(self.explanations.items(), key=_path_key)),
            "not_applicable": sorted(self.not_applicable, key=_key),
            "audit_head": None if self.audit_head is None else {"row": self.audit_head.row,
                                                                "hash": self.audit_head.hash},
            "evidence": [{"sha256": e.sha256, "name": e.name, "size": e.size, "criterion": e.criterion}
                         for e in sorted(self.evidence, key=lambda e: (_key(e.criterion or ""), e.name, e.sha256))],
            "made_by": self.made_by,
            "made_at": self.made_at,
            "program": self.program,
        }


def manifest_bytes(manifest: Manifest) -> bytes:
    """The manifest as stored: sorted keys, UTF-8, one form for one content (so its hash and signature hold)."""
    return (json.dumps(manifest.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _key(path: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in path.split("."))


def _path_key(item: tuple[str, object]) -> tuple:
    return _key(item[0])


def read_manifest(data: object) -> tuple[Manifest, SetDocument]:
    """Check a parsed manifest.json completely; refuse it naming every problem found, or return it and its set."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PackageRefused("this is not a CCHC exchange package (its manifest has no \"format\": "
                             f"\"{FORMAT}\").", kind="not_a_package")
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise PackageRefused(f"the package's format version {version!r} is not one this program reads "
                             f"({FORMAT_VERSION}); install the newer version of CCHC Desktop that wrote it.",
                             kind="unknown_version", version=version)
    problems: list[str] = []

    def text(key: str, *, required: bool = True, limit: int = MAX_NAME_CHARS) -> str:
        value = data.get(key)
        if not isinstance(value, str) or (required and not value.strip()):
            problems.append(f"“{key}” must be a non-empty text." if required else f"“{key}” must be a text.")
            return ""
        if len(value) > limit:
            problems.append(f"“{key}” is longer than {limit:,} characters.")
        return unicodedata.normalize("NFC", value)

    unit, unit_kind = text("unit"), text("unit_kind")
    made_by, made_at = text("made_by"), text("made_at")
    program = text("program", required=False) if "program" in data else ""
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        problems.append(f"the year {year!r} is not a year between 2000 and 2100.")
        year = 0
    stage = data.get("stage")
    if stage not in STAGES:
        problems.append(f"the stage {stage!r} is not one of {', '.join(STAGES)}.")

    document: SetDocument | None = None
    raw_set = data.get("criteria_set")
    stated = data.get("criteria_set_sha256")
    if not isinstance(stated, str) or not _SHA256.fullmatch(stated):
        problems.append("“criteria_set_sha256” must be a SHA-256 (64 lower-case hexadecimal digits).")
    elif not isinstance(raw_set, dict) or raw_set.get("sha256") != stated:
        problems.append("the criteria set does not carry the SHA-256 the manifest states for it.")
    elif not isinstance(raw_set.get("name"), str) or raw_set["name"] != " ".join(raw_set["name"].split()):
        # The database keeps a set's name with its spaces collapsed; any other form would hash differently
        # there, and the same package received twice would not find its set again.
        problems.append("the criteria set's name must be a text without leading, trailing or repeated spaces.")
    else:
        try:
            document = read_set_document(raw_set, source="the criteria set")
        except CchcError as error:
            if error.kind == "digest_mismatch":
                raise PackageRefused("the criteria set's content does not match its SHA-256: the package was "
                                     "changed after it was made. Ask the sender to send it again.",
                                     kind="criteria_set_mismatch") from None
            problems.append(str(error))
    leaves = {}
    if document is not None:
        framework = CriteriaSet(document.rows).to_framework()
        leaves = {leaf.code: leaf for leaf in framework.leaves()}
    paths = {row.path for row in document.rows} if document else set()

    scores: dict[str, dict[str, Decimal]] = {}
    raw_scores = data.get("scores")
    if not isinstance(raw_scores, dict):
        problems.append("“scores” must be an object of columns.")
        raw_scores = {}
    for column, values in raw_scores.items():
        if column not in COLUMNS:
            problems.append(f"scores: the column {column!r} is not one of {', '.join(COLUMNS)}.")
            continue
        if not isinstance(values, dict):
            problems.append(f"scores.{column} must be an object of criterion paths and scores.")
            continue
        scores[column] = {}
        for path, value in values.items():
            where = f"scores.{column}.{path}"
            if document is not None and path not in leaves:
                problems.append(f"{where}: {path} is not a sub-criterion (leaf) of the package's criteria set.")
                continue
            if not isinstance(value, str):
                problems.append(f"{where}: the score must be text such as \"9.28\".")
                continue
            try:
                number = parse_score(value)
                if path in leaves:
                    validate_score(leaves[path], number)
            except CchcError as error:
                problems.append(f"{where}: {error}")
                continue
            scores[column][path] = number

    def texts(key: str) -> dict[str, str]:
        found: dict[str, str] = {}
        raw = data.get(key, {})
        if not isinstance(raw, dict):
            problems.append(f"“{key}” must be an object of criterion paths and texts.")
            return found
        for path, value in raw.items():
            if document is not None and path not in paths:
                problems.append(f"{key}.{path}: {path} is not a criterion of the package's criteria set.")
            elif not isinstance(value, str) or not clean_text(value):
                problems.append(f"{key}.{path}: must be a non-empty text.")
            elif len(value) > MAX_NOTE_CHARS:
                problems.append(f"{key}.{path}: is longer than {MAX_NOTE_CHARS:,} characters.")
            else:
                found[path] = clean_text(value)
        return found

    notes, explanations = texts("notes"), texts("explanations")
    not_applicable: list[str] = []
    raw_na = data.get("not_applicable", [])
    if not isinstance(raw_na, list):
        problems.append("“not_applicable” must be a list of criterion paths.")
    else:
        for path in raw_na:
            if not isinstance(path, str) or (document is not None and path not in paths):
                problems.append(f"not_applicable: {path!r} is not a criterion of the package's criteria set.")
            elif path in not_applicable:
                problems.append(f"not_applicable: {path} is listed twice.")
            else:
                not_applicable.append(path)

    head = None
    raw_head = data.get("audit_head")
    if raw_head is not None:
        if (not isinstance(raw_head, dict) or not isinstance(raw_head.get("row"), int)
                or isinstance(raw_head.get("row"), bool) or raw_head["row"] < 0
                or not isinstance(raw_head.get("hash"), str) or not _SHA256.fullmatch(raw_head["hash"])):
            problems.append("“audit_head” must be {\"row\": a number, \"hash\": a SHA-256}.")
        else:
            head = AuditHeadRecord(raw_head["row"], raw_head["hash"])

    evidence: list[EvidenceEntry] = []
    raw_evidence = data.get("evidence", [])
    if not isinstance(raw_evidence, list) or len(raw_evidence) > MAX_EVIDENCE_FILES:
        problems.append(f"“evidence” must be a list of at most {MAX_EVIDENCE_FILES:,} files.")
        raw_evidence = []
    for number, item in enumerate(raw_evidence, start=1):
        where = f"evidence {number}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object.")
            continue
        digest, name, size, criterion = item.get("sha256"), item.get("name"), item.get("size"), item.get("criterion")
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            problems.append(f"{where}: “sha256” must be 64 lower-case hexadecimal digits.")
            continue
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS or "/" in name \
                or "\\" in name or "\x00" in name:
            problems.append(f"{where} ({digest[:12]}…): the file name must be a plain name without folders.")
            continue
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_EVIDENCE_BYTES:
            problems.append(f"{where} ({name}): the size must be a number of bytes up to "
                            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB.")
            continue
        if criterion is not None and (not isinstance(criterion, str) or (document is not None
                                                                          and criterion not in paths)):
            problems.append(f"{where} ({name}): {criterion!r} is not a criterion of the package's criteria set.")
            continue
        evidence.append(EvidenceEntry(digest, unicodedata.normalize("NFC", name), size, criterion))
    sizes: dict[str, int] = {}
    for entry in evidence:
        if sizes.setdefault(entry.sha256, entry.size) != entry.size:
            problems.append(f"evidence {entry.name}: {entry.sha256[:12]}… is listed with two different sizes.")

    known = {"format", "format_version", "unit", "unit_kind", "year", "stage", "criteria_set", "criteria_set_sha256",
             "scores", "notes", "explanations", "not_applicable", "audit_head", "evidence", "made_by", "made_at",
             "program"}
    for key in sorted(set(data) - known):
        problems.append(f"“{key}” is not a field of format version {FORMAT_VERSION}.")
    if problems:
        listed = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise PackageRefused(f"the package's manifest is not valid: {listed}.", kind="bad_manifest",
                             problems=problems)
    assert document is not None
    manifest = Manifest(unit=unit, unit_kind=unit_kind, year=year, criteria_set=raw_set, made_by=made_by,
                        made_at=made_at, stage=stage, scores=scores, notes=notes, explanations=explanations,
                        not_applicable=not_applicable, audit_head=head, evidence=evidence, program=program)
    return manifest, document


def evidence_sizes(manifest: Manifest) -> Mapping[str, int]:
    """Each evidence file once, by hash: the same file supporting two criteria travels once."""
    return {entry.sha256: entry.size for entry in manifest.evidence}
