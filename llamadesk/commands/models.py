"""`llamadesk models` and `llamadesk token`: the catalog, downloads, installed models,
and the Hugging Face token in the OS keyring. One function per action."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llamadesk.commands.output import EXIT_ERROR, EXIT_USAGE, print_error

if TYPE_CHECKING:
    from llamadesk.models.downloader import DownloadProgress
    from llamadesk.models.manager import ModelManager
    from llamadesk.paths import AppPaths


def model_manager(paths: AppPaths, token: str | None = None) -> ModelManager:
    from llamadesk.models.hashing import HashCache
    from llamadesk.models.license import LicenseStore
    from llamadesk.models.manager import ModelManager

    return ModelManager(paths.models_dir, LicenseStore(paths.config_dir / "licenses.json"),
                        token=token, hashes=HashCache(paths.hash_cache))


def _manager(args: argparse.Namespace) -> ModelManager:
    from llamadesk.models.token_store import TokenStore
    from llamadesk.paths import AppPaths

    return model_manager(AppPaths.resolve(args.data_dir).ensure(), TokenStore().get())


def show_license(args: argparse.Namespace) -> int:
    from llamadesk.models.license import PLAIN_SUMMARY, license_text

    wanted = args.license_id
    if wanted not in PLAIN_SUMMARY:
        print_error(f"LlamaDesk ships no licence {wanted!r}; it has "
                    f"{', '.join(PLAIN_SUMMARY)}.")
        return EXIT_USAGE
    if args.json:
        print(json.dumps({"license": wanted, "summary": PLAIN_SUMMARY[wanted],
                          "text": license_text(wanted)}, ensure_ascii=False))
    else:
        print(license_text(wanted))
        print(f"\nIn plain words: {PLAIN_SUMMARY[wanted]}\n(The English text above governs.)")
    return 0


def catalog(args: argparse.Namespace) -> int:
    from llamadesk.engine.gpu import detect_backend
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.machine import machine_fit, machine_memory

    if args.embedding:
        return _embedding_catalog(args)
    if args.recommended:
        return _recommended(args)
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
    print("Embedding models, for document collections: `llamadesk models catalog --embedding`.")
    print("Other current models (Llama 3.x, Qwen3, Gemma 3\u2026): "
          "`llamadesk models catalog --recommended`.")
    return 0


def _recommended(args: argparse.Namespace) -> int:
    from llamadesk.engine.gpu import detect_backend
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.machine import machine_memory
    from llamadesk.models.recommended import recommended

    vram = sum(d.free_bytes for d in detect_backend().devices)
    reports = recommended(machine_memory(vram))
    if args.json:
        print(json.dumps([{"id": r.entry.id, "name": r.entry.name, "repo": r.entry.repo,
                           "files": r.entry.files, "projector": r.entry.projector or None,
                           "quantization": r.entry.quantization,
                           "license": r.entry.license, "strengths": r.entry.strengths,
                           "estimated_memory": r.needed, "fit": r.fit.value,
                           "tokens_per_second": round(r.tokens_per_second, 1)}
                          for r in reports], indent=2))
        return 0
    for r in reports:
        print(f"  {r.entry.id:30} {r.fit.value:10} ~{format_bytes(r.needed):>9}  "
              f"~{r.tokens_per_second:>3.0f} tokens/s  {r.entry.license:10} "
              f"{', '.join(r.entry.strengths)}")
    print("\nLlama 2 first: the catalog's choice for this computer. Sizes are estimates until "
          "the Hub's metadata is read at download time. Download one with `llamadesk models "
          "download ID` (Llama and Gemma ask you to accept their licence first).")
    return 0


def _embedding_catalog(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.embedding_catalog import load_embedding_catalog
    from llamadesk.models.machine import machine_memory

    ram = machine_memory().ram_total
    entries = load_embedding_catalog()
    if args.json:
        print(json.dumps([{"id": e.id, "name": e.name, "repo": e.repo, "files": e.files,
                           "license": e.license, "dimensions": e.dimensions,
                           "languages": e.languages, "estimated_memory": e.memory_needed,
                           "fit": e.fit(ram).value, "recommended": e.recommended}
                          for e in entries], indent=2))
        return 0
    for e in entries:
        star = "*" if e.recommended else " "
        print(f"{star} {e.id:28} {e.fit(ram).value:10} ~{format_bytes(e.memory_needed):>9}  "
              f"{e.license_name}, {e.languages}, {e.dimensions} dimensions  {e.repo}")
    print("\n* recommended. No license acceptance is needed for these; "
          "download one with `llamadesk models download ID`.")
    return 0


def list_installed(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes

    models = _manager(args).registry.all()
    if args.json:
        print(json.dumps([asdict(m) for m in models], indent=2))
        return 0
    if not models:
        print("No models installed. See `llamadesk models catalog`.")
    for m in models:
        print(f"{m.id:32} {m.quantization:8} {format_bytes(m.size):>9}  {m.path}")
    return 0


def download(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.catalog import CatalogEntry, find_entry
    from llamadesk.models.embedding_catalog import EmbeddingEntry, find_embedding_entry
    from llamadesk.models.license import needs_acceptance
    from llamadesk.models.recommended import find_recommended

    if args.choice is not None:
        return _download_from_hub(args)
    entry: CatalogEntry | EmbeddingEntry | None = \
        find_entry(args.id) or find_recommended(args.id) or find_embedding_entry(args.id)
    if entry is None:
        print_error(f"no catalog entry {args.id!r} (see `llamadesk models catalog`)")
        return EXIT_USAGE
    manager = _manager(args)
    if args.accept_license and needs_acceptance(entry.license):
        manager.licenses.accept(entry.license)
    model = manager.download(entry, _progress_line())
    manager.downloader.wait_until_settled()  # on the disk before the command exits
    print(file=sys.stderr)
    if args.json:
        print(json.dumps(asdict(model), indent=2))
    else:
        print(f"Installed {model.id} ({format_bytes(model.size)}, SHA-256 {model.sha256}) "
              f"at {model.path}")
    return 0


def _progress_line() -> Callable[[DownloadProgress], None]:
    """A download's progress on one stderr line, redrawn at most a hundred times."""
    from llamadesk.engine.placement import format_bytes

    last = [0.0]

    def show(progress: DownloadProgress) -> None:
        if progress.done - last[0] >= progress.total / 100 or progress.done == progress.total:
            last[0] = progress.done
            eta = f", {progress.eta_seconds:.0f} s left" if progress.eta_seconds else ""
            print(f"\r{progress.done * 100 // max(progress.total, 1):3d}%  "
                  f"{format_bytes(progress.bytes_per_second)}/s{eta}   ", end="",
                  file=sys.stderr, flush=True)

    return show


