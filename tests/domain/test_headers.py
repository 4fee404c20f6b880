"""Document headers: the body above a unit over the unit as it issues documents, and the place they are dated at."""

from cchc_desktop.domain.headers import appraising_office, header_lines, issuing_name, place_of


def test_a_territory_issues_as_its_committee_and_a_department_under_its_own_name():
    assert issuing_name("Xã Khổng Lào") == "UBND xã Khổng Lào"
    assert issuing_name("Sở Nội vụ") == "Sở Nội vụ"
    assert header_lines("Sở Nội vụ", "UBND tỉnh Lai Châu") == ("UBND tỉnh Lai Châu", "Sở Nội vụ")
    assert header_lines("Xã Khổng Lào", "UBND tỉnh Lai Châu") == ("UBND tỉnh Lai Châu", "UBND xã Khổng Lào")


def test_without_a_body_above_there_is_no_header_to_build():
    assert header_lines("Huyện Phong Thổ", None) is None
    assert header_lines("Huyện Phong Thổ", "  ") is None


def test_the_place_is_the_territorys_name():
    assert place_of("Huyện Phong Thổ") == "Phong Thổ"
    assert place_of("UBND tỉnh Lai Châu") == "Lai Châu"
    assert place_of("Ủy ban nhân dân tỉnh Lâm Đồng") == "Lâm Đồng"
    assert place_of("Sở Nội vụ") == "Sở Nội vụ"


def test_a_province_ranks_through_its_so_noi_vu_and_a_district_through_its_phong_noi_vu():
    assert appraising_office("UBND tỉnh Lai Châu") == ("UBND tỉnh Lai Châu", "Sở Nội vụ")
    assert appraising_office("UBND huyện Phong Thổ") == ("UBND huyện Phong Thổ", "Phòng Nội vụ")
    assert appraising_office("Ủy ban nhân dân thị xã Sìn Hồ") == ("Ủy ban nhân dân thị xã Sìn Hồ", "Phòng Nội vụ")
