"""PDF export through Qt's text engine.

This is the one module below ui/ that imports Qt: QTextDocument and QPdfWriter
lay out and paginate rich text with wrapping code blocks, which no small
pure-Python library does as well. It needs only QtGui, never widgets, and an
application object that its caller holds: the window's, or the one
offscreen_application() makes for `llamadesk export --format pdf`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from llamadesk.storage.export.html_export import conversation_article
from llamadesk.storage.export.markdown_render import code_style_css
from llamadesk.storage.records import ImageRef
from llamadesk.storage.repository import HistoryRepository

# QTextDocument understands a subset of CSS: no variables or media queries.
_PDF_CSS = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; }
.meta { color: #666666; }
.message { margin-bottom: 8pt; }
.message header { font-weight: bold; color: #444444; }
.note { font-style: italic; color: #666666; }
pre { background-color: #f4f4f6; white-space: pre-wrap; font-family: monospace; font-size: 8.5pt; }
code { font-family: monospace; }
blockquote { color: #555555; }
td, th { border: 1px solid #999999; padding: 2pt; }
"""


def offscreen_application() -> QGuiApplication:
    """The application object Qt's PDF writer needs, for a program without a window
    (the terminal's export): the caller keeps it for as long as it exports."""
    return QGuiApplication(["llamadesk", "-platform", "offscreen"])


def export_pdf(repository: HistoryRepository, conversation_ids: list[int]) -> bytes:
    """Needs a QGuiApplication: the window's, or offscreen_application()."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("PDF export needs a QGuiApplication (offscreen_application())")
    document = QTextDocument()

    def drawn(image: ImageRef) -> str:
        # Handed to the document as a resource: Qt's layout draws it on the page.
        url = f"llamadesk-image:{image.sha256}"
        picture = QImage.fromData(repository.image_data(image.sha256))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
        return url

    articles = [
        conversation_article(repository.get_conversation(cid), repository.current_branch(cid),
                             drawn)
        for cid in conversation_ids
    ]
    document.setDefaultStyleSheet(_PDF_CSS + code_style_css("default", ".highlight, pre"))
    title = repository.get_conversation(conversation_ids[0]).title if conversation_ids else ""
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(f"<html><body>{''.join(articles)}</body></html>")

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(html.unescape(title))
    writer.setCreator("LlamaDesk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    document.print_(writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
