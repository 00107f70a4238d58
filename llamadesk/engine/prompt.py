"""Prompt formats: Llama 2's exact chat format, the model's own Jinja template, plain text.

A prompt is kept as *pieces* rather than one string, so that BOS and EOS are
always emitted as the special token ids and never as text that the tokenizer
would split into ``<``, ``s``, ``>`` (a classic cause of broken Llama 2 chats).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

log = logging.getLogger(__name__)

# Meta's reference chat_completion (llama/generation.py) uses these exactly.
B_INST, E_INST = "[INST]", "[/INST]"
B_SYS, E_SYS = "<<SYS>>\n", "\n<</SYS>>\n\n"


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system", "user" or "assistant"
    content: str


class PieceKind(enum.Enum):
    BOS = "bos"
    EOS = "eos"
    # Plain text: special-token spellings inside it are *not* special.
    TEXT = "text"
    # Output of the model's own template, which spells its special tokens as text.
    TEMPLATE_TEXT = "template_text"


@dataclass(frozen=True)
class PromptPiece:
    kind: PieceKind
    text: str = ""


class TemplateKind(enum.Enum):
    LLAMA2 = "llama2"
    JINJA = "jinja"
    PLAIN = "plain"


@dataclass(frozen=True)
class Prompt:
    pieces: tuple[PromptPiece, ...]
    template: TemplateKind
    # Extra strings that end the reply (for formats whose turns end in text).
    stop: tuple[str, ...] = ()

    def display(self, bos_text: str = "<s>", eos_text: str = "</s>") -> str:
        """The exact prompt as text, special tokens spelled out (for --show-prompt)."""
        spelled = {PieceKind.BOS: bos_text, PieceKind.EOS: eos_text}
        return "".join(spelled.get(piece.kind, piece.text) for piece in self.pieces)


def _split_prefill(messages: Sequence[ChatMessage]) -> tuple[list[ChatMessage], str | None]:
    """A trailing assistant message is a reply to continue: the model picks up from it."""
    if messages and messages[-1].role == "assistant":
        return list(messages[:-1]), messages[-1].content
    return list(messages), None


def llama2_prompt(messages: Sequence[ChatMessage]) -> Prompt:
    """Meta's Llama 2 chat format, turn for turn as in its reference ``chat_completion``."""
    dialog, prefill = _split_prefill(messages)
    if dialog and dialog[0].role == "system":
        if len(dialog) > 1:
            first = dialog[1]
            merged = ChatMessage(first.role, B_SYS + dialog[0].content + E_SYS + first.content)
            dialog = [merged, *dialog[2:]]
        else:
            dialog = [ChatMessage("user", B_SYS + dialog[0].content + E_SYS)]
    pieces: list[PromptPiece] = []
    turns = dialog[:-1] if dialog and dialog[-1].role == "user" else dialog
    for index in range(0, len(turns) - 1, 2):
        prompt, answer = turns[index], turns[index + 1]
        text = f"{B_INST} {prompt.content.strip()} {E_INST} {answer.content.strip()} "
        pieces += [PromptPiece(PieceKind.BOS), PromptPiece(PieceKind.TEXT, text),
                   PromptPiece(PieceKind.EOS)]
    if dialog and dialog[-1].role == "user":
        text = f"{B_INST} {dialog[-1].content.strip()} {E_INST}"
        if prefill:
            text += f" {prefill.strip()}"
        pieces += [PromptPiece(PieceKind.BOS), PromptPiece(PieceKind.TEXT, text)]
    return Prompt(tuple(pieces), TemplateKind.LLAMA2)


def plain_prompt(messages: Sequence[ChatMessage], add_bos: bool) -> Prompt:
    """For models with no chat template: a transcript the model continues."""
    dialog, prefill = _split_prefill(messages)
    names = {"system": "", "user": "User: ", "assistant": "Assistant: "}
    lines = [names.get(m.role, "") + m.content.strip() for m in dialog]
    text = "\n\n".join(lines) + "\n\nAssistant:"
    if prefill:
        text += " " + prefill.strip()
    pieces = [PromptPiece(PieceKind.BOS)] if add_bos else []
    pieces.append(PromptPiece(PieceKind.TEXT, text))
    return Prompt(tuple(pieces), TemplateKind.PLAIN, stop=("\nUser:",))


def _raise_exception(message: str) -> None:
    raise jinja2.exceptions.TemplateError(message)


def jinja_prompt(
    template: str, messages: Sequence[ChatMessage], bos_text: str, eos_text: str
) -> Prompt:
    """Render the model's ``tokenizer.chat_template`` in a sandbox (it is untrusted input)."""
    environment = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
    )
    environment.globals["raise_exception"] = _raise_exception
    environment.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    dialog, prefill = _split_prefill(messages)
    rendered = environment.from_string(template).render(
        messages=[{"role": m.role, "content": m.content} for m in dialog],
        add_generation_prompt=True,
        bos_token=bos_text,
        eos_token=eos_text,
    )
    pieces: list[PromptPiece] = []
    # Templates that start with the BOS spelling get the real token instead.
    if bos_text and rendered.startswith(bos_text):
        pieces.append(PromptPiece(PieceKind.BOS))
        rendered = rendered[len(bos_text):]
    pieces.append(PromptPiece(PieceKind.TEMPLATE_TEXT, rendered))
    if prefill:
        pieces.append(PromptPiece(PieceKind.TEXT, prefill))
    return Prompt(tuple(pieces), TemplateKind.JINJA)


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


def build_prompt(
    kind: TemplateKind,
    messages: Sequence[ChatMessage],
    *,
    chat_template: str | None = None,
    bos_text: str = "<s>",
    eos_text: str = "</s>",
    add_bos: bool = True,
) -> Prompt:
    """The prompt for ``messages`` in format ``kind``; a broken template falls back to Llama 2."""
    if kind is TemplateKind.JINJA and chat_template:
        try:
            return jinja_prompt(chat_template, messages, bos_text, eos_text)
        except jinja2.TemplateError as error:
            log.warning("The model's chat template failed (%s); using Llama 2's format", error)
            return llama2_prompt(messages)
    if kind is TemplateKind.PLAIN:
        return plain_prompt(messages, add_bos)
    return llama2_prompt(messages)
