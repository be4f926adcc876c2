"""``python -m coachdesk`` and the ``coachdesk`` command."""

from __future__ import annotations

import argparse
import sys


def _gui(args: argparse.Namespace) -> int:
    try:
        from coachdesk.ui.app import run_gui
    except ImportError:
        from coachdesk.cli import build_parser

        build_parser().print_help()
        return 0
    return run_gui(getattr(args, "data_dir", None))


def main(argv: list[str] | None = None) -> int:
    from coachdesk.cli import run

    code = run(argv, gui=_gui)
    if argv is None:  # a process of its own (not a test calling main), about to exit:
        import gc

        # Python's last full garbage collection walks every object (the ORM's
        # thousands): 0.3 s of a CLI run. Frozen objects are left to the exit itself.
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
