"""The session editor: one session's details, note, scores and agreements, autosaved.

    editor = SessionEditor(practice, session_id, parent)
    editor.reveal("coördinatie")      # after a search hit: select the word in the note
    editor.flush()                    # before dropping the editor (close() does it too)

Autosave: every keystroke only restarts a timer. When typing pauses (or at least
every AUTOSAVE_MAX_WAIT_MS while typing on) the note is turned into Markdown and
handed to a SerialWriter, which writes it off the GUI thread. Closing the editor
or quitting the application writes what is still waiting. There is no save
button and no "did you save?" question.
"""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.core.formatting import number, short_date
from coachdesk.core.note_sections import compose, split
from coachdesk.core.practice import Practice
from coachdesk.core.search import words
from coachdesk.core.services.sessions import SessionSheet
from coachdesk.core.templates import FREE, NoteTemplate
from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, default_language
from coachdesk.ui.lang import qlocale
from coachdesk.ui.note_conflict_ui import NoteConflicts
from coachdesk.ui.pages.session_cards import DetailsCard, ScoresCard
from coachdesk.ui.pages.session_parts import (
    STYLE,
    AgreementsBox,
    NotePart,
    ReviewList,
)
from coachdesk.ui.writer import SerialWriter


def _message(exc: BaseException, lang: Lang) -> str:
    return exc.message(lang) if isinstance(exc, CoachDeskError) else str(exc)


