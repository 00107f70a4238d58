"""Models › Discover: any GGUF model on the Hugging Face Hub. Search (a page at a
time, more on request), a repo's choices with their size, how each fits this
computer and the speed to expect, its licence, and Download into the same verified,
resumable queue as the catalog. Every Hub request runs off the GUI thread; results
are kept while the app runs."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPalette, QPixmap
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
from llamadesk.ui.messages import message_of, translated

if TYPE_CHECKING:
    from llamadesk.models.discover import FileChoice, HubModel, HubSearch, RepoListing
    from llamadesk.ui.models.library import ModelLibrary
    from llamadesk.ui.models.license_dialog import LicenseDialog

PAGE = 20
# Listings and searches read while the app runs: going back costs nothing.
_LISTINGS: dict[tuple[str, str], RepoListing] = {}  # (endpoint, repo)
_SEARCHES: dict[tuple[str, str, str], HubSearch] = {}  # (endpoint, query, order)


class DiscoverPage(QWidget):
    """Signals: download_started() once a choice is queued (the dialog shows Downloads);
    token_wanted(repo) when a gated repo needs the Hugging Face account's token flow."""

    download_started = Signal()
    token_wanted = Signal(str)

    def __init__(self, library: ModelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discover_page")
        self.library = library
        self.search: HubSearch | None = None
        self.license_dialog: LicenseDialog | None = None
        self.gated_repo = ""
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
        self.stop = QPushButton(self.tr("S&top"))
        self.stop.setObjectName("discover_stop")
        self.stop.setToolTip(self.tr("Stop waiting for the Hub"))
        self.stop.clicked.connect(self.stop_request)
        self.stop.hide()
        # The latest request of each kind, and the kinds still awaited.
        self._tickets: dict[str, int] = {}
        self._waiting: set[str] = set()
        self.status = QLabel()
        self.status.setObjectName("discover_status")
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setObjectName("discover_results")
        self.results.setAccessibleName(self.tr("Models found"))
        self.results.setWordWrap(True)  # long repo names and licences: no sideways scroll
        self.results.setSpacing(3)
        self.results.currentItemChanged.connect(self._open_repo)
        self.more = QPushButton(self.tr("&More results"))
        self.more.clicked.connect(self.next_page)
        self.more.hide()
        self.repo_heading = QLabel()
        self.repo_heading.setObjectName("discover_repo")
        self.repo_heading.setWordWrap(True)
        self.repo_heading.setTextFormat(Qt.TextFormat.RichText)
        self.repo_heading.linkActivated.connect(self._open_link)
        self.choices = QListWidget()
        self.choices.setObjectName("discover_choices")
        self.choices.setAccessibleName(self.tr("Files to download"))
        self.choices.setWordWrap(True)
        self.choices.setSpacing(3)
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
        row.addWidget(self.stop)
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

    # -- requests --------------------------------------------------------------

    def _request(self, kind: str, fn: Callable[[], Any], on_result: Callable[[Any], None],
                 on_error: Callable[[Exception], None]) -> None:
        """``fn`` off the GUI thread. Its answer counts only if nothing newer of its
        ``kind`` (a search page, a repo) was asked and Stop was not pressed: an HTTP
        request cannot be interrupted, so a stopped one runs out on its own thread and
        is ignored."""
        self._tickets[kind] = ticket = self._tickets.get(kind, 0) + 1
        self._waiting.add(kind)
        self.stop.show()

        def current(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if self._tickets.get(kind) == ticket and kind in self._waiting:
                    self._waiting.discard(kind)
                    self.stop.setVisible(bool(self._waiting))
                    handler(value)
            return call
        run_in_background(fn, current(on_result), current(on_error), own_thread=True)

    def stop_request(self) -> None:
        self._waiting.clear()
        self.stop.hide()
        self.status.setText(self.tr("Stopped."))
        self.more.setVisible(self.search is not None and not self.search.done)
        if self.listing is None or self.choices.count() == 0:
            self.repo_heading.setText("")

    # -- search ----------------------------------------------------------------

    def start_search(self) -> None:
        from llamadesk.models.discover import HubSearch

        api = self._api()
        text, order = self.query.text().strip(), self.sort.currentData()
        self.results.clear()
        self.more.hide()
        known = _SEARCHES.get((str(api.endpoint), text, order))
        if known is not None and known.pages:
            self._waiting.discard("search")
            self.search = known
            for page in known.pages:
                self._add(page)
            return
        self.status.setText(self.tr("Searching\u2026"))
        self._request("search", lambda: _first_page(HubSearch(api, text, order)), self._show_first,
                      self._failed)

    def _show_first(self, found: tuple[HubSearch, list[HubModel]]) -> None:
        self.search, page = found
        _SEARCHES[(self.search.endpoint, self.search.query, self.search.sort)] = self.search
        self._add(page)

    def next_page(self) -> None:
        search = self.search
        if search is None or search.done:
            return
        self.status.setText(self.tr("Searching\u2026"))
        self._request("search", lambda: search.next_page(PAGE), self._add, self._failed)

    def _add(self, page: list[HubModel]) -> None:
        from llamadesk.models.license import short_name

        for model in page:
            marks = [self.tr("vision")] if model.vision else []
            if model.gated:
                marks.append(self.tr("gated"))
            text = self.tr("%1 \u2014 %2 downloads \u00b7 %3").replace("%1", model.repo) \
                .replace("%2", formats.number(model.downloads)).replace(
                    "%3", short_name(model.license) if model.license
                    else self.tr("licence not given"))
            if model.last_modified is not None:
                day = model.last_modified.date()
                text += " \u00b7 " + self.tr("updated %1").replace("%1", QLocale().toString(
                    QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat))
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

        self.listing = None
        self._waiting.discard("repo")  # an older repo's answer no longer counts
        self.stop.setVisible(bool(self._waiting))
        self.choices.clear()
        self.download.setEnabled(False)
        self.projector.hide()
        if item is None:
            return
        repo = str(item.data(Qt.ItemDataRole.UserRole))
        api = self._api()
        known = _LISTINGS.get((str(api.endpoint), repo))
        if known is not None:
            self._show_listing(known)
            return
        self.repo_heading.setText(self.tr("Reading %1\u2026").replace("%1", repo))
        self._request("repo", lambda: list_repo(api, repo), self._show_listing,
                      self._listing_failed)

    def _listing_failed(self, error: Exception) -> None:
        from llamadesk.models.discover import GatedError

        if not isinstance(error, GatedError):
            self.repo_heading.setText("")
            self._failed(error)
            return
        self.gated_repo = error.repo
        action = self.tr("Check your access\u2026") if error.signed_in \
            else self.tr("Add a Hugging Face token\u2026")
        self.repo_heading.setText(f"{html.escape(message_of(error))}<br>"
                                  f'<a href="token:">{action}</a>')

    def _show_listing(self, listing: RepoListing) -> None:
        from llamadesk.models.catalog import estimate_file
        from llamadesk.models.hub import endpoint
        from llamadesk.models.license import TITLES, needs_acceptance, short_name
        from llamadesk.models.machine import machine_memory

        hub = endpoint()
        _LISTINGS[(hub, listing.repo)] = listing
        self.listing = listing
        page = f"{hub}/{listing.repo}"
        if needs_acceptance(listing.license):
            # Shipped and accepted in the app: the link opens its text here.
            licence = f'<a href="licence:">{TITLES[str(listing.license)]}</a> (' \
                + self.tr("asks for your acceptance before the download") + ")"
        elif listing.license:
            licence = f'<a href="{listing.license_url(hub)}">{short_name(listing.license)}</a>'
        else:
            licence = self.tr("not given")
        self.repo_heading.setText(
            f'<b>{listing.repo}</b> \u00b7 ' + self.tr("licence: %1").replace("%1", licence)
            + f' \u00b7 <a href="{page}">' + self.tr("its page") + "</a>"
            + (" \u00b7 " + self.tr("gated: your Hugging Face token needs access")
               if listing.gated else ""))
        memory = machine_memory()
        self.choices.clear()
        for choice in listing.choices:
            fit, speed = estimate_file(choice.size, memory.ram_total, memory.vram_free)
            self.choices.addItem(QListWidgetItem(self._fit_chip(fit.value),
                                                 self._choice_text(choice, fit.value, speed)))
        self.projector.setVisible(bool(listing.projectors))
        self.projector.setChecked(bool(listing.projectors))
        if listing.choices:
            self.choices.setCurrentRow(0)

    def _choice_text(self, choice: FileChoice, fit: str, speed: float) -> str:
        fits = {"fits": self.tr("fits"), "tight": self.tr("tight"),
                "too large": self.tr("too large")}[fit]
        # Past a hundred, the estimate says nothing a person reads differently.
        pace = self.tr("over 100 tokens/s") if speed >= 100 \
            else self.tr("~%1 tokens/s").replace("%1", formats.decimal(speed))
        text = f"{choice.label} \u00b7 {formats.size(choice.size)} \u00b7 {fits} \u00b7 {pace}"
        if len(choice.files) > 1:
            text += " \u00b7 " + self.tr("%1 parts").replace("%1", str(len(choice.files)))
        if choice.problem:
            text += " \u00b7 " + translated(choice.problem)
        return text

    def _fit_chip(self, fit: str) -> QIcon:
        """The fit as a coloured dot beside its word, in the catalog's colours."""
        from llamadesk.ui.style.tokens import palette_for

        colours = palette_for(self.palette().color(QPalette.ColorRole.Window).lightness() < 128)
        colour = {"fits": colours.good, "tight": colours.warn}.get(fit, colours.bad)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(14 * ratio), int(14 * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(2, 2, 10, 10)
        painter.end()
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted away when chosen
        return icon

    def _open_link(self, url: str) -> None:
        listing = self.listing
        if url == "token:":
            self.token_wanted.emit(self.gated_repo)
            return
        if url == "licence:" and listing is not None and listing.license:
            from llamadesk.ui.models.license_dialog import LicenseDialog

            self.license_dialog = LicenseDialog(listing.license, self.library.manager.licenses,
                                                self)
            self.license_dialog.open()
            return
        QDesktopServices.openUrl(QUrl(url))

    def _show_choice(self, row: int) -> None:
        listing = self.listing
        ok = listing is not None and 0 <= row < len(listing.choices) \
            and listing.choices[row].problem is None
        self.download.setEnabled(ok)

    def download_choice(self) -> None:
        from llamadesk.models.discover import HubEntry
        from llamadesk.ui.models.actions import start_download

        listing, row = self.listing, self.choices.currentRow()
        if listing is None or not 0 <= row < len(listing.choices):
            return
        projector = listing.projectors[0] \
            if listing.projectors and self.projector.isChecked() else None
        # A licence that asks for acceptance (Llama, Gemma) opens its text first.
        self.license_dialog = start_download(self, self.library,
                                             HubEntry(listing, listing.choices[row], projector),
                                             self.download_started.emit)

    def _api(self) -> Any:
        from huggingface_hub import HfApi

        from llamadesk.models.hub import endpoint

        return HfApi(endpoint=endpoint(), token=self.library.tokens.get() or False)


def _first_page(search: HubSearch) -> tuple[HubSearch, list[HubModel]]:
    return search, search.next_page(PAGE)
