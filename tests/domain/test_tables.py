"""Importing score tables as the district receives them: the seed sheet, its variants and its broken copies."""

import unicodedata
from decimal import Decimal

import pytest

from cchc_desktop.domain.scoring import Column
from cchc_desktop.domain.tables import ImportRefused, decode_text, read_table, text_rows

D = Decimal


def read(text):
    return read_table(text_rows(text))


def seed_rows(seed_text):
    """The seed's criterion rows as (code, title, maximum, appraisal) text, straight from the file."""
    rows = []
    for line in seed_text.splitlines():
        cells = line.split("\t")
        if len(cells) == 4 and cells[0][:1].isdigit():
            rows.append(cells)
    return rows


def test_seed_gives_114_rows_87_leaves_and_its_own_subtotals(seed_text):
    table = read(seed_text)
    framework, sheet = table.framework, table.sheet
    assert len(framework) == 114
    assert len(framework.leaves()) == 87
    assert [sum(1 for n in framework if n.level == level) for level in (1, 2, 3)] == [8, 44, 62]
    assert table.columns == (Column.APPRAISAL,)
    rows = seed_rows(seed_text)
    assert len(rows) == 114
    for code, title, maximum, appraisal in rows:
        node = framework.get(code)
        assert node.title == " ".join(title.split())
        assert node.maximum == D(maximum.replace(",", "."))
        # every figure of the file — leaf or subtotal — equals what the program computes
        assert sheet.score(code, Column.APPRAISAL) == D(appraisal.replace(",", "."))
    assert sheet.total(Column.APPRAISAL) == D("79.24")
    assert framework.maximum == D("100.00")
    assert table.warnings == []


def test_crlf_and_nfd_text_import_the_same_and_are_stored_nfc(seed_text):
    variant = unicodedata.normalize("NFD", seed_text).replace("\n", "\r\n")
    table = read(variant)
    assert table.sheet.total(Column.APPRAISAL) == D("79.24")
    title = table.framework.get("1").title
    assert title == unicodedata.normalize("NFC", title) == "Công tác chỉ đạo, điều hành CCHC"


def test_utf8_bom_and_utf16_excel_text_are_read(seed_text):
    assert read(decode_text(b"\xef\xbb\xbf" + seed_text.encode())).sheet.total(Column.APPRAISAL) == D("79.24")
    assert read(decode_text(seed_text.encode("utf-16"))).sheet.total(Column.APPRAISAL) == D("79.24")


def test_a_self_assessment_header_fills_the_self_column(seed_text):
    text = seed_text.replace("ĐIỂM THẨM ĐỊNH", "ĐIỂM TỰ ĐÁNH GIÁ")
    table = read(text)
    assert table.columns == (Column.SELF,)
    assert table.sheet.total(Column.SELF) == D("79.24")
    assert table.sheet.totals(None, Column.APPRAISAL).scored == 0


def test_both_score_columns_and_notes():
    text = ("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM TỰ ĐÁNH GIÁ\tĐIỂM THẨM ĐỊNH\tGHI CHÚ\n"
            "1\tLĩnh vực\t2,00\t2\t1,5\t\n"
            "1.1\tMột\t1,00\t1\t0,5\tThiếu  minh chứng\n"
            "1.2\tHai\t1,00\t1\t1\t\n")
    table = read(text)
    assert table.columns == (Column.SELF, Column.APPRAISAL)
    assert table.sheet.total(Column.SELF) == D("2") and table.sheet.total(Column.APPRAISAL) == D("1.5")
    assert table.sheet.note("1.1") == "Thiếu minh chứng"
    assert table.warnings == []


def test_wrong_subtotals_import_with_a_warning_naming_code_and_figures(seed_text):
    text = seed_text.replace("\t3,50\t2,50\n", "\t3,50\t2,40\n", 1)  # row 1.2's appraisal
    text = text.replace("<b>79,24</b>", "<b>79,27</b>")
    table = read(text)
    assert table.sheet.total(Column.APPRAISAL) == D("79.24")  # leaves are the truth
    messages = [w.message for w in table.warnings]
    assert len(messages) == 2
    assert "1.2" in messages[0] and "2,40" in messages[0] and "2,50" in messages[0]
    assert "total" in messages[1] and "79,27" in messages[1] and "79,24" in messages[1]


