"""This computer's memory, judged one way for every "which model fits" question.

The window used total RAM and the terminal free RAM plus VRAM, so the two
recommended different models on the same machine. A catalog recommendation is a
download decision, so it uses total RAM (what is free changes by the minute and
is planned for at load time, engine/placement.py) plus the free memory of the
GPU where one is known.
"""

from __future__ import annotations

from dataclasses import dataclass

from llamadesk.models.catalog import FitReport, assess, load_catalog


@dataclass(frozen=True)
class MachineMemory:
    ram_total: int
    vram_free: int = 0


def machine_memory(vram_free: int = 0) -> MachineMemory:
    """Total RAM from the OS; ``vram_free`` from the GPU backend when the caller knows it
    (asking llama.cpp costs the window a third of a second)."""
    import psutil

    return MachineMemory(int(psutil.virtual_memory().total), vram_free)


def machine_fit(memory: MachineMemory | None = None) -> list[FitReport]:
    """The catalog labelled for this computer."""
    memory = memory or machine_memory()
    return assess(load_catalog(), memory.ram_total, memory.vram_free)
