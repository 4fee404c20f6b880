"""Who may do what on a PostgreSQL server, enforced by the database itself: raw SQL as each login, and the program."""

from __future__ import annotations

import hashlib
import os
import secrets
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy.engine import make_url

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage
from cchc_desktop.services import Workspace, safety, sealing, server, stages
from cchc_desktop.services.document import Edit

UNIT_A, UNIT_B = "Huyện Phong Thổ", "Huyện Tam Đường"


class Office:
    """A prepared server database with two units' sheets and one login of each role (unique to this test)."""

    def __init__(self, location: str, seed_path) -> None:  # noqa: ANN001 - a Path
        self.location = location
        tag = f"t{os.getpid()}_{secrets.token_hex(3)}"
        self.logins = {"unit_a": f"{tag}_unit_a", "unit_b": f"{tag}_unit_b", "appraiser": f"{tag}_appraiser",
                       "admin": f"{tag}_admin"}
        with Workspace.open(location) as owner:
            self.sheet_a = owner.import_file(seed_path, unit=UNIT_A, year=2023).sheet_id
            self.sheet_b = owner.import_file(seed_path, unit=UNIT_B, year=2023).sheet_id
            server.prepare(owner)
            # The seed holds the appraisal only: both sheets get a self-assessment to protect as well.
            for sheet_id in (self.sheet_a, self.sheet_b):
                document = owner.open_sheet(sheet_id)
                document.apply([Edit(node.code, Column.SELF, document.sheet.entry(node.code, Column.APPRAISAL))
                                for node in document.sheet.framework
                                if node.is_leaf and document.sheet.entry(node.code, Column.APPRAISAL)])
            server.add_user(owner, self.logins["unit_a"], "unit", unit=UNIT_A)
            server.add_user(owner, self.logins["unit_b"], "unit", unit=UNIT_B)
            server.add_user(owner, self.logins["appraiser"], "appraiser")
            server.add_user(owner, self.logins["admin"], "admin")

    def url(self, who: str) -> str:
        return make_url(self.location).set(username=self.logins[who]).render_as_string(hide_password=False)

    def raw(self, who: str) -> psycopg.Connection:
        """A plain psycopg connection as that login: no program in between."""
        return psycopg.connect(self.url(who), autocommit=True)

    def owner_rows(self, sql: str, *params: object) -> list[tuple]:
        with psycopg.connect(self.location) as connection:
            return connection.execute(sql, params).fetchall()

    def remove_logins(self) -> None:
        with Workspace.open(self.location) as owner:
            for login in self.logins.values():
                server.remove_user(owner, login)


@pytest.fixture
def office(postgres_location, seed_path):
    made = Office(postgres_location, seed_path)
    yield made
    made.remove_logins()


def _leaf_row(office: Office, sheet_id: int, criterion: int | None = None) -> tuple[int, int, int]:
    """A score row of the sheet with both scores above 0 (or that criterion's): (criterion_id, self, appraisal)."""
    return office.owner_rows("SELECT criterion_id, self_hundredths, appraisal_hundredths FROM score "
                             "WHERE sheet_id = %s AND (criterion_id = %s::integer OR %s::integer IS NULL AND self_hundredths > 0 "
                             "AND appraisal_hundredths > 0) ORDER BY criterion_id LIMIT 1",
                             sheet_id, criterion, criterion)[0]


def test_a_units_account_sees_only_its_own_units_sheets_even_with_raw_sql(office):
    with office.raw("unit_a") as connection:
        sheets = connection.execute("SELECT id FROM sheet").fetchall()
        units = {row[0] for row in connection.execute("SELECT DISTINCT sheet_id FROM score").fetchall()}
    assert sheets == [(office.sheet_a,)]
    assert units == {office.sheet_a}


def test_a_units_account_cannot_change_another_units_sheet_even_with_raw_sql(office):
    criterion, before, _ = _leaf_row(office, office.sheet_b)
    with office.raw("unit_a") as connection:
        # The other unit's rows are not there for it: an UPDATE finds nothing…
        changed = connection.execute("UPDATE score SET self_hundredths = 0 WHERE sheet_id = %s", (office.sheet_b,))
        assert changed.rowcount == 0
        # …and writing one in is refused by the row-level policy.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO score (sheet_id, criterion_id, self_hundredths) VALUES (%s, %s, 0) "
                               "ON CONFLICT (sheet_id, criterion_id) DO UPDATE SET self_hundredths = 0",
                               (office.sheet_b, criterion))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE sheet SET unit_id = (SELECT id FROM unit WHERE name = %s) WHERE id = %s",
                               (UNIT_B, office.sheet_a))
    assert _leaf_row(office, office.sheet_b, criterion)[1] == before


