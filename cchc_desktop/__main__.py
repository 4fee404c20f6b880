"""`python -m cchc_desktop`: the same as the cchc-desktop command."""

import sys

from .app import main

sys.exit(main())
