"""The frozen program's entry point (packaging/coachdesk.spec): the same main as
``python -m coachdesk`` and the ``coachdesk`` command."""

from __future__ import annotations

import sys

from coachdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
