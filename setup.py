"""Compiles the translation catalogs as part of every build (wheel, sdist install, editable).

Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> str:
    import PySide6  # a build requirement (pyproject.toml)

    for candidate in (Path(sys.executable).parent / "pyside6-lrelease",
                      Path(PySide6.__file__).parent / "lrelease"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease not found: it comes with PySide6")
    return found


class BuildWithTranslations(build_py):
    """i18n/llamadesk_<lang>.ts -> llamadesk/i18n/llamadesk_<lang>.qm"""

    def run(self) -> None:
        super().run()
        editable = getattr(self, "editable_mode", False)
        target = ROOT / "llamadesk" / "i18n" if editable else \
            Path(self.build_lib) / "llamadesk" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        tool = _lrelease()
        for catalog in sorted((ROOT / "i18n").glob("llamadesk_*.ts")):
            subprocess.run([tool, "-silent", str(catalog), "-qm",
                            str(target / catalog.with_suffix(".qm").name)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
