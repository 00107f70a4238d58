"""Markdown to safe HTML, shared by the HTML and PDF exports (and later the chat view).

Everything a person or a model wrote is untrusted. markdown-it runs with raw
HTML off (so ``<script>`` arrives as text), its link validator drops
``javascript:``-style URLs, and images are shown as links, never fetched.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

_SAFE_SCHEMES = ("http:", "https:", "mailto:")


@functools.lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    # Finding a lexer by name walks Pygments' registry: most of the cost of a
    # small code block, so each language is looked up once.
    try:
        return get_lexer_by_name(language)
    except ClassNotFound:
        return None


_FORMATTER = HtmlFormatter(nowrap=True)


def _highlight(code: str, language: str, _attrs: str) -> str:
    lexer = _lexer(language) if language else None
    if lexer is None:
        return ""  # markdown-it then escapes the code itself
    return str(highlight(code, lexer, _FORMATTER))


# Render rules are bound to the renderer, so each receives it first.
def _image_as_link(_renderer: Any, tokens: Sequence[Token], index: int, _options: Any,
                   _env: Any) -> str:
    token = tokens[index]
    source = str(token.attrGet("src") or "")
    alt = token.content or "image"
    return f"[{html.escape(alt)}: {html.escape(source)}]"


def _link_open(renderer: Any, tokens: Sequence[Token], index: int, options: Any,
               env: Any) -> str:
    token = tokens[index]
    href = str(token.attrGet("href") or "")
    if not href.lower().startswith(_SAFE_SCHEMES) and not href.startswith("#"):
        token.attrs.pop("href", None)
    token.attrSet("rel", "noopener noreferrer")
    return str(renderer.renderToken(tokens, index, options, env))


def _make_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "highlight": _highlight,
                                       "breaks": True, "typographer": False})
    parser.enable("table")
    parser.enable("strikethrough")
    parser.add_render_rule("image", _image_as_link)
    parser.add_render_rule("link_open", _link_open)
    return parser


_PARSER = _make_parser()


def markdown_to_html(text: str) -> str:
    return str(_PARSER.render(text))


def warm_up(languages: tuple[str, ...] = ("python", "bash", "javascript", "json", "c",
                                         "cpp", "rust", "sql", "html", "yaml")) -> None:
    """Render once what a reply most often holds, so that the first reply with code
    does not pay for loading Pygments' lexers (100 ms or more) while it streams."""
    for language in languages:
        markdown_with_code(f"# x\n\n- a\n\n| a |\n|---|\n| 1 |\n\n```{language}\nx = 1\n```")


def markdown_with_code(text: str) -> tuple[str, list[str]]:
    """The HTML, and the text of each code block in the order its ``</pre>`` appears
    (for the chat view's "Copy code" links)."""
    rendered, blocks = markdown_with_code_blocks(text)
    return rendered, [code for _language, code in blocks]


def markdown_with_code_blocks(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The HTML, and (language, text) of each code block in the order its ``</pre>``
    appears; the language is the fence's word ("" when it names none)."""
    tokens = _PARSER.parse(text)
    blocks = [((token.info or "").split()[0] if (token.info or "").split() else "",
               token.content)
              for token in tokens if token.type in ("fence", "code_block")]
    return str(_PARSER.renderer.render(tokens, _PARSER.options, {})), blocks


def code_style_css(style: str, scope: str) -> str:
    """Pygments' CSS for ``style``, limited to elements under ``scope``."""
    return str(HtmlFormatter(style=style).get_style_defs([s.strip() for s in scope.split(",")]))


class BlockSplitter:
    """Cuts streamed Markdown into whole blocks, so a growing reply can be rendered
    block by block: each block once, when it is complete, never per token.

    A block ends at a blank line outside a code fence, or at a fence's closing line.
    """

    def __init__(self) -> None:
        self.pending = ""
        self._scanned = 0  # pending[:_scanned] is whole lines already looked at
        self._fence = ""  # the open fence's marker, "" outside a fence

    def feed(self, piece: str) -> list[str]:
        """Add ``piece``; return the blocks it completed, each on its own, in order."""
        self.pending += piece
        boundaries: list[int] = []
        while (newline := self.pending.find("\n", self._scanned)) >= 0:
            line = self.pending[self._scanned:newline].strip()
            self._scanned = newline + 1
            if self._fence:
                if line.startswith(self._fence) and not line.strip(self._fence[0]):
                    self._fence = ""
                    boundaries.append(self._scanned)
            elif line.startswith(("```", "~~~")):
                marker = line[0]
                self._fence = line[:len(line) - len(line.lstrip(marker))]
            elif not line:
                boundaries.append(self._scanned)
        if not boundaries:
            return []
        done = [self.pending[start:end] for start, end in zip([0, *boundaries[:-1]], boundaries,
                                                               strict=True)]
        self.pending = self.pending[boundaries[-1]:]
        self._scanned -= boundaries[-1]
        return done
