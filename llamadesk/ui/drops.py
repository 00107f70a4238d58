"""Files dropped on the window: a .gguf is a model to import (asked: copy or use in
place), a LlamaDesk .json is conversations to import."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from llamadesk.ui.chat.history_transfer import json_paths
from llamadesk.ui.models.actions import ask_import, gguf_paths

if TYPE_CHECKING:
    from llamadesk.ui.chat.history_transfer import HistoryTransfer
    from llamadesk.ui.models.library import ModelLibrary


def accepts(event: QDragEnterEvent) -> bool:
    return bool(gguf_paths(event) or json_paths(event))


def drop(parent: QWidget, event: QDropEvent, library: ModelLibrary,
         transfer: HistoryTransfer) -> None:
    for path in gguf_paths(event):
        ask_import(parent, path, functools.partial(
            lambda chosen, copy: library.import_file(chosen, copy=copy), path))
    for path in json_paths(event):
        transfer.import_from(path)
    event.acceptProposedAction()
