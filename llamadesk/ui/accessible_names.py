"""What screen readers announce for the window's widgets, and the Tab order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from llamadesk.notes import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from llamadesk.ui.main_window import MainWindow

# In the window's context, where they have been translated since the first release.
_NAMES = (
    ("composer", QT_TRANSLATE_NOOP("MainWindow", "Message"),
     QT_TRANSLATE_NOOP("MainWindow",
                       "Type a message. Enter sends, Shift+Enter starts a new line.")),
    # The send button names itself: Send, or Stop while a reply streams (ChatPane).
    ("chat_view", QT_TRANSLATE_NOOP("MainWindow", "Conversation"),
     QT_TRANSLATE_NOOP("MainWindow", "The messages of this chat")),
    ("model_status", QT_TRANSLATE_NOOP("MainWindow", "Model state"),
     QT_TRANSLATE_NOOP("MainWindow", "What the model is doing")),
    ("sidebar.list", QT_TRANSLATE_NOOP("MainWindow", "Conversations"),
     QT_TRANSLATE_NOOP("MainWindow", "Your conversations, newest first")),
    ("sidebar.search_box", QT_TRANSLATE_NOOP("MainWindow", "Search"),
     QT_TRANSLATE_NOOP("MainWindow", "Search every conversation (Ctrl+F)")),
    ("sidebar.new_chat_button", QT_TRANSLATE_NOOP("MainWindow", "New chat"),
     QT_TRANSLATE_NOOP("MainWindow", "Start a new conversation (Ctrl+N)")),
)


def name_for_assistive_tech(window: MainWindow) -> None:
    translate = QCoreApplication.translate
    for path, name, description in _NAMES:
        widget: QWidget = window
        for attribute in path.split("."):
            widget = getattr(widget, attribute)
        widget.setAccessibleName(translate("MainWindow", name))
        widget.setAccessibleDescription(translate("MainWindow", description))
    # Tab goes search -> conversations -> message box -> send, in reading order.
    QWidget.setTabOrder(window.sidebar.search_box, window.sidebar.list)
    QWidget.setTabOrder(window.sidebar.list, window.composer)
    QWidget.setTabOrder(window.composer, window.send_button)
