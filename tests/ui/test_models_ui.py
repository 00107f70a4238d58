"""First run and the model manager, against the local Hub imitation over real HTTP."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.models.catalog import assess, find_entry, load_catalog
from llamadesk.models.download_queue import State
from llamadesk.models.token_store import TokenStore
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from llamadesk.ui.messages import message_of
from llamadesk.ui.models import welcome as welcome
from llamadesk.ui.models.license_dialog import LicenseDialog
from tests.helpers.fake_hub import FakeHub, HubFile
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.tiny_gguf import REPLY

GB = 1_000_000_000
GATED = "meta-llama/Llama-2-7b-chat-hf"
TOKEN = "hf_aliceshasaccessaliceshasaccess"
OTHER = "hf_bobhasnoaccessbobhasnoaccess"


@pytest.fixture
def sixteen_gb(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same recommendation on every machine: 13B Q4_K_M for 16 GB on a GPU."""
    monkeypatch.setattr(welcome, "machine_fit",
                        lambda: assess(load_catalog(), 16 * GB, gpu=True))


@pytest.fixture
def hub(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    data = tiny_model.read_bytes()
    repos: dict[str, dict[str, HubFile]] = {GATED: {"config.json": HubFile(b"{}")}}
    for entry_id in ("llama-2-13b-chat-q4_k_m", "llama-2-7b-chat-q2_k"):
        entry = find_entry(entry_id)
        assert entry is not None
        repos.setdefault(entry.repo, {})[entry.files[0]] = HubFile(data)
    server = FakeHub(
        repos=repos,
        gated={GATED: {TOKEN}}, accounts={TOKEN: "alice", OTHER: "bob"}).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    yield server
    server.stop()


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, keyring: KeyringBackend) -> Iterator[MainWindow]:
    """Built with its collaborators handed in: a keyring of the test's own."""
    context: AppContext = open_context(str(data_dir))
    win = build_main_window(context, tokens=TokenStore(keyring))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    context.close()


def _accept_license(qtbot: QtBot, owner: object) -> None:
    qtbot.waitUntil(lambda: isinstance(getattr(owner, "license_dialog", None), LicenseDialog)
                    and owner.license_dialog.isVisible())  # type: ignore[attr-defined]
    dialog: LicenseDialog = owner.license_dialog  # type: ignore[attr-defined]
    assert "LLAMA 2 COMMUNITY LICENSE AGREEMENT" in dialog.text.toPlainText()
    assert not dialog.agree.isEnabled()  # not before the text has been scrolled through
    assert not dialog.accept_button.isEnabled()
    bar = dialog.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert dialog.agree.isEnabled()
    dialog.agree.setChecked(True)
    dialog.accept_button.click()


def test_first_run_license_download_load_and_first_chat(
        sixteen_gb: None, hub: FakeHub, window: MainWindow, qtbot: QtBot,
        data_dir: Path) -> None:
    page = window.welcome
    assert window.pages.currentWidget() is page
    assert "Llama 2 13B Chat (Q4_K_M)" in page.choice.text()
    assert "700 million" in page.summary.text()

    page.download_button.click()
    assert not hub.requests  # nothing is fetched before the license is accepted
    _accept_license(qtbot, page)
    qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)
    assert window.pages.currentWidget() is window.chat_page
    installed = window.library.manager.registry.all()
    assert [m.id for m in installed] == ["llama-2-13b-chat-q4_k_m"]
    assert installed[0].license_accepted_at
    assert (data_dir / "licenses.json").is_file()
    assert "Llama 2 13B Chat" in window.model_bar.picker.currentText()

    with qtbot.waitSignal(window.parts.workers.worker.generation_finished, timeout=30_000) as done:
        window.chat.send_message("Hello")
    assert done.args[0].content == REPLY


