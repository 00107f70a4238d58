"""`llamadesk pool`: lend this computer to a pool (serve), or name the workers this
computer's models may use (add, remove, list); `chat --pool` and `serve --pool`
use them."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from typing import TYPE_CHECKING, TextIO

from llamadesk.commands.output import EXIT_ERROR, print_error

if TYPE_CHECKING:
    from llamadesk.engine.options import PooledDevices
    from llamadesk.settings import Settings


def run(args: argparse.Namespace) -> int:
    from llamadesk.paths import AppPaths
    from llamadesk.settings import Settings

    paths = AppPaths.resolve(args.data_dir).ensure()
    settings = Settings(paths.settings_file)
    action = args.pool_command
    if action == "serve":
        return _serve(args)
    if action == "add":
        return _add(args, settings)
    if action == "remove":
        from llamadesk.pool.codes import PoolCodes

        workers = [w for w in settings["pool_workers"] if w != args.address]
        settings["pool_workers"] = workers
        settings.save()
        PoolCodes().remove(args.address)
        print(f"{args.address} is no longer in the pool")
        return 0
    for address in _addresses(settings):
        print(address)
    return 0


def _addresses(settings: Settings) -> list[str]:
    from llamadesk.pool.codes import from_environment

    listed = list(settings["pool_workers"])
    return listed + [a for a in from_environment() if a not in listed]


def _add(args: argparse.Namespace, settings: Settings) -> int:
    from llamadesk.pool.client import split_address
    from llamadesk.pool.codes import PoolCodes

    split_address(args.address)  # a usage error in a sentence, before the code is asked
    code = getpass.getpass(f"Pairing code shown by {args.address}: ") if sys.stdin.isatty() \
        else sys.stdin.readline()
    PoolCodes().add(args.address, code.strip())
    workers = settings["pool_workers"]
    if args.address not in workers:
        settings["pool_workers"] = [*workers, args.address]
        settings.save()
    print(f"{args.address} is in the pool; `llamadesk chat --pool` uses it")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from llamadesk.pool import rpc
    from llamadesk.pool.codes import PoolCodes
    from llamadesk.pool.gate import PoolError
    from llamadesk.pool.worker import run_worker, start_rpc_server

    if not rpc.available():
        print_error("this build of LlamaDesk's engine has no RPC backend, so it cannot "
                    "lend this computer to a pool")
        return EXIT_ERROR
    code, source = PoolCodes().worker_code(new=args.new_code)
    if source in ("new", "run"):
        print(f"Pairing code: {code}", flush=True)
        print("  (enter it on the main computer: llamadesk pool add THIS-ADDRESS:PORT; "
              + ("shown this once, kept in the keyring)" if source == "new"
                 else "no keyring here: a new code each start)"), flush=True)
    else:
        print("Pairing code: the one shown when it was made"
              + (" (LLAMADESK_POOL_CODE)" if source == "environment"
                 else "; --new-code makes another"), flush=True)
    threads = args.threads or 0
    if not threads:
        from llamadesk.engine.threads import physical_cores

        threads = physical_cores()
    status = _own_stdout()
    rpc_port = start_rpc_server(threads)

    lent_mib = max(1, int(args.memory * 1024)) if args.memory else 0
    lent = f"{args.memory:g} GB of memory" if lent_mib else "its free memory"
    if not lent_mib:
        from llamadesk.engine.memory_limit import cgroup_room

        # Capped by a cgroup (a container, a slice): no more than it allows, or the
        # kernel would end this helper in the middle of someone's reply.
        room = cgroup_room()
        lent_mib = room >> 20 if room is not None else 0
        if lent_mib:
            lent = f"{lent_mib / 1024:.2g} GB of memory, its cgroup's limit"

    def listening(port: int) -> None:
        _say(status, f"Lending this computer ({lent}) on {args.host}:{port} "
             "(llama.cpp's RPC server is reachable only through the pairing)")

    def peers(connected: list[str]) -> None:
        _say(status, "Connected: " + (", ".join(connected) if connected else "nobody"))

    try:
        asyncio.run(run_worker(code, args.host, args.port, rpc_port, listening, peers,
                               lent_mib=lent_mib))
    except OSError as error:
        raise PoolError(f"cannot listen on {args.host}:{args.port}: {error.strerror}") \
            from None
    return 0


def _own_stdout() -> TextIO:
    """Standard output for the status lines alone, returned: llama.cpp's RPC server
    prints there too, from its own thread, and its words landed in the middle of ours
    (the window reads these lines: ui/pool/lending.py). Its output goes to standard
    error from here on."""
    sys.stdout.flush()
    status = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return status


def _say(status: TextIO, line: str) -> None:
    status.write(line + "\n")  # one write: a line is never split
    status.flush()


def pooled_devices(settings: Settings) -> PooledDevices:
    """The pool named in the settings (and LLAMADESK_POOL), paired now; PoolError names
    a worker that cannot be used."""
    from llamadesk.pool.client import pair

    return pair(_addresses(settings)).plan
