"""HTML export: one self-contained file that opens offline, with no script and
no remote resource of any kind (a Content-Security-Policy says so to the browser)."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable

from llamadesk.storage.export.markdown_render import code_style_css, markdown_to_html
from llamadesk.storage.records import ConversationRecord, ImageRef, MessageRecord, file_uri
from llamadesk.storage.repository import HistoryRepository

ROLE_NAMES = {"user": "You", "assistant": "Assistant", "system": "System"}
NOTES = {"cancelled": "stopped", "interrupted": "interrupted", "error": "failed",
         "tool_rounds": "stopped after the most rounds of tool calls"}

_BASE_CSS = """
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #ffffff; --muted: #6b6b76;
        --user: #eef2ff; --assistant: #f6f6f8; --border: #dcdce3; --code: #f4f4f6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ee; --bg: #17171c; --muted: #9d9daa; --user: #232a44;
          --assistant: #202027; --border: #34343f; --code: #111116; }
}
@media print { :root { --fg: #000; --bg: #fff; --muted: #555; --user: #fff;
                       --assistant: #fff; --border: #999; --code: #f7f7f7; } }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
       background: var(--bg); margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); font-size: .9rem; margin-bottom: 1.5rem; }
.images img { max-width: 100%; height: auto; border-radius: 6px; margin: .25rem .5rem .25rem 0; }
.message { border: 1px solid var(--border); border-radius: 10px; padding: .75rem 1rem;
           margin: 0 0 1rem; break-inside: avoid-page; }
.message.user { background: var(--user); }
.message.assistant, .message.system { background: var(--assistant); }
.message header { font-weight: 600; font-size: .9rem; color: var(--muted); }
.note { font-style: italic; color: var(--muted); }
.sources { font-size: .9rem; border-top: 1px solid var(--border); margin-top: .5rem; }
.sources p { margin: .4rem 0 0; }
pre { background: var(--code); padding: .75rem; border-radius: 6px; overflow-x: auto;
      white-space: pre-wrap; word-wrap: break-word; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: .3rem .6rem; }
blockquote { border-left: 3px solid var(--border); margin-left: 0; padding-left: 1rem;
             color: var(--muted); }
article + article { border-top: 2px solid var(--border); margin-top: 2rem; padding-top: 2rem; }
"""


def _css() -> str:
    light = code_style_css("default", ".highlight, pre")
    dark = code_style_css("monokai", ".highlight, pre")
    return (_BASE_CSS + light + "\n@media (prefers-color-scheme: dark) and screen {\n"
            + dark + "\n}\n")


ImageSource = Callable[[ImageRef], str]


def _images(message: MessageRecord, source: ImageSource | None) -> str:
    if not message.images or source is None:
        return ""
    return '<div class="images">' + "".join(
        f'<img src="{html.escape(source(image))}" alt="{html.escape(image.name or "image")}" '
        f'width="{min(image.width, 360)}">' for image in message.images) + "</div>"


def _message(message: MessageRecord, images: ImageSource | None = None) -> str:
    role = html.escape(message.role)
    name = html.escape(ROLE_NAMES.get(message.role, message.role.title()))
    stamp = html.escape(message.created_at.strftime("%Y-%m-%d %H:%M UTC"))
    note = NOTES.get(message.finish_reason or "")
    note_html = f' <span class="note">({html.escape(note)})</span>' if note else ""
    return (f'<section class="message {role}"><header>{name} · {stamp}{note_html}</header>'
            f'{_images(message, images)}{_thinking(message)}{_tool_rounds(message)}'
            f'<div class="content">{markdown_to_html(message.content)}</div>'
            f'{_sources(message)}</section>')


def _thinking(message: MessageRecord) -> str:
    """A thinking model's reasoning, closed until opened. Styled inline as well: the
    PDF export renders this HTML with Qt, which knows neither <details> nor classes,
    and shows it in full, smaller and muted."""
    if not message.reasoning:
        return ""
    took = f" ({message.thinking_ms / 1000:.0f} s)" if message.thinking_ms is not None else ""
    return (f'<details class="thinking"><summary class="note">Thinking{took}</summary>'
            f'<div style="color: #6b6b6b; font-size: 90%">'
            f'{markdown_to_html(message.reasoning.strip())}</div></details>')


def _tool_rounds(message: MessageRecord) -> str:
    """Each round's text, then its calls: a line with the tool and its arguments, the
    result folded beneath it (shown in full, muted, in the PDF)."""
    parts = []
    for done in message.tool_rounds:
        if done.text:
            parts.append(f'<div class="content">{markdown_to_html(done.text)}</div>')
        for call in done.calls:
            where = f"{call.server} › {call.name}" if call.server else call.name
            parts.append(
                f'<details class="tool-call"><summary class="note">Tool call: '
                f'{html.escape(where)} <code>{html.escape(call.arguments)}</code> '
                f'({html.escape(call.status)})</summary>'
                f'<pre style="color: #6b6b6b; font-size: 90%">'
                f'{html.escape(call.result)}</pre></details>')
    return "".join(parts)


def _sources(message: MessageRecord) -> str:
    """The passages a reply was given: a numbered list, the passage in a tooltip."""
    if not message.sources:
        return ""
    items = "".join(
        f'<li><a href="{html.escape(file_uri(source))}" title="{html.escape(source.passage)}">'
        f'{html.escape(source.place)}</a></li>' for source in message.sources)
    return f'<div class="sources"><p class="note">Sources</p><ol>{items}</ol></div>'


def conversation_article(conversation: ConversationRecord, messages: list[MessageRecord],
                         images: ImageSource | None = None) -> str:
    """``images``: where each image's <img> reads it (a data: URI, a PDF resource)."""
    meta = [conversation.created_at.strftime("%Y-%m-%d")]
    if conversation.model_name:
        meta.append(conversation.model_name)
    parts = [f"<article><h1>{html.escape(conversation.title)}</h1>",
             f'<p class="meta">{html.escape(" · ".join(meta))}</p>']
    if conversation.system_prompt:
        parts.append(_message(MessageRecord(
            id=0, conversation_id=conversation.id, parent_id=None, role="system",
            content=conversation.system_prompt, status="complete", finish_reason=None,
            created_at=conversation.created_at, updated_at=conversation.created_at)))
    parts += [_message(m, images) for m in messages]
    parts.append("</article>")
    return "\n".join(parts)


def export_html(repository: HistoryRepository, conversation_ids: list[int]) -> str:
    def embedded(image: ImageRef) -> str:
        # In the file itself: still one file, still no remote resource.
        data = base64.b64encode(repository.image_data(image.sha256)).decode("ascii")
        return f"data:{image.mime};base64,{data}"

    articles = [
        conversation_article(repository.get_conversation(cid), repository.current_branch(cid),
                             embedded)
        for cid in conversation_ids
    ]
    title = (repository.get_conversation(conversation_ids[0]).title
             if len(conversation_ids) == 1 else "LlamaDesk conversations")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title><style>{_css()}</style></head>\n"
        f"<body><main>\n{chr(10).join(articles)}\n</main></body></html>\n"
    )
