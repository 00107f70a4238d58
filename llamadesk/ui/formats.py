"""Sizes, speeds, durations and dates for people, in their locale (QLocale)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject


class Formats(QObject):
    """Holds the unit strings: pyside6-lupdate sees plural forms only in self.tr()."""

    def per_second(self) -> str:
        return self.tr("%1/s")

    def seconds(self, count: int) -> str:
        return self.tr("%n s", "", count)

    def minutes(self, count: int) -> str:
        return self.tr("%n min", "", count)

    def hours_minutes(self) -> str:
        return self.tr("%1 h %2 min")


def _t() -> Formats:
    # A fresh one each time (a microsecond): no module state, and no QObject owned
    # by whichever thread happened to format first.
    return Formats()


def size(count: float) -> str:
    """ "4.1 GB" in decimal units, as file managers and the Hub show sizes."""
    return QLocale().formattedDataSize(int(count), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def speed(bytes_per_second: float) -> str:
    return _t().per_second().replace("%1", size(bytes_per_second))


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(seconds)
    if seconds < 60:
        return _t().seconds(seconds)
    if seconds < 3600:
        minutes = (seconds + 30) // 60
        return _t().minutes(minutes)
    hours, minutes = divmod((seconds + 30) // 60, 60)
    return _t().hours_minutes().replace(
        "%1", QLocale().toString(hours)).replace("%2", QLocale().toString(minutes))


def number(value: int) -> str:
    return QLocale().toString(value)


def decimal(value: float, digits: int = 1) -> str:
    return QLocale().toString(float(value), "f", digits)


def notes_in_italics() -> bool:
    """Whether the chat's notes are set in italics: only for Latin letters. Arabic and
    CJK have no italics, and a font's oblique face without their glyphs drew the
    notes as empty boxes (Arabic, DejaVu Sans Oblique); the muted colour sets them
    apart there."""
    return QLocale().script() == QLocale.Script.LatinScript
