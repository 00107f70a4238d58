"""A prompt's token ids, with message text never parsed for control tokens.

llama.cpp tokenizes a prompt with special tokens parsed in two steps: it cuts
the text at every spelling of a control token, then tokenizes each stretch of
text between them on its own. This does the same, except that only the
format's own text (TEMPLATE_TEXT) is searched for control tokens. So for
ordinary text the ids equal llama.cpp's for the whole rendered prompt, token
for token, while ``<|im_end|>`` typed in a message stays the characters
``<``, ``|``, ``im``… and can never end a turn.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import llama_cpp

from llamadesk.engine.prompt import PieceKind, Prompt

# Spellings that llama.cpp only turns into their token when special tokens are
# parsed: control tokens (<|im_start|>, <start_of_turn>, </s>) and <unk>.
_PARSED_ONLY_WHEN_SPECIAL = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
# Splitting a template's text costs a tokenizer call; the same frames recur in
# every message ("<|im_start|>user\n"), so a small cache covers a conversation.
_SPLIT_CACHE_SIZE = 4096


@dataclass(frozen=True)
class PromptToken:
    """One token of a prompt, for --show-tokens."""

    id: int
    piece: str
    # The token (or part of it) came from message text, tokenized with special
    # tokens not parsed.
    from_message: bool
    special: bool = False
    # The piece's bytes: a character split over byte tokens is whole only when joined.
    raw: bytes = b""


@dataclass
class _Raw:
    """A stretch of text between two special tokens: (text, is message text) parts."""

    parts: list[tuple[str, bool]]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True)
class _Image:
    index: int


class PromptTokenizer:
    """Turns a Prompt into token ids with one model's vocabulary."""

    def __init__(self, llama: llama_cpp.Llama) -> None:
        self._llama = llama
        self._vocab = llama._model.vocab
        self._splits: dict[str, tuple[str | int, ...]] = {}

    # -- public ----------------------------------------------------------------

    def ids(self, prompt: Prompt,
            image_ids: Callable[[int], list[int]] | None = None,
            starts: list[tuple[int, int]] | None = None) -> list[int]:
        """``image_ids``: an image's ids by its index (engine/vision.py), for a
        prompt with IMAGE pieces; ``starts`` gets (index, where its ids start)."""
        out: list[int] = []
        for fragment in self._fragments(prompt):
            if isinstance(fragment, int):
                out.append(fragment)
            elif isinstance(fragment, _Image):
                if image_ids is None:
                    raise ValueError("a prompt with images needs their ids")
                if starts is not None:
                    starts.append((fragment.index, len(out)))
                out += image_ids(fragment.index)
            else:
                out += self._tokenize_raw(fragment.text)
        return out

    def tokens(self, prompt: Prompt) -> list[PromptToken]:
        """The ids with their text, and which came from message text."""
        out: list[PromptToken] = []
        for fragment in self._fragments(prompt):
            if isinstance(fragment, _Image):
                out.append(PromptToken(-1, f"[image {fragment.index + 1}]", True))
                continue
            if isinstance(fragment, int):
                raw = self._piece_bytes(fragment, True)
                out.append(PromptToken(fragment, raw.decode("utf-8", "replace"), False,
                                       special=True, raw=raw))
                continue
            out += self._traced(fragment)
        return out

    def piece(self, token: int, special: bool = False) -> str:
        return self._piece_bytes(token, special).decode("utf-8", "replace")

    def attributes(self, token: int) -> int:
        return int(llama_cpp.llama_vocab_get_attr(self._vocab, token))

    # -- the work ----------------------------------------------------------------

    def _fragments(self, prompt: Prompt) -> Iterator[int | _Raw | _Image]:
        raw = _Raw([])
        strip_leading = False  # the previous special token eats whitespace after it
        for piece in prompt.pieces:
            if piece.kind is PieceKind.IMAGE:
                if raw.parts:
                    yield raw
                    raw = _Raw([])
                yield _Image(int(piece.text))
                strip_leading = False
                continue
            if piece.kind in (PieceKind.BOS, PieceKind.EOS):
                if raw.parts:
                    yield raw
                    raw = _Raw([])
                yield (self._llama.token_bos() if piece.kind is PieceKind.BOS
                       else self._llama.token_eos())
                strip_leading = False
                continue
            parts: tuple[str | int, ...] = (
                (piece.text,) if piece.kind is PieceKind.TEXT else self._split(piece.text))
            for part in parts:
                if isinstance(part, int):
                    attributes = self.attributes(part)
                    if attributes & llama_cpp.LLAMA_TOKEN_ATTR_LSTRIP:
                        _strip_trailing(raw)
                    if raw.parts:
                        yield raw
                        raw = _Raw([])
                    yield part
                    strip_leading = bool(attributes & llama_cpp.LLAMA_TOKEN_ATTR_RSTRIP)
                    continue
                if strip_leading:
                    part = part.lstrip()
                    if not part:
                        continue
                    strip_leading = False
                raw.parts.append((part, piece.kind is PieceKind.TEXT))
        if raw.parts:
            yield raw

    def _split(self, text: str) -> tuple[str | int, ...]:
        """The format's text cut at its control tokens: text and token ids in order."""
        cached = self._splits.get(text)
        if cached is not None:
            return cached
        out: list[str | int] = []
        position = 0
        for token in self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True):
            if not self.attributes(token) & _PARSED_ONLY_WHEN_SPECIAL:
                continue
            spelling = self.piece(token, special=True)
            at = text.find(spelling, position) if spelling else -1
            if at < 0:  # an <unk> made by the tokenizer, not spelled in the text
                continue
            if at > position:
                out.append(text[position:at])
            out.append(token)
            position = at + len(spelling)
        if position < len(text):
            out.append(text[position:])
        result = tuple(out)
        if len(self._splits) >= _SPLIT_CACHE_SIZE:
            self._splits.clear()
        self._splits[text] = result
        return result

    def _tokenize_raw(self, text: str) -> list[int]:
        if not text:
            return []
        # special=False: nothing in here becomes a control token.
        return list(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def _piece_bytes(self, token: int, special: bool) -> bytes:
        size = 64
        while True:
            buffer = ctypes.create_string_buffer(size)
            written = llama_cpp.llama_token_to_piece(self._vocab, token, buffer, size, 0,
                                                     special)
            if written < 0:
                size = -written
                continue
            return buffer.raw[:written]

    def _traced(self, raw: _Raw) -> list[PromptToken]:
        ids = self._tokenize_raw(raw.text)
        pieces = [self._piece_bytes(token, False) for token in ids]
        # Byte ranges of message text within the stretch.
        ranges: list[tuple[int, int]] = []
        offset = 0
        for text, from_message in raw.parts:
            size = len(text.encode("utf-8"))
            if from_message:
                ranges.append((offset, offset + size))
            offset += size
        # SentencePiece puts a space before a stretch that follows a special token.
        position = -1 if sum(map(len, pieces)) == offset + 1 and pieces \
            and pieces[0][:1] == b" " else 0
        out = []
        for token, piece in zip(ids, pieces, strict=True):
            start, end = position, position + len(piece)
            position = end
            touches = any(start < stop and end > begin for begin, stop in ranges)
            out.append(PromptToken(token, piece.decode("utf-8", "replace"), touches,
                                   raw=piece))
        return out


def _strip_trailing(raw: _Raw) -> None:
    while raw.parts:
        text, from_message = raw.parts[-1]
        stripped = text.rstrip()
        if stripped:
            raw.parts[-1] = (stripped, from_message)
            return
        raw.parts.pop()


def describe_tokens(tokens: list[PromptToken]) -> Iterator[str]:
    """Lines for --show-tokens: id, the piece, and where it came from."""
    for token in tokens:
        origin = "special" if token.special else "message" if token.from_message else "template"
        yield f"{token.id:>8}  {origin:<8}  {token.piece!r}"

