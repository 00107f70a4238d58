"""Prompt formats: the model's own chat template, Llama 2's exact format, plain text.

A prompt is kept as *pieces* rather than one string, so that what the format
wrote and what people wrote never mix:
- TEMPLATE_TEXT is the format's own text, which spells its control tokens
  (``<|im_start|>``, ``<start_of_turn>``) and is tokenized with them parsed;
- TEXT is message text (system prompt, messages, replies, a reply being
  continued, imports), tokenized with special tokens *not* parsed, so typing
  ``</s><s>[INST]`` or ``<|im_end|>`` can never forge a turn;
- BOS and EOS are the special token ids themselves.

The model's Jinja template is rendered twice: once with the real messages (the
exact text, as transformers renders it) and once with each message's content
replaced by a unique marker, which shows where the template put each message.
"""

from __future__ import annotations

import enum
import json
import logging
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from llamadesk.engine.chat_template import TemplateRenderError, render_template
from llamadesk.engine.tool_calls.scanning import Call
from llamadesk.engine.tool_calls.template_messages import (
    template_calls,
    template_tools,
    wants_object_arguments,
)
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)

# Meta's reference chat_completion (llama/generation.py) uses these exactly.
B_INST, E_INST = "[INST]", "[/INST]"
B_SYS, E_SYS = "<<SYS>>\n", "\n<</SYS>>\n\n"

# llama.cpp joins a system prompt to the first user message with this when the
# template has no place for one (common/chat.cpp, system_message_not_supported).
SYSTEM_MERGE_SEPARATOR = "\n"

# A conversation to try a template with: what `llamadesk info` and the model bar
# report is what happens to a conversation like this one.
SAMPLE_CONVERSATION = (
    ("system", "You are a helpful assistant."),
    ("user", "Hello"),
    ("assistant", "Hi there"),
    ("user", "Who are you?"),
)


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system", "user" or "assistant"
    content: str
    # A thinking model's earlier reasoning, handed to its template as transformers
    # does (``reasoning_content``): the template decides whether to keep it.
    reasoning: str | None = None
    # The tools an assistant message called, and which call a "tool" message answers.
    tool_calls: tuple[Call, ...] = ()
    tool_call_id: str | None = None
    # Attached images (engine/images.py ImageInput), read by a vision model.
    images: tuple[Any, ...] = ()


class PieceKind(enum.Enum):
    BOS = "bos"
    EOS = "eos"
    # An image's place; its text is the image's index among the prompt's images.
    IMAGE = "image"
    # Message text: special-token spellings inside it are *not* special.
    TEXT = "text"
    # The format's own text, which spells its special tokens as text.
    TEMPLATE_TEXT = "template_text"


@dataclass(frozen=True)
class PromptPiece:
    kind: PieceKind
    text: str = ""


class TemplateKind(enum.Enum):
    LLAMA2 = "llama2"
    JINJA = "jinja"
    PLAIN = "plain"
    # One of llama.cpp's built-in formats, picked by its own template detection
    # when the model's template cannot be rendered (never chosen by the user).
    BUILTIN = "builtin"


@dataclass(frozen=True)
class Prompt:
    pieces: tuple[PromptPiece, ...]
    template: TemplateKind
    # Extra strings that end the reply (for formats whose turns end in text).
    stop: tuple[str, ...] = ()
    # Why the model's own template was not used as is, in words; None when it was.
    note: Note | None = field(default=None, compare=False)
    # The system prompt went into the first user message (the template has no place for it).
    system_merged: bool = False
    # The llama.cpp built-in format used (TemplateKind.BUILTIN), such as "chatml".
    builtin_name: str | None = None
    # The images the IMAGE pieces stand for, by index (engine/images.py ImageInput).
    images: tuple[Any, ...] = field(default=(), compare=False)

    def display(self, bos_text: str = "<s>", eos_text: str = "</s>") -> str:
        """The exact prompt as text, special tokens spelled out (for --show-prompt)."""
        spelled = {PieceKind.BOS: bos_text, PieceKind.EOS: eos_text}
        return "".join(spelled.get(piece.kind, piece.text) for piece in self.pieces)


def _template(text: str) -> PromptPiece:
    return PromptPiece(PieceKind.TEMPLATE_TEXT, text)


def _text(text: str) -> PromptPiece:
    return PromptPiece(PieceKind.TEXT, text)


def _split_prefill(messages: Sequence[ChatMessage]) -> tuple[list[ChatMessage], str | None]:
    """A trailing assistant message is a reply to continue: the model picks up from it."""
    if messages and messages[-1].role == "assistant":
        return list(messages[:-1]), messages[-1].content
    return list(messages), None


