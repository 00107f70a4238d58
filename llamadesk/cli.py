"""The `llamadesk` command: the window by default, plus the terminal's commands
(llamadesk/commands/: the parser, one module per command group).

Errors the user can act on are printed as one line on stderr with exit status
1; they never show a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from llamadesk.commands.output import EXIT_ERROR, print_error
from llamadesk.commands.parser import COMMANDS, build_parser, parse_arguments
from llamadesk.documents.extraction_child import EXTRACT_FLAG
from llamadesk.engine.probe_child import PROBE_FLAG
from llamadesk.errors import LlamaDeskError

__all__ = ["COMMANDS", "GUI_PLAIN_MODULES", "build_parser", "gui_main", "main",
           "parse_arguments"]

GUI_PLAIN_MODULES = ("importlib.resources", "llamadesk.settings",
                     "llamadesk.storage.instance_lock", "llamadesk.ui.generate_request")



def _handlers() -> dict[str, Callable[[argparse.Namespace], int]]:
    """Imported when a command runs, never for the window (plain imports, so that
    PyInstaller's analysis finds them)."""
    from llamadesk.commands import chat, docs, history, info, models, pool, serve, tools

    return {"chat": chat.run, "info": info.run, "list": history.list_conversations,
            "search": history.search, "export": history.export,
            "import": history.import_history, "delete": history.delete,
            "models": models.run, "token": models.token, "serve": serve.run,
            "docs": docs.run, "tools": tools.run, "pool": pool.run}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [PROBE_FLAG]:
        # The engine's CPU probe runs as this same program in a child process
        # (engine/cpu_probe.py): not a command for people, so not in --help.
        from llamadesk.engine.probe_child import main as probe

        return probe(argv[1:])
    if argv[:1] == [EXTRACT_FLAG]:
        # PDF and DOCX are read in a child with a time and memory budget
        # (documents/extraction_budget.py).
        from llamadesk.documents.extraction_child import main as extract_documents

        return extract_documents(argv[1:])
    args = parse_arguments(argv)
    if args.self_test:
        from llamadesk.diagnostics.self_test import run

        return run()
    try:
        if args.command is None:
            # The window's plain-Python modules before PySide6: once PySide6 is in,
            # its import hook makes every later import about 60 % slower.
            for name in GUI_PLAIN_MODULES:
                importlib.import_module(name)
            from llamadesk.ui.launch import run_gui

            return run_gui(args.data_dir, args.model, args.quit_when_shown)
        return _handlers()[args.command](args)
    except LlamaDeskError as error:
        print_error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
