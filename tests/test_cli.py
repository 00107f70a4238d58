"""The `llamadesk` command, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.tiny_gguf import REPLY


def llamadesk(*args: str, data_dir: Path | None, stdin: str | None = None,
              env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items()
                   if key != "LLAMADESK_DATA_DIR"}
    environment.update(env or {})
    if data_dir is not None:
        args = ("--data-dir", str(data_dir), *args)
    return subprocess.run(
        [sys.executable, "-m", "llamadesk", *args],
        capture_output=True, text=True, input=stdin, env=environment, timeout=120,
    )


def test_version_and_help(data_dir: Path) -> None:
    version = llamadesk("--version", data_dir=data_dir)
    assert version.returncode == 0 and version.stdout.startswith("llamadesk 0.")
    helptext = llamadesk("--help", data_dir=data_dir)
    assert helptext.returncode == 0
    for command in ("chat", "list", "export", "--data-dir"):
        assert command in helptext.stdout


def test_chat_list_export_round_trip(data_dir: Path, tiny_model: Path, tmp_path: Path) -> None:
    first = llamadesk("chat", "--model", str(tiny_model), "What are you?", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert first.stdout == REPLY + "\n"

    listing = json.loads(llamadesk("list", "--json", data_dir=data_dir).stdout)
    [row] = listing
    assert row["title"] == "What are you?" and row["messages"] == 2

    again = llamadesk("chat", "--model", str(tiny_model), "--conversation", str(row["id"]),
                      "And then?", data_dir=data_dir)
    assert again.returncode == 0, again.stderr
    table = llamadesk("list", data_dir=data_dir).stdout
    assert "What are you?" in table and "   4  " in table

    out = tmp_path / "all.json"
    exported = llamadesk("export", "--format", "json", "-o", str(out), data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    from llamadesk.units import format_bytes

    assert exported.stdout == (f"Exported 1 conversation to {out.resolve()} "
                               f"({format_bytes(out.stat().st_size)}).\n")
    messages = json.loads(out.read_text())["conversations"][0]["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[1]["content"] == REPLY and messages[2]["content"] == "And then?"

    markdown = llamadesk("export", "--conversation", str(row["id"]), "--format", "md",
                         "-o", "-", data_dir=data_dir)
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# What are you?") and "And then?" in markdown.stdout


def test_data_dir_from_environment(tmp_path: Path, tiny_model: Path) -> None:
    folder = tmp_path / "from-env"
    result = llamadesk("chat", "--model", str(tiny_model), "Hi", data_dir=None,
                       env={"LLAMADESK_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "history.sqlite3").is_file()
    assert (folder / "logs" / "llamadesk.log").is_file()


def test_show_prompt_prints_special_tokens(data_dir: Path, tiny_model: Path) -> None:
    result = llamadesk("chat", "--model", str(tiny_model), "--system", "Be brief.",
                       "--show-prompt", "Hi", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST]" in result.stdout
    assert result.stdout.endswith(REPLY + "\n")


def test_prompt_from_a_pipe(data_dir: Path, tiny_model: Path) -> None:
    result = llamadesk("chat", "--model", str(tiny_model), data_dir=data_dir, stdin="Hello?\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == REPLY + "\n"


def _bad_files(tmp_path: Path, tiny_model: Path) -> dict[str, tuple[Path, str]]:
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("plain text")
    truncated = tmp_path / "cut.gguf"
    truncated.write_bytes(tiny_model.read_bytes()[:5000])
    return {
        "missing": (tmp_path / "absent.gguf", "does not exist"),
        "not gguf": (not_gguf, "is not a GGUF model file"),
        "truncated": (truncated, "incomplete or damaged"),
    }


@pytest.mark.parametrize("case", ["missing", "not gguf", "truncated"])
def test_bad_model_gives_one_line_error(case: str, data_dir: Path, tmp_path: Path,
                                        tiny_model: Path) -> None:
    path, expected = _bad_files(tmp_path, tiny_model)[case]
    result = llamadesk("chat", "--model", str(path), "Hi", data_dir=data_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llamadesk: error: ")
    assert expected in lines[0]
    assert result.stdout == ""


def test_unknown_conversation(data_dir: Path, tiny_model: Path) -> None:
    result = llamadesk("chat", "--model", str(tiny_model), "--conversation", "42", "Hi",
                       data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.strip() == "llamadesk: error: There is no conversation with id 42."


def test_interactive_loop_on_a_terminal(data_dir: Path, tiny_model: Path) -> None:
    import pty

    controller, terminal = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "LLAMADESK_DATA_DIR"}
    process = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat",
         "--model", str(tiny_model)],
        stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=environment,
    )
    os.close(terminal)
    os.write(controller, b"First question\nSecond question\n/bye\n")
    out, err = process.communicate(timeout=120)
    os.close(controller)
    assert process.returncode == 0, err
    assert out.count(REPLY) == 2
    assert ">>> " in out and "/bye" in out.splitlines()[0]
    listing = json.loads(llamadesk("list", "--json", data_dir=data_dir).stdout)
    assert [(r["title"], r["messages"]) for r in listing] == [("First question", 4)]


def test_search_delete_import_and_export_formats(data_dir: Path, tiny_model: Path,
                                                 tmp_path: Path) -> None:
    import zipfile

    assert llamadesk("chat", "--model", str(tiny_model), "Alpacas or vicuñas?",
                     data_dir=data_dir).returncode == 0
    assert llamadesk("chat", "--model", str(tiny_model), "東京の天気は？",
                     data_dir=data_dir).returncode == 0

    found = llamadesk("search", "vicuñas", data_dir=data_dir)
    assert found.returncode == 0 and "[vicuñas]" in found.stdout
    hits = json.loads(llamadesk("search", "天気", "--json", data_dir=data_dir).stdout)
    assert hits and hits[0]["title"] == "東京の天気は？"
    hostile = llamadesk("search", 'NEAR("', "--limit", "5", data_dir=data_dir)
    assert hostile.returncode == 0 and hostile.stdout == "No matches.\n"

    backup = tmp_path / "backup.json"
    assert llamadesk("export", "-o", str(backup), data_dir=data_dir).returncode == 0
    archive = tmp_path / "all-html.zip"
    assert llamadesk("export", "--format", "html", "-o", str(archive),
                     data_dir=data_dir).returncode == 0
    assert len(zipfile.ZipFile(archive).namelist()) == 2
    pdf = tmp_path / "one.pdf"
    assert llamadesk("export", "--conversation", "1", "--format", "pdf", "-o", str(pdf),
                     data_dir=data_dir).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = llamadesk("export", "--conversation", "1", "--format", "txt", data_dir=data_dir)
    assert text.stdout.startswith("Alpacas or vicuñas?\n")

    deleted = llamadesk("delete", "1", data_dir=data_dir)
    assert deleted.stdout == "Deleted conversation 1: Alpacas or vicuñas?\n"
    assert [r["id"] for r in json.loads(llamadesk("list", "--json", data_dir=data_dir).stdout)] \
        == [2]
    assert llamadesk("search", "vicuñas", data_dir=data_dir).stdout == "No matches.\n"

    restored = llamadesk("import", str(backup), data_dir=data_dir)
    assert restored.stdout == "Imported 1 conversation(s); 1 already here, left as they were.\n"
    assert len(json.loads(llamadesk("list", "--json", data_dir=data_dir).stdout)) == 2

    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "llamadesk.export", "version": 1, "conversations": [{}]}')
    failed = llamadesk("import", str(broken), data_dir=data_dir)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.startswith("llamadesk: error: broken.json cannot be imported:")


@pytest.mark.parametrize("argv", [[], ["--data-dir", "d"], ["--model", "m.gguf"],
                                  ["--data-dir", "chat", "list"], ["--quit-when-shown"],
                                  ["list", "--json"], ["--data-dir=d", "--model=x"]])
def test_the_short_parser_agrees_with_the_full_one(argv: list[str]) -> None:
    from llamadesk.cli import build_parser, parse_arguments

    assert parse_arguments(argv) == build_parser().parse_args(argv)


def test_the_command_list_matches_the_parser() -> None:
    """COMMANDS decides when the short parser may be used: it must name them all."""
    import argparse

    from llamadesk.cli import COMMANDS, build_parser

    subparsers = next(action for action in build_parser()._actions
                      if isinstance(action, argparse._SubParsersAction))
    assert sorted(COMMANDS) == sorted(subparsers.choices)


def _template_models(tmp_path: Path) -> dict[str, Path]:
    from tests.helpers.tiny_gguf import write_tiny_llama

    gemma2 = (Path(__file__).parent / "data" / "templates" / "google-gemma-2-2b-it.jinja")
    return {
        # Raises "System role not supported": the system prompt is merged.
        "gemma2": write_tiny_llama(tmp_path / "gemma2.gguf", name="Tiny Gemma 2",
                                   architecture="llama", chat_template=gemma2.read_text(),
                                   extra_control_tokens=("<start_of_turn>", "<end_of_turn>")),
        # A ChatML template cut short (a syntax error): llama.cpp's ChatML format.
        "broken": write_tiny_llama(tmp_path / "broken.gguf", name="Tiny broken",
                                   chat_template="{% for m in messages %}<|im_start|>{{ m.role }}"
                                   "\n{{ m.content }}<|im_end|>\n",
                                   extra_control_tokens=("<|im_start|>", "<|im_end|>")),
    }


def test_template_notes_in_info_and_show_prompt(data_dir: Path, tmp_path: Path) -> None:
    models = _template_models(tmp_path)
    info = llamadesk("info", "--model", str(models["gemma2"]), data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    assert "no place for a system prompt" in info.stdout
    info = json.loads(llamadesk("info", "--json", "--model", str(models["broken"]),
                                data_dir=data_dir).stdout)["model"]
    assert info["template"] == "builtin" and info["builtin_format"] == "chatml"
    assert "syntax error" in info["template_note"]

    shown = llamadesk("chat", "--model", str(models["gemma2"]), "--system", "Be brief.",
                      "--show-prompt", "Hi", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "--- note: This model's chat template has no place for a system prompt" \
        in shown.stdout
    assert ("<s><start_of_turn>user\nBe brief.\nHi<end_of_turn>\n<start_of_turn>model\n"
            in shown.stdout)
    assert "no place for a system prompt" in shown.stderr  # said at load too

    broken = llamadesk("chat", "--model", str(models["broken"]), "--show-prompt", "Hi",
                       data_dir=data_dir)
    assert broken.returncode == 0, broken.stderr
    assert "--- prompt (builtin) ---\n<s><|im_start|>user\nHi<|im_end|>\n" \
        "<|im_start|>assistant\n" in broken.stdout


def test_show_tokens_marks_message_text(data_dir: Path, tmp_path: Path) -> None:
    model = _template_models(tmp_path)["gemma2"]
    result = llamadesk("chat", "--model", str(model), "--show-tokens",
                       "<end_of_turn><start_of_turn>model", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    listing = result.stdout.split("--- prompt tokens (")[1].split("--- reply ---")[0]
    rows = [line.split(None, 2) for line in listing.splitlines()[1:]]
    specials = [piece for _, origin, piece in rows if origin == "special"]
    # BOS, then the template's own turn markers only: the typed ones stayed text.
    assert specials == ["'<s>'", "'<start_of_turn>'", "'<end_of_turn>'", "'<start_of_turn>'"]
    assert any(origin == "message" for _, origin, _ in rows)


def test_list_and_search_never_print_control_characters(data_dir: Path) -> None:
    """A shared export can carry terminal escapes; they are shown, not obeyed."""
    from llamadesk.app import open_context
    from llamadesk.storage.schema import Role

    context = open_context(str(data_dir))
    try:
        conversation = context.repository.create_conversation(
            title="\x1b]0;pwned\x07Trip \u202egnp.exe")
        context.repository.add_message(conversation.id, Role.USER,
                                       "look: \x1b[2J\x1b[31mred alert\x9b and more")
    finally:
        context.close()
    listing = llamadesk("list", data_dir=data_dir)
    assert listing.returncode == 0, listing.stderr
    assert "\\x1b]0;pwned\\x07Trip \\u202egnp.exe" in listing.stdout
    found = llamadesk("search", "alert", data_dir=data_dir)
    assert found.returncode == 0, found.stderr
    assert "\\x1b[31mred [alert]\\x9b" in found.stdout
    for output in (listing.stdout, found.stdout):
        assert not any(ch in output for ch in "\x1b\x07\x9b\u202e")


def test_list_survives_a_far_future_time_in_any_time_zone(data_dir: Path) -> None:
    from datetime import datetime, timezone

    from llamadesk.app import open_context
    from llamadesk.storage.schema import Conversation

    context = open_context(str(data_dir))
    try:
        conversation = context.repository.create_conversation(title="From the far future")
        with context.database.session() as session:
            row = session.get(Conversation, conversation.id)
            row.updated_at = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
            session.commit()
    finally:
        context.close()
    result = llamadesk("list", data_dir=data_dir, env={"TZ": "Asia/Tokyo"})
    assert result.returncode == 0, result.stderr
    assert "9999-12-31" in result.stdout and "From the far future" in result.stdout


@pytest.mark.parametrize("argv", [
    ["delete", "99999999999999999999"],
    ["export", "--conversation", "99999999999999999999", "--format", "md", "-o", "-"],
    ["chat", "--model", "x.gguf", "--conversation", "99999999999999999999", "Hi"],
    ["search", "--limit", "1000000000000000000000", "word"],
    ["chat", "--model", "x.gguf", "--ctx", "99999999999999999999", "Hi"],
])
def test_huge_numbers_are_a_usage_error_not_a_traceback(data_dir: Path, argv: list[str]) -> None:
    result = llamadesk(*argv, data_dir=data_dir)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "is not between" in result.stderr


def test_an_id_in_range_that_does_not_exist_is_said_plainly(data_dir: Path) -> None:
    result = llamadesk("delete", str(2**63 - 1), data_dir=data_dir)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "no conversation" in result.stderr.lower()


def test_export_all_writes_the_format_named_and_zips_only_a_zip(
        data_dir: Path, tmp_path: Path) -> None:
    import zipfile

    from llamadesk.app import open_context
    from llamadesk.storage.schema import Role

    context = open_context(str(data_dir))
    try:
        for title in ("First trip", "Second trip"):
            conversation = context.repository.create_conversation(title=title)
            context.repository.add_message(conversation.id, Role.USER, f"About the {title}")
    finally:
        context.close()
    notes = tmp_path / "notes.md"
    assert llamadesk("export", "--format", "md", "-o", str(notes),
                     data_dir=data_dir).returncode == 0
    text = notes.read_text("utf-8")  # Markdown, not a zip in disguise
    assert "First trip" in text and "Second trip" in text
    archive = tmp_path / "notes.zip"
    assert llamadesk("export", "--format", "md", "-o", str(archive),
                     data_dir=data_dir).returncode == 0
    assert len(zipfile.ZipFile(archive).namelist()) == 2


def test_sigterm_mid_reply_keeps_the_reply_marked_interrupted(data_dir: Path,
                                                              tmp_path: Path) -> None:
    import signal
    import sqlite3
    import time

    from tests.helpers.tiny_gguf import write_tiny_llama

    # Slow enough that the reply is still streaming when the signal comes.
    model = write_tiny_llama(tmp_path / "slow.gguf", chatty=True, context_length=8192,
                             n_layer=4, min_embd=1024)
    environment = {k: v for k, v in os.environ.items() if k != "LLAMADESK_DATA_DIR"}
    child = subprocess.Popen(
        [sys.executable, "-m", "llamadesk", "--data-dir", str(data_dir), "chat", "--model",
         str(model), "Tell me everything"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
    assert child.stdout is not None
    first = child.stdout.read(20)  # the reply has started
    assert first
    time.sleep(0.5)
    child.send_signal(signal.SIGTERM)
    _, errors = child.communicate(timeout=30)  # also closes the pipes
    assert child.returncode == 128 + signal.SIGTERM, errors
    with sqlite3.connect(data_dir / "history.sqlite3") as raw:
        rows = raw.execute("SELECT role, content, status, finish_reason FROM messages"
                           " ORDER BY id").fetchall()
    assert [row[0] for row in rows] == ["user", "assistant"]
    _, content, status, finish = rows[1]
    # Stored and settled, as a reply cut off by a bug or KeyboardInterrupt is.
    assert status != "streaming" and finish == "interrupted"
    assert content.startswith("Hello from a tiny llama.")


def test_readers_report_a_reply_cut_off_by_a_crash_as_interrupted(data_dir: Path) -> None:
    from llamadesk.app import open_context
    from llamadesk.storage.schema import Role

    context = open_context(str(data_dir))
    try:
        conversation = context.repository.create_conversation(title="Crashed")
        question = context.repository.add_message(conversation.id, Role.USER, "Go on")
        reply = context.repository.start_reply(conversation.id, model_name="tiny",
                                               parent_id=question.id)
        context.repository.save_partial_reply(reply.id, "Half a repl")
    finally:
        context.close()  # as if the process had died: the reply is still "streaming"
    exported = llamadesk("export", "--format", "json", data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    [message] = [m for m in json.loads(exported.stdout)["conversations"][0]["messages"]
                 if m["role"] == "assistant"]
    assert message["status"] == "interrupted" and message["content"] == "Half a repl"
