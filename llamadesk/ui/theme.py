"""Light, dark, or whatever the system uses."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class _ThemeState(QObject):
    """What the application looked like before any theme, and the last theme applied;
    a child of the application, so it lives and dies with it (no module state)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("llamadesk_theme_state")
        style = app.style()
        self.original = (style.name() if style is not None else "", app.palette(), app.font())
        # The last light or dark theme applied, its font size and darkness: applying
        # the same again would only restyle every widget for nothing (the window's
        # first frame applies it, then the filled window's settings do).
        self.applied: tuple[str, int, bool] | None = None

    @staticmethod
    def of(app: QApplication) -> _ThemeState:
        found = app.findChild(_ThemeState, "llamadesk_theme_state")
        return found if isinstance(found, _ThemeState) else _ThemeState(app)


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d2e31",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.Link: "#8ab4ff",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.BrightText: "#ff6b6b",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def system_is_dark() -> bool:
    # Asking builds Qt's whole `Qt` namespace (40-50 ms): the window's first
    # frame, which starts with the system's own palette anyway, never asks.
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str, font_size: int = 0) -> bool:
    """Apply "system", "light" or "dark" and the font size (0: the system's);
    returns whether the result is dark."""
    state = _ThemeState.of(app)
    if state.applied is not None and state.applied[:2] == (theme, font_size):
        return state.applied[2]
    name, palette, font = state.original
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    if theme == "system":
        if name:
            app.setStyle(name)
        app.setPalette(palette)
    else:
        # Fusion draws every control from the palette, so both themes look whole.
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_dark_palette() if dark else QStyleFactory.create("Fusion")
                       .standardPalette())
    chosen = QFont(font)
    if font_size > 0:
        chosen.setPointSize(font_size)
    app.setFont(chosen)
    # "system" follows the desktop, which may have changed since: never skipped.
    state.applied = (theme, font_size, dark) if theme != "system" else None
    return dark
