"""A vision model imported without its projector: the terminal says how to add it,
`models projector` adds it (copied beside a copied model, recorded for one used in
place), and the model then reads images; a file that is not a projector is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.engine.vision import might_see
from llamadesk.errors import ModelLoadError
from llamadesk.models.license import LicenseStore
from llamadesk.models.manager import ModelManager
from tests.helpers.tiny_vision import write_tiny_projector
from tests.test_cli import llamadesk


def test_which_models_are_asked_about() -> None:
    assert might_see("qwen2vl", "Qwen2.5 VL 3B", 3_000_000_000)
    assert might_see("llama", "SmolVLM 256M Instruct", 256_000_000)
    assert might_see("gemma3", "Gemma 3 4B It", 3_880_000_000)
    assert not might_see("gemma3", "Gemma 3 270M", 268_000_000)
    assert not might_see("llama", "Llama 2 7B Chat", 6_700_000_000)
    assert might_see("llama", "Tiny VL tiny-VL.gguf", 1_000) and might_see("x", "a_vl.gguf", 1)
    assert not might_see("llama", "Evolved 7B evolved-7b.gguf", 7_000_000_000)


def test_a_projector_chosen_for_an_imported_model(tmp_path: Path) -> None:
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    model_file = write_tiny_llama(elsewhere / "tiny-VL.gguf", name="Tiny VL")
    (elsewhere / "other.gguf").write_bytes(model_file.read_bytes())  # not its own folder
    projector = write_tiny_projector(elsewhere / "mmproj-f16.gguf", 512)
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    in_place = manager.import_file(model_file, copy=False)
    with pytest.raises(ModelLoadError, match="is a model, not a projector"):
        manager.set_projector(in_place.id, model_file, copy=False)
    garbage = tmp_path / "mmproj-garbage.gguf"
    garbage.write_bytes(b"not a gguf")
    with pytest.raises(ModelLoadError, match="is not a projector GGUF"):
        manager.set_projector(in_place.id, garbage, copy=False)
    chosen = manager.set_projector(in_place.id, projector, copy=False)
    assert chosen.projector == str(projector.resolve()) and chosen.projector_asked
    assert manager.projector_for(model_file) == projector.resolve()
    manager.delete(in_place.id)
    copied = manager.import_file(model_file, copy=True)
    kept = manager.set_projector(copied.id, projector, copy=True)
    beside = Path(copied.path).with_name("mmproj-tiny-VL.gguf")
    assert kept.projector == str(beside) and beside.read_bytes() == projector.read_bytes()
    declined = manager.set_projector(copied.id, None, copy=True)
    assert declined.projector_asked


def test_the_terminal_says_how_and_then_sees(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    model_file = write_tiny_llama(folder / "tiny-vision.gguf", name="Tiny Vision")
    (folder / "another-model.gguf").write_bytes(model_file.read_bytes())
    projector = write_tiny_projector(folder / "mmproj-model-f16.gguf", 512)
    imported = llamadesk("models", "import", str(model_file), data_dir=data_dir)
    assert imported.returncode == 0, imported.stderr
    assert "looks like a vision model" in imported.stdout
    assert "llamadesk models projector tiny-vision PATH" in imported.stdout
    photo = tmp_path / "sun.png"
    Image.new("RGB", (40, 30), (255, 200, 0)).save(photo)
    blind = llamadesk("chat", "--model", "tiny-vision", "--image", str(photo), "Hi",
                      data_dir=data_dir)
    assert blind.returncode != 0 and "cannot read images" in blind.stderr
    added = llamadesk("models", "projector", "tiny-vision", str(projector), data_dir=data_dir)
    assert added.returncode == 0 and "reads images with mmproj-model-f16.gguf" in added.stdout
    seen = llamadesk("chat", "--model", "tiny-vision", "--image", str(photo), "Hi",
                     data_dir=data_dir)
    assert seen.returncode == 0, seen.stderr


def test_a_full_disk_says_so_and_leaves_nothing_half_copied(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import shutil

    from llamadesk.errors import LlamaDeskError

    model_file = write_tiny_llama(tmp_path / "tiny-VL.gguf", name="Tiny VL")
    projector = write_tiny_projector(tmp_path / "mmproj-f16.gguf", 512)
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    copied = manager.import_file(model_file, copy=True)

    def full(source: object, target: Path) -> None:
        Path(target).write_bytes(b"half")  # what a disk that fills mid-copy leaves
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(LlamaDeskError, match="could not be copied beside the model: No space"):
        manager.set_projector(copied.id, projector, copy=True)
    assert sorted(p.name for p in (tmp_path / "models").iterdir()
                  if p.suffix != ".json") == ["tiny-VL.gguf"]
    assert manager.registry.get(copied.id).projector is None  # type: ignore[union-attr]
