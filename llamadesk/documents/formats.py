"""Text out of the files a collection holds, with where each piece came from.

Each format gives Sections: a run of text with its page (PDF) or heading
(Markdown, HTML, DOCX). A file that cannot be read raises Skipped with a reason
in plain words; it is listed as skipped, never a crash.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# Larger files are skipped: a 2 GB log is not a document, and reading it whole would
# take the memory of the machine.
MAX_FILE_BYTES = 64 * 1024 * 1024
# A zip-based format (DOCX) may hold at most this much once inflated, and no member
# may inflate more than MAX_ZIP_RATIO times: a 1.5 MB DOCX whose document.xml
# inflated to 1.5 GB took 3.2 GB of memory before the XML parser gave up.
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
MAX_ZIP_RATIO = 200

TEXT_SUFFIXES = frozenset({
    ".txt", ".text", ".rst", ".org", ".csv", ".tsv", ".log", ".tex",
    ".py", ".pyi", ".js", ".jsx", ".ts", ".tsx", ".java", ".kt", ".c", ".h", ".cc",
    ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb", ".php", ".swift", ".m", ".scala", ".sh",
    ".bash", ".zsh", ".ps1", ".sql", ".r", ".lua", ".pl", ".toml", ".yaml", ".yml",
    ".json", ".ini", ".cfg", ".xml", ".css", ".scss",
})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


class Skipped(Exception):  # noqa: N818 - a reason, not an error of ours
    """The file is not indexed; str() says why, for the user."""


@dataclass(frozen=True)
class Section:
    text: str
    page: int | None = None  # 1-based, for PDF
    heading: str | None = None


def extract(path: Path) -> list[Section]:
    """The file's text in sections, or Skipped."""
    check_file(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            return _pdf(path)
        if suffix == ".docx":
            _check_zip(path)
            return _docx(path)
        text = _read_text(path)
        if suffix in MARKDOWN_SUFFIXES:
            return _markdown(text)
        if suffix in HTML_SUFFIXES:
            return _html(text)
        return [Section(text)] if text.strip() else []
    except (Skipped, MemoryError):
        raise
    except OSError as error:  # vanished, unreadable, a loop of links...
        raise Skipped(f"cannot be read: {error.strerror or error}") from error
    except Exception as error:  # noqa: BLE001 - a damaged file of any format
        raise Skipped(f"damaged or not a real {suffix[1:].upper()} file "
                      f"({type(error).__name__})") from error


def check_file(path: Path) -> None:
    """Skipped unless a supported format, a regular file and within the size limit:
    what can be known before opening it."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise Skipped(f"{suffix or 'files without an extension'} is not a supported format")
    try:
        info = path.stat()  # through links: what would be read
    except OSError as error:
        raise Skipped(f"cannot be read: {error.strerror or error}") from error
    check_regular(info)
    if info.st_size > MAX_FILE_BYTES:
        raise Skipped(f"too large ({info.st_size // (1024 * 1024)} MB; the limit is "
                      f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")


def check_regular(info: os.stat_result) -> None:
    """Skipped unless a regular file: a named pipe would block its reader for good,
    and a device (a link to /dev/zero) never ends."""
    if not stat.S_ISREG(info.st_mode):
        kind = ("a named pipe" if stat.S_ISFIFO(info.st_mode) else
                "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else
                "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file")
        raise Skipped(f"{kind}, not a document")


def read_bounded(path: Path) -> bytes:
    """The file's bytes, never more than MAX_FILE_BYTES: a size read as 0 (a /proc
    file, a file still growing) does not mean a short read."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise Skipped(f"too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    return data


def _check_zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        total = 0
        for member in archive.infolist():
            total += member.file_size
            ratio = member.file_size // max(member.compress_size, 1)
            if ratio > MAX_ZIP_RATIO and member.file_size > 1024 * 1024:
                raise Skipped(f"{member.filename} inflates {ratio:,} times (a zip bomb?)")
        if total > MAX_UNZIPPED_BYTES:
            raise Skipped(f"inflates to {total // (1024 * 1024):,} MB (the limit is "
                          f"{MAX_UNZIPPED_BYTES // (1024 * 1024)} MB)")


def _read_text(path: Path) -> str:
    data = read_bounded(path)
    if b"\0" in data[:8192]:
        raise Skipped("binary, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _markdown(text: str) -> list[Section]:
    """One section per heading; a heading inside a code fence is code."""
    sections: list[Section] = []
    heading: str | None = None
    lines: list[str] = []
    fenced = False

    def close() -> None:
        body = "\n".join(lines).strip()
        if body:
            sections.append(Section(body, heading=heading))

    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _ATX.match(line)
        if match:
            close()
            heading, lines = match[2], [line]
        else:
            lines.append(line)
    close()
    return sections


class _HtmlText(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "section", "article", "pre",
                         "blockquote", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
    _HIDDEN = frozenset({"script", "style", "head", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = []
        self._heading: str | None = None
        self._parts: list[str] = []
        self._hidden = 0
        self._in_heading = False
        self._heading_text: list[str] = []

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._flush()
            self._in_heading, self._heading_text = True, []
        if tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and self._in_heading:
            self._in_heading = False
            self._heading = " ".join("".join(self._heading_text).split()) or None
        if tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._in_heading:
            self._heading_text.append(data)
        self._parts.append(data)

    def _flush(self) -> None:
        text = re.sub(r"\n\s*\n+", "\n\n", "".join(self._parts)).strip()
        if text:
            self.sections.append(Section(text, heading=self._heading))
        self._parts = []

    def close(self) -> None:
        super().close()
        self._flush()


def _html(text: str) -> list[Section]:
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    return parser.sections


def _pdf(path: Path) -> list[Section]:
    from pypdf import PdfReader  # imported when needed: most collections have no PDF
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise Skipped("encrypted PDF")
        pages = [Section(page.extract_text() or "", page=number)
                 for number, page in enumerate(reader.pages, start=1)]
    except PdfReadError as error:
        raise Skipped(f"not a readable PDF ({error})") from error
    found = [section for section in pages if section.text.strip()]
    if pages and not found:
        raise Skipped("a PDF without a text layer (scanned pages need OCR)")
    return found


def _docx(path: Path) -> list[Section]:
    import docx  # python-docx; imported when needed

    document = docx.Document(str(path))
    sections: list[Section] = []
    heading: str | None = None
    lines: list[str] = []

    def close() -> None:
        body = "\n\n".join(line for line in lines if line.strip()).strip()
        if body:
            sections.append(Section(body, heading=heading))

    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.lower().startswith(("heading", "title")) and paragraph.text.strip():
            close()
            heading, lines = paragraph.text.strip(), [paragraph.text]
        else:
            lines.append(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    close()
    return sections
