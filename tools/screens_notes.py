"""Screenshots of the session editor and the search dialog, in Dutch and English.

    python tools/screens_notes.py OUTDIR

Builds a small demo practice in a temporary folder, picks a held session with
open agreements from earlier sessions, and saves editor_nl.png, editor_en.png,
search_nl.png and search_en.png (QWidget.grab, so it runs offscreen or under Xvfb).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk.core.demo import generate  # noqa: E402
from coachdesk.core.practice import Practice  # noqa: E402
from tools.translations_nl_notes import build  # noqa: E402


def pick_session(practice: Practice) -> int:
    now = datetime.now()
    for row in practice.list_trajectories(status="active"):
        sessions = [s for s in practice.list_sessions(row.id) if s.starts_at <= now]
        held = [s for s in sessions if s.shared_notes]
        if len(held) < 3:
            continue
        session = held[-1]
        if practice.review_agreements(session.id) and practice.session_sheet(session.id).goals:
            practice.update_session(session.id, scale_progress=6, scale_motivation=8)
            return session.id  # type: ignore[return-value]
    raise SystemExit("no suitable session in the demo practice")


def main(out: Path) -> None:
    from coachdesk.ui.dialogs.search_dialog import SearchDialog
    from coachdesk.ui.pages.session_editor import SessionEditor

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="coachdesk-screens-")
    qm = Path(folder) / "notes_nl.qm"
    build(qm)
    with Practice.open(folder) as practice:
        generate(practice.store, coachees=120, seed=3)
        session_id = pick_session(practice)
        for lang in ("nl", "en"):
            translator = QTranslator()
            if lang == "nl":
                translator.load(str(qm))
                app.installTranslator(translator)
            editor = SessionEditor(practice, session_id, lang=lang)
            editor.resize(1100, 1420)
            editor.show()
            app.processEvents()
            editor.grab().save(str(out / f"editor_{lang}.png"))
            editor.close()
            dialog = SearchDialog(practice, lang=lang)
            dialog.resize(820, 560)
            dialog.show()
            dialog.field.setText("samenwerk" if lang == "nl" else "overleg")
            dialog.run_search()
            for _ in range(50):
                app.processEvents()
                if dialog.model.rowCount():
                    break
                QApplication.instance().thread().msleep(20)  # type: ignore[union-attr]
            app.processEvents()
            dialog.grab().save(str(out / f"search_{lang}.png"))
            dialog.close()
            app.removeTranslator(translator)
    print(f"saved to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screens"))
