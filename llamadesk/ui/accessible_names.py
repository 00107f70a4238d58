"""What screen readers announce for the window's widgets, and the Tab order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from llamadesk.notes import QT_TRANSLATE_NOOP

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


def name_for_assistive_tech(window: QWidget) -> None:
    """``window`` is the main window: the widgets are found by their attribute paths."""
    translate = QCoreApplication.translate
    for path, name, description in _NAMES:
        widget = _find(window, path)
        widget.setAccessibleName(translate("MainWindow", name))
        widget.setAccessibleDescription(translate("MainWindow", description))
    # Tab goes search -> conversations -> message box -> send, in reading order.
    order = [_find(window, path) for path in
             ("sidebar.search_box", "sidebar.list", "composer", "send_button")]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _find(window: QWidget, path: str) -> QWidget:
    widget = window
    for attribute in path.split("."):
        widget = getattr(widget, attribute)
    return widget