@pytest.mark.parametrize(
    ("old", "new", "kind", "fragment"),
    [("\t0,50\t0\n", "\t0,50\t0,75\n", "over_maximum", "1.2.1"),  # first leaf with 0 appraisal
     ("\t0,50\t0\n", "\t0,50\tkhông\n", "not_a_number", "1.2.1"),
     ("\t0,50\t0\n", "\t0,50\t-0,5\n", "negative", "1.2.1"),
     ("\t0,50\t0\n", "\t0,50\t0,125\n", "too_many_decimals", "1.2.1"),
     ("1.2.2\tBáo cáo", "1.2.1\tBáo cáo", "duplicate_code", "1.2.1"),
     ("1.3.1\tTỷ lệ", "1.9.1\tTỷ lệ", "missing_parent", "1.9.1"),
     ("1.3.1\tTỷ lệ", "1.a\tTỷ lệ", "bad_code", "1.a")],
)
def test_bad_rows_refuse_the_whole_file_naming_line_and_code(seed_text, old, new, kind, fragment):
    assert old in seed_text
    text = seed_text.replace(old, new, 1)
    with pytest.raises(ImportRefused) as caught:
        read(text)
    assert caught.value.kind == kind
    message = str(caught.value)
    assert message.startswith("line ") and fragment in message
    line = int(message.split()[1].rstrip(":,"))
    assert fragment in text.splitlines()[line - 1]


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"", "empty_file"), (b"  \n\n", "empty_file"), (b"\x00\x01\x02PNG\x00", "binary_file"),
     ("STT\tTIÊU CHÍ\tDIEM CHUAN\tDIEM THAM DINH\n1\tĐào tao\t1,00\t1\n".encode("cp1258"), "bad_encoding"),
     (b"just a letter\n", "no_table"), ("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH\n".encode(), "no_rows")],
)
def test_files_that_are_not_score_tables_are_refused(data, kind):
    with pytest.raises(ImportRefused) as caught:
        read_table(text_rows(decode_text(data, name="bang-diem.txt")), source="bang-diem.txt")
    assert caught.value.kind == kind


def test_a_header_without_a_score_column_is_refused():
    with pytest.raises(ImportRefused, match="score column"):
        read("STT\tTIÊU CHÍ\tĐIỂM CHUẨN\n1\tx\t1\n")


# --- Hostile text: sizes and invisible characters (issue 17, item 10) ------------------------------------------

HEADER = "STT\tTIÊU CHÍ\tĐIỂM CHUẨN\tĐIỂM THẨM ĐỊNH\tGHI CHÚ"


def small_table(title="Kế hoạch", note="", code="1.1"):
    return "\n".join([HEADER, "1\tCông tác chỉ đạo\t2\t", f"{code}\t{title}\t2\t1\t{note}"])


def test_a_ten_megabyte_title_is_refused_naming_line_code_and_limit():
    huge = "Kế hoạch " * 1_200_000
    with pytest.raises(ImportRefused) as caught:
        read(small_table(title=huge))
    assert caught.value.kind == "line_too_long"
    assert "line 3, code 1.1" in str(caught.value) and "at most 20,000" in str(caught.value)
    # A workbook cell has no line to be too long: the cell itself is.
    rows = [(1, HEADER.split("\t")), (2, ["1", "Công tác chỉ đạo", "2", ""]), (3, ["1.1", huge, "2", "1"])]
    with pytest.raises(ImportRefused) as caught:
        read_table(rows)
    assert caught.value.kind == "cell_too_long"
    assert "line 3, code 1.1" in str(caught.value) and "at most 10,000" in str(caught.value)


def test_a_title_over_two_thousand_characters_is_refused_but_two_thousand_pass():
    assert read(small_table(title="a" * 2_000)).framework.get("1.1").title == "a" * 2_000
    with pytest.raises(ImportRefused) as caught:
        read(small_table(title="a" * 2_001))
    assert caught.value.kind == "title_too_long"
    assert "line 3, code 1.1" in str(caught.value) and "2,001 characters" in str(caught.value)


def test_zero_width_characters_are_removed_so_look_alike_titles_and_codes_are_equal():
    table = read(small_table(title="Kế\u200b hoạch\ufeff\u200e", code="1.1\u200d"))
    assert table.framework.get("1.1").title == "Kế hoạch"


@pytest.mark.parametrize("override", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_a_direction_override_in_a_title_or_note_is_refused(override):
    for kwargs in ({"title": f"Kế hoạch {override}00,1"}, {"note": f"đạt {override}cao"}):
        with pytest.raises(ImportRefused) as caught:
            read(small_table(**kwargs))
        assert caught.value.kind == "direction_override"
        assert "line 3, code 1.1" in str(caught.value)


def test_a_text_file_with_too_many_lines_long_lines_or_many_columns_is_refused():
    many = "\n".join([HEADER, "1\tCông tác chỉ đạo\t20000\t"] + [f"1.{n}\tT\t1\t1" for n in range(1, 10_001)])
    with pytest.raises(ImportRefused) as caught:
        text_rows(many)
    assert caught.value.kind == "too_large" and "10,000 lines" in str(caught.value)
    with pytest.raises(ImportRefused) as caught:
        text_rows(small_table(note="x" * 25_000))
    assert caught.value.kind == "line_too_long" and "line 3" in str(caught.value)
    with pytest.raises(ImportRefused) as caught:
        read(small_table(note="\t" * 80 + "1"))
    assert caught.value.kind == "too_many_columns" and "line 3" in str(caught.value)


def test_a_file_of_line_breaks_is_refused_before_it_is_split():
    for breaks in ("\n", "\r\n", "\x0c", "\u2028"):
        with pytest.raises(ImportRefused) as caught:
            text_rows(HEADER + breaks * 150_000)
        assert caught.value.kind == "too_large" and "150,000 lines" in str(caught.value)
    assert len(text_rows(HEADER + "\r\n" * 90_000)) == 90_000
