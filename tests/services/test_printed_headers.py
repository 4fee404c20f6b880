"""Printed headers take the body above the unit from the units list, as official documents are headed."""

from __future__ import annotations

import io

from cchc_desktop.services import printing, ranking, units


def first_lines(data: bytes, count: int = 6) -> list[str]:
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()][:count]


def test_a_unit_with_a_body_above_it_prints_that_body_over_its_own_name(workspace, seed_path):
    units.add_unit(workspace, "Sở Nội vụ", level="province", parent="UBND tỉnh Lai Châu")
    sheet_id = workspace.import_file(seed_path, unit="Sở Nội vụ", year=2025).sheet_id
    profile = printing.load_profile(workspace, "Sở Nội vụ", 2025)
    assert profile.issuer_lines == ("UBND tỉnh Lai Châu", "Sở Nội vụ") and profile.place == "Lai Châu"
    text = " ".join(first_lines(printing.render_pdf(workspace.open_sheet(sheet_id))))
    assert "UBND TỈNH LAI CHÂU" in text and "SỞ NỘI VỤ" in text
    assert text.index("UBND TỈNH LAI CHÂU") < text.index("SỞ NỘI VỤ")
    assert "Lai Châu, ngày" in " ".join(first_lines(printing.render_pdf(workspace.open_sheet(sheet_id)), 12))


def test_a_unit_without_one_keeps_the_usual_header(workspace, seed_path):
    sheet_id = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    assert printing.load_profile(workspace, "Huyện Phong Thổ", 2023).issuer_lines == (
        "UBND huyện Phong Thổ", "Phòng Nội vụ")
    text = " ".join(first_lines(printing.render_pdf(workspace.open_sheet(sheet_id))))
    assert "UBND HUYỆN PHONG THỔ" in text and "PHÒNG NỘI VỤ" in text


def test_the_printed_ranking_is_headed_by_the_body_above_the_units_ranked(workspace, seed_path, tmp_path):
    for name in ("Xã Khổng Lào", "Xã Bản Lang"):
        units.add_unit(workspace, name, level="commune", parent="UBND tỉnh Lai Châu")
        workspace.import_file(seed_path, unit=name, year=2025)
    target = tmp_path / "xep-hang.pdf"
    ranking.export_ranking(workspace, 2025, target)
    text = " ".join(first_lines(target.read_bytes(), 12))
    assert text.index("UBND TỈNH LAI CHÂU") < text.index("SỞ NỘI VỤ") and "Lai Châu, ngày" in text
    # An issuer given on the command line still wins.
    ranking.export_ranking(workspace, 2025, target, force=True,
                           office=ranking.RankingPrint(issuer_lines=("UBND huyện Phong Thổ", "Phòng Nội vụ")))
    assert "UBND HUYỆN PHONG THỔ" in " ".join(first_lines(target.read_bytes()))


def test_units_under_different_bodies_keep_the_usual_ranking_header(workspace, seed_path, tmp_path):
    units.add_unit(workspace, "Xã Khổng Lào", level="commune", parent="UBND tỉnh Lai Châu")
    units.add_unit(workspace, "Xã Đạ Huoai", level="commune", parent="UBND tỉnh Lâm Đồng")
    for name in ("Xã Khổng Lào", "Xã Đạ Huoai"):
        workspace.import_file(seed_path, unit=name, year=2025)
    assert ranking.issuer_of(workspace, ranking.rank_year(workspace, 2025)) == (ranking.DEFAULT_ISSUER, "")


def test_a_profile_saved_before_the_body_above_was_recorded_takes_its_header_unless_typed(workspace, seed_path):
    sheet_id = workspace.import_file(seed_path, unit="Sở Nội vụ", year=2025).sheet_id
    saved = printing.load_profile(workspace, "Sở Nội vụ", 2025)
    assert saved.issuer_lines == ("UBND sở Nội vụ", "Phòng Nội vụ")  # no body above it known yet
    printing.save_profile(workspace, "Sở Nội vụ", saved._replace(signers=(printing.Signer(("GIÁM ĐỐC",), "Lò Văn A"),)))
    unit = units.find_unit(workspace, "Sở Nội vụ")
    units.edit_unit(workspace, unit.id, name=unit.name, level="province", parent="UBND tỉnh Lai Châu")
    profile = printing.load_profile(workspace, "Sở Nội vụ", 2025)
    assert profile.issuer_lines == ("UBND tỉnh Lai Châu", "Sở Nội vụ") and profile.place == "Lai Châu"
    assert profile.signers == (printing.Signer(("GIÁM ĐỐC",), "Lò Văn A"),)  # the rest as saved
    text = " ".join(first_lines(printing.render_pdf(workspace.open_sheet(sheet_id))))
    assert text.index("UBND TỈNH LAI CHÂU") < text.index("SỞ NỘI VỤ")
    # A header typed by hand is the unit's choice: it stays.
    typed = profile._replace(issuer_lines=("UBND tỉnh Lai Châu", "Sở Nội vụ", "Phòng Cải cách hành chính"))
    printing.save_profile(workspace, "Sở Nội vụ", typed)
    assert printing.load_profile(workspace, "Sở Nội vụ", 2025).issuer_lines == typed.issuer_lines
