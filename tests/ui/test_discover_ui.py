"""Models › Discover in the real window, offscreen: a search (paged), a repo's
choices with how each fits, and a split model downloaded through the same queue as
the catalog, verified, then listed as installed. Real HTTP to the Hub imitation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.models.token_store import TokenStore
from llamadesk.ui import formats
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.fake_hub import FakeHub, HubFile
from tests.helpers.memory_keyring import MemoryKeyring

REPO = "bartowski/Tiny-Split-GGUF"
LLAMA_REPO = "bartowski/Tiny-Llama-3.1-GGUF"
GATED_REPO = "google/tiny-gemma-GGUF"


@pytest.fixture
def hub(tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    write_tiny_llama(tmp_path / "Tiny-Q4_K_M.gguf", split_max_tensors=4)
    parts = {p.name: HubFile(p.read_bytes()) for p in tmp_path.glob("Tiny-Q4_K_M-*.gguf")}
    server = FakeHub(
        repos={REPO: {**parts, "Tiny-Q8_0.gguf": HubFile(tiny_model.read_bytes())},
               **{f"someone/model-{n}-GGUF": {f"m{n}.Q4_0.gguf": HubFile(b"GGUF" * 8)}
                  for n in range(3)}},
        meta={REPO: {"license": "apache-2.0", "downloads": 100}},
        accounts={"hf_granted": "ada"},
        page_size=2).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    yield server
    server.stop()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    context: AppContext = open_context(str(data_dir))
    win = build_main_window(context, tokens=TokenStore(MemoryKeyring()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    context.close()


def test_search_pick_and_download_a_split_model(qtbot: QtBot, hub: FakeHub,
                                                window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from llamadesk.ui.models import discover_page

    monkeypatch.setattr(discover_page, "PAGE", 2)  # two results a page, to see paging
    window.show_models()
    dialog = window.models_dialog
    page = dialog.discover
    dialog.tabs.setCurrentWidget(page)
    page.query.setText("GGUF")
    page.start_search()
    qtbot.waitUntil(lambda: page.results.count() == 2, timeout=30_000)
    assert page.results.item(0).text().startswith(REPO)  # most downloaded first
    assert "Apache 2.0" in page.results.item(0).text()
    assert page.more.isVisible()
    page.more.click()
    qtbot.waitUntil(lambda: page.results.count() == 4, timeout=30_000)
    assert not page.more.isVisible()

    page.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.choices.count() == 2, timeout=30_000)
    texts = [page.choices.item(i).text() for i in range(2)]
    split = next(t for t in texts if t.startswith("Q4_K_M"))
    assert "3 parts" in split and "tokens/s" in split and "fits" in split
    assert "licence: <a href=\"https://spdx.org/licenses/Apache-2.0.html\">Apache 2.0</a>" \
        in page.repo_heading.text()
    page.choices.setCurrentRow(texts.index(split))
    assert page.download.isEnabled()
    with qtbot.waitSignal(window.library.download_finished, timeout=60_000) as finished:
        page.download.click()
    assert dialog.tabs.currentWidget() is dialog.downloads_page
    model = finished.args[0]  # the installed model
    assert model.repo == REPO and Path(model.path).name.endswith("-00001-of-00003.gguf")
    # Installed lists it once, with the size of all its parts, its template read.
    table = dialog.installed
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)
    row = [table.item(0, column).text() for column in range(table.columnCount())]
    assert any(text == formats.size(model.size) for text in row), row
    assert model.size == sum(p.stat().st_size
                             for p in Path(model.path).parent.glob("Tiny-Q4_K_M-*.gguf"))
    assert model.template and model.context_length > 0


def test_offline_is_one_sentence(qtbot: QtBot, window: MainWindow,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    window.show_models()
    page = window.models_dialog.discover
    page.query.setText("qwen")
    page.start_search()
    qtbot.waitUntil(lambda: "cannot be reached" in page.status.text(), timeout=10_000)
    assert page.results.count() == 0


def _open(qtbot: QtBot, window: MainWindow, hub: FakeHub, repo: str):  # type: ignore[no-untyped-def]
    window.show_models()
    page = window.models_dialog.discover
    window.models_dialog.tabs.setCurrentWidget(page)
    page.query.setText(repo)
    page.start_search()
    qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    page.results.setCurrentRow(0)
    return page


def test_a_llama_licence_is_read_and_accepted_before_the_download(
        qtbot: QtBot, hub: FakeHub, tiny_model: Path, window: MainWindow) -> None:
    from llamadesk.ui.models.license_dialog import LicenseDialog

    hub.repos[LLAMA_REPO] = {"Tiny-Llama-Q8_0.gguf": HubFile(tiny_model.read_bytes())}
    hub.meta[LLAMA_REPO] = {"license": "llama3.1"}
    page = _open(qtbot, window, hub, LLAMA_REPO)
    qtbot.waitUntil(lambda: page.choices.count() == 1, timeout=30_000)
    assert "Llama 3.1 Community License" in page.repo_heading.text()
    assert "asks for your acceptance" in page.repo_heading.text()
    page.download.click()
    dialog = page.license_dialog
    assert isinstance(dialog, LicenseDialog) and dialog.isVisible()
    assert dialog.license_id == "llama3.1"
    assert "LLAMA 3.1 COMMUNITY LICENSE" in dialog.text.toPlainText()
    assert not any("/cdn/" in r for r in hub.requests)  # nothing fetched before accepting
    bar = dialog.text.verticalScrollBar()
    bar.setValue(bar.maximum())  # read to the end
    dialog.agree.setChecked(True)
    with qtbot.waitSignal(window.library.download_finished, timeout=60_000) as finished:
        dialog.accept_button.click()
    assert finished.args[0].license == "llama3.1" and finished.args[0].license_sha256


def test_a_gated_repo_leads_to_the_token_and_opens_after_it(
        qtbot: QtBot, hub: FakeHub, window: MainWindow) -> None:
    hub.repos[GATED_REPO] = {"tiny-gemma-Q4_0.gguf": HubFile(b"GGUF" * 8)}
    hub.meta[GATED_REPO] = {"license": "gemma"}
    hub.gated[GATED_REPO] = {"hf_granted"}
    page = _open(qtbot, window, hub, GATED_REPO)
    assert "gated" in page.results.item(0).text()
    qtbot.waitUntil(lambda: "token:" in page.repo_heading.text(), timeout=30_000)
    assert "Add a Hugging Face token" in page.repo_heading.text()
    page.repo_heading.linkActivated.emit("token:")
    dialog = window.models_dialog
    assert dialog.tabs.currentWidget() is dialog.account_page
    account = dialog.account_page
    assert account.access_repo == GATED_REPO and GATED_REPO in account.account_status.text()
    qtbot.keyClicks(dialog.account_page.token, "hf_granted")
    dialog.account_page.check_token()
    qtbot.waitUntil(lambda: "Signed in as ada, with access to " + GATED_REPO
                    in dialog.account_page.account_status.text(), timeout=30_000)
    assert "hf_granted" not in dialog.account_page.account_status.text()
    dialog.tabs.setCurrentWidget(page)
    page.results.setCurrentRow(-1)
    page.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.choices.count() == 1, timeout=30_000)
    assert page.download.isEnabled() and "Gemma Terms of Use" in page.repo_heading.text()


def test_stop_leaves_a_slow_hub_behind(qtbot: QtBot, hub: FakeHub, window: MainWindow) -> None:
    hub.api_delay = 3.0
    window.show_models()
    page = window.models_dialog.discover
    page.query.setText("GGUF")
    page.start_search()
    assert page.stop.isVisible() or not page.isVisible()
    qtbot.keyClick(page.stop, Qt.Key.Key_Space)  # the keyboard reaches it
    assert page.status.text() == "Stopped." and not page.stop.isVisible()
    qtbot.wait(4_000)  # the answer arrives, and is ignored
    assert page.results.count() == 0 and page.status.text() == "Stopped."
    # The window went on meanwhile, and a new search is answered.
    hub.api_delay = 0.0
    page.start_search()
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=30_000)
