"""`llamadesk info`: this build's GPU support, the paths, and a model's facts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from llamadesk import __version__
    from llamadesk.engine.gguf_file import read_model_facts
    from llamadesk.engine.gpu import detect_backend
    from llamadesk.engine.placement import available_memory, format_bytes, plan_placement
    from llamadesk.engine.prompt import choose_template
    from llamadesk.engine.prompt_format import describe_format
    from llamadesk.paths import AppPaths

    backend = detect_backend()
    paths = AppPaths.resolve(args.data_dir)
    report: dict[str, object] = {
        "version": __version__,
        "backend": backend.backend,
        "gpu_offload": backend.offload_supported,
        "gpu_summary": backend.summary,
        "devices": [{"name": d.name, "description": d.description, "free_bytes": d.free_bytes,
                     "total_bytes": d.total_bytes} for d in backend.devices],
        "llama_cpp_system_info": backend.system_info,
        "data_dir": str(paths.data_dir), "log_file": str(paths.log_file),
        "models_dir": str(paths.models_dir),
    }
    if args.model:
        facts = read_model_facts(Path(args.model).expanduser())
        placement = plan_placement(facts, backend, available_memory())
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
            "plan": {"n_ctx": placement.n_ctx, "gpu_layers": placement.n_gpu_layers,
                     "ram_needed": placement.ram_needed, "notes": list(placement.notes)},
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"LlamaDesk {__version__}")
    print(f"GPU: {backend.summary}")
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
    return 0
