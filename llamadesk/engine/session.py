"""One loaded model and the generation of replies from it.

Everything here runs on one thread (the GUI's inference worker, or the CLI's
main thread); ``stop`` is the only thing another thread touches.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import llama_cpp

from llamadesk.engine.abort_flag import NativeAbortFlag
from llamadesk.engine.activity import ANSWERING, LOADING, Activity, ActivityLog
from llamadesk.engine.chat_template import stopped_by
from llamadesk.engine.context_budget import BOUNDARY_SLACK, FittedConversation, fit_to_context
from llamadesk.engine.decoding import (
    DecodeOutcome,
    ImageSpans,
    Sampling,
    TokenLogprob,
    sample_tokens,
)
from llamadesk.engine.draft import DraftModel
from llamadesk.engine.gguf_file import read_model_facts
from llamadesk.engine.gpu import detect_backend
from llamadesk.engine.guard import unguarded_choice
from llamadesk.engine.images import ImageInput
from llamadesk.engine.loading import open_llama
from llamadesk.engine.options import (
    PRESETS,
    GenerationResult,
    LoadedModel,
    LoadOptions,
    SamplingParams,
)
from llamadesk.engine.placement import available_memory, plan_placement, plan_pooled
from llamadesk.engine.prompt import (
    ChatMessage,
    PieceKind,
    Prompt,
    PromptPiece,
    TemplateKind,
    choose_template,
    split_image_marks,
    with_image_marks,
)
from llamadesk.engine.prompt_format import build_prompt, describe_format
from llamadesk.engine.prompt_tokens import PromptToken, PromptTokenizer
from llamadesk.engine.reasoning import (
    ReasoningFormat,
    carried_on,
    reasoning_format,
    template_options,
)
from llamadesk.engine.state_cache import ConversationStates
from llamadesk.engine.stop_event import StopEvent
from llamadesk.engine.threads import for_window, headless
from llamadesk.engine.vision import PreparedImage, Projector, cannot_see, open_projector
from llamadesk.errors import GenerationError, LlamaDeskError, ModelLoadError, PoolWorkerLost
from llamadesk.notes import BASE_MODEL, QT_TRANSLATE_NOOP, Note

__all__ = ["PRESETS", "GenerationResult", "LoadOptions", "LoadedModel", "ModelSession",
           "SamplingParams"]

log = logging.getLogger(__name__)

# Messages whose token counts are remembered: a long conversation's worth.
_MESSAGE_TOKEN_CACHE_SIZE = 100_000
# With the default preset (top_k 0), top-p alone would softmax and sort the whole
# vocabulary on every token: 25 % of the decode time for Gemma's 262,144 tokens.
# This top-k goes first instead. 128 is the largest k that costs what llama.cpp's
# own default chain (top-k 40) costs: 0.32 ms a token on Gemma, where k = 200 and
# above take llama.cpp's bucket-sort path at 0.73-0.79 ms and k = 4096 1.2 ms.
# bench/sampling_tail.py measured what it changes on gemma 3 270M, a base model and
# so flatter than any chat model: the distribution the token is drawn from is
# unchanged at the median step, and moves by a total variation of 1.5e-3 on
# average, 7.9e-3 at the 95th percentile and 4.1e-2 at the worst step.
TOP_K_PREFILTER = 128


class ModelSession:
    """A loaded GGUF model, ready to answer."""

    def __init__(self, llama: llama_cpp.Llama, info: LoadedModel,
                 states: ConversationStates | None = None) -> None:
        self._llama = llama
        self._states = states
        # The conversation whose tokens the context holds now.
        self._conversation: object = None
        self.info = info
        self._tokenizer = PromptTokenizer(llama)
        # Tokens of each message's text alone, by role and text: a reply in a long
        # chat counts only its new messages (fit_to_context's floor).
        self._message_tokens: dict[tuple[str, str], int] = {}
        # The thinking markers for each setting of the switch (reasoning_for).
        self._reasoning: dict[str | None, ReasoningFormat | None] = {}
        self._control_markers: bool | None = None
        # Replaced per reply, so a stop meant for one reply never ends the next.
        self._stop: threading.Event = StopEvent()
        # Stops llama_decode mid-prompt without a Python callback (abort_flag.py).
        self._abort = NativeAbortFlag(llama.ctx)
        # Where a reply in progress is noted, so a crash in it is told at the next start.
        self._activity: tuple[ActivityLog, Activity] | None = None
        self._on_logprob: Callable[[TokenLogprob], None] | None = None
        # A vision model's projector (engine/vision.py), when one was loaded.
        self._projector: Projector | None = None
        # A draft model for speculative decoding (engine/draft.py), loaded at first use.
        self._draft: DraftModel | None = None
        # Speculative decoding where a reply does not choose (the model's setting).
        self.speculative = "off"
        self.speculative_tokens = 8
        # A pooled model's check for a worker that vanished (PooledDevices.broken).
        self._pool_broken: Callable[[], str | None] | None = None
        # Set when that happened: the model cannot answer again (its layers there are
        # gone); whoever holds the session loads it anew.
        self.lost_worker: str | None = None

    @classmethod
    def load(cls, path: Path,
             options: LoadOptions = LoadOptions()) -> ModelSession:  # noqa: B008 - frozen
        """Validate and load ``path``; raises ModelLoadError with a message for the user."""
        facts = read_model_facts(Path(path))
        guard = options.guard
        # The CPU backend first (a child process probes it on a model's first use):
        # llama.cpp has none until then.
        choice = guard.prepare(facts) if guard is not None else unguarded_choice()
        backend = detect_backend()
        ram = options.available_memory if options.available_memory is not None \
            else available_memory()
        # Repacked weights where the probe allows them, unless told off (a comparison with
        # a pool's workers, which never repack: bench/pool.py).
        repack = choice.config.repack and options.repack is not False
        pool = options.pool
        # A pooled load's GPUs here: all of them, unless the GPU is turned off.
        gpus = backend.devices if pool is not None and backend.offload_supported \
            and options.n_gpu_layers != 0 else ()
        if pool is not None:
            placement = plan_pooled(facts, ram, pool.free, pool.workers, options.n_ctx,
                                    gpus=gpus)
        else:
            placement = plan_placement(facts, backend, ram, n_ctx=options.n_ctx,
                                       n_gpu_layers=options.n_gpu_layers,
                                       main_gpu=options.main_gpu)
        notes = ([choice.note] if choice.note else []) + list(placement.notes)
        threads = (for_window(options.n_threads) if options.for_window
                   else headless(options.n_threads))
        watch = (guard.watching("chat", LOADING, facts, choice.config, placement.n_gpu_layers)
                 if guard is not None else contextlib.nullcontext())
        try:
            with watch:
                llama = open_llama(facts, n_ctx=placement.n_ctx,
                                   gpu_layers=placement.n_gpu_layers,
                                   main_gpu=placement.main_gpu, threads=threads,
                                   repack=repack, progress=options.progress,
                                   devices=pool.devices if pool is not None else None,
                                   devices_free=pool.free if pool is not None else None,
                                   local_gpus=bool(gpus) or pool is None)
        except ModelLoadError as error:
            if pool is not None and (gone := pool.broken()) is not None:
                raise _lost_while_loading(gone) from None
            if not placement.on_gpu:
                raise
            # A driver problem or a VRAM estimate that was off: the CPU still works.
            log.warning("GPU load failed, retrying on the CPU: %s", error)
            card = placement.device.description if placement.device else "the GPU"
            notes = [Note(QT_TRANSLATE_NOOP(
                "messages", "Loading onto %1 failed, so the model runs on the CPU instead, "
                "which is slower."), card)]
            placement = replace(placement, n_gpu_layers=0, device=None)
            llama = open_llama(facts, n_ctx=placement.n_ctx, gpu_layers=0, threads=threads,
                               repack=repack, progress=options.progress)
        if pool is not None and (gone := pool.broken()) is not None:
            # Its layers hold stand-in zeros (pool/relay.py): not a model to answer with.
            llama.close()
            raise _lost_while_loading(gone)
        states = None
        if options.state_cache_bytes != 0:
            budget = options.state_cache_bytes
            if budget is None:
                budget = min(2 << 30, available_memory() // 4)
            states = ConversationStates(budget)
        template = options.template or choose_template(facts.architecture, facts.chat_template)
        # Said once at load, in the model bar and the terminal: the model's own
        # template is never replaced without a word.
        trial = describe_format(template, facts.chat_template, bos_text=facts.bos_token or "",
                                eos_text=facts.eos_token or "")
        if trial.note:
            notes.append(trial.note)
        if template is TemplateKind.PLAIN and not facts.chat_template:
            # A base model: said at once, so a reply that rambles is not a surprise.
            notes.insert(0, Note(QT_TRANSLATE_NOOP(
                "messages", "Not a chat model: text is continued as written."),
                topic=BASE_MODEL))
        backend_text = "CPU"
        if placement.on_gpu and placement.device is not None:
            backend_text = f"{placement.device.backend} · {placement.device.description}"
        if pool is not None:
            here = f"{gpus[0].backend} · {gpus[0].description}" if gpus else "CPU"
            backend_text = f"{here} + {len(pool.workers)} " + (
                "machine" if len(pool.workers) == 1 else "machines")
        sha256 = options.file_hash(facts.path) if options.file_hash else None
        info = LoadedModel(facts, llama.n_ctx(), placement.n_gpu_layers, backend_text,
                           template, sha256, tuple(notes), choice.config.cpu_variant,
                           repack)
        log.info("Loaded %s: n_ctx=%d, backend=%s, gpu layers=%d, template=%s, CPU %s, "
                 "threads %d/%d", facts.name, info.n_ctx, backend_text,
                 placement.n_gpu_layers, template.value, choice.config.label, threads.prompt,
                 threads.reply)
        projector, no_images = open_projector(options.projector, facts.path, llama,
                                               placement.on_gpu, threads.prompt)
        info = replace(info, projector=projector.path if projector else None,
                       no_images=no_images)
        session = cls(llama, info, states)
        session._projector = projector
        if pool is not None:
            session._pool_broken = pool.broken
        refused = session.set_speculation(options.speculative, options.speculative_tokens)
        if refused:  # said where the load's other notes are said
            session.info = replace(session.info, notes=(*session.info.notes, *refused))
        if guard is not None:
            session._activity = (guard.activity, Activity(
                ANSWERING, str(facts.path), facts.name, guard.probe.key(facts),
                choice.config.to_json(), placement.n_gpu_layers))
        return session

    # -- prompts -------------------------------------------------------------

    @property
    def reasoning(self) -> ReasoningFormat | None:
        """How this model marks its thinking (engine/reasoning.py), read from its chat
        template, with the template's own default for the thinking switch."""
        return self.reasoning_for(None)

    @property
    def markers_are_control(self) -> bool:
        """Whether the thinking markers are control tokens in this vocabulary (gpt-oss,
        Command R7B): the reply's text must then spell them, or the splitter never sees
        where the thinking ends (their text would be empty, the parts run together)."""
        if self._control_markers is None:
            fmt = self.reasoning
            vocab = self._llama._model.vocab
            self._control_markers = fmt is not None and any(
                llama_cpp.llama_vocab_is_control(vocab, token)
                for marker in (fmt.start, fmt.end)
                for token in self._llama.tokenize(marker.encode("utf-8"), add_bos=False,
                                                  special=True))
        return self._control_markers

    def reasoning_for(self, think: str | None) -> ReasoningFormat | None:
        """The markers with the switch set to ``think``: forced open when the prompt
        for a first message then ends inside the reasoning."""
        if think not in self._reasoning:
            template = self.info.facts.chat_template
            found = reasoning_format(template)
            if found is not None:
                try:
                    prompt = self.build_prompt([ChatMessage("user", "Hello")], think)
                    found = reasoning_format(template,
                                             "".join(piece.text for piece in prompt.pieces))
                except LlamaDeskError:
                    pass
            self._reasoning[think] = found
        return self._reasoning[think]

    @property
    def bos_text(self) -> str:
        return self.info.facts.bos_token or "<s>"

    @property
    def eos_text(self) -> str:
        return self.info.facts.eos_token or "</s>"

    def build_prompt(self, messages: Sequence[ChatMessage], think: str | None = None,
                     tools: Sequence[Mapping[str, Any]] | None = None) -> Prompt:
        """``think``: the thinking switch (SamplingParams.think), None for the template's
        own default; ``tools``: the functions the model may call (name, description,
        parameters). A trailing assistant message is a reply to carry on; a thinking
        model's goes on with its thinking as the model wrote it (reasoning.carried_on)."""
        carried = None
        if messages and messages[-1].role == "assistant":
            last = messages[-1]
            carried = carried_on(self.reasoning_for(think), last.reasoning, last.content)
            if carried is not None:
                messages = messages[:-1]
        messages, images = with_image_marks(messages)
        prompt = self._rendered(messages, think, tools)
        if images:
            prompt = split_image_marks(prompt, images)
        if carried is None:
            return prompt
        return replace(prompt, pieces=prompt.pieces + tuple(
            PromptPiece(PieceKind.TEMPLATE_TEXT if marker else PieceKind.TEXT, text)
            for text, marker in carried))

    def _rendered(self, messages: Sequence[ChatMessage], think: str | None,
                  tools: Sequence[Mapping[str, Any]] | None) -> Prompt:
        return build_prompt(
            self.info.template,
            messages,
            chat_template=self.info.facts.chat_template,
            bos_text=self.bos_text,
            eos_text=self.eos_text,
            # As llama.cpp: BOS when the vocabulary asks for it, once.
            add_bos=bool(self._llama._model.add_bos_token()),
            options=template_options(self.reasoning, think) if think is not None else None,
            tools=tools,
        )

    def tokenize_prompt(self, prompt: Prompt,
                        starts: list[tuple[int, int]] | None = None) -> list[int]:
        """The prompt's ids; message text is never parsed for control tokens. An
        image is its span of placeholder ids (``starts`` gets where each begins)."""
        if not prompt.images:
            return self._tokenizer.ids(prompt)
        return self._tokenizer.ids(
            prompt, lambda index: self._prepared(prompt.images[index]).ids, starts)

    def _prepared(self, image: ImageInput) -> PreparedImage:
        if self._projector is None:
            raise cannot_see(self.info)
        return self._projector.prepare(image)

    def prompt_tokens(self, prompt: Prompt) -> list[PromptToken]:
        """The ids with their pieces and where each came from (--show-tokens)."""
        return self._tokenizer.tokens(prompt)

    def fit(self, messages: Sequence[ChatMessage], reserve: int) -> FittedConversation:
        fitted, _, _ = self._fit_and_build(messages, reserve)
        return fitted

    def _fit_and_build(self, messages: Sequence[ChatMessage], reserve: int,
                       think: str | None = None,
                       tools: Sequence[Mapping[str, Any]] | None = None
                       ) -> tuple[FittedConversation, Prompt, list[int]]:
        """The fitted conversation with its prompt and ids: the chosen candidate was
        rendered while fitting, so a reply renders its prompt once, not twice."""
        built: dict[int, tuple[Prompt, list[int]]] = {}

        def count(candidate: Sequence[ChatMessage]) -> int:
            prompt = self.build_prompt(candidate, think, tools)
            tokens = self.tokenize_prompt(prompt)
            built[len(candidate)] = (prompt, tokens)
            return len(tokens)

        fitted = fit_to_context(messages, count, self.info.n_ctx, reserve,
                                message_tokens=self.message_tokens)
        prompt, tokens = built[len(fitted.messages)]
        return fitted, prompt, tokens

    def reply_reserve(self, params: SamplingParams) -> int:
        """The tokens a reply keeps room for: its max_tokens, else a quarter of the window."""
        return params.max_tokens or max(256, self.info.n_ctx // 4)

    def message_floor(self, message: ChatMessage) -> int:
        """The fewest tokens ``message`` can take inside a prompt."""
        return max(self.message_tokens(message) - BOUNDARY_SLACK, 0)

    def message_tokens(self, message: ChatMessage) -> int:
        """How many tokens ``message``'s text takes on its own (cached)."""
        key = (message.role, message.content)
        count = self._message_tokens.get(key)
        if count is None:
            if len(self._message_tokens) >= _MESSAGE_TOKEN_CACHE_SIZE:
                self._message_tokens.clear()
            count = len(self._llama.tokenize(message.content.encode("utf-8"), add_bos=False,
                                             special=False))
            self._message_tokens[key] = count
        # An image takes its span of positions (prepared once, kept by hash).
        return count + sum(len(self._prepared(image).ids) for image in message.images)

    # -- generation ----------------------------------------------------------

    @property
    def cached_tokens(self) -> int:
        """How many tokens the KV cache holds (the evaluated prompt and reply so far)."""
        return int(self._llama.n_tokens)

    def stop(self) -> None:
        """Ask the running generation to end; safe to call from any thread."""
        self._stop.set()

    def generate(
        self,
        messages: Sequence[ChatMessage],
        params: SamplingParams,
        on_text: Callable[[str], None],
        stop_event: threading.Event | None = None,
        conversation: object = None,
        on_logprob: Callable[[TokenLogprob], None] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> GenerationResult:
        """Stream a reply to ``messages``, calling ``on_text`` with each new piece.

        Setting ``stop_event`` (or calling :meth:`stop`) ends the reply between two
        tokens, or inside llama_decode while a long prompt is being read.
        ``conversation`` names the conversation (any hashable): switching to another
        one saves this one's state, and switching back restores it. ``on_logprob``:
        each token's TokenLogprob as it comes (with ``params.logprobs``). ``tools``: the
        functions the model may call, shown to it by its template.
        """
        self._on_logprob = on_logprob
        self._stop = stop_event or StopEvent()
        with self._abort.watching(self._stop), stopped_by(self._stop.is_set), self._noted():
            return self._generate(messages, params, on_text, conversation, tools)

    def complete(self, text: str, params: SamplingParams, on_text: Callable[[str], None],
                 stop_event: threading.Event | None = None,
                 on_logprob: Callable[[TokenLogprob], None] | None = None
                 ) -> GenerationResult:
        """Continue ``text`` as it is: no chat template, BOS first when the model
        wants one (the API's /v1/completions). Text longer than the context loses
        its beginning."""
        self._on_logprob = on_logprob
        self._stop = stop_event or StopEvent()
        with self._abort.watching(self._stop), stopped_by(self._stop.is_set), self._noted():
            tokens = self._llama.tokenize(text.encode("utf-8"), add_bos=True, special=False)
            reserve = self.reply_reserve(params)
            room = max(1, self.info.n_ctx - min(reserve, self.info.n_ctx // 2))
            if len(tokens) > room:
                tokens = tokens[:1] + tokens[len(tokens) - room + 1:]
            self._switch_to(("raw text",), tokens)
            return self._decode(tokens, params.stop, params, on_text, continuing=True,
                                dropped=0)

    def _noted(self) -> contextlib.AbstractContextManager[None]:
        if self._activity is None:
            return contextlib.nullcontext()
        activities, answering = self._activity
        return activities.during("chat", replace(answering, started=time.time()))

    def _generate(self, messages: Sequence[ChatMessage], params: SamplingParams,
                  on_text: Callable[[str], None], conversation: object,
                  tools: Sequence[Mapping[str, Any]] | None = None) -> GenerationResult:
        reserve = self.reply_reserve(params)
        fitted, prompt, prompt_tokens = self._fit_and_build(messages, reserve, params.think,
                                                            tools)
        images = None
        if prompt.images:
            starts: list[tuple[int, int]] = []
            prompt_tokens = self.tokenize_prompt(prompt, starts)
            images = ImageSpans(self._projector, [
                (start, self._prepared(prompt.images[index])) for index, start in starts])
        self._switch_to(conversation, prompt_tokens)
        # Continuing a reply: its next piece may rightly start with a space.
        continuing = bool(messages) and messages[-1].role == "assistant"
        return self._decode(prompt_tokens, (*prompt.stop, *params.stop), params, on_text,
                            continuing=continuing, dropped=fitted.dropped, images=images)

    def _decode(self, prompt_tokens: list[int], stop: tuple[str, ...], params: SamplingParams,
                on_text: Callable[[str], None], *, continuing: bool,
                dropped: int, images: ImageSpans | None = None) -> GenerationResult:
        seed = params.seed
        if seed is None:
            seed = int.from_bytes(os.urandom(4), "little") >> 1
        started = time.perf_counter()
        first_token_at: float | None = None
        pieces: list[str] = []
        outcome = DecodeOutcome(on_logprob=self._on_logprob)
        sampling = Sampling(temperature=params.temperature,
                            top_k=params.top_k or TOP_K_PREFILTER, top_p=params.top_p,
                            min_p=params.min_p, repeat_penalty=params.repeat_penalty,
                            seed=seed, logit_bias=params.logit_bias,
                            presence_penalty=params.presence_penalty,
                            frequency_penalty=params.frequency_penalty, grammar=params.grammar,
                            grammar_triggers=params.grammar_triggers, logprobs=params.logprobs)
        speculative, draft = self._speculation(params)
        try:
            for text in sample_tokens(self._llama, prompt_tokens, sampling, params.max_tokens,
                                      stop, self._stop, outcome,
                                      reading=lambda: self._abort.armed(self._stop),
                                      render_control=self.markers_are_control,
                                      images=images,
                                      speculative=speculative, draft=draft,
                                      max_guess=params.speculative_tokens
                                      or self.speculative_tokens,
                                      healthy=self._check_pool):
                if not pieces and not continuing:
                    text = text.lstrip()  # SentencePiece's leading space is not content
                    if not text:
                        continue
                if first_token_at is None:
                    first_token_at = time.perf_counter()
                pieces.append(text)
                on_text(text)
        except RuntimeError as error:
            if self._stop.is_set():
                # The abort flag ended a llama_decode mid-prompt; the next reply trims
                # the KV cache back to what was complete.
                outcome.finish_reason = "cancelled"
            else:
                log.exception("Generation failed")
                raise GenerationError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The model failed while answering: %1"), error)) from None
        ended = time.perf_counter()
        finish_reason = outcome.finish_reason
        completion_tokens = outcome.completion_tokens
        evaluated = outcome.evaluated_prompt_tokens
        ttft = None if first_token_at is None else (first_token_at - started) * 1000
        decode_time = ended - (first_token_at or ended)
        tps = completion_tokens / decode_time if decode_time > 0 and completion_tokens > 1 else None
        return GenerationResult(
            text="".join(pieces),
            finish_reason=finish_reason,
            prompt_tokens=len(prompt_tokens),
            completion_tokens=completion_tokens,
            time_to_first_token_ms=ttft,
            tokens_per_second=tps,
            seed=seed,
            dropped_messages=dropped,
            evaluated_prompt_tokens=evaluated,
            n_ctx=self.info.n_ctx,
            logprobs=tuple(outcome.logprobs or ()),
            guessed_tokens=outcome.guessed,
            accepted_tokens=outcome.accepted,
        )

    def _check_pool(self) -> None:
        """Raises PoolWorkerLost once a pool worker has vanished: the logits after it
        are stand-ins (pool/relay.py), so nothing more is sampled from them."""
        if self.lost_worker is None and self._pool_broken is not None:
            self.lost_worker = self._pool_broken()
        if self.lost_worker is not None:
            raise PoolWorkerLost(self.lost_worker)

    def _switch_to(self, conversation: object, prompt_tokens: list[int]) -> None:
        if self._states is None or conversation is None:
            return
        if conversation != self._conversation:
            if self._conversation is not None:
                self._states.save(self._llama, self._conversation)
            self._states.restore(self._llama, conversation, prompt_tokens)
            self._conversation = conversation

    def use_draft(self, path: Path) -> DraftModel:
        """The draft model at ``path``, loaded beside this one (once; another path
        replaces it). ModelLoadError (DraftError: another vocabulary) says why not."""
        path = Path(path)
        if self._draft is not None and self._draft.path == path.resolve():
            return self._draft
        if self._draft is not None:
            self._draft.close()
            self._draft = None
        self._draft = DraftModel.open(path, self._llama, gpu_layers=self.info.n_gpu_layers,
                                      repack=self.info.repack)
        return self._draft

    def set_speculation(self, mode: str, tokens: int) -> tuple[str, ...]:
        """The model's speculative decoding setting. A draft is loaded now; one that
        cannot guess for this model is said in the notes returned (why, and what
        instead), and lookup ("auto") guesses instead."""
        self.speculative_tokens = tokens
        self.speculative = mode
        if not mode.startswith("draft:"):
            return ()
        try:
            self.use_draft(Path(mode.removeprefix("draft:")))
        except LlamaDeskError as error:
            log.warning("Draft model refused: %s", error)
            self.speculative = "auto"
            why = error.args[0] if error.args else str(error)
            return (why, Note(QT_TRANSLATE_NOOP(
                "messages", "Replies are sped up by prompt lookup instead.")))
        return ()

    def _speculation(self, params: SamplingParams) -> tuple[str, DraftModel | None]:
        mode = params.speculative or self.speculative
        if not mode.startswith("draft:"):
            return mode, None
        try:
            return "draft", self.use_draft(Path(mode.removeprefix("draft:")))
        except LlamaDeskError as error:
            # The reply goes on, guessing by lookup: a draft moved or deleted since it
            # was chosen (the choice was checked then) must not cost the reply.
            log.warning("The draft model is not used: %s", error)
            return "draft", None

    def close(self) -> None:
        """Free the model's memory now rather than whenever the GC runs."""
        if self._draft is not None:
            self._draft.close()
            self._draft = None
        if self._projector is not None:
            self._projector.close()
            self._projector = None
        self._llama.close()


def _lost_while_loading(worker: str) -> ModelLoadError:
    return ModelLoadError(Note(QT_TRANSLATE_NOOP(
        "messages", "The pool worker %1 stopped answering while the model loaded."), worker))
