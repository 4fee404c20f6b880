"""Frozen entry point of CCHC Desktop (PyInstaller runs this file).

``--self-test`` goes straight to cchc_desktop.selftest so the packaged self-test does
not depend on the GUI start-up path; everything else is the app's own main().
"""

import sys


def _main() -> int:
    if "--self-test" in sys.argv[1:]:
        from cchc_desktop.selftest import run

        return run(sys.argv)
    from cchc_desktop.app import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