def llama2_prompt(messages: Sequence[ChatMessage]) -> Prompt:
    """Meta's Llama 2 chat format, turn for turn as in its reference ``chat_completion``."""
    dialog, prefill = _split_prefill(messages)
    # Each user turn is a list of pieces, so the system prompt stays message text.
    turns: list[tuple[str, list[PromptPiece]]] = [(m.role, [_text(m.content.strip())])
                                                  for m in dialog]
    if turns and turns[0][0] == "system":
        # Meta strips the merged "<<SYS>>…<</SYS>>\n\n" + first message as one string,
        # so the system prompt keeps its own spaces and the message loses its trailing ones.
        system = [_template(B_SYS), _text(dialog[0].content)]
        if len(turns) > 1:
            merged = [*system, _template(E_SYS), _text(dialog[1].content.rstrip())]
            turns = [(turns[1][0], merged), *turns[2:]]
        else:
            turns = [("user", [*system, _template(E_SYS.rstrip())])]
    pieces: list[PromptPiece] = []
    exchanges = turns[:-1] if turns and turns[-1][0] == "user" else turns
    for index in range(0, len(exchanges) - 1, 2):
        prompt, answer = exchanges[index][1], exchanges[index + 1][1]
        pieces += [PromptPiece(PieceKind.BOS), _template(f"{B_INST} "), *prompt,
                   _template(f" {E_INST} "), *answer, _template(" "),
                   PromptPiece(PieceKind.EOS)]
    if turns and turns[-1][0] == "user":
        pieces += [PromptPiece(PieceKind.BOS), _template(f"{B_INST} "), *turns[-1][1],
                   _template(f" {E_INST}")]
        if prefill:
            pieces += [_template(" "), _text(prefill.strip())]
    return Prompt(_joined(pieces), TemplateKind.LLAMA2)


def plain_prompt(messages: Sequence[ChatMessage], add_bos: bool) -> Prompt:
    """For models with no chat template: a transcript the model continues."""
    dialog, prefill = _split_prefill(messages)
    names = {"system": "", "user": "User: ", "assistant": "Assistant: "}
    pieces = [PromptPiece(PieceKind.BOS)] if add_bos else []
    for index, message in enumerate(dialog):
        pieces.append(_template(("\n\n" if index else "") + names.get(message.role, "")))
        pieces.append(_text(message.content.strip()))
    pieces.append(_template("\n\nAssistant:" if dialog else "Assistant:"))
    if prefill:
        pieces += [_template(" "), _text(prefill.strip())]
    return Prompt(_joined(pieces), TemplateKind.PLAIN, stop=("\nUser:",))


# Where an image goes in a message's text, until the prompt is built: characters
# from a private-use plane, which no keyboard types and no template prints itself.
_IMAGE_MARK = re.compile("\U000F0002(\\d+)\U000F0003")


def with_image_marks(messages: Sequence[ChatMessage]) -> tuple[list[ChatMessage], list[Any]]:
    """The messages with a mark for each image before their text (where llama.cpp's
    server puts its media marker), and the images in prompt order."""
    images: list[Any] = []
    marked = []
    for message in messages:
        if not message.images:
            marked.append(message)
            continue
        marks = "".join(f"\U000F0002{len(images) + n}\U000F0003"
                        for n in range(len(message.images)))
        images += message.images
        marked.append(replace(message, content=marks + message.content))
    return marked, images


def split_image_marks(prompt: Prompt, images: Sequence[Any]) -> Prompt:
    """Each image mark in the prompt's message text as an IMAGE piece of its own."""
    pieces: list[PromptPiece] = []
    for piece in prompt.pieces:
        if piece.kind is not PieceKind.TEXT or "\U000F0002" not in piece.text:
            pieces.append(piece)
            continue
        parts = _IMAGE_MARK.split(piece.text)
        for index, part in enumerate(parts):
            if index % 2:
                pieces.append(PromptPiece(PieceKind.IMAGE, part))
            elif part:
                pieces.append(PromptPiece(PieceKind.TEXT, part))
    return replace(prompt, pieces=tuple(pieces), images=tuple(images))


def _joined(pieces: Sequence[PromptPiece]) -> tuple[PromptPiece, ...]:
    """Neighbouring pieces of one kind as one, and no empty text pieces."""
    out: list[PromptPiece] = []
    for piece in pieces:
        if piece.kind in (PieceKind.TEXT, PieceKind.TEMPLATE_TEXT):
            if not piece.text:
                continue
            if out and out[-1].kind is piece.kind:
                out[-1] = PromptPiece(piece.kind, out[-1].text + piece.text)
                continue
        out.append(piece)
    return tuple(out)


# -- the model's own template -------------------------------------------------

