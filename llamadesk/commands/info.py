"""`llamadesk info`: this build's GPU support, the paths, and a model's facts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from llamadesk.engine import backends


def run(args: argparse.Namespace) -> int:
    from llamadesk import __version__
    from llamadesk.engine.gguf_file import read_model_facts
    from llamadesk.engine.gpu import detect_backend
    from llamadesk.engine.guard import EngineGuard
    from llamadesk.engine.placement import available_memory, format_bytes, plan_placement
    from llamadesk.engine.prompt import choose_template
    from llamadesk.engine.prompt_format import describe_format
    from llamadesk.engine.vision import find_projector, libmtmd
    from llamadesk.paths import AppPaths
    from llamadesk.pool import rpc as pool_rpc

    paths = AppPaths.resolve(args.data_dir)
    guard = EngineGuard.for_paths(paths)
    facts = read_model_facts(Path(args.model).expanduser()) if args.model else None
    checked = guard.probe.cached(facts) if facts is not None else None
    if checked is not None:
        # The CPU backend this model would run with, as its probe decided.
        variant = checked.config.cpu_variant
        backends.load_backends(None if variant == backends.BUILT_IN else variant)
    backend = detect_backend()
    build, loaded = backends.engine_build(), backends.loaded()
    assert loaded is not None  # detect_backend loads them
    report: dict[str, object] = {
        "version": __version__,
        "backend": backend.backend,
        "gpu_offload": backend.offload_supported,
        "gpu_summary": backend.summary,
        "devices": [{"name": d.name, "description": d.description, "free_bytes": d.free_bytes,
                     "total_bytes": d.total_bytes} for d in backend.devices],
        "llama_cpp_system_info": backend.system_info,
        "engine": {"llama_cpp_python": build.version, "build_id": build.build_id,
                   "cpu_variant": loaded.cpu_variant, "cpu_variants_usable": list(loaded.usable),
                   "cpu_variants_shipped": len(build.cpu_modules)},
        # libmtmd in this build: images for vision models (engine/vision.py).
        "images": libmtmd() is not None,
        # ggml-rpc in this build: pooling computers (llamadesk/pool/).
        "pool": pool_rpc.available(),
        "data_dir": str(paths.data_dir), "log_file": str(paths.log_file),
        "models_dir": str(paths.models_dir),
    }
    if facts is not None:
        placement = plan_placement(facts, backend, available_memory())
        projector = find_projector(facts.path)
        kind = choose_template(facts.architecture, facts.chat_template)
        trial = describe_format(kind, facts.chat_template, bos_text=facts.bos_token or "",
                                eos_text=facts.eos_token or "")
        report["model"] = {
            "name": facts.name, "architecture": facts.architecture,
            "quantization": facts.quantization, "parameters": facts.parameter_count,
            "file_size": facts.file_size, "context_length": facts.context_length,
            "template": trial.template.value,
            "template_note": trial.note,
            "builtin_format": trial.builtin_name,
            "bos": facts.bos_token, "eos": facts.eos_token,
            "projector": str(projector) if projector else None,
            "sees_images": projector is not None and libmtmd() is not None,
            "plan": {"n_ctx": placement.n_ctx, "gpu_layers": placement.n_gpu_layers,
                     "ram_needed": placement.ram_needed, "notes": list(placement.notes)},
            # None until the model's first use on this computer (engine/cpu_probe.py).
            "engine_check": None if checked is None else {
                "cpu_variant": checked.config.cpu_variant, "repack": checked.config.repack,
                "failed": list(checked.failed), "note": checked.note},
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"LlamaDesk {__version__}")
    print(f"GPU: {backend.summary}")
    print(f"Engine: {build.label}, CPU backend {_variant_text(loaded)}, images "
          + ("supported" if report["images"] else "not in this build") + ", pooling "
          + ("available (llama.cpp RPC)" if report["pool"] else "not in this build"))
    print(f"Data: {paths.data_dir}\nLogs: {paths.log_file}")
    model = report.get("model")
    if isinstance(model, dict):
        plan = model["plan"]
        print(f"Model: {model['name']} ({model['architecture']}, {model['quantization']}, "
              f"{model['parameters']:,} parameters, {format_bytes(model['file_size'])})")
        print(f"  trained context {model['context_length']}, template {model['template']}"
              + (f" ({model['builtin_format']})" if model["builtin_format"] else ""))
        if model["template_note"]:
            print(f"  {model['template_note']}")
        print(f"  plan: context {plan['n_ctx']:,}, {plan['gpu_layers']} GPU layers, "
              f"about {format_bytes(plan['ram_needed'])} of RAM")
        for note in plan["notes"]:
            print(f"  {note}")
        if model["sees_images"]:
            print(f"  sees images (projector {Path(str(model['projector'])).name})")
        else:
            print("  does not see images: " + (
                "this engine build has no image support" if model["projector"]
                else "it is not a vision model, or its projector (mmproj\u2026.gguf) is not "
                "beside it"))
        check = model["engine_check"]
        if check is None:
            print("  engine check: not yet (a short probe runs before its first use)")
        else:
            print(f"  engine check: {check['cpu_variant']}, repacked weights "
                  f"{'on' if check['repack'] else 'off'}")
            if check["note"]:
                print(f"  {check['note']}")
    return 0


def _variant_text(loaded: backends.LoadedBackends) -> str:
    if not loaded.usable:
        return f"{loaded.cpu_variant} (one backend, compiled for this build)"
    best = loaded.usable[0]
    ranked = "the best" if loaded.cpu_variant == best else f"below {best}, the best"
    return (f"{loaded.cpu_variant} ({ranked} of {len(loaded.usable)} variants this CPU "
            "runs)")
