"""The score triggers' refusals start with stable codes (CCHC_OVER_MAXIMUM: …), which the program matches."""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen: the triggers as revision 0005 writes them, and as 0001 wrote them (for the downgrade). Never edit this
# file; add a migration.
NAMES = ("score_within_maximum_insert", "score_within_maximum_update", "score_locked_insert", "score_locked_update",
         "score_locked_delete")

_WITHIN_MAXIMUM = """
    CREATE TRIGGER score_within_maximum_{event} BEFORE {EVENT} ON score
    BEGIN
        SELECT RAISE(ABORT, '{over}score over the maximum')
        WHERE NEW.self_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id)
           OR NEW.appraisal_hundredths > (SELECT maximum_hundredths FROM criterion WHERE id = NEW.criterion_id);
        SELECT RAISE(ABORT, '{not_leaf}scores belong to leaf criteria only')
        WHERE (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL)
          AND (SELECT is_leaf FROM criterion WHERE id = NEW.criterion_id) = 0;
    END
"""
_LOCKED = """
    CREATE TRIGGER score_locked_{event} BEFORE {EVENT} ON score
    WHEN (SELECT finalized_at FROM sheet WHERE id = {row}.sheet_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, '{finalized}sheet is finalized'); END
"""


def _create(over: str, not_leaf: str, finalized: str) -> None:
    for event in ("INSERT", "UPDATE"):
        op.execute(_WITHIN_MAXIMUM.format(event=event.lower(), EVENT=event, over=over, not_leaf=not_leaf))
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        op.execute(_LOCKED.format(event=event.lower(), EVENT=event, row=row, finalized=finalized))


def _drop() -> None:
    for name in NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # SQLite's trigger syntax; PostgreSQL gets these rules in 0011
    _drop()
    _create("CCHC_OVER_MAXIMUM: ", "CCHC_NOT_LEAF: ", "CCHC_SHEET_FINALIZED: ")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop()
    _create("", "", "")
