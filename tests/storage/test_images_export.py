"""Images in every export: JSON holds them losslessly (base64, each once) and import
brings them back checked by hash; HTML embeds them as data: URIs (still no remote
resource); Markdown links files that travel with it in a zip; PDF draws them."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from llamadesk.app import AppContext, open_context
from llamadesk.engine.images import ImageInput, read_image
from llamadesk.errors import StorageError
from llamadesk.storage.export import export_bytes, export_text, export_zip, is_zip
from llamadesk.storage.importer import import_json
from llamadesk.storage.records import ReplyStats
from llamadesk.storage.schema import Role


def _image(colour: tuple[int, int, int], name: str, fmt: str = "PNG") -> ImageInput:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, fmt)
    return read_image(out.getvalue(), name)


RED = _image((230, 20, 20), "red.png")
BLUE = _image((20, 20, 230), "blue.jpg", "JPEG")


def _conversation(context: AppContext) -> int:
    repo = context.repository
    cid = repo.create_conversation(title="Two colours").id
    question = repo.add_message(cid, Role.USER, "Which is warmer?", images=(RED, BLUE))
    reply = repo.start_reply(cid, model_name="Tiny Seer", parent_id=question.id)
    repo.finish_reply(reply.id, "The red one.", ReplyStats("stop"))
    again = repo.add_message(cid, Role.USER, "And this one?", images=(RED,))
    assert again.images[0].sha256 == RED.sha256
    return cid


def test_json_holds_them_and_import_brings_them_back(context: AppContext,
                                                      tmp_path: Path) -> None:
    cid = _conversation(context)
    exported = export_text(context.repository, [cid], "json")
    document = json.loads(exported)
    assert set(document["images"]) == {RED.sha256, BLUE.sha256}  # each once
    assert base64.b64decode(document["images"][BLUE.sha256]["data"]) == BLUE.data
    assert [m["images"] for m in document["conversations"][0]["messages"]] == [
        [RED.sha256, BLUE.sha256], [], [RED.sha256]]
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        assert import_json(fresh.database, exported).imported == 1
        [imported] = fresh.repository.conversation_ids()
        first = fresh.repository.current_branch(imported)[0]
        assert [(i.sha256, i.mime, i.name) for i in first.images] == [
            (RED.sha256, "image/png", "red.png"), (BLUE.sha256, "image/jpeg", "blue.jpg")]
        for image in (RED, BLUE):
            data = fresh.repository.image_data(image.sha256)
            assert hashlib.sha256(data).hexdigest() == image.sha256
        again = json.loads(export_text(fresh.repository, [imported], "json"))
        assert again["images"] == document["images"]
        assert import_json(fresh.database, exported).skipped == 1  # twice: nothing new
    finally:
        fresh.close()


def test_a_damaged_image_refuses_the_whole_file(context: AppContext, tmp_path: Path) -> None:
    cid = _conversation(context)
    document = json.loads(export_text(context.repository, [cid], "json"))
    damaged = bytearray(base64.b64decode(document["images"][RED.sha256]["data"]))
    damaged[-20] ^= 0xFF
    document["images"][RED.sha256]["data"] = base64.b64encode(bytes(damaged)).decode()
    fresh = open_context(str(tmp_path / "fresh"))
    try:
        with pytest.raises(StorageError, match="does not match its hash"):
            import_json(fresh.database, json.dumps(document))
        missing = json.loads(export_text(context.repository, [cid], "json"))
        del missing["images"][BLUE.sha256]
        with pytest.raises(StorageError, match="names an image the file does not hold"):
            import_json(fresh.database, json.dumps(missing))
        assert fresh.repository.conversation_ids() == []
    finally:
        fresh.close()


def test_html_embeds_them_and_reaches_nothing_remote(context: AppContext) -> None:
    cid = _conversation(context)
    page = export_text(context.repository, [cid], "html")
    red = base64.b64encode(RED.data).decode()
    assert f'src="data:image/png;base64,{red}"' in page
    assert "data:image/jpeg;base64," in page
    assert "img-src data:" in page and "http" not in page.split("<body>")[1].split(
        "Which is warmer")[0]


def test_markdown_travels_with_its_images_in_a_zip(context: AppContext) -> None:
    cid = _conversation(context)
    data = export_bytes(context.repository, [cid], "md")
    assert is_zip(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = sorted(archive.namelist())
        [markdown] = [n for n in names if n.endswith(".md")]
        text = archive.read(markdown).decode()
        red_file = f"images/{RED.sha256[:16]}.png"
        assert f"![red.png](<{red_file}>)" in text
        assert archive.read(red_file) == RED.data
        assert archive.read(f"images/{BLUE.sha256[:16]}.jpg") == BLUE.data
    everything = export_zip(context.repository, [cid], "md")
    with zipfile.ZipFile(io.BytesIO(everything)) as archive:
        assert sum(n.startswith("images/") for n in archive.namelist()) == 2
    plain = context.repository.create_conversation(title="Words only").id
    context.repository.add_message(plain, Role.USER, "No pictures")
    assert not is_zip(export_bytes(context.repository, [plain], "md"))


def test_pdf_draws_them(context: AppContext, qapp: object) -> None:
    cid = _conversation(context)
    pdf = pypdf.PdfReader(io.BytesIO(export_bytes(context.repository, [cid], "pdf")))
    drawn = [image for page in pdf.pages for image in page.images]
    assert len(drawn) >= 2
    words = " ".join(page.extract_text() for page in pdf.pages).split()
    assert "warmer?" in words
