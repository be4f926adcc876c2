"""The objects of start-up live as long as the window: Python's garbage collector
need not walk them while the window starts, nor again and again afterwards.

Start-up makes objects by the hundred thousand (modules, classes, the coachee rows, the
ORM) and almost none of them become garbage: 344 objects in cycles at 10,000 coachees.
Left on, the collector still walked them: a full collection in the middle of building
the window (22-26 ms) and a dozen partial ones (1-3 ms each) before the first page
painted, then a full one of 60-80 ms while the store opened. So ``hold`` switches
collection off from the first moment of the window's start, and ``freeze`` (once the
practice is open and its page shown) moves everything alive to the permanent
generation (``gc.freeze``) and switches collection back on: a later full collection
walks only what came after (measured: under 1 ms). The few cycles made during start-up
stay, as do any among the frozen objects: start-up state, kept anyway. When another
practice folder is opened the old window's objects become garbage: ``thaw`` hands them
back to the collector. ``release`` switches collection back on when start-up ends
without a freeze (an error, a test).
"""

from __future__ import annotations

import gc


def hold() -> None:
    """No garbage collection until ``freeze`` (or ``release``): start-up is starting."""
    gc.disable()


def freeze() -> None:
    """Leave everything alive now out of later full collections, and collect again."""
    gc.freeze()
    gc.enable()


def release() -> None:
    """Collect again (start-up ended without ``freeze``)."""
    gc.enable()


def thaw() -> None:
    """Let the collector walk (and free) what was frozen."""
    gc.unfreeze()
