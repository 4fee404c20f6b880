"""Vietnamese letters without their marks: the rule shared by header matching, search and backup names."""

import unicodedata

from cchc_desktop.domain.letters import strip_marks


def test_every_vietnamese_vowel_and_d_lose_their_marks_and_keep_their_case():
    assert strip_marks("Điểm thẩm định") == "Diem tham dinh"
    assert strip_marks("ĐỒNG Ý, ưu tiên") == "DONG Y, uu tien"
    assert strip_marks("ăâêôơư ĂÂÊÔƠƯ") == "aaeoou AAEOOU"


def test_decomposed_text_gives_the_same_letters():
    text = "Cải cách hành chính"
    assert strip_marks(unicodedata.normalize("NFD", text)) == strip_marks(text) == "Cai cach hanh chinh"
