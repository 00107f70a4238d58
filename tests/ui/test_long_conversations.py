"""A long conversation in the real window: windowed, loaded upwards, jumped into."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext
from llamadesk.storage.schema import Role
from llamadesk.ui.chat.browser import WINDOW
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow

COUNT = 400


@pytest.fixture
def long_history(context: AppContext) -> tuple[AppContext, int, list[int]]:
    repo = context.repository
    cid = repo.create_conversation(title="Long").id
    ids = [repo.add_message(cid, Role.USER if i % 2 == 0 else Role.ASSISTANT,
                            f"message number {i} " + ("with `code`" if i % 7 == 0 else "")).id
           for i in range(COUNT)]
    return context, cid, ids


@pytest.fixture
def window(qtbot: QtBot, long_history: tuple[AppContext, int, list[int]]
           ) -> Iterator[MainWindow]:
    win = build_main_window(long_history[0])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_opening_shows_only_the_newest_window(
        window: MainWindow, qtbot: QtBot,
        long_history: tuple[AppContext, int, list[int]]) -> None:
    _, cid, ids = long_history
    window.chat.open_conversation(cid)
    view = window.chat_view
    assert view.shown_ids == ids[-WINDOW:]
    assert view.has_more_above
    assert f"message number {COUNT - 1}" in view.toPlainText()
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()

    # Scrolling to the top loads the previous window above, keeping the view still.
    shown_first = view.first_message_id
    bar.setValue(0)
    qtbot.waitUntil(lambda: len(view.shown_ids) == 2 * WINDOW)
    assert view.shown_ids == ids[-2 * WINDOW:]
    assert bar.value() > 0  # the reader still looks at the same message
    assert shown_first in view.shown_ids
    while view.has_more_above:
        bar.setValue(0)
    assert view.shown_ids == ids
    assert view.toPlainText().index("message number 0 ") < \
        view.toPlainText().index("message number 1\n")


def test_a_search_hit_deep_in_the_past_opens_around_it(
        window: MainWindow, qtbot: QtBot,
        long_history: tuple[AppContext, int, list[int]]) -> None:
    _, cid, ids = long_history
    window.chat.open_conversation(cid, ids[50])
    view = window.chat_view
    assert ids[50] in view.shown_ids and ids[-1] not in view.shown_ids
    assert view.has_more_below
    shown = view.shown_ids
    assert shown == ids[ids.index(shown[0]):ids.index(shown[-1]) + 1]  # one unbroken slice
    assert view.jump_button.isVisible()
    with qtbot.waitSignal(view.latest_requested):
        view.jump_button.click()
    assert view.shown_ids == ids[-WINDOW:] and not view.has_more_below
