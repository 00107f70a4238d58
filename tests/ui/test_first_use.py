"""The window as a newcomer meets it: an empty chat's starters, Help › About and
Keyboard shortcuts, Esc in the search, the context meter for every conversation, a
long reply's actions at its end, the message being edited marked, export and import
starting in Documents with a name, a sidebar that elides, a composer of stable
height, a status bar that never moves the chat, and dialogs without stock icons.

Real llama.cpp (the tiny model), real SQLite, offscreen Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextImageFormat
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from llamadesk import __version__
from llamadesk.app import AppContext, open_context
from llamadesk.settings import Settings
from llamadesk.storage.schema import Role
from llamadesk.ui.help import AboutDialog, ShortcutsDialog
from llamadesk.ui.launch import build_main_window, build_parts
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.style.tokens import palette_for
from llamadesk.ui.theme import apply_theme
from tests.helpers.tiny_gguf import REPLY


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    opened = open_context(str(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, tiny_model: Path) -> Iterator[MainWindow]:
    built = build_main_window(context, str(tiny_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    yield built
    built.close()


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=30_000):
        window.chat.send_message(text)
    qtbot.waitUntil(lambda: not window.chat.is_generating)
    window.chat_view.finish_rendering()


def test_an_empty_chat_offers_starters_and_the_keys(qtbot: QtBot, window: MainWindow) -> None:
    text = " ".join(window.chat_view.toPlainText().replace("\xa0", " ").split())
    assert "Start with one of these, or ask anything" in text
    assert "Help me write a polite email" in text
    assert "Enter sends" in text and "Esc stops a reply" in text
    # A starter goes to the message box, to send or change; nothing is sent.
    window.chat_view.activate_link("starter/1")
    assert window.composer.toPlainText().startswith("Help me write a polite email")
    assert not window.chat.is_generating
    _send(qtbot, window, "Hi")
    shown = window.chat_view.toPlainText()
    assert "Start with one of these" not in shown and REPLY in shown
    # New chat: the starters again, and the meter back to nothing used.
    window.new_conversation()
    assert "Start with one of these" in window.chat_view.toPlainText()
    assert window.model_bar.context.value() == 0
    assert window.statusBar().currentMessage() == ""


def test_the_meter_is_right_for_every_conversation(qtbot: QtBot, window: MainWindow) -> None:
    _send(qtbot, window, "Hello")
    first = window.conversation_id
    assert first is not None
    used = window.model_bar.context.value()
    assert used > 0
    reply = window.browser.last_reply()
    assert reply is not None and reply.prompt_tokens is not None
    window.new_conversation()
    assert window.model_bar.context.value() == 0
    # Reopened (a report of another conversation in between): its last reply's figure.
    window.browser.context_report = None
    window.chat.open_conversation(first, None)
    assert window.model_bar.context.value() == reply.prompt_tokens + (
        reply.completion_tokens or 0)
    assert window.statusBar().currentMessage().startswith("Context: ")


def test_help_about_says_version_engine_and_folders(qtbot: QtBot, window: MainWindow,
                                                   context: AppContext) -> None:
    assert [a.text() for a in window.menuBar().actions()][-1] == "&Help"
    window.menus.help.about.trigger()
    about = window.menus.help.dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    assert __version__ in about.findChild(type(about.engine), "about_title").text()
    # The engine's facts, read off the GUI thread: our build, the CPU variant in use.
    qtbot.waitUntil(lambda: about.engine.text().startswith("llama-cpp-python"))
    assert about.variant.text() not in ("", "…")
    labels = [label.text() for label in about.findChildren(type(about.engine))]
    assert str(context.paths.data_dir) in labels and str(context.paths.log_dir) in labels
    assert "Apache-2.0" in about.licences.toPlainText()
    about.licences.anchorClicked.emit(QUrl("llama2"))
    assert "LLAMA 2 COMMUNITY LICENSE AGREEMENT" in about.licences.toPlainText()
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        about.open_data_folder()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert handler.urls == [QUrl.fromLocalFile(str(context.paths.data_dir))]


def test_help_keyboard_shortcuts_lists_every_key(window: MainWindow) -> None:
    window.menus.help.shortcuts.trigger()
    dialog = window.menus.help.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["New chat"] == "Ctrl+N"
    assert rows["Regenerate reply"] == "Ctrl+R"
    assert rows["Send the message"] == "Enter"
    assert rows["New line in the message"] == "Shift+Enter"
    assert "Esc" in rows.values()


def test_esc_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    _send(qtbot, window, "Hello")
    sidebar = window.sidebar
    sidebar.focus_search()
    qtbot.keyClicks(sidebar.search_box, "hello")
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Escape)
    assert sidebar.search_box.text() == ""
    assert not sidebar.search_box.hasFocus()


def test_a_long_reply_has_its_actions_at_its_end_too(qtbot: QtBot, window: MainWindow,
                                                     context: AppContext) -> None:
    conversation = context.repository.create_conversation(title="Long")
    context.repository.add_message(conversation.id, Role.USER, "Tell me a lot")
    long = context.repository.add_message(conversation.id, Role.ASSISTANT,
                                          "A long answer. " * 120)
    short = context.repository.add_message(conversation.id, Role.USER, "Thanks")
    window.chat.open_conversation(conversation.id, None)
    document = window.chat_view.document()

    def actions_in(block_text_end: int) -> list[str]:
        block = document.findBlock(block_text_end)
        found, piece = [], block.begin()
        while not piece.atEnd():
            fmt = piece.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(QTextImageFormat(fmt.toImageFormat()).anchorHref())
            piece += 1
        return found

    end_of_long = window.chat_view._shown[short.id].start.position() - 1  # noqa: SLF001
    assert actions_in(end_of_long) == [f"llamadesk:copy/{long.id}",
                                       f"llamadesk:regenerate/{long.id}"]


def test_the_message_being_edited_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    _send(qtbot, window, "First words")
    view = window.chat_view
    window.menus.edit.trigger()
    mine = window.browser.last_own_message()
    assert mine is not None and view.editing == mine.id
    [selection] = view.extraSelections()
    assert "First words" in selection.cursor.selectedText()
    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)  # leaves the edit
    assert view.editing is None and view.extraSelections() == []


def test_export_and_import_start_in_documents_with_a_name(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    _send(qtbot, window, "Plan a picnic: bread/cheese?")
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if documents and Path(documents).is_dir() else str(Path.home())
    window.menus.export.trigger()
    dialog = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    assert Path(dialog.directory().absolutePath()) == Path(expected)
    title = window.repository.get_conversation(window.conversation_id).title
    [proposed] = dialog.selectedFiles()
    assert Path(proposed).suffix == ".md" and "/" not in Path(proposed).name
    assert Path(proposed).stem.split()[0] == title.replace("/", " ").split()[0]
    dialog.selectNameFilter("PDF (*.pdf)")
    dialog.filterSelected.emit("PDF (*.pdf)")
    assert Path(dialog.selectedFiles()[0]).suffix == ".pdf"
    dialog.reject()
    window.menus.import_.trigger()
    chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    assert Path(chooser.directory().absolutePath()) == Path(expected)
    chooser.reject()


def test_layout_stays_put(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    # The status bar is there from the start: a message does not move the composer.
    composer_y = window.composer.mapTo(window, window.composer.rect().topLeft()).y()
    window.statusBar().showMessage("Something happened", 1000)
    qtbot.wait(50)
    assert window.composer.mapTo(window, window.composer.rect().topLeft()).y() == composer_y
    # The empty composer: the same height before and after a send, no scroll bar.
    height = window.composer.height()
    assert window.composer.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    _send(qtbot, window, "Hello")
    assert window.composer.height() == height
    assert window.composer.placeholderText() == "Message…"  # the keys: the hint says them
    # A long title is elided in the sidebar; no horizontal scroll bar.
    context.repository.create_conversation(title="A very long title " * 12)
    window.browser.refresh_sidebar()
    bar = window.sidebar.list.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0


def test_dialogs_have_no_stock_icons_and_dark_check_boxes_show(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, "dark")
        # Qt's stock tick and cross on OK and Cancel (a desktop theme's choice): off.
        assert "dialogbuttonbox-buttons-have-icons: 0" in app.styleSheet()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()
        # An unchecked box is outlined in a colour that reads on the dark window,
        # and a checked one is filled with the accent.
        dark = palette_for(True)
        for checked, colour in ((False, dark.muted), (True, dark.accent)):
            check = QCheckBox("Remember")
            check.setChecked(checked)
            qtbot.addWidget(check)
            check.show()
            qtbot.waitExposed(check)
            image = check.grab().toImage()
            seen = {image.pixelColor(x, y).name() for x in range(24)
                    for y in range(image.height())}
            assert colour.lower() in seen, (checked, sorted(seen)[:20])
    finally:
        apply_theme(app, "light")


def test_keys_typed_into_the_first_frame_reach_the_composer(qtbot: QtBot,
                                                            context: AppContext) -> None:
    settings = Settings(context.paths.settings_file)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QPlainTextEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Typed while it opened")
    window.attach(build_parts(context, settings))
    assert window.composer.toPlainText() == "Typed while it opened"
    window.close()
