"""What LlamaDesk asks of the Hugging Face Hub: file metadata, access, the account.

Only an explicit download or Hub check calls this module; chatting never does.
The endpoint follows ``HF_ENDPOINT`` (a mirror, or a test server), and
``HF_HUB_OFFLINE`` makes every call fail at once with a clear message.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

from huggingface_hub import HfApi, hf_hub_url
from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError
from huggingface_hub.utils import build_hf_headers  # type: ignore[attr-defined]

from llamadesk.errors import DownloadError
from llamadesk.models.downloader import DownloadTarget
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

DEFAULT_ENDPOINT = "https://huggingface.co"


class Access(enum.Enum):
    GRANTED = "granted"
    NO_TOKEN = "no_token"
    INVALID_TOKEN = "invalid_token"
    NOT_GRANTED = "not_granted"


@dataclass(frozen=True)
class AccessCheck:
    access: Access
    repo: str
    account: str | None
    message: str


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", DEFAULT_ENDPOINT).rstrip("/")


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


class Hub:
    def __init__(self, token: str | None = None, endpoint_url: str | None = None) -> None:
        self.endpoint = (endpoint_url or endpoint()).rstrip("/")
        self._token = token
        self._api = HfApi(endpoint=self.endpoint, token=token or False)

    def _guard(self) -> None:
        if _offline():
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "HF_HUB_OFFLINE is set, so LlamaDesk will not contact the Hub. "
                "Unset it to download or check models.")))

    def page(self, repo: str) -> str:
        return f"{self.endpoint}/{repo}"

    def whoami(self) -> str | None:
        """The account name for the token, or None if the Hub rejects it."""
        self._guard()
        if not self._token:
            return None
        try:
            return str(self._api.whoami(token=self._token)["name"])
        except HfHubHTTPError as error:
            if error.response is not None and error.response.status_code == 401:
                return None
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The Hub could not be reached: %1"), error)) from None

    def check_access(self, repo: str) -> AccessCheck:
        """A distinct, actionable answer for each way access to a gated repo can fail."""
        self._guard()
        owner = "Meta" if repo.startswith("meta-llama/") else "its owner"
        request = f"{self.page(repo)} and request access" + (
            " (Meta grants it within hours)" if owner == "Meta" else "")
        if not self._token:
            return AccessCheck(Access.NO_TOKEN, repo, None, (
                f"{repo} is gated: {owner} asks you to sign in to Hugging Face first. Create a "
                "token at huggingface.co/settings/tokens (read access is enough), add it with "
                f"`llamadesk token set`, then open {request}."))
        account = self.whoami()
        if account is None:
            return AccessCheck(Access.INVALID_TOKEN, repo, None, (
                "The Hugging Face token was rejected: it may be mistyped, expired or revoked. "
                "Create a new one at huggingface.co/settings/tokens and run "
                "`llamadesk token set`."))
        try:
            self._api.auth_check(repo, token=self._token)
        except GatedRepoError:
            return AccessCheck(Access.NOT_GRANTED, repo, account, (
                f"Your account {account} has not been granted access to {repo} yet. Open "
                f"{request}, then try again."))
        except RepositoryNotFoundError:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no model %1 on the Hub."), repo)) from None
        except HfHubHTTPError as error:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The Hub could not be reached: %1"), error)) from None
        return AccessCheck(Access.GRANTED, repo, account,
                           f"Your account {account} has access to {repo}.")

    def target(self, repo: str, filename: str, revision: str = "main") -> DownloadTarget:
        """URL, size and SHA-256 of a file, exactly as the Hub publishes them."""
        self._guard()
        try:
            infos = self._api.get_paths_info(repo, [filename], expand=True, revision=revision,
                                             token=self._token or False)
        except GatedRepoError:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is gated and this account has no access: ask for it on the "
                "repository's page, or run `llamadesk models access %1` for what to do."),
                repo)) from None
        except RepositoryNotFoundError:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "There is no model %1 on the Hub."), repo)) from None
        except HfHubHTTPError as error:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "The Hub could not be reached: %1"), error)) from None
        info = next((i for i in infos if getattr(i, "path", None) == filename), None)
        lfs = getattr(info, "lfs", None)
        if info is None or lfs is None:
            raise DownloadError(Note(QT_TRANSLATE_NOOP(
                "messages", "%1 is not in %2, or the Hub gave no hash for it."), filename, repo))
        return DownloadTarget(
            url=hf_hub_url(repo, filename, revision=revision, endpoint=self.endpoint),
            filename=filename,
            size=int(lfs.size),
            sha256=str(lfs.sha256),
            headers=build_hf_headers(token=self._token or False),
        )
