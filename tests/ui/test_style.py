"""The design system's promises: readable contrast in both themes, computed from the
palettes the stylesheet and the chat view are built from."""

from __future__ import annotations

import pytest

from llamadesk.ui.style.contrast import contrast
from llamadesk.ui.style.tokens import DARK, LIGHT, Palette

# (foreground, backgrounds it is drawn on, the least contrast it needs)
BODY, LARGE_OR_ICON = 4.5, 3.0
PAIRS = [
    ("text", ("window", "surface", "base", "user_message", "code", "hover", "selected"), BODY),
    ("muted", ("window", "surface", "base", "user_message", "code", "selected"), BODY),
    ("accent", ("window", "surface", "base", "user_message"), BODY),  # links, labels
    ("on_accent", ("accent",), BODY),  # the primary button's label
    ("chip_text", ("good", "warn", "bad"), BODY),  # fit chips, the stop button
    ("accent", ("window", "base", "surface"), LARGE_OR_ICON),  # focus rings
]


def test_the_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == 1.0


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_and_icon_colour_is_readable_on_what_it_sits_on(palette: Palette) -> None:
    too_low = []
    for foreground, backgrounds, least in PAIRS:
        for background in backgrounds:
            ratio = contrast(getattr(palette, foreground), getattr(palette, background))
            if ratio < least:
                too_low.append(f"{foreground} on {background}: {ratio:.2f} < {least}")
    assert too_low == []


def test_the_stylesheet_names_colours_only_through_the_palette() -> None:
    """Every colour in the stylesheet is one of the palette's: change a token and
    the whole window follows."""
    import re

    from llamadesk.ui.style.stylesheet import stylesheet

    for palette in (LIGHT, DARK):
        sheet = stylesheet(palette)
        used = set(re.findall(r"#[0-9a-fA-F]{6}\b", sheet))
        assert used <= set(vars(palette).values()), used - set(vars(palette).values())
