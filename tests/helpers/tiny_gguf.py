"""The tiny fixture model lives in the package (the installers' --self-test uses it too)."""

from llamadesk.diagnostics.tiny_model import (
    CHATTY_SENTENCE,
    LLAMA2_TEMPLATE,
    MARKDOWN_PIECES,
    REPLY,
    write_tiny_llama,
)

__all__ = ["CHATTY_SENTENCE", "LLAMA2_TEMPLATE", "MARKDOWN_PIECES", "REPLY", "write_tiny_llama"]
