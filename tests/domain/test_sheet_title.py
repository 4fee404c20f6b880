"""The unit and year a table's title line names, as import pre-fills them (no Qt, no database)."""

from cchc_desktop.domain.sheet_title import TitleUnit, read_title, unit_key
from cchc_desktop.domain.tables import decode_text, text_rows


def test_the_seed_title_names_phong_tho_2023(seed_path):
    rows = text_rows(decode_text(seed_path.read_bytes()))
    assert read_title(rows) == TitleUnit("Huyện Phong Thổ", 2023, "district")


def test_two_word_unit_kinds_and_communes():
    assert read_title([(1, ["BẢNG ĐIỂM THỊ XÃ  SA PA năm 2024"]), (2, ["STT", "Tiêu chí"])]) == \
        TitleUnit("Thị xã Sa Pa", 2024, "district")
    assert read_title([(1, ["Kết quả", "", "XÃ BẢN LANG NĂM 2022"]), (2, ["STT"])]) == \
        TitleUnit("Xã Bản Lang", 2022, "commune")


def test_no_title_or_a_title_below_the_header_names_nothing():
    assert read_title([(1, ["STT", "Tiêu chí"]), (2, ["Huyện A năm 2024"])]) is None
    assert read_title([(1, ["BẢNG ĐIỂM CHỈ SỐ CCHC"]), (2, ["STT"])]) is None


def test_unit_names_compare_without_case_spacing_or_composition():
    decomposed = "Huye\u0302\u0323n Phong Tho\u0302\u0309"
    assert unit_key(" huyện   PHONG thổ ") == unit_key("Huyện Phong Thổ") == unit_key(decomposed)
    assert unit_key("Huyện Phong Thổ") != unit_key("Huyện Tam Đường")
