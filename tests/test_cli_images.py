"""`llamadesk chat --image`: the image is read first (a bad file is refused before a
model loads), stored with the message, and read by the model through its projector;
a model that cannot see says so and nothing is stored. `info` says which it is."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from tests.helpers.tiny_gguf import REPLY
from tests.helpers.tiny_vision import write_tiny_projector
from tests.test_cli import llamadesk


@pytest.fixture(scope="module")
def vision_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeing")
    model = write_tiny_llama(folder / "tiny-seeing.gguf")
    write_tiny_projector(folder / "mmproj-tiny-seeing.gguf", 512)
    return model


def _photo(path: Path) -> Path:
    Image.new("RGB", (64, 48), (250, 200, 0)).save(path, "JPEG")
    return path


def _count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(next(data_dir.rglob("history.sqlite3"))) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_chat_with_an_image(vision_model: Path, data_dir: Path, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "sun.jpg")
    said = llamadesk("chat", "--model", str(vision_model), "--image", str(photo),
                     "What is in the picture?", data_dir=data_dir)
    assert said.returncode == 0, said.stderr
    assert said.stdout.strip()  # a reply, after the image
    assert _count(data_dir, "images") == 1 and _count(data_dir, "message_images") == 1
    with sqlite3.connect(next(data_dir.rglob("history.sqlite3"))) as db:
        stored = db.execute("SELECT data, mime, name FROM images").fetchone()
    assert stored == (photo.read_bytes(), "image/jpeg", "sun.jpg")  # as it came
    # Markdown cannot hold a picture: it goes with its images in a zip, and says so.
    exported = llamadesk("export", "--format", "md", "--output", str(tmp_path / "sun.md"),
                         data_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    assert "with its images, in a zip" in exported.stdout
    assert (tmp_path / "sun.zip").is_file() and not (tmp_path / "sun.md").exists()
    info = llamadesk("info", "--json", "--model", str(vision_model), data_dir=data_dir)
    report = json.loads(info.stdout)
    assert report["images"] and report["model"]["sees_images"]
    assert report["model"]["projector"].endswith("mmproj-tiny-seeing.gguf")


def test_bad_images_and_blind_models_are_refused_first(tiny_model: Path, data_dir: Path,
                                                        tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture")
    bad = llamadesk("chat", "--model", str(tiny_model), "--image", str(notes), "Hi",
                    data_dir=data_dir)
    assert bad.returncode != 0 and "notes.png is not an image" in bad.stderr
    missing = llamadesk("chat", "--model", str(tiny_model), "--image",
                        str(tmp_path / "gone.png"), "Hi", data_dir=data_dir)
    assert missing.returncode != 0 and "gone.png cannot be read" in missing.stderr
    blind = llamadesk("chat", "--model", str(tiny_model), "--image",
                      str(_photo(tmp_path / "sun.jpg")), "Hi", data_dir=data_dir)
    assert blind.returncode != 0 and "cannot read images" in blind.stderr, blind.stderr
    assert "projector" in blind.stderr
    listed = llamadesk("list", "--json", data_dir=data_dir)
    assert json.loads(listed.stdout or "[]") == []  # nothing was stored
    plain = llamadesk("chat", "--model", str(tiny_model), "Hi", data_dir=data_dir)
    assert plain.stdout.strip() == REPLY
    info = llamadesk("info", "--model", str(tiny_model), data_dir=data_dir)
    assert "does not see images" in info.stdout


def test_images_kept_at_the_size_the_model_reads(vision_model: Path, data_dir: Path,
                                                 tmp_path: Path) -> None:
    from llamadesk.paths import AppPaths
    from llamadesk.settings import Settings

    settings = Settings(AppPaths.resolve(str(data_dir)).ensure().settings_file)
    settings.update(keep_original_images=False)
    settings.save()
    big = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 1500), (250, 200, 0)).save(big, "JPEG")
    said = llamadesk("chat", "--model", str(vision_model), "--image", str(big), "What?",
                     data_dir=data_dir)
    assert said.returncode == 0, said.stderr
    with sqlite3.connect(next(data_dir.rglob("history.sqlite3"))) as db:
        width, height, size = db.execute("SELECT width, height, size FROM images").fetchone()
    assert (width, height) == (1536, 768) and size < big.stat().st_size
