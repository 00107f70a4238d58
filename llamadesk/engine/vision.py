"""A vision model's projector (mmproj): found beside the model, loaded with
llama.cpp's libmtmd, and images turned into what the model reads.

An image enters a prompt as a span of positions. llama.cpp's own helper encodes it
(the projector's vision encoder) and decodes the embeddings into the context; the
span's place in the token list holds placeholder ids made from the image's hash
(negative, so never a vocabulary id), so the prompt cache sees the same image at
the same place as the same tokens and a later turn reuses it."""

from __future__ import annotations

import ctypes
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import llama_cpp

from llamadesk.engine.images import DecodedImage, ImageInput, decode_image
from llamadesk.engine.options import LoadedModel
from llamadesk.errors import GenerationError, ModelLoadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

log = logging.getLogger(__name__)


def libmtmd() -> Any | None:
    """llama.cpp's multimodal library, or None when this build has none."""
    try:
        from llama_cpp import mtmd_cpp
    except (ImportError, OSError, FileNotFoundError):
        return None
    return mtmd_cpp


def find_projector(model: Path) -> Path | None:
    """The projector for ``model``: the one named for it (as downloads store it,
    ``mmproj-<model>.gguf``), else the only ``mmproj*.gguf`` in a folder that holds
    no other model (the layout of the Hub's cache and LM Studio's folders)."""
    from llamadesk.models.discover import projector_file_name, split_name

    named = model.with_name(projector_file_name(model.name))
    if named.is_file():
        return named
    try:
        ggufs = [p for p in model.parent.iterdir()
                 if p.name.lower().endswith(".gguf") and p.is_file()]
    except OSError:
        return None
    projectors = [p for p in ggufs if p.name.lower().startswith("mmproj")]
    models = {(split_name(p.name) or (p.stem, 1, 1))[0] for p in ggufs
              if p not in projectors}
    # Beside other models (LlamaDesk's own folder), a lone projector may be any of
    # theirs: only the one named for the model counts there.
    return projectors[0] if len(projectors) == 1 and len(models) == 1 else None


# Architectures whose GGUF is always a vision model's text half.
_VISION_ARCHITECTURES = {"qwen2vl", "qwen25vl", "qwen3vl", "qwen3vlmoe", "mllama", "llava",
                         "glm4v", "kimivl", "lfm2vl"}
_VISION_NAMES = ("vision", "llava", "smolvlm", "pixtral", "moondream", "minicpm-v",
                 "internvl")
# "VL" as a word of the name: Qwen2.5-VL-3B, "Qwen2.5 VL 3B", tiny_vl.gguf.
_VL = re.compile(r"(^|[\s._-])vl([\s._-]|$)")


def might_see(architecture: str, name: str, parameters: int) -> bool:
    """Whether a model is likely the text half of a vision model, so its projector is
    worth asking for: by architecture, by name (give its file name too), or Gemma 3
    from 4B up (its 270M and 1B read no images). A guess for a question, never a
    refusal."""
    lowered = name.lower()
    return architecture in _VISION_ARCHITECTURES \
        or any(mark in lowered for mark in _VISION_NAMES) or bool(_VL.search(lowered)) \
        or (architecture == "gemma3" and parameters >= 3_000_000_000)


def check_projector(path: Path) -> None:
    """ModelLoadError with the reason unless ``path`` is a projector GGUF."""
    from llamadesk.engine.gguf_header import GGUFFormatError, read_header

    try:
        header = read_header(path)
    except (OSError, GGUFFormatError) as error:
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is not a projector GGUF (%2)."), path.name, error)) from None
    architecture = header.fields.get("general.architecture", (0, ""))[1]
    if architecture != "clip":
        raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is a model, not a projector: a projector's name usually starts "
            "with mmproj."), path.name))


def cannot_see(info: LoadedModel) -> GenerationError:
    """The error for images sent to a model that cannot read them, with why."""
    return GenerationError(Note(QT_TRANSLATE_NOOP(
        "messages", "%1 cannot read images: %2"), info.facts.name, info.no_images or ""))


def placeholder_ids(sha256: str, count: int) -> list[int]:
    """The ids a span of image positions holds in the token list: below zero, from
    the image's hash, so the same image at the same place matches."""
    start = int(sha256[:8], 16)
    return [-1 - ((start + n) % (1 << 30)) for n in range(count)]


@dataclass
class PreparedImage:
    """An image tokenized for this model: the text the projector puts around it
    (Gemma 3's <start_of_image>), and its span of positions."""

    sha256: str
    before: list[int]
    positions: int
    after: list[int]
    chunk: Any = field(repr=False)  # an mtmd image chunk, owned here

    @property
    def ids(self) -> list[int]:
        return [*self.before, *placeholder_ids(self.sha256, self.positions), *self.after]

    @property
    def span(self) -> tuple[int, int]:
        """Where the image's positions sit inside ``ids``."""
        return len(self.before), len(self.before) + self.positions


