"""Markdown export: the branch the user sees, one section per message."""

from __future__ import annotations

from llamadesk.storage.records import ImageRef, MessageRecord, ToolCallRecord, file_uri
from llamadesk.storage.repository import HistoryRepository

_ROLE_NAMES = {"user": "User", "assistant": "Assistant", "system": "System"}


def _heading(message: MessageRecord) -> str:
    stamp = message.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    name = _ROLE_NAMES.get(message.role, message.role.title())
    note = ""
    if message.finish_reason in ("cancelled", "interrupted", "error"):
        note = f" ({message.finish_reason})"
    return f"### {name} · {stamp}{note}"


def _thought_for(message: MessageRecord) -> str:
    if message.thinking_ms is None:
        return ""
    return f" ({message.thinking_ms / 1000:.0f} s)"


def _where(call: ToolCallRecord) -> str:
    return f"{call.server} › {call.name}" if call.server else call.name


_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp",
               "image/gif": "gif"}


def image_file(image: ImageRef) -> str:
    """Where an image goes beside the Markdown: ``images/<hash>.png``."""
    return f"images/{image.sha256[:16]}.{_EXTENSIONS.get(image.mime, 'bin')}"


def markdown_images(repository: HistoryRepository, conversation_ids: list[int]
                    ) -> dict[str, str]:
    """The image files the Markdown of these conversations links: path to SHA-256."""
    return {image_file(image): image.sha256 for cid in conversation_ids
            for message in repository.current_branch(cid) for image in message.images}


def conversation_markdown(repository: HistoryRepository, conversation_id: int) -> str:
    conversation = repository.get_conversation(conversation_id)
    parts = [f"# {conversation.title}", ""]
    if conversation.model_name:
        parts += [f"*Model: {conversation.model_name}*", ""]
    if conversation.system_prompt:
        parts += ["> **System prompt:** " + conversation.system_prompt.replace("\n", "\n> "), ""]
    for message in repository.current_branch(conversation_id):
        parts += [_heading(message), ""]
        if message.reasoning:
            # Marked apart from the answer, quoted so that its own Markdown stays inside.
            parts += [f"> **Thinking{_thought_for(message)}:**", ">"]
            parts += [f"> {line}".rstrip() for line in message.reasoning.strip().splitlines()]
            parts.append("")
        for done in message.tool_rounds:
            if done.text:
                parts += [done.text.rstrip(), ""]
            for call in done.calls:
                # Quoted, as the thinking is: what came back is not the reply's own text.
                parts += [f"> **Tool call:** {_where(call)} `{call.arguments}` ({call.status})",
                          ">"]
                parts += [f"> {line}".rstrip() for line in call.result.strip().splitlines()]
                parts.append("")
        for image in message.images:
            # Linked, not inlined: the files travel beside it (export.markdown_bundle).
            label = image.name.replace("]", "").replace("[", "") or "image"
            parts += [f"![{label}](<{image_file(image)}>)", ""]
        parts += [message.content.rstrip(), ""]
        if message.sources:
            parts += ["**Sources:**", ""]
            parts += [f"{number}. [{source.place}](<{file_uri(source)}>)"
                      for number, source in enumerate(message.sources, 1)]
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def export_markdown(repository: HistoryRepository, conversation_ids: list[int]) -> str:
    return "\n---\n\n".join(conversation_markdown(repository, cid) for cid in conversation_ids)
