"""The audit log: an append-only table of every score and note change, each row hash-chained to the last."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, text

from .reading import driver_sql
from .server import lock_audit_chain

GENESIS = "0" * 64
FIELDS = ("id", "at", "os_user", "user_name", "source", "sheet_id", "sheet_label", "code", "field", "old", "new")
USER_NAME_SETTING = "user_name"

# Triggers of migration 0002; audit-verify checks they are still in place.
TRIGGER_NAMES = ("audit_log_no_update", "audit_log_no_delete", "audit_log_chain")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC, ISO 8601
    os_user: str
    user_name: str | None
    source: str
    sheet_id: int
    sheet_label: str
    code: str
    field: str  # self, appraisal, note, self_figures, appraisal_figures, not_applicable
    old: str | None
    new: str | None
    prev_hash: str
    hash: str

    @property
    def when(self) -> datetime:
        """The moment in the computer's time zone, for display."""
        return datetime.fromisoformat(self.at).astimezone()

    @property
    def who(self) -> str:
        return f"{self.user_name} ({self.os_user})" if self.user_name else self.os_user

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in (*FIELDS, "prev_hash", "hash")} | {"who": self.who}


@dataclass(frozen=True)
class Change:
    """One stored value changing, as the services describe it."""

    code: str
    field: str
    old: str | None
    new: str | None


def canonical(values: Sequence[object]) -> bytes:
    """The bytes a row's hash covers: its fields as compact JSON, in FIELDS order."""
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def row_hash(prev_hash: str, values: Sequence[object]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(values)).hexdigest()


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def user_name(connection: Connection) -> str | None:
    found = connection.execute(text("SELECT value FROM setting WHERE key = :key"),
                               {"key": USER_NAME_SETTING}).scalar_one_or_none()
    return found or None


_CONTEXT = (
    "SELECT (SELECT value FROM setting WHERE key = ?), "
    "(SELECT unit.name || ' ' || sheet.year FROM sheet JOIN unit ON unit.id = sheet.unit_id WHERE sheet.id = ?), "
    "last.id, last.hash FROM (SELECT 1 AS one) AS base "
    "LEFT JOIN (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1) AS last ON 1 = 1")
