"""Evidence files per criterion: attach once by SHA-256, the limit, listing, getting back, removing, the audit."""

from __future__ import annotations

import hashlib

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage, StageError
from cchc_desktop.services import evidence, safety, sealing, stages
from cchc_desktop.services.errors import PrintError, SheetLockedError
from cchc_desktop.store import evidence as stored


@pytest.fixture
def workspace(workspace_on_each_engine):
    """This module runs on SQLite and on PostgreSQL (skipped without --postgres)."""
    return workspace_on_each_engine


SCAN = b"%PDF-1.4 bien ban kiem tra " * 1000


def _file(tmp_path, name, data=SCAN):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _blobs(workspace) -> int:
    with workspace.engine.connect() as connection:
        return stored.blob_count(connection)


def test_the_same_file_attached_twice_is_stored_once_and_comes_back_byte_for_byte(seed_sheet, workspace, tmp_path):
    one = evidence.attach(seed_sheet, "1.1", _file(tmp_path, "Kế hoạch CCHC.pdf"))
    again = evidence.attach(seed_sheet, "1.2", _file(tmp_path, "ban sao.pdf"))  # same bytes, another name
    assert one.sha256 == again.sha256 == hashlib.sha256(SCAN).hexdigest()
    assert _blobs(workspace) == 1
    listed = [a.as_dict() for a in evidence.attachments(workspace, seed_sheet.id)]
    assert listed == [{"criterion": "1.1", "name": "Kế hoạch CCHC.pdf", "sha256": one.sha256, "size": len(SCAN)},
                      {"criterion": "1.2", "name": "ban sao.pdf", "sha256": one.sha256, "size": len(SCAN)}]
    out = tmp_path / "out" / "copy.pdf"
    assert evidence.save(workspace, seed_sheet.id, one.sha256, out) == len(SCAN)
    assert out.read_bytes() == SCAN


def test_removing_keeps_the_bytes_while_another_criterion_has_them_and_logs_each_change(seed_sheet, workspace,
                                                                                         tmp_path):
    digest = evidence.attach(seed_sheet, "1.1", _file(tmp_path, "a.pdf")).sha256
    evidence.attach(seed_sheet, "1.2", _file(tmp_path, "b.pdf"))
    assert evidence.remove(seed_sheet, "1.1", digest) == "a.pdf"
    assert _blobs(workspace) == 1
    evidence.remove(seed_sheet, "1.2", digest)
    assert _blobs(workspace) == 0
    with pytest.raises(CchcError, match="has no evidence file") as refused:
        evidence.remove(seed_sheet, "1.2", digest)
    assert refused.value.kind == "evidence_not_attached"
    log = [(e.code, e.field, e.old, e.new) for e in safety.history(workspace, seed_sheet.id)
           if e.field == "evidence"]
    label = f"(SHA-256 {digest[:12]})"
    assert sorted(log, key=repr) == sorted([
        ("1.1", "evidence", None, f"a.pdf {label}"), ("1.2", "evidence", None, f"b.pdf {label}"),
        ("1.1", "evidence", f"a.pdf {label}", None), ("1.2", "evidence", f"b.pdf {label}", None)], key=repr)


def test_a_file_over_the_limit_a_folder_and_a_missing_file_are_refused_in_plain_words(seed_sheet, workspace,
                                                                                       tmp_path):
    big = tmp_path / "scan.tif"
    with big.open("wb") as stream:  # sparse: 50 MB and one byte, never read whole
        stream.truncate(evidence.MAX_BYTES + 1)
    with pytest.raises(CchcError, match=r"scan.tif is 50.0 MB; an evidence file may be at most 50.0 MB") as refused:
        evidence.attach(seed_sheet, "1.1", big)
    assert refused.value.kind == "evidence_too_large"
    with pytest.raises(CchcError, match="is a folder") as refused:
        evidence.attach(seed_sheet, "1.1", tmp_path)
    assert refused.value.kind == "evidence_folder"
    with pytest.raises(CchcError, match="cannot be read") as refused:
        evidence.attach(seed_sheet, "1.1", tmp_path / "missing.pdf")
    assert refused.value.kind == "evidence_unreadable"
    assert evidence.attachments(workspace, seed_sheet.id) == [] and _blobs(workspace) == 0


