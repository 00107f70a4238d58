""""Tools" by the composer: whether this conversation's replies may call the user's
MCP tools. Off by default; shown once a server is set up (Settings › Tools) and the
loaded model's template shows tool calls. Kept per conversation; chosen before a
conversation exists, it goes with the new one."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QToolButton, QWidget

if TYPE_CHECKING:
    from llamadesk.settings import Settings
    from llamadesk.storage.repository import HistoryRepository


class ToolsToggle(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tools_toggle")
        self.setCheckable(True)
        self.setText(self.tr("Tools"))
        self.setAccessibleName(self.tr("Tools"))
        self.setToolTip(self.tr("Let the model call your tool servers in this conversation "
                                "(you are asked before each call)"))
        self.pending = False  # for a conversation not made yet
        self.conversation_id: int | None = None
        self.repository: HistoryRepository | None = None
        self.settings: Settings | None = None
        self.toggled.connect(self._store)
        self.hide()

    def show_for(self, *, servers: bool, model_calls_tools: bool) -> None:
        self.setVisible(servers and model_calls_tools)

    def show_conversation(self, conversation_id: int | None) -> None:
        from llamadesk.sampling import SamplingChoice

        self.conversation_id = conversation_id
        on = self.pending
        if conversation_id is not None and self.repository is not None:
            stored = SamplingChoice.from_json(
                self.repository.get_conversation(conversation_id).sampling)
            on = stored is not None and stored.tools
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)

    def enabled_for(self, conversation_id: int | None) -> bool:
        """Whether a reply in ``conversation_id`` may call tools (a hidden switch: no)."""
        if self.isHidden():
            return False
        self.show_conversation(conversation_id)
        return self.isChecked()

    def take_pending(self) -> bool:
        pending, self.pending = self.pending, False
        return pending

    def _store(self, on: bool) -> None:
        from llamadesk.sampling import sampling_for

        if self.conversation_id is None or self.repository is None or self.settings is None:
            self.pending = on
            return
        stored = self.repository.get_conversation(self.conversation_id).sampling
        choice = sampling_for(stored, self.settings.default_choice())
        self.repository.set_sampling(self.conversation_id, replace(choice, tools=on).to_json())
