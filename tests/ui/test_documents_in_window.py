"""Documents in the real window: a collection made in Documents › Collections… and
indexed on its own thread, held while a reply streams, chosen by the composer's
toggle, and a reply's sources shown under it, with links that open the file.

Real llama.cpp (the tiny model chats and embeds), real SQLite, offscreen Qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.ui.documents.collections_dialog import CollectionsDialog
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import REPLY

FACT = "The lighthouse keeper of Skerry Point feeds the gulls at seven."


class _Opened(QObject):
    """Stands in for the system's file viewer: Qt hands it the URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _shown(window: MainWindow) -> str:
    """The chat as read, without the marks that isolate each citation's direction."""
    return window.chat_view.toPlainText().replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tiny_model: Path) -> Iterator[MainWindow]:
    context: AppContext = open_context(str(data_dir))
    built = build_main_window(context, str(tiny_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    yield built
    built.close()
    context.close()


def test_collection_made_indexed_chosen_and_cited(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path, tiny_model: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "lighthouse.md").write_text(f"# Skerry Point\n\n{FACT}\n")
    (folder / "tax.txt").write_text("Taxes are due in April.")
    worker = window.parts.indexing.worker
    assert window.parts.indexing.thread is not window.parts.workers.thread

    window.documents.show_collections()
    dialog = window.documents.dialog
    assert isinstance(dialog, CollectionsDialog) and dialog.isVisible()
    # Held as if a reply were streaming: the collection is made, its files wait.
    window.documents.on_reply_started(None)
    with qtbot.waitSignal(worker.collections_changed, timeout=30_000):
        worker.create_requested.emit("notes", str(tiny_model), [str(folder)])
    qtbot.wait(300)
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(1) == "0"  # type: ignore[union-attr]
    with qtbot.waitSignal(worker.finished, timeout=30_000) as finished:
        window.documents.on_reply_ended(None)
    assert finished.args[0] == "notes" and len(finished.args[1].indexed) == 2
    qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "2")  # type: ignore[union-attr]
    assert "notes is up to date: 2 file(s) indexed" in dialog.status.text()
    dialog.close()

    # The composer's toggle lists it; choosing it before the chat exists carries over.
    toggle = window.chat_page.documents_toggle
    assert toggle.collections == ["notes"]
    [notes_action] = [a for a in toggle.menu().actions() if a.text() == "notes"]
    notes_action.trigger()
    assert toggle.text() == "Documents: notes"

    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        worker_thread = window.parts.workers.worker
        with qtbot.waitSignal(worker_thread.generation_finished, timeout=30_000) as done:
            window.chat.send_message("Who feeds the gulls at Skerry Point?")
        qtbot.waitUntil(lambda: not window.chat.is_generating)
        reply = done.args[0]
        assert reply.sources and reply.sources[0].path == str(folder / "lighthouse.md")
        window.chat_view.finish_rendering()
        text = _shown(window)
        assert REPLY in text and "Sources: [1] lighthouse.md › Skerry Point" in text
        window.chat_view.activate_link(f"source/{reply.id}/1")
        assert handler.urls == [QUrl.fromLocalFile(str(folder / "lighthouse.md"))]

        # Reopened, the conversation keeps its collection and its sources.
        conversation = reply.conversation_id
        assert window.repository.get_conversation(conversation).collections == ("notes",)
        window.new_conversation()
        assert toggle.text() == "Documents"
        window.chat.open_conversation(conversation, None)
        assert toggle.text() == "Documents: notes"
        assert "Sources: [1] lighthouse.md › Skerry Point" in _shown(window)
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_a_file_added_deep_inside_a_collection_is_indexed_while_the_app_runs(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, tiny_model: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "deep" / "deeper").mkdir(parents=True)
    (folder / "top.md").write_text("# Top\n\nThe top note.\n")
    (folder / "deep" / "deeper" / "inner.md").write_text("# Inner\n\nThe inner note.\n")
    worker = window.parts.indexing.worker
    with qtbot.waitSignal(worker.finished, timeout=30_000) as first:
        worker.create_requested.emit("notes", str(tiny_model), [str(folder)])
    assert len(first.args[1].indexed) == 2
    inner = str(folder / "deep" / "deeper")
    qtbot.waitUntil(lambda: inner in window.documents.watcher.directories())
    with qtbot.waitSignal(worker.finished, timeout=30_000) as again:
        (folder / "deep" / "deeper" / "added.md").write_text("# Added\n\nA new note.\n")
    assert again.args[1].indexed == [str(folder / "deep" / "deeper" / "added.md")]
    assert again.args[1].unchanged == 2
    # Edited in place (no rename, the folder itself unchanged): the file's own watch.
    edited = folder / "deep" / "deeper" / "inner.md"
    qtbot.waitUntil(lambda: str(edited) in window.documents.watcher.files())
    with qtbot.waitSignal(worker.finished, timeout=30_000) as third:
        with edited.open("a") as handle:
            handle.write("\nA line added in place.\n")
    assert third.args[1].indexed == [str(edited)]


def test_refusals_are_sentences_and_lose_nothing(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path, tiny_model: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\nSome text.\n")
    worker = window.parts.indexing.worker
    # A model kept outside LlamaDesk's folder: used where it is, not copied.
    kept = tmp_path / "elsewhere" / tiny_model.name
    kept.parent.mkdir()
    shutil.copyfile(tiny_model, kept)
    with qtbot.waitSignal(worker.finished, timeout=30_000):
        worker.create_requested.emit("notes", str(kept), [str(folder)])
    assert not (window.parts.context.paths.models_dir / tiny_model.name).exists()

    with qtbot.waitSignal(worker.failed, timeout=10_000) as again:
        worker.create_requested.emit("notes", str(tiny_model), [str(folder)])
    assert again.args == ["notes", "There is already a collection named notes."]
    with qtbot.waitSignal(worker.failed, timeout=10_000) as unknown:
        worker.add_requested.emit("nope", [str(folder)])
    assert unknown.args == ["nope", "There is no collection named nope."]

    # The embedding model deleted from disk (and from a fresh worker's memory): indexing
    # says what to do, and the collection and its passages stay.
    window.parts.indexing.stop()
    kept.unlink()
    from llamadesk.ui.documents.indexing import IndexingThread

    fresh = IndexingThread(window.parts.context.paths.documents_database,
                           window.parts.context.paths.models_dir)
    try:
        with qtbot.waitSignal(fresh.worker.failed, timeout=10_000) as missing:
            fresh.worker.index_requested.emit("notes")
        assert f"{kept}, is no longer there" in missing.args[1]
        with qtbot.waitSignal(fresh.worker.collections_changed, timeout=10_000) as listed:
            fresh.worker.list_requested.emit()
        [notes] = listed.args[0]
        assert notes.files == 1 and notes.chunks >= 1
    finally:
        fresh.stop()
