"""The command line's grammar: every command, its options and their bounds."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from llamadesk import __version__
from llamadesk.paths import DATA_DIR_ENV


def bounded(low: int, high: int) -> Callable[[str], int]:
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


def _gigabytes(text: str) -> float:
    """An argparse type: a positive number of gigabytes, such as 6 or 0.5."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of gigabytes") from None
    if not 0 < value <= 1 << 20:
        raise argparse.ArgumentTypeError(f"{text} is not a size in gigabytes")
    return value


def speculative_mode(text: str) -> str:
    """An argparse type: off, lookup, auto or draft:PATH."""
    if text in ("off", "lookup", "auto") or (text.startswith("draft:") and text[6:]):
        return text
    raise argparse.ArgumentTypeError(
        f"{text!r} is not off, lookup, auto or draft:PATH (a draft model's file)")


# Conversation ids are SQLite row ids: 1 to 2^63 - 1.
record_id = bounded(1, 2**63 - 1)


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


COMMANDS = ("chat", "info", "list", "search", "export", "import", "delete", "models", "token",
            "serve", "docs", "tools", "pool")


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
    chat.add_argument("--conversation", type=record_id, metavar="ID",
                      help="continue this conversation")
    chat.add_argument("--system", metavar="TEXT", help="system prompt for a new conversation")
    chat.add_argument("--show-prompt", action="store_true",
                      help="print the exact prompt sent to the model before the reply")
    chat.add_argument("--show-tokens", action="store_true",
                      help="print the prompt's token ids and pieces, marking those from "
                      "message text (never read as control tokens)")
    chat.add_argument("--max-tokens", type=bounded(1, 1 << 24), metavar="N",
                      help="longest reply in tokens")
    chat.add_argument("--temperature", type=float, metavar="T", help="overrides the preset")
    chat.add_argument("--seed", type=bounded(0, 2**31 - 1), metavar="N",
                      help="fixed seed, for repeatable replies")
    chat.add_argument("--ctx", type=bounded(64, 1 << 24), metavar="N",
                      help="context window in tokens (default: the model's trained length)")
    chat.add_argument("--template", choices=("llama2", "jinja", "plain"),
                      help="override the prompt format (default: chosen from the model)")
    chat.add_argument("--think", choices=("on", "off", "low", "medium", "high"),
                      help="a thinking model's switch, where its template has one: on or "
                      "off (Qwen3, Granite), or the effort (gpt-oss); default: the "
                      "template's own")
    chat.add_argument("--speculative", type=speculative_mode,
                      metavar="off|lookup|auto|draft:PATH",
                      help="speculative decoding: lookup guesses the next tokens from the "
                      "prompt and the reply so far and checks them in one batch "
                      "(faster where text repeats: edits, quotes); auto guesses only "
                      "while it pays; draft:PATH has a small model of the same family "
                      "(the same vocabulary) guess, while it pays. The reply is the "
                      "one plain decoding gives. Default: off")
    chat.add_argument("--pool", action="store_true",
                      help="split the model across this computer and the pool's workers "
                      "(`llamadesk pool`)")
    chat.add_argument("--guess-tokens", type=bounded(1, 32), metavar="N",
                      help="speculative decoding: the most tokens guessed at once "
                      "(default 8)")
    chat.add_argument("--image", action="append", default=[], metavar="PATH",
                      help="attach an image to the message (PNG, JPEG, WebP or GIF; again "
                      "for more); the model needs its projector (mmproj) beside it")
    chat.add_argument("--projector", metavar="PATH",
                      help="a vision model's projector (mmproj GGUF), when it is not "
                      "beside the model")
    chat.add_argument("--tools", action="store_true",
                      help="let the model call the tool servers set up with `llamadesk "
                      "tools`; each call is asked first")
    chat.add_argument("--yes", action="store_true",
                      help="with --tools: allow every call without asking")
    chat.add_argument("--hide-thinking", action="store_true",
                      help="do not print a thinking model's reasoning (it is stored either "
                      "way; shown dimmed otherwise)")
    chat.add_argument("--gpu-layers", type=bounded(-1, 100_000), metavar="N",
                      help="layers to put on the GPU: 0 for none, -1 for all (default: auto)")
    chat.add_argument("--gpu", type=bounded(0, 255), default=0, metavar="N",
                      help="which GPU to use, as numbered by `llamadesk info` (default: 0)")
    chat.add_argument("--threads", type=bounded(1, 1024), metavar="N",
                      help="threads for llama.cpp (default: the Settings value, else every "
                      "physical core)")
    chat.add_argument("--safe", action="store_true",
                      help="after a crash: CPU only, with the engine configuration below the "
                      "one that crashed")
    chat.add_argument("--preset", choices=tuple(PRESETS),
                      help="sampling preset (default: the conversation's, else the app's "
                      "default for new chats: " + ", ".join(
                          f"{name} = temperature {p.temperature:g}, top_p {p.top_p:g}"
                          for name, p in PRESETS.items()) + ")")
    chat.add_argument("--docs", action="append", metavar="COLLECTION",
                      help="answer from this document collection too (repeatable; "
                      "remembered by the conversation); see `llamadesk docs`")
    chat.add_argument("--no-docs", action="store_true",
                      help="stop using the conversation's document collections")
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
    search.add_argument("--limit", type=bounded(1, 100_000), default=20, metavar="N")
    search.add_argument("--reasoning", action="store_true",
                        help="also search thinking models' reasoning (after the answers)")
    search.add_argument("--json", action="store_true", help="machine-readable output")

    export = commands.add_parser(
        "export", help="export one conversation or all of them",
        description="Export conversations. All of them go into one JSON file, or into a zip "
        "with one file per conversation for the other formats (or when FILE ends in .zip).")
    _common(export, top=False)
    export.add_argument("--conversation", type=record_id, metavar="ID",
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
                       ("license", "show a model licence and what accepting it means")):
        action = models_commands.add_parser(name, help=text)
        _common(action, top=False)
        action.add_argument("--json", action="store_true", help="machine-readable output")
        if name == "license":
            action.add_argument("license_id", nargs="?", default="llama2", metavar="LICENSE",
                                help="llama2 (the default), llama3, llama3.1, llama3.2, "
                                "llama3.3 or gemma: the id a model's card gives")
        if name == "catalog":
            action.add_argument("--embedding", action="store_true",
                                help="the embedding models for document collections")
            action.add_argument("--recommended", action="store_true",
                                help="current models beyond Llama 2 (Llama 3.x, Qwen3, "
                                "Gemma 3, Mistral Small, Phi-4, gpt-oss), with their fit here")
    download = models_commands.add_parser("download", help="download a catalog variant")
    _common(download, top=False)
    download.add_argument("id", help="a catalog id, such as llama-2-7b-chat-q4_k_m or "
                          "nomic-embed-text-v1.5-q8_0 (an embedding model), or a Hub repo "
                          "followed by its CHOICE")
    download.add_argument("choice", nargs="?", metavar="CHOICE",
                          help="with a Hub repo: a quantization from `llamadesk models files "
                          "REPO` (such as Q4_K_M), or a file's name")
    download.add_argument("--projector", action="store_true",
                          help="with a Hub repo that has one: its vision projector too")
    download.add_argument("--json", action="store_true", help="print the result as JSON")
    download.add_argument("--accept-license", action="store_true",
                          help="accept the model's licence, where it asks for acceptance "
                          "(read it first with `llamadesk models license ID`)")
    importing_model = models_commands.add_parser("import", help="add a GGUF from this computer")
    _common(importing_model, top=False)
    importing_model.add_argument("path")
    importing_model.add_argument("--json", action="store_true", help="print the result as JSON")
    importing_model.add_argument("--copy", action="store_true",
                                 help="copy it into the models folder (default: use it in place)")
    importing_model.add_argument("--projector", metavar="MMPROJ",
                                 help="a vision model's projector (mmproj GGUF), to read images")
    projector = models_commands.add_parser(
        "projector", help="give an installed vision model its projector (mmproj GGUF)")
    _common(projector, top=False)
    projector.add_argument("id", help="the installed model's id (`llamadesk models list`)")
    projector.add_argument("path", metavar="MMPROJ", help="the projector file")
    for name, text in (("verify", "hash an installed model again"),
                       ("delete", "delete an installed model")):
        action = models_commands.add_parser(name, help=text)
        _common(action, top=False)
        action.add_argument("id")
        action.add_argument("--json", action="store_true", help="print the result as JSON")
    searching = models_commands.add_parser("search", help="GGUF models on the Hugging Face "
                                           "Hub")
    _common(searching, top=False)
    searching.add_argument("query", nargs="?", default="")
    searching.add_argument("--sort", choices=("downloads", "recent"), default="downloads")
    searching.add_argument("--limit", type=bounded(1, 200), default=20, metavar="N")
    searching.add_argument("--json", action="store_true", help="machine-readable output")
    files = models_commands.add_parser("files", help="a Hub repo's GGUF files: each "
                                       "quantization, its size and how it fits here")
    _common(files, top=False)
    files.add_argument("repo", help="such as bartowski/Qwen_Qwen3-8B-GGUF")
    files.add_argument("--json", action="store_true", help="machine-readable output")
    access = models_commands.add_parser("access", help="check access to a gated Hub repo")
    _common(access, top=False)
    access.add_argument("repo", help="such as meta-llama/Llama-2-7b-chat-hf")

    token = commands.add_parser("token", help="the Hugging Face token, kept in the OS keyring")
    _common(token, top=False)
    token.add_argument("action", choices=("set", "show-account", "clear"))
    token.add_argument("--session-only", action="store_true",
                       help="with set: keep it in memory for this command only")

    serve = commands.add_parser(
        "serve", help="an OpenAI-compatible API for your scripts and editors",
        description="Serve the OpenAI API (/v1/chat/completions, /v1/completions, "
        "/v1/models) on this computer. Every request needs the key: "
        "Authorization: Bearer KEY.")
    _common(serve, top=False)
    serve.add_argument("--model", metavar="ID|PATH",
                       help="load this model first (default: the window's last one)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this computer only)")
    serve.add_argument("--port", type=bounded(1, 65535), default=8080)
    serve.add_argument("--api-key", metavar="KEY",
                       help="the key clients must send (default: $LLAMADESK_API_KEY, else "
                       "one made at first use and kept in the OS keyring)")
    serve.add_argument("--print-key", action="store_true", help="print the key and exit")
    serve.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                       help="allow browser pages from ORIGIN (repeatable; default: none)")
    serve.add_argument("--no-load-on-request", action="store_true",
                       help="refuse requests for an installed model that is not loaded "
                       "instead of loading it")
    serve.add_argument("--ctx", type=bounded(64, 1 << 24), metavar="N",
                       help="context window in tokens")
    serve.add_argument("--gpu-layers", type=bounded(-1, 100_000), metavar="N",
                       help="layers to put on the GPU: 0 for none, -1 for all (default: auto)")
    serve.add_argument("--threads", type=bounded(1, 1024), metavar="N",
                       help="threads for llama.cpp (default: the Settings value, else every "
                       "physical core)")
    serve.add_argument("--safe", action="store_true",
                       help="after a crash: load the model that crashed anyway, CPU only, "
                       "with the engine configuration below the one that crashed")
    serve.add_argument("--keep-history", action="store_true",
                       help="keep the chats in the history, marked as the API's (the "
                       "window cannot be open on the same data folder meanwhile)")
    serve.add_argument("--template", choices=("llama2", "jinja", "plain"),
                       help="override the prompt format (default: chosen from the model)")
    serve.add_argument("--queue", type=bounded(1, 1024), default=16, metavar="N",
                       help="requests that may wait; more get 503 (default: 16)")
    serve.add_argument("--pool", action="store_true",
                       help="split the model across this computer and the pool's workers "
                       "(`llamadesk pool`)")

    pool = commands.add_parser(
        "pool", help="pool computers: a model too large for one runs across several",
        description="Lend this computer to a pool (serve), or name the workers whose "
        "memory this computer's models may use (`chat --pool`, `serve --pool`). Workers "
        "are reached through a pairing code; llama.cpp's RPC server is never exposed.")
    _common(pool, top=False)
    pool_commands = pool.add_subparsers(dest="pool_command", metavar="ACTION", required=True)
    lending = pool_commands.add_parser("serve", help="lend this computer's CPU and memory")
    _common(lending, top=False)
    lending.add_argument("--host", default="0.0.0.0",  # noqa: S104 - the gate's, by design
                         help="address to listen on (default: every address of this "
                         "computer, for the others at home)")
    lending.add_argument("--port", type=bounded(1, 65535), default=50052)
    lending.add_argument("--threads", type=bounded(1, 1024), metavar="N",
                         help="threads for llama.cpp (default: every physical core)")
    lending.add_argument("--memory", type=_gigabytes, metavar="GB",
                         help="lend at most this much memory (default: all that is free); "
                         "the main computer gives this one fewer layers")
    lending.add_argument("--new-code", action="store_true",
                         help="make a new pairing code (computers paired before must be "
                         "paired again)")
    adding_worker = pool_commands.add_parser(
        "add", help="add a worker: its ADDRESS:PORT, then the pairing code it shows (read "
        "from the terminal, or one line of standard input)")
    _common(adding_worker, top=False)
    adding_worker.add_argument("address", metavar="ADDRESS:PORT")
    removing_worker = pool_commands.add_parser("remove", help="remove a worker")
    _common(removing_worker, top=False)
    removing_worker.add_argument("address", metavar="ADDRESS:PORT")
    _common(pool_commands.add_parser("list", help="the workers"), top=False)

    docs = commands.add_parser("docs", help="document collections to chat with")
    _common(docs, top=False)
    docs_commands = docs.add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    adding = docs_commands.add_parser("add", help="add folders or files to a collection "
                                      "(made if new), then index them")
    adding.add_argument("name")
    adding.add_argument("paths", nargs="+", metavar="PATH")
    for action in (adding, docs_commands.add_parser("reindex", help="bring a collection "
                                                    "up to date with its folders")):
        _common(action, top=False)
        if action is not adding:
            action.add_argument("name")
        action.add_argument("--embedding-model", metavar="GGUF",
                            help="the GGUF embedding model (a new one rebuilds the collection)")
    listing_docs = docs_commands.add_parser("list", help="the collections, their files "
                                            "and what was skipped")
    _common(listing_docs, top=False)
    listing_docs.add_argument("--json", action="store_true", help="machine-readable output")
    removing = docs_commands.add_parser("remove", help="forget a collection (files stay)")
    _common(removing, top=False)
    removing.add_argument("name")
    finding = docs_commands.add_parser("search", help="the passages that best answer QUERY")
    _common(finding, top=False)
    finding.add_argument("name")
    finding.add_argument("query")
    finding.add_argument("--limit", type=bounded(1, 50), default=5, metavar="N")
    finding.add_argument("--embedding-model", metavar="GGUF")

    tools = commands.add_parser("tools", help="the MCP tool servers `chat --tools` may use")
    _common(tools, top=False)
    tools_commands = tools.add_subparsers(dest="tools_command", metavar="ACTION",
                                          required=True)
    _common(tools_commands.add_parser("list", help="the servers"), top=False)
    adding_tool = tools_commands.add_parser("add", help="add (or replace) a server: a "
                                            "command that speaks MCP over stdio")
    _common(adding_tool, top=False)
    adding_tool.add_argument("name")
    adding_tool.add_argument("server_command", metavar="COMMAND")
    adding_tool.add_argument("arguments", nargs=argparse.REMAINDER, metavar="ARG")
    adding_tool.add_argument("--env", action="append", metavar="NAME=VALUE",
                             help="a variable for the server (it gets no others but PATH "
                             "and HOME)")
    adding_tool.add_argument("--timeout", type=bounded(1, 3600), default=60, metavar="S",
                             help="seconds one request may take (default: 60)")
    importing_tools = tools_commands.add_parser(
        "import", help="add the servers of an mcpServers JSON block (as other apps write "
        "it); - reads it from stdin")
    _common(importing_tools, top=False)
    importing_tools.add_argument("file")
    for name, text in (("remove", "forget a server"),
                       ("check", "start a server and list its tools")):
        action = tools_commands.add_parser(name, help=text)
        _common(action, top=False)
        action.add_argument("name")

    deleting = commands.add_parser("delete", help="delete a conversation for good")
    _common(deleting, top=False)
    deleting.add_argument("conversation", type=record_id, metavar="ID")
    return parser


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
