"""Faster replies in the real window, offscreen: a model's speculative decoding chosen
in Models › Installed, kept per model, applied to the loaded model from its next
reply (no reload), shown in the reply's statistics; a draft with another vocabulary
said in a sentence, and the reply still comes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import write_tiny_bpe
from llamadesk.settings import Settings
from llamadesk.speculation_choice import SpeculationChoice
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.models.speculation_dialog import SpeculationDialog


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, chatty_model: Path
           ) -> Iterator[tuple[MainWindow, AppContext]]:
    context = open_context(str(data_dir))
    built = build_main_window(context, str(chatty_model))
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: built.models.model is not None, timeout=30_000)
    yield built, context
    built.close()
    context.close()


def _open_dialog(qtbot: QtBot, window: MainWindow) -> SpeculationDialog:
    window.show_models("installed")
    dialog = window.models_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1)
    dialog.installed.selectRow(0)
    button = dialog.installed_buttons["speed"]
    assert button.isEnabled() and button.text() == "Faster replies…"
    button.click()
    [found] = [d for d in dialog.findChildren(SpeculationDialog, "speculation_dialog")
               if d.isVisible()]
    return found


def _reply(qtbot: QtBot, window: MainWindow, text: str) -> str:
    """Sends ``text``; the text shown, with the statistics (the reply header's tooltip)."""
    window.chat.send_message(text)
    qtbot.waitUntil(lambda: not window.chat.is_generating, timeout=60_000)
    window.chat_view.finish_rendering()
    tips = []
    block = window.chat_view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            tips.append(fragments.fragment().charFormat().toolTip())
            fragments += 1
        block = block.next()
    return window.chat_view.toPlainText() + "\n".join(tips)


def test_choose_guessing_for_a_model_and_see_it_in_the_reply(
        qtbot: QtBot, window: tuple[MainWindow, AppContext], chatty_model: Path,
        data_dir: Path, tmp_path: Path) -> None:
    main, _ = window
    main.parts.settings["plain_max_tokens"] = 40  # the chatty model never stops by itself
    dialog = _open_dialog(qtbot, main)
    path = str(chatty_model.resolve())
    assert dialog.choice() == SpeculationChoice()  # automatic until chosen otherwise
    assert not dialog.draft.isEnabled()
    dialog.mode.setCurrentIndex(dialog.mode.findData("draft"))
    assert dialog.draft.isEnabled()
    # No other model installed: nothing to pick yet, and OK says what is missing.
    dialog._accept()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Choose the draft model" in dialog.problem.text()

    # A draft with another vocabulary: kept as chosen, refused in words when applied.
    bpe = write_tiny_bpe(tmp_path / "bpe-draft.gguf", control_tokens=("<s>", "</s>"),
                         bos="<s>", eos="</s>")
    dialog._chosen([bpe])
    dialog.tokens.setValue(4)
    dialog._accept()
    assert not dialog.isVisible()
    kept = Settings(main.parts.context.paths.settings_file).speculation_for(path)
    assert kept == SpeculationChoice("draft", str(bpe.resolve()), 4)
    boxes: list[QMessageBox] = []
    qtbot.waitUntil(lambda: bool(boxes.extend(
        b for b in main.findChildren(QMessageBox) if b.isVisible()) or boxes), timeout=30_000)
    assert "bpe-draft.gguf cannot be the draft for this model" in boxes[0].text()
    assert "prompt lookup instead" in boxes[0].text()
    boxes[0].accept()
    # The reply still comes, sped up by lookup instead: its statistics say how much.
    shown = _reply(qtbot, main, "Talk to me")
    assert "lazy dog" in shown and "% of guesses kept" in shown

    # The model itself as its draft (every guess right), from the next reply on.
    again = _open_dialog(qtbot, main)
    assert again.choice() == SpeculationChoice("draft", str(bpe.resolve()), 4)
    again._chosen([chatty_model])
    again._accept()
    qtbot.wait(200)
    assert not any(b.isVisible() for b in main.findChildren(QMessageBox))
    record = main.parts.context.repository
    _reply(qtbot, main, "Talk again")
    last = record.all_messages(main.chat.browser.conversation_id)[-1]
    assert last.guessed_tokens and last.accepted_tokens == last.guessed_tokens
    session = main.parts.workers.worker.session  # the reply is over: read, not raced
    assert session is not None and session.speculative == f"draft:{chatty_model.resolve()}"

    # Off: nothing guessed, no rate shown for that reply.
    off = _open_dialog(qtbot, main)
    off.mode.setCurrentIndex(off.mode.findData("off"))
    off._accept()
    _reply(qtbot, main, "Once more")
    last = record.all_messages(main.chat.browser.conversation_id)[-1]
    assert last.guessed_tokens is None and last.completion_tokens
    assert Settings(main.parts.context.paths.settings_file).speculation_for(path).mode == "off"
