"""The application's Qt stylesheet, built from the tokens and a palette.

Kept to what the palette alone cannot say (rounded fields, the primary button,
hover and selection, a thin context meter, visible focus): every rule costs
Qt some work for each widget it styles (bench/ui.py measures it).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from llamadesk.ui.style.tokens import RADIUS, RADIUS_LARGE, RADIUS_SMALL, Palette


def qpalette(p: Palette) -> QPalette:
    """Qt's palette for the widgets the stylesheet leaves alone."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window, QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.base, QPalette.ColorRole.AlternateBase: p.surface,
        QPalette.ColorRole.Text: p.text, QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text, QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.on_accent, QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text, QPalette.ColorRole.Link: p.accent,
        QPalette.ColorRole.PlaceholderText: p.muted, QPalette.ColorRole.BrightText: p.bad,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return palette


def stylesheet(p: Palette, check_image: str = "") -> str:
    """``check_image``: the path of the tick drawn in a checked box (an SVG file in the
    accent's text colour): Qt's stylesheets take images by path only."""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QCheckBox::indicator, QGroupBox::indicator {{ width: 14px; height: 14px;
    border: 1px solid {p.muted}; border-radius: 3px; background: {p.base}; }}
QCheckBox::indicator:hover, QGroupBox::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {{ background: {p.accent};
    border-color: {p.accent}; image: url("{check_image}"); }}
QCheckBox::indicator:disabled {{ border-color: {p.border}; background: {p.surface}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
            padding: 4px 8px; border-radius: {RADIUS_SMALL}px; }}

QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
              border-radius: {RADIUS}px; padding: 6px 14px; }}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: 5px 13px; }}
QPushButton:disabled {{ color: {p.muted}; }}
QPushButton#primary, QPushButton#send_button, QPushButton#welcome_download,
QPushButton#download_button {{ background: {p.accent}; color: {p.on_accent};
              border: 1px solid {p.accent}; font-weight: 600; }}
QPushButton#primary:hover, QPushButton#send_button:hover, QPushButton#welcome_download:hover,
QPushButton#download_button:hover {{ background: {p.accent}; border-color: {p.text}; }}
QPushButton#send_button[stopping="true"] {{ background: {p.bad}; border-color: {p.bad};
              color: {p.chip_text}; }}

QToolButton#documents_toggle, QToolButton#think_toggle {{ background: {p.surface};
    color: {p.text};
    border: 1px solid {p.border}; border-radius: {RADIUS}px; padding: 6px 24px; }}
QToolButton#documents_toggle:hover, QToolButton#think_toggle:hover {{
    background: {p.hover}; }}
QToolButton#documents_toggle:focus, QToolButton#think_toggle:focus {{
    border: 2px solid {p.accent}; }}
QToolButton#documents_toggle::menu-indicator, QToolButton#think_toggle::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: center right; right: 8px; }}
QToolButton#tools_toggle {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: {RADIUS}px; padding: 6px 14px; }}
QToolButton#tools_toggle:hover {{ background: {p.hover}; }}
QToolButton#tools_toggle:checked {{ background: {p.accent}; color: {p.chip_text};
    border-color: {p.accent}; }}
QToolButton#tools_toggle:focus {{ border: 2px solid {p.accent}; }}

QLineEdit, QPlainTextEdit#composer {{
    background: {p.base}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {RADIUS}px; padding: 5px 8px; selection-background-color: {p.accent};
    selection-color: {p.on_accent}; }}
QPlainTextEdit#composer {{ border-radius: {RADIUS_LARGE}px; padding: 8px 10px; }}
QLineEdit:focus, QPlainTextEdit#composer:focus {{ border: 2px solid {p.accent}; }}

QWidget#sidebar {{ background: {p.surface}; }}
QListWidget#conversation_list {{ background: {p.surface}; border: none; outline: none; }}
QListWidget#conversation_list::item {{ padding: 6px 8px; border-radius: {RADIUS}px;
    color: {p.text}; }}
QListWidget#conversation_list::item:hover {{ background: {p.hover}; }}
QListWidget#conversation_list::item:selected {{ background: {p.selected}; color: {p.text}; }}
QListWidget#conversation_list:focus {{ border: 2px solid {p.accent};
    border-radius: {RADIUS}px; }}

QTextBrowser#chat_view {{ background: {p.base}; border: none; }}
QLabel#composer_hint, QLabel#model_notes, QLabel#model_status {{ color: {p.muted}; }}
QFrame#crash_banner {{ background: {p.base}; border: 1px solid {p.warn};
    border-left: 4px solid {p.warn}; border-radius: 6px; }}
QLabel#crash_text {{ font-weight: 600; }}
QLabel#crash_detail {{ color: {p.muted}; }}
QLabel#speculation_problem {{ color: {p.bad}; font-weight: 600; }}
QLabel#backend_label, QLabel#api_busy {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: 10px; padding: 2px 10px; }}
QLabel#api_busy {{ background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; }}
QProgressBar#context_meter {{ background: {p.hover}; border: none; border-radius: 3px;
    max-height: 6px; min-height: 6px; }}
QProgressBar#context_meter::chunk {{ background: {p.accent}; border-radius: 3px; }}

QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: {RADIUS}px; top: -1px;
    background: {p.window}; }}
QTabBar::tab {{ padding: 6px 14px; color: {p.muted}; border: none;
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {p.text}; border-bottom: 2px solid {p.accent}; }}
QTabBar::tab:focus {{ color: {p.accent}; }}
QHeaderView::section {{ background: {p.surface}; color: {p.text}; border: none;
    border-bottom: 1px solid {p.border}; padding: 6px 8px; font-weight: 600; }}
QTableWidget {{ background: {p.base}; alternate-background-color: {p.surface};
    gridline-color: {p.border}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    selection-background-color: {p.selected}; selection-color: {p.text}; }}
QWidget#welcome_card {{ background: {p.base}; border: 1px solid {p.border};
    border-radius: {RADIUS_LARGE}px; }}
QLabel#welcome_title {{ color: {p.text}; }}
"""
