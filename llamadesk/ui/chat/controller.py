"""The reply state machine: sending, editing, regenerating, continuing, stopping, and
the reply's text on its way to the screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from llamadesk.engine.options import SamplingParams
from llamadesk.ui import formats
from llamadesk.ui.chat.think_toggle import ThinkToggle
from llamadesk.ui.generate_request import GenerateRequest, ReplyAction
from llamadesk.ui.messages import message_of

if TYPE_CHECKING:
    from llamadesk.chat import ContextReport, ReplyStarted
    from llamadesk.settings import Settings
    from llamadesk.storage.records import MessageRecord
    from llamadesk.storage.repository import HistoryRepository
    from llamadesk.ui.chat.attachments import AttachmentStrip
    from llamadesk.ui.chat.browser import ConversationBrowser
    from llamadesk.ui.chat.composer import Composer
    from llamadesk.ui.chat.view import ChatView
    from llamadesk.ui.models.bar import ModelBar
    from llamadesk.ui.models.controller import ModelController
    from llamadesk.ui.worker import InferenceWorker


class ChatController(QObject):
    """Owns the reply in progress; one at a time.

    Signals:
        state_changed(): a reply started or ended, an edit began or ended.
        failed(str message): the reply failed; the message is for the user.
        status(str text, int milliseconds): one line for the status bar (0: until replaced).
    """

    state_changed = Signal()
    conversation_created = Signal(int)
    failed = Signal(str)
    status = Signal(str, int)

    def __init__(self, settings: Settings, repository: HistoryRepository,
                 worker: InferenceWorker, models: ModelController,
                 browser: ConversationBrowser, chat_view: ChatView, composer: Composer,
                 model_bar: ModelBar, parent: QObject | None = None,
                 think: ThinkToggle | None = None,
                 attachments: AttachmentStrip | None = None) -> None:
        super().__init__(parent)
        self.settings, self.repository, self.worker = settings, repository, worker
        self.models, self.browser = models, browser
        self.chat_view, self.composer, self.model_bar = chat_view, composer, model_bar
        chat_view.image_blocks.source = repository.image_data
        # Images for the next message (ChatPane's strip); None: a window without them.
        self.attachments = attachments
        if attachments is not None:
            attachments.refused.connect(lambda why: self.status.emit(why, 10_000))
        self._request: GenerateRequest | None = None
        self._editing: int | None = None
        # A conversation chosen while a reply streamed: shown once the reply is saved.
        self._pending_conversation: int | None = None
        # A message sent while the model was still loading: sent once it has loaded.
        self._waiting_text: str | None = None
        self._pending_text: list[str] = []
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(16)
        self._frame.timeout.connect(self._show_pending_text)
        composer.send_requested.connect(self.send_message)
        chat_view.action_requested.connect(self._on_message_action)
        chat_view.starter_chosen.connect(self._use_starter)
        # The thinking switch: per conversation; chosen before one exists, for the new one.
        self.think = think or ThinkToggle()
        self.think.on_change = self._on_think
        self._pending_think: str | None = None
        # The conversation's Tools switch (ui/tools/wiring.py sets both).
        self.tools_enabled: Callable[[int | None], bool] = lambda _conversation: False
        self.take_pending_tools: Callable[[], bool] = lambda: False
        models.loaded.connect(self._show_think_kind)
        browser.shown.connect(self._show_think_value)
        browser.shown.connect(self._end_editing)
        browser.shown.connect(self._show_context_of_shown)
        models.load_starting.connect(self.stop)
        models.loaded.connect(self._send_waiting_text)
        models.load_ended.connect(self._return_waiting_text)

    @property
    def is_generating(self) -> bool:
        return self._request is not None

    def show_starters(self) -> None:
        """A new, empty chat with a model ready: things to ask, and the keys."""
        from llamadesk.ui.chat.starters import shortcuts, starters

        if self.browser.conversation_id is None and not self.is_generating \
                and self._waiting_text is None:
            self.chat_view.show_starters(starters(), shortcuts(self.composer.send_keys()))

    def _use_starter(self, text: str) -> None:
        self.composer.setPlainText(text)
        self.composer.moveCursor(QTextCursor.MoveOperation.End)
        self.composer.setFocus()

    @property
    def editing(self) -> bool:
        return self._editing is not None

    def sampling(self, conversation_id: int | None) -> SamplingParams:
        from llamadesk.sampling import sampling_for

        default = self.settings.default_choice()
        if conversation_id is None:
            return replace(default, think=self._pending_think).params()
        stored = self.repository.get_conversation(conversation_id).sampling
        return sampling_for(stored, default).params()

    def _show_think_kind(self, _info: object = None) -> None:
        from llamadesk.engine.reasoning import Toggle, reasoning_format

        model = self.models.model
        found = reasoning_format(model.facts.chat_template) if model is not None else None
        self.think.set_kind(found.toggle if found is not None else Toggle.NONE)

    def _show_think_value(self) -> None:
        from llamadesk.sampling import SamplingChoice

        conversation = self.browser.conversation_id
        if conversation is None:
            self.think.set_value(self._pending_think)
            return
        stored = SamplingChoice.from_json(self.repository.get_conversation(conversation).sampling)
        self.think.set_value(stored.think if stored is not None else None)

    def _on_think(self, value: str | None) -> None:
        from llamadesk.sampling import sampling_for

        conversation = self.browser.conversation_id
        if conversation is None:
            self._pending_think = value
            return
        stored = self.repository.get_conversation(conversation).sampling
        choice = sampling_for(stored, self.settings.default_choice())
        self.repository.set_sampling(conversation, replace(choice, think=value).to_json())

    # -- requests ------------------------------------------------------------

    def send_message(self, text: str) -> None:
        models = self.models
        images = self.attachments.images() if self.attachments is not None else ()
        if text and not images and models.loading and not self.is_generating \
                and self._waiting_text is None:
            # Sent before the model is ready: kept, shown as waiting, sent once it is.
            self._waiting_text = text
            self.composer.clear()
            self.chat_view.show_placeholder(
                self.tr("Waiting for the model to load, then sending: %1").replace("%1", text))
            return
        if not (text or images) or self.is_generating or not models.ready:
            return
        if images and models.model is not None and models.model.projector is None:
            from llamadesk.engine.vision import cannot_see

            # Said before sending, never after: the text and the images stay.
            self.failed.emit(message_of(cannot_see(models.model)))
            return
        self.composer.clear()
        conversation_id = self.browser.conversation_id
        if self._editing is not None:
            edited, self._editing = self._editing, None
            self.chat_view.mark_editing(None)
            self._start(GenerateRequest(conversation_id, text, action=ReplyAction.EDIT,
                                        message_id=edited))
            return
        if conversation_id is None:
            self.chat_view.show_messages([])
            conversation_id = self.browser.conversation_id = self._create_conversation()
            self.conversation_created.emit(conversation_id)
        elif self.chat_view.has_more_below:
            self.browser.open(conversation_id)
        if self.attachments is not None:
            self.attachments.clear()
        self._start(GenerateRequest(conversation_id, text, images=images,
                                    keep_original_images=self.settings["keep_original_images"]))

    def _create_conversation(self) -> int:
        """A new conversation with the defaults for new chats (Settings › New chats)."""
        settings = self.settings
        record = self.repository.create_conversation(
            system_prompt=settings["default_system_prompt"] or None)
        choice = replace(settings.default_choice(), think=self._pending_think,
                         tools=self.take_pending_tools())
        self._pending_think = None
        self.repository.set_sampling(record.id, choice.to_json())
        return record.id

    def edit_last_message(self) -> None:
        """Put the last message back in the composer; sending makes a new version of it."""
        if self.is_generating:
            return
        mine = self.browser.last_own_message()
        if mine is not None:
            self._edit(mine.id)

    def _edit(self, message_id: int) -> None:
        self._editing = message_id
        self.chat_view.mark_editing(message_id)
        self.composer.setPlainText(self.repository.get_message(message_id).content)
        self.composer.setFocus()
        self.status.emit(self.tr("Editing your message: Enter sends it as a new version, "
                                 "Esc cancels"), 0)
        self.state_changed.emit()

    def _end_editing(self) -> None:
        self._editing = None
        self.chat_view.mark_editing(None)

    def regenerate_reply(self) -> None:
        """Another version of the last reply; the old one stays (Chat › Previous version)."""
        reply = self.browser.last_reply()
        if reply is not None:
            self._start(GenerateRequest(self.browser.conversation_id, "",
                                        action=ReplyAction.REGENERATE, message_id=reply.id))

    def continue_reply(self) -> None:
        """Carry on a reply that was stopped, cut off or ran out of length."""
        reply = self.browser.last_reply()
        if reply is not None and reply.finish_reason in ("cancelled", "interrupted", "length"):
            self._start(GenerateRequest(self.browser.conversation_id, "",
                                        action=ReplyAction.CONTINUE, message_id=reply.id))

    def switch_version(self, step: int) -> None:
        reply = self.browser.last_reply()
        if reply is None or self.is_generating:
            return
        self.browser.step_version(reply.id, step)
        self.browser.show_version_status()

    def _on_message_action(self, action: str, message_id: int) -> None:
        """The links on each message: edit, regenerate, continue, ‹ previous / next ›."""
        if self.is_generating:
            return
        conversation_id = self.browser.conversation_id
        if action == "edit":
            self._edit(message_id)
        elif action == "regenerate":
            self._start(GenerateRequest(conversation_id, "", action=ReplyAction.REGENERATE,
                                        message_id=message_id))
        elif action == "continue":
            self._start(GenerateRequest(conversation_id, "", action=ReplyAction.CONTINUE,
                                        message_id=message_id))
        elif action in ("previous", "next"):
            shown = self.browser.step_version(message_id, -1 if action == "previous" else 1)
            if shown is not None:
                self.status.emit(self.tr("Version %1 / %2").replace("%1", str(shown[0]))
                                 .replace("%2", str(shown[1])), 5000)

    def open_conversation(self, conversation_id: int, message_id: int | None = None) -> None:
        """The sidebar's choice: at once, or once a streaming reply is stopped and saved."""
        if self.is_generating:
            self._pending_conversation = conversation_id
            self.stop()
            return
        self.browser.open(conversation_id, message_id)

    def _start(self, request: GenerateRequest) -> None:
        if self.is_generating or not self.models.ready:
            return
        self._request = replace(request, params=self.sampling(request.conversation_id),
                                tools=self.tools_enabled(request.conversation_id))
        self.state_changed.emit()
        self.worker.generate_requested.emit(self._request)

    def stop(self) -> bool:
        """Stop the reply (its text so far is saved); False if there was none."""
        if self._request is None:
            return False
        self._request.stop_event.set()
        return True

    def cancel_edit(self) -> bool:
        if self._editing is None:
            return False
        self._editing = None
        self.chat_view.mark_editing(None)
        self.composer.clear()
        self.status.emit("", 0)
        self.state_changed.emit()
        return True

    # -- waiting for the model -------------------------------------------------

    def _send_waiting_text(self) -> None:
        waiting, self._waiting_text = self._waiting_text, None
        if waiting is not None:
            self.chat_view.clear_placeholder()
            self.send_message(waiting)

    def _return_waiting_text(self) -> None:
        """A message that waited for a model that never came goes back to the composer."""
        waiting, self._waiting_text = self._waiting_text, None
        if waiting is not None:
            self.chat_view.clear_placeholder()
            self.composer.setPlainText(waiting)

    # -- the worker's events (ui.wiring) --------------------------------------

    def on_reply_started(self, event: ReplyStarted) -> None:
        self.browser.conversation_id = event.conversation_id
        if self._request is not None and self._request.action is ReplyAction.SEND:
            self.chat_view.append_messages([event.user_message],
                                           self.repository.versions([event.user_message]))
        else:
            # A new version, an edit or a continuation: show the branch as it now stands.
            self.browser.show_branch_without(event.conversation_id, event.reply_id)
        self.chat_view.begin_reply(event.reply_id, event.prefix, event.reasoning,
                                   event.thinking_ms)
        self.browser.refresh_sidebar_soon()
        if self._request is not None and self._request.images:
            # The projector reads each image before the first word: said, not silent.
            self.status.emit(self.tr("Reading the image…") if len(self._request.images) == 1
                             else self.tr("Reading the images…"), 0)

    def on_token(self, _reply_id: int, piece: str) -> None:
        # Pieces are gathered and shown at most once a frame: the view does the
        # same work for one token or twenty, and the window stays responsive.
        if not self._pending_text and self._request is not None and self._request.images:
            self.status.emit("", 0)  # the images are read
        self._pending_text.append(piece)
        if not self._frame.isActive():
            self._frame.start()

    def on_reasoning(self, _reply_id: int, piece: str) -> None:
        # Before any answer (the splitter sends it first): plain text at the end of
        # the view, cheap enough to show as it comes.
        self._show_pending_text()
        self.chat_view.append_reasoning(piece)

    def _show_pending_text(self) -> None:
        self._frame.stop()
        if self._pending_text:
            text, self._pending_text = "".join(self._pending_text), []
            self.chat_view.append_reply_text(text)

    def on_generation_finished(self, record: MessageRecord) -> None:
        if self._request is not None and self._request.images:
            self.status.emit("", 0)
        self._request = None
        self._show_pending_text()
        self.chat_view.end_reply(record, self.repository.versions([record]))
        self.state_changed.emit()
        if self._pending_conversation is not None:
            chosen, self._pending_conversation = self._pending_conversation, None
            self.browser.open(chosen)
        else:
            # Each on a later turn of the event loop: the reply's end fills this one.
            QTimer.singleShot(0, self.browser.show_version_status)
            self.browser.refresh_sidebar_soon()

    def on_generation_failed(self, message: str) -> None:
        if self._request is not None and self._request.images:
            self.status.emit("", 0)
        self._request = None
        self._pending_conversation = None
        self._show_pending_text()
        if message:
            self.chat_view.end_reply(None, finish_reason="error")
        else:
            # No message: a pool computer vanished (the window asks about it). The reply
            # is kept as interrupted: shown as stored, with Continue for later.
            self.chat_view.end_reply(None, finish_reason="interrupted")
            if self.browser.conversation_id is not None:
                self.browser.open(self.browser.conversation_id)
        self.browser.refresh_sidebar()
        self.state_changed.emit()
        if message:
            self.failed.emit(message)

    def on_context_reported(self, report: ContextReport) -> None:
        self.browser.context_report = report
        if report.conversation_id == self.browser.conversation_id:
            self.chat_view.mark_left_out(report.left_out_ids)
            self.model_bar.show_context(report.used_tokens, report.n_ctx)
            self.status.emit(self._context_text(report.used_tokens, report.n_ctx,
                                                len(report.left_out_ids)), 0)

    def _show_context_of_shown(self) -> None:
        """The meter (and the status line) for the conversation now on screen: the
        last report if it was this one's, else what its last reply held (its prompt
        and its own tokens, stored with it); 0 for a new chat. The next reply
        reports the exact figure."""
        model = self.models.model
        n_ctx = model.n_ctx if model is not None else 0
        conversation, report = self.browser.conversation_id, self.browser.context_report
        used, left_out = 0, 0
        if conversation is not None and report is not None \
                and report.conversation_id == conversation:
            used, left_out = report.used_tokens, len(report.left_out_ids)
        elif conversation is not None:
            reply = self.browser.last_reply()
            if reply is not None and reply.prompt_tokens is not None:
                used = reply.prompt_tokens + (reply.completion_tokens or 0)
        self.model_bar.show_context(used, n_ctx)
        self.status.emit(self._context_text(used, n_ctx, left_out) if used else "", 0)

    def _context_text(self, used: int, n_ctx: int, left_out: int) -> str:
        text = self.tr("Context: %1 of %2 tokens").replace(
            "%1", formats.number(used)).replace("%2", formats.number(n_ctx))
        if left_out:
            text += self.tr(" · %n older message(s) no longer fit", "", left_out)
        return text
