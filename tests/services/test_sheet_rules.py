"""One sheet per unit and year, import reading the file's title, the demo marked as one, no database by mistake."""

from decimal import Decimal as D

import pytest

from cchc_desktop.domain.errors import CchcError
from cchc_desktop.domain.scoring import Column
from cchc_desktop.services import DEMO_UNIT, DatabaseMissingError, SheetExistsError, Workspace


def test_a_second_sheet_for_the_same_unit_and_year_is_refused(workspace, seed_path):
    first = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    framework_id = workspace.sheet_info(first).framework_id
    for spelling in ("Huyện Phong Thổ", " huyện  PHONG thổ ", "Huye\u0302\u0323n Phong Tho\u0302\u0309"):
        with pytest.raises(SheetExistsError) as refused:
            workspace.create_sheet(unit=spelling, year=2023, framework_id=framework_id)
        assert refused.value.params["sheet_id"] == first and refused.value.params["year"] == 2023
        assert refused.value.params["unit"] == "Huyện Phong Thổ"
    with pytest.raises(SheetExistsError):
        workspace.import_file(seed_path, unit="HUYỆN PHONG THỔ", year=2023)
    assert len(workspace.sheets()) == 1
    # Another year of the same unit is its own sheet, on the same unit row, whatever the spelling.
    second = workspace.create_sheet(unit="huyện phong thổ", year=2024, framework_id=framework_id)
    assert workspace.sheet_info(second).unit == "Huyện Phong Thổ"


def test_the_file_title_gives_unit_and_year(seed_path):
    preview = Workspace.preview_file(seed_path)
    assert (preview.title.unit, preview.title.year, preview.title.level) == ("Huyện Phong Thổ", 2023, "district")
    assert preview.table.sheet.total(Column.APPRAISAL) == D("79.24")


def test_a_framework_made_by_an_import_is_named_after_level_and_year(workspace, seed_path, tmp_path):
    changed = tmp_path / "bang-diem-cua-toi.txt"
    changed.write_text(seed_path.read_text(encoding="utf-8").replace("Công tác chỉ đạo", "Chỉ đạo", 1),
                       encoding="utf-8")
    outcome = workspace.import_file(changed, unit="Huyện Tam Đường", year=2024)
    assert outcome.new_framework
    names = {f.id: f.name for f in workspace.frameworks()}
    assert names[outcome.framework_id] == "Bộ tiêu chí cấp huyện năm 2024"
    again = workspace.import_file(changed, unit="Huyện Tam Đường", year=2023)  # 2023 has the built-in one
    assert {f.id: f.name for f in workspace.frameworks()}[again.framework_id] == "Bộ tiêu chí cấp huyện năm 2023 (bản 2)"
    assert not any("bang-diem" in f.name for f in workspace.frameworks())


def test_the_demo_sheet_says_it_is_an_example(db_path, seed_path):
    with Workspace.open(db_path, demo=True) as workspace:
        [demo] = workspace.sheets()
        assert "(mẫu)" in demo.unit and demo.unit == DEMO_UNIT
        assert workspace.demo_sheet_id() == demo.id and workspace.created
        # The real Phong Thổ can still have its own 2023 sheet beside the demo.
        real = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
        assert real != demo.id
    with Workspace.open(db_path) as reopened:
        assert not reopened.created


def test_a_missing_database_is_not_created_unless_asked(tmp_path):
    missing = tmp_path / "typo" / "cchc.db"
    with pytest.raises(DatabaseMissingError) as refused:
        Workspace.open(missing, create=False)
    assert isinstance(refused.value, CchcError) and refused.value.params["path"] == str(missing)
    assert not missing.exists() and not missing.parent.exists()


def test_the_printed_demo_says_it_is_an_example(db_path):
    import io

    from pypdf import PdfReader

    from cchc_desktop.services import printing

    with Workspace.open(db_path, demo=True) as workspace:
        data = printing.render_pdf(workspace.open_sheet(workspace.demo_sheet_id()))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)
    assert "PHONG THỔ (MẪU) NĂM 2023" in text


def test_renaming_cannot_make_two_spellings_of_one_unit(workspace, seed_path):
    phong_tho = workspace.import_file(seed_path, unit="Huyện Phong Thổ", year=2023).sheet_id
    sin_ho = workspace.import_file(seed_path, unit="Huyện Sìn Hồ", year=2023).sheet_id
    with pytest.raises(CchcError) as refused:
        workspace.rename_unit(sin_ho, "huyện  phong THỔ")
    assert refused.value.kind == "unit_exists"
    workspace.rename_unit(phong_tho, "HUYỆN PHONG THỔ")  # its own name, written differently, is fine
    assert workspace.sheet_info(phong_tho).unit == "HUYỆN PHONG THỔ"
