"""Evidence files (tài liệu kiểm chứng) per criterion: attach, list, get back and remove, each change audited."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import CchcError
from ..domain.stages import EVIDENCE, check_editable
from ..store import evidence as stored
from ..store.audit import Change, now_utc
from ..store.lock import os_user
from ..store.schema import EVIDENCE_MAX_BYTES
from . import printing
from .document import SheetDocument
from .rules import rule_book

MAX_BYTES = EVIDENCE_MAX_BYTES
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Attached:
    """One file attached to a criterion: what ``cchc evidence list --json`` prints."""

    criterion: str  # the criterion's path
    name: str
    sha256: str
    size: int
    added_by: str = ""
    added_at: str = ""

    def as_dict(self) -> dict:
        return {"criterion": self.criterion, "name": self.name, "sha256": self.sha256, "size": self.size}


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def read_file(path: Path | str) -> tuple[bytes, str]:
    """A file's bytes and their SHA-256, refusing a folder, an unreadable file or one over the limit.

    Reads at most the limit and one byte more, so a 4 GB file is refused without being read whole.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as error:
        raise CchcError(f"{path} cannot be read: {error.strerror}. Check the file name.",
                        kind="evidence_unreadable", path=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise CchcError(f"{path} is a folder: attach the files in it one by one.", kind="evidence_folder",
                        path=str(path))
    if info.st_size > MAX_BYTES:
        raise _too_large(path, info.st_size)
    digest = hashlib.sha256()
    parts = []
    read = 0
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > MAX_BYTES:  # grew since the stat, or a device that reports no size
                    raise _too_large(path, read)
                digest.update(chunk)
                parts.append(chunk)
    except OSError as error:
        raise CchcError(f"{path} cannot be read: {error.strerror}. It may be open in another program.",
                        kind="evidence_unreadable", path=str(path)) from None
    return b"".join(parts), digest.hexdigest()


def _too_large(path: Path, size: int) -> CchcError:
    return CchcError(f"{path.name} is {_megabytes(size)}; an evidence file may be at most {_megabytes(MAX_BYTES)}. "
                     "Scan it at a lower resolution or split it into several files.", kind="evidence_too_large",
                     name=path.name, size=_megabytes(size), limit=_megabytes(MAX_BYTES))


def _label(name: str, sha256: str) -> str:
    """How the audit log names a file: its name and the start of its SHA-256."""
    return f"{name} (SHA-256 {sha256[:LABEL_DIGITS]})"


LABEL_DIGITS = 12


def labelled_sha256(label: str) -> str:
    """The start of the SHA-256 that _label wrote into an audit row ("" for a text it did not write)."""
    head, marker, digits = label.rpartition(" (SHA-256 ")
    return digits[:-1] if marker and digits.endswith(")") else ""


def _check_open(document: SheetDocument, code: str) -> str:
    document._ensure_open()  # read-only database, finalized sheet: the same refusals as a score's
    check_editable(document.stage, EVIDENCE)
    return rule_book(document.workspace, document.info.framework_id).resolve(code)


def attach(document: SheetDocument, code: str, path: Path | str, *, source: str = "cli") -> Attached:
    """Attach a file to a criterion (given by path, or by its printed code where unique). The bytes are stored
    once whatever criteria share them; attaching a file the criterion already has changes nothing."""
    path = Path(path)
    code = _check_open(document, code)
    data, sha256 = read_file(path)  # before the transaction: a slow disk never holds the database
    _store(document, code, path.name, data, sha256, source)
    return Attached(code, path.name, sha256, len(data))


def attach_bytes(document: SheetDocument, code: str, name: str, data: bytes, *, source: str) -> bool:
    """Attach bytes that arrived in a package (already checked against their SHA-256 by the reader);
    False when the criterion already has them."""
    code = _check_open(document, code)
    if len(data) > MAX_BYTES:
        raise _too_large(Path(name), len(data))
    return _store(document, code, name, data, hashlib.sha256(data).hexdigest(), source)


def restore(document: SheetDocument, code: str, attached: Attached, data: bytes, *, source: str) -> bool:
    """Put back a file that was removed (an undo in the window), with the name, attacher and time it had; the
    bytes come from the caller, since the database drops them when nothing refers to them. Audited as an attach."""
    code = _check_open(document, code)
    sha256 = hashlib.sha256(data).hexdigest()
    if sha256 != attached.sha256:
        raise CchcError(f"The bytes kept for {attached.name} no longer match its SHA-256; attach the file again.",
                        kind="evidence_not_attached", code=code, sha256=attached.sha256[:12])
    return _store(document, code, attached.name, data, sha256, source, added_by=attached.added_by or None,
                  added_at=attached.added_at or None)


def _store(document: SheetDocument, code: str, name: str, data: bytes, sha256: str, source: str, *,
           added_by: str | None = None, added_at: str | None = None) -> bool:
    with document.workspace.write(document.id, source) as work:
        added = stored.attach(work.connection, document.id, document.criterion_id(code), sha256=sha256, name=name,
                              data=data, added_by=added_by or os_user(), added_at=added_at or now_utc())
        if added:
            work.log(Change(code, EVIDENCE, None, _label(name, sha256)))
    return added


def evidence_bytes(workspace, sheet_id: int) -> dict[str, bytes]:  # noqa: ANN001
    """Every file attached to the sheet, once by SHA-256 (for a package)."""
    with workspace.engine.connect() as connection:
        return {a.sha256: stored.blob(connection, sheet_id, a.sha256)
                for a in stored.attachments(connection, sheet_id)}


def remove(document: SheetDocument, code: str, sha256: str, *, source: str = "cli") -> str:
    """Detach a file from a criterion; its bytes go when nothing else refers to them. Returns its name."""
    code = _check_open(document, code)
    sha256 = sha256.strip().lower()
    with document.workspace.write(document.id, source) as work:
        name = stored.remove(work.connection, document.id, document.criterion_id(code), sha256)
        if name is None:
            raise CchcError(f"Criterion {code} of sheet {document.id} has no evidence file {sha256[:12]}…: see "
                            f"cchc evidence list {document.id}.", kind="evidence_not_attached", code=code,
                            sha256=sha256[:12])
        work.log(Change(code, EVIDENCE, _label(name, sha256), None))
    return name


def attachments(workspace, sheet_id: int, code: str | None = None) -> list[Attached]:  # noqa: ANN001
    """The sheet's evidence files in criterion order (only the criterion's when ``code`` is given)."""
    with workspace.engine.connect() as connection:
        found = stored.attachments(connection, sheet_id)
    return [Attached(a.code, a.name, a.sha256, a.size, a.added_by, a.added_at) for a in found
            if code is None or a.code == code]


def resolve(document: SheetDocument, code: str) -> str:
    return rule_book(document.workspace, document.info.framework_id).resolve(code)


def content(workspace, sheet_id: int, sha256: str) -> bytes:  # noqa: ANN001
    """The bytes of a file attached to the sheet."""
    sha256 = sha256.strip().lower()
    with workspace.engine.connect() as connection:
        data = stored.blob(connection, sheet_id, sha256)
    if data is None:
        raise CchcError(f"Sheet {sheet_id} has no evidence file {sha256[:12]}…: see cchc evidence list {sheet_id}.",
                        kind="evidence_not_attached", code="", sha256=sha256[:12])
    return data


def save(workspace, sheet_id: int, sha256: str, path: Path | str, *, force: bool = False) -> int:  # noqa: ANN001
    """Write a file's bytes to ``path`` through the printing's safe writer (never over the database, its
    backups or another database; an existing file only with ``force``). Returns the size written."""
    data = content(workspace, sheet_id, sha256)
    printing.write_file(path, data, database=workspace.path, force=force)
    return len(data)


def missing_evidence(document: SheetDocument) -> list[str]:
    """“Thiếu minh chứng”: the leaves with a self score but neither an evidence file nor an explanation."""
    from .reading import missing_evidence as read_missing

    return read_missing(document)
