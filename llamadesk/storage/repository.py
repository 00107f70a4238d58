"""Reading and writing conversations. Every completed message is its own commit."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, false, func, or_, select, text, update
from sqlalchemy.orm import aliased

from llamadesk.errors import StorageError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note
from llamadesk.storage.database import Database
from llamadesk.storage.records import (
    ConversationRecord,
    ConversationSummary,
    ImageData,
    ImageRef,
    MessageRecord,
    ReplyStats,
    Source,
    ToolRound,
    tool_rounds_from_json,
)
from llamadesk.storage.schema import (
    Conversation,
    FinishReason,
    Message,
    MessageImage,
    MessageStatus,
    Role,
    StoredImageRow,
    utc_now,
)
from llamadesk.storage.search import SearchHit, search

DEFAULT_TITLE = "New conversation"


class _Leaf:
    """Marker: attach to the conversation's current leaf (None means "a new root")."""


CURRENT_LEAF = _Leaf()
_TITLE_LENGTH = 60


def title_from(text: str) -> str:
    """A conversation title from the first user message: its first line, shortened."""
    line = " ".join(text.split())
    if not line:
        return DEFAULT_TITLE
    if len(line) <= _TITLE_LENGTH:
        return line
    cut = line[:_TITLE_LENGTH].rsplit(" ", 1)[0] or line[:_TITLE_LENGTH]
    return cut + "…"


def _message_record(row: Message) -> MessageRecord:
    return MessageRecord(
        id=row.id,
        conversation_id=row.conversation_id,
        parent_id=row.parent_id,
        role=row.role,
        content=row.content,
        status=row.status,
        finish_reason=row.finish_reason,
        created_at=row.created_at,
        updated_at=row.updated_at,
        model_name=row.model_name,
        model_sha256=row.model_sha256,
        params=dict(row.params or {}),
        seed=row.seed,
        prompt_tokens=row.prompt_tokens,
        completion_tokens=row.completion_tokens,
        time_to_first_token_ms=row.time_to_first_token_ms,
        tokens_per_second=row.tokens_per_second,
        guessed_tokens=row.guessed_tokens,
        accepted_tokens=row.accepted_tokens,
        sources=tuple(Source.from_dict(item) for item in row.sources or ()
                      if isinstance(item, dict)),
        reasoning=row.reasoning,
        thinking_ms=row.thinking_ms,
        tool_rounds=tool_rounds_from_json(row.tool_rounds),
        images=tuple(ImageRef(link.image.sha256, link.image.mime, link.image.width,
                              link.image.height, link.image.size, link.image.name)
                     for link in row.image_links),
    )


def _conversation_record(row: Conversation) -> ConversationRecord:
    return ConversationRecord(
        id=row.id,
        uid=row.uid,
        title=row.title,
        pinned=row.pinned,
        created_at=row.created_at,
        updated_at=row.updated_at,
        system_prompt=row.system_prompt,
        sampling=dict(row.sampling or {}),
        model_name=row.model_name,
        model_sha256=row.model_sha256,
        model_quant=row.model_quant,
        source=row.source or "app",
        current_leaf_id=row.current_leaf_id,
        collections=tuple(str(name) for name in row.collections or ()),
    )


# Walks a branch upwards, one indexed step per message; {start} picks the first row.
_WALK = """
    WITH RECURSIVE branch(id, parent_id, depth) AS (
        SELECT m.id, m.parent_id, 1 FROM messages m {start}
        UNION ALL
        SELECT m.id, m.parent_id, b.depth + 1 FROM messages m
        JOIN branch b ON m.id = b.parent_id WHERE b.depth < :count
    )
    SELECT id FROM branch
"""


