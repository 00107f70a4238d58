"""The history from the terminal: list, search, export, import, delete."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from llamadesk.commands.output import EXIT_ERROR, print_error
from llamadesk.units import format_bytes


def list_conversations(args: argparse.Namespace) -> int:
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


def search(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.terminal_text import terminal_safe

    context = open_context(args.data_dir, writer=False)
    try:
        hits = context.repository.search(" ".join(args.query), limit=max(1, args.limit),
                                         reasoning=args.reasoning)
    finally:
        context.close()
    if args.json:
        payload = [
            {"conversation": h.conversation_id, "title": h.conversation_title,
             "message": h.message_id, "role": h.role, "snippet": h.snippet,
             "highlights": [list(span) for span in h.highlights], "score": h.score,
             "in_reasoning": h.in_reasoning}
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
        label = "title" if hit.message_id is None else \
            "reasoning" if hit.in_reasoning else hit.role
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


def export(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.storage.export import export_bytes, export_zip, is_zip, write_atomically

    # Qt's PDF writer needs an application object: held for this command only.
    application = None
    if args.format == "pdf":
        from llamadesk.storage.export.pdf_export import offscreen_application

        application = offscreen_application()
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
        del application
    if args.output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = Path(args.output).expanduser()
    bundled = not as_zip and is_zip(data)
    if bundled and target.suffix.lower() != ".zip":
        # Markdown with images: the Markdown and its pictures, together in a zip.
        target = target.with_suffix(".zip")
    try:
        write_atomically(target, data)
    except OSError as error:
        print_error(f"could not write {args.output}: {error.strerror or error}")
        return EXIT_ERROR
    what = ("1 conversation" if len(ids) == 1 else f"{len(ids):,} conversations") + \
        (", one file each, in a zip" if as_zip else "") + \
        (", with its images, in a zip" if bundled else "")
    print(f"Exported {what} to {target.resolve()} ({format_bytes(len(data))}).")
    return 0


def import_history(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context
    from llamadesk.storage.importer import import_json

    path = Path(args.file).expanduser()
    try:
        data = path.read_bytes()
    except OSError as error:
        print_error(f"could not read {path}: {error.strerror or error}")
        return EXIT_ERROR
    context = open_context(args.data_dir)
    try:
        result = import_json(context.database, data, source=path.name)
    finally:
        context.close()
    print(f"Imported {result.imported} conversation(s)"
          + (f"; {result.skipped} already here, left as they were." if result.skipped else "."))
    return 0


def delete(args: argparse.Namespace) -> int:
    from llamadesk.app import open_context

    context = open_context(args.data_dir)
    try:
        title = context.repository.get_conversation(args.conversation).title
        context.repository.delete_conversation(args.conversation)
    finally:
        context.close()  # empties the trash: from the terminal, a delete is final
    print(f"Deleted conversation {args.conversation}: {title}")
    return 0
