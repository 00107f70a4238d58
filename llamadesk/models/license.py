"""The Llama 2 Community License: shipped, shown, and accepted before any download.

An acceptance records the time and the SHA-256 of the exact text accepted; if
the shipped text changes, it no longer counts and the user is asked again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from llamadesk.errors import LicenseError
from llamadesk.jsonfile import read_json, write_json
from llamadesk.notes import QT_TRANSLATE_NOOP, Note

LLAMA2 = "llama2"
_FILES = {LLAMA2: ("licenses/LLAMA2_LICENSE.txt", "licenses/LLAMA2_USE_POLICY.md")}
TITLES = {LLAMA2: "Llama 2 Community License and Acceptable Use Policy"}

# Next to the accept button: what the 700M-monthly-users clause means in plain words.
PLAIN_SUMMARY = {
    LLAMA2: (
        "You may use, copy and change Llama 2 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "18 July 2023 needs a separate license from Meta. You also agree to Meta's "
        "Acceptable Use Policy, and may not use Llama 2's output to improve other large "
        "language models."
    ),
}


def needs_acceptance(license_id: str) -> bool:
    """Whether a download waits for the user to accept its license: Llama 2's
    does; the permissive licenses of the embedding models (MIT, Apache 2.0) do not."""
    return license_id in _FILES


def license_text(license_id: str) -> str:
    folder = resources.files("llamadesk.resources")
    return "\n\n".join(folder.joinpath(name).read_text(encoding="utf-8")
                       for name in _FILES[license_id])


def license_sha256(license_id: str) -> str:
    return hashlib.sha256(license_text(license_id).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Acceptance:
    license_id: str
    sha256: str
    accepted_at: datetime


class LicenseStore:
    """Acceptances, in a small JSON file in the config folder."""

    def __init__(self, file: Path, text_of: object = license_text) -> None:
        self._file = file
        self._text_of = text_of

    def _sha(self, license_id: str) -> str:
        text = self._text_of(license_id)  # type: ignore[operator]
        return hashlib.sha256(str(text).encode("utf-8")).hexdigest()

    def _read(self) -> dict[str, dict[str, str]]:
        data = read_json(self._file, {})
        return data if isinstance(data, dict) else {}

    def acceptance(self, license_id: str) -> Acceptance | None:
        """The acceptance of the *current* text, or None."""
        entry = self._read().get(license_id)
        if not entry or entry.get("sha256") != self._sha(license_id):
            return None
        return Acceptance(license_id, entry["sha256"],
                          datetime.fromisoformat(entry["accepted_at"]))

    def accept(self, license_id: str) -> Acceptance:
        data = self._read()
        now = datetime.now(timezone.utc)
        data[license_id] = {"sha256": self._sha(license_id), "accepted_at": now.isoformat()}
        write_json(self._file, data)
        return Acceptance(license_id, data[license_id]["sha256"], now)

    def require(self, license_id: str) -> Acceptance:
        accepted = self.acceptance(license_id)
        if accepted is None:
            raise LicenseError(Note(QT_TRANSLATE_NOOP(
                "messages", "Downloading this model needs your acceptance of the %1. Read it "
                "with `llamadesk models license`, then download again with --accept-license."),
                TITLES[license_id]))
        return accepted
