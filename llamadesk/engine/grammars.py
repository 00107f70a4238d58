"""Grammars that hold a reply to JSON (OpenAI's response_format), in llama.cpp's GBNF.

llama-cpp-python ships llama.cpp's own JSON grammar and its JSON-Schema converter;
both are used as they are. The grammar sampler then forbids any token that would
leave the grammar, so the reply parses whatever the model would rather say.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from llamadesk.engine.schema_limits import check_grammar, check_schema
from llamadesk.errors import LlamaDeskError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note


class GrammarError(LlamaDeskError):
    """A JSON schema the converter cannot turn into a grammar."""


def json_object_grammar() -> str:
    """Any JSON object."""
    from llama_cpp.llama_grammar import JSON_GBNF

    return JSON_GBNF


def json_schema_grammar(schema: Mapping[str, Any]) -> str:
    """Replies that validate against ``schema`` (the converter's subset of JSON Schema)."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    check_schema(schema)  # before the converter: its output is what overflowed llama.cpp
    try:
        grammar = str(json_schema_to_gbnf(json.dumps(schema)))
    except (ValueError, TypeError, KeyError, RecursionError, AssertionError) as error:
        raise GrammarError(Note(QT_TRANSLATE_NOOP(
            "messages", "This JSON schema cannot be used: %1"), error)) from None
    # The converter's string character allows control characters, which JSON
    # forbids raw inside a string (json.loads refuses them): as llama.cpp's own
    # JSON grammar does, they must come escaped.
    grammar = grammar.replace(_LOOSE_CHAR, _STRICT_CHAR)
    check_grammar(grammar)
    return grammar


_LOOSE_CHAR = r'char ::= [^"\\] |'
_STRICT_CHAR = r'char ::= [^"\\\x7F\x00-\x1F] |'
