"""The curated list for people who do not want to search: Llama 2 first (the catalog's
recommendation for this computer), then current families, each with one or two good
quantizations and what the fit and speed estimates need. Read from a versioned data
file (resources/recommended.json), so a release can change the list without code."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from typing import Any

from llamadesk.models.catalog import CatalogEntry, FitReport, assess, load_catalog
from llamadesk.models.machine import MachineMemory, machine_memory

SCHEMA = "llamadesk.recommended"
VERSION = 1


def _families() -> list[dict[str, Any]]:
    raw = resources.files("llamadesk.resources").joinpath("recommended.json") \
        .read_text("utf-8")
    data = json.loads(raw)
    if data.get("schema") != SCHEMA or data.get("version") != VERSION:
        raise ValueError(f"recommended.json is not {SCHEMA} version {VERSION}")
    families: list[dict[str, Any]] = data["families"]
    return families


def load_recommended(families: list[dict[str, Any]] | None = None) -> list[CatalogEntry]:
    """The curated entries after Llama 2, in the file's order."""
    entries = []
    for family in families if families is not None else _families():
        if family.get("catalog"):
            continue  # Llama 2: the catalog's own entries
        arch = family["architecture"]
        for variant in family["variants"]:
            entries.append(CatalogEntry(
                id=f"{family['id']}-{variant['quantization'].lower()}",
                name=family["name"], size=family["size"],
                quantization=variant["quantization"], repo=family["repo"],
                files=(variant["file"],), filename=variant["file"],
                official_repo=family["official_repo"], license=family["license"],
                parameters=family["parameters"], context_length=family["context_length"],
                layers=arch["layers"], embedding=arch["embedding"], heads=arch["heads"],
                kv_heads=arch["kv_heads"], projector=family.get("projector", ""),
                active_parameters=family.get("active_parameters", 0),
                strengths=tuple(family.get("strengths", ()))))
    return entries


def recommended(memory: MachineMemory | None = None) -> list[FitReport]:
    """Llama 2's variant for this computer first, then every curated entry, each with
    its fit and expected speed here. ``recommended`` marks the Llama 2 variant."""
    memory = memory or machine_memory()
    families = _families()
    strengths = tuple(families[0].get("strengths", ()))
    llama2 = [replace(r, entry=replace(r.entry, strengths=strengths))
              for r in assess(load_catalog(), memory.ram_total, memory.vram_free)
              if r.recommended]
    others = [FitReport(r.entry, r.needed, r.fit, False, r.tokens_per_second)
              for r in assess(load_recommended(families), memory.ram_total, memory.vram_free)]
    return llama2 + others


def find_recommended(entry_id: str) -> CatalogEntry | None:
    return next((e for e in load_recommended() if e.id == entry_id), None)