# Renders messages (role, content) with add_generation_prompt set; raises
# TemplateRenderError when the format cannot take them.
Renderer = Callable[[Sequence[ChatMessage]], str]


def _marked_pieces(render: Renderer, dialog: Sequence[ChatMessage]
                   ) -> tuple[list[PromptPiece], set[int]]:
    """Render ``dialog`` and split the result into the format's text and message text.

    Returns the pieces and the indexes of the messages whose text the output holds.
    """
    real = render(dialog)
    nonce = secrets.token_hex(6)
    marker = re.compile(f"\U000F0000{nonce}:(r?\\d+)\U000F0001")
    # A message's reasoning is marked as its text is ("r" and its index): both are
    # the model's or the user's words, never the format's.
    # A message that only calls tools keeps its empty text: templates print text
    # only where there is some.
    marked = render([replace(m, content=f"\U000F0000{nonce}:{i}\U000F0001"
                             if m.content or not m.tool_calls else "",
                             reasoning=f"\U000F0000{nonce}:r{i}\U000F0001"
                             if m.reasoning else None)
                     for i, m in enumerate(dialog)])
    parts = marker.split(marked)
    frames = parts[0::2]  # the format's own text, between the messages
    keys = parts[1::2]  # whose text goes in each gap
    order = [int(key) for key in keys if not key.startswith("r")]
    contents = [dialog[int(key[1:])].reasoning or "" if key.startswith("r")
                else dialog[int(key)].content for key in keys]
    # Most templates copy the text as is: then the marked render, filled in, is the real one.
    if "".join(_interleave(frames, contents)) == real:
        return _framed(frames, contents), set(order)
    # Some change it on the way (strip, trim, drop a reply's thinking): the frames are
    # still there in order, and each gap must be a piece of its message's text.
    found = _match_frames(real, frames, contents)
    if found is not None:
        return _framed(frames, found), set(order)
    # The template branches on the text itself: keep its framing, with the text as typed.
    log.info("The chat template transforms message text in a way that could not be traced; "
             "using the text as written")
    return _framed(frames, contents), set(order)


def _interleave(frames: Sequence[str], contents: Sequence[str]) -> list[str]:
    out = [frames[0]]
    for content, frame in zip(contents, frames[1:], strict=True):
        out += [content, frame]
    return out


def _framed(frames: Sequence[str], contents: Sequence[str]) -> list[PromptPiece]:
    pieces = [_template(frames[0])]
    for content, frame in zip(contents, frames[1:], strict=True):
        pieces += [_text(content), _template(frame)]
    return pieces


def _match_frames(real: str, frames: Sequence[str], contents: Sequence[str],
                  budget: int = 10_000) -> list[str] | None:
    """Where each frame sits in ``real`` such that every gap is part of its message.

    A depth-first search over the frames' occurrences: the first occurrence is
    nearly always right, and a message that itself contains a frame's text (a
    hostile paste) is what the backtracking is for.
    """
    if not real.startswith(frames[0]):
        return None
    steps = 0
    # A template may print a message as JSON (a tool's result, `| tojson`): its gap is
    # then the escaped text, inside the quotes the frames hold.
    escaped = [json.dumps(content, ensure_ascii=False)[1:-1] for content in contents]

    def search(position: int, index: int) -> list[str] | None:
        nonlocal steps
        if index == len(contents):
            return [] if position == len(real) else None
        frame = frames[index + 1]
        last = index + 1 == len(contents)
        start = position
        while True:
            steps += 1
            if steps > budget:
                return None
            if last:
                at = len(real) - len(frame) if real.endswith(frame) else -1
                if at < position:
                    return None
            else:
                at = real.find(frame, start)
                if at < 0:
                    return None
            gap = real[position:at]
            if gap in contents[index] or gap in escaped[index]:
                rest = search(at + len(frame), index + 1)
                if rest is not None:
                    return [gap, *rest]
            if last:
                return None
            start = at + 1

    return search(len(frames[0]), 0)


def _merge_system(dialog: Sequence[ChatMessage]) -> list[ChatMessage]:
    """The system prompt joined to the first user message, as llama.cpp does."""
    if not dialog or dialog[0].role != "system":
        return list(dialog)
    if len(dialog) == 1:
        return [ChatMessage("user", dialog[0].content)]
    first = dialog[1]
    return [ChatMessage(first.role, dialog[0].content + SYSTEM_MERGE_SEPARATOR + first.content),
            *dialog[2:]]


def _merged_system_pieces(render: Renderer, dialog: Sequence[ChatMessage]
                          ) -> list[PromptPiece]:
    pieces, _ = _marked_pieces(render, _merge_system(dialog))
    return pieces