class SessionEditor(QWidget):
    """Edit one coaching session. Every change is saved by itself."""

    sessionSaved = Signal(int)  # session id: a write of this session reached the database
    saveFailed = Signal(str)  # a translated sentence; the text stays in the editor
    sessionChanged = Signal(int)  # session id: date, duration, mode, scores... changed
    agreementsChanged = Signal(int)  # trajectory id: agreements added, removed or ticked

    AUTOSAVE_DELAY_MS = 700  # after the last keystroke
    AUTOSAVE_MAX_WAIT_MS = 1500  # at the latest, while typing on
    RETRY_MS = 5000

    def __init__(
        self,
        practice: Practice,
        session_id: int,
        parent: QWidget | None = None,
        *,
        lang: Lang | None = None,
    ):
        super().__init__(parent)
        self.practice = practice
        self.session_id = session_id
        self.lang: Lang = lang or default_language()
        self.locale = qlocale(self.lang)
        self.catalogue = practice.notes.templates()
        self.writer = SerialWriter(self)
        self.conflicts = NoteConflicts(self)
        self._retry = QTimer(self, singleShot=True)  # failed writes are tried again
        self._retry.timeout.connect(self.writer.retry_failed)
        self.writer.written.connect(lambda _key: self.sessionSaved.emit(self.session_id))
        self._dirty_since: float | None = None
        self._loading = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_notes)
        self.last_autosave_gui_ms = 0.0  # GUI-thread cost of the last autosave (benchmarks)
        self.setStyleSheet(STYLE)
        self._build()
        sheet = practice.sessions.sheet(session_id)
        self._load(sheet)
        self._loading = False
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll = scroll
        page = QWidget()
        page.setObjectName("sessionPage")
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        col = QVBoxLayout(page)
        col.setContentsMargins(18, 14, 18, 18)
        col.setSpacing(12)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 20px; font-weight: 600; color: #1f2d3d;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.save_state = QLabel(self.tr("All changes saved"))
        self.save_state.setObjectName("saveState")
        head.addWidget(self.save_state, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)

        self.details = DetailsCard(self.locale)
        self.details.changed.connect(self._save_details)
        col.addWidget(self.details)
        self.review = ReviewList()
        self.review.ticked.connect(self._tick)
        col.addWidget(self.review)

        template_row = QHBoxLayout()
        template_label = QLabel(self.tr("Note template:"))
        template_row.addWidget(template_label)
        self.template_box = QComboBox()
        template_label.setBuddy(self.template_box)
        self.template_box.setMinimumWidth(220)
        self.template_box.currentIndexChanged.connect(self._template_chosen)
        template_row.addWidget(self.template_box)
        self.import_button = QPushButton(self.tr("Add your own template…"))
        self.import_button.clicked.connect(self._import_template)
        template_row.addWidget(self.import_button)
        template_row.addStretch(1)
        col.addLayout(template_row)

        self.shared = NotePart(private=False)
        self.shared.edited.connect(self._touched)
        col.addWidget(self.shared)
        self.private = NotePart(private=True)
        self.private.edited.connect(self._touched)
        col.addWidget(self.private)

        self.scores = ScoresCard(self.locale)
        self.scores.scalesChanged.connect(self._save_details)
        self.scores.goalRated.connect(self._rate)
        self.scales, self.goal_spins = self.scores.scales, self.scores.goal_spins
        col.addWidget(self.scores)
        self.agreements = AgreementsBox()
        self.agreements.due.setLocale(self.locale)
        self.agreements.addRequested.connect(self._add_agreement)
        self.agreements.removeRequested.connect(self._remove_agreement)
        col.addWidget(self.agreements)
        col.addStretch(1)

    # --- loading --------------------------------------------------------------

    def _date(self, day: date) -> str:
        return short_date(day, self.lang)

    def _load(self, sheet: SessionSheet) -> None:
        s, t = sheet.session, sheet.trajectory
        self.trajectory_id = t.id
        self.coachee_id = t.coachee_id  # whose note this is (Features.close_sessions_of)
        if t.contracted_sessions:
            title = (
                self.tr("Session %1 of %2 — %3")
                .replace("%1", str(sheet.number))
                .replace("%2", str(t.contracted_sessions))
            )
        else:
            title = self.tr("Session %1 — %3").replace("%1", str(sheet.number))
        self.title.setText(title.replace("%3", sheet.coachee_name))
        overview = self.practice.trajectories.overview(t.id)  # type: ignore[arg-type]
        hours = number(overview.hours_used, self.lang)
        used = self.tr("%1 hours used").replace("%1", hours)
        if overview.hours_contracted:
            used = (
                self.tr("%1 of %2 hours used")
                .replace("%1", hours)
                .replace("%2", number(overview.hours_contracted, self.lang))
            )
        when = self.locale.toString(s.starts_at, "dddd d MMMM yyyy, HH:mm")
        self.subtitle.setText(f"{t.title} · {when} · {used}")
        self.details.load(s)
        self.scores.load(s, sheet.goals, sheet.ratings)
        self.review.set_agreements(sheet.review, self._date, s.starts_at.date())
        self.agreements.set_agreements(sheet.agreements, self._date)
        self.session_date = s.starts_at.date()

        self.template = self._template_for(s.template, s.shared_notes)
        self._fill_template_box()
        self.shared.set_sections(self.template, split(self.template, s.shared_notes), self.lang)
        self.private.set_sections(None, {"notes": s.private_notes}, self.lang)
        self._submitted = {"shared_notes": s.shared_notes, "private_notes": s.private_notes}
        # The note as stored when loaded: a save writes only while it is still that
        # (core/note_conflict.py); updated after every save of ours.
        self._base = dict(self._submitted)

    def _template_for(self, key: str, shared: str) -> NoteTemplate:
        if not key:
            key = "grow" if not shared.strip() else FREE
        return self.catalogue.get(key)

    def _fill_template_box(self) -> None:
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in self.catalogue.templates:
            self.template_box.addItem(template.name_in(self.lang), template.key)
            self.template_box.setItemData(
                self.template_box.count() - 1,
                template.description_in(self.lang),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(self.template.key)))
        self.template_box.blockSignals(False)

    # --- autosave of the note ----------------------------------------------------

    def _touched(self) -> None:
        """Called on every keystroke: only (re)starts the timer."""
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        waited_ms = (now - self._dirty_since) * 1000
        self._timer.start(
            int(max(0, min(self.AUTOSAVE_DELAY_MS, self.AUTOSAVE_MAX_WAIT_MS - waited_ms)))
        )
        if self.save_state.property("problem") is not True:
            self.save_state.setText(self.tr("Saving…"))

    def note_texts(self) -> dict[str, str]:
        """The note as it would be stored now: Markdown of both parts."""
        return {
            "shared_notes": compose(self.template, self.shared.texts(), self.lang),
            "private_notes": self.private.texts().get("notes", ""),
        }

    def save_notes(self) -> None:
        """Hand the changed note parts to the writer (the write runs off the GUI thread)."""
        started = time.perf_counter()
        self._timer.stop()
        self._dirty_since = None
        texts = self.note_texts()
        if texts != self._submitted:
            # Both parts go together: a newer snapshot replaces a waiting one whole.
            self._submitted = texts
            self.conflicts.submit(texts)
        self.last_autosave_gui_ms = (time.perf_counter() - started) * 1000

    def _notes_saved(self, stamp: datetime) -> None:
        self.save_state.setProperty("problem", False)
        self.save_state.style().polish(self.save_state)
        local = stamp.astimezone().strftime("%H:%M:%S")
        self.save_state.setText(self.tr("Saved at %1").replace("%1", local))

    def _notes_failed(self, exc: BaseException) -> None:
        # Nothing is lost: the text stays here and is written again shortly.
        self._submitted = {}
        if self.conflicts.handles(exc):
            return  # written elsewhere meanwhile: the coach is asked (ui/note_conflict_ui.py)
        self._show_problem(exc)

    def _show_problem(self, exc: BaseException) -> None:
        """A write failed: say so, and try every failed write again shortly."""
        text = self.tr("Not saved yet: %1").replace("%1", _message(exc, self.lang))
        self.save_state.setProperty("problem", True)
        self.save_state.style().polish(self.save_state)
        self.save_state.setText(text)
        self.saveFailed.emit(text)
        self._retry.start(self.RETRY_MS)

    @property
    def unsaved(self) -> bool:
        """Something could not be written yet (the window must not close on it)."""
        return self.writer.has_failed

    def flush(self) -> None:
        """Write everything now (on this thread). Called on close and when the app quits."""
        if self._timer.isActive() or self._dirty_since is not None:
            self.save_notes()
        with self.conflicts.closing():  # a conflict now is settled without a question
            for _ in range(3):  # a settled conflict submits one more write
                self.writer.flush()
                if not self.writer.pending:
                    break

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    # --- template -------------------------------------------------------------------

    def _template_chosen(self, index: int) -> None:
        key = self.template_box.itemData(index)
        if not key or key == self.template.key:
            return
        current = compose(self.template, self.shared.texts(), self.lang)
        self.template = self.catalogue.get(key)
        self.shared.set_sections(self.template, split(self.template, current), self.lang)
        practice, session_id = self.practice, self.session_id
        self.writer.submit(
            "template",
            lambda: practice.sessions.update(session_id, template=key),
            on_error=self._show_problem,
        )
        self._touched()

    def _import_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add your own note template"), "", self.tr("Note templates (*.json)")
        )
        if path:
            self.import_template_file(path)

    def import_template_file(self, path: str) -> bool:
        try:
            template = self.practice.notes.import_template(path)
        except CoachDeskError as exc:
            self._show_problem(exc)
            return False
        self.catalogue = self.practice.notes.templates()
        self._fill_template_box()
        self.template_box.setCurrentIndex(self.template_box.findData(template.key))
        return True

    # --- details, scores, ratings, agreements --------------------------------------------

    def _save_details(self, *_: object) -> None:
        if self._loading:
            return
        changes = {**self.details.values(), **self.scores.scale_values()}
        practice, session_id = self.practice, self.session_id
        self.writer.submit(
            "details",
            lambda: practice.sessions.update(session_id, **changes),
            on_done=lambda _s: self.sessionChanged.emit(session_id),
            on_error=self._show_problem,
        )

    def _rate(self, goal_id: int, value: float | None) -> None:
        practice, session_id = self.practice, self.session_id
        self.writer.submit(
            f"rating:{goal_id}",
            lambda: practice.goals.set_session_rating(session_id, goal_id, value),
            on_done=lambda _r: self.sessionChanged.emit(session_id),
            on_error=self._show_problem,
        )

    def _tick(self, agreement_id: int, done: bool) -> None:
        practice, on = self.practice, self.session_date
        self.writer.submit(
            f"tick:{agreement_id}",
            lambda: practice.agreements.tick(agreement_id, done, on=on),
            on_done=lambda _a: self.agreementsChanged.emit(self.trajectory_id),
            on_error=self._show_problem,
        )

    def _add_agreement(self, text: str, owner: str, due: date | None) -> None:
        practice, t, s = self.practice, self.trajectory_id, self.session_id
        self.writer.submit(
            f"add:{time.monotonic_ns()}",
            lambda: practice.agreements.create(t, text, owner=owner, due_date=due, session_id=s),
            on_done=lambda _a: self._agreements_changed(),
            on_error=self._show_problem,
        )

    def _remove_agreement(self, agreement_id: int) -> None:
        self.writer.submit(
            f"remove:{agreement_id}",
            lambda: self.practice.agreements.delete(agreement_id),
            on_done=lambda _r: self._agreements_changed(),
            on_error=self._show_problem,
        )

    def _agreements_changed(self) -> None:
        sheet = self.practice.sessions.sheet(self.session_id)
        self.agreements.set_agreements(sheet.agreements, self._date)
        self.agreementsChanged.emit(self.trajectory_id)

    # --- after a search hit -------------------------------------------------------------

    def reveal(self, query: str) -> bool:
        """Select the first word of ``query`` found in the note and scroll to it."""
        for word in words(query):
            for part in (self.shared, self.private):
                editor = part.reveal(word)
                if editor is not None:
                    self.scroll.ensureWidgetVisible(editor, 0, 60)
                    editor.setFocus()
                    return True
        return False