def import_model(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes
    from llamadesk.engine.vision import find_projector, might_see

    manager = _manager(args)
    model = manager.import_file(Path(args.path).expanduser(), copy=args.copy)
    if args.projector:
        model = manager.set_projector(model.id, Path(args.projector).expanduser(),
                                      copy=args.copy)
    if args.json:
        print(json.dumps(asdict(model), indent=2))
        return 0
    print(f"Imported {model.id}: {model.name}, {model.quantization}, "
          f"{format_bytes(model.size)}")
    if not args.projector and find_projector(Path(model.path)) is None \
            and might_see(model.architecture, f"{model.name} {Path(model.path).name}",
                          model.parameters):
        print(f"It looks like a vision model, but its projector (an mmproj\u2026.gguf from the "
              f"same repository) is not beside it, so it cannot read images. Add it with "
              f"`llamadesk models projector {model.id} PATH`.")
    return 0


def projector(args: argparse.Namespace) -> int:
    manager = _manager(args)
    model = manager._get(args.id)  # noqa: SLF001 - the manager's own lookup and message
    chosen = manager.set_projector(model.id, Path(args.path).expanduser(),
                                   copy=model.source != "import-in-place")
    print(f"{chosen.id} reads images with {Path(str(chosen.projector)).name}.")
    return 0


def verify(args: argparse.Namespace) -> int:
    ok = _manager(args).verify(args.id)
    if args.json:
        print(json.dumps({"id": args.id, "verified": ok}))
    else:
        print(f"{args.id}: {'verified' if ok else 'DAMAGED: its SHA-256 no longer matches'}")
    return 0 if ok else EXIT_ERROR


def delete(args: argparse.Namespace) -> int:
    _manager(args).delete(args.id)
    print(json.dumps({"id": args.id, "deleted": True}) if args.json else f"Deleted {args.id}")
    return 0


def access(args: argparse.Namespace) -> int:
    from llamadesk.models.hub import Hub
    from llamadesk.models.token_store import TokenStore

    print(Hub(token=TokenStore().get()).check_access(args.repo).message)
    return 0


def _hub_api() -> Any:
    from huggingface_hub import HfApi

    from llamadesk.models.hub import endpoint
    from llamadesk.models.token_store import TokenStore

    return HfApi(endpoint=endpoint(), token=TokenStore().get() or False)


def search(args: argparse.Namespace) -> int:
    from llamadesk.models.discover import HubSearch

    found = HubSearch(_hub_api(), args.query, args.sort).next_page(args.limit)
    if args.json:
        print(json.dumps([{**asdict(m), "last_modified": m.last_modified.isoformat()
                           if m.last_modified else None} for m in found], indent=2))
        return 0
    if not found:
        print("No GGUF models found.")
    for model in found:
        marks = " ".join(mark for mark, on in (("vision", model.vision),
                                               ("gated", model.gated)) if on)
        updated = model.last_modified.date().isoformat() if model.last_modified else "?"
        print(f"{model.repo:48} {model.downloads:>10,} downloads  {updated}  "
              f"{model.license or 'licence not given'}{'  ' + marks if marks else ''}")
    return 0


def files(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.catalog import estimate_file
    from llamadesk.models.discover import list_repo
    from llamadesk.models.machine import machine_memory

    listing = list_repo(_hub_api(), args.repo)
    memory = machine_memory()
    rows: list[dict[str, Any]] = []
    for choice in listing.choices:
        fit, speed = estimate_file(choice.size, memory.ram_total, memory.vram_free)
        rows.append({"choice": choice.label, "files": [f.name for f in choice.files],
                     "size": choice.size, "fit": fit.value,
                     "tokens_per_second": round(speed, 1), "problem": choice.problem})
    if args.json:
        print(json.dumps({"repo": listing.repo, "license": listing.license,
                          "gated": listing.gated, "choices": rows,
                          "projectors": [p.name for p in listing.projectors],
                          "skipped": list(listing.skipped)}, indent=2))
        return 0
    print(f"{listing.repo}: licence {listing.license or 'not given'}"
          + (" (gated)" if listing.gated else ""))
    for row in rows:
        parts = f"  ({len(row['files'])} parts)" if len(row["files"]) > 1 else ""
        note = f"  {row['problem']}" if row["problem"] else ""
        print(f"  {row['choice']:16} {format_bytes(row['size']):>9}  {row['fit']:9}  "
              f"~{row['tokens_per_second']} tokens/s{parts}{note}")
    for projector in listing.projectors:
        print(f"  vision projector: {projector.name} (`--projector` downloads it too)")
    for why in listing.skipped:
        print(f"  left out: {why}")
    return 0


def _download_from_hub(args: argparse.Namespace) -> int:
    from llamadesk.engine.placement import format_bytes
    from llamadesk.models.discover import list_repo
    from llamadesk.models.license import needs_acceptance

    listing = list_repo(_hub_api(), args.id)
    wanted = args.choice
    choice = next((c for c in listing.choices if c.label.upper() == wanted.upper()
                   or any(f.name == wanted for f in c.files)), None)
    if choice is None:
        print_error(f"{args.id} has no choice {wanted!r} (see `llamadesk models files "
                    f"{args.id}`)")
        return EXIT_USAGE
    manager = _manager(args)
    if args.accept_license and needs_acceptance(listing.license):
        manager.licenses.accept(str(listing.license))
    projector = listing.projectors[0] if args.projector and listing.projectors else None
    model = manager.download_from_hub(listing, choice, projector, _progress_line())
    manager.downloader.wait_until_settled()
    print(file=sys.stderr)
    if args.json:
        print(json.dumps(asdict(model), indent=2))
    else:
        print(f"Installed {model.id} ({format_bytes(model.size)}) at {model.path}")
    return 0


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "license": show_license, "catalog": catalog, "list": list_installed,
    "download": download, "import": import_model, "verify": verify, "delete": delete,
    "access": access, "search": search, "files": files, "projector": projector,
}


def run(args: argparse.Namespace) -> int:
    return ACTIONS[args.models_command](args)


def token(args: argparse.Namespace) -> int:
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
