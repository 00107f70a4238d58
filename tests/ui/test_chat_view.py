"""The chat view on its own: Markdown, hostile text, streaming in place, links."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from llamadesk.storage.records import MessageRecord
from llamadesk.ui.chat.view import ChatView

NOW = datetime.now(UTC)


def message(message_id: int, role: str, content: str, **extra: object) -> MessageRecord:
    return MessageRecord(id=message_id, conversation_id=1, parent_id=message_id - 1 or None,
                         role=role, content=content, status="complete",
                         finish_reason=extra.pop("finish_reason", "stop" if role ==
                                                 "assistant" else None),  # type: ignore[arg-type]
                         created_at=NOW, updated_at=NOW, **extra)  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot) -> ChatView:
    widget = ChatView()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


MARKDOWN = """# Plan

- one
- two

| a | b |
|---|---|
| 1 | 2 |

> quoted

See [the site](https://example.org) and ![x](https://evil.example/track.png).

```python
def f():
    return 1
```
"""


def test_markdown_is_rendered_and_code_can_be_copied(view: ChatView) -> None:
    view.show_messages([message(1, "user", "**not bold**"), message(2, "assistant", MARKDOWN)])
    document = view.document()
    text = view.toPlainText()
    assert "**not bold**" in text  # what a person typed is shown as typed
    assert "# Plan" not in text and "Plan" in text
    assert "Copy code" in text
    html = document.toHtml()
    assert "<table" in html
    assert "https://evil.example/track.png" in text  # the image is a link, never loaded
    view.activate_link("code/0")
    assert QGuiApplication.clipboard().text() == "def f():\n    return 1\n"
    view.activate_link("copy/2")
    assert QGuiApplication.clipboard().text() == MARKDOWN
    # Nothing is ever fetched, whatever asks.
    assert view.loadResource(2, QUrl("https://evil.example/track.png")) is None


HOSTILE = [
    "<script>alert(1)</script><img src=x onerror=alert(1)><b>bold?</b>",
    "<style>body{display:none}</style>&lt;&amp;",
    "مرحبا بالعالم — hello עולם 👩‍👩‍👧‍👦🦙",
    "```\n" + "x = 1\n" * 20_000 + "```",
    "a" * 1_000_000,
]


@pytest.mark.parametrize("role", ["user", "assistant"])
def test_hostile_messages_render_as_text_without_freezing(view: ChatView, role: str) -> None:
    started = time.perf_counter()
    view.show_messages([message(i + 1, role, text) for i, text in enumerate(HOSTILE)])
    elapsed = time.perf_counter() - started
    text = view.toPlainText().replace("\u200b", "")  # break points in very long runs
    assert "<script>alert(1)</script>" in text
    assert "<style>body{display:none}</style>" in text
    assert "👩‍👩‍👧‍👦🦙" in text and "مرحبا بالعالم" in text
    assert "a" * 1_000_000 in text
    assert "alert" not in view.document().toHtml().replace("&lt;script&gt;alert(1)", "")\
        .replace("onerror=alert(1)", "")
    # Generous: this guards against a pathological layout (minutes), not a speed target.
    assert elapsed < 20
    view.activate_link("copy/5")
    assert QGuiApplication.clipboard().text() == "a" * 1_000_000  # copied as stored


def test_a_streaming_reply_only_ever_changes_its_own_tail(view: ChatView,
                                                         qtbot: QtBot) -> None:
    view.show_messages([message(1, "user", "Write code"), message(2, "assistant", MARKDOWN),
                        message(3, "user", "Again")])
    before = view.toPlainText()
    reply_start = view.document().characterCount()
    changes: list[tuple[int, int, int]] = []
    view.document().contentsChange.connect(lambda p, r, a: changes.append((p, r, a)))
    view.begin_reply(4)
    reply = "Here:\n\n```python\nprint('hi')\n\nprint('bye')\n```\n\nDone **now**.\n\n- a\n- b"
    pieces = [reply[i:i + 3] for i in range(0, len(reply), 3)]
    for piece in pieces:
        view.append_reply_text(piece)
    assert all(position >= reply_start - 1 for position, _, _ in changes)
    # Most pieces only add at the end; a finished block replaces its own plain text.
    removals = [removed for _, removed, _ in changes if removed]
    assert 0 < len(removals) <= 4
    assert max(removals) < 60
    view.end_reply(message(4, "assistant", reply, completion_tokens=30,
                           tokens_per_second=12.5, time_to_first_token_ms=80.0,
                           model_name="Tiny"))
    qtbot.waitUntil(lambda: not view.rendering)
    text = view.toPlainText()
    assert text.startswith(before)
    assert "print('bye')" in text and "```" not in text and "**" not in text
    # The actions arrived on the header, as buttons named as the links were.
    assert view.action_names(4) == [("copy", "Copy"), ("regenerate", "Regenerate")]
    cursor = QTextCursor(view.document())
    cursor.setPosition(len(before) + 3)
    assert "12.5 tokens/s" in cursor.charFormat().toolTip()


def test_blocks_finished_together_render_a_slice_at_a_time_and_end_as_a_whole(
        view: ChatView, qtbot: QtBot) -> None:
    blocks = [f"Step {n} with **bold** and an emoji 😀.\r\n\n```python\nx = {n}\n```\n\n"
              for n in range(60)]
    reply = "".join(blocks) + "| a | b |\n|---|---|\n| 1 | 2 |"
    view.show_messages([message(1, "user", "Go")])
    view.begin_reply(2)
    view.append_reply_text(reply)  # one piece finishing 120 blocks at once
    # Nothing was rendered yet: the window got to run first. Only the first blocks'
    # plain text is shown ahead of their rendering (each rendering moves all the
    # plain text after it); the rest waits its turn.
    shown = view.toPlainText()
    assert view.rendering and "**bold**" in shown
    assert "Step 0 " in shown and "Step 59" not in shown and len(shown) < len(reply) / 2
    turns = 0
    while view.rendering:
        qtbot.wait(1)
        turns += 1
    assert turns > 1  # not all in one turn of the event loop
    # Text above the reply changes while it streams: its blocks still land in place.
    view.mark_left_out((1,))
    view.append_reply_text("\n\nTail **end**")
    view.end_reply(message(2, "assistant", reply + "\n\nTail **end**"))
    qtbot.waitUntil(lambda: not view.rendering)
    streamed = view.toPlainText()
    assert "**" not in streamed and "```" not in streamed and "Step 59" in streamed
    # Then, a long reply's actions again (icons: U+FFFC in the text).
    assert streamed.rstrip(" \n\ufffc").endswith("Tail end")
    assert streamed.rstrip().endswith("\ufffc")
    # The same reply opened from the history reads the same.
    view.show_messages([message(1, "user", "Go"),
                        message(2, "assistant", reply.replace("\r", "") + "\n\nTail **end**")])
    view.mark_left_out((1,))
    assert view.toPlainText() == streamed


def test_links_and_versions(view: ChatView, qtbot: QtBot) -> None:
    view.show_messages([message(1, "user", "Q"), message(2, "assistant", "A", finish_reason=
                                                           "cancelled")],
                       {2: (2, 3)})
    text = view.toPlainText()
    assert "‹ 2 / 3 ›" in text and "stopped" in text
    assert view.action_names(1) == [("copy", "Copy"), ("edit", "Edit")]
    assert view.action_names(2) == [("copy", "Copy"), ("regenerate", "Regenerate"),
                                    ("continue", "Continue")]
    for target, expected in (("edit/1", ("edit", 1)), ("regenerate/2", ("regenerate", 2)),
                             ("previous/2", ("previous", 2)), ("next/2", ("next", 2)),
                             ("continue/2", ("continue", 2))):
        with qtbot.waitSignal(view.action_requested) as signal:
            view.activate_link(target)
        assert tuple(signal.args) == expected


def test_action_buttons_show_on_hover_on_keyboard_focus_and_on_the_newest(
        view: ChatView, qtbot: QtBot) -> None:
    view.show_messages([message(1, "user", "Question " * 3), message(2, "assistant", "Answer"),
                        message(3, "user", "More"), message(4, "assistant", "Yes")])
    qtbot.wait(50)
    assert [view.actions_revealed(i) for i in (1, 2, 3, 4)] == [False, False, False, True]
    hidden = view.viewport().grab().toImage()

    # The pointer over the first message's text shows its buttons, and they are drawn.
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.toPlainText().index("Question") + 2)
    QTest.mouseMove(view.viewport(), view.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: view.actions_revealed(1))
    assert not view.actions_revealed(2)
    qtbot.wait(50)
    assert view.viewport().grab().toImage() != hidden
    QTest.mouseMove(view.viewport(), QPoint(view.viewport().width() - 2,
                                            view.viewport().height() - 2))
    view.leaveEvent(QEvent(QEvent.Type.Leave))
    qtbot.waitUntil(lambda: not view.actions_revealed(1))

    # Tab moves through the buttons like links; the focused one's message shows them.
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.actions_revealed(1)
    assert view.focused_link() == "llamadesk:copy/1"
    QTest.keyClick(view, Qt.Key.Key_Return)  # activates it as a click would
    assert QGuiApplication.clipboard().text() == "Question " * 3
    for _ in range(2):  # on to Edit, then to the reply's Copy
        QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.actions_revealed(2) and not view.actions_revealed(1)
    # Shift+Tab from the end reaches the newest message's last button.
    view.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.focused_link() == "llamadesk:regenerate/4"


def test_code_blocks_have_a_shaded_header_bar(view: ChatView, qtbot: QtBot) -> None:
    view.show_messages([message(1, "assistant", "Code:\n\n```python\nprint(1)\n```\n")])
    qtbot.wait(50)
    found = view.document().find("Copy code")
    row = view.cursorRect(found).center().y()
    image = view.viewport().grab().toImage()
    middle = image.pixelColor(view.viewport().width() // 2, row).name()
    assert middle == view._palette.hover  # the bar's shade, between language and Copy
    # The bar is a paragraph, not a table: no frame that would slow every later edit.
    assert view.document().rootFrame().childFrames() == []

    def insets() -> tuple[int, int]:
        """Pixels between the bar's shaded edges and its text: left, right."""
        image = view.viewport().grab().toImage()
        row = view.cursorRect(view.document().find("Copy code")).center().y()
        shade = QColor(view._palette.hover)
        shaded = [x for x in range(image.width()) if image.pixelColor(x, row) == shade]
        ink = [x for x in range(shaded[0], shaded[-1])
               if image.pixelColor(x, row) != shade]
        return ink[0] - shaded[0], shaded[-1] - ink[-1]

    # "Copy code" ends as far from the bar's right edge as the language starts from
    # its left, and stays so when the window is resized.
    for width in (700, 520, 1400):
        view.resize(width, 500)
        qtbot.waitUntil(lambda: 5 <= insets()[0] <= 11 and 5 <= insets()[1] <= 11)


def test_left_out_messages_are_marked(view: ChatView) -> None:
    view.show_messages([message(i, "user" if i % 2 else "assistant", f"m{i}")
                        for i in range(1, 7)])
    view.mark_left_out((1, 2))
    view.mark_left_out((1, 2, 99))  # marking twice, or unknown ids, changes nothing
    assert view.left_out_ids() == [1, 2]
    assert view.toPlainText().count("outside the model's memory") == 2


def test_scrolling_up_stops_following_and_jump_brings_it_back(view: ChatView,
                                                              qtbot: QtBot) -> None:
    view.show_messages([message(i, "user", f"line {i}\n" * 5) for i in range(1, 30)])
    view.begin_reply(30)
    bar = view.verticalScrollBar()
    for _ in range(50):
        view.append_reply_text("more text\n")
    assert bar.value() == bar.maximum() and view.following
    bar.setValue(0)
    assert not view.following
    for _ in range(20):
        view.append_reply_text("more text\n")
    assert bar.value() == 0
    qtbot.waitUntil(view.jump_button.isVisible)
    view.jump_button.click()
    assert bar.value() == bar.maximum() and view.following
    view.append_reply_text("even more\n" * 20)
    assert bar.value() == bar.maximum()
    assert not view.jump_button.isVisible()


@pytest.mark.parametrize(("locale", "italic"), [("en_US", True), ("ar", False), ("ja", False)])
def test_notes_are_italic_only_in_latin_letters(qtbot: QtBot, locale: str,
                                                italic: bool) -> None:
    """Arabic and Japanese have no italics: an oblique face without their glyphs drew
    the notes as empty boxes (seen in Arabic under Xvfb)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        shown = ChatView()
        qtbot.addWidget(shown)
        shown.show_messages([message(1, "user", "Q"),
                             message(2, "assistant", "A", finish_reason="cancelled")])
        at = shown.toPlainText().index("[stopped]") + 2
        cursor = QTextCursor(shown.document())
        cursor.setPosition(at)
        assert cursor.charFormat().fontItalic() is italic
    finally:
        QLocale.setDefault(before)
