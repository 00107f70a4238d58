"""Each thinking family end to end through the real engine: a generated model whose
vocabulary has the family's tokens, its real chat template, and its output steered
by a grammar to think and then answer as that family does. The reply's two parts are
stored apart, and the next prompt is byte for byte transformers' render of the same
messages. Real llama.cpp, real SQLite.

The tiny model predicts from the last token alone, so it cannot by itself write
harmony's ``<|channel|>`` twice with a different word after it; a grammar (which
llama.cpp matches against each token's text, control tokens included) can."""

from __future__ import annotations

from pathlib import Path

import pytest

from llamadesk.app import AppContext
from llamadesk.chat import ChatService
from llamadesk.diagnostics.tiny_model import REPLY, THINKING, write_tiny_llama
from llamadesk.engine.prompt import ChatMessage, PieceKind
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from tests.helpers.hf_reference import reference_render

TEMPLATES = Path(__file__).parent / "data" / "templates"
HARMONY_TOKENS = ("<|start|>", "<|end|>", "<|message|>", "<|channel|>", "<|return|>",
                  "<|call|>", "<|constrain|>")

# template, the vocabulary's control tokens, the switch, the model's raw output, and
# whether the vocabulary asks for a BOS (Qwen's and gpt-oss's do not)
FAMILIES = {
    "qwen3": ("Qwen-Qwen3-0.6B", ("<|im_start|>", "<|im_end|>"), None,
              f"<think>\n{THINKING}\n</think>\n\n{REPLY}", False),
    # Forced open: the generation prompt ends with "<think>\n", so the output has no
    # opening tag.
    "deepseek-r1": ("deepseek-ai-DeepSeek-R1-Distill-Qwen-32B",
                    ("<｜User｜>", "<｜Assistant｜>", "<｜end▁of▁sentence｜>"), "on",
                    f"{THINKING}\n</think>\n\n{REPLY}", True),
    "gpt-oss": ("openai-gpt-oss-120b", HARMONY_TOKENS, None,
                f"<|channel|>analysis<|message|>{THINKING}<|end|><|start|>assistant"
                f"<|channel|>final<|message|>{REPLY}", False),
    # [THINK] and [/THINK] are control tokens in Mistral's vocabulary, as here.
    "magistral": ("mistralai-Ministral-3-14B-Reasoning-2512",
                  ("[INST]", "[/INST]", "[SYSTEM_PROMPT]", "[/SYSTEM_PROMPT]", "[THINK]",
                   "[/THINK]"), None, f"[THINK]{THINKING}[/THINK]{REPLY}", True),
    # The template closes the thinking in the generation prompt unless it is given
    # `reasoning`; the answer still comes between response markers, which are not
    # part of it.
    "command-r7b": ("CohereForAI-c4ai-command-r7b-12-2024-tool_use",
                    ("<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>", "<|USER_TOKEN|>",
                     "<|CHATBOT_TOKEN|>", "<|SYSTEM_TOKEN|>", "<|START_THINKING|>",
                     "<|END_THINKING|>", "<|START_RESPONSE|>", "<|END_RESPONSE|>"), None,
                    f"<|START_RESPONSE|>{REPLY}<|END_RESPONSE|>", True),
}


def _grammar(output: str) -> str:
    escaped = output.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'root ::= "{escaped}"'


@pytest.mark.parametrize("family", FAMILIES)
def test_a_thinking_reply_end_to_end(family: str, context: AppContext,
                                     tmp_path: Path) -> None:
    name, control, think, output, add_bos = FAMILIES[family]
    template = (TEMPLATES / f"{name}.jinja").read_text("utf-8")
    model = write_tiny_llama(tmp_path / f"{family}.gguf", chat_template=template,
                             extra_control_tokens=control, name=f"Tiny {family}",
                             add_bos=add_bos, context_length=8192)
    session = ModelSession.load(model, LoadOptions())
    try:
        assert session.reasoning is not None, family
        # Mistral's markers are control tokens, spelled out in the reply so that they
        # split; llama.cpp renders harmony's own tokens as text already.
        assert session.markers_are_control == (family in ("magistral", "command-r7b"))
        # Saved after every piece, as a slow machine does: a reply that does not think
        # must not be stored with an empty thinking ("" where there is none).
        service = ChatService(context.repository, save_interval=0.0)
        params = SamplingParams(seed=1, max_tokens=120, grammar=_grammar(output), think=think)
        shown: list[str] = []
        thought: list[str] = []
        reply = service.send(session, None, "What is 2 + 2?", params, on_text=shown.append,
                             on_reasoning=thought.append)
        assert reply.finish_reason == "stop"
        # Streamed apart, and stored apart: the answer alone is the reply.
        assert "".join(shown) == reply.content == REPLY
        if THINKING in output:
            assert reply.reasoning is not None and reply.reasoning.strip() == THINKING
            assert "".join(thought) == reply.reasoning
        else:
            assert reply.reasoning is None and thought == []
        stored = context.repository.get_message(reply.id)
        assert (stored.content, stored.reasoning) == (REPLY, reply.reasoning)

        # The next prompt, byte for byte as transformers renders the same messages.
        turns = [*service.prompt_messages(reply.conversation_id, None),
                 ChatMessage("user", "And 3 + 3?")]
        ours = "".join(session.bos_text if p.kind is PieceKind.BOS else p.text
                       for p in session.build_prompt(turns, think).pieces)
        options = {"enable_thinking": True} if think == "on" else {}
        dicts = [{"role": m.role, "content": m.content}
                 | ({"reasoning_content": m.reasoning, "thinking": m.reasoning}
                    if m.reasoning else {}) for m in turns]
        assert ours == reference_render(template, dicts, bos_token=session.bos_text,
                                        eos_token=session.eos_text, **options)
    finally:
        session.close()
