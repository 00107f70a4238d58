"""The sidebar: date groups with pinned on top, search, rename, delete with undo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from llamadesk.app import AppContext, open_context
from llamadesk.storage.schema import Conversation, Role, utc_now
from llamadesk.ui.chat.titles import display_title, edited_title
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow


@pytest.fixture
def history(data_dir: Path) -> Iterator[AppContext]:
    context = open_context(str(data_dir))
    repo = context.repository
    for title, text, age_days in [("Llama facts", "Llamas hum to each other.", 0),
                                  ("Trip to Kyoto", "京都の紅葉はきれいでした。", 1),
                                  ("Old recipe", "Knead the dough for ten minutes.", 30)]:
        cid = repo.create_conversation(title=title).id
        repo.add_message(cid, Role.USER, text)
        with context.database.session() as session:
            session.execute(update(Conversation).where(Conversation.id == cid)
                            .values(updated_at=utc_now() - timedelta(days=age_days)))
            session.commit()
    yield context
    context.close()


@pytest.fixture
def window(qtbot: QtBot, history: AppContext) -> MainWindow:
    win = build_main_window(history)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_groups_by_date_with_pinned_on_top(window: MainWindow, history: AppContext) -> None:
    sidebar = window.sidebar
    assert sidebar.group_titles() == ["Today", "Yesterday", "Older"]
    history.repository.set_pinned(3, True)
    sidebar.refresh()
    assert sidebar.group_titles() == ["Pinned", "Today", "Yesterday"]  # Older is now empty
    assert sidebar.conversation_titles()[0] == "Old recipe"


def test_search_finds_highlights_and_opens(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.composer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search_box.hasFocus()
    window.sidebar.search_box.setText("紅葉")  # CJK arrives through the input method
    qtbot.waitUntil(lambda: window.sidebar.conversation_titles()[:1] == [
        "Trip to Kyoto\n京都の紅葉はきれいでした。"], timeout=5_000)
    item = window.sidebar.list.item(0)
    assert "<b style='background:#ffe066'>紅葉</b>" in item.data(Qt.ItemDataRole.UserRole + 2)
    window.sidebar.list.setCurrentRow(0)
    assert window.conversation_id == 2
    assert "京都の紅葉" in window.chat_view.toPlainText()
    window.sidebar.search_box.clear()
    qtbot.waitUntil(lambda: len(window.sidebar.conversation_titles()) == 3, timeout=5_000)


def test_hostile_search_text_is_harmless(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.sidebar.search_box, 'NEAR("*')
    qtbot.waitUntil(lambda: window.sidebar.list.count() == 1, timeout=5_000)
    assert window.sidebar.list.item(0).text() == "No matches"


def test_delete_then_undo(qtbot: QtBot, window: MainWindow, history: AppContext) -> None:
    window.sidebar.select(1)
    assert window.conversation_id == 1
    window.sidebar.delete_current()
    assert "Llama facts" not in window.sidebar.conversation_titles()
    assert window.sidebar.undo_bar.isVisible()
    assert window.conversation_id is None  # the open conversation went with it
    qtbot.mouseClick(window.sidebar.undo_button, Qt.MouseButton.LeftButton)
    assert "Llama facts" in window.sidebar.conversation_titles()
    assert not window.sidebar.undo_bar.isVisible()
    window.sidebar.select(3)
    window.sidebar.delete_current()
    window.close()  # undo ends when the app quits: the trash is emptied
    reopened = open_context(str(history.paths.data_dir))
    assert [c.title for c in reopened.repository.list_conversations()] == [
        "Llama facts", "Trip to Kyoto"]
    reopened.close()


def test_inline_rename(window: MainWindow, history: AppContext) -> None:
    sidebar = window.sidebar
    item = next(sidebar.list.item(i) for i in range(sidebar.list.count())
                if edited_title(sidebar.list.item(i).text()) == "Old recipe")
    item.setText("Grandma's bread")  # what the inline editor commits
    assert history.repository.get_conversation(3).title == "Grandma's bread"
    # An edit that keeps the invisible isolate around the text stores only the text.
    item.setText(display_title("Grandma's rye"))
    assert history.repository.get_conversation(3).title == "Grandma's rye"


def test_a_title_reads_as_written(window: MainWindow, history: AppContext) -> None:
    """A right-to-left override made "gnp.exe" show as "exe.png"."""
    cid = history.repository.create_conversation(title="Holiday \u202egnp.exe").id
    window.sidebar.refresh()
    shown = next(window.sidebar.list.item(i).text() for i in range(window.sidebar.list.count())
                 if window.sidebar.list.item(i).data(Qt.ItemDataRole.UserRole) == cid)
    assert "\u202e" not in shown and "gnp.exe" in shown
    assert shown.startswith("\u2068") and shown.endswith("\u2069")


def test_new_chat_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select(2)
    assert window.conversation_id == 2
    qtbot.keyClick(window.composer, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversation_id is None
    assert "京都" not in window.chat_view.toPlainText()
    assert window.composer.hasFocus()


def test_export_and_import_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           history: AppContext) -> None:
    import json

    import pypdf

    window.sidebar.select(2)
    for fmt in ("md", "html", "txt", "json", "pdf"):
        target = tmp_path / f"kyoto.{fmt}"
        with qtbot.waitSignal(window.transfer.export_finished, timeout=10_000):
            window.transfer.export_to(target, fmt)
        assert target.stat().st_size > 0
    assert "京都の紅葉" in (tmp_path / "kyoto.md").read_text()
    pdf_text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "kyoto.pdf").pages)
    assert "京都の紅葉" in "".join(pdf_text.split())  # CJK runs come back line by line
    everything = tmp_path / "all.json"
    with qtbot.waitSignal(window.transfer.export_finished, timeout=10_000):
        window.transfer.export_to(everything, "json", everything=True)
    assert len(json.loads(everything.read_text())["conversations"]) == 3

    window.sidebar.select(1)
    window.sidebar.delete_current()
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10_000) as imported:
        window.transfer.import_from(everything)
    assert (imported.args[0].imported, imported.args[0].skipped) == (1, 2)
    assert "Llama facts" in window.sidebar.conversation_titles()

    with qtbot.waitSignal(window.transfer.export_finished, timeout=10_000):
        window.transfer.export_to(tmp_path / "all.zip", "zip:html", everything=True)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    window.transfer.import_from(broken)
    qtbot.waitUntil(lambda: any(box.isVisible() and "not valid JSON" in box.text()
                                for box in window.findChildren(QMessageBox, "error_message")),
                    timeout=5_000)
