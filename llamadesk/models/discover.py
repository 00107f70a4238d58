"""Any GGUF model on the Hub: search, a repo's files grouped into choices, and what
each choice needs on this computer.

- **Search** goes through huggingface_hub's ``list_models`` filtered to GGUF, a page
  at a time (the Hub pages by link, so a slow Hub costs one page, not the list).
- **A repo's files** come from its tree with LFS sizes and SHA-256. A quantization is
  one choice; a split model (``-00001-of-00003.gguf``) is one choice of all its parts,
  loaded from the first; a projector (``mmproj*.gguf``) is offered beside it.
- Names are the Hub's, checked: nothing with ``..`` or a leading ``/`` is ever a
  path here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from llamadesk.errors import DownloadError
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

SORTS = {"downloads": "downloads", "recent": "last_modified"}
# The most files a repo's listing reads (the Hub pages them; a model repo with more
# is not one a person picks a file from).
MAX_FILES = 20_000
_SPLIT = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_QUANT = re.compile(
    r"(?i)(?:^|[-_.])((?:UD-)?(?:IQ\d_[A-Z]+(?:_[A-Z]+)?|Q\d_K(?:_[A-Z]+)?|Q\d_\d|Q\d|TQ\d_\d|"
    r"MXFP4(?:_MOE)?|BF16|F16|F32))(?=[-_.]|$)")


@dataclass(frozen=True)
class HubModel:
    repo: str
    author: str
    downloads: int
    last_modified: datetime | None
    license: str | None
    vision: bool  # the repo holds a projector (mmproj*.gguf)
    gated: bool


@dataclass(frozen=True)
class RepoFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class FileChoice:
    """One thing to download: a file, or every part of a split model."""

    label: str  # the quantization, or the file's name when none reads from it
    files: tuple[RepoFile, ...]
    # Why it cannot be downloaded (a split set with a part missing); None when it can.
    problem: str | None = None

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def first(self) -> RepoFile:
        return self.files[0]


@dataclass(frozen=True)
class RepoListing:
    repo: str
    choices: tuple[FileChoice, ...]
    projectors: tuple[RepoFile, ...] = ()
    license: str | None = None
    gated: bool = False
    # Files left out, and why (a name that is not a safe path).
    skipped: tuple[str, ...] = field(default_factory=tuple)
    # The card's own link to its licence text (``license_link``), when it gives one.
    license_link: str | None = None

    def license_url(self, endpoint: str) -> str:
        """Where to read the licence: the card's link, else the text of a well-known
        licence, else the repo's page (where the Hub shows what the card says)."""
        link = self.license_link
        if link and link.startswith(("https://", "http://")):
            return link
        if link and safe_name(link.lstrip("./")):  # a file in the repo, such as LICENSE
            return f"{endpoint}/{self.repo}/blob/main/{link.lstrip('./')}"
        spdx = _SPDX.get((self.license or "").lower())
        return f"https://spdx.org/licenses/{spdx}.html" if spdx else f"{endpoint}/{self.repo}"


# The Hub's ids of common open licences, as SPDX spells them (its pages are
# case-sensitive).
_SPDX = {"apache-2.0": "Apache-2.0", "mit": "MIT", "bsd-3-clause": "BSD-3-Clause",
         "bsd-2-clause": "BSD-2-Clause", "cc-by-4.0": "CC-BY-4.0",
         "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-by-nc-4.0": "CC-BY-NC-4.0",
         "gpl-3.0": "GPL-3.0-only", "agpl-3.0": "AGPL-3.0-only", "mpl-2.0": "MPL-2.0",
         "unlicense": "Unlicense", "cc0-1.0": "CC0-1.0"}


class GatedError(DownloadError):
    """The repo is gated and this token (or none) has no access: the window offers
    the Hugging Face account's token flow for ``repo``."""

    def __init__(self, message: str, repo: str, signed_in: bool) -> None:
        super().__init__(message)
        self.repo = repo
        self.signed_in = signed_in


OFFLINE = Note(QT_TRANSLATE_NOOP(
    "messages", "The Hugging Face Hub cannot be reached from this computer now, so models "
    "cannot be searched or downloaded; everything else works offline."))


