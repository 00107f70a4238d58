"""Times from the history shown in the local time zone, whatever the history holds.

A stored time near the ends of the calendar (9999-12-31, from an imported file)
cannot move to a time zone east of UTC: Python raises OverflowError. One such
conversation made the sidebar, and so the window, fail on every start.
"""

from __future__ import annotations

from datetime import datetime, tzinfo


def in_local_time(value: datetime, zone: tzinfo | None = None) -> datetime:
    """``value`` in ``zone`` (the system's by default), or as stored if it cannot move."""
    try:
        return value.astimezone(zone)
    except (OverflowError, ValueError):
        return value
