"""Light, dark, or whatever the system uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

if TYPE_CHECKING:
    import tempfile


class _ThemeState(QObject):
    """What the application looked like before any theme, and the last theme applied;
    a child of the application, so it lives and dies with it (no module state)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("llamadesk_theme_state")
        style = app.style()
        self.original = (style.name() if style is not None else "", app.palette(), app.font())
        # The last theme applied, its font size and darkness: applying the same
        # again would only restyle every widget for nothing (the window's first
        # frame applies it, then the filled window's settings do).
        self.applied: tuple[str, int, bool] | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def check_image(self, colour: str) -> str:
        """The tick of a checked box, tinted, as a file (a stylesheet takes a path): in
        a folder of this process's own, made at the first theme."""
        import tempfile
        from pathlib import Path

        from llamadesk.ui.style.icons import svg_text

        if self._folder is None:
            # Removed when the process ends (TemporaryDirectory's own finalizer).
            self._folder = tempfile.TemporaryDirectory(prefix="llamadesk-style-")
        path = Path(self._folder.name) / f"check-{colour.lstrip('#')}.svg"
        if not path.exists():
            path.write_text(svg_text("check", colour), encoding="utf-8")
        return path.as_posix()

    @staticmethod
    def of(app: QApplication) -> _ThemeState:
        found = app.findChild(_ThemeState, "llamadesk_theme_state")
        return found if isinstance(found, _ThemeState) else _ThemeState(app)


def system_is_dark() -> bool:
    # Asking builds Qt's whole `Qt` namespace (40-50 ms): the window's first
    # frame, which starts with the system's own palette anyway, never asks.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> bool:
    """Apply "system", "light" or "dark" and the font size (0: the system's);
    returns whether the result is dark. "system" follows the desktop's light or
    dark, in LlamaDesk's own design (ui/style/)."""
    from llamadesk.ui.style.stylesheet import qpalette, stylesheet
    from llamadesk.ui.style.tokens import palette_for

    state = _ThemeState.of(app)
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    if state.applied is not None and state.applied == (theme, font_size, dark):
        return dark
    _name, _palette, font = state.original
    # Fusion draws every control from the palette, so both themes look whole.
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = palette_for(dark)
    app.setPalette(qpalette(palette))
    app.setStyleSheet(stylesheet(palette, state.check_image(palette.on_accent)))
    chosen = QFont(font)
    if font_size > 0:
        chosen.setPointSize(font_size)
    app.setFont(chosen)
    state.applied = (theme, font_size, dark)
    return dark
