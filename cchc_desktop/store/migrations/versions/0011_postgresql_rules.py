"""PostgreSQL: the rules SQLite enforces with triggers, as PL/pgSQL triggers (nothing changes on SQLite).

Scores within their maximum and only on leaves, finalized sheets' scores and evidence unchangeable, evidence bytes
dropped with their last attachment, the audit log append-only and hash-chained. Each refusal starts with the same
code as SQLite's (schema.refusal_code reads both), so the program names them alike on both engines.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen: as this revision writes them. Never edit this file; add a migration.
GENESIS = "0" * 64
# pg_advisory_xact_lock key of the audit chain: writers queue on it before reading the chain's head.
AUDIT_LOCK = 4_216_016_000

FUNCTIONS = [
    """
    CREATE FUNCTION cchc_score_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        maximum integer;
        leaf integer;
    BEGIN
        SELECT maximum_hundredths, is_leaf INTO maximum, leaf FROM criterion WHERE id = NEW.criterion_id;
        IF NEW.self_hundredths > maximum OR NEW.appraisal_hundredths > maximum OR NEW.round1_hundredths > maximum THEN
            RAISE EXCEPTION 'CCHC_OVER_MAXIMUM: score over the maximum';
        END IF;
        IF (NEW.self_hundredths IS NOT NULL OR NEW.appraisal_hundredths IS NOT NULL
                OR NEW.round1_hundredths IS NOT NULL) AND leaf = 0 THEN
            RAISE EXCEPTION 'CCHC_NOT_LEAF: scores belong to leaf criteria only';
        END IF;
        RETURN NEW;
    END
    $$
    """,
    # score and evidence rows of a finalized sheet: no insert, update or delete (the row's sheet before the change).
    """
    CREATE FUNCTION cchc_sheet_locked() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        target integer;
    BEGIN
        IF TG_OP = 'INSERT' THEN
            target := NEW.sheet_id;
        ELSE
            target := OLD.sheet_id;
        END IF;
        IF (SELECT finalized_at FROM sheet WHERE id = target) IS NOT NULL THEN
            RAISE EXCEPTION 'CCHC_SHEET_FINALIZED: sheet is finalized';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE FUNCTION cchc_evidence_blob_unreferenced() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = OLD.sha256) THEN
            DELETE FROM evidence_blob WHERE sha256 = OLD.sha256;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE FUNCTION cchc_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'the audit log is append-only: its rows cannot be changed';
        END IF;
        RAISE EXCEPTION 'the audit log is append-only: its rows cannot be deleted';
    END
    $$
    """,
    # A new row must come right after the last one and carry its hash. The advisory lock makes concurrent
    # writers (READ COMMITTED) take turns, whichever program writes: the program takes it earlier, before it
    # reads the head to compute its hashes; taking it again in the same transaction costs nothing.
    f"""
    CREATE FUNCTION cchc_audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        last_id integer;
        last_hash text;
    BEGIN
        PERFORM pg_advisory_xact_lock({AUDIT_LOCK});
        SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
        IF NEW.id IS DISTINCT FROM coalesce(last_id, 0) + 1
                OR NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, '{GENESIS}') THEN
            RAISE EXCEPTION 'an audit log row must follow the last one';
        END IF;
        RETURN NEW;
    END
    $$
    """,
]
# The trigger names are SQLite's, so audit-verify and the schema test look for the same names on both engines.
TRIGGERS = [
    *(f"CREATE TRIGGER score_within_maximum_{event.lower()} BEFORE {event} ON score "
      "FOR EACH ROW EXECUTE FUNCTION cchc_score_rules()" for event in ("INSERT", "UPDATE")),
    *(f"CREATE TRIGGER score_locked_{event.lower()} BEFORE {event} ON score "
      "FOR EACH ROW EXECUTE FUNCTION cchc_sheet_locked()" for event in ("INSERT", "UPDATE", "DELETE")),
    *(f"CREATE TRIGGER evidence_locked_{event.lower()} BEFORE {event} ON evidence "
      "FOR EACH ROW EXECUTE FUNCTION cchc_sheet_locked()" for event in ("INSERT", "UPDATE", "DELETE")),
    "CREATE TRIGGER evidence_blob_unreferenced AFTER DELETE ON evidence "
    "FOR EACH ROW EXECUTE FUNCTION cchc_evidence_blob_unreferenced()",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION cchc_audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION cchc_audit_log_append_only()",
    # TRUNCATE fires no row trigger: refuse it as a statement.
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION cchc_audit_log_append_only()",
    "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION cchc_audit_log_chain()",
]
FUNCTION_NAMES = ("cchc_score_rules", "cchc_sheet_locked", "cchc_evidence_blob_unreferenced",
                  "cchc_audit_log_append_only", "cchc_audit_log_chain")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has had these rules as its own triggers since 0001–0008
    for statement in (*FUNCTIONS, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in FUNCTION_NAMES:
        op.execute(f"DROP FUNCTION IF EXISTS {name}() CASCADE")
