"""The window's first frame: the sidebar's shape, while the history opens.

Plain widgets only, so it paints before SQLAlchemy, Markdown or the model
manager have even been imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QSplitter, QVBoxLayout, QWidget


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
    placeholder = QSplitter()
    placeholder.addWidget(side)
    placeholder.addWidget(QWidget())
    placeholder.setStretchFactor(1, 1)
    placeholder.setSizes(sizes)
    return placeholder
