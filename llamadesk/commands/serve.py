"""`llamadesk serve`: the OpenAI-compatible API server, without a window."""

from __future__ import annotations

import argparse
import faulthandler
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from llamadesk.commands.output import EXIT_ERROR, print_error

if TYPE_CHECKING:
    from llamadesk.engine.options import LoadOptions
    from llamadesk.models.manager import ModelManager
    from llamadesk.settings import Settings


def run(args: argparse.Namespace) -> int:
    from llamadesk.commands.models import model_manager
    from llamadesk.crash_report import find_crash, open_fault_log
    from llamadesk.engine.guard import EngineGuard
    from llamadesk.engine.options import LoadOptions
    from llamadesk.logs import setup_logging
    from llamadesk.models.hashing import HashCache
    from llamadesk.paths import AppPaths
    from llamadesk.server.api_key import ApiKeyStore
    from llamadesk.settings import Settings

    paths = AppPaths.resolve(args.data_dir).ensure()
    setup_logging(paths.log_file)
    guard = EngineGuard.for_paths(paths)
    fault_file = open_fault_log(paths.fault_log)
    if fault_file is not None:
        faulthandler.enable(fault_file)
    keys = ApiKeyStore()
    key = args.api_key or keys.get()
    # Without a keyring (a headless machine) the key lives only as long as this server:
    # say so, and how to fix one, or every run's key would be a secret nobody saw.
    session_only = not args.api_key and keys.lasts_only_this_run
    if args.print_key:
        print(key)
        if session_only:
            print("llamadesk: no keyring here, so this key was made for this command only "
                  "and no server uses it. Set LLAMADESK_API_KEY (or pass --api-key) to fix "
                  "one for `serve` and its clients.", file=sys.stderr)
        return 0
    if session_only:
        print(f"llamadesk: no keyring here: this server's key, for this run only, is {key} "
              "(set LLAMADESK_API_KEY or pass --api-key to fix one)", file=sys.stderr,
              flush=True)
    settings = Settings(paths.settings_file)
    hashes = HashCache(paths.hash_cache)
    manager = model_manager(paths)

    pooled = None
    if args.pool:
        from llamadesk.commands.pool import pooled_devices

        pooled = pooled_devices(settings)

    def load_options(path: Path) -> LoadOptions:
        from llamadesk.engine.prompt import TemplateKind

        # No window here: every physical core, unless told otherwise. Speculative
        # decoding as the model is set up in the window.
        speculation = settings.speculation_for(str(path.resolve()))
        return LoadOptions(pool=pooled, speculative=speculation.engine_mode(),
                           speculative_tokens=speculation.tokens, n_ctx=args.ctx,
                           n_gpu_layers=0 if args.safe else args.gpu_layers,
                           n_threads=args.threads or settings["threads"] or None,
                           file_hash=hashes.sha256, guard=guard,
                           template=TemplateKind(args.template) if args.template else None,
                           projector=manager.projector_for(path))

    model: Path | None = None
    if args.model:
        model = manager.resolve(args.model)
    elif settings["last_model"] and Path(settings["last_model"]).is_file():
        model = Path(settings["last_model"])
    crash = find_crash(guard, paths.fault_log)
    if crash is not None:
        print(f"llamadesk: {crash.message()}", file=sys.stderr)
        if model is not None and model.resolve() == crash.model_path.resolve() \
                and not args.safe:
            # Not loaded first: a request that names it still can (the crashed
            # configuration is recorded, so it loads with the one below).
            print(f"llamadesk: {crash.safe_settings()} Start with --safe to load it first.",
                  file=sys.stderr)
            model = None
    return _serve(args, key, settings, manager, load_options, model)


def _serve(args: argparse.Namespace, key: str, settings: Settings, manager: ModelManager,
           load_options: Callable[[Path], LoadOptions], model: Path | None) -> int:
    import uvicorn

    from llamadesk.server.connections import (
        listening_socket,
        raise_open_file_limit,
        uvicorn_limits,
    )
    from llamadesk.server.engine_thread import EngineThread
    from llamadesk.server.openai_api import OpenAiApi, ServerConfig, create_app

    history = None
    context = None
    if args.keep_history:
        from llamadesk.app import open_context
        from llamadesk.server.history import ApiHistory

        # As a writer: the data folder's lock says so to a window started meanwhile.
        context = open_context(args.data_dir)
        history = ApiHistory(context.repository)
    engine = EngineThread(capacity=args.queue)
    try:
        if model is not None:
            print(f"Loading {model.name}…", file=sys.stderr, flush=True)
            info = engine.load(model, load_options(model)).result()
            for note in info.notes:
                print(f"llamadesk: {note}", file=sys.stderr)
        config = ServerConfig(api_key=key, host=args.host, port=args.port,
                              cors_origins=tuple(args.cors_origin or ()),
                              load_on_request=not args.no_load_on_request)
        api = OpenAiApi(engine, manager, settings.default_sampling, config, load_options,
                        history)
        if args.host not in ("127.0.0.1", "localhost", "::1"):
            print(f"llamadesk: warning: listening on {args.host}: anyone who can reach this "
                  "computer over the network and has the key can use the model.",
                  file=sys.stderr)
        raise_open_file_limit()
        listener = listening_socket(args.host, args.port)
        print(f"Serving the OpenAI API at http://{_url_host(args.host)}:{args.port}/v1 "
              "(the key: `llamadesk serve --print-key`). Ctrl+C stops.", flush=True)
        server = uvicorn.Server(uvicorn.Config(
            create_app(api), log_level="warning", access_log=False, lifespan="off",
            **uvicorn_limits()))
        server.run(sockets=[listener])
        return 0 if server.started else EXIT_ERROR
    except OSError as error:
        print_error(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}")
        return EXIT_ERROR
    finally:
        engine.close()
        if context is not None:
            context.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
