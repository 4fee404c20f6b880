"""Who may do what on a PostgreSQL server: the login → unit table, row-level security, the stage-change check."""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Frozen: the group roles cchc_admin, cchc_appraiser and cchc_unit are made by `cchc server init` (creating roles
# needs a right a migration cannot count on), and so are the grants, which it re-applies after every upgrade so
# that tables added later are covered. Everything here names the roles only as text, so it runs before they exist.
# On SQLite (one person, one file) there are no roles: this migration does nothing there.
#
# A login counts as a unit's account when it belongs to cchc_unit and to neither other group; it then sees, and
# may write, only rows of sheets whose unit is the one cchc_access.account gives for it. The database's owner
# (who ran `cchc server init`) is not subject to the policies (no FORCE ROW LEVEL SECURITY).
#
# Each function call stands in a scalar subquery, so PostgreSQL works it out once per statement, not once per row
# (a unit's sheet opened 8 times slower with per-row calls). For a unit's account the subquery on sheet sees only
# its own unit's sheets anyway (sheet's own policy).
OWN_SHEET = "NOT (SELECT cchc_access.unit_only()) OR unit_id = (SELECT cchc_access.my_unit())"
OWN_ROWS = ("(NOT (SELECT cchc_access.unit_only()) OR sheet_id IN "
            "(SELECT s.id FROM public.sheet AS s WHERE s.unit_id = (SELECT cchc_access.my_unit())))")
STATEMENTS = [
    "CREATE SCHEMA IF NOT EXISTS cchc_access",
    """
    CREATE TABLE cchc_access.account (
        login text PRIMARY KEY,
        unit_id integer REFERENCES public.unit (id) ON DELETE SET NULL
    )
    """,
    # Not SECURITY DEFINER: current_user must stay the login asking.
    """
    CREATE FUNCTION cchc_access.in_group(group_name text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                       WHERE r.rolname = group_name AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER'))
    $$
    """,
    """
    CREATE FUNCTION cchc_access.unit_only() RETURNS boolean
    LANGUAGE sql STABLE AS $$
        SELECT cchc_access.in_group('cchc_unit')
           AND NOT cchc_access.in_group('cchc_admin') AND NOT cchc_access.in_group('cchc_appraiser')
    $$
    """,
    """
    CREATE FUNCTION cchc_access.my_unit() RETURNS integer
    LANGUAGE sql STABLE AS $$
        SELECT unit_id FROM cchc_access.account WHERE login = current_user
    $$
    """,
    # The audit chain needs the newest row's hash whoever writes next, so the newest row stays readable to all.
    """
    CREATE FUNCTION cchc_access.audit_last_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT max(id) FROM public.audit_log
    $$
    """,
    "ALTER TABLE public.sheet ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY cchc_own_unit ON public.sheet USING ({OWN_SHEET}) WITH CHECK ({OWN_SHEET})",
    *(statement.format(table=table, rows=OWN_ROWS) for table in ("score", "score_figures", "not_applicable",
                                                                  "evidence", "sheet_event")
      for statement in (
          "ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY",
          "CREATE POLICY cchc_own_unit ON public.{table} USING ({rows}) WITH CHECK ({rows})")),
    # Stored files: a unit's account reads only the bytes its own sheets' evidence points at.
    "ALTER TABLE public.evidence_blob ENABLE ROW LEVEL SECURITY",
    """
    CREATE POLICY cchc_own_unit_read ON public.evidence_blob FOR SELECT
        USING (NOT (SELECT cchc_access.unit_only())
               OR EXISTS (SELECT 1 FROM public.evidence AS e WHERE e.sha256 = evidence_blob.sha256))
    """,
    "CREATE POLICY cchc_add ON public.evidence_blob FOR INSERT WITH CHECK (true)",
    # 0011's trigger drops bytes no attachment points at any more: it must see every unit's attachments (as the
    # owner), or a unit's account removing its copy of a file another unit also attached would try to drop it.
    "ALTER FUNCTION public.cchc_evidence_blob_unreferenced() SECURITY DEFINER SET search_path = public, pg_catalog",
    # The audit log: a unit's account reads its own sheets' history (and the newest row, for the chain) and
    # appends only for its own sheets. Nobody may change or remove a row: the grants give no UPDATE or DELETE.
    "ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY cchc_read ON public.audit_log FOR SELECT "
    f"USING ({OWN_ROWS} OR id = (SELECT cchc_access.audit_last_id()))",
    f"CREATE POLICY cchc_append ON public.audit_log FOR INSERT WITH CHECK ({OWN_ROWS})",
    # (No % in this file: the driver would read it as a parameter.)
    # Stage changes by role: a unit submits and explains, an appraiser finishes round 1 and the final appraisal
    # and may send a sheet one stage back; only an administrator locks or reopens (finalized_at) or moves freely.
    # SQLSTATE 42501 is PostgreSQL's own "insufficient privilege", so the program treats it as any refusal by role.
    """
    CREATE FUNCTION cchc_access.check_stage_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
        unit boolean := cchc_access.in_group('cchc_unit');
        appraiser boolean := cchc_access.in_group('cchc_appraiser');
        stages text[] := ARRAY['drafting', 'submitted', 'appraised', 'explained', 'final'];
        old_at integer := coalesce(array_position(stages, OLD.stage), 1);
        new_at integer := coalesce(array_position(stages, NEW.stage), 1);
    BEGIN
        IF cchc_access.in_group('cchc_admin') OR NOT (unit OR appraiser) THEN
            RETURN NEW;
        END IF;
        IF NEW.finalized_at IS DISTINCT FROM OLD.finalized_at
           OR NEW.finalized_fingerprint IS DISTINCT FROM OLD.finalized_fingerprint THEN
            RAISE EXCEPTION 'CCHC_NOT_PERMITTED: only an administrator may lock or reopen a sheet (role cchc_admin)'
                USING ERRCODE = '42501';
        END IF;
        IF NEW.stage IS NOT DISTINCT FROM OLD.stage THEN
            RETURN NEW;
        END IF;
        IF unit AND ((OLD.stage IS NULL OR OLD.stage = 'drafting') AND NEW.stage = 'submitted'
                     OR OLD.stage = 'appraised' AND NEW.stage = 'explained') THEN
            RETURN NEW;
        END IF;
        IF appraiser AND (OLD.stage = 'submitted' AND NEW.stage = 'appraised'
                          OR OLD.stage = 'explained' AND NEW.stage = 'final'
                          OR OLD.stage IS NOT NULL AND new_at = old_at - 1) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'CCHC_NOT_PERMITTED: this account may not move a '
            || 'sheet from ' || coalesce(OLD.stage, 'open') || ' to ' || coalesce(NEW.stage, 'open');
    END
    $$
    """,
    """
    CREATE TRIGGER cchc_stage_by_role BEFORE UPDATE ON public.sheet
        FOR EACH ROW EXECUTE FUNCTION cchc_access.check_stage_change()
    """,
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS cchc_stage_by_role ON public.sheet")
    for table in ("sheet", "score", "score_figures", "not_applicable", "evidence", "sheet_event"):
        op.execute(f"DROP POLICY IF EXISTS cchc_own_unit ON public.{table}")
        op.execute(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    op.execute("ALTER FUNCTION public.cchc_evidence_blob_unreferenced() SECURITY INVOKER RESET search_path")
    for policy in ("cchc_own_unit_read", "cchc_add"):
        op.execute(f"DROP POLICY IF EXISTS {policy} ON public.evidence_blob")
    op.execute("ALTER TABLE public.evidence_blob DISABLE ROW LEVEL SECURITY")
    for policy in ("cchc_read", "cchc_append"):
        op.execute(f"DROP POLICY IF EXISTS {policy} ON public.audit_log")
    op.execute("ALTER TABLE public.audit_log DISABLE ROW LEVEL SECURITY")
    op.execute("DROP SCHEMA cchc_access CASCADE")