_INSERT = ("INSERT INTO audit_log (id, at, os_user, user_name, source, sheet_id, sheet_label, code, field, old, new, "
           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def append(connection: Connection, sheet_id: int, changes: Iterable[Change], *, source: str, os_user: str,
           at: str | None = None) -> int:
    """Append the changes inside the caller's transaction; return how many rows were written.

    The caller's transaction already holds SQLite's write lock (it wrote the scores first), so
    reading the last row and adding after it cannot interleave with another writer. PostgreSQL runs READ
    COMMITTED with many writers: there the transaction queues on the chain's advisory lock first.
    """
    changes = list(changes)
    if not changes:
        return 0
    at = at or now_utc()
    # One round trip for everything the rows need (this runs on every keystroke's commit).
    lock_audit_chain(connection)
    name, label, last_id, prev = driver_sql(connection, _CONTEXT, (USER_NAME_SETTING, sheet_id)).one()
    next_id, prev = (last_id + 1, prev) if last_id is not None else (1, GENESIS)
    rows = []
    for change in changes:
        values = (next_id, at, os_user, name or None, source, sheet_id, label or "", change.code, change.field,
                  change.old, change.new)
        digest = row_hash(prev, values)
        rows.append((*values, prev, digest))
        prev, next_id = digest, next_id + 1
    driver_sql(connection, _INSERT, rows)
    return len(rows)


def _entry(row) -> AuditEntry:  # noqa: ANN001 - a result row
    return AuditEntry(*row)


_SELECT = ("SELECT id, at, os_user, user_name, source, sheet_id, sheet_label, code, field, old, new, prev_hash, hash "
           "FROM audit_log")


def history(connection: Connection, sheet_id: int | None = None, code: str | None = None,
            field: str | None = None) -> list[AuditEntry]:
    """Entries oldest first, optionally of one sheet, one criterion and one field."""
    where, params = [], {}
    for name, value in (("sheet_id", sheet_id), ("code", code), ("field", field)):
        if value is not None:
            where.append(f"{name} = :{name}")
            params[name] = value
    query = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    return [_entry(row) for row in connection.execute(text(query), params)]


def last_change(connection: Connection, sheet_id: int, code: str, field: str) -> AuditEntry | None:
    """The newest entry of one field of one criterion: who stored the value there now, and when."""
    row = connection.execute(text(_SELECT + " WHERE sheet_id = :sheet AND code = :code AND field = :field "
                                  "ORDER BY id DESC LIMIT 1"),
                             {"sheet": sheet_id, "code": code, "field": field}).one_or_none()
    return None if row is None else _entry(row)


def last_id(connection: Connection) -> int:
    """The newest row's id (0 for an empty log): where a change feed starts."""
    return connection.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar_one()


def entries_since(connection: Connection, after: int, sheet_id: int, *, limit: int = 5000) -> list[AuditEntry]:
    """The entries of one sheet after row ``after``, oldest first (at most ``limit``: the rest come next time).

    Rows are appended under the chain's lock and commit in id order, so a reader that has seen row N has seen
    every committed row before it.
    """
    rows = connection.execute(text(_SELECT + " WHERE id > :after AND sheet_id = :sheet ORDER BY id LIMIT :limit"),
                              {"after": after, "sheet": sheet_id, "limit": limit})
    return [_entry(row) for row in rows]


@dataclass(frozen=True)
class Verification:
    rows: int
    head: str  # the last row's hash: write it down (or print it on the signed sheet) to detect a cut-off tail
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


class DamagedText(str):
    """Text whose stored bytes are not valid UTF-8, shown with replacement marks: it cannot be what was written."""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return DamagedText(data.decode("utf-8", "replace"))


@contextmanager
def tolerant_text(connection: Connection) -> Iterator[None]:
    """While checking, read bytes that are not UTF-8 as DamagedText instead of failing on the whole log."""
    driver = connection.connection.driver_connection
    if not hasattr(driver, "text_factory"):  # PostgreSQL: a UTF8 database holds no invalid text to begin with
        yield
        return
    previous = driver.text_factory
    driver.text_factory = _decode
    try:
        yield
    finally:
        driver.text_factory = previous


def verify(connection: Connection, *, limit: int = 20) -> Verification:
    """Recompute the chain from the first row; report every break, and missing protections."""
    with tolerant_text(connection):
        return _verify(connection, limit)


def _verify(connection: Connection, limit: int) -> Verification:
    problems: list[str] = []
    present = {row[0] for row in connection.execute(text(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass" if connection.dialect.name == "postgresql"
        else "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))}
    for name in TRIGGER_NAMES:
        if name not in present:
            problems.append(f"the protection {name} has been removed from the audit log")
    prev, expected_id, count = GENESIS, 1, 0
    # The driver's own cursor: verifying walks every row, and SQLAlchemy's row objects triple the cost.
    cursor = connection.connection.driver_connection.execute(_SELECT + " ORDER BY id")
    for row in cursor:
        count += 1
        if len(problems) >= limit:
            continue
        values = row[: len(FIELDS)]
        entry = _entry(row)
        if entry.id != expected_id:
            problems.append(f"row {entry.id}: rows {expected_id}–{entry.id - 1} are missing")
        if entry.prev_hash != prev:
            problems.append(f"row {entry.id}: it does not follow the row before it")
        if any(isinstance(value, DamagedText) for value in row):
            problems.append(f"row {entry.id}: it is damaged (its text is not valid UTF-8), so it is not what was "
                            "written")
        elif row_hash(entry.prev_hash, values) != entry.hash:
            problems.append(f"row {entry.id}: its content was changed after it was written "
                            f"({entry.sheet_label or 'sheet ' + str(entry.sheet_id)}, {entry.code} {entry.field})")
        prev, expected_id = entry.hash, entry.id + 1
    return Verification(count, prev, problems)


def stored_values(connection: Connection) -> dict[tuple[int, str, str], str | None]:
    """Every score and note now stored, keyed like audit rows, values as the audit log writes them."""
    values: dict[tuple[int, str, str], str | None] = {}
    rows = connection.execute(text(
        "SELECT score.sheet_id, criterion.code, score.self_hundredths, score.appraisal_hundredths, score.note, "
        "score.round1_hundredths, score.explanation FROM score JOIN criterion ON criterion.id = score.criterion_id"))
    for sheet_id, code, self_h, appraisal_h, note, round1_h, explanation in rows:
        for field, value in (("self", _plain(self_h)), ("appraisal", _plain(appraisal_h)), ("note", note or None),
                             ("round1", _plain(round1_h)), ("explanation", explanation or None)):
            if value is not None:
                values[(sheet_id, code, field)] = value
    return values


def _plain(hundredths: int | None) -> str | None:
    if hundredths is None:
        return None
    sign = "-" if hundredths < 0 else ""
    whole, part = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{part:02d}"


def untraced(connection: Connection) -> list[tuple[int, str, str, str | None, str | None]]:
    """Stored values that differ from what the audit log says they should be (changed behind its back).

    Returns (sheet, code, field, per the log, stored) for sheets that still exist.
    """
    with tolerant_text(connection):
        return _untraced(connection)


def _untraced(connection: Connection) -> list[tuple[int, str, str, str | None, str | None]]:
    logged: dict[tuple[int, str, str], str | None] = {}
    for sheet_id, code, field, new in connection.execute(
            text("SELECT sheet_id, code, field, new FROM audit_log WHERE field IN ('self', 'appraisal', 'note', 'round1', 'explanation') "
                 "ORDER BY id")):
        logged[(sheet_id, code, field)] = new
    sheets = {row[0] for row in connection.execute(text("SELECT id FROM sheet"))}
    stored = stored_values(connection)
    found = []
    for key in sorted(set(logged) | set(stored)):
        if key[0] in sheets and logged.get(key) != stored.get(key):
            found.append((*key, logged.get(key), stored.get(key)))
    return found


def baseline(connection: Connection, *, os_user: str, at: str | None = None) -> int:
    """Log every value already stored as one 'baseline' entry each: the chain's starting point.

    Used when auditing begins on a database that already holds scores (migration 0002).
    """
    by_sheet: dict[int, list[Change]] = {}
    for (sheet_id, code, field), value in sorted(stored_values(connection).items()):
        by_sheet.setdefault(sheet_id, []).append(Change(code, field, None, value))
    return sum(append(connection, sheet_id, changes, source="baseline", os_user=os_user, at=at)
               for sheet_id, changes in by_sheet.items())


# --- finalize (chốt) in the chain ------------------------------------------------------------
# Fields of the rows services.printing writes when a sheet is finalized, reopened or deleted.
FINALIZED, REOPENED, SHEET_DELETED = "finalized", "reopened", "sheet_deleted"
_VALUE_FIELDS = ("self", "appraisal", "note", "round1", "explanation")
# The field of the rows a stage change writes (old and new stage; the reason, when given, follows as "why").
STAGE, STAGE_REASON = "stage", "stage_reason"
# Rows that rewrite values on purpose without reopening: a restore puts a backup's values back.
_NOT_EDITS = ("restore", "baseline")


def changed_since(connection: Connection, sheet_id: int, field: str) -> dict[tuple[str, str], str | None] | None:
    """For each (code, field) of the sheet changed after its last row of ``field`` (a package sent or received),
    the value it had at that row: the first change's old value. None when the sheet has no such row."""
    last = _last_row(connection, sheet_id, field)
    if last is None:
        return None
    before: dict[tuple[str, str], str | None] = {}
    for code, name, old in driver_sql(connection, "SELECT code, field, old FROM audit_log WHERE sheet_id = ? AND id > ? "
                                                  "ORDER BY id", (sheet_id, last)):
        before.setdefault((code, name), old)
    return before


def rows_since(connection: Connection, sheet_id: int, field: str, of_field: str) -> list[tuple[str, str | None,
                                                                                               str | None]] | None:
    """The (code, old, new) of the sheet's ``of_field`` rows after its last row of ``field``, oldest first; None when
    the sheet has no such row (for evidence, whose rows name files, where changed_since's first value is not enough)."""
    last = _last_row(connection, sheet_id, field)
    if last is None:
        return None
    return [(code, old, new) for code, old, new in driver_sql(
        connection, "SELECT code, old, new FROM audit_log WHERE sheet_id = ? AND id > ? AND field = ? ORDER BY id",
        (sheet_id, last, of_field))]


def last_text(connection: Connection, sheet_id: int, field: str, prefix: str) -> str | None:
    """The text (``new``) of the sheet's last row of ``field`` that starts with ``prefix``; None when there is none."""
    return driver_sql(
        connection,
        "SELECT new FROM audit_log WHERE sheet_id = ? AND field = ? AND substr(new, 1, ?) = ? ORDER BY id DESC LIMIT 1",
        (sheet_id, field, len(prefix), prefix)).scalar()


def _last_row(connection: Connection, sheet_id: int, field: str) -> int | None:
    return driver_sql(connection, "SELECT max(id) FROM audit_log WHERE sheet_id = ? AND field = ?",
                      (sheet_id, field)).scalar()


def head(connection: Connection) -> tuple[int, str]:
    """The last row's number and hash (0 and 64 zeros for an empty log): the chain's current state."""
    found = connection.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).one_or_none()
    return (found[0], found[1]) if found else (0, GENESIS)


def head_before_trailing(connection: Connection, field: str) -> tuple[int, str]:
    """The chain's state before its last rows of ``field``: the head a package names, so that noting it was
    sent does not make the next package of the same values differ (0 and 64 zeros when nothing else is logged)."""
    found = connection.execute(text(
        "SELECT id, hash FROM audit_log WHERE id <= coalesce((SELECT max(id) FROM audit_log WHERE field <> :f "
        "OR field IS NULL), 0) ORDER BY id DESC LIMIT 1"), {"f": field}).one_or_none()
    return (found[0], found[1]) if found else (0, GENESIS)


def finalize_problems(connection: Connection, fingerprints: dict[int, str]) -> list[str]:
    """Finalized sheets that the log and the stored fingerprint do not vouch for.

    ``fingerprints``: each finalized sheet's fingerprint recomputed from what is stored now. A sheet's mark
    must agree with the last finalize or reopen in the chain, the fingerprint stored at finalize with the
    one in the chain, and the recomputed one with both; no score or note may change in the log between a
    finalize and the next reopen.
    """
    problems: list[str] = []
    state: dict[int, tuple[int, str | None]] = {}  # sheet → (row, fingerprint) of its standing finalize
    rows = connection.execute(text(
        "SELECT id, source, sheet_id, sheet_label, code, field, old, new FROM audit_log "
        "WHERE field IN ('finalized', 'reopened', 'sheet_deleted', 'self', 'appraisal', 'note', 'round1', "
        "'explanation', 'stage') ORDER BY id"))
    for row_id, source, sheet_id, label, code, field, old, new in rows:
        name = f"sheet {sheet_id} ({label})" if label else f"sheet {sheet_id}"
        standing = state.get(sheet_id)
        if field == FINALIZED:
            if standing is not None:
                problems.append(f"{name}: row {row_id} finalizes it again without a reopen after row {standing[0]}")
            state[sheet_id] = (row_id, new)
        elif field == REOPENED:
            if standing is None:
                problems.append(f"{name}: row {row_id} reopens it, but it was not finalized")
            state.pop(sheet_id, None)
        elif field == SHEET_DELETED:
            if standing is not None:
                problems.append(f"{name}: row {row_id} deletes it while it was finalized (row {standing[0]})")
            state.pop(sheet_id, None)
        elif standing is not None and source not in _NOT_EDITS:
            problems.append(f"{name}: row {row_id} changes {code} {field} ({old or '-'} → {new or '-'}) while "
                            f"the sheet was finalized (row {standing[0]}), without a reopen")
    sheets = connection.execute(text(
        "SELECT sheet.id, unit.name || ' ' || sheet.year, sheet.finalized_at, sheet.finalized_fingerprint "
        "FROM sheet JOIN unit ON unit.id = sheet.unit_id ORDER BY sheet.id"))
    for sheet_id, label, finalized_at, stored in sheets:
        name = f"sheet {sheet_id} ({label})"
        standing = state.get(sheet_id)
        if not finalized_at:
            if standing is not None:
                problems.append(f"{name} is not finalized, but the audit log has no reopen after its finalize "
                                f"on row {standing[0]}: the mark was removed behind the program's back")
            continue
        if standing is None:
            problems.append(f"{name} is marked finalized, but the audit log has no finalize for it that was not "
                            "reopened: the mark was set behind the program's back")
        elif standing[1] != stored:
            problems.append(f"{name}: the fingerprint stored at finalize ({_short(stored)}) is not the one the "
                            f"audit log recorded on row {standing[0]} ({_short(standing[1])})")
        now = fingerprints.get(sheet_id)
        if now is not None and now != stored:
            problems.append(f"{name} is marked finalized, but its scores and notes no longer give the fingerprint "
                            f"stored at finalize ({_short(stored)}, now {_short(now)}): it was changed behind the "
                            "program's back")
    return problems


def _short(fingerprint: str | None) -> str:
    return f"{fingerprint[:8]}…" if fingerprint else "none"


def hash_at(connection: Connection, row: int) -> str | None:
    """The hash stored on one row (None when the log has no such row): to compare with a printed head."""
    return connection.execute(text("SELECT hash FROM audit_log WHERE id = :id"), {"id": row}).scalar_one_or_none()


def set_user_name(connection: Connection, name: str | None) -> None:
    """The name recorded with every later change; None or empty forgets it."""
    connection.execute(text("DELETE FROM setting WHERE key = :key"), {"key": USER_NAME_SETTING})
    if name:
        connection.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                           {"key": USER_NAME_SETTING, "value": name})


def has_scores(connection: Connection) -> bool:
    """Whether the file has a score table at all (an old or foreign file may not)."""
    if connection.dialect.name == "postgresql":
        return connection.execute(text("SELECT to_regclass('score')")).scalar() is not None
    return connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score'")).first() is not None
