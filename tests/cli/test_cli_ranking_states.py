"""cchc ranking --json: each unit's stage in the yearly cycle and its evidence gaps (thiếu minh chứng)."""

import json

from cchc_desktop.cli import main
from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.stages import Stage
from cchc_desktop.services import Workspace, evidence, stages


def test_ranking_json_gives_each_units_stage_and_evidence_gaps(capsys, db_path, seed_path):
    with Workspace.open(db_path) as workspace:
        first = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        second = workspace.import_file(seed_path, unit="Huyện Tam Đường", year=2023).sheet_id
        # The seed has appraisal scores only: the units score themselves on five leaves, and two.
        document = workspace.open_sheet(first)
        leaves = [node.code for node in document.sheet.framework if node.is_leaf]
        scored = leaves[:5]
        for sheet_id, codes in ((first, scored), (second, leaves[:2])):
            document = workspace.open_sheet(sheet_id)
            for code in codes:
                document.set_score(code, Column.SELF, document.sheet.entry(code, Column.APPRAISAL), source="test")
        document = workspace.open_sheet(first)
        evidence.attach_bytes(document, scored[0], "ke-hoach.pdf", b"%PDF-1.4 a", source="test")
        evidence.attach_bytes(document, scored[1], "bao-cao.pdf", b"%PDF-1.4 b", source="test")
        for stage in (Stage.SUBMITTED, Stage.APPRAISED):
            stages.advance(workspace, first, stage, source="test")
        document = workspace.open_sheet(first)
        document.set_explanation(scored[2], "Đã bổ sung văn bản số 12/UBND.", source="test")
        expected = {first: len(evidence.missing_evidence(workspace.open_sheet(first))),
                    second: len(evidence.missing_evidence(workspace.open_sheet(second)))}
    assert expected == {first: 2, second: 2}

    assert main(["--db", str(db_path), "ranking", "--year", "2023", "--json"]) == 0
    rows = {row["sheet"]: row for row in json.loads(capsys.readouterr().out)}
    assert (rows[first]["stage"], rows[first]["evidence_gaps"]) == ("appraised", expected[first])
    assert (rows[second]["stage"], rows[second]["evidence_gaps"]) == ("open", expected[second])
