"""Plain-text export: the branch the user sees, readable anywhere."""

from __future__ import annotations

from llamadesk.storage.export.html_export import NOTES, ROLE_NAMES
from llamadesk.storage.repository import HistoryRepository


def conversation_text(repository: HistoryRepository, conversation_id: int) -> str:
    conversation = repository.get_conversation(conversation_id)
    lines = [conversation.title, "=" * max(len(conversation.title), 3), ""]
    if conversation.system_prompt:
        lines += ["System prompt:", conversation.system_prompt, ""]
    for message in repository.current_branch(conversation_id):
        name = ROLE_NAMES.get(message.role, message.role.title())
        stamp = message.created_at.strftime("%Y-%m-%d %H:%M UTC")
        note = NOTES.get(message.finish_reason or "")
        lines.append(f"{name} ({stamp}){f' [{note}]' if note else ''}:")
        if message.reasoning:
            lines += ["[Thinking]", message.reasoning.strip(), "[Answer]"]
        for done in message.tool_rounds:
            if done.text:
                lines.append(done.text)
            for call in done.calls:
                where = f"{call.server} › {call.name}" if call.server else call.name
                lines += [f"[Tool call: {where} {call.arguments} ({call.status})]",
                          call.result.strip(), "[End of tool result]"]
        lines += [message.content, ""]
        if message.sources:
            lines += ["Sources:"]
            lines += [f"  [{number}] {source.place} ({source.path})"
                      for number, source in enumerate(message.sources, 1)]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_text_plain(repository: HistoryRepository, conversation_ids: list[int]) -> str:
    return "\n\n".join(conversation_text(repository, cid) for cid in conversation_ids)
