"""Tables of the database; the first Alembic migration creates exactly these."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints let batch migrations on SQLite find and alter them later. The CHECK texts are SQLite's; on
# PostgreSQL the migrations write the two GLOB rules as regular expressions under the same names (0008, 0010), and
# TRIGGERS below are SQLite's: PostgreSQL has the same rules, by the same trigger names, as PL/pgSQL (0011).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

framework = Table(
    "framework",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("level", Text, nullable=False),  # district, commune, department, province …
    Column("version", Integer, nullable=False, server_default="1"),
    Column("rounding_places", Integer, nullable=False, server_default="2"),
    Column("builtin", Integer, nullable=False, server_default="0"),
    Column("created_at", Text, nullable=False),
    # Migration 0005: the set this one was copied from (an edited frozen set, or a copy for a new year).
    Column("based_on", Integer),
    # Migration 0014: versions follow each other per set (name, year, level), no longer per year and level.
    UniqueConstraint("year", "level", "name", "version", name="year_level_name_version"),
    CheckConstraint("rounding_places BETWEEN 0 AND 2", name="rounding_places"),
)

criterion = Table(
    "criterion",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("framework_id", Integer, ForeignKey("framework.id", ondelete="CASCADE"), nullable=False),
    Column("code", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("maximum_hundredths", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("is_leaf", Integer, nullable=False),
    # Migration 0005. code is the position path ("2.5.1.1"), unique in its set; label is the number as the
    # decision prints it ("a)", "II"), NULL when it is the path itself; guide holds the rule lines under it.
    Column("label", Text),
    Column("guide", Text),
    Column("warning", Text),
    UniqueConstraint("framework_id", "code", name="framework_code"),
    CheckConstraint("maximum_hundredths >= 0", name="maximum_not_negative"),
)

unit = Table(
    "unit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False, server_default="district"),  # the unit's level: see criteria_sets.LEVELS
    Column("parent_name", Text),  # e.g. the province, for document headers
    Column("code", Text),  # Migration 0010: the administrative code (e.g. "03361"), NULL when not known
)

# Migration 0010: the 2025 reorganisation. A predecessor passes its work to one successor from ``effective``
# (ISO date); a merger of three communes into one is three rows. A unit has at most one successor.
unit_succession = Table(
    "unit_succession",
    metadata,
    Column("predecessor_id", Integer, ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True),
    Column("successor_id", Integer, ForeignKey("unit.id", ondelete="CASCADE"), nullable=False),
    Column("effective", Text, nullable=False),
    CheckConstraint("predecessor_id <> successor_id", name="not_itself"),
    CheckConstraint("effective GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'", name="effective_iso_date"),
    Index("ix_unit_succession_successor_id", "successor_id"),
)

sheet = Table(
    "sheet",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("unit.id"), nullable=False),
    Column("framework_id", Integer, ForeignKey("framework.id"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("title", Text),
    Column("created_at", Text, nullable=False),
    Column("document_date", Text),  # the date printed on the sheet, never the clock's
    Column("finalized_at", Text),
    Column("finalized_fingerprint", Text),
    # Migration 0006: where the sheet stands in the yearly cycle (drafting, submitted, appraised, explained,
    # final); NULL for a sheet outside the cycle (every sheet made before 0006, and new ones until a stage is
    # set), whose self-assessment, final appraisal and notes stay open as before. Locked is finalized_at.
    Column("stage", Text),
    UniqueConstraint("unit_id", "year", "framework_id", name="unit_year_framework"),
    CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
    CheckConstraint("stage IN ('drafting', 'submitted', 'appraised', 'explained', 'final')", name="stage_known"),
)

score = Table(
    "score",
    metadata,
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", Integer, ForeignKey("criterion.id"), primary_key=True),
    Column("self_hundredths", Integer),
    Column("appraisal_hundredths", Integer),  # the final appraisal (round 2); before 0006 the only one
    Column("note", Text),
    # Migration 0006: the appraisal's first round, and the unit's explanation (giải trình) answering it.
    Column("round1_hundredths", Integer),
    Column("explanation", Text),
    CheckConstraint("self_hundredths >= 0", name="self_not_negative"),
    CheckConstraint("appraisal_hundredths >= 0", name="appraisal_not_negative"),
    CheckConstraint("round1_hundredths >= 0", name="round1_not_negative"),
)

sheet_event = Table(
    "sheet_event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),  # finalize, reopen
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("reason", Text),
    Column("fingerprint", Text),
)

setting = Table(
    "setting",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Migration 0006: scoring rules. Separate tables, so databases without rules read as every criterion manual and
# of kind score, every row applicable, the standard grades, no benchmarks.
criterion_rule = Table(
    "criterion_rule",
    metadata,
    Column("criterion_id", Integer, ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", Text, nullable=False, server_default="score"),  # score, bonus, deduction
    Column("rule", Text),  # domain.rules.to_dict as JSON; NULL is manual
    CheckConstraint("kind IN ('score', 'bonus', 'deduction')", name="criterion_kind"),
)

score_figures = Table(
    "score_figures",
    metadata,
    # The figures (96%, 45/50, option 2) a score in the score table was computed from, per column.
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", Integer, ForeignKey("criterion.id"), primary_key=True),
    Column("self_figures", Text),
    Column("appraisal_figures", Text),
)

not_applicable = Table(
    "not_applicable",
    metadata,
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", Integer, ForeignKey("criterion.id"), primary_key=True),
    Column("reason", Text, nullable=False),
)

grade_scale = Table(
    "grade_scale",
    metadata,
    # GradeScale.to_dict as JSON; a set without a row uses the standard grades.
    Column("framework_id", Integer, ForeignKey("framework.id", ondelete="CASCADE"), primary_key=True),
    Column("grades", Text, nullable=False),
)

benchmark = Table(
    "benchmark",
    metadata,
    Column("framework_id", Integer, ForeignKey("framework.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", Integer, ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("value", Text, nullable=False),  # a decimal with every digit published ("87.35")
)

# Migration 0008: evidence files (tài liệu kiểm chứng). Each file's bytes are stored once, under their SHA-256,
# however many criteria or sheets attach them; an attachment names the criterion, the file's original name and
# who attached it when. The trigger evidence_blob_unreferenced drops a blob when its last attachment goes.
EVIDENCE_MAX_BYTES = 50 * 1024 * 1024

evidence_blob = Table(
    "evidence_blob",
    metadata,
    Column("sha256", Text, primary_key=True),  # lowercase hex of the bytes' SHA-256
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    CheckConstraint("length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'", name="sha256_hex"),
    CheckConstraint(f"size BETWEEN 0 AND {EVIDENCE_MAX_BYTES}", name="size_limit"),
    CheckConstraint("length(data) = size", name="size_matches"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), nullable=False),
    Column("criterion_id", Integer, ForeignKey("criterion.id"), nullable=False),
    Column("sha256", Text, ForeignKey("evidence_blob.sha256"), nullable=False),
    Column("name", Text, nullable=False),  # the file's original name, without its folder
    Column("size", Integer, nullable=False),
    Column("added_by", Text, nullable=False),
    Column("added_at", Text, nullable=False),  # UTC, ISO 8601
    UniqueConstraint("sheet_id", "criterion_id", "sha256", name="sheet_criterion_sha256"),
    Index("ix_evidence_sha256", "sha256"),
)

# Rules the database enforces whatever program writes to it. Each refusal's message starts with a stable code
# and a colon, so the program recognises a refusal by its code (refusal_code), never by its English words.
REFUSED_OVER_MAXIMUM = "CCHC_OVER_MAXIMUM"
REFUSED_NOT_LEAF = "CCHC_NOT_LEAF"
REFUSED_FINALIZED = "CCHC_SHEET_FINALIZED"
REFUSAL_CODES = (REFUSED_OVER_MAXIMUM, REFUSED_NOT_LEAF, REFUSED_FINALIZED)


def refusal_code(message: str) -> str | None:
    """The code a trigger's refusal starts with (SQLite may put it after its own words), or None."""
    return next((code for code in REFUSAL_CODES if f"{code}:" in message), None)