def test_a_finalized_sheet_refuses_evidence_and_so_does_the_database(seed_sheet, workspace, tmp_path):
    digest = evidence.attach(seed_sheet, "1.1", _file(tmp_path, "a.pdf")).sha256
    sealing.finalize(workspace, seed_sheet.id)
    locked = workspace.open_sheet(seed_sheet.id)
    with pytest.raises(SheetLockedError):
        evidence.attach(locked, "1.2", _file(tmp_path, "b.pdf", b"other"))
    with pytest.raises(SheetLockedError):
        evidence.remove(locked, "1.1", digest)
    # Past the service, the trigger refuses as for scores.
    with pytest.raises(SheetLockedError):
        with workspace.write(seed_sheet.id, "test") as work:
            stored.remove(work.connection, seed_sheet.id, seed_sheet.criterion_id("1.1"), digest)
    assert [a.sha256 for a in evidence.attachments(workspace, seed_sheet.id)] == [digest]


def test_evidence_opens_while_drafting_and_explaining_only(seed_sheet, workspace, tmp_path):
    stages.advance(workspace, seed_sheet.id, Stage.SUBMITTED)
    with pytest.raises(StageError, match="evidence files cannot be changed"):
        evidence.attach(workspace.open_sheet(seed_sheet.id), "1.1", _file(tmp_path, "a.pdf"))
    stages.advance(workspace, seed_sheet.id, Stage.APPRAISED)
    evidence.attach(workspace.open_sheet(seed_sheet.id), "1.1", _file(tmp_path, "a.pdf"))


def test_a_self_scored_leaf_without_evidence_or_explanation_is_missing_evidence(workspace, tmp_path):
    framework_id = workspace.frameworks()[0].id
    document = workspace.open_sheet(workspace.create_sheet(unit="Xã Mường Tè", year=2024,
                                                           framework_id=framework_id))
    leaves = [node.code for node in document.sheet.framework if node.is_leaf][:3]
    for code in leaves:
        document.set_score(code, Column.SELF, "0")
    assert evidence.missing_evidence(document) == leaves
    evidence.attach(document, leaves[0], _file(tmp_path, "a.pdf"))
    stages.advance(workspace, document.id, Stage.SUBMITTED)
    stages.advance(workspace, document.id, Stage.APPRAISED)
    document = workspace.open_sheet(document.id)
    document.set_explanation(leaves[1], "Văn bản đang trình ký")
    assert evidence.missing_evidence(document) == [leaves[2]]


def test_getting_a_file_never_overwrites_the_database(seed_sheet, workspace, tmp_path):
    if workspace.on_server:
        pytest.skip("a database on a server is no file that a saved copy could overwrite")
    digest = evidence.attach(seed_sheet, "1.1", _file(tmp_path, "a.pdf")).sha256
    before = workspace.path.read_bytes()
    with pytest.raises(PrintError):
        evidence.save(workspace, seed_sheet.id, digest, workspace.path, force=True)
    assert workspace.path.read_bytes() == before


def test_deleting_a_sheet_drops_the_bytes_only_it_referred_to(seed_sheet, workspace, tmp_path):
    framework_id = seed_sheet.info.framework_id
    other = workspace.open_sheet(workspace.create_sheet(unit="Xã Mù Cả", year=2024, framework_id=framework_id))
    evidence.attach(seed_sheet, "1.1", _file(tmp_path, "shared.pdf"))
    evidence.attach(other, "1.1", _file(tmp_path, "shared.pdf"))
    evidence.attach(seed_sheet, "1.2", _file(tmp_path, "own.pdf", b"only the seed sheet has this"))
    assert _blobs(workspace) == 2
    workspace.delete_sheet(seed_sheet.id)
    assert _blobs(workspace) == 1
    assert evidence.content(workspace, other.id, hashlib.sha256(SCAN).hexdigest()) == SCAN
