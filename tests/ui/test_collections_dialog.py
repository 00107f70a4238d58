"""Documents › Collections… as a newcomer meets it: the embedding-model picker (installed
models first, a file chosen where it is chosen, a download offered, a chat model
refused with the reason), and the dialog opened while indexing resumes after a
restart (the collections and the progress shown at once, not after the run).

Real GGUF files read by the real header reader, real llama.cpp, real SQLite,
offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.documents.embedding_file import ModelKind
from llamadesk.ui.documents.collections_dialog import CollectionsDialog, NewCollectionDialog
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_gguf import write_tiny_llama

CATALOG_NAME = "bge-small-en-v1.5-q8_0.gguf"  # an embedding catalog entry's file name


@pytest.fixture(scope="session")
def tiny_embedder(model_dir: Path) -> Path:
    """A pooled tiny model: what an embedding model's file says of itself."""
    return write_tiny_llama(model_dir / "tiny-embedder.gguf", pooling=True)


@pytest.fixture(scope="session")
def unmarked_model(model_dir: Path) -> Path:
    """No chat template, no pooling: the file does not say what it is for."""
    return write_tiny_llama(model_dir / "tiny-unmarked.gguf")


def _entries(dialog: NewCollectionDialog) -> list[str]:
    return [dialog.model.itemText(i) for i in range(dialog.model.count())]


