"""Images in the real window, offscreen: attached by the button's reader, pasted
and dropped on the composer, shown as thumbnails and removable; sent with the
message to a vision model (the tiny model and projector, read by the real
libmtmd), stored, and shown in the message, where a click opens them large. A model
that cannot see says so before sending, and nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.ui.chat.image_viewer import ImageViewer
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.tiny_vision import write_tiny_projector


@pytest.fixture(scope="module")
def seeing_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeing")
    write_tiny_projector(folder / "mmproj-tiny-seeing.gguf", 512)
    return write_tiny_llama(folder / "tiny-seeing.gguf", name="Tiny Seeing")


def _window(qtbot: QtBot, data_dir: Path, model: Path) -> tuple[MainWindow, AppContext]:
    context = open_context(str(data_dir))
    built = build_main_window(context, str(model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    return built, context


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, seeing_model: Path) -> Iterator[MainWindow]:
    built, context = _window(qtbot, data_dir, seeing_model)
    yield built
    built.close()
    context.close()


def _png(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (90, 60), colour).save(path, "PNG")
    return path


def test_attach_paste_drop_send_and_open(qtbot: QtBot, window: MainWindow,
                                         tmp_path: Path) -> None:
    pane = window.chat_page
    strip = pane.attachments
    assert "sees images" in window.model_bar.backend.text()
    strip.add_files([_png(tmp_path / "red.png", (220, 20, 20))])  # as the Attach dialog
    qtbot.waitUntil(lambda: len(strip.images()) == 1, timeout=10_000)
    assert strip.isVisible()
    pasted = QMimeData()
    pasted.setImageData(QImage(40, 30, QImage.Format.Format_RGB32))
    pane.composer.insertFromMimeData(pasted)
    qtbot.waitUntil(lambda: len(strip.images()) == 2, timeout=10_000)
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(_png(tmp_path / "blue.png", (20, 20, 220))))])
    pane.composer.insertFromMimeData(dropped)
    qtbot.waitUntil(lambda: len(strip.images()) == 3, timeout=10_000)
    assert pane.composer.toPlainText() == ""  # pictures, not text
    # Removed again: the pasted one.
    strip.remove(strip.images()[1].sha256)
    assert [i.name for i in strip.images()] == ["red.png", "blue.png"]
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    with qtbot.waitSignal(window.chat.status, timeout=10_000) as said:
        strip.add_files([bad])
    assert "notes.png is not an image" in said.args[0] and len(strip.images()) == 2

    pane.composer.setPlainText("Which colours?")
    worker = window.parts.workers.worker
    said_status: list[str] = []
    window.chat.status.connect(lambda text, _ms: said_status.append(text))
    with qtbot.waitSignal(worker.generation_finished, timeout=60_000) as done:
        window.chat.send_message("Which colours?")
    # The worker's signal reaches the wait on the worker's thread: the window's own
    # news of the reply comes after it.
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    assert "Reading the images…" in said_status and said_status[-1] == ""
    assert not strip.isVisible() and strip.images() == ()
    reply = done.args[0]
    question = window.parts.context.repository.get_message(reply.parent_id)
    assert [i.name for i in question.images] == ["red.png", "blue.png"]
    view = window.chat_view
    view.finish_rendering()
    QApplication.processEvents()
    # Read from the history off the GUI thread, then drawn.
    qtbot.waitUntil(lambda: len(view.image_blocks._thumbs) == 2, timeout=10_000)
    view.activate_link(f"image/{question.images[1].sha256}")
    viewer = window.findChild(ImageViewer)
    assert viewer is not None and viewer.isVisible()
    viewer.close()
    # Reopened from the history: the pictures again, drawn from the database.
    window.new_conversation()
    view.image_blocks._thumbs.clear()
    window.chat.open_conversation(reply.conversation_id, None)
    view.finish_rendering()
    QApplication.processEvents()
    assert "Which colours?" in view.toPlainText()
    qtbot.waitUntil(lambda: set(view.image_blocks._thumbs)
                    == {i.sha256 for i in question.images}, timeout=10_000)


def test_a_model_that_cannot_see_says_so_before_sending(qtbot: QtBot, data_dir: Path,
                                                        tiny_model: Path,
                                                        tmp_path: Path) -> None:
    window, context = _window(qtbot, data_dir, tiny_model)
    try:
        assert "sees images" not in window.model_bar.backend.text()
        assert "Cannot read images" in window.model_bar.backend.toolTip()
        strip = window.chat_page.attachments
        strip.add_files([_png(tmp_path / "red.png", (220, 20, 20))])
        qtbot.waitUntil(lambda: len(strip.images()) == 1, timeout=10_000)
        window.chat_page.composer.setPlainText("Look")
        with qtbot.waitSignal(window.chat.failed, timeout=5_000) as said:
            window.chat.send_message("Look")
        assert "cannot read images" in said.args[0]
        assert not window.chat.is_generating
        assert window.chat_page.composer.toPlainText() == "Look"  # nothing is lost
        assert len(strip.images()) == 1
        assert context.repository.conversation_ids() == []
    finally:
        window.close()
        context.close()


def test_a_vision_model_imported_without_its_projector_asks_once(
        qtbot: QtBot, data_dir: Path, tiny_model: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    folder = tmp_path / "downloads"
    folder.mkdir()
    vision = write_tiny_llama(folder / "tiny-VL.gguf", name="Tiny VL")
    (folder / "another.gguf").write_bytes(vision.read_bytes())
    projector = write_tiny_projector(folder / "mmproj-f16.gguf", 512)
    window, context = _window(qtbot, data_dir, tiny_model)
    try:
        library = window.library
        with qtbot.waitSignal(library.import_finished, timeout=30_000):
            library.import_file(vision, copy=False)
        qtbot.waitUntil(lambda: window.models.projector_question is not None, timeout=5_000)
        box = window.models.projector_question
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "Tiny VL looks like a vision model" in box.text()
        [choose] = [b for b in box.buttons() if b.text() == "Choose the projector…"]
        choose.click()
        dialog = box.property("file_dialog")
        assert isinstance(dialog, QFileDialog)
        dialog.fileSelected.emit(str(projector))
        registry = library.manager.registry
        qtbot.waitUntil(lambda: registry.by_path(vision) is not None
                        and registry.by_path(vision).projector == str(projector.resolve()),
                        timeout=10_000)
        dialog.close()
        # Asked once: imported again (after a delete), a declined model is not asked.
        window.models.projector_question = None
        model = registry.by_path(vision)
        assert model is not None and model.projector_asked
        from llamadesk.ui.models.projector_question import ask_for_projector
        assert ask_for_projector(window, library, model) is None
    finally:
        window.close()
        context.close()