class Projector:
    """A projector loaded beside a model (one llama.cpp model, one mtmd context)."""

    def __init__(self, path: Path, llama: llama_cpp.Llama, *, use_gpu: bool,
                 threads: int) -> None:
        mtmd = libmtmd()
        if mtmd is None:
            raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
                "messages", "This build of the engine cannot read images (it has no "
                "libmtmd).")))
        self._mtmd = mtmd
        self.path = path
        params = mtmd.mtmd_context_params_default()
        params.use_gpu = use_gpu  # the projector runs where the model does
        params.n_threads = threads
        params.print_timings = False
        params.warmup = True
        self._ctx = mtmd.mtmd_init_from_file(str(path).encode(), llama._model.model, params)
        if not self._ctx:
            raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The projector %1 could not be loaded with this model: it may be "
                "damaged, or made for another model (its width must match the model's)."),
                path.name))
        if not mtmd.mtmd_support_vision(self._ctx):
            self.close()
            raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is not a vision projector (it reads no images)."), path.name))
        self._llama = llama
        self._cache: dict[str, PreparedImage] = {}
        # Held while the encoder runs (on a thread of its own, so Stop need not wait).
        self._busy = threading.Lock()

    def prepare(self, attached: ImageInput) -> PreparedImage:
        """Tokenize one image for this model, kept by hash while loaded: a prompt asks
        for each of its images several times (fitting, then reading), and the pixels
        are decoded only the first."""
        known = self._cache.get(attached.sha256)
        if known is not None:
            return known
        image: DecodedImage = decode_image(attached)
        mtmd = self._mtmd
        pixels = (ctypes.c_uint8 * len(image.rgb)).from_buffer_copy(image.rgb)
        bitmap = mtmd.mtmd_bitmap_init(image.width, image.height, pixels)
        chunks = mtmd.mtmd_input_chunks_init()
        try:
            mtmd.mtmd_bitmap_set_id(bitmap, image.sha256.encode())
            marker = mtmd.mtmd_default_marker()
            text = mtmd.mtmd_input_text()
            text.text, text.text_len = marker, len(marker)
            text.add_special, text.parse_special = False, True
            bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
            if mtmd.mtmd_tokenize(self._ctx, chunks, ctypes.byref(text), bitmaps, 1) != 0:
                raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The projector could not read this image.")))
            before: list[int] = []
            after: list[int] = []
            chunk, positions = None, 0
            for index in range(mtmd.mtmd_input_chunks_size(chunks)):
                part = mtmd.mtmd_input_chunks_get(chunks, index)
                if mtmd.mtmd_input_chunk_get_type(part) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                    count = ctypes.c_size_t(0)
                    tokens = mtmd.mtmd_input_chunk_get_tokens_text(part, ctypes.byref(count))
                    (before if chunk is None else after).extend(
                        int(tokens[i]) for i in range(count.value))
                elif chunk is None:
                    chunk = mtmd.mtmd_input_chunk_copy(part)
                    positions = int(mtmd.mtmd_input_chunk_get_n_pos(part))
            if chunk is None:
                raise ModelLoadError(Note(QT_TRANSLATE_NOOP(
                    "messages", "The projector could not read this image.")))
        finally:
            mtmd.mtmd_input_chunks_free(chunks)
            mtmd.mtmd_bitmap_free(bitmap)
        prepared = PreparedImage(image.sha256, before, positions, after, chunk)
        self._cache[image.sha256] = prepared
        return prepared

    def evaluate(self, prepared: PreparedImage, n_past: int, n_batch: int,
                 stopped: Callable[[], bool] = lambda: False) -> int:
        """Encode the image and decode it into the context at ``n_past``; returns
        the position after it. ``stopped`` is asked while the encoder runs: the
        vision encoder cannot be interrupted, so on a Stop it is left to finish on
        its own thread (the next image waits for it) and RuntimeError says the
        reply stopped; a stop in the decode after it is llama.cpp's abort flag."""
        self._busy.acquire()  # an encoder left running by a Stop ends first
        finished = threading.Event()
        outcome = [0]

        def encode() -> None:
            try:
                outcome[0] = self._mtmd.mtmd_encode_chunk(self._ctx, prepared.chunk)
            finally:
                finished.set()
                self._busy.release()

        threading.Thread(target=encode, name="llamadesk-image", daemon=True).start()
        while not finished.wait(0.05):
            if stopped():
                raise RuntimeError("stopped while the image was read")
        if outcome[0] != 0:
            raise RuntimeError(f"encoding the image failed ({outcome[0]})")
        with self._busy:
            embeddings = self._mtmd.mtmd_get_output_embd(self._ctx)
            after = llama_cpp.llama_pos(0)
            result = self._mtmd.mtmd_helper_decode_image_chunk(
                self._ctx, self._llama.ctx, prepared.chunk, embeddings, n_past, 0, n_batch,
                ctypes.byref(after), self._mtmd.mtmd_helper_post_decode_callback(), None)
        if result != 0:
            raise RuntimeError(f"decoding the image failed ({result})")
        return int(after.value)

    def close(self) -> None:
        with self._busy:  # an encoder still running after a Stop
            pass
        for prepared in self._cache.values():
            self._mtmd.mtmd_input_chunk_free(prepared.chunk)
        self._cache.clear()
        if self._ctx:
            self._mtmd.mtmd_free(self._ctx)
            self._ctx = None


def open_projector(wanted: Path | bool | None, model: Path, llama: llama_cpp.Llama,
                    on_gpu: bool, threads: int) -> tuple[Projector | None, str | None]:
    """The projector to load with ``model`` (LoadOptions.projector), and when there
    is none, why the model cannot read images, in words."""
    if wanted is False:
        return None, Note(QT_TRANSLATE_NOOP("messages", "no projector was loaded with it."))
    path = wanted if isinstance(wanted, Path) else find_projector(model)
    if path is None:
        return None, Note(QT_TRANSLATE_NOOP(
            "messages", "it is not a vision model, or its projector file (mmproj\u2026.gguf) "
            "is not beside it."))
    if libmtmd() is None:
        return None, Note(QT_TRANSLATE_NOOP(
            "messages", "this build of the engine has no image support (libmtmd)."))
    try:
        return Projector(path, llama, use_gpu=on_gpu, threads=threads), None
    except ModelLoadError as error:
        if isinstance(wanted, Path):
            raise  # asked for by name: said, not skipped
        log.warning("Projector %s not loaded: %s", path, error)
        return None, str(error)