def test_catalog_download_pause_resume_and_cancel(
        hub: FakeHub, window: MainWindow, qtbot: QtBot) -> None:
    hub.delay_per_chunk = 0.2  # slow enough to be paused in the middle
    window.menus.models.trigger()
    dialog = window.models_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.catalog
    names = [table.item(row, 0).text() + " " + table.item(row, 1).text()
             for row in range(table.rowCount())]
    assert len(names) == 36
    fits = {table.item(row, 5).text() for row in range(table.rowCount())}
    assert fits <= {"Fits", "Tight", "Too large", "★ Recommended"} and "Too large" in fits
    table.selectRow(names.index("Llama 2 7B Chat Q2_K"))
    seen: list[object] = []
    window.library.download_changed.connect(seen.append)
    dialog.download_selected()
    _accept_license(qtbot, dialog)
    assert dialog.tabs.currentIndex() == dialog.DOWNLOADS
    qtbot.waitUntil(lambda: bool(window.library.downloads)
                    and window.library.downloads[0].state is State.RUNNING
                    and window.library.downloads[0].progress is not None, timeout=10_000)
    item = window.library.downloads[0]
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: item.state is State.PAUSED, timeout=10_000)
    # The row follows by a queued signal from the download thread.
    qtbot.waitUntil(lambda: "Paused" in dialog.downloads.item(0, 4).text(), timeout=5_000)
    hub.delay_per_chunk = 0.0
    dialog.resume_button.click()
    qtbot.waitUntil(lambda: item.state is State.DONE, timeout=30_000)
    assert hub.range_starts[-1] > 0  # it went on from where it stopped
    qtbot.waitUntil(lambda: "Installed" in dialog.downloads.item(0, 4).text(), timeout=5_000)
    # What crossed from the download thread: frozen copies, never the live item.
    from llamadesk.models.download_queue import DownloadSnapshot

    assert seen and all(isinstance(event, DownloadSnapshot) for event in seen)
    states = [event.state for event in seen]  # type: ignore[attr-defined]
    assert State.PAUSED in states and states[-1] is State.DONE
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1, timeout=30_000)

    # A second one, cancelled: nothing of it is left.
    table.selectRow(names.index("Llama 2 13B Chat Q4_K_M"))
    hub.delay_per_chunk = 0.05
    dialog.download_selected()  # the license is accepted already: no dialog
    qtbot.waitUntil(lambda: len(window.library.downloads) == 2
                    and window.library.downloads[1].state is State.RUNNING, timeout=10_000)
    dialog.downloads.selectRow(1)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.library.downloads[1].state is State.CANCELLED,
                    timeout=10_000)
    partial = window.library.manager.downloader.partial_dir
    assert partial.is_dir() and not list(partial.glob("llama-2-13b*"))
    assert len(window.library.manager.registry.all()) == 1


def test_import_by_file_and_by_drop_then_verify_and_delete(
        window: MainWindow, qtbot: QtBot, tiny_model: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.show_models()
    dialog = window.models_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.library.import_finished, timeout=30_000):
        dialog.import_path(tiny_model)
        answer_import(qtbot, dialog, "Copy into LlamaDesk's folder")
    copied = window.library.manager.registry.all()[0]
    assert Path(copied.path).parent == window.library.manager.models_dir
    qtbot.waitUntil(lambda: window.models.model is not None, timeout=30_000)  # loaded: nothing was
    assert dialog.installed.rowCount() == 1

    # Drop a second copy (another name) on the main window.
    second = tmp_path / "dropped-model.gguf"
    shutil.copyfile(tiny_model, second)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.library.import_finished, timeout=30_000):
        window.dropEvent(drop)
        answer_import(qtbot, window, "Use where it is")
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 2)
    # Used where it is: nothing copied.
    assert not (window.library.manager.models_dir / second.name).exists()

    # A file that is not a model: a clear message, nothing registered.
    bogus = tmp_path / "notes.gguf"
    bogus.write_bytes(b"hello, not a model" * 100)
    with qtbot.waitSignal(window.library.import_failed, timeout=30_000) as failed:
        dialog.import_path(bogus)
        answer_import(qtbot, dialog, "Use where it is")
    assert "GGUF" in message_of(failed.args[0])
    boxes = [box for box in dialog.findChildren(QMessageBox, "error_message") if box.isVisible()]
    assert len(boxes) == 1 and "GGUF" in boxes[0].text()  # once, not again by the window
    boxes[0].close()
    assert dialog.installed.rowCount() == 2

    # Verify the dropped copy, then break it and verify again.
    row = [m.path.endswith("dropped-model.gguf") for m in dialog._installed].index(True)
    dialog.installed.selectRow(row)
    installed_path = Path(dialog._installed[row].path)
    with qtbot.waitSignal(window.library.changed, timeout=30_000):
        dialog._installed_action("verify")
    qtbot.waitUntil(lambda: "intact" in window.statusBar().currentMessage())
    with installed_path.open("r+b") as handle:
        handle.seek(os.path.getsize(installed_path) // 2)
        handle.write(b"\xff\xfe")
    with qtbot.waitSignal(window.library.changed, timeout=30_000):
        dialog._installed_action("verify")
    qtbot.waitUntil(lambda: any(box.isVisible() and "checksum" in box.text()
                                for box in dialog.findChildren(QMessageBox)))

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_: QMessageBox.StandardButton.Yes)
    dialog._installed_action("delete")
    assert dialog.installed.rowCount() == 1
    # Used in place: the entry goes, the user's own file stays.
    assert installed_path == second and second.exists()


