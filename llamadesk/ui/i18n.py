"""The languages LlamaDesk ships, and putting one in place (ours and Qt's own catalogs).

Catalogs: i18n/llamadesk_<code>.ts in the repository, compiled to .qm files in
the package llamadesk.i18n by pyside6-lrelease (setup.py does it for every
build, so wheels and installers carry them; `python -m llamadesk.ui.i18n
--compile` does it for a checkout). `--update` runs pyside6-lupdate over the
source so that new strings appear in every catalog, unfinished.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

# Not Qt's `Qt` namespace: building it costs 40 ms, and the window's first frame
# waits for this module. The catalog tools below import what they need.
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# Every shipped language, by its own name. English is the source language.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
    "ja": "日本語",
    "ar": "العربية",
}
TRANSLATED = [code for code in LANGUAGES if code != "en"]
RIGHT_TO_LEFT = {"ar"}
TRANSLATOR_NAME = "llamadesk_translator"
ROOT = Path(__file__).resolve().parents[2]

def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or the system's best shipped match."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        name = name.replace("-", "_")
        if name in LANGUAGES:
            return name
        base = name.split("_")[0]
        if base == "pt":
            return "pt_BR"
        if base == "zh":
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return "en"


def catalog_path(language: str) -> Path | None:
    candidate = resources.files("llamadesk.i18n").joinpath(f"llamadesk_{language}.qm")
    return Path(str(candidate)) if candidate.is_file() else None


def install_translations(app: QApplication, language: str) -> bool:
    """Put ``language`` in place for the whole app: our catalog, Qt's standard
    dialogs and buttons, QLocale's formats, and the layout direction.
    Returns whether our catalog was found (English needs none)."""
    # Ours are the application's children, by name: found again, no module state.
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.deleteLater()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    found = language == "en"
    ours = catalog_path(language)
    if ours is not None:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        found = translator.load(str(ours))
        if found:
            app.installTranslator(translator)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    qt_translator.setObjectName(TRANSLATOR_NAME)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
    # Asked only where it can matter: the answer is one of Qt's enums, and the
    # first of those costs 40 ms of the window's start.
    if language in RIGHT_TO_LEFT or app.isRightToLeft():
        app.setLayoutDirection(locale.textDirection())
    return found


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, beside this Python or inside PySide6."""
    import shutil

    import PySide6

    for candidate in (Path(sys.executable).parent / f"pyside6-{name}",
                      Path(PySide6.__file__).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(str(path) for path in (root / "llamadesk").rglob("*.py"))


def update(root: Path = ROOT) -> None:
    """New source strings into every catalog (unfinished); vanished ones dropped.

    A string that moved to another class (a new context) keeps its translation:
    lupdate would drop the old one and add the new one unfinished.
    """
    import subprocess

    targets = [str(root / "i18n" / f"llamadesk_{code}.ts") for code in TRANSLATED]
    for flags in ([], ["-no-obsolete"]):
        subprocess.run([_tool("lupdate"), *flags, "-locations", "none", *sources(root),
                        "-ts", *targets], check=True, capture_output=True)
        if not flags:
            for target in targets:
                carry_moved_translations(Path(target))


def carry_moved_translations(catalog: Path) -> int:
    """Fill unfinished messages from finished or vanished ones with the same source text
    (and plural form) in another context, and mark them finished; returns how many."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(catalog)
    done: dict[tuple[str, str | None], ET.Element] = {}
    waiting: list[ET.Element] = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        key = (message.findtext("source") or "", message.get("numerus"))
        kind = translation.get("type")
        if kind == "unfinished":  # lupdate may have guessed its text: confirmed below
            waiting.append(message)
        elif kind in (None, "vanished", "obsolete") and key not in done:
            done[key] = translation
    filled = 0
    for message in waiting:
        found = done.get((message.findtext("source") or "", message.get("numerus")))
        if found is None:
            continue
        target = message.find("translation")
        assert target is not None
        target.clear()
        target.text = found.text
        for child in found:
            target.append(child)
        filled += 1
    if filled:
        tree.write(catalog, encoding="utf-8", xml_declaration=True)
    return filled


def compile_catalogs(source: Path, target: Path) -> list[Path]:
    """Every i18n/*.ts in ``source`` compiled into ``target`` (a package folder)."""
    import subprocess

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for catalog in sorted(source.glob("llamadesk_*.ts")):
        output = target / catalog.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(catalog), "-qm", str(output)],
                       check=True)
        written.append(output)
    return written


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="LlamaDesk's translation catalogs")
    parser.add_argument("--update", action="store_true", help="refresh i18n/*.ts from source")
    parser.add_argument("--compile", action="store_true", help="compile into llamadesk/i18n")
    args = parser.parse_args()
    if args.update:
        update()
    if args.compile or not args.update:
        for path in compile_catalogs(ROOT / "i18n", ROOT / "llamadesk" / "i18n"):
            print(path)


if __name__ == "__main__":
    main()
