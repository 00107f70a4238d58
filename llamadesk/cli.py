"""The `llamadesk` command: the GUI by default, plus chat, list and export.

Errors the user can act on are printed as one line on stderr with exit status
1; they never show a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from llamadesk import __version__
from llamadesk.errors import LlamaDeskError
from llamadesk.paths import DATA_DIR_ENV

if TYPE_CHECKING:
    from llamadesk.chat import ChatService
    from llamadesk.engine.session import ModelSession, SamplingParams
    from llamadesk.models.manager import ModelManager
    from llamadesk.paths import AppPaths
    from llamadesk.storage.records import MessageRecord

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_USAGE = 2


def _bounded(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else a usage error
    (a 20-digit number overflowed SQLite and llama.cpp with a traceback)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {low:,} and {high:,}")
        return value
    return parse


# Conversation ids are SQLite row ids: 1 to 2^63 - 1.
_record_id = _bounded(1, 2**63 - 1)


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On the top parser and on each subcommand, so `--data-dir` works on either
    # side of the command name; SUPPRESS keeps a subcommand from erasing it.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help=f"keep all state (history, settings, models, logs) in DIR "
        f"(default: ${DATA_DIR_ENV} or the OS-conventional folders)",
    )


GUI_PLAIN_MODULES = ("importlib.resources", "llamadesk.settings",
                     "llamadesk.storage.instance_lock", "llamadesk.ui.generate_request")
COMMANDS = ("chat", "info", "list", "search", "export", "import", "delete", "models", "token")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="llamadesk",
        description="Chat with Llama 2 and other GGUF models, entirely on this computer. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, top=True)
    parser.add_argument("--model", metavar="PATH.gguf", help="load this model in the window")
    # Hidden: bench/ui.py's cold start (quit once the window has painted).
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    # Hidden: every installer build runs it (packaging/); prints "self-test ok".
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from llamadesk.engine.options import PRESETS

    chat = commands.add_parser("chat", help="chat in the terminal")
    _common(chat, top=False)
    chat.add_argument("--model", metavar="PATH.gguf", required=True, help="the GGUF model")
    chat.add_argument("--conversation", type=_record_id, metavar="ID",
                      help="continue this conversation")
    chat.add_argument("--system", metavar="TEXT", help="system prompt for a new conversation")
    chat.add_argument("--show-prompt", action="store_true",
                      help="print the exact prompt sent to the model before the reply")
    chat.add_argument("--show-tokens", action="store_true",
                      help="print the prompt's token ids and pieces, marking those from "
                      "message text (never read as control tokens)")
    chat.add_argument("--max-tokens", type=_bounded(1, 1 << 24), metavar="N",
                      help="longest reply in tokens")
    chat.add_argument("--temperature", type=float, metavar="T", help="overrides the preset")
    chat.add_argument("--seed", type=_bounded(0, 2**31 - 1), metavar="N",
                      help="fixed seed, for repeatable replies")
    chat.add_argument("--ctx", type=_bounded(64, 1 << 24), metavar="N",
                      help="context window in tokens (default: the model's trained length)")
    chat.add_argument("--template", choices=("llama2", "jinja", "plain"),
                      help="override the prompt format (default: chosen from the model)")
    chat.add_argument("--gpu-layers", type=_bounded(-1, 100_000), metavar="N",
                      help="layers to put on the GPU: 0 for none, -1 for all (default: auto)")
    chat.add_argument("--gpu", type=_bounded(0, 255), default=0, metavar="N",
                      help="which GPU to use, as numbered by `llamadesk info` (default: 0)")
    chat.add_argument("--preset", choices=tuple(PRESETS),
                      help="sampling preset (default: the conversation's, else the app's "
                      "default for new chats: " + ", ".join(
                          f"{name} = temperature {p.temperature:g}, top_p {p.top_p:g}"
                          for name, p in PRESETS.items()) + ")")
    chat.add_argument("prompt", nargs="*", help="the message; without it, an interactive chat")

    info = commands.add_parser("info", help="this build's GPU support, paths, and a model's facts")
    _common(info, top=False)
    info.add_argument("--model", metavar="PATH.gguf", help="also read this model's facts")
    info.add_argument("--json", action="store_true", help="machine-readable output")

    listing = commands.add_parser("list", help="list the conversations")
    _common(listing, top=False)
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    search = commands.add_parser("search", help="full-text search of the history")
    _common(search, top=False)
    search.add_argument("query", nargs="+", help="words to find (any text is safe)")
    search.add_argument("--limit", type=_bounded(1, 100_000), default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="machine-readable output")

    export = commands.add_parser(
        "export", help="export one conversation or all of them",
        description="Export conversations. All of them go into one JSON file, or into a zip "
        "with one file per conversation for the other formats (or when FILE ends in .zip).")
    _common(export, top=False)
    export.add_argument("--conversation", type=_record_id, metavar="ID",
                        help="the conversation to export (default: all)")
    export.add_argument("--format", choices=("json", "md", "html", "txt", "pdf"),
                        default="json")
    export.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="where to write; - is standard output (the default); a name "
                        "ending in .zip gets one file per conversation")

    importing = commands.add_parser("import", help="import a LlamaDesk JSON export")
    _common(importing, top=False)
    importing.add_argument("file", help="a file written by `llamadesk export --format json`")

    models = commands.add_parser("models", help="the Llama 2 catalog, downloads, installed models")
    _common(models, top=False)
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION",
                                            required=True)
    for name, text in (("list", "installed models"), ("catalog", "Llama 2 variants and fit"),
                       ("license", "show the Llama 2 license and what accepting it means")):
        action = models_commands.add_parser(name, help=text)
        _common(action, top=False)
        action.add_argument("--json", action="store_true", help="machine-readable output")
    download = models_commands.add_parser("download", help="download a catalog variant")
    _common(download, top=False)
    download.add_argument("id", help="a catalog id, such as llama-2-7b-chat-q4_k_m")
    download.add_argument("--json", action="store_true", help="print the result as JSON")
    download.add_argument("--accept-license", action="store_true",
                          help="accept the Llama 2 Community License (read it first with "
                          "`llamadesk models license`)")
    importing_model = models_commands.add_parser("import", help="add a GGUF from this computer")
    _common(importing_model, top=False)
    importing_model.add_argument("path")
    importing_model.add_argument("--json", action="store_true", help="print the result as JSON")
    importing_model.add_argument("--copy", action="store_true",
                                 help="copy it into the models folder (default: use it in place)")
    for name, text in (("verify", "hash an installed model again"),
                       ("delete", "delete an installed model")):
        action = models_commands.add_parser(name, help=text)
        _common(action, top=False)
        action.add_argument("id")
        action.add_argument("--json", action="store_true", help="print the result as JSON")
    access = models_commands.add_parser("access", help="check access to a gated Hub repo")
    _common(access, top=False)
    access.add_argument("repo", help="such as meta-llama/Llama-2-7b-chat-hf")

    token = commands.add_parser("token", help="the Hugging Face token, kept in the OS keyring")
    _common(token, top=False)
    token.add_argument("action", choices=("set", "show-account", "clear"))
    token.add_argument("--session-only", action="store_true",
                       help="with set: keep it in memory for this command only")

    deleting = commands.add_parser("delete", help="delete a conversation for good")
    _common(deleting, top=False)
    deleting.add_argument("conversation", type=_record_id, metavar="ID")
    return parser


def _print_error(message: str) -> None:
    print(f"llamadesk: error: {message}", file=sys.stderr)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Without a command (the window), the commands' parsers are not built:
    argparse looks up a translation for each of their texts, 11 ms of the
    window's start. Anything the short parser does not take goes to the full one,
    which gives the same result or the proper error."""
    if not any(token in COMMANDS or token in ("-h", "--help") for token in argv):
        args, extra = build_parser(with_commands=False).parse_known_args(argv)
        if not extra:
            return args
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
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
        handler: Callable[[argparse.Namespace], int] = {
            "chat": _chat, "info": _info, "list": _list, "search": _search, "export": _export,
            "import": _import, "delete": _delete, "models": _models,
            "token": _token}[args.command]
        return handler(args)
    except LlamaDeskError as error:
        _print_error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])