def ensure_reachable(endpoint: str, timeout: float = 3.0) -> None:
    """DownloadError(OFFLINE) at once when the Hub's host does not answer: the Hub
    client retries for half a minute before it says so."""
    import os
    import socket
    from urllib.parse import urlsplit

    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        raise DownloadError(OFFLINE)
    parts = urlsplit(endpoint)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname or "", port), timeout=timeout).close()
    except OSError:
        raise DownloadError(OFFLINE) from None


class HubSearch:
    """One search, read a page at a time; pages already read are kept."""

    def __init__(self, api: Any, query: str, sort: str = "downloads") -> None:
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}")
        self.endpoint, self.query, self.sort = str(api.endpoint), query, sort
        ensure_reachable(self.endpoint)
        self._results: Iterator[Any] = iter(api.list_models(
            search=query or None, filter="gguf", sort=SORTS[sort],
            expand=["author", "downloads", "lastModified", "cardData", "gated",
                    "siblings", "tags"]))
        self.pages: list[list[HubModel]] = []
        self.done = False
        self._ahead: list[HubModel] = []  # read one past a page, to know if it was the last

    def next_page(self, size: int = 20) -> list[HubModel]:
        try:
            page = self._ahead + ([_model(info) for info in islice(
                self._results, size + 1 - len(self._ahead))] if not self.done else [])
        except OSError:  # the Hub client's offline mode, or the network gone
            raise DownloadError(OFFLINE) from None
        except Exception as error:  # httpx's errors, which huggingface_hub lets through
            if type(error).__module__.startswith("httpx"):
                raise DownloadError(OFFLINE) from None
            raise
        page, self._ahead = page[:size], page[size:]
        if not self._ahead:
            self.done = True
        if page:
            self.pages.append(page)
        return page


def _model(info: Any) -> HubModel:
    repo = str(info.id)
    siblings = [getattr(s, "rfilename", "") for s in (getattr(info, "siblings", None) or [])]
    return HubModel(
        repo=repo, author=str(getattr(info, "author", None) or repo.split("/")[0]),
        downloads=int(getattr(info, "downloads", 0) or 0),
        last_modified=getattr(info, "last_modified", None),
        license=_license(info),
        vision=any(_is_projector(name) for name in siblings),
        gated=bool(getattr(info, "gated", False)))


def _card(info: Any, key: str) -> object:
    card = getattr(info, "card_data", None) or getattr(info, "cardData", None)
    return card.get(key) if isinstance(card, dict) else getattr(card, key, None)


def _license(info: Any) -> str | None:
    found = _card(info, "license")
    if isinstance(found, str) and found:
        return found
    for tag in getattr(info, "tags", None) or []:
        if isinstance(tag, str) and tag.startswith("license:"):
            return tag.split(":", 1)[1]
    return None


def _is_projector(name: str) -> bool:
    base = name.rsplit("/", 1)[-1].lower()
    return base.startswith("mmproj") and base.endswith(".gguf")


def safe_name(name: str) -> bool:
    """A Hub file name that may become a path under the models folder."""
    parts = name.split("/")
    return bool(name) and not name.startswith("/") and "\\" not in name \
        and all(part not in ("", ".", "..") for part in parts)


def quantization(name: str) -> str | None:
    found = _QUANT.findall(name.rsplit("/", 1)[-1].removesuffix(".gguf"))
    return found[-1].upper() if found else None


