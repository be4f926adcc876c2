"""What a coach sees on the very first start: no empty grey void."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk import deployment
from coachdesk.ui.icons import icon


class WelcomePage(QWidget):
    newCoacheeRequested = Signal()  # noqa: N815
    demoRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to CoachDesk"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Your practice is still empty. Add your first coachee, or look around "
                "first with a practice full of made-up demo coachees."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(460)
        text.setMinimumHeight(text.heightForWidth(460))
        self.new_button = QPushButton(icon("person-add"), self.tr("New coachee"), self)
        self.new_button.setObjectName("welcomeNew")
        self.new_button.setDefault(True)
        self.demo_button = QPushButton(icon("demo"), self.tr("Load demo data"), self)
        self.demo_button.setObjectName("welcomeDemo")
        for button in (self.new_button, self.demo_button):
            button.setMinimumWidth(240)
            button.setIconSize(QSize(20, 20))
            button.setMinimumHeight(36)
        hint = QLabel(self.tr("Demo data can be removed again by deleting the coachees."), self)
        hint.setEnabled(False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not deployment.current().get(deployment.DEMO_OFFER, True):  # the organisation's
            text.setText(self.tr("Your practice is still empty. Add your first coachee."))
            self.demo_button.hide()
            hint.hide()

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(hint)
        layout.addStretch(3)
        self.new_button.clicked.connect(self.newCoacheeRequested)
        self.demo_button.clicked.connect(self.demoRequested)
