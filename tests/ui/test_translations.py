"""Translations stay complete: every string, every language, placeholders intact,
every screen opens, nothing clipped in German or Arabic."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from llamadesk.app import AppContext, open_context
from llamadesk.ui.i18n import LANGUAGES, ROOT, TRANSLATED, _tool, install_translations, sources
from llamadesk.ui.launch import build_main_window
from llamadesk.ui.main_window import MainWindow

CATALOGS = ROOT / "i18n"
PLACEHOLDER = re.compile(r"%(?:\d|n|p%)")


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped catalogs, run through pyside6-lupdate against today's source."""
    folder = tmp_path_factory.mktemp("catalogs")
    for code in TRANSLATED:
        shutil.copy(CATALOGS / f"llamadesk_{code}.ts", folder)
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                    "-ts", *(str(folder / f"llamadesk_{code}.ts") for code in TRANSLATED)],
                   check=True, capture_output=True)
    return folder


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_source_string_is_translated(refreshed: Path, code: str) -> None:
    problems = []
    for message in _messages(refreshed / f"llamadesk_{code}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text or "" for form in translation.findall("numerusform")] \
            if message.get("numerus") == "yes" else [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not all(text.strip() for text in texts):
            problems.append(source)
    assert not problems, f"{code}: not translated: {problems}"
    assert len(_messages(refreshed / f"llamadesk_{code}.ts")) > 200


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_match_the_source(code: str) -> None:
    problems = []
    for message in _messages(CATALOGS / f"llamadesk_{code}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.findall("numerusform")]
            # Forms for one (or two) may spell the number out; the general form may not.
            if sorted(PLACEHOLDER.findall(forms[-1])) != wanted or any(
                    not set(PLACEHOLDER.findall(form)) <= set(wanted) for form in forms):
                problems.append((source, forms))
        elif sorted(PLACEHOLDER.findall(translation.text or "")) != wanted:
            problems.append((source, translation.text))
        if source.count("&") == 1 and "&" not in "".join(translation.itertext()):
            problems.append((source, "lost its keyboard accelerator"))
    assert not problems, f"{code}: {problems}"


def test_languages_are_named_in_their_own_words() -> None:
    assert LANGUAGES["de"] == "Deutsch" and LANGUAGES["ja"] == "日本語"
    assert LANGUAGES["ar"] == "العربية"
    assert sorted(TRANSLATED) == sorted(["de", "fr", "es", "pt_BR", "zh_CN", "ja", "ar"])


@pytest.fixture
def screens(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, list[QWidget]]]:
    """The main window, the model manager and settings, built in the current language."""
    context: AppContext = open_context(str(data_dir))
    window = build_main_window(context)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_models()
    window.show_settings()
    assert window.models_dialog is not None
    yield window, [window, window.models_dialog, window.settings_dialog]
    window.close()
    context.close()


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    code: str = request.param
    assert install_translations(app, code)
    yield code
    install_translations(app, "en")


@pytest.mark.parametrize("language", list(LANGUAGES), indirect=True)
def test_every_screen_opens_in_every_language(
        language: str, screens: tuple[MainWindow, list[QWidget]]) -> None:
    window, _ = screens
    settings = window.settings_dialog
    assert window.models_dialog is not None
    titles = (window.models_dialog.windowTitle(), settings.windowTitle(),
              window.sidebar.new_chat_button.text())
    if language == "en":
        assert titles == ("Models", "Settings", "New chat")
    else:
        assert "Models" not in titles and "Settings" not in titles, titles
    rtl = language == "ar"
    assert (window.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    assert (window.composer.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl


def _clipped(widget: QWidget) -> str | None:
    """The text of a visible button or label narrower than it needs, else None."""
    if not widget.isVisible() or widget.width() <= 0:
        return None
    if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
        return None
    if not isinstance(widget, (QAbstractButton, QLabel)):
        return None
    if isinstance(widget, QAbstractButton) and not widget.text():
        return None  # an icon alone (a line edit's search glyph): no text to cut
    if widget.width() < widget.minimumSizeHint().width():
        text = widget.text() if hasattr(widget, "text") else ""
        return f"{type(widget).__name__} {text!r}: {widget.width()} < " \
               f"{widget.minimumSizeHint().width()}"
    return None


@pytest.mark.parametrize("language", ["de", "ar"], indirect=True)
def test_nothing_is_clipped_in_german_or_arabic(
        language: str, screens: tuple[MainWindow, list[QWidget]], qtbot: QtBot) -> None:
    _, widgets = screens
    problems = []
    checked = 0
    for top in widgets:
        # Each tab in turn, so that every page is laid out and visible once.
        for tab_widget in top.findChildren(QTabWidget):
            for index in range(tab_widget.count()):
                tab_widget.setCurrentIndex(index)
                qtbot.wait(10)
                for child in tab_widget.widget(index).findChildren(QWidget):
                    checked += child.isVisible()
                    if (problem := _clipped(child)) is not None:
                        problems.append(problem)
        for child in top.findChildren(QWidget):
            if (problem := _clipped(child)) is not None:
                problems.append(problem)
    assert checked > 50
    assert not sorted(set(problems)), f"{language}: {sorted(set(problems))}"


def _clipped_cells(table: QTableWidget) -> list[str]:
    """Headers and cells whose text is wider than their column, or wrapped."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)  # the stylesheet sets headers in bold
    problems = []
    for column in range(table.columnCount()):
        width = table.columnWidth(column)
        title = table.horizontalHeaderItem(column)
        if title is not None and QFontMetrics(bold).horizontalAdvance(title.text()) + 12 > width:
            problems.append(f"header {title.text()!r}: {width}")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            # Qt leaves 3 px each side of a cell's text before it elides it.
            if item is not None and metrics.horizontalAdvance(item.text()) + 6 > width:
                problems.append(f"cell {item.text()!r}: {width}")
    if table.wordWrap():
        problems.append("cells may wrap")
    return problems


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_no_catalog_header_or_cell_is_clipped_in_german(
        language: str, screens: tuple[MainWindow, list[QWidget]], qtbot: QtBot) -> None:
    window, _ = screens
    dialog = window.models_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(dialog.CATALOG)
    qtbot.wait(10)
    assert dialog.catalog.horizontalHeaderItem(3).text() != "Memory needed"  # in German
    assert _clipped_cells(dialog.catalog) == []


def test_the_clipping_check_sees_a_squeezed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Unterhaltungen importieren")
    qtbot.addWidget(button)
    button.show()
    assert _clipped(button) is None
    button.setFixedWidth(30)
    assert _clipped(button) is not None


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_errors_from_the_core_arrive_translated(
        language: str, screens: tuple[MainWindow, list[QWidget]], qtbot: QtBot,
        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from llamadesk.engine.gguf_file import read_model_facts
    from llamadesk.errors import ModelLoadError

    window, _ = screens
    bogus = tmp_path / "notes.gguf"
    bogus.write_bytes(b"just some text, not a model" * 10)
    with pytest.raises(ModelLoadError) as raised:
        read_model_facts(bogus)
    # The terminal and the log keep the English text.
    assert str(raised.value).startswith("notes.gguf is not a GGUF model file.")
    window.models.load_model(bogus)

    def german_box() -> bool:
        return any(box.isVisible() and "notes.gguf ist keine GGUF-Modelldatei" in box.text()
                   for box in window.findChildren(QMessageBox))

    qtbot.waitUntil(german_box, timeout=10_000)
