"""A server's command resolved to an absolute path before it is started.

A desktop app started from a launcher or the Dock does not get the login shell's
PATH, so ``npx`` or ``uvx`` that work in a terminal are "not found" there (the
peers' `spawn npx ENOENT`). The search adds the places those tools are installed
to, and a command that is still not found gets a sentence that says so."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note


class CommandNotFound(LlamaDeskError):
    """The server's program is not on this computer (or not where it was said to be)."""


def search_path(base: str | None = None) -> str:
    """The PATH to look in and to give the server: the app's own, then where Node,
    uv, pipx, Homebrew and the like put their programs."""
    home = Path.home()
    extra = [home / ".local" / "bin", home / ".cargo" / "bin", home / ".bun" / "bin",
             home / ".deno" / "bin", home / ".volta" / "bin", home / "bin"]
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        extra += [Path(appdata) / "npm"] if appdata else []
        extra += [Path(os.environ.get("ProgramFiles", r"C:\Program Files")) / "nodejs"]
    else:
        extra += [Path("/opt/homebrew/bin"), Path("/usr/local/bin"), Path("/usr/bin"),
                  Path("/bin"), Path("/snap/bin")]
        nvm = home / ".nvm" / "versions" / "node"
        if nvm.is_dir():  # the newest installed Node first
            extra += [v / "bin" for v in sorted(nvm.iterdir(), reverse=True)]
    parts = (base if base is not None else os.environ.get("PATH", "")).split(os.pathsep)
    for folder in map(str, extra):
        if folder not in parts:
            parts.append(folder)
    return os.pathsep.join(p for p in parts if p)


def resolve_command(command: str, path: str | None = None) -> str:
    """The absolute path of ``command``; CommandNotFound with the reason otherwise."""
    given = Path(command).expanduser()
    if given.is_absolute() or os.sep in command or (os.altsep and os.altsep in command):
        if given.is_file() and os.access(given, os.X_OK):
            return os.path.abspath(given)
        raise CommandNotFound(Note(QT_TRANSLATE_NOOP(
            "messages", "The program %1 does not exist or cannot be run."), str(given)))
    found = shutil.which(command, path=path if path is not None else search_path())
    if found is None:
        hint = {"npx": "Node.js", "node": "Node.js", "npm": "Node.js", "uvx": "uv",
                "uv": "uv", "docker": "Docker", "python3": "Python", "python": "Python"}
        needs = hint.get(Path(command).stem.lower())
        if needs:
            raise CommandNotFound(Note(QT_TRANSLATE_NOOP(
                "messages", "\u201c%1\u201d was not found on this computer. Install %2, or "
                "give the command's full path."), command, needs))
        raise CommandNotFound(Note(QT_TRANSLATE_NOOP(
            "messages", "\u201c%1\u201d was not found on this computer. Give the "
            "command's full path."), command))
    # Absolute, but through its links as found: a multi-call program reads its name.
    return os.path.abspath(found)
