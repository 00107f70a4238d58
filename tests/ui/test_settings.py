"""Settings in the real window: stored, applied, and restored after a restart."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.settings import Settings
from llamadesk.storage.schema import Role
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow

Opener = Callable[[str | None], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[Opener]:
    contexts: list[AppContext] = []

    def opener(model: str | None = None) -> MainWindow:
        context = open_context(str(data_dir))
        contexts.append(context)
        window = build_main_window(context, model)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if model:
            qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
        return window

    yield opener
    for context in contexts:
        context.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from llamadesk.ui.theme import apply_theme
    apply_theme(app, "system")


def test_window_state_is_restored_after_a_restart(open_window: Opener, qtbot: QtBot,
                                                  data_dir: Path) -> None:
    window = open_window(None)
    repo = window.repository
    cid = repo.create_conversation(title="Keep me open").id
    repo.add_message(cid, Role.USER, "hello")
    window.browser.refresh_sidebar()
    window.chat.open_conversation(cid)
    # Within the offscreen platform's 800 x 600 screen, which restoreGeometry respects.
    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.width() == 760)
    window.splitter.setSizes([170, 581])
    assert window.splitter.sizes()[0] == 170
    window.close()

    again = open_window(None)
    assert again.conversation_id == cid
    assert "hello" in again.chat_view.toPlainText()
    qtbot.waitUntil(lambda: (again.width(), again.height()) == (760, 560))
    assert again.splitter.sizes()[0] == 170


def test_app_settings_apply_now_and_after_a_restart(open_window: Opener, qtbot: QtBot,
                                                    data_dir: Path) -> None:
    window = open_window(None)
    window.menus.settings.trigger()
    dialog = window.settings_dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.send_key.setCurrentIndex(dialog.send_key.findData("ctrl_enter"))
    dialog.font_size.setValue(13)
    dialog.gpu_auto.setChecked(False)
    dialog.gpu_layers.setValue(0)
    dialog.threads.setValue(2)
    dialog.main_gpu.setValue(1)
    dialog.accept()

    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80  # dark, at once
    assert window.composer.ctrl_enter_sends
    assert QApplication.font().pointSize() == 13
    stored = Settings(data_dir / "settings.json")
    assert (stored["theme"], stored["gpu_layers"], stored["threads"]) == ("dark", 0, 2)
    options = window.models.load_options("/some/model.gguf")
    assert (options.n_gpu_layers, options.n_threads, options.main_gpu) == (0, 2, 1)
    window.close()

    again = open_window(None)
    assert again.composer.ctrl_enter_sends
    qtbot.keyClicks(again.composer, "two")
    qtbot.keyClick(again.composer, Qt.Key.Key_Return)
    qtbot.keyClicks(again.composer, "lines")
    assert again.composer.toPlainText() == "two\nlines"  # Enter is a new line now


def test_defaults_for_new_chats_and_per_conversation_values(
        open_window: Opener, qtbot: QtBot, tiny_model: Path) -> None:
    window = open_window(str(tiny_model))
    window.show_settings()
    dialog = window.settings_dialog
    # No conversation open: no "This conversation" tab.
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "New chats", "App", "API server", "Tools", "Pool"]
    dialog.defaults.system_prompt.setPlainText("Be brief.")
    dialog.defaults.preset.setCurrentIndex(dialog.defaults.preset.findData("creative"))
    dialog.defaults.preset.activated.emit(dialog.defaults.preset.currentIndex())
    dialog.accept()

    with qtbot.waitSignal(window.parts.workers.worker.generation_finished, timeout=30_000) as first:
        window.chat.send_message("Hi")
    reply = first.args[0]
    conversation = window.repository.get_conversation(reply.conversation_id)
    assert conversation.system_prompt == "Be brief."
    assert reply.params["temperature"] == 0.95
    qtbot.waitUntil(lambda: not window.chat.is_generating)

    window.show_settings()
    dialog = window.settings_dialog
    assert dialog.tabs.count() == 6  # This conversation, then the five others
    assert dialog.conversation.system_prompt.toPlainText() == "Be brief."
    dialog.conversation.values["temperature"].setValue(0.3)
    dialog.accept()
    worker = window.parts.workers.worker
    with qtbot.waitSignal(worker.generation_finished, timeout=30_000) as second:
        window.chat.send_message("Again")
    assert second.args[0].params["temperature"] == 0.3
    assert second.args[0].params["repeat_penalty"] == 1.05  # the rest is still the preset's


def test_the_template_choice_is_kept_per_model(open_window: Opener, qtbot: QtBot,
                                               tiny_model: Path) -> None:
    window = open_window(str(tiny_model))
    assert window.models.model is not None and window.models.model.template.value == "llama2"
    bar = window.model_bar
    # What "automatic" resolved to, in the picker itself.
    assert bar.template.itemText(0) == "Template: automatic (Llama 2)"
    bar.template.setCurrentIndex(bar.template.findData("plain"))
    with qtbot.waitSignal(window.models.loaded, timeout=30_000):
        bar.template.activated.emit(bar.template.currentIndex())
    qtbot.waitUntil(lambda: window.models.model is not None
                    and window.models.model.template.value == "plain")
    window.close()

    again = open_window(None)  # the last model comes back by itself, with its template
    qtbot.waitUntil(lambda: again.models.model is not None, timeout=30_000)
    assert again.models.model is not None and again.models.model.template.value == "plain"
    assert again.model_bar.template.currentData() == "plain"


def test_the_window_starts_with_a_damaged_settings_file(open_window: Opener, data_dir: Path,
                                                       tiny_model: Path) -> None:
    """Each of these stopped the window from starting, on every launch."""
    from llamadesk.paths import AppPaths

    paths = AppPaths.resolve(str(data_dir))
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({
        "window_geometry": "ÄÖÜ", "splitter_sizes": [10**21, 5],
        "template_overrides": {str(tiny_model): "mystery"}, "last_conversation": 10**30,
        "theme": "dark",
    }), encoding="utf-8")
    window = open_window(str(tiny_model))
    assert window.isVisible() and window.models.model is not None
    assert window.settings["theme"] == "dark"


def test_a_conversation_made_in_the_terminal_samples_alike_in_the_window(
        open_window: Opener, data_dir: Path, tiny_model: Path) -> None:
    """One decision (llamadesk/sampling.py) for the window and `llamadesk chat`."""
    import sqlite3
    import subprocess
    import sys

    from llamadesk.paths import AppPaths

    paths = AppPaths.resolve(str(data_dir))
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps(
        {"default_preset": "creative", "default_sampling": {"temperature": 0.7}}))

    def chat(*extra: str) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
             "--model", str(tiny_model), *extra, "Hello"], capture_output=True, text=True,
            timeout=120)
        assert result.returncode == 0, result.stderr

    def reply_params() -> list[dict[str, object]]:
        with sqlite3.connect(data_dir / "history.sqlite3") as raw:
            rows = raw.execute("SELECT params FROM messages WHERE role = 'assistant'"
                               " ORDER BY id").fetchall()
        return [json.loads(row[0]) for row in rows]

    chat()  # a new conversation: the app's default for new chats
    chat("--conversation", "1")  # continued in the terminal: the same again
    first, second = reply_params()
    assert first["temperature"] == 0.7 and first["top_p"] == 0.95  # creative + override
    assert second == first
    window = open_window(None)
    shown = window.chat.sampling(1).as_dict()
    assert {k: shown[k] for k in ("temperature", "top_p", "top_k", "min_p", "repeat_penalty")} \
        == {k: first[k] for k in ("temperature", "top_p", "top_k", "min_p", "repeat_penalty")}


def test_sampling_choice_round_trip_and_leniency() -> None:
    from llamadesk.sampling import SamplingChoice, sampling_for

    choice = SamplingChoice("precise").with_overrides(temperature=0.3, top_k=20)
    assert SamplingChoice.from_json(choice.to_json()) == choice
    assert choice.params(max_tokens=5).top_k == 20 and choice.params().temperature == 0.3
    default = SamplingChoice("creative")
    assert sampling_for({}, default) == default  # made before choices were stored
    assert sampling_for({"preset": "nonsense"}, default) == default
    assert sampling_for({"preset": "balanced", "temperature": "hot"}, default) == \
        SamplingChoice("balanced")


def test_the_dialog_shows_what_the_conversation_samples_with(
        open_window: Opener, data_dir: Path) -> None:
    """A conversation with nothing stored (made before choices were stored) shows the
    default for new chats with its overrides, as the window samples it; the spin boxes
    take their ranges from the core's table."""
    from llamadesk.app import open_context
    from llamadesk.sampling import SAMPLING_BOUNDS

    context = open_context(str(data_dir))
    try:
        conversation = context.repository.create_conversation(title="Old").id
    finally:
        context.close()
    window = open_window(None)
    window.settings.update(default_preset="precise", default_sampling={"top_p": 0.5})
    window.chat.open_conversation(conversation)
    window.show_settings()
    editor = window.settings_dialog.conversation
    assert editor.preset.currentData() == "precise"
    assert editor.values["top_p"].value() == 0.5
    assert window.chat.sampling(conversation).top_p == 0.5
    for key, (low, high, _) in SAMPLING_BOUNDS.items():
        assert (editor.values[key].minimum(), editor.values[key].maximum()) == (low, high)


