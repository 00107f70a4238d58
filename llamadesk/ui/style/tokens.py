"""The design tokens: spacing, radii, type scale and the two palettes.

Widgets name a role ("muted", "accent"), never a literal colour: the stylesheet
and the chat view's document take the colour from the palette of the theme.
"""

from __future__ import annotations

from dataclasses import dataclass

# Spacing scale, in pixels.
SPACE = (4, 8, 12, 16, 24, 32)
XS, S, M, L, XL, XXL = SPACE
# Corner radii.
RADIUS_SMALL, RADIUS, RADIUS_LARGE = 4, 8, 12
# Type scale, relative to the body size (the user's font size, or the system's).
SMALL, TITLE, HEADLINE = 0.9, 1.25, 1.6
CODE_FONT = "monospace"
# The chat's reading column: wider windows keep it centred.
READING_WIDTH = 760


@dataclass(frozen=True)
class Palette:
    name: str
    dark: bool
    window: str  # behind everything
    surface: str  # panels: the sidebar, cards, bars
    base: str  # where text is read and written
    text: str
    muted: str  # secondary text: hints, timestamps, notes
    accent: str  # links, the primary button, focus, the selection
    on_accent: str  # text on the accent colour
    border: str
    hover: str
    selected: str  # the selected row, behind `text`
    user_message: str  # behind what the user wrote
    code: str  # behind code
    good: str  # fits
    warn: str  # tight, left out
    bad: str  # too large, failed
    chip_text: str  # text on good/warn/bad chips


LIGHT = Palette(
    name="light", dark=False,
    window="#f6f7f9", surface="#eef0f3", base="#ffffff",
    text="#1d2127", muted="#59606b",
    accent="#2864d0", on_accent="#ffffff",
    border="#d5d9e0", hover="#e3e6eb", selected="#d6e3fa",
    user_message="#edf3fd", code="#f2f4f7",
    good="#1e7a3c", warn="#9a5b00", bad="#b3261e", chip_text="#ffffff",
)

DARK = Palette(
    name="dark", dark=True,
    window="#1b1c1f", surface="#232529", base="#17181b",
    text="#e7e9ec", muted="#a9afb8",
    accent="#7ea6ff", on_accent="#0e1420",
    border="#3a3d44", hover="#2c2f35", selected="#2f4166",
    user_message="#222c3b", code="#25282d",
    good="#62c27f", warn="#e0a54a", bad="#ff8a80", chip_text="#0e1420",
)


def palette_for(dark: bool) -> Palette:
    return DARK if dark else LIGHT
