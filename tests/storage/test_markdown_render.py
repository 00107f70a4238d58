"""Streamed Markdown cut into whole blocks for the chat view."""

from __future__ import annotations

import pytest

from llamadesk.storage.export.markdown_render import BlockSplitter, markdown_with_code


def _feed_all(text: str, size: int) -> list[str]:
    splitter = BlockSplitter()
    blocks = []
    for start in range(0, len(text), size):
        blocks.extend(splitter.feed(text[start:start + size]))
    return [*blocks, splitter.pending]


@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_block_splitter_never_cuts_inside_a_fence(size: int) -> None:
    text = ("# Title\n\nA paragraph\nstill it.\n\n```python\nx = 1\n\ny = 2\n```\n"
            "After.\n\n~~~~\n```\nnot a close\n~~~~\nTail")
    parts = _feed_all(text, size)
    assert "".join(parts) == text  # nothing lost, nothing doubled
    fence = next(p for p in parts if "```python" in p)
    assert "y = 2\n```\n" in fence  # the blank line inside the fence did not cut it
    tilde = next(p for p in parts if "~~~~" in p)
    assert tilde.count("~~~~") == 2 and "not a close" in tilde
    assert parts[-1] == "Tail"


def test_blocks_finished_by_one_piece_come_back_one_by_one() -> None:
    splitter = BlockSplitter()
    assert splitter.feed("First para") == []
    assert splitter.feed("graph.\n\n```\ncode\n```\nSecond.\n\nThi") == [
        "First paragraph.\n\n", "```\ncode\n```\n", "Second.\n\n"]
    assert splitter.pending == "Thi"


def test_code_blocks_come_with_their_text() -> None:
    html, code = markdown_with_code("```python\nx = 1\n```\n\n    indented\n\n<script>x</script>")
    assert code == ["x = 1\n", "indented\n"]
    assert html.count("</pre>") == 2
    assert "<script>" not in html and "&lt;script&gt;" in html