def test_settings_that_cannot_be_saved_are_said_so_and_kept_on_screen(
        open_window: Opener, data_dir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    """The disk refuses (here: the settings file's folder is a file): a message, the
    dialog stays open with the choices made, and nothing goes to the crash handler."""
    from PySide6.QtWidgets import QMessageBox

    window = open_window(None)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    window.settings.file = blocker / "settings.json"
    window.show_settings()
    dialog = window.settings_dialog
    dialog.font_size.setValue(17)
    dialog.accept()
    boxes = [box for box in window.findChildren(QMessageBox, "error_message")
             if box.isVisible()]
    assert len(boxes) == 1 and "The settings could not be saved" in boxes[0].text()
    assert dialog.isVisible() and dialog.font_size.value() == 17
    boxes[0].close()
    dialog.reject()


def test_replies_of_models_without_a_template_and_a_cpu_only_build(
        open_window: Opener, data_dir: Path) -> None:
    from PySide6.QtWidgets import QLabel

    from llamadesk.engine.backends import has_gpu_module

    window = open_window(None)
    window.menus.settings.trigger()
    dialog = window.settings_dialog
    assert (dialog.plain_max_tokens.value(), dialog.plain_repeat_penalty.value()) == (512, 1.15)
    dialog.plain_max_tokens.setValue(300)
    dialog.plain_repeat_penalty.setValue(1.3)
    # GPU choices only where the build has a GPU backend; otherwise a line says why.
    gpu_build = has_gpu_module()
    assert dialog.gpu_layers.isVisibleTo(dialog) == gpu_build
    assert (dialog.findChild(QLabel, "cpu_only_build") is None) == gpu_build
    dialog.accept()
    stored = Settings(data_dir / "settings.json")
    assert (stored["plain_max_tokens"], stored["plain_repeat_penalty"]) == (300, 1.3)