def test_token_is_checked_saved_in_the_keyring_and_never_shown(
        hub: FakeHub, window: MainWindow, qtbot: QtBot, data_dir: Path,
        keyring: MemoryKeyring) -> None:
    window.show_models()
    dialog = window.models_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(dialog.ACCOUNT)
    assert dialog.account_page.token.echoMode() == dialog.account_page.token.EchoMode.Password

    dialog.account_page.token.setText(OTHER)
    dialog.account_page.check_token()
    qtbot.waitUntil(lambda: "bob" in dialog.account_page.account_status.text(), timeout=10_000)
    assert "without access" in dialog.account_page.account_status.text()

    dialog.account_page.token.setText(TOKEN)
    dialog.account_page.check_token()
    qtbot.waitUntil(lambda: "alice" in dialog.account_page.account_status.text(), timeout=10_000)
    assert "with access to " + GATED in dialog.account_page.account_status.text()
    assert dialog.account_page.token.text() == ""  # not left on screen
    assert list(keyring.store.values()) == [TOKEN]
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path

    dialog.account_page.clear_token()
    assert keyring.store == {}


@pytest.mark.parametrize("keyring", [FailKeyring()])
def test_no_keyring_is_said_plainly(window: MainWindow) -> None:
    window.show_models()
    dialog = window.models_dialog
    assert dialog is not None
    assert not dialog.account_page.keyring_warning.isHidden()
    dialog.account_page.token.setText(TOKEN)
    dialog.account_page.save_token()  # kept for the session only, not refused, not written anywhere
    assert window.library.tokens.get() == TOKEN
    assert window.library.tokens.source() == "this session only"
    QApplication.processEvents()


def test_a_token_saved_after_a_first_download_is_used_for_the_next(
        hub: FakeHub, window: MainWindow, qtbot: QtBot) -> None:
    from llamadesk.models.license import LLAMA2

    window.library.manager.licenses.accept(LLAMA2)
    public, gated = find_entry("llama-2-7b-chat-q2_k"), find_entry("llama-2-13b-chat-q4_k_m")
    assert public is not None and gated is not None
    first = window.library.download(public)
    qtbot.waitUntil(lambda: first.state is State.DONE, timeout=30_000)

    hub.gated[gated.repo] = {TOKEN}
    window.show_models()
    dialog = window.models_dialog
    assert dialog is not None
    dialog.account_page.token.setText(TOKEN)
    dialog.account_page.save_token()
    second = window.library.download(gated)
    qtbot.waitUntil(lambda: second.state in (State.DONE, State.FAILED), timeout=30_000)
    assert second.state is State.DONE, second.error


