"""What an empty chat offers: a few things to ask, and the keys worth knowing.

A click on a starter puts it in the message box (to send or change), never sends
it: the user stays in charge of what goes to the model.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def starters() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("starters", "Explain how a refrigerator keeps food cold, in simple words."),
        translate("starters", "Help me write a polite email asking to move a meeting to "
                              "next week."),
        translate("starters", "Give me three ideas for a weekend project with my kids."),
        translate("starters", "Summarise the main points of the text I paste next."),
    ]


def shortcuts(send_keys: tuple[str, str]) -> list[tuple[str, str]]:
    """(keys, what they do): the few a newcomer needs; Help › Keyboard shortcuts has all."""
    translate = QCoreApplication.translate
    send, new_line = send_keys
    return [
        (send, translate("starters", "sends")),
        (new_line, translate("starters", "starts a new line")),
        ("Esc", translate("starters", "stops a reply")),
        ("Ctrl+N", translate("starters", "new chat")),
        ("Ctrl+F", translate("starters", "searches your conversations")),
        ("Ctrl+Up", translate("starters", "edits your last message")),
    ]
