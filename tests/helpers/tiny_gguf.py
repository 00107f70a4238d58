"""The tiny fixture model lives in the package (the installers' --self-test uses it too)."""

from llamadesk.diagnostics.tiny_model import (
    CHATTY_SENTENCE,
    LLAMA2_TEMPLATE,
    MARKDOWN_PIECES,
    REPLY,
    write_tiny_llama,
)

__all__ = ["CHATTY_SENTENCE", "LLAMA2_TEMPLATE", "MARKDOWN_PIECES", "REPLY", "write_tiny_llama"]

# A template with a thinking switch, Qwen3's in small: when enable_thinking is false
# the generation prompt closes the thinking before it starts.
THINK_SWITCH_TEMPLATE = (
    "{% for m in messages %}[{{ m.role }}] {{ m.content }}\n{% endfor %}"
    "{% if add_generation_prompt %}[assistant] {% if enable_thinking is defined and "
    "enable_thinking is false %}<think></think>{% endif %}{% endif %}")
