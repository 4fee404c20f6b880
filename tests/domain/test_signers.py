"""Signer role lines written on one line, as the print dialog and `cchc signers` take them."""

from cchc_desktop.domain.signers import parse_roles


def test_roles_are_split_at_slashes_and_blank_parts_dropped():
    assert parse_roles("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert parse_roles(" Người lập biểu ") == ("Người lập biểu",)
    assert parse_roles(" / ") == ()