class HistoryRepository:
    """All reads and writes of the history go through here."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- conversations -------------------------------------------------------

    def create_conversation(
        self, title: str | None = None, system_prompt: str | None = None,
        source: str = "app",
    ) -> ConversationRecord:
        with self._db.session() as session:
            row = Conversation(
                title=title or DEFAULT_TITLE, system_prompt=system_prompt, sampling={},
                source=source,
            )
            session.add(row)
            session.commit()
            return _conversation_record(row)

    def get_conversation(self, conversation_id: int) -> ConversationRecord:
        with self._db.session() as session:
            row = session.get(Conversation, conversation_id)
            if row is None or row.deleted_at is not None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no conversation with id %1."), conversation_id))
            return _conversation_record(row)

    def list_conversations(self, limit: int | None = None) -> list[ConversationSummary]:
        """Pinned first, then the most recently updated."""
        # The page is chosen first (walking ix_conversations_order), then its
        # messages are counted through the (conversation_id, id) index: the cost
        # follows the rows shown, not the size of the history (1 ms at 1M messages).
        order = (Conversation.pinned.desc(), Conversation.updated_at.desc(),
                 Conversation.id.desc())
        page = (select(Conversation).where(Conversation.deleted_at.is_(None))
                .order_by(*order).limit(limit).subquery())
        listed = aliased(Conversation, page)
        count = (select(func.count(Message.id))
                 .where(Message.conversation_id == listed.id).scalar_subquery())
        query = select(listed, count).order_by(
            listed.pinned.desc(), listed.updated_at.desc(), listed.id.desc())
        with self._db.session() as session:
            return [
                ConversationSummary(
                    id=row.id,
                    title=row.title,
                    pinned=row.pinned,
                    message_count=count,
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    source=row.source or "app",
                )
                for row, count in session.execute(query)
            ]

    def conversation_ids(self) -> list[int]:
        """Every conversation not in the trash, oldest first (the order of exports)."""
        with self._db.session() as session:
            return list(session.scalars(
                select(Conversation.id)
                .where(Conversation.deleted_at.is_(None))
                .order_by(Conversation.created_at, Conversation.id)
            ))

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        with self._db.session() as session:
            row = self._conversation(session, conversation_id)
            row.title = title.strip() or DEFAULT_TITLE
            session.commit()

    def delete_conversation(self, conversation_id: int) -> None:
        """Move to the trash: hidden everywhere, restorable until :meth:`purge_deleted`."""
        with self._db.session() as session:
            self._conversation(session, conversation_id).deleted_at = utc_now()
            session.commit()

    def restore_conversation(self, conversation_id: int) -> None:
        """Undo a delete (possible until the app quits)."""
        with self._db.session() as session:
            row = session.get(Conversation, conversation_id)
            if row is None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no conversation with id %1."), conversation_id))
            row.deleted_at = None
            session.commit()

    def purge_deleted(self) -> int:
        """Delete the trashed conversations for good (at quit, and at start after a crash)."""
        with self._db.session() as session:
            # Core delete: the foreign keys cascade to messages in SQLite itself,
            # without loading a long conversation into Python first.
            trashed = delete(Conversation).where(Conversation.deleted_at.is_not(None))
            result = session.execute(trashed)
            # Images no message uses any more go with them (others keep theirs).
            session.execute(delete(StoredImageRow).where(
                StoredImageRow.sha256.not_in(select(MessageImage.sha256))))
            session.commit()
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        with self._db.session() as session:
            self._conversation(session, conversation_id).pinned = pinned
            session.commit()

    def set_system_prompt(self, conversation_id: int, system_prompt: str | None) -> None:
        with self._db.session() as session:
            self._conversation(session, conversation_id).system_prompt = system_prompt or None
            session.commit()

    def set_collections(self, conversation_id: int, names: Sequence[str]) -> None:
        """The document collections this conversation's replies draw on."""
        with self._db.session() as session:
            self._conversation(session, conversation_id).collections = list(names) or None
            session.commit()

    def set_sources(self, message_id: int, sources: Sequence[Source]) -> None:
        """The passages a reply was given, stored with it before it streams."""
        with self._db.session() as session:
            row = session.get(Message, message_id)
            if row is None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                    "messages", "There is no message with id %1."), message_id))
            row.sources = [source.as_dict() for source in sources] or None
            session.commit()

    def set_sampling(self, conversation_id: int, sampling: dict[str, Any]) -> None:
        with self._db.session() as session:
            self._conversation(session, conversation_id).sampling = dict(sampling)
            session.commit()

    def search(self, query: str, limit: int = 20, *,
               reasoning: bool = False) -> list[SearchHit]:
        """``reasoning``: thinking models' reasoning too, after the answers."""
        return search(self._db, query, limit, reasoning=reasoning)

    def set_model(self, conversation_id: int, name: str, sha256: str | None,
                  quant: str | None) -> None:
        with self._db.session() as session:
            row = self._conversation(session, conversation_id)
            row.model_name, row.model_sha256, row.model_quant = name, sha256, quant
            session.commit()

    # -- messages ------------------------------------------------------------

    def add_message(self, conversation_id: int, role: Role, content: str,
                    parent_id: int | None | _Leaf = CURRENT_LEAF,
                    images: Sequence[ImageData | ImageRef] = ()) -> MessageRecord:
        """Append a complete message (to the current branch by default), committed at
        once, with its images (each stored once, however many messages use it; an
        ImageRef names one already stored)."""
        with self._db.session() as session:
            conversation = self._conversation(session, conversation_id)
            row = Message(
                conversation_id=conversation_id,
                parent_id=self._parent(conversation, parent_id),
                role=role.value,
                content=content,
                status=MessageStatus.COMPLETE.value,
                params={},
            )
            session.add(row)
            for position, image in enumerate(images):
                if session.get(StoredImageRow, image.sha256) is None:
                    if isinstance(image, ImageRef):
                        raise StorageError(Note(QT_TRANSLATE_NOOP(
                            "messages", "The image %1 is not in the history."), image.sha256))
                    session.add(StoredImageRow(
                        sha256=image.sha256, mime=image.mime, width=image.width,
                        height=image.height, size=len(image.data), name=image.name[:300],
                        data=image.data))
                row.image_links.append(MessageImage(position=position, sha256=image.sha256))
            session.flush()
            self._advance(conversation, row)
            if role is Role.USER and conversation.title == DEFAULT_TITLE:
                conversation.title = title_from(content)
            session.commit()
            return _message_record(row)

    def start_reply(
        self,
        conversation_id: int,
        *,
        model_name: str | None,
        model_sha256: str | None = None,
        params: dict[str, Any] | None = None,
        seed: int | None = None,
        parent_id: int | None | _Leaf = CURRENT_LEAF,
    ) -> MessageRecord:
        """An empty assistant message marked as streaming, committed at once."""
        with self._db.session() as session:
            conversation = self._conversation(session, conversation_id)
            row = Message(
                conversation_id=conversation_id,
                parent_id=self._parent(conversation, parent_id),
                role=Role.ASSISTANT.value,
                content="",
                status=MessageStatus.STREAMING.value,
                model_name=model_name,
                model_sha256=model_sha256,
                params=dict(params or {}),
                seed=seed,
            )
            session.add(row)
            session.flush()
            self._advance(conversation, row)
            session.commit()
            return _message_record(row)

    def edit_message(self, message_id: int, content: str) -> MessageRecord:
        """A new version of a user message beside the old one; the view follows it."""
        original = self.get_message(message_id)
        if original.role != Role.USER.value:
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "Only your own messages can be edited; regenerate a reply instead.")))
        return self.add_message(original.conversation_id, Role.USER, content,
                                parent_id=original.parent_id, images=original.images)

    def image_data(self, sha256: str) -> bytes:
        """An attached image's bytes, as they came."""
        with self._db.session() as session:
            data = session.scalar(select(StoredImageRow.data)
                                  .where(StoredImageRow.sha256 == sha256))
            if data is None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The image %1 is not in the history."), sha256))
            return bytes(data)

    def reopen_reply(self, message_id: int) -> MessageRecord:
        """Mark a stopped or interrupted reply as streaming again, to continue it."""
        with self._db.session() as session:
            row = session.get(Message, message_id)
            if row is None or row.role != Role.ASSISTANT.value:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no reply with id %1."), message_id))
            row.status = MessageStatus.STREAMING.value
            row.finish_reason = None
            row.conversation.current_leaf_id = row.id
            session.commit()
            return _message_record(row)

    def get_message(self, message_id: int) -> MessageRecord:
        with self._db.session() as session:
            row = session.get(Message, message_id)
            if row is None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no message with id %1."), message_id))
            return _message_record(row)

    def siblings(self, message_id: int) -> list[MessageRecord]:
        """Every version of this message (same parent), oldest first: the "2 / 3" switcher."""
        message = self.get_message(message_id)
        with self._db.session() as session:
            parent = (Message.parent_id.is_(None) if message.parent_id is None
                      else Message.parent_id == message.parent_id)
            rows = session.scalars(
                select(Message)
                .where(Message.conversation_id == message.conversation_id, parent)
                .order_by(Message.id)
            )
            return [_message_record(row) for row in rows]

    def select_branch(self, message_id: int) -> None:
        """Show the branch through ``message_id``, down to its newest descendant."""
        message = self.get_message(message_id)
        with self._db.session() as session:
            children: dict[int, int] = {}
            for child_id, parent_id in session.execute(
                    select(Message.id, Message.parent_id)
                    .where(Message.conversation_id == message.conversation_id)
                    .order_by(Message.id)):
                if parent_id is not None:
                    children[parent_id] = child_id  # the newest child wins
            leaf = message.id
            while leaf in children:
                leaf = children[leaf]
            conversation = self._conversation(session, message.conversation_id)
            conversation.current_leaf_id = leaf
            session.commit()

    def save_partial_reply(self, message_id: int, content: str,
                           reasoning: str | None = None) -> None:
        """Persist what has streamed so far (called every few hundred ms): the answer,
        and a thinking model's reasoning so far (None: it has none)."""
        stamp = utc_now().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        if reasoning is None:
            self._db.execute_sql("UPDATE messages SET content = ?, updated_at = ? WHERE id = ?",
                                 (content, stamp, message_id))
        else:
            self._db.execute_sql("UPDATE messages SET content = ?, reasoning = ?, "
                                 "updated_at = ? WHERE id = ?",
                                 (content, reasoning, stamp, message_id))

    def save_tool_rounds(self, message_id: int, rounds: Sequence[ToolRound]) -> None:
        """Persist a reply's rounds of tool calls so far, as each call is decided and
        answered: a crash keeps what was called and what came back."""
        stamp = utc_now().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        self._db.execute_sql("UPDATE messages SET tool_rounds = ?, updated_at = ? WHERE id = ?",
                             (json.dumps([r.to_json() for r in rounds], ensure_ascii=False)
                              if rounds else None, stamp, message_id))

    def finish_reply(self, message_id: int, content: str, stats: ReplyStats) -> MessageRecord:
        with self._db.session() as session:
            row = session.get(Message, message_id)
            if row is None:
                raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no message with id %1."), message_id))
            row.content = content
            row.status = MessageStatus.COMPLETE.value
            row.finish_reason = stats.finish_reason
            if stats.seed is not None:
                row.seed = stats.seed
            row.prompt_tokens = stats.prompt_tokens
            row.completion_tokens = stats.completion_tokens
            row.time_to_first_token_ms = stats.time_to_first_token_ms
            row.tokens_per_second = stats.tokens_per_second
            row.guessed_tokens = stats.guessed_tokens
            row.accepted_tokens = stats.accepted_tokens
            if stats.reasoning is not None:
                row.reasoning = stats.reasoning
                row.thinking_ms = stats.thinking_ms
            if stats.tool_rounds is not None:
                row.tool_rounds = [r.to_json() for r in stats.tool_rounds] or None
            row.updated_at = utc_now()
            row.conversation.updated_at = row.updated_at
            session.commit()
            return _message_record(row)

    def mark_interrupted_replies(self) -> int:
        """After a crash, replies still marked streaming were cut off; say so."""
        with self._db.session() as session:
            result = session.execute(
                update(Message)
                .where(Message.status == MessageStatus.STREAMING.value)
                .values(
                    status=MessageStatus.INTERRUPTED.value,
                    finish_reason=FinishReason.INTERRUPTED.value,
                )
            )
            session.commit()
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def current_branch(self, conversation_id: int) -> list[MessageRecord]:
        """The messages from the root to the current leaf, oldest first."""
        with self._db.session() as session:
            conversation = self._conversation(session, conversation_id)
            rows = {
                row.id: row
                for row in session.scalars(
                    select(Message).where(Message.conversation_id == conversation_id)
                )
            }
            branch: list[MessageRecord] = []
            cursor = conversation.current_leaf_id
            while cursor is not None and cursor in rows:
                row = rows[cursor]
                branch.append(_message_record(row))
                cursor = row.parent_id
            branch.reverse()
            return branch

    def branch_tail(self, conversation_id: int, count: int) -> list[MessageRecord]:
        """The last ``count`` messages of the current branch, oldest first.

        Walks up from the leaf in SQL (one indexed step per message), so the first
        screen of a 10,000-message conversation costs what the screen shows.
        """
        start = "JOIN conversations c ON c.current_leaf_id = m.id WHERE c.id = :start"
        with self._db.session() as session:
            self._conversation(session, conversation_id)
            return self._walk_up(session, start, conversation_id, count)

    def branch_before(self, message_id: int, count: int) -> list[MessageRecord]:
        """Up to ``count`` messages above ``message_id`` on its branch, oldest first:
        what the chat view loads when it is scrolled to the top of what it shows."""
        start = "JOIN messages child ON child.parent_id = m.id WHERE child.id = :start"
        with self._db.session() as session:
            return self._walk_up(session, start, message_id, count)

    def branch_ending_at(self, message_id: int, count: int) -> list[MessageRecord]:
        """``message_id`` and up to ``count - 1`` messages above it, oldest first."""
        with self._db.session() as session:
            return self._walk_up(session, "WHERE m.id = :start", message_id, count)

    def branch_ids(self, conversation_id: int) -> list[int]:
        """The ids of the current branch, oldest first (ids only: cheap even when long)."""
        with self._db.session() as session:
            self._conversation(session, conversation_id)
            return list(reversed(list(session.scalars(text(_WALK.format(
                start="JOIN conversations c ON c.current_leaf_id = m.id WHERE c.id = :start")),
                {"start": conversation_id, "count": 1 << 30}))))

    def messages(self, ids: list[int]) -> list[MessageRecord]:
        """These messages, in the order given."""
        with self._db.session() as session:
            by_id = {row.id: _message_record(row)
                     for row in session.scalars(select(Message).where(Message.id.in_(ids)))}
            return [by_id[i] for i in ids if i in by_id]

    def versions(self, messages: list[MessageRecord]) -> dict[int, tuple[int, int]]:
        """For each message with other versions: (its 1-based number, how many there are)."""
        if not messages:
            return {}
        conversation_id = messages[0].conversation_id
        parents = {m.parent_id for m in messages}
        wanted = or_(Message.parent_id.in_([p for p in parents if p is not None]),
                     Message.parent_id.is_(None) if None in parents else false())
        with self._db.session() as session:
            rows = session.execute(
                select(Message.parent_id, Message.id)
                .where(Message.conversation_id == conversation_id, wanted)
                .order_by(Message.id))
            family: dict[int | None, list[int]] = {}
            for parent_id, message_id in rows:
                if parent_id in parents:
                    family.setdefault(parent_id, []).append(message_id)
        result = {}
        for message in messages:
            siblings = family.get(message.parent_id, [])
            if len(siblings) > 1 and message.id in siblings:
                result[message.id] = (siblings.index(message.id) + 1, len(siblings))
        return result

    @staticmethod
    def _walk_up(session: Any, start: str, start_id: int, count: int) -> list[MessageRecord]:
        ids = list(session.scalars(text(_WALK.format(start=start)),
                                   {"start": start_id, "count": count}))
        rows = session.scalars(select(Message).where(Message.id.in_(ids)))
        by_id = {row.id: _message_record(row) for row in rows}
        return [by_id[i] for i in reversed(ids) if i in by_id]

    def all_messages(self, conversation_id: int) -> list[MessageRecord]:
        """Every message of every branch, in the order they were written."""
        with self._db.session() as session:
            self._conversation(session, conversation_id)
            rows = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.id)
            )
            return [_message_record(row) for row in rows]

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _conversation(session: Any, conversation_id: int) -> Conversation:
        row = session.get(Conversation, conversation_id)
        if row is None or row.deleted_at is not None:
            raise StorageError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no conversation with id %1."), conversation_id))
        return row  # type: ignore[no-any-return]

    @staticmethod
    def _parent(conversation: Conversation, parent_id: int | None | _Leaf) -> int | None:
        return conversation.current_leaf_id if isinstance(parent_id, _Leaf) else parent_id

    @staticmethod
    def _advance(conversation: Conversation, message: Message) -> None:
        conversation.current_leaf_id = message.id
        conversation.updated_at = message.created_at
