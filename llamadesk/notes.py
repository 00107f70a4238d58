"""Sentences the core says to people, in English, that the window can translate.

The core (engine, models, storage) has no Qt. A Note is the English text, what
the terminal and the log show, that also keeps its template and values: the
window looks the template up in the "messages" catalog and fills the values in
(llamadesk/ui/messages.py). QT_TRANSLATE_NOOP is only a marker for
pyside6-lupdate, which collects the templates wrapped in it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    return text


class Note(str):
    """``template`` with %1, %2… replaced by ``args``; a plain str to everyone else."""

    template: str
    args: tuple[str, ...]
    # What the note is about, for the one who shows it to add where to change it:
    # the window names its setting, the terminal its flag.
    topic: str

    def __new__(cls, template: str, *args: object, topic: str = "") -> Note:
        values = tuple(str(value) for value in args)
        text = template
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", value)
        note = super().__new__(cls, text)
        note.template = template
        note.args = values
        note.topic = topic
        return note


# Topics of notes that a setting (window) or a flag (terminal) changes.
CONTEXT_SIZE = "context-size"
GPU_OFF = "gpu-off"
BASE_MODEL = "base-model"