# -- chat -------------------------------------------------------------------

def _chat(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.chat import ChatService
    from llamadesk.engine.prompt import TemplateKind
    from llamadesk.engine.session import LoadOptions, ModelSession
    from llamadesk.sampling import SamplingChoice, sampling_for
    from llamadesk.settings import Settings

    context = open_context(args.data_dir)
    model_path = _model_manager(context.paths).resolve(args.model)
    try:
        # The conversation's own sampling, else the app's default for new chats, as
        # in the window; --preset and --temperature change it for this run only.
        choice = Settings(context.paths.settings_file).default_choice()
        if args.conversation is not None:
            stored = context.repository.get_conversation(args.conversation).sampling
            choice = sampling_for(stored, choice)
        if args.preset:
            choice = SamplingChoice(args.preset)
        if args.temperature is not None:
            choice = choice.with_overrides(temperature=args.temperature)
        session = ModelSession.load(model_path, LoadOptions(
            n_ctx=args.ctx, n_gpu_layers=args.gpu_layers, main_gpu=args.gpu,
            file_hash=context.hash_cache.sha256,
            template=TemplateKind(args.template) if args.template else None))
        for note in session.info.notes:
            print(f"llamadesk: {note}", file=sys.stderr)
        service = ChatService(context.repository)
        params = choice.params(max_tokens=args.max_tokens, seed=args.seed)
        conversation_id: int | None = args.conversation
        if conversation_id is None:
            # Made here, chosen here: the window continues it with the same sampling.
            conversation_id = context.repository.create_conversation(
                system_prompt=args.system or None).id
            context.repository.set_sampling(conversation_id, choice.to_json())

        def ask(text: str) -> int:
            nonlocal conversation_id
            if args.show_prompt or args.show_tokens:
                _show_prompt(service, session, conversation_id, text, args.system,
                             text_form=args.show_prompt, tokens=args.show_tokens)
            reply = _stream_reply(service, session, conversation_id, text, params, sys.stdout)
            conversation_id = reply.conversation_id
            return reply.conversation_id

        if args.prompt:
            ask(" ".join(args.prompt))
        elif sys.stdin.isatty():
            _interactive(ask, session.info.facts.name)
        else:
            text = sys.stdin.read().strip()
            if not text:
                _print_error("nothing to send: give a prompt or pipe text in")
                return EXIT_USAGE
            ask(text)
        session.close()
    finally:
        context.close()
    return 0


def _show_prompt(service: ChatService, session: ModelSession, conversation_id: int | None,
                 text: str, system: str | None, *, text_form: bool, tokens: bool) -> None:
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.prompt_tokens import describe_tokens

    history = service.prompt_messages(conversation_id, session=session) \
        if conversation_id is not None else (
        [ChatMessage("system", system)] if system else [])
    prompt = session.build_prompt([*history, ChatMessage("user", text)])
    if prompt.note:
        sys.stdout.write(f"--- note: {prompt.note} ---\n")
    if text_form:
        sys.stdout.write(f"--- prompt ({prompt.template.value}) ---\n")
        sys.stdout.write(prompt.display(session.bos_text, session.eos_text))
        sys.stdout.write("\n")
    if tokens:
        listing = session.prompt_tokens(prompt)
        sys.stdout.write(f"--- prompt tokens ({len(listing)}; message: from message text, "
                         "never read as control tokens) ---\n")
        for line in describe_tokens(listing):
            sys.stdout.write(line + "\n")
    sys.stdout.write("--- reply ---\n")


def _stream_reply(service: ChatService, session: ModelSession, conversation_id: int | None,
                  text: str, params: SamplingParams, out: TextIO) -> MessageRecord:
    def write(piece: str) -> None:
        out.write(piece)
        out.flush()

    def terminate(*_: object) -> None:
        # SIGTERM (a logout, `kill`, a service manager) ends the program, not just the
        # reply: llama.cpp is told at once, and the exit unwinds through ChatService,
        # which stores what was said, marked interrupted.
        session.stop()
        raise SystemExit(128 + signal.SIGTERM)

    # Ctrl+C during a reply stops the reply (which is kept), not the program.
    previous = signal.signal(signal.SIGINT, lambda *_: session.stop())
    previous_term = signal.signal(signal.SIGTERM, terminate)
    try:
        reply = service.send(session, conversation_id, text, params, on_text=write)
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
    out.write("\n")
    if reply.finish_reason == "cancelled":
        out.write("[stopped]\n")
    out.flush()
    return reply


def _interactive(ask: Callable[[str], int], model_name: str) -> None:
    print(f"Chatting with {model_name}. Ctrl+C stops a reply; /bye or Ctrl+D quits.")
    while True:
        try:
            text = input(">>> ").strip()
        except EOFError:
            print()
            return
        except KeyboardInterrupt:
            print()
            continue
        if text in ("/bye", "/exit", "/quit"):
            return
        if text:
            ask(text)


def _info(args: argparse.Namespace) -> int:
    from llamadesk import __version__
    from llamadesk.engine.gguf_file import read_model_facts
    from llamadesk.engine.gpu import detect_backend
    from llamadesk.engine.placement import available_memory, format_bytes, plan_placement
    from llamadesk.engine.prompt import choose_template
    from llamadesk.engine.prompt_format import describe_format
    from llamadesk.paths import AppPaths

    backend = detect_backend()
    paths = AppPaths.resolve(args.data_dir)
    report: dict[str, object] = {
        "version": __version__,
        "backend": backend.backend,
        "gpu_offload": backend.offload_supported,
        "gpu_summary": backend.summary,
        "devices": [{"name": d.name, "description": d.description, "free_bytes": d.free_bytes,
                     "total_bytes": d.total_bytes} for d in backend.devices],
        "llama_cpp_system_info": backend.system_info,
        "data_dir": str(paths.data_dir), "log_file": str(paths.log_file),
        "models_dir": str(paths.models_dir),
    }
    if args.model:
        facts = read_model_facts(Path(args.model).expanduser())
        placement = plan_placement(facts, backend, available_memory())
        kind = choose_template(facts.architecture, facts.chat_template)
        trial = describe_format(kind, facts.chat_template, bos_text=facts.bos_token or "",
                                eos_text=facts.eos_token or "")
        report["model"] = {
            "name": facts.name, "architecture": facts.architecture,
            "quantization": facts.quantization, "parameters": facts.parameter_count,
            "file_size": facts.file_size, "context_length": facts.context_length,
            "template": trial.template.value,
            "template_note": trial.note,
            "builtin_format": trial.builtin_name,
            "bos": facts.bos_token, "eos": facts.eos_token,
            "plan": {"n_ctx": placement.n_ctx, "gpu_layers": placement.n_gpu_layers,
                     "ram_needed": placement.ram_needed, "notes": list(placement.notes)},
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"LlamaDesk {__version__}")
    print(f"GPU: {backend.summary}")
    print(f"Data: {paths.data_dir}\nLogs: {paths.log_file}")
    model = report.get("model")
    if isinstance(model, dict):
        plan = model["plan"]
        print(f"Model: {model['name']} ({model['architecture']}, {model['quantization']}, "
              f"{model['parameters']:,} parameters, {format_bytes(model['file_size'])})")
        print(f"  trained context {model['context_length']}, template {model['template']}"
              + (f" ({model['builtin_format']})" if model["builtin_format"] else ""))
        if model["template_note"]:
            print(f"  {model['template_note']}")
        print(f"  plan: context {plan['n_ctx']:,}, {plan['gpu_layers']} GPU layers, "
              f"about {format_bytes(plan['ram_needed'])} of RAM")
        for note in plan["notes"]:
            print(f"  {note}")
    return 0


# -- history commands -------------------------------------------------------

def _list(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.local_time import in_local_time
    from llamadesk.terminal_text import terminal_safe

    context = open_context(args.data_dir, writer=False)
    try:
        rows = context.repository.list_conversations()
    finally:
        context.close()
    if args.json:
        payload = [
            {"id": r.id, "title": r.title, "pinned": r.pinned, "messages": r.message_count,
             "created_at": r.created_at.isoformat(), "updated_at": r.updated_at.isoformat()}
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No conversations yet.")
        return 0
    width = max(len(str(r.id)) for r in rows)
    print(f"{'ID':>{width}}  {'MSGS':>4}  {'UPDATED':16}  TITLE")
    for r in rows:
        stamp = in_local_time(r.updated_at).strftime("%Y-%m-%d %H:%M")
        print(f"{r.id:>{width}}  {r.message_count:>4}  {stamp:16}  {terminal_safe(r.title)}")
    return 0


def _search(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.terminal_text import terminal_safe

    context = open_context(args.data_dir, writer=False)
    try:
        hits = context.repository.search(" ".join(args.query), limit=max(1, args.limit))
    finally:
        context.close()
    if args.json:
        payload = [
            {"conversation": h.conversation_id, "title": h.conversation_title,
             "message": h.message_id, "role": h.role, "snippet": h.snippet,
             "highlights": [list(span) for span in h.highlights], "score": h.score}
            for h in hits
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No matches.")
        return 0
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    for hit in hits:
        where = f"#{hit.conversation_id}" + (f" msg {hit.message_id}" if hit.message_id else "")
        label = "title" if hit.message_id is None else hit.role
        print(f"{where} ({label}) {terminal_safe(hit.conversation_title)}")
        # Escaped piece by piece, so that only our own markers reach the terminal.
        snippet, pieces, cursor = hit.snippet, [], 0
        for start, end in hit.highlights:
            pieces += [terminal_safe(snippet[cursor:start]), bold,
                       terminal_safe(snippet[start:end]), plain]
            cursor = end
        pieces.append(terminal_safe(snippet[cursor:]))
        print("    " + "".join(pieces))
    return 0


def _export(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.storage.export import export_bytes, export_zip, write_atomically

    context = open_context(args.data_dir, writer=False)
    try:
        if args.conversation is not None:
            ids = [context.repository.get_conversation(args.conversation).id]
        else:
            ids = context.repository.conversation_ids()
        # One file per conversation only when a zip is asked for by name; otherwise
        # one document holding them all (a zip named notes.md helped no one).
        as_zip = args.conversation is None and str(args.output).lower().endswith(".zip")
        data = (export_zip(context.repository, ids, args.format) if as_zip
                else export_bytes(context.repository, ids, args.format))
    finally:
        context.close()
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        write_atomically(Path(args.output).expanduser(), data)
    except OSError as error:
        _print_error(f"could not write {args.output}: {error.strerror or error}")
        return EXIT_ERROR
    return 0


def _import(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.storage.importer import import_json

    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as error:
        _print_error(f"could not read {path}: {error.strerror or error}")
        return EXIT_ERROR
    context = open_context(args.data_dir)
    try:
        result = import_json(context.database, data, source=path.name)
    finally:
        context.close()
    print(f"Imported {result.imported} conversation(s)"
          + (f"; {result.skipped} already here, left as they were." if result.skipped else "."))
    return 0


def _delete(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context

    context = open_context(args.data_dir)
    try:
        title = context.repository.get_conversation(args.conversation).title
        context.repository.delete_conversation(args.conversation)
    finally:
        context.close()  # empties the trash: from the terminal, a delete is final
    print(f"Deleted conversation {args.conversation}: {title}")
    return 0


# -- models and token --------------------------------------------------------

def _model_manager(paths: AppPaths, token: str | None = None) -> ModelManager:
    from llamadesk.models.hashing import HashCache
    from llamadesk.models.license import LicenseStore
    from llamadesk.models.manager import ModelManager

    return ModelManager(paths.models_dir, LicenseStore(paths.config_dir / "licenses.json"),
                        token=token, hashes=HashCache(paths.hash_cache))


def _models(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.catalog import find_entry
    from llamadesk.models.hub import Hub
    from llamadesk.models.license import LLAMA2, PLAIN_SUMMARY, license_text
    from llamadesk.models.token_store import TokenStore
    from llamadesk.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir).ensure()
    manager = _model_manager(paths, TokenStore().get())
    action = args.models_command
    if action == "license":
        if getattr(args, "json", False):
            print(json.dumps({"license": LLAMA2, "summary": PLAIN_SUMMARY[LLAMA2],
                              "text": license_text(LLAMA2)}, ensure_ascii=False))
        else:
            print(license_text(LLAMA2))
            print(f"\nIn plain words: {PLAIN_SUMMARY[LLAMA2]}\n(The English text above governs.)")
        return 0
    if action == "catalog":
        from llamadesk.engine.gpu import detect_backend
        from llamadesk.models.machine import machine_fit, machine_memory

        vram = sum(d.free_bytes for d in detect_backend().devices)
        reports = machine_fit(machine_memory(vram))
        if args.json:
            print(json.dumps([{"id": r.entry.id, "repo": r.entry.repo, "files": r.entry.files,
                               "quantization": r.entry.quantization,
                               "parameters": r.entry.parameters,
                               "official_repo": r.entry.official_repo,
                               "estimated_memory": r.needed, "fit": r.fit.value,
                               "recommended": r.recommended} for r in reports], indent=2))
            return 0
        for r in reports:
            star = "*" if r.recommended else " "
            print(f"{star} {r.entry.id:28} {r.fit.value:10} ~{format_bytes(r.needed):>9}  "
                  f"{r.entry.repo}")
        print("\n* recommended for this computer. Sizes are estimates until the Hub's "
              "metadata is read at download time.")
        return 0
    if action == "list":
        models = manager.registry.all()
        if args.json:
            print(json.dumps([asdict(m) for m in models], indent=2))
        elif not models:
            print("No models installed. See `llamadesk models catalog`.")
        for m in ([] if args.json else models):
            print(f"{m.id:32} {m.quantization:8} {format_bytes(m.size):>9}  {m.path}")
        return 0
    if action == "download":
        entry = find_entry(args.id)
        if entry is None:
            _print_error(f"no catalog entry {args.id!r} (see `llamadesk models catalog`)")
            return EXIT_USAGE
        if args.accept_license:
            manager.licenses.accept(entry.license)
        last = [0.0]

        def show(progress: Any) -> None:
            if progress.done - last[0] >= progress.total / 100 or progress.done == progress.total:
                last[0] = progress.done
                eta = f", {progress.eta_seconds:.0f} s left" if progress.eta_seconds else ""
                print(f"\r{progress.done * 100 // max(progress.total, 1):3d}%  "
                      f"{format_bytes(progress.bytes_per_second)}/s{eta}   ", end="",
                      file=sys.stderr, flush=True)

        model = manager.download(entry, show)
        manager.downloader.wait_until_settled()  # on the disk before the command exits
        print(file=sys.stderr)
        if args.json:
            print(json.dumps(asdict(model), indent=2))
        else:
            print(f"Installed {model.id} ({format_bytes(model.size)}, SHA-256 {model.sha256}) "
                  f"at {model.path}")
        return 0
    if action == "import":
        model = manager.import_file(Path(args.path).expanduser(), copy=args.copy)
        if args.json:
            print(json.dumps(asdict(model), indent=2))
        else:
            print(f"Imported {model.id}: {model.name}, {model.quantization}, "
                  f"{format_bytes(model.size)}")
        return 0
    if action == "verify":
        ok = manager.verify(args.id)
        if args.json:
            print(json.dumps({"id": args.id, "verified": ok}))
        else:
            print(f"{args.id}: {'verified' if ok else 'DAMAGED: its SHA-256 no longer matches'}")
        return 0 if ok else EXIT_ERROR
    if action == "delete":
        manager.delete(args.id)
        print(json.dumps({"id": args.id, "deleted": True}) if args.json
              else f"Deleted {args.id}")
        return 0
    if action == "access":
        print(Hub(token=TokenStore().get()).check_access(args.repo).message)
        return 0
    raise AssertionError(action)


def _token(args: argparse.Namespace) -> int:
    import getpass

    from llamadesk.models.hub import Hub
    from llamadesk.models.token_store import TokenStore

    store = TokenStore()
    if args.action == "set":
        # Never from argv, where other users and shell history could read it.
        secret = getpass.getpass("Hugging Face token: ") if sys.stdin.isatty() \
            else sys.stdin.readline()
        store.set(secret, session_only=args.session_only)
        print(f"Token saved in {store.source()}.")
        return 0
    if args.action == "clear":
        store.clear()
        print("Token removed from the keyring.")
        return 0
    account = Hub(token=store.get()).whoami() if store.get() else None
    print(f"Signed in as {account} (token from {store.source()})." if account
          else "No valid Hugging Face token (see `llamadesk token set`).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
