"""Reads a GGUF file's key-value metadata and tensor table in milliseconds.

gguf's own GGUFReader turns every array into numpy objects, the whole vocabulary
included: 11 s and 750 MB for a 262k-token Gemma vocabulary, on every load. This
reader walks the header once over a memory map and keeps arrays as (type, count,
offset): fixed-size arrays are skipped by length, string arrays by their length
fields, remembering an offset every 256 strings so that a token's text (BOS,
EOS) is found again in at most 256 steps.

Every length is checked against the file's size, so a damaged or hostile header
raises GGUFFormatError instead of reading past the end or allocating gigabytes.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GGUF_MAGIC = b"GGUF"

# GGUF value types (gguf.GGUFValueType).
UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY, UINT64, INT64, \
    FLOAT64 = range(13)
INTEGER_TYPES = frozenset({UINT8, INT8, UINT16, INT16, UINT32, INT32, UINT64, INT64})
_SCALARS: dict[int, struct.Struct] = {
    UINT8: struct.Struct("<B"), INT8: struct.Struct("<b"), UINT16: struct.Struct("<H"),
    INT16: struct.Struct("<h"), UINT32: struct.Struct("<I"), INT32: struct.Struct("<i"),
    FLOAT32: struct.Struct("<f"), BOOL: struct.Struct("<?"), UINT64: struct.Struct("<Q"),
    INT64: struct.Struct("<q"), FLOAT64: struct.Struct("<d"),
}
_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")
_CHECKPOINT_EVERY = 256
# Arrays shorter than this are read in full (per-layer head counts and the like).
_SMALL_ARRAY = 4096
# No metadata string is this long; a length beyond it is damage, not data.
_MAX_STRING = 256 << 20

# ggml tensor types: (elements per block, bytes per block), as ggml's type traits
# (gguf.GGML_QUANT_SIZES). Kept here so that reading a header needs no numpy.
GGML_TYPE_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 40), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176),
    14: (256, 210), 15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98),
    19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82), 23: (256, 136),
    24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 29: (256, 56),
    30: (1, 2), 34: (256, 54), 35: (256, 66), 39: (32, 17), 40: (64, 36),
    41: (128, 18),
}


class GGUFFormatError(ValueError):
    """The header is damaged, cut short or not what GGUF allows."""


@dataclass(frozen=True)
class ArrayValue:
    """An array left in the file: its element type, length and where it starts."""

    element_type: int
    count: int
    offset: int
    # Offsets of every 256th element of a string array.
    checkpoints: tuple[int, ...] = ()


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int  # from the start of the data section

    @property
    def n_elements(self) -> int:
        count = 1
        for dimension in self.shape:
            count *= dimension
        return count

    @property
    def n_bytes(self) -> int | None:
        sizes = GGML_TYPE_SIZES.get(self.ggml_type)
        if sizes is None:
            return None
        block, size = sizes
        return self.n_elements // block * size


@dataclass
class GGUFHeader:
    version: int
    # key -> (GGUF value type, value); arrays are ArrayValue unless short.
    fields: dict[str, tuple[int, Any]]
    tensors: list[TensorInfo]
    data_offset: int
    _path: Path = field(repr=False)

    def string_at(self, array: ArrayValue, index: int) -> str | None:
        """Element ``index`` of a string array, read from the file."""
        if array.element_type != STRING or not 0 <= index < array.count:
            return None
        checkpoint = index // _CHECKPOINT_EVERY
        if checkpoint >= len(array.checkpoints):
            return None
        with self._path.open("rb") as handle, mmap.mmap(handle.fileno(), 0,
                                                        access=mmap.ACCESS_READ) as view:
            position = array.checkpoints[checkpoint]
            for _ in range(index - checkpoint * _CHECKPOINT_EVERY):
                position += 8 + _U64.unpack_from(view, position)[0]
            return _read_string(view, position, len(view))[0]


def _need(size: int, position: int, end: int) -> None:
    if position + size > end or size < 0:
        raise GGUFFormatError("the header runs past the end of the file")


def _read_string(view: Any, position: int, end: int) -> tuple[str, int]:
    _need(8, position, end)
    length = _U64.unpack_from(view, position)[0]
    if length > _MAX_STRING:
        raise GGUFFormatError(f"a string of {length:,} bytes")
    position += 8
    _need(length, position, end)
    return bytes(view[position:position + length]).decode("utf-8", "replace"), position + length


def _skip_strings(view: Any, position: int, end: int, count: int) -> tuple[int, list[int]]:
    """Past ``count`` strings from ``position``: the hot loop of a large vocabulary."""
    checkpoints = []
    unpack = _U64.unpack_from
    try:
        for start in range(0, count, _CHECKPOINT_EVERY):
            checkpoints.append(position)
            for _ in range(min(_CHECKPOINT_EVERY, count - start)):
                position += 8 + unpack(view, position)[0]
    except (struct.error, OverflowError):  # a length field beyond the end of the file
        raise GGUFFormatError("a string array runs past the end of the file") from None
    if position > end:
        raise GGUFFormatError("a string array runs past the end of the file")
    return position, checkpoints


def _read_value(view: Any, value_type: int, position: int, end: int) -> tuple[Any, int]:
    if value_type == STRING:
        return _read_string(view, position, end)
    if value_type == ARRAY:
        _need(12, position, end)
        element_type = _U32.unpack_from(view, position)[0]
        count = _U64.unpack_from(view, position + 4)[0]
        position += 12
        if element_type == ARRAY:
            raise GGUFFormatError("nested arrays")
        if element_type == STRING:
            if count > end - position:  # each string needs at least its 8-byte length
                raise GGUFFormatError("a string array longer than the file")
            if count <= _SMALL_ARRAY:
                items = []
                for _ in range(count):
                    item, position = _read_string(view, position, end)
                    items.append(item)
                return items, position
            after, checkpoints = _skip_strings(view, position, end, count)
            return ArrayValue(STRING, count, position, tuple(checkpoints)), after
        scalar = _SCALARS.get(element_type)
        if scalar is None:
            raise GGUFFormatError(f"unknown array element type {element_type}")
        size = scalar.size * count
        _need(size, position, end)
        if count <= _SMALL_ARRAY:
            items = [scalar.unpack_from(view, position + i * scalar.size)[0]
                     for i in range(count)]
            return items, position + size
        return ArrayValue(element_type, count, position), position + size
    scalar = _SCALARS.get(value_type)
    if scalar is None:
        raise GGUFFormatError(f"unknown value type {value_type}")
    _need(scalar.size, position, end)
    return scalar.unpack_from(view, position)[0], position + scalar.size


def read_header(path: Path) -> GGUFHeader:
    """The metadata and tensor table of ``path``; GGUFFormatError if they are damaged."""
    with path.open("rb") as handle:
        try:
            view = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            raise GGUFFormatError("the file is empty") from None
        with view:
            return _parse(view, path)


def _parse(view: Any, path: Path) -> GGUFHeader:
    end = len(view)
    _need(24, 0, end)
    if bytes(view[:4]) != GGUF_MAGIC:
        raise GGUFFormatError("not a GGUF file")
    version = _U32.unpack_from(view, 4)[0]
    n_tensors = _U64.unpack_from(view, 8)[0]
    n_fields = _U64.unpack_from(view, 16)[0]
    # Each field takes at least 12 bytes and each tensor at least 24: more than the
    # file can hold is a damaged count, not a reason to loop for ever.
    if n_fields * 12 > end or n_tensors * 24 > end:
        raise GGUFFormatError("impossible field or tensor counts")
    position = 24
    fields: dict[str, tuple[int, Any]] = {}
    for _ in range(n_fields):
        key, position = _read_string(view, position, end)
        _need(4, position, end)
        value_type = _U32.unpack_from(view, position)[0]
        value, position = _read_value(view, value_type, position + 4, end)
        fields[key] = (value_type, value)
    tensors = []
    for _ in range(n_tensors):
        name, position = _read_string(view, position, end)
        _need(4, position, end)
        n_dims = _U32.unpack_from(view, position)[0]
        if n_dims > 8:
            raise GGUFFormatError(f"a tensor with {n_dims} dimensions")
        _need(8 * n_dims + 12, position + 4, end)
        shape = tuple(_U64.unpack_from(view, position + 4 + 8 * i)[0] for i in range(n_dims))
        position += 4 + 8 * n_dims
        ggml_type = _U32.unpack_from(view, position)[0]
        offset = _U64.unpack_from(view, position + 4)[0]
        position += 12
        tensors.append(TensorInfo(name, shape, ggml_type, offset))
    alignment = fields.get("general.alignment", (UINT32, 32))[1]
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise GGUFFormatError("a bad alignment")
    data_offset = (position + alignment - 1) // alignment * alignment
    return GGUFHeader(version, fields, tensors, data_offset, path)
