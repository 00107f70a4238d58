"""The window's first frame: the sidebar's shape, while the history opens.

Plain widgets only, so it paints before SQLAlchemy, Markdown or the model
manager have even been imported. Its message box takes what is typed at once;
the window hands that to the real composer when it is built (MainWindow.attach).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


def opening_frame(sizes: list[int]) -> QSplitter:
    translate = QCoreApplication.translate
    side = QWidget()
    side.setEnabled(False)
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(6, 6, 0, 6)  # as the sidebar's
    side_layout.addWidget(QPushButton(translate("ConversationSidebar", "New chat")))
    search = QLineEdit()
    search.setPlaceholderText(translate("ConversationSidebar", "Search conversations (Ctrl+F)"))
    side_layout.addWidget(search)
    waiting = QListWidget()
    waiting.addItem(translate("MainWindow", "Opening your conversations…"))
    side_layout.addWidget(waiting, 1)
    chat = QWidget()
    chat_layout = QVBoxLayout(chat)
    chat_layout.setContentsMargins(0, 8, 12, 8)  # as the chat pane's (S, M)
    chat_layout.setSpacing(4)
    chat_layout.addStretch(1)
    # A plain box, not the Composer: measuring its height before the first paint
    # cost the start 20% (bench/ui.py, cold start).
    early = QPlainTextEdit()
    early.setObjectName("composer")
    early.setFixedHeight(64)
    chat_layout.addWidget(early)
    hint = QLabel(translate("ChatPane", "Enter sends · Shift+Enter for a new line"))
    hint.setObjectName("composer_hint")
    chat_layout.addWidget(hint)
    early.setFocus()
    placeholder = QSplitter()
    placeholder.addWidget(side)
    placeholder.addWidget(chat)
    placeholder.setStretchFactor(1, 1)
    placeholder.setSizes(sizes)
    return placeholder


def early_typing(frame: QWidget | None) -> str:
    """What was typed into the frame's message box (the window's composer takes it)."""
    from PySide6.QtWidgets import QPlainTextEdit

    box = frame.findChild(QPlainTextEdit) if frame is not None else None
    # Enter there made a new line, not a message: the text waits in the composer.
    return box.toPlainText().rstrip("\n") if box is not None else ""
