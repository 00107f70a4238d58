"""What a recommended model is good at, as the window says it (the data file holds
keys, so every language reads its own words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from llamadesk.notes import QT_TRANSLATE_NOOP

_NAMES = {
    "chat": QT_TRANSLATE_NOOP("Strengths", "chat"),
    "code": QT_TRANSLATE_NOOP("Strengths", "code"),
    "multilingual": QT_TRANSLATE_NOOP("Strengths", "many languages"),
    "reasoning": QT_TRANSLATE_NOOP("Strengths", "reasoning"),
    "small": QT_TRANSLATE_NOOP("Strengths", "small and fast"),
    "thinking": QT_TRANSLATE_NOOP("Strengths", "thinks first"),
    "tools": QT_TRANSLATE_NOOP("Strengths", "tools"),
    "vision": QT_TRANSLATE_NOOP("Strengths", "images"),
}


def strength_names(keys: tuple[str, ...]) -> list[str]:
    return [QCoreApplication.translate("Strengths", _NAMES[key]) if key in _NAMES else key
            for key in keys]
