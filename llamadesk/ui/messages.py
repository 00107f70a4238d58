"""What the core says (notes, errors), in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from llamadesk.notes import Note


def translated(text: str) -> str:
    """A core Note translated (QCoreApplication.translate is safe on any thread);
    any other text as it is."""
    if not isinstance(text, Note):
        return text
    result = QCoreApplication.translate("messages", text.template)
    for number, value in enumerate(text.args, start=1):
        result = result.replace(f"%{number}", value)
    return result


def message_of(error: BaseException) -> str:
    """The message of an error raised with a Note (or a plain one), translated."""
    first = error.args[0] if error.args else None
    return translated(first) if isinstance(first, Note) else str(error)
