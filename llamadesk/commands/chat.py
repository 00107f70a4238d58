"""`llamadesk chat`: a conversation in the terminal, stored like the window's."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from llamadesk.commands.output import EXIT_ERROR, EXIT_USAGE, print_error
from llamadesk.notes import BASE_MODEL, CONTEXT_SIZE, GPU_OFF

# Where the terminal changes what a note is about (the window names its settings).
TERMINAL_HINTS = {
    CONTEXT_SIZE: "--ctx N sets a larger one, if memory allows.",
    GPU_OFF: "--gpu-layers N (or -1 for all) offloads layers, unless --safe is given.",
    BASE_MODEL: "Its replies are capped (--max-tokens) and repetition is penalised.",
}

if TYPE_CHECKING:
    from llamadesk.app import AppContext
    from llamadesk.chat import ChatService
    from llamadesk.chat_tools import ToolUse
    from llamadesk.engine.images import ImageInput
    from llamadesk.engine.session import ModelSession, SamplingParams
    from llamadesk.storage.records import MessageRecord
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.tools.host import McpHost


def run(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.chat import ChatService
    from llamadesk.commands.models import model_manager
    from llamadesk.documents.retriever import DocumentRetriever, embedder_opener
    from llamadesk.engine.prompt import TemplateKind
    from llamadesk.engine.session import LoadOptions, ModelSession
    from llamadesk.sampling import PlainTextLimits, SamplingChoice, sampling_for
    from llamadesk.settings import Settings

    # Attached images are read first: a bad file is said before a model loads.
    images = [_read_image(Path(path)) for path in args.image]
    context = open_context(args.data_dir)
    model_path = model_manager(context.paths).resolve(args.model)
    # Opens the documents database and an embedding model only when a reply needs them.
    retriever = DocumentRetriever(context.paths.documents_database,
                                  embedder_opener(context.paths.models_dir))
    tools: ToolUse | None = None
    tool_host: McpHost | None = None
    try:
        safe = _after_crash(context, model_path, args.safe)
        if safe is None:
            return EXIT_ERROR
        settings = Settings(context.paths.settings_file)
        # The conversation's own sampling, else the app's default for new chats, as
        # in the window; --preset and --temperature change it for this run only.
        choice = settings.default_choice()
        if args.conversation is not None:
            stored = context.repository.get_conversation(args.conversation).sampling
            choice = sampling_for(stored, choice)
        if args.preset:
            choice = SamplingChoice(args.preset)
        if args.temperature is not None:
            choice = choice.with_overrides(temperature=args.temperature)
        # Speculative decoding as the model is set up in the window, unless told here.
        speculation = settings.speculation_for(str(Path(model_path).resolve()))
        pooled = None
        if args.pool:
            from llamadesk.commands.pool import pooled_devices

            pooled = pooled_devices(settings)
        session = ModelSession.load(model_path, LoadOptions(
            pool=pooled,
            speculative=speculation.engine_mode(), speculative_tokens=speculation.tokens,
            n_ctx=args.ctx, n_gpu_layers=0 if safe else args.gpu_layers, main_gpu=args.gpu,
            # No window here: every physical core, unless told otherwise.
            n_threads=args.threads or settings["threads"] or None,
            file_hash=context.hash_cache.sha256, guard=context.guard,
            template=TemplateKind(args.template) if args.template else None,
            projector=Path(args.projector).expanduser() if args.projector
            else model_manager(context.paths).projector_for(model_path)))
        if images and session.info.projector is None:
            from llamadesk.engine.vision import cannot_see

            session.close()  # said before a conversation is made for it
            raise cannot_see(session.info)
        for note in session.info.notes:
            hint = TERMINAL_HINTS.get(getattr(note, "topic", ""))
            print(f"llamadesk: {note}" + (f" {hint}" if hint else ""), file=sys.stderr)
        service = ChatService(context.repository, documents=retriever,
                              plain_limits=lambda: PlainTextLimits.from_settings(settings))
        # --think for this run; without it, what the conversation chose (the window's).
        params = choice.params(max_tokens=args.max_tokens, seed=args.seed,
                               **({"think": args.think} if args.think else {}))
        if args.speculative:  # for this run: the reply is the same, sooner where it repeats
            params = replace(params, speculative=_speculative(session, args.speculative))
        if args.guess_tokens:
            params = replace(params, speculative_tokens=args.guess_tokens)
        conversation_id: int | None = args.conversation
        if conversation_id is None:
            # Made here, chosen here: the window continues it with the same sampling.
            conversation_id = context.repository.create_conversation(
                system_prompt=args.system or None).id
            context.repository.set_sampling(conversation_id, choice.to_json())
        if args.docs is not None or args.no_docs:
            _choose_collections(context.paths.documents_database, context.repository,
                                conversation_id, [] if args.no_docs else args.docs)

        if args.tools:
            from llamadesk.commands.tools import terminal_tools

            tools, tool_host = terminal_tools(context.paths.log_dir, settings, args.yes)

        def ask(text: str) -> int:
            nonlocal conversation_id
            if args.show_prompt or args.show_tokens:
                _show_prompt(service, session, conversation_id, text, args.system,
                             text_form=args.show_prompt, tokens=args.show_tokens,
                             think=args.think)
            reply = _stream_reply(service, session, conversation_id, text, params, sys.stdout,
                                  show_thinking=not args.hide_thinking, tools=tools,
                                  images=images,
                                  keep_original_images=settings["keep_original_images"])
            images.clear()  # with the first message only
            conversation_id = reply.conversation_id
            return reply.conversation_id

        if args.prompt:
            ask(" ".join(args.prompt))
        elif sys.stdin.isatty():
            _interactive(ask, session.info.facts.name)
        else:
            text = sys.stdin.read().strip()
            if not text:
                print_error("nothing to send: give a prompt or pipe text in")
                return EXIT_USAGE
            ask(text)
        session.close()
    finally:
        if tool_host is not None:
            tool_host.close()
        retriever.close()
        context.close()
    return 0


def _read_image(path: Path) -> ImageInput:
    from llamadesk.engine.images import ImageError, read_image

    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImageError(f"{path} cannot be read: {error.strerror or error}") from None
    return read_image(data, path.name)


def _after_crash(context: AppContext, model_path: Path, safe: bool) -> bool | None:
    """After a crash, the notice; the model that crashed is loaded again only with the
    safe settings, and only when the user says so (True; else None: the caller stops)."""
    from llamadesk.crash_report import find_crash

    crash = find_crash(context.guard, context.paths.fault_log)
    if crash is None:
        return safe
    print(f"llamadesk: {crash.message()}", file=sys.stderr)
    if safe or crash.model_path.resolve() != model_path.resolve():
        return safe
    print(f"llamadesk: {crash.safe_settings()}", file=sys.stderr)
    if sys.stdin.isatty() and sys.stderr.isatty():
        print("Load it with the safe settings? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() in ("y", "yes"):
            return True
    print_error("not loaded: run again with --safe to load it with the safe settings")
    return None


def _show_prompt(service: ChatService, session: ModelSession, conversation_id: int | None,
                 text: str, system: str | None, *, text_form: bool, tokens: bool,
                 think: str | None = None) -> None:
    from llamadesk.engine.prompt import ChatMessage
    from llamadesk.engine.prompt_tokens import describe_tokens

    history = service.prompt_messages(conversation_id, session=session) \
        if conversation_id is not None else (
        [ChatMessage("system", system)] if system else [])
    prompt = session.build_prompt([*history, ChatMessage("user", text)], think)
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


# SGR faint, then back to normal.
_DIM, _PLAIN = "\033[2m", "\033[0m"


def _speculative(session: ModelSession, mode: str) -> str:
    """``mode`` with a draft's path made whole, the draft loaded and its vocabulary
    checked now: a draft that cannot guess for this model is said before any chat."""
    if not mode.startswith("draft:"):
        return mode
    draft = Path(mode.removeprefix("draft:")).expanduser()
    try:
        session.use_draft(draft)
    except Exception:
        session.close()
        raise
    return f"draft:{draft}"


def _stream_reply(service: ChatService, session: ModelSession, conversation_id: int | None,
                  text: str, params: SamplingParams, out: TextIO, *,
                  show_thinking: bool = True, tools: ToolUse | None = None,
                  images: Sequence[ImageInput] = (),
                  keep_original_images: bool = True) -> MessageRecord:
    # A thinking model's reasoning: dimmed on a terminal, between markers in a pipe.
    tty = out.isatty()
    thinking = False

    def think(piece: str) -> None:
        nonlocal thinking
        if not show_thinking:
            return
        if not thinking:
            thinking = True
            out.write(_DIM if tty else "[thinking]\n")
            piece = piece.lstrip()
        out.write(piece)
        out.flush()

    def end_thinking() -> None:
        nonlocal thinking
        if thinking:
            thinking = False
            out.write(_PLAIN + "\n\n" if tty else "\n[answer]\n")

    def write(piece: str) -> None:
        end_thinking()
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
        reply = service.send(session, conversation_id, text, params, on_text=write,
                             on_reasoning=think, tools=tools, images=tuple(images),
                             keep_original_images=keep_original_images)
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
        end_thinking()
    out.write("\n")
    if reply.finish_reason == "cancelled":
        out.write("[stopped]\n")
    if reply.finish_reason == "tool_rounds":
        out.write(f"[stopped after {len(reply.tool_rounds)} rounds of tool calls]\n")
    if reply.sources:
        out.write("Sources:\n")
        for number, source in enumerate(reply.sources, 1):
            out.write(f"  [{number}] {source.place}  ({source.path})\n")
    out.flush()
    return reply


def _choose_collections(database: Path, repository: HistoryRepository, conversation_id: int,
                        names: list[str]) -> None:
    """The collections the conversation draws on from now on; unknown names are refused."""
    from llamadesk.documents.store import DocumentStore
    from llamadesk.errors import LlamaDeskError

    if names:
        store = DocumentStore(database)
        try:
            known = {c.name for c in store.collections()}
        finally:
            store.close()
        unknown = [name for name in names if name not in known]
        if unknown:
            raise LlamaDeskError(f"No collection named {', '.join(map(repr, unknown))} "
                                 f"(collections: {', '.join(sorted(known)) or 'none yet'}).")
    repository.set_collections(conversation_id, list(dict.fromkeys(names)))


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