def _ok(dialog: NewCollectionDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _read(qtbot: QtBot, dialog: NewCollectionDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.model_note.text().startswith("Reading"), timeout=10_000)


def _choose_file(qtbot: QtBot, dialog: NewCollectionDialog, path: Path) -> None:
    """Pick "Another GGUF file…" as a user does: the chooser opens at once."""
    another = dialog.model.findData("another-file")
    dialog.model.setCurrentIndex(another)
    dialog.model.activated.emit(another)
    chooser = dialog.chooser
    assert isinstance(chooser, QFileDialog)
    qtbot.waitUntil(chooser.isVisible)
    # Until a file is chosen, the box shows what it showed before, not the entry.
    assert dialog.model.currentData() != "another-file"
    chooser.selectFile(str(path))
    chooser.accept()


def test_installed_embedding_models_come_first_and_are_accepted(
        qtbot: QtBot, tmp_path: Path, tiny_embedder: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    installed = models / CATALOG_NAME
    installed.write_bytes(tiny_embedder.read_bytes())
    (models / "some-chat-model.gguf").write_bytes(b"not listed: not a catalog embedder")
    from llamadesk.ui.documents.collections_dialog import embedding_models

    dialog = NewCollectionDialog(lambda: embedding_models(models), lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _entries(dialog) == [CATALOG_NAME, "Another GGUF file…", "Download one…"]
    _read(qtbot, dialog)
    assert dialog.model_note.text() == ""
    assert not _ok(dialog)  # no name, no folder yet
    dialog.name.setText("notes")
    dialog.folder.setText(str(tmp_path))
    assert _ok(dialog)
    assert dialog.model_path() == str(installed)


def test_another_file_is_chosen_where_it_is_chosen_and_a_chat_model_is_refused(
        qtbot: QtBot, tmp_path: Path, tiny_model: Path, tiny_embedder: Path,
        unmarked_model: Path) -> None:
    dialog = NewCollectionDialog(lambda: [], lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model_note.text().startswith("No embedding model is installed yet")
    dialog.name.setText("notes")
    dialog.folder.setText(str(tmp_path))
    assert not _ok(dialog)

    _choose_file(qtbot, dialog, tiny_model)  # a Llama 2 chat model
    assert dialog.model.currentText() == tiny_model.name
    _read(qtbot, dialog)
    assert "is a chat model: it writes replies" in dialog.model_note.text()
    assert not _ok(dialog) and dialog.model_path() == ""

    _choose_file(qtbot, dialog, unmarked_model)
    _read(qtbot, dialog)
    assert "does not say it is an embedding model" in dialog.model_note.text()
    assert _ok(dialog)  # warned, not refused

    _choose_file(qtbot, dialog, tiny_embedder)
    _read(qtbot, dialog)
    assert dialog.model_note.text() == "" and _ok(dialog)
    assert dialog.model_path() == str(tiny_embedder)
    # Every file chosen stays offered, before the two actions.
    assert _entries(dialog) == [tiny_model.name, unmarked_model.name, tiny_embedder.name,
                                "Another GGUF file…", "Download one…"]

    # Back to the chat model: the verdict is remembered, OK goes off again.
    dialog.model.setCurrentIndex(0)
    dialog.model.activated.emit(0)
    assert "is a chat model" in dialog.model_note.text() and not _ok(dialog)


def test_a_file_that_is_not_a_model_is_refused_in_a_sentence(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    fake = tmp_path / "notes.gguf"
    fake.write_text("These are my notes, not a model.")
    dialog = NewCollectionDialog(lambda: [], lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("notes")
    dialog.folder.setText(str(tmp_path))
    dialog.use_model(fake)
    _read(qtbot, dialog)
    note = dialog.model_note.text()
    assert "notes.gguf" in note and "Traceback" not in note
    assert not _ok(dialog)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tiny_model: Path) -> Iterator[MainWindow]:
    context: AppContext = open_context(str(data_dir))
    built = build_main_window(context, str(tiny_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()
    context.close()


def test_download_one_opens_models_on_embedding_models(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    window.documents.show_collections()
    collections = window.documents.dialog
    assert isinstance(collections, CollectionsDialog)
    collections.new_button.click()
    dialog = collections.new_dialog
    assert isinstance(dialog, NewCollectionDialog) and dialog.isVisible()
    download = dialog.model.findData("download")
    dialog.model.setCurrentIndex(download)
    dialog.model.activated.emit(download)
    models = window.models_dialog
    assert models is not None and models.isVisible()
    assert models.tabs.currentIndex() == models.EMBEDDING
    # The new collection waits, not modal, with what was typed in it.
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.model.currentData() != "download"


def _open_window(qtbot: QtBot, data_dir: Path, tiny_model: Path) -> tuple[MainWindow,
                                                                          AppContext]:
    context = open_context(str(data_dir))
    built = build_main_window(context, str(tiny_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    return built, context


def test_the_dialog_lists_collections_and_progress_at_once_while_indexing_resumes(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, tiny_model: Path,
        tiny_embedder: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "first.md").write_text("# First\n\nThe first note.\n")
    window, context = _open_window(qtbot, data_dir, tiny_model)
    worker = window.parts.indexing.worker
    with qtbot.waitSignal(worker.finished, timeout=30_000):
        worker.create_requested.emit("notes", str(tiny_embedder), [str(folder)])
    window.close()
    context.close()

    # Files added while LlamaDesk was closed: the next start's scan indexes them.
    for number in range(3):
        (folder / f"added-{number}.md").write_text(f"# Added {number}\n\nA new note.\n")
    window, context = _open_window(qtbot, data_dir, tiny_model)
    try:
        documents = window.documents
        qtbot.waitUntil(lambda: [c.name for c in documents.collections] == ["notes"],
                        timeout=30_000)
        worker = window.parts.indexing.worker
        worker.pause(True)  # the run starts and holds: busy, it answers no list request
        documents.scan()
        qtbot.waitUntil(lambda: documents.progress is not None, timeout=30_000)
        documents.show_collections()
        dialog = documents.dialog
        assert isinstance(dialog, CollectionsDialog)
        assert dialog.tree.topLevelItemCount() == 1
        item = dialog.tree.topLevelItem(0)
        assert item is not None and item.text(0) == "notes" and item.text(1) == "1"
        assert dialog.bar.isVisible()
        assert "notes: 0 of 4 files" in dialog.status.text()
        assert dialog.status.text().endswith("paused")
        with qtbot.waitSignal(worker.finished, timeout=30_000) as finished:
            worker.pause(False)
        assert len(finished.args[1].indexed) == 3
        qtbot.waitUntil(lambda: dialog.tree.topLevelItem(0).text(1) == "4")  # type: ignore[union-attr]
        assert documents.progress is None
    finally:
        window.close()
        context.close()


def test_the_kind_read_from_each_file(tiny_model: Path, tiny_embedder: Path,
                                      unmarked_model: Path) -> None:
    from llamadesk.documents.embedding_file import model_kind

    assert model_kind(tiny_embedder) is ModelKind.EMBEDDING
    assert model_kind(tiny_model) is ModelKind.CHAT
    assert model_kind(unmarked_model) is ModelKind.UNMARKED
