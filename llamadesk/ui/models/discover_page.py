"""Models › Discover: any GGUF model on the Hugging Face Hub. Search (a page at a
time, more on request), a repo's choices with their size, how each fits this
computer and the speed to expect, its licence, and Download into the same verified,
resumable queue as the catalog. Every Hub request runs off the GUI thread; results
are kept while the app runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from llamadesk.ui import formats
from llamadesk.ui.background import run_in_background
from llamadesk.ui.messages import message_of

if TYPE_CHECKING:
    from llamadesk.models.discover import FileChoice, HubModel, HubSearch, RepoListing
    from llamadesk.ui.models.library import ModelLibrary

PAGE = 20
# Listings read while the app runs: going back to a repo costs nothing.
_LISTINGS: dict[str, RepoListing] = {}


class DiscoverPage(QWidget):
    """Signals: download_started() once a choice is queued (the dialog shows Downloads)."""

    download_started = Signal()

    def __init__(self, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discover_page")
        self.library = library
        self.search: HubSearch | None = None
        self.listing: RepoListing | None = None
        self.query = QLineEdit()
        self.query.setObjectName("discover_query")
        self.query.setPlaceholderText(self.tr("Search GGUF models on Hugging Face "
                                              "(Qwen3, Gemma 3, Llama 3.1\u2026)"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.returnPressed.connect(self.start_search)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Most downloaded"), "downloads")
        self.sort.addItem(self.tr("Recently updated"), "recent")
        self.sort.setAccessibleName(self.tr("Order"))
        find = QPushButton(self.tr("&Search"))
        find.clicked.connect(self.start_search)
        self.status = QLabel()
        self.status.setObjectName("discover_status")
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setObjectName("discover_results")
        self.results.setAccessibleName(self.tr("Models found"))
        self.results.setWordWrap(True)  # long repo names and licences: no sideways scroll
        self.results.currentItemChanged.connect(self._open_repo)
        self.more = QPushButton(self.tr("&More results"))
        self.more.clicked.connect(self.next_page)
        self.more.hide()
        self.repo_heading = QLabel()
        self.repo_heading.setObjectName("discover_repo")
        self.repo_heading.setWordWrap(True)
        self.repo_heading.setTextFormat(Qt.TextFormat.RichText)
        self.repo_heading.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.choices = QListWidget()
        self.choices.setObjectName("discover_choices")
        self.choices.setAccessibleName(self.tr("Files to download"))
        self.choices.setWordWrap(True)
        self.projector = QCheckBox(self.tr("Also the vision projector (for images)"))
        self.projector.hide()
        self.download = QPushButton(self.tr("&Download"))
        self.download.setObjectName("discover_download")
        self.download.setEnabled(False)
        self.download.clicked.connect(self.download_choice)
        self.choices.currentRowChanged.connect(self._show_choice)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.sort)
        row.addWidget(find)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.more)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.repo_heading)
        right_layout.addWidget(self.choices, 1)
        right_layout.addWidget(self.projector)
        right_layout.addWidget(self.download, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([400, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    # -- search ----------------------------------------------------------------

    def start_search(self) -> None:
        from llamadesk.models.discover import HubSearch

        api = self._api()
        text, order = self.query.text().strip(), self.sort.currentData()
        self.results.clear()
        self.more.hide()
        self.status.setText(self.tr("Searching\u2026"))
        run_in_background(lambda: _first_page(HubSearch(api, text, order)), self._show_first,
                          self._failed)

    def _show_first(self, found: tuple[HubSearch, list[HubModel]]) -> None:
        self.search, page = found
        self._add(page)

    def next_page(self) -> None:
        search = self.search
        if search is None or search.done:
            return
        self.status.setText(self.tr("Searching\u2026"))
        run_in_background(lambda: search.next_page(PAGE), self._add, self._failed)

    def _add(self, page: list[HubModel]) -> None:
        for model in page:
            marks = [self.tr("vision")] if model.vision else []
            if model.gated:
                marks.append(self.tr("gated"))
            text = self.tr("%1 \u2014 %2 downloads \u00b7 %3").replace("%1", model.repo) \
                .replace("%2", f"{model.downloads:,}").replace(
                    "%3", model.license or self.tr("licence not given"))
            item = QListWidgetItem(text + (f"  [{', '.join(marks)}]" if marks else ""))
            item.setData(Qt.ItemDataRole.UserRole, model.repo)
            self.results.addItem(item)
        done = self.search is None or self.search.done
        self.more.setVisible(not done)
        self.status.setText(self.tr("No GGUF models found.") if not self.results.count()
                            else "")

    def _failed(self, error: Exception) -> None:
        self.status.setText(message_of(error))

    # -- a repo ------------------------------------------------------------------

    def _open_repo(self, item: QListWidgetItem | None) -> None:
        from llamadesk.models.discover import list_repo

        self.choices.clear()
        self.download.setEnabled(False)
        self.projector.hide()
        if item is None:
            return
        repo = str(item.data(Qt.ItemDataRole.UserRole))
        if repo in _LISTINGS:
            self._show_listing(_LISTINGS[repo])
            return
        self.repo_heading.setText(self.tr("Reading %1\u2026").replace("%1", repo))
        api = self._api()
        run_in_background(lambda: list_repo(api, repo), self._show_listing, self._failed)

    def _show_listing(self, listing: RepoListing) -> None:
        from llamadesk.models.catalog import estimate_file
        from llamadesk.models.machine import machine_memory

        _LISTINGS[listing.repo] = listing
        self.listing = listing
        from llamadesk.models.hub import endpoint

        page = f"{endpoint()}/{listing.repo}"
        licence = listing.license or self.tr("not given")
        self.repo_heading.setText(
            f'<b>{listing.repo}</b> \u00b7 ' + self.tr("licence: %1").replace("%1", licence)
            + f' \u00b7 <a href="{page}">' + self.tr("its page") + "</a>"
            + (" \u00b7 " + self.tr("gated: your Hugging Face token needs access")
               if listing.gated else ""))
        memory = machine_memory()
        self.choices.clear()
        for choice in listing.choices:
            fit, speed = estimate_file(choice.size, memory.ram_total, memory.vram_free)
            self.choices.addItem(self._choice_text(choice, fit.value, speed))
        self.projector.setVisible(bool(listing.projectors))
        self.projector.setChecked(bool(listing.projectors))
        if listing.choices:
            self.choices.setCurrentRow(0)

    def _choice_text(self, choice: FileChoice, fit: str, speed: float) -> str:
        fits = {"fits": self.tr("fits"), "tight": self.tr("tight"),
                "too large": self.tr("too large")}[fit]
        # Past a hundred, the estimate says nothing a person reads differently.
        shown = "100+" if speed >= 100 else formats.decimal(speed)
        text = f"{choice.label} \u00b7 {formats.size(choice.size)} \u00b7 {fits} \u00b7 " \
            + self.tr("~%1 tokens/s").replace("%1", shown)
        if len(choice.files) > 1:
            text += " \u00b7 " + self.tr("%1 parts").replace("%1", str(len(choice.files)))
        if choice.problem:
            text += " \u00b7 " + choice.problem
        return text

    def _show_choice(self, row: int) -> None:
        listing = self.listing
        ok = listing is not None and 0 <= row < len(listing.choices) \
            and listing.choices[row].problem is None
        self.download.setEnabled(ok)

    def download_choice(self) -> None:
        from llamadesk.models.discover import HubEntry

        listing, row = self.listing, self.choices.currentRow()
        if listing is None or not 0 <= row < len(listing.choices):
            return
        projector = listing.projectors[0] \
            if listing.projectors and self.projector.isChecked() else None
        self.library.download(HubEntry(listing, listing.choices[row], projector))
        self.download_started.emit()

    def _api(self) -> Any:
        from huggingface_hub import HfApi

        from llamadesk.models.hub import endpoint

        return HfApi(endpoint=endpoint(), token=self.library.tokens.get() or False)


def _first_page(search: HubSearch) -> tuple[HubSearch, list[HubModel]]:
    return search, search.next_page(PAGE)
