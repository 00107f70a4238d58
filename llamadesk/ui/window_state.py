"""What the window keeps between runs: its geometry, the divider, the conversation
that was open. Kept in the settings file; a full disk never stops a quit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from llamadesk.errors import StorageError
from llamadesk.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from llamadesk.ui.chat.browser import ConversationBrowser

log = logging.getLogger(__name__)


def restore_geometry(window: QMainWindow, settings: Settings) -> list[int] | None:
    """The window's size and place now; the divider's sizes to apply once the window
    has its real size (or Qt rescales them)."""
    geometry = settings["window_geometry"]
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    sizes = settings["splitter_sizes"]
    if len(sizes) == 2 and all(isinstance(size, int) and size >= 0 for size in sizes):
        return list(sizes)
    return None


def restore_conversation(settings: Settings, browser: ConversationBrowser) -> None:
    last = settings["last_conversation"]
    if isinstance(last, int):
        try:
            browser.open(last)
        except StorageError:
            log.info("The last conversation (%s) is gone", last)


def save_state(settings: Settings, window: QMainWindow, splitter: QSplitter,
               conversation_id: int | None) -> None:
    settings.update(
        window_geometry=bytes(window.saveGeometry().toBase64().data()).decode("ascii"),
        splitter_sizes=splitter.sizes(),
        last_conversation=conversation_id)
    try:
        settings.save()
    except OSError as error:  # a full disk must not stop the app from quitting
        log.warning("Settings not saved: %s", error)
