"""The PySide6 window: the only package that imports Qt."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11, whose void methods return None without a reference.

    Every call such as ``label.setText(...)`` then takes one reference from None; after a few
    million calls (an afternoon of typing, or a test run) CPython 3.11 aborts with "deallocating
    None". A similar path was seen to abort on True/False at exit. From 3.12 these are immortal
    (PEP 683) and nothing is needed; 2**40 extra references once make them as good as immortal here.
    """
    if sys.version_info >= (3, 12) or getattr(sys, "_cchc_none_kept_alive", False):
        return
    import ctypes

    # ob_refcnt is the first field of every object in CPython's (non-debug) builds.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._cchc_none_kept_alive = True


_keep_none_alive()
