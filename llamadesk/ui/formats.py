"""Sizes, speeds, durations and dates for people, in their locale (QLocale)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def size(count: float) -> str:
    """ "4.1 GB" in decimal units, as file managers and the Hub show sizes."""
    return QLocale().formattedDataSize(int(count), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def speed(bytes_per_second: float) -> str:
    return QCoreApplication.translate("formats", "%1/s").replace("%1", size(bytes_per_second))


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = int(seconds)
    if seconds < 60:
        return QCoreApplication.translate("formats", "%n s", "", seconds)
    if seconds < 3600:
        return QCoreApplication.translate("formats", "%n min", "", (seconds + 30) // 60)
    hours, minutes = divmod((seconds + 30) // 60, 60)
    return QCoreApplication.translate("formats", "%1 h %2 min").replace(
        "%1", QLocale().toString(hours)).replace("%2", QLocale().toString(minutes))


def number(value: int) -> str:
    return QLocale().toString(value)


def date_time(moment: datetime) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())),
                              QLocale.FormatType.ShortFormat)
