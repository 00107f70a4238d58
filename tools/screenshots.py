"""Renders LlamaDesk's main screens to PNG, on a real X server (Xvfb).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--language de]

Without $DISPLAY it re-runs itself under xvfb-run. Everything happens in a
throwaway data folder: a demo conversation written straight into the history,
the tiny test model (tests/helpers) loaded for real, and downloads from the
Hub imitation on 127.0.0.1, so nothing here needs the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_QUESTION = "How do I read a CSV file in Python and sum one column?"
DEMO_REPLY = """Use the standard library's `csv` module: no extra package needed.

```python
import csv

def column_total(path: str, column: str) -> float:
    with open(path, newline="", encoding="utf-8") as handle:
        return sum(float(row[column]) for row in csv.DictReader(handle))

print(column_total("sales.csv", "amount"))
```

A few things to watch:

1. **Empty cells** raise `ValueError`; skip them with `if row[column]`.
2. For large files this reads one row at a time, so memory stays flat.
3. With *pandas* installed it is one line: `pd.read_csv(path)[column].sum()`.

| Approach | Extra package | Speed on 1 GB |
|---|---|---|
| `csv` module | none | ~40 s |
| pandas | pandas | ~6 s |
"""
OTHER_CHATS = [
    ("Trip to Kyoto in November", "Which temples are best for autumn leaves?",
     "Tōfuku-ji and Eikan-dō are the classic choices; go early to avoid the crowds."),
    ("Explain WAL mode", "Why does SQLite's WAL mode survive crashes?",
     "Each commit is appended to the write-ahead log and fsynced before it counts."),
    ("Birthday poem for Mum", "Write a short poem for my mum's 70th birthday.",
     "Seventy springs of laughter, seventy autumns of grace…"),
]


DEMO_DOCUMENTS = {
    "espresso-machine.md": "# Descaling\n\nDescale every 2 months with hard water, every 4 "
    "with soft water. Fill the tank with 500 ml of water and one sachet of descaler, run "
    "half through the steam wand, wait 20 minutes, then run the rest. Rinse twice with "
    "clean water.\n",
    "kettle.txt": "Kettle care: remove limescale monthly with a 1:1 mix of water and white "
    "vinegar; boil, leave for an hour, rinse.\n",
    "warranty.md": "# Warranty\n\nTwo years from purchase; keep the receipt.\n",
}
DOCS_QUESTION = "How often should I descale the espresso machine, and how?"
DOCS_REPLY = """With hard water, **every 2 months**; with soft water, every 4 [1].

1. Fill the tank with 500 ml of water and one sachet of descaler.
2. Run half of it through the steam wand, then wait 20 minutes.
3. Run the rest through, and rinse twice with clean water [1].

