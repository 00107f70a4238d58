"""The long-lived objects the window is given: built once, by ui.launch.build_parts.

The window and its controllers receive these; none of them constructs a
history, a chat service, a model manager or a worker thread of its own, so a
test (or the coming API server) can hand in its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llamadesk.app import AppContext
    from llamadesk.chat import ChatService
    from llamadesk.documents.retriever import DocumentRetriever
    from llamadesk.models.manager import ModelManager
    from llamadesk.settings import Settings
    from llamadesk.ui.documents.indexing import IndexingThread
    from llamadesk.ui.models.library import ModelLibrary
    from llamadesk.ui.pool.lending import PoolLending
    from llamadesk.ui.server.control import ApiServerControl
    from llamadesk.ui.tools.control import ToolsControl
    from llamadesk.ui.worker import WorkerThread


@dataclass(frozen=True)
class WindowParts:
    context: AppContext  # paths, the open history, the hash cache
    settings: Settings
    chat: ChatService
    library: ModelLibrary  # downloads, imports and checks, off the GUI thread
    workers: WorkerThread  # the inference worker and its thread, not yet wired
    api_server: ApiServerControl  # off until Settings › API server turns it on
    indexing: IndexingThread  # document collections, on a thread of their own
    documents: DocumentRetriever  # the chat's way into the collections
    tools: ToolsControl  # the user's MCP servers, started on first use
    pool: PoolLending  # lending this computer to a pool, while Settings › Pool say so

    @property
    def manager(self) -> ModelManager:
        return self.library.manager
