"""Model licences that ask to be accepted: shipped, shown, and accepted before any
download of a model under them (Llama 2, Llama 3.x, Gemma).

The ids are the Hub's own licence identifiers (a model card's ``license:``), so a
repo found by search maps onto its text with no table of aliases. An acceptance
records the time and the SHA-256 of the exact text accepted; if the shipped text
changes, it no longer counts and the user is asked again.
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
_FILES = {
    LLAMA2: ("licenses/LLAMA2_LICENSE.txt", "licenses/LLAMA2_USE_POLICY.md"),
    "llama3": ("licenses/LLAMA3_LICENSE.txt",),  # its policy is inside the file
    "llama3.1": ("licenses/LLAMA3_1_LICENSE.txt", "licenses/LLAMA3_1_USE_POLICY.md"),
    "llama3.2": ("licenses/LLAMA3_2_LICENSE.txt", "licenses/LLAMA3_2_USE_POLICY.md"),
    "llama3.3": ("licenses/LLAMA3_3_LICENSE.txt", "licenses/LLAMA3_3_USE_POLICY.md"),
    "gemma": ("licenses/GEMMA_TERMS.txt",),
}
TITLES = {
    LLAMA2: "Llama 2 Community License and Acceptable Use Policy",
    "llama3": "Meta Llama 3 Community License and Acceptable Use Policy",
    "llama3.1": "Llama 3.1 Community License and Acceptable Use Policy",
    "llama3.2": "Llama 3.2 Community License and Acceptable Use Policy",
    "llama3.3": "Llama 3.3 Community License and Acceptable Use Policy",
    "gemma": "Gemma Terms of Use",
}
# How a table names a licence (the Hub's id otherwise): proper names, not translated.
SHORT_NAMES = {LLAMA2: "Llama 2 License", "llama3": "Llama 3 License",
               "llama3.1": "Llama 3.1 License", "llama3.2": "Llama 3.2 License",
               "llama3.3": "Llama 3.3 License", "gemma": "Gemma Terms",
               "apache-2.0": "Apache 2.0", "mit": "MIT"}


def short_name(license_id: str) -> str:
    return SHORT_NAMES.get(license_id, license_id)


# Next to the accept button: what each licence asks, in plain words. The English text
# governs; the window shows these translated (hence lupdate's marker).
PLAIN_SUMMARY = {
    LLAMA2: QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Llama 2 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "18 July 2023 needs a separate license from Meta. You also agree to Meta's "
        "Acceptable Use Policy, and may not use Llama 2's output to improve other large "
        "language models."),
    "llama3": QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Llama 3 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "18 April 2024 needs a separate license from Meta. You also agree to Meta's "
        "Acceptable Use Policy, and may not use Llama 3's output to improve other large "
        "language models."),
    "llama3.1": QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Llama 3.1 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "its release date needs a separate license from Meta. If you share the model or "
        "a model built from it, you must say \u201cBuilt with Llama\u201d and start that "
        "model's name with \u201cLlama\u201d. You also agree to Meta's Acceptable Use "
        "Policy."),
    "llama3.2": QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Llama 3.2 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "its release date needs a separate license from Meta. If you share the model or "
        "a model built from it, you must say \u201cBuilt with Llama\u201d and start that "
        "model's name with \u201cLlama\u201d. You also agree to Meta's Acceptable Use "
        "Policy. The rights to its multimodal (vision) models are not "
        "granted to people living, or companies based, in the European Union."),
    "llama3.3": QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Llama 3.3 for free, for personal or commercial work. "
        "Only a company whose products had more than 700 million monthly active users on "
        "its release date needs a separate license from Meta. If you share the model or "
        "a model built from it, you must say \u201cBuilt with Llama\u201d and start that "
        "model's name with \u201cLlama\u201d. You also agree to Meta's Acceptable Use "
        "Policy."),
    "gemma": QT_TRANSLATE_NOOP(
        "LicenseSummary",
        "You may use, copy and change Gemma for free, for personal or commercial work. You "
        "agree to Google's Gemma Prohibited Use Policy. If you share Gemma or a model built "
        "from it, you must pass on these terms and their use restrictions."),
}


def needs_acceptance(license_id: str | None) -> bool:
    """Whether a download waits for the user to accept its licence: Llama's and
    Gemma's do; permissive ones (MIT, Apache 2.0) and unknown ones do not (their
    text is the repo's, shown by a link)."""
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
                "with `llamadesk models license %2`, then download again with "
                "--accept-license."), TITLES[license_id], license_id))
        return accepted
