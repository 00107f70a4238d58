"""HTML, text, PDF and zip exports; hostile content comes out inert."""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser

import pypdf

from llamadesk.app import AppContext
from llamadesk.storage.export import export_bytes, export_text, export_zip
from llamadesk.storage.schema import Role

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[click me](javascript:alert(1))",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "![tracker](https://evil.example/pixel.png)",
    "</style><style>body{background:url(https://evil.example/bg)}</style>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe><object data=x></object>",
    "<svg onload=alert(1)><math><mi xlink:href=javascript:alert(1)>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
]
CODE = "```python\ndef greet(name):\n    return f\"<b>{name}</b>\"  # keep <b> literal\n```"


def _hostile_conversation(context: AppContext) -> int:
    repo = context.repository
    cid = repo.create_conversation(title="<script>alert('title')</script>",
                                   system_prompt="</style><script>x()</script>").id
    for n, text in enumerate(HOSTILE):
        repo.add_message(cid, Role.USER if n % 2 == 0 else Role.ASSISTANT, text)
    repo.add_message(cid, Role.ASSISTANT, CODE)
    return cid


class _Inspector(HTMLParser):
    """Collects every element and attribute a browser would act on."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.problems: list[str] = []
        self.style_text = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_style = tag == "style"
        if tag in {"script", "img", "iframe", "object", "embed", "link", "svg", "math",
                   "video", "audio", "source", "form", "base", "frame", "frameset"}:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on") or name in {"src", "srcset", "background", "xlink:href",
                                                 "formaction", "style"}:
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href" and not value.startswith(("http:", "https:", "mailto:", "#")):
                self.problems.append(f"href {value!r}")
            if tag == "meta" and name == "http-equiv" and value != "content-security-policy":
                self.problems.append(f"meta http-equiv {value}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style_text += data


def test_html_export_is_inert_and_self_contained(context: AppContext) -> None:
    document = export_text(context.repository, [_hostile_conversation(context)], "html")
    inspector = _Inspector()
    inspector.feed(document)
    inspector.close()
    assert inspector.problems == []
    assert inspector.tags.count("style") == 1  # ours, and only ours
    assert "url(" not in inspector.style_text and "@import" not in inspector.style_text
    assert "default-src 'none'" in document
    # The hostile text is still there, as text.
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in document \
        or "&lt;script&gt;alert('x')&lt;/script&gt;" in document
    assert "prefers-color-scheme: dark" in document and "@media print" in document
    assert 'class="nf">greet</span>' in document  # highlighted code
    assert "&lt;b&gt;" in document


def test_markdown_keeps_code_blocks_exactly(context: AppContext) -> None:
    cid = _hostile_conversation(context)
    text = export_text(context.repository, [cid], "md")
    assert CODE in text


def test_plain_text_export(context: AppContext) -> None:
    cid = _hostile_conversation(context)
    text = export_text(context.repository, [cid], "txt")
    assert text.startswith("<script>alert('title')</script>\n")
    assert "You (" in text and "Assistant (" in text and HOSTILE[1] in text


def test_pdf_export_has_the_text_as_text(context: AppContext, qapp: object) -> None:
    # qapp: the PDF writer needs an application object (the window's, or the one
    # `llamadesk export --format pdf` makes; tests/test_cli.py covers that one).
    cid = _hostile_conversation(context)
    data = export_bytes(context.repository, [cid], "pdf")
    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    squashed = "".join(text.split())
    assert "<script>alert('x')</script>" in squashed
    assert "<imgsrc=xonerror=alert(1)>" in squashed
    assert 'returnf"<b>{name}</b>"' in squashed  # the code block, wrapped but whole
    assert not any("/JavaScript" in str(page.get("/AA", "")) for page in reader.pages)
    assert b"/JavaScript" not in data and b"/URI (javascript" not in data


def test_zip_has_one_file_per_conversation(context: AppContext) -> None:
    repo = context.repository
    first = _hostile_conversation(context)
    second = repo.create_conversation(title="Second: notes/plans?").id
    repo.add_message(second, Role.USER, "hi")
    archive = zipfile.ZipFile(io.BytesIO(export_zip(repo, [first, second], "html")))
    names = archive.namelist()
    assert names == ["0001-scriptalerttitlescript.html", "0002-second-notesplans.html"]
    assert b"Second: notes/plans?" in archive.read(names[1])