def test_embedding_models_download_from_their_tab_with_nothing_to_accept(
        tiny_model: Path, window: MainWindow, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from llamadesk.models.embedding_catalog import find_embedding_entry
    from llamadesk.ui.documents.collections_dialog import embedding_models

    entry = find_embedding_entry("nomic-embed-text-v1.5-q8_0")
    assert entry is not None
    server = FakeHub(repos={entry.repo: {entry.files[0]: HubFile(tiny_model.read_bytes())}})
    server.start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    try:
        window.menus.models.trigger()
        dialog = window.models_dialog
        assert dialog is not None
        dialog.tabs.setCurrentIndex(dialog.EMBEDDING)
        table = dialog.embedding_table
        rows = {table.item(row, 0).text(): row for row in range(table.rowCount())}
        assert set(rows) == {"nomic-embed-text v1.5", "bge-small-en v1.5",
                             "multilingual-e5-small"}
        assert table.item(rows["nomic-embed-text v1.5"], 1).text() == "Apache License 2.0"
        assert table.item(rows["nomic-embed-text v1.5"], 4).text() == "★ Recommended"
        table.selectRow(rows["nomic-embed-text v1.5"])
        dialog.download_embedding()  # no license dialog
        assert dialog.tabs.currentIndex() == dialog.DOWNLOADS
        qtbot.waitUntil(lambda: bool(window.library.downloads)
                        and window.library.downloads[0].state is State.DONE, timeout=30_000)
        models_dir = window.library.manager.models_dir
        # The collections dialog offers it as an embedding model.
        assert [p.name for p in embedding_models(models_dir)] == [entry.filename]
    finally:
        server.stop()


def answer_import(qtbot: QtBot, parent: QWidget, button_text: str | None) -> None:
    """Clicks an answer in the import question, as a user would (None: Cancel)."""
    boxes: list[QMessageBox] = []
    qtbot.waitUntil(lambda: bool(boxes.extend(
        box for box in parent.findChildren(QMessageBox, "import_question")
        if box.isVisible() and box not in boxes) or boxes))
    box = boxes[-1]
    if button_text is None:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return
    [button] = [b for b in box.buttons() if b.text() == button_text]
    button.click()


def test_the_model_in_use_is_listed_and_actions_wait_for_a_selection(
        qtbot: QtBot, window: MainWindow, tiny_model: Path, tmp_path: Path) -> None:
    """A model opened from a file (--model, Open) is in Installed, as what it is; no
    button acts on nothing; Cancel imports nothing."""
    opened = tmp_path / "elsewhere" / "my-model.gguf"
    opened.parent.mkdir()
    shutil.copyfile(tiny_model, opened)
    # Open while the dialog is showing: the list follows without being reopened. (The
    # worker's own signal reaches a test's wait on the worker's thread, before the
    # window has heard of the model; the controller's is the window's news.)
    window.show_models()
    dialog = window.models_dialog
    assert dialog is not None and dialog.installed.rowCount() == 0
    with qtbot.waitSignal(window.models.loaded, timeout=30_000):
        window.models.load_model(str(opened))
    assert dialog.installed.rowCount() == 1
    assert dialog.installed.item(0, 3).text() == f"Opened from {opened.parent}"
    buttons = dialog.installed_buttons
    assert not any(button.isEnabled() for button in buttons.values())
    dialog.installed.selectRow(0)
    enabled = {key for key, button in buttons.items() if button.isEnabled()}
    assert enabled == {"load", "speed", "folder"}  # not ours to check or delete
    for button in (dialog.pause_button, dialog.resume_button, dialog.cancel_button):
        assert not button.isEnabled()  # no download at all

    dialog.import_path(opened)
    answer_import(qtbot, dialog, None)
    qtbot.wait(200)
    assert window.library.manager.registry.all() == []


def test_other_models_opens_the_recommended_list_in_a_dialog_whose_tabs_are_in_order(
        sixteen_gb: None, window: MainWindow, qtbot: QtBot) -> None:
    more = window.welcome.findChild(QPushButton, "welcome_more")
    assert more is not None and more.text() == "Other models…"
    assert "Llama 2 13B Chat" in window.welcome.choice.text()  # the card keeps Llama 2
    more.click()
    dialog = window.models_dialog
    assert dialog is not None and dialog.tabs.currentIndex() == dialog.RECOMMENDED
    # Every constant names its own page, in any order the tabs are built.
    assert dialog.tabs.widget(dialog.DISCOVER) is dialog.discover
    assert dialog.tabs.widget(dialog.DOWNLOADS) is dialog.downloads_page
    assert dialog.tabs.widget(dialog.ACCOUNT) is dialog.account_page
    assert dialog.tabs.widget(dialog.INSTALLED).findChild(QTableWidget, "installed_table")
    assert dialog.tabs.widget(dialog.EMBEDDING).findChild(QTableWidget, "embedding_table")
    table = dialog.recommended_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows[0][0].startswith("Llama 2") and rows[0][-1] == "★ Recommended"
    assert any(row[0] == "Gemma 3 4B" and "images" in row[5] and row[4] == "Gemma Terms"
               for row in rows)
    assert any(row[0].startswith("Qwen3") and "thinks first" in row[5] for row in rows)
    assert all("tokens/s" in row[3] for row in rows)


def test_a_recommended_model_asks_for_its_licence_then_downloads(
        hub: FakeHub, tiny_model: Path, window: MainWindow, qtbot: QtBot) -> None:
    from llamadesk.models.recommended import load_recommended

    entry = next(e for e in load_recommended() if e.license == "llama3.2")
    hub.repos[entry.repo] = {entry.filename: HubFile(tiny_model.read_bytes())}
    window.show_models("recommended")
    dialog = window.models_dialog
    assert dialog is not None
    table = dialog.recommended_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).text() == entry.name
               and table.item(r, 1).text() == entry.quantization)
    table.selectRow(row)
    dialog.download_recommended()
    licence = dialog.license_dialog
    assert isinstance(licence, LicenseDialog) and licence.license_id == "llama3.2"
    assert "European Union" in licence.findChild(QLabel, "license_summary").text()
    bar = licence.text.verticalScrollBar()
    bar.setValue(bar.maximum())
    licence.agree.setChecked(True)
    with qtbot.waitSignal(window.library.download_finished, timeout=60_000) as finished:
        licence.accept_button.click()
    assert dialog.tabs.currentIndex() == dialog.DOWNLOADS
    assert finished.args[0].id == entry.id and finished.args[0].license == "llama3.2"