The kettle's manual suggests vinegar for limescale [2], but use the machine's own
descaler: vinegar can damage espresso machine seals.
"""


def reexec_under_xvfb() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    if shutil.which("xvfb-run") is None:
        sys.exit("Needs an X display or xvfb-run (apt install xvfb).")
    command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, *sys.argv]
    sys.exit(subprocess.call(command))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="", help="a shipped language code, e.g. de")
    args = parser.parse_args()
    reexec_under_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ.pop("HF_TOKEN", None)

    from PySide6.QtWidgets import QApplication

    from llamadesk.app import open_context
    from llamadesk.models.catalog import find_entry
    from llamadesk.models.license import LLAMA2, LicenseStore
    from llamadesk.storage.records import Source
    from llamadesk.storage.schema import Role
    from llamadesk.ui.launch import build_main_window, create_application
    from tests.helpers.fake_hub import FakeHub, HubFile
    from tests.helpers.tiny_gguf import LLAMA2_TEMPLATE, write_tiny_llama

    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="llamadesk-shots-"))
    model = write_tiny_llama(work / "llama-2-7b-chat.Q4_K_M.gguf", chat_template=LLAMA2_TEMPLATE,
                             name="Llama 2 7B Chat (demo)")
    app = create_application([])
    if args.language:
        from llamadesk.ui.i18n import install_translations

        install_translations(app, args.language)

    def settle(seconds: float = 0.4) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)

    def wait(condition: Callable[[], bool], timeout: float = 30) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("screenshot setup timed out")
            app.processEvents()
            time.sleep(0.01)

    def shot(widget: object, name: str) -> None:
        settle()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    # 1. First run: nothing installed.
    first = open_context(str(work / "first"))
    window = build_main_window(first)
    window.resize(1200, 760)
    window.show()
    shot(window, "welcome")
    window.close()
    first.close()

    # 2. A chat with code, the sidebar with a few conversations.
    data = work / "data"
    context = open_context(str(data))
    repo = context.repository
    for title, question, answer in OTHER_CHATS:
        cid = repo.create_conversation(title=title).id
        repo.add_message(cid, Role.USER, question)
        repo.add_message(cid, Role.ASSISTANT, answer)
    main_chat = repo.create_conversation(title="Sum a CSV column in Python").id
    repo.add_message(main_chat, Role.USER, DEMO_QUESTION)
    repo.add_message(main_chat, Role.ASSISTANT, DEMO_REPLY)
    window = build_main_window(context, str(model))
    window.resize(1200, 760)
    window.show()
    wait(lambda: window.models.model is not None)
    window.chat.open_conversation(main_chat)
    window.composer.setPlainText("And how would I do it for several columns at once?")
    shot(window, "chat")

    # 3. Search.
    window.sidebar.focus_search()
    window.sidebar.search_box.setText("temples")
    wait(lambda: window.sidebar.list.count() > 0 and "temples" in
         window.sidebar.list.item(0).text().lower() or window.sidebar.list.count() > 1, 10)
    shot(window, "search")
    window.sidebar.search_box.clear()
    settle()

    # 4. Settings.
    window.show_settings()
    dialog = window.settings_dialog
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    shot(dialog, "settings")
    dialog.reject()

    # 5. The model manager, a download in progress from the Hub imitation.
    entry = find_entry("llama-2-13b-chat-q4_k_m")
    assert entry is not None
    hub = FakeHub(repos={entry.repo: {entry.files[0]: HubFile(model.read_bytes() * 8)}},
                  delay_per_chunk=0.05).start()
    os.environ["HF_ENDPOINT"] = hub.url
    LicenseStore(context.paths.config_dir / "licenses.json").accept(LLAMA2)
    window.show_models()
    models = window.models_dialog
    assert models is not None
    window.library.download(entry)
    models.tabs.setCurrentIndex(models.DOWNLOADS)
    wait(lambda: bool(window.library.downloads) and window.library.downloads[0].progress
         is not None and window.library.downloads[0].progress.done > 12 << 20)
    shot(models, "models-download")
    models.tabs.setCurrentIndex(models.CATALOG)
    shot(models, "models-catalog")
    window.library.close()
    hub.stop()
    models.close()

    # 6. Documents: a collection indexed by the tiny model, a reply citing it.
    notes = work / "Manuals"
    notes.mkdir()
    for name, text in DEMO_DOCUMENTS.items():
        (notes / name).write_text(text, encoding="utf-8")
    indexing = window.parts.indexing.worker
    window.documents.show_collections()
    collections = window.documents.dialog
    assert collections is not None
    # The tiny model stands in for an embedding model, under a catalog model's name.
    embedder = write_tiny_llama(work / "nomic-embed-text-v1.5.Q8_0.gguf")
    indexed: list[object] = []
    indexing.finished.connect(lambda _name, report: indexed.append(report))
    indexing.create_requested.emit("Home manuals", str(embedder), [str(notes)])
    wait(lambda: bool(indexed))
    shot(collections, "documents-collections")
    collections.close()
    cid = repo.create_conversation(title="Descaling the espresso machine").id
    repo.set_collections(cid, ["Home manuals"])
    repo.add_message(cid, Role.USER, DOCS_QUESTION)
    answer = repo.add_message(cid, Role.ASSISTANT, DOCS_REPLY)
    repo.set_sources(answer.id, [
        Source(str(notes / "espresso-machine.md"), DEMO_DOCUMENTS["espresso-machine.md"],
               "Home manuals", heading="Descaling"),
        Source(str(notes / "kettle.txt"), DEMO_DOCUMENTS["kettle.txt"], "Home manuals")])
    window.documents.worker.list_requested.emit()
    window.chat.open_conversation(cid)
    window.composer.setPlainText("And what does the warranty cover?")
    wait(lambda: window.chat_page.documents_toggle.chosen == ["Home manuals"], 10)
    shot(window, "documents-chat")

    # 7. Dark theme.
    window.settings.update(theme="dark")
    window.apply_settings()
    window.chat.open_conversation(main_chat)
    shot(window, "dark")
    window.settings.update(theme="system")
    window.close()
    context.close()
    QApplication.processEvents()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