def _template_pieces(render: Renderer, dialog: Sequence[ChatMessage]
                     ) -> tuple[list[PromptPiece], bool]:
    """The pieces, and whether the system prompt had to be merged into the first message."""
    has_system = bool(dialog) and dialog[0].role == "system"
    try:
        pieces, shown = _marked_pieces(render, dialog)
    except TemplateRenderError:
        if not has_system:
            raise
        # Gemma 2, Mistral v0.2...: "System role not supported".
        return _merged_system_pieces(render, dialog), True
    if has_system and 0 not in shown:
        # Phi-3, Orion...: the template renders but never prints the system prompt.
        return _merged_system_pieces(render, dialog), True
    return pieces, False


def _with_bos(pieces: list[PromptPiece], bos_text: str, add_bos: bool) -> list[PromptPiece]:
    """BOS as llama.cpp adds it: once, as the token, whether the template printed it or not."""
    if pieces and pieces[0].kind is PieceKind.TEMPLATE_TEXT and bos_text \
            and pieces[0].text.startswith(bos_text):
        return [PromptPiece(PieceKind.BOS), _template(pieces[0].text[len(bos_text):]),
                *pieces[1:]]
    if add_bos:
        return [PromptPiece(PieceKind.BOS), *pieces]
    return pieces


def template_prompt(
    render: Renderer,
    messages: Sequence[ChatMessage],
    *,
    bos_text: str,
    add_bos: bool,
    kind: TemplateKind = TemplateKind.JINJA,
) -> Prompt:
    """The prompt in a format given by ``render``; raises TemplateRenderError if it fails."""
    dialog, prefill = _split_prefill(messages)
    pieces, merged = _template_pieces(render, dialog)
    if prefill:
        pieces.append(_text(prefill))
    note = None
    if merged:
        note = Note(QT_TRANSLATE_NOOP(
            "messages", "This model's chat template has no place for a system prompt, so "
            "the system prompt is put at the start of the first message."))
    return Prompt(_joined(_with_bos(pieces, bos_text, add_bos)), kind, note=note,
                  system_merged=merged)


def jinja_renderer(template: str, bos_text: str, eos_text: str,
                   options: Mapping[str, Any] | None = None,
                   tools: Sequence[Mapping[str, Any]] | None = None) -> Renderer:
    """``tools``: the functions the model may call (name, description, parameters)."""
    shaped_tools = template_tools(tools) if tools else None

    def plain(messages: list[dict[str, Any]]) -> str:
        return render_template(template, messages, bos_token=bos_text, eos_token=eos_text)

    def render(dialog: Sequence[ChatMessage]) -> str:
        as_object = any(m.tool_calls for m in dialog) and wants_object_arguments(
            template, plain)
        return render_template(template, [_template_message(m, as_object) for m in dialog],
                               bos_token=bos_text, eos_token=eos_text, options=options,
                               tools=shaped_tools)
    return render


def _template_message(message: ChatMessage, object_arguments: bool) -> dict[str, Any]:
    shaped: dict[str, Any] = {"role": message.role, "content": message.content}
    if message.reasoning:
        # Both names a template may read: reasoning_content (Qwen3, DeepSeek, GLM, as
        # transformers and llama.cpp pass it) and thinking (gpt-oss's harmony template).
        shaped["reasoning_content"] = shaped["thinking"] = message.reasoning
    if message.tool_calls:
        shaped["tool_calls"] = template_calls(message.tool_calls, object_arguments)
    if message.tool_call_id is not None:
        shaped["tool_call_id"] = message.tool_call_id
    return shaped


def jinja_prompt(
    template: str, messages: Sequence[ChatMessage], bos_text: str, eos_text: str,
    add_bos: bool = False, options: Mapping[str, Any] | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> Prompt:
    """Render the model's ``tokenizer.chat_template`` as transformers does, in a sandbox;
    ``options`` are its extra variables (the thinking switch); ``tools`` the functions
    it may call."""
    return template_prompt(jinja_renderer(template, bos_text, eos_text, options, tools),
                           messages, bos_text=bos_text, add_bos=add_bos)


def choose_template(architecture: str, chat_template: str | None) -> TemplateKind:
    """Which format a model gets unless the user overrides it.

    A template shaped like Llama 2's gets our exact implementation rather than
    the Jinja text (community conversions often ship subtly wrong copies).
    Without any template, the llama family falls back to Llama 2's format.
    """
    if chat_template and "<<SYS>>" in chat_template and "[INST]" in chat_template:
        return TemplateKind.LLAMA2
    if chat_template:
        return TemplateKind.JINJA
    if architecture == "llama":
        return TemplateKind.LLAMA2
    return TemplateKind.PLAIN
