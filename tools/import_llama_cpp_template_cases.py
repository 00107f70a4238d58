"""Turn llama.cpp's tests/test-chat-template.cpp test cases into tests/data JSON.

Run with the path of that file (from the llama.cpp source that the
llama-cpp-python sdist vendors, vendor/llama.cpp/tests/test-chat-template.cpp):

    python tools/import_llama_cpp_template_cases.py PATH > tests/data/llama_cpp_template_cases.json
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# String literals first, so that braces, commas and parentheses inside them stay text.
_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\btrue\b|\bfalse\b|[{},]')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "r": "\r", "0": "\0"}


def _unescape(literal: str) -> str:
    body = literal[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES[m.group(1)], body)


def _parse(tokens: list[str], at: int) -> tuple[Any, int]:
    token = tokens[at]
    if token == "{":
        items: list[Any] = []
        at += 1
        while tokens[at] != "}":
            if tokens[at] == ",":
                at += 1
                continue
            item, at = _parse(tokens, at)
            items.append(item)
        return items, at + 1
    if token in ("true", "false"):
        return token == "true", at + 1
    # Adjacent string literals are one string in C++.
    text = _unescape(token)
    at += 1
    while at < len(tokens) and tokens[at].startswith('"'):
        text += _unescape(tokens[at])
        at += 1
    return text, at


def cases(source: str) -> list[dict[str, Any]]:
    block = source[source.index("std::vector<TestCase> test_cases {"):]
    block = block[block.index("{") : block.index("std::vector<char> formatted_chat")]
    block = re.sub(r"/\*.*?\*/", "", block)
    block = "\n".join(line for line in block.splitlines() if not line.strip().startswith("//"))
    parsed, _ = _parse(_TOKEN.findall(block), 0)
    fields = ("name", "template", "expected_output", "expected_output_jinja", "bos_token",
              "eos_token", "supported_with_jinja", "extra_conversation")
    out = []
    for case in parsed:
        record: dict[str, Any] = {"bos_token": "", "eos_token": "",
                                  "supported_with_jinja": True, "extra_conversation": []}
        record.update(dict(zip(fields, case, strict=False)))
        out.append(record)
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        text = handle.read()
    json.dump({"source": "llama.cpp tests/test-chat-template.cpp, as vendored in the "
               "llama-cpp-python 0.3.36 sdist (vendor/llama.cpp)",
               "conversation": [["system", "You are a helpful assistant"], ["user", "Hello"],
                                ["assistant", "Hi there"], ["user", "Who are you"],
                                ["assistant", "   I am an assistant   "],
                                ["user", "Another question"]],
               "cases": cases(text)}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