_WITHIN_MAXIMUM = """
    CREATE TRIGGER score_within_maximum_{event} BEFORE {EVENT} ON score
    BEGIN
        SELECT RAISE(ABORT, '{over}: score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.round1_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, '{not_leaf}: scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL
               OR NEW.round1_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
"""
_LOCKED = """
    CREATE TRIGGER score_locked_{event} BEFORE {EVENT} ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = {row}.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, '{finalized}: sheet is finalized'); END
"""
_EVIDENCE_LOCKED = """
    CREATE TRIGGER evidence_locked_{event} BEFORE {EVENT} ON evidence
    WHEN (SELECT finalized_at FROM sheet WHERE id = {row}.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, '{finalized}: sheet is finalized'); END
"""
# Removing an attachment (or its sheet) drops the bytes once nothing refers to them.
_EVIDENCE_UNREFERENCED = """
    CREATE TRIGGER evidence_blob_unreferenced AFTER DELETE ON evidence
    WHEN NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = OLD.sha256)
    BEGIN DELETE FROM evidence_blob WHERE sha256 = OLD.sha256; END
"""
EVIDENCE_TRIGGERS = [
    *(_EVIDENCE_LOCKED.format(event=event.lower(), EVENT=event, row=row, finalized=REFUSED_FINALIZED)
      for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))),
    _EVIDENCE_UNREFERENCED,
]
TRIGGERS = [
    # A score may not exceed its criterion's maximum, and only leaves carry scores.
    *(_WITHIN_MAXIMUM.format(event=event.lower(), EVENT=event, over=REFUSED_OVER_MAXIMUM,
                             not_leaf=REFUSED_NOT_LEAF) for event in ("INSERT", "UPDATE")),
    # A finalized (chốt) sheet cannot change by any path until it is reopened.
    *(_LOCKED.format(event=event.lower(), EVENT=event, row=row, finalized=REFUSED_FINALIZED)
      for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))),
    # Migration 0008: evidence on a finalized sheet cannot change either; unreferenced bytes go.
    *EVIDENCE_TRIGGERS,
]
