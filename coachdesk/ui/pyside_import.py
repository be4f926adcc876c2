"""PySide6 without its ``__feature__`` import hook.

Importing PySide6 replaces ``builtins.__import__`` with shiboken's ``__feature_import__``
so that ``from __feature__ import snake_case, true_property`` can switch a module's Qt
API. To know which modules use PySide6, the hook then reads the source of every module
imported after it (``inspect.getsource``) and keeps it in ``linecache``: at start-up that
is the ORM's 300-odd modules, 23 MB of source text held for nothing and about a sixth of
the time the store takes to open (measured: 460-710 ms with the hook, 450-555 without).

CoachDesk selects no ``__feature__``, so the window puts Python's own import back once
PySide6 is loaded (shiboken keeps it as ``builtins.__orig_import__``); every module then
keeps PySide6's default API, which is what the hook's absence means to shiboken.
"""

from __future__ import annotations

import builtins


def without_feature_hook() -> bool:
    """Import PySide6 and put Python's own ``__import__`` back; True when it was replaced."""
    import PySide6  # noqa: F401 - (installs the hook)

    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    if original is None or hook is None or builtins.__import__ is not hook:
        return False  # (PyPy, or another version of PySide6: left as it is)
    builtins.__import__ = original
    return True
