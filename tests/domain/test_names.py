"""Unit names: invisible and direction-override characters cannot make a look-alike of another name."""

from __future__ import annotations

import unicodedata

import pytest

from cchc_desktop.domain.names import MAX_ID, clean_name, valid_id


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b",
                                    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"])
def test_invisible_characters_do_not_make_a_second_name(hidden):
    assert clean_name(f"Huyện Phong{hidden} Thổ{hidden}") == "Huyện Phong Thổ"
    assert clean_name(f"{hidden}Huyện Phong Thổ") == "Huyện Phong Thổ"


def test_decomposed_letters_are_the_same_name():
    decomposed = unicodedata.normalize("NFD", "Huyện Phong Thổ")
    assert decomposed != "Huyện Phong Thổ"
    assert clean_name(decomposed) == "Huyện Phong Thổ"


def test_white_space_is_folded():
    assert clean_name("  Huyện \t Phong\nThổ ") == "Huyện Phong Thổ"


def test_ids_are_what_sqlite_can_hold():
    assert valid_id(1) and valid_id(MAX_ID)
    assert not valid_id(0) and not valid_id(-1) and not valid_id(10**23) and not valid_id(MAX_ID + 1)
