"""Limits a JSON schema must keep before it becomes a llama.cpp grammar.

The converter writes a bounded repetition (``maxLength``, ``maxItems``,
``minItems``) as that many copies of a rule, and llama.cpp's grammar parser
recurses once per copy: a ``maxLength`` of 30,000 overflowed its stack and killed
the whole process (SIGSEGV on the inference thread, the window with it), and a
``minItems`` of 10**7 built a 180 MB grammar. A large ``enum`` made the grammar
sampler so slow that 6 tokens took 105 s. So a schema is checked first, and a
request that passes none of it reaches llama.cpp; the user is told which limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llamadesk.errors import LlamaDeskError

# Bounded repetitions: a string of 1,000 characters or an array of 256 items is
# as long as a reply to a schema sensibly gets (a 4,096-token reply holds neither
# much more), and stays far below the parser's stack (30,000 overflowed).
MAX_REPEAT = {"maxLength": 1000, "minLength": 1000, "maxItems": 256, "minItems": 256,
              "maxProperties": 256, "minProperties": 256}
MAX_ENUM = 256  # values of one enum (10,000 took 105 s for 6 tokens)
MAX_DEPTH = 64  # nesting of objects and lists (a property is two: properties, then it)
MAX_NODES = 4000  # schema objects in all
MAX_GRAMMAR_BYTES = 256 * 1024  # the grammar the converter wrote


class SchemaLimitError(LlamaDeskError):
    """A schema over one of the limits; the message names it."""


def check_schema(schema: Any) -> None:
    """Raise SchemaLimitError if ``schema`` goes past a limit (the converter's own
    errors come later, from engine/grammars.py)."""
    nodes = 0
    stack: list[tuple[Any, int, str]] = [(schema, 0, "schema")]
    while stack:
        node, depth, where = stack.pop()
        if isinstance(node, Mapping):
            nodes += 1
            if nodes > MAX_NODES:
                raise SchemaLimitError(f"The JSON schema has more than {MAX_NODES} parts.")
            if depth > MAX_DEPTH:
                raise SchemaLimitError(f"The JSON schema is nested more than {MAX_DEPTH} "
                                       f"levels deep (at {where}).")
            for key, limit in MAX_REPEAT.items():
                value = node.get(key)
                if value is None or isinstance(value, (bool, Mapping)):
                    continue  # a Mapping: a property of that name, not the keyword
                if not isinstance(value, int) or value < 0 or value > limit:
                    raise SchemaLimitError(f"'{key}' at {where} must be a whole number up to "
                                           f"{limit} (it is {value!r}).")
            enum = node.get("enum")
            if isinstance(enum, list) and len(enum) > MAX_ENUM:
                raise SchemaLimitError(f"'enum' at {where} has {len(enum)} values; at most "
                                       f"{MAX_ENUM} are allowed.")
            for key, value in node.items():
                stack.append((value, depth + 1, f"{where}.{key}"))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                stack.append((value, depth + 1, f"{where}[{index}]"))


def check_grammar(grammar: str) -> None:
    size = len(grammar.encode("utf-8"))
    if size > MAX_GRAMMAR_BYTES:
        raise SchemaLimitError(f"The JSON schema makes a grammar of {size:,} bytes; at most "
                               f"{MAX_GRAMMAR_BYTES:,} are allowed.")