def list_repo(api: Any, repo: str) -> RepoListing:
    """The repo's GGUF files as choices; DownloadError with the reason when the repo
    cannot be read (it vanished, it is gated without access, the Hub is away)."""
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        RepositoryNotFoundError,
    )

    ensure_reachable(str(api.endpoint))
    try:
        info = api.model_info(repo, expand=["cardData", "gated", "tags"])
        tree = list(islice((item for item in api.list_repo_tree(repo, recursive=True,
                                                                 expand=True)
                            if getattr(item, "lfs", None) is not None
                            or str(getattr(item, "path", "")).endswith(".gguf")),
                           MAX_FILES))
    except GatedRepoError:
        signed_in = bool(getattr(api, "token", None))
        raise GatedError(Note(QT_TRANSLATE_NOOP(
            "messages", "%1 is gated: its owner shares it with signed-in accounts that ask "
            "for access on its page. Add a Hugging Face token, ask for access, then open it "
            "again (`llamadesk models access %1` says which step is missing).")
            if not signed_in else QT_TRANSLATE_NOOP(
            "messages", "%1 is gated and your Hugging Face account has no access yet: ask "
            "for it on the repository's page, then open it again (`llamadesk models access "
            "%1` says what the Hub answers)."), repo), repo, signed_in) from None
    except RepositoryNotFoundError:
        raise DownloadError(Note(QT_TRANSLATE_NOOP(
            "messages", "There is no model %1 on the Hub."), repo)) from None
    except HfHubHTTPError as error:
        raise DownloadError(Note(QT_TRANSLATE_NOOP(
            "messages", "The Hub could not be reached: %1"), error)) from None
    files: list[RepoFile] = []
    projectors: list[RepoFile] = []
    skipped: list[str] = []
    for item in tree:
        name = str(getattr(item, "path", ""))
        if not name.lower().endswith(".gguf"):
            continue
        if not safe_name(name):
            skipped.append(f"{name}: not a safe file name")
            continue
        lfs = getattr(item, "lfs", None)
        # huggingface_hub's BlobLfsInfo is a dict whose keys read as attributes.
        sha256 = lfs.get("sha256") if isinstance(lfs, dict) else getattr(lfs, "sha256", None)
        if not sha256:
            skipped.append(f"{name}: the Hub gives no SHA-256 for it")
            continue
        found = RepoFile(name, int(getattr(item, "size", 0) or 0), str(sha256))
        (projectors if _is_projector(name) else files).append(found)
    link = _card(info, "license_link")
    return RepoListing(repo, _choices(files), tuple(projectors), _license(info),
                       bool(getattr(info, "gated", False)), tuple(skipped),
                       link if isinstance(link, str) and link else None)


def projector_file_name(model_file: str) -> str:
    """The name a model's projector is stored under, beside it: named for the model,
    since many repos call theirs ``mmproj-model-f16.gguf``, and still ``mmproj*``."""
    stem = model_file.rsplit("/", 1)[-1].removesuffix(".gguf")
    split = split_name(stem + ".gguf")
    return f"mmproj-{split[0] if split else stem}.gguf"


def split_name(name: str) -> tuple[str, int, int] | None:
    """(stem, part, count) of a split model's file name, else None."""
    match = _SPLIT.match(name)
    return (match["stem"], int(match["part"]), int(match["count"])) if match else None


def _choices(files: list[RepoFile]) -> tuple[FileChoice, ...]:
    single: list[FileChoice] = []
    split: dict[tuple[str, int], dict[int, RepoFile]] = {}
    for found in files:
        match = _SPLIT.match(found.name)
        if match is None:
            single.append(FileChoice(quantization(found.name) or found.name, (found,)))
            continue
        key = (match["stem"], int(match["count"]))
        split.setdefault(key, {})[int(match["part"])] = found
    for (stem, count), parts in split.items():
        ordered = tuple(parts[n] for n in sorted(parts))
        missing = [n for n in range(1, count + 1) if n not in parts]
        problem = None if not missing else Note(QT_TRANSLATE_NOOP(
            "messages", "part %1 of %2 is missing from the repo"), missing[0], count)
        single.append(FileChoice(quantization(stem) or stem, ordered, problem))
    return tuple(sorted(single, key=lambda c: (c.size, c.label)))


@dataclass(frozen=True)
class HubEntry:
    """A Hub choice queued for download (models/download_queue.py), shaped as the
    queue and its views read a catalog entry."""

    listing: RepoListing
    choice: FileChoice
    projector: RepoFile | None = None

    @property
    def id(self) -> str:
        return f"{self.listing.repo}:{self.choice.label}"

    @property
    def name(self) -> str:
        return self.listing.repo

    @property
    def quantization(self) -> str:
        return self.choice.label

    @property
    def files(self) -> tuple[str, ...]:
        """The names stored under the models folder (and its partial downloads)."""
        extra = (projector_file_name(self.choice.first.name),) \
            if self.projector is not None else ()
        return (*(f.name for f in self.choice.files), *extra)

    @property
    def license(self) -> str | None:
        return self.listing.license
