"""Thinking models: where their reasoning starts and ends, and a streaming splitter.

Most chat models people download now think before they answer, each family with
its own markers (llama.cpp's common/chat.cpp maps them):

- Qwen3, QwQ, DeepSeek R1 and its distills, GLM: ``<think>…</think>``;
- Magistral: ``[THINK]…[/THINK]``;
- Command R7B: ``<|START_THINKING|>…<|END_THINKING|>``;
- gpt-oss (harmony): ``<|channel|>analysis<|message|>…<|end|>``, then
  ``<|start|>assistant<|channel|>final<|message|>`` and the answer.

The family is read from the chat template itself, never from the model's name.
Some templates are "forced open": they end the prompt with the opening tag, so
the output starts inside the thinking and never shows that tag (DeepSeek R1
distills, Qwen3 thinking models). A template that names no markers is left as it
is: its whole output is the answer.

ReasoningSplitter takes the output as the model streams it, in pieces cut
anywhere (inside a tag too), and hands every character to the reasoning or to
the answer: none lost, none twice. It holds back only what could still be the
start of a marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Toggle(Enum):
    """How the template lets thinking be turned on, off or graded."""

    NONE = "none"
    ENABLE_THINKING = "enable_thinking"  # Qwen3, Granite: a boolean
    REASONING_EFFORT = "reasoning_effort"  # gpt-oss: low, medium, high


@dataclass(frozen=True)
class ReasoningFormat:
    family: str
    start: str  # opens the reasoning
    end: str  # closes it
    # Between the reasoning's end and the answer (harmony's final-channel header):
    # dropped, as neither part. Empty: the answer follows the end at once.
    answer_start: str = ""
    forced_open: bool = False  # the prompt ends inside the reasoning
    toggle: Toggle = Toggle.NONE
    # What the model writes between the reasoning's end and the answer's start, as
    # its own replies lay it out: put back when a reply is carried on.
    between: str = ""
    # Closes the answer (Command R7B's <|END_RESPONSE|>): it and what follows are
    # neither part.
    answer_end: str = ""


THINK = ReasoningFormat("think", "<think>", "</think>", between="\n\n")
MAGISTRAL = ReasoningFormat("magistral", "[THINK]", "[/THINK]")
COMMAND_R = ReasoningFormat("command-r7b", "<|START_THINKING|>", "<|END_THINKING|>",
                            answer_start="<|START_RESPONSE|>", answer_end="<|END_RESPONSE|>")
HARMONY = ReasoningFormat("harmony", "<|channel|>analysis<|message|>", "<|end|>",
                          answer_start="<|channel|>final<|message|>",
                          toggle=Toggle.REASONING_EFFORT, between="<|start|>assistant")


def reasoning_format(chat_template: str | None,
                     generation_prompt: str | None = None) -> ReasoningFormat | None:
    """The template's reasoning markers, or None for a template that has none.

    ``generation_prompt``: the template rendered for one user message with the
    generation prompt added; when it ends with the opening tag the format is
    forced open. Without it only the template's text is read.
    """
    if not chat_template:
        return None
    found: ReasoningFormat | None = None
    if "<|channel|>" in chat_template and "analysis" in chat_template:
        found = HARMONY
    elif "[THINK]" in chat_template:
        found = MAGISTRAL
    elif "<|START_THINKING|>" in chat_template:
        found = COMMAND_R
    elif "<think>" in chat_template or "</think>" in chat_template:
        found = THINK
    if found is None:
        return None
    if "enable_thinking" in chat_template and found.toggle is Toggle.NONE:
        found = _replace(found, toggle=Toggle.ENABLE_THINKING)
    if generation_prompt is not None and generation_prompt.rstrip().endswith(found.start):
        found = _replace(found, forced_open=True)
    return found


THINK_CHOICES = ("on", "off", "low", "medium", "high")


def template_options(fmt: ReasoningFormat | None, think: str | None) -> dict[str, object]:
    """What the template is given for the thinking switch: ``enable_thinking`` (Qwen3,
    Granite) or ``reasoning_effort`` (gpt-oss). None, or a template without a switch:
    nothing, so the template's own default stands. "on" with an effort means medium;
    "off" with an effort means low (gpt-oss always thinks a little)."""
    if fmt is None or think is None:
        return {}
    if fmt.toggle is Toggle.ENABLE_THINKING:
        return {"enable_thinking": think != "off"}
    if fmt.toggle is Toggle.REASONING_EFFORT:
        return {"reasoning_effort": {"on": "medium", "off": "low"}.get(think, think)}
    return {}


def carried_on(fmt: ReasoningFormat | None, reasoning: str | None,
               answer: str) -> list[tuple[str, bool]] | None:
    """What a reply carried on (Continue) is prefilled with: its output so far, the
    way the model wrote it, as (text, is_marker) parts after the generation prompt.
    Markers are the format's own text (control tokens stay tokens); the reasoning and
    answer are message text. A reply cut off while thinking thinks on from where it
    stopped; one cut off in its answer answers on after its closed thinking. None:
    nothing to add to the answer alone (a model that does not think)."""
    if fmt is None or (reasoning is None and not fmt.forced_open):
        return None
    parts = [] if fmt.forced_open else [(fmt.start, True)]
    parts.append((reasoning or "", False))
    if answer:
        parts += [(fmt.end + fmt.between + fmt.answer_start, True), (answer, False)]
    return [(text, marker) for text, marker in parts if text]


def _replace(fmt: ReasoningFormat, **changes: object) -> ReasoningFormat:
    from dataclasses import replace

    return replace(fmt, **changes)  # type: ignore[arg-type]


@dataclass
class Split:
    """What one piece of output added to each part."""

    reasoning: str = ""
    answer: str = ""


class ReasoningSplitter:
    """Feed the output as it streams; each call says what it added to each part.

    States: before any reasoning (the answer, unless the reasoning opens first),
    inside the reasoning, between its end and the answer's start (harmony's
    "<|start|>assistant<|channel|>final<|message|>"), the line breaks that lead into
    the answer, the answer, and after the answer's end marker (Command R7B). A
    closing marker met before any opening one is text (a model that never opened one
    wrote it). Once the answer has started, markers are text too: an answer may
    quote ``<think>``. Whatever does not follow the expected markers is answer:
    nothing is held back for a marker that never comes.
    """

    def __init__(self, fmt: ReasoningFormat) -> None:
        self.fmt = fmt
        self._state = "reasoning" if fmt.forced_open else "start"
        self._held = ""
        self.reasoning = ""
        self.answer = ""

    @property
    def thinking(self) -> bool:
        """Inside the reasoning now (a reply that ends here was cut off while thinking)."""
        return self._state == "reasoning"

    def feed(self, piece: str) -> Split:
        text = self._held + piece
        self._held = ""
        out = Split()
        while text:
            if self._state == "start":
                text = self._at_start(text, out)
            elif self._state == "reasoning":
                text = self._in_reasoning(text, out)
            elif self._state == "between":
                text = self._between(text, out)
            elif self._state == "lead":
                # The white space after the reasoning's end is layout, not answer.
                text = text.lstrip()
                if text:
                    self._state = "answer"
            elif self._state == "answer":
                text = self._in_answer(text, out)
            else:  # after the answer's end marker
                text = ""
        self.reasoning += out.reasoning
        self.answer += out.answer
        return out

    def finish(self) -> Split:
        """The end of the output: what was held back goes where it stood."""
        held, self._held = self._held, ""
        out = Split()
        if self._state == "reasoning":
            out.reasoning = held
        elif self._state in ("start", "answer"):
            out.answer = held
        self.reasoning += out.reasoning
        self.answer += out.answer
        return out

    # -- states ----------------------------------------------------------------

    def _at_start(self, text: str, out: Split) -> str:
        # Only white space may come before the opening marker; anything else means
        # this reply does not think.
        stripped = text.lstrip()
        start, answer_start = self.fmt.start, self.fmt.answer_start
        if stripped.startswith(start):
            self._state = "reasoning"
            return stripped[len(start):]
        if answer_start and stripped.startswith(answer_start):  # no thinking this time
            self._state = "lead"
            return stripped[len(answer_start):]
        if start.startswith(stripped) or answer_start.startswith(stripped):
            self._held = text  # perhaps a marker, cut: wait for more
            return ""
        self._state = "answer"
        return text

    def _in_reasoning(self, text: str, out: Split) -> str:
        end = self.fmt.end
        at = text.find(end)
        if at >= 0:
            out.reasoning += text[:at]
            self._state = "between" if self.fmt.answer_start else "lead"
            return text[at + len(end):]
        keep = _partial_suffix(text, end)
        out.reasoning += text[:len(text) - keep]
        self._held = text[len(text) - keep:]
        return ""

    def _between(self, text: str, out: Split) -> str:
        expected = self.fmt.between + self.fmt.answer_start
        if text.startswith(expected):
            self._state = "lead"
            return text[len(expected):]
        if expected.startswith(text):  # the markers so far: wait for the rest
            self._held = text
            return ""
        self._state = "lead"  # not the markers after all: the answer, as it came
        return text

    def _in_answer(self, text: str, out: Split) -> str:
        end = self.fmt.answer_end
        if not end:
            out.answer += text
            return ""
        at = text.find(end)
        if at >= 0:
            out.answer += text[:at]
            self._state = "after"
            return ""
        keep = _partial_suffix(text, end)
        out.answer += text[:len(text) - keep]
        self._held = text[len(text) - keep:]
        return ""


def _partial_suffix(text: str, marker: str) -> int:
    """The length of the longest end of ``text`` that begins ``marker``."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


def split_text(fmt: ReasoningFormat, text: str) -> tuple[str, str]:
    """(reasoning, answer) of a whole output: a stored reply read again."""
    splitter = ReasoningSplitter(fmt)
    splitter.feed(text)
    splitter.finish()
    return splitter.reasoning, splitter.answer
