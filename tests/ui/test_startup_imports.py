"""The window module must not pull in the ORM: the list paints before SQLAlchemy loads."""

from __future__ import annotations

import subprocess
import sys


def test_main_window_imports_without_sqlalchemy():
    code = (
        "import sys; import coachdesk.ui.main_window, coachdesk.ui.app, coachdesk.core.peek; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'sqlmodel', 'alembic', 'pydantic', 'reportlab'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
