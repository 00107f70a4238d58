"""Images in the history: each stored once by the SHA-256 of its bytes (kept exactly
as they came), referenced by the messages in order, carried to an edited version,
and gone for good only when no message uses them. Real SQLite."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from llamadesk.app import AppContext
from llamadesk.engine.images import ImageInput, read_image
from llamadesk.errors import StorageError
from llamadesk.storage.schema import Role


def _image(colour: tuple[int, int, int], name: str) -> ImageInput:
    out = io.BytesIO()
    Image.new("RGB", (24, 16), colour).save(out, "PNG")
    return read_image(out.getvalue(), name)


def _rows(data_dir: Path, table: str) -> int:
    with sqlite3.connect(next(data_dir.rglob("history.sqlite3"))) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_images_are_stored_once_and_read_back_exactly(context: AppContext,
                                                      data_dir: Path) -> None:
    repo = context.repository
    red, blue = _image((255, 0, 0), "red.png"), _image((0, 0, 255), "blue.png")
    first = repo.create_conversation().id
    asked = repo.add_message(first, Role.USER, "Which is warmer?", images=(red, blue, red))
    assert [i.name for i in asked.images] == ["red.png", "blue.png", "red.png"]
    assert (asked.images[0].width, asked.images[0].height, asked.images[0].mime) == \
        (24, 16, "image/png")
    again = repo.get_message(asked.id)
    assert again.images == asked.images
    assert repo.image_data(red.sha256) == red.data
    assert hashlib.sha256(repo.image_data(blue.sha256)).hexdigest() == blue.sha256
    assert _rows(data_dir, "images") == 2 and _rows(data_dir, "message_images") == 3
    # An edit is a new version with the same pictures.
    edited = repo.edit_message(asked.id, "Which is cooler?")
    assert edited.images == asked.images and _rows(data_dir, "images") == 2
    with pytest.raises(StorageError, match="is not in the history"):
        repo.image_data("0" * 64)


def test_deleting_keeps_images_other_messages_use(context: AppContext,
                                                  data_dir: Path) -> None:
    repo = context.repository
    red, blue = _image((255, 0, 0), "red.png"), _image((0, 0, 255), "blue.png")
    one = repo.create_conversation().id
    repo.add_message(one, Role.USER, "Look", images=(red, blue))
    two = repo.create_conversation().id
    repo.add_message(two, Role.USER, "And this", images=(red,))
    repo.delete_conversation(one)
    assert _rows(data_dir, "images") == 2  # in the trash: undo is still possible
    repo.purge_deleted()
    assert _rows(data_dir, "images") == 1 and repo.image_data(red.sha256) == red.data
    with pytest.raises(StorageError):
        repo.image_data(blue.sha256)
    repo.delete_conversation(two)
    repo.purge_deleted()
    assert _rows(data_dir, "images") == 0 and _rows(data_dir, "message_images") == 0
