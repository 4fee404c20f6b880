"""Tables of the database; the first Alembic migration creates exactly these."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints let batch migrations on SQLite find and alter them later.
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
    UniqueConstraint("year", "level", "version", name="year_level_version"),
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
    UniqueConstraint("unit_id", "year", "framework_id", name="unit_year_framework"),
    CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
)

score = Table(
    "score",
    metadata,
    Column("sheet_id", Integer, ForeignKey("sheet.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", Integer, ForeignKey("criterion.id"), primary_key=True),
    Column("self_hundredths", Integer),
    Column("appraisal_hundredths", Integer),
    Column("note", Text),
    CheckConstraint("self_hundredths >= 0", name="self_not_negative"),
    CheckConstraint("appraisal_hundredths >= 0", name="appraisal_not_negative"),
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

# Rules the database enforces whatever program writes to it.
_WITHIN_MAXIMUM = """
    CREATE TRIGGER score_within_maximum_{event} BEFORE {EVENT} ON score
    BEGIN
        SELECT RAISE(ABORT, 'score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, 'scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
"""
_LOCKED = """
    CREATE TRIGGER score_locked_{event} BEFORE {EVENT} ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = {row}.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'sheet is finalized'); END
"""
TRIGGERS = [
    # A score may not exceed its criterion's maximum, and only leaves carry scores.
    *(_WITHIN_MAXIMUM.format(event=event.lower(), EVENT=event) for event in ("INSERT", "UPDATE")),
    # A finalized (chốt) sheet cannot change by any path until it is reopened.
    *(_LOCKED.format(event=event.lower(), EVENT=event, row=row)
      for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD"))),
]
