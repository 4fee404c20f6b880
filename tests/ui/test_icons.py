"""The application icon (PNG and the multi-size ICO the Windows build uses) and the cell-state icons."""

from __future__ import annotations

from PIL import Image

from cchc_desktop.paths import resource_path
from cchc_desktop.ui.icons import application_icon, state_icon


def test_the_windows_icon_has_the_sizes_explorer_and_the_taskbar_ask_for():
    with Image.open(resource_path("icons", "app.ico")) as ico:
        sizes = set(ico.info["sizes"])
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_application_icon_loads(qapp):
    assert not application_icon().isNull()


def test_each_cell_state_has_its_own_icon(qapp):
    images = {state: state_icon(state).pixmap(32, 32).toImage() for state in ("unscored", "over", "lower", "higher")}
    assert all(not image.isNull() for image in images.values())
    states = list(images)
    for i, a in enumerate(states):
        for b in states[i + 1:]:
            assert images[a] != images[b], f"{a} and {b} look the same"
