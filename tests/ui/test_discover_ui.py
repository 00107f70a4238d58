"""Models › Discover in the real window, offscreen: a search (paged), a repo's
choices with how each fits, and a split model downloaded through the same queue as
the catalog, verified, then listed as installed. Real HTTP to the Hub imitation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.models.token_store import TokenStore
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow
from tests.helpers.fake_hub import FakeHub, HubFile
from tests.helpers.memory_keyring import MemoryKeyring

REPO = "bartowski/Tiny-Split-GGUF"


@pytest.fixture
def hub(tmp_path: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    write_tiny_llama(tmp_path / "Tiny-Q4_K_M.gguf", split_max_tensors=4)
    parts = {p.name: HubFile(p.read_bytes()) for p in tmp_path.glob("Tiny-Q4_K_M-*.gguf")}
    server = FakeHub(
        repos={REPO: {**parts, "Tiny-Q8_0.gguf": HubFile(tiny_model.read_bytes())},
               **{f"someone/model-{n}-GGUF": {f"m{n}.Q4_0.gguf": HubFile(b"GGUF" * 8)}
                  for n in range(3)}},
        meta={REPO: {"license": "apache-2.0", "downloads": 100}},
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
    assert "apache-2.0" in page.results.item(0).text()
    assert page.more.isVisible()
    page.more.click()
    qtbot.waitUntil(lambda: page.results.count() == 4, timeout=30_000)
    assert not page.more.isVisible()

    page.results.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.choices.count() == 2, timeout=30_000)
    texts = [page.choices.item(i).text() for i in range(2)]
    split = next(t for t in texts if t.startswith("Q4_K_M"))
    assert "3 parts" in split and "tokens/s" in split and "fits" in split
    assert "licence: apache-2.0" in page.repo_heading.text()
    page.choices.setCurrentRow(texts.index(split))
    assert page.download.isEnabled()
    with qtbot.waitSignal(window.library.download_finished, timeout=60_000) as finished:
        page.download.click()
    assert dialog.tabs.currentWidget() is dialog.downloads_page
    model = finished.args[0]  # the installed model
    assert model.repo == REPO and Path(model.path).name.endswith("-00001-of-00003.gguf")


def test_offline_is_one_sentence(qtbot: QtBot, window: MainWindow,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    window.show_models()
    page = window.models_dialog.discover
    page.query.setText("qwen")
    page.start_search()
    qtbot.waitUntil(lambda: "cannot be reached" in page.status.text(), timeout=10_000)
    assert page.results.count() == 0