def test_a_units_account_cannot_change_any_appraisal_column_even_of_its_own_sheet(office):
    criterion, _, appraisal = _leaf_row(office, office.sheet_a)
    with office.raw("unit_a") as connection:
        for column in ("appraisal_hundredths", "round1_hundredths"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"UPDATE score SET {column} = 0 WHERE sheet_id = %s", (office.sheet_a,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO score_figures (sheet_id, criterion_id, appraisal_figures) "
                               "VALUES (%s, %s, '{}')", (office.sheet_a, criterion))
        # Its own column of its own sheet it may change.
        connection.execute("UPDATE score SET self_hundredths = 0 WHERE sheet_id = %s AND criterion_id = %s",
                           (office.sheet_a, criterion))
    assert _leaf_row(office, office.sheet_a, criterion)[1:] == (0, appraisal)


def test_an_appraisers_account_cannot_change_the_self_assessment_nor_notes(office):
    criterion, before, _ = _leaf_row(office, office.sheet_b)
    with office.raw("appraiser") as connection:
        for column, value in (("self_hundredths", 0), ("note", "x"), ("explanation", "x")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(f"UPDATE score SET {column} = %s WHERE sheet_id = %s", (value, office.sheet_b))
        # The appraisal of every unit is its to change.
        connection.execute("UPDATE score SET appraisal_hundredths = 0 WHERE sheet_id = %s AND criterion_id = %s",
                           (office.sheet_b, criterion))
    assert _leaf_row(office, office.sheet_b, criterion)[1] == before


def test_nobody_may_change_or_remove_the_audit_log(office):
    count = office.owner_rows("SELECT count(*) FROM audit_log")[0][0]
    assert count > 0
    for who in ("unit_a", "appraiser", "admin"):
        with office.raw(who) as connection:
            for statement in ("UPDATE audit_log SET new = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(statement)
    with psycopg.connect(office.location, autocommit=True) as owner:  # the owner: 0011's triggers refuse
        with pytest.raises(psycopg.errors.RaiseException):
            owner.execute("DELETE FROM audit_log")
    assert office.owner_rows("SELECT count(*) FROM audit_log")[0][0] == count


def test_through_the_program_a_refused_edit_says_who_may_and_keeps_the_stored_value(office):
    with Workspace.open(office.url("unit_a")) as workspace:
        assert server.account(workspace).role == "unit"
        assert server.account(workspace).unit_name == UNIT_A
        document = workspace.open_sheet(office.sheet_a)
        code = next(node.code for node in document.sheet.framework if node.is_leaf)
        before = document.sheet.entry(code, Column.APPRAISAL)
        # The window greys out what the role may not write (the database refuses it anyway, below).
        assert document.editable(Column.SELF) and not document.editable(Column.APPRAISAL)
        with pytest.raises(CchcError) as refused:
            document.set_score(code, Column.APPRAISAL, "0")
        assert refused.value.kind == "not_permitted"
        assert refused.value.params["for_appraiser"] == "yes"
        assert "appraiser" in str(refused.value)
        assert document.sheet.entry(code, Column.APPRAISAL) == before
        document.set_score(code, Column.SELF, "0")  # its own column is saved, with its audit row
    with Workspace.open(office.url("unit_a")) as workspace:
        assert workspace.open_sheet(office.sheet_a).sheet.entry(code, Column.SELF) == Decimal("0")
        assert workspace.open_sheet(office.sheet_a).sheet.entry(code, Column.APPRAISAL) == before
    with Workspace.open(office.location) as owner:
        assert safety.verify_audit(owner).ok


def test_stage_steps_belong_to_their_roles_and_only_an_administrator_locks(office):
    with Workspace.open(office.url("unit_a")) as workspace:
        assert stages.advance(workspace, office.sheet_a, Stage.SUBMITTED) is Stage.SUBMITTED
        with pytest.raises(CchcError) as refused:  # round 1 is the appraiser's to finish
            stages.advance(workspace, office.sheet_a, Stage.APPRAISED)
        assert refused.value.kind == "not_permitted"
    with Workspace.open(office.url("appraiser")) as workspace:
        assert stages.advance(workspace, office.sheet_a, Stage.APPRAISED) is Stage.APPRAISED
    with Workspace.open(office.url("unit_a")) as workspace:
        assert stages.advance(workspace, office.sheet_a, Stage.EXPLAINED) is Stage.EXPLAINED
    with Workspace.open(office.url("appraiser")) as workspace:
        assert stages.advance(workspace, office.sheet_a, Stage.FINAL) is Stage.FINAL
        with pytest.raises(CchcError) as refused:
            sealing.finalize(workspace, office.sheet_a)
        assert refused.value.params.get("for_lock") == "yes"
    with Workspace.open(office.url("admin")) as workspace:
        sealing.finalize(workspace, office.sheet_a)
        assert workspace.sheet_info(office.sheet_a).finalized_at
    with office.raw("unit_a") as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("UPDATE sheet SET finalized_at = NULL WHERE id = %s", (office.sheet_a,))
    with Workspace.open(office.location) as owner:
        assert safety.verify_audit(owner).ok


def test_an_administrator_changes_criteria_sets_and_units_the_others_only_read_them(office):
    for who in ("unit_a", "appraiser"):
        with office.raw(who) as connection:
            assert connection.execute("SELECT count(*) FROM criterion").fetchone()[0] > 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("UPDATE criterion SET maximum_hundredths = maximum_hundredths + 1")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute("INSERT INTO unit (name) VALUES ('Xã mới')")
    with office.raw("admin") as connection:
        connection.execute("INSERT INTO unit (name) VALUES ('Xã mới')")


def test_server_init_runs_again_safely_and_users_are_listed_and_removed(office):
    with Workspace.open(office.location) as owner:
        assert server.prepare(owner).groups_made == ()
        listed = {user.login: (user.role, user.unit) for user in server.list_users(owner)}
        assert listed[office.logins["unit_a"]] == ("unit", UNIT_A)
        assert listed[office.logins["appraiser"]] == ("appraiser", None)
        # A second add changes the role: a login is in one group only.
        server.add_user(owner, office.logins["unit_b"], "appraiser")
        listed = {user.login: user.role for user in server.list_users(owner)}
        assert listed[office.logins["unit_b"]] == "appraiser"
    with office.raw("unit_b") as connection:  # now sees every unit's sheets, as an appraiser does
        assert len(connection.execute("SELECT id FROM sheet").fetchall()) == 2


def test_only_the_owner_prepares_the_database_and_adds_users(office):
    for who in ("unit_a", "admin"):
        with Workspace.open(office.url(who)) as workspace:
            with pytest.raises(CchcError) as refused:
                server.add_user(workspace, "someone_else", "admin")
            assert refused.value.kind == "not_permitted"
            assert refused.value.params.get("for_server") == "yes"
            with pytest.raises(CchcError) as refused:  # its GRANTs would be skipped with a mere warning
                server.prepare(workspace)
            assert refused.value.params.get("for_server") == "yes"


def test_the_same_file_as_another_units_evidence_is_attached_and_removed_by_a_units_account(office):
    from cchc_desktop.services import evidence

    data = b"%PDF-1.4 the same decision, sent to both units"
    with Workspace.open(office.url("unit_b")) as workspace:
        document = workspace.open_sheet(office.sheet_b)
        code = next(node.code for node in document.sheet.framework if node.is_leaf)
        assert evidence.attach_bytes(document, code, "quyet-dinh.pdf", data, source="window")
    with Workspace.open(office.url("unit_a")) as workspace:
        document = workspace.open_sheet(office.sheet_a)
        # The other unit's copy is invisible, yet storing the same bytes again is no conflict…
        assert evidence.attach_bytes(document, code, "quyet-dinh.pdf", data, source="window")
        assert evidence.evidence_bytes(workspace, office.sheet_a) == {hashlib.sha256(data).hexdigest(): data}
        # …and removing its own attachment leaves the bytes the other unit still points at.
        evidence.remove(document, code, hashlib.sha256(data).hexdigest(), source="window")
    with Workspace.open(office.url("unit_b")) as workspace:
        assert list(evidence.evidence_bytes(workspace, office.sheet_b).values()) == [data]
    with office.raw("unit_a") as connection:  # and the other unit's bytes stay unreadable to it
        assert connection.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 0


@pytest.mark.parametrize(("statement", "message", "who"), [
    ("INSERT INTO score (sheet_id, criterion_id, appraisal_hundredths) VALUES (%(a)s, %(b)s, %(c)s) ON CONFLICT "
     "(sheet_id, criterion_id) DO UPDATE SET appraisal_hundredths = excluded.appraisal_hundredths",
     "permission denied for table score", "appraiser"),
    ("INSERT INTO score (sheet_id, criterion_id, self_hundredths) VALUES (1, 2, 3)",
     'new row violates row-level security policy for table "score"', "unit"),
    ("UPDATE sheet SET stage=%(stage)s WHERE sheet.id = %(id_1)s",
     "CCHC_NOT_PERMITTED: this account may not move a sheet from submitted to appraised", "stage"),
    ("UPDATE sheet SET finalized_at=%(a)s, finalized_fingerprint=%(b)s WHERE sheet.id = %(c)s",
     "permission denied for table sheet", "lock"),
    ("CREATE ROLE x LOGIN", "permission denied to create role", "server"),
    ("INSERT INTO unit (name, kind) VALUES (%(name)s, %(kind)s)", "permission denied for table unit", "admin"),
    ("INSERT INTO sheet (unit_id, framework_id, year, created_at) VALUES (1, 1, 2024, 'x')",
     "permission denied for table sheet", "admin"),
])
def test_a_refusal_by_role_names_the_account_that_may(statement, message, who):
    from cchc_desktop.store import access

    assert access.refused_for(statement, message) == who
    refusal = access.not_permitted("xa_khong_lao", statement, message)
    assert refusal.kind == "not_permitted" and refusal.params[f"for_{who}"] == "yes"
    assert "xa_khong_lao" in str(refusal) and "nothing was changed" in str(refusal)
