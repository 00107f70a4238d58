"""Any GGUF on the Hub: search (paged), a repo's files as choices with the
catalog's fit and speed estimate, and downloads (a split model's parts each
verified, loaded from the first; a projector beside it). Real HTTP to the local Hub
imitation, real llama.cpp for the split model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from llamadesk.diagnostics.tiny_model import write_tiny_llama
from llamadesk.engine.prompt import ChatMessage
from llamadesk.engine.session import LoadOptions, ModelSession, SamplingParams
from llamadesk.errors import DownloadError, LicenseError
from llamadesk.models.catalog import Fit, estimate_file
from llamadesk.models.discover import GatedError, HubSearch, list_repo, quantization, safe_name
from llamadesk.models.license import (
    PLAIN_SUMMARY,
    TITLES,
    LicenseStore,
    license_sha256,
    license_text,
    needs_acceptance,
)
from llamadesk.models.manager import ModelManager
from tests.helpers.fake_hub import FakeHub, HubFile
from tests.helpers.tiny_gguf import REPLY

SPLIT_REPO = "bartowski/Tiny-Split-GGUF"
VISION_REPO = "ggml-org/Tiny-Vision-GGUF"
ODD_REPO = "someone/odd-license-GGUF"
BROKEN_REPO = "someone/broken-split-GGUF"
LLAMA_REPO = "bartowski/Tiny-Llama-3.1-GGUF"
GATED_REPO = "meta-llama/Tiny-Llama-3.2-GGUF"
LINKED_REPO = "someone/own-licence-GGUF"


@pytest.fixture(scope="module")
def split_parts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("split")
    write_tiny_llama(folder / "Tiny-Q4_K_M.gguf", split_max_tensors=4)
    return sorted(folder.glob("Tiny-Q4_K_M-*.gguf"))


@pytest.fixture
def hub(split_parts: list[Path], tiny_model: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    parts = {p.name: HubFile(p.read_bytes()) for p in split_parts}
    server = FakeHub(
        repos={SPLIT_REPO: {**parts, "Tiny-Q8_0.gguf": HubFile(tiny_model.read_bytes()),
                            "README.md": HubFile(b"# Tiny")},
               VISION_REPO: {"tiny-vision-F16.gguf": HubFile(tiny_model.read_bytes()),
                             "mmproj-tiny-vision-f16.gguf": HubFile(b"GGUF" + b"\1" * 40)},
               ODD_REPO: {"odd.Q4_0.gguf": HubFile(b"GGUF" + b"\2" * 30),
                          "../escape.gguf": HubFile(b"GGUF")},
               BROKEN_REPO: {"Big-Q4_K_M-00001-of-00003.gguf": HubFile(b"GGUF1"),
                             "Big-Q4_K_M-00003-of-00003.gguf": HubFile(b"GGUF3")},
               LLAMA_REPO: {"Tiny-Llama-3.1-Q8_0.gguf": HubFile(tiny_model.read_bytes())},
               GATED_REPO: {"Tiny-Llama-3.2-Q8_0.gguf": HubFile(tiny_model.read_bytes())},
               LINKED_REPO: {"own.Q4_0.gguf": HubFile(b"GGUF" + b"\3" * 20)},
               "someone/not-gguf": {"model.safetensors": HubFile(b"x")}},
        meta={SPLIT_REPO: {"license": "apache-2.0", "downloads": 5000},
              VISION_REPO: {"license": "gemma", "downloads": 9000},
              ODD_REPO: {"license": "other", "downloads": 3, "card": None},
              BROKEN_REPO: {"downloads": 1},
              LLAMA_REPO: {"license": "llama3.1", "downloads": 2},
              GATED_REPO: {"license": "llama3.2", "downloads": 2},
              LINKED_REPO: {"downloads": 2, "card": {"license": "other",
                                                    "license_link": "LICENSE.md"}}},
        gated={GATED_REPO: {"hf_granted"}},
        accounts={"hf_granted": "ada", "hf_waiting": "bob"},
        page_size=2).start()
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    yield server
    server.stop()


def _api(hub: FakeHub, token: str | bool = False):  # type: ignore[no-untyped-def]
    from huggingface_hub import HfApi

    return HfApi(endpoint=hub.url, token=token)


def test_search_is_paged_and_shows_what_a_choice_needs(hub: FakeHub) -> None:
    search = HubSearch(_api(hub), "gguf", sort="downloads")
    first = search.next_page(2)
    assert [m.repo for m in first] == [VISION_REPO, SPLIT_REPO]  # most downloaded first
    vision, split = first
    assert vision.vision and vision.license == "gemma" and not split.vision
    assert split.license == "apache-2.0" and split.downloads == 5000
    rest = [m for _ in range(4) for m in search.next_page(2)]
    assert {m.repo for m in rest} == {ODD_REPO, BROKEN_REPO, LLAMA_REPO, GATED_REPO,
                                      LINKED_REPO}
    assert search.next_page(2) == [] and search.done
    assert next(m for m in rest if m.repo == GATED_REPO).gated
    # Only GGUF repos are found; the card that is not valid YAML reads as no licence.
    assert ODD_REPO in {m.repo for m in rest} and next(
        m for m in rest if m.repo == ODD_REPO).license is None
    assert all(m.repo != "someone/not-gguf" for page in search.pages for m in page)


def test_a_repos_files_are_choices(hub: FakeHub, split_parts: list[Path]) -> None:
    listing = list_repo(_api(hub), SPLIT_REPO)
    labels = {c.label: c for c in listing.choices}
    assert set(labels) == {"Q4_K_M", "Q8_0"}
    split = labels["Q4_K_M"]
    assert [f.name for f in split.files] == [p.name for p in split_parts]  # in order
    assert split.size == sum(p.stat().st_size for p in split_parts)
    assert listing.license == "apache-2.0" and split.problem is None
    vision = list_repo(_api(hub), VISION_REPO)
    assert [p.name for p in vision.projectors] == ["mmproj-tiny-vision-f16.gguf"]
    assert [c.label for c in vision.choices] == ["F16"]


def test_bad_repos_say_what_is_wrong(hub: FakeHub) -> None:
    odd = list_repo(_api(hub), ODD_REPO)
    assert [c.label for c in odd.choices] == ["Q4_0"]
    assert odd.skipped == ("../escape.gguf: not a safe file name",)
    broken = list_repo(_api(hub), BROKEN_REPO)
    [choice] = broken.choices
    assert choice.problem == "part 2 of 3 is missing from the repo"
    with pytest.raises(DownloadError, match="There is no model someone/vanished"):
        list_repo(_api(hub), "someone/vanished")


def test_fit_and_speed_by_the_catalogs_rules() -> None:
    gib = 1 << 30
    assert estimate_file(4 * gib, 16 * gib)[0] is Fit.FITS
    assert estimate_file(11 * gib, 16 * gib)[0] is Fit.TIGHT
    assert estimate_file(40 * gib, 16 * gib)[0] is Fit.TOO_LARGE
    slow, fast = estimate_file(8 * gib, 64 * gib)[1], estimate_file(4 * gib, 64 * gib)[1]
    assert fast == pytest.approx(2 * slow)


def test_names_and_quantizations() -> None:
    assert quantization("Qwen3-8B-Q4_K_M.gguf") == "Q4_K_M"
    assert quantization("gemma-3-4b-it-UD-IQ2_XXS.gguf") == "UD-IQ2_XXS"
    assert quantization("gpt-oss-20b-MXFP4.gguf") == "MXFP4"
    assert quantization("model.bf16.gguf") == "BF16"
    assert quantization("plain.gguf") is None
    assert not safe_name("../x.gguf") and not safe_name("/etc/x.gguf")
    assert not safe_name("a/../../x.gguf") and safe_name("Q4/model.gguf")


def test_a_split_model_downloads_verified_and_loads(hub: FakeHub, tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    listing = list_repo(_api(hub), SPLIT_REPO)
    split = next(c for c in listing.choices if c.label == "Q4_K_M")
    model = manager.download_from_hub(listing, split)
    assert model.repo == SPLIT_REPO and model.license == "apache-2.0"
    assert sorted(p.name for p in (tmp_path / "models").glob("*.gguf")) == [
        f.name for f in split.files]
    assert Path(model.path).name == split.first.name
    session = ModelSession.load(Path(model.path), LoadOptions())
    try:
        said: list[str] = []
        session.generate([ChatMessage("user", "Hi")], SamplingParams(seed=1), said.append)
        assert "".join(said) == REPLY
    finally:
        session.close()


def test_a_file_that_changed_since_listing_is_refused(hub: FakeHub, tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    listing = list_repo(_api(hub), SPLIT_REPO)
    q8 = next(c for c in listing.choices if c.label == "Q8_0")
    hub.repos[SPLIT_REPO]["Tiny-Q8_0.gguf"] = HubFile(b"GGUF changed")
    with pytest.raises(DownloadError, match="changed on the Hub since it was listed"):
        manager.download_from_hub(listing, q8)
    broken = list_repo(_api(hub), BROKEN_REPO)
    with pytest.raises(DownloadError, match="part 2 of 3 is missing"):
        manager.download_from_hub(broken, broken.choices[0])


def test_the_terminal_searches_lists_and_downloads(hub: FakeHub, data_dir: Path) -> None:
    from tests.test_cli import llamadesk

    env = {"HF_ENDPOINT": hub.url}
    found = llamadesk("models", "search", "gguf", "--limit", "3", data_dir=data_dir, env=env)
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0].startswith(VISION_REPO) and "vision" in lines[0] and len(lines) == 3
    listed = llamadesk("models", "files", SPLIT_REPO, data_dir=data_dir, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "licence apache-2.0" in listed.stdout and "(3 parts)" in listed.stdout
    assert "Q8_0" in listed.stdout and "tokens/s" in listed.stdout
    got = llamadesk("models", "download", SPLIT_REPO, "Q4_K_M", data_dir=data_dir, env=env)
    assert got.returncode == 0, got.stderr
    assert "Installed" in got.stdout
    answered = llamadesk("chat", "--model", got.stdout.split(" at ")[-1].strip(), "Hi",
                         data_dir=data_dir, env=env)
    assert answered.returncode == 0 and answered.stdout.strip() == REPLY, answered.stderr
    unknown = llamadesk("models", "download", SPLIT_REPO, "Q2_K", data_dir=data_dir, env=env)
    assert unknown.returncode != 0 and "has no choice 'Q2_K'" in unknown.stderr
    gone = llamadesk("models", "files", "someone/vanished", data_dir=data_dir, env=env)
    assert gone.returncode != 0 and "There is no model someone/vanished" in gone.stderr
    # A licence that asks for acceptance: read, then accepted on the command line.
    refused = llamadesk("models", "download", LLAMA_REPO, "Q8_0", data_dir=data_dir, env=env)
    assert refused.returncode != 0
    assert "llamadesk models license llama3.1" in refused.stderr, refused.stderr
    shown = llamadesk("models", "license", "llama3.1", data_dir=data_dir, env=env)
    assert shown.returncode == 0 and "LLAMA 3.1 COMMUNITY LICENSE" in shown.stdout
    assert "In plain words: You may use, copy and change Llama 3.1" in shown.stdout
    accepted = llamadesk("models", "download", LLAMA_REPO, "Q8_0", "--accept-license",
                         data_dir=data_dir, env=env)
    assert accepted.returncode == 0 and "Installed" in accepted.stdout, accepted.stderr
    bad = llamadesk("models", "license", "wtfpl", data_dir=data_dir, env=env)
    assert bad.returncode != 0 and "ships no licence 'wtfpl'" in bad.stderr


def test_offline_is_said_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import time

    from huggingface_hub import HfApi

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    api = HfApi(endpoint=f"http://127.0.0.1:{port}", token=False)
    started = time.monotonic()
    with pytest.raises(DownloadError, match="cannot be reached from this computer now"):
        HubSearch(api, "qwen")
    with pytest.raises(DownloadError, match="everything else works offline"):
        list_repo(api, SPLIT_REPO)
    assert time.monotonic() - started < 10  # not the client's half minute of retries
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(DownloadError, match="cannot be reached"):
        HubSearch(HfApi(endpoint="http://127.0.0.1:9", token=False), "qwen")


def test_a_llama_licence_is_accepted_before_any_byte(hub: FakeHub, tmp_path: Path) -> None:
    licenses = LicenseStore(tmp_path / "licenses.json")
    manager = ModelManager(tmp_path / "models", licenses)
    listing = list_repo(_api(hub), LLAMA_REPO)
    assert listing.license == "llama3.1" and needs_acceptance(listing.license)
    with pytest.raises(LicenseError, match="Llama 3.1 Community License.*"
                       "llamadesk models license llama3.1.*--accept-license"):
        manager.download_from_hub(listing, listing.choices[0])
    assert not any("/cdn/" in r or "paths-info" in r for r in hub.requests)
    accepted = licenses.accept("llama3.1")
    model = manager.download_from_hub(listing, listing.choices[0])
    assert model.license == "llama3.1" and model.license_sha256 == accepted.sha256
    assert model.license_sha256 == license_sha256("llama3.1")
    assert model.license_accepted_at == accepted.accepted_at.isoformat()
    # A permissive licence asks nothing; Llama 2's acceptance is not Llama 3.1's.
    assert not needs_acceptance("apache-2.0") and not needs_acceptance(None)
    assert licenses.acceptance("llama2") is None


def test_shipped_licence_texts() -> None:
    for ident, opening in (("llama3", "META LLAMA 3 COMMUNITY LICENSE AGREEMENT"),
                           ("llama3.1", "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT"),
                           ("llama3.2", "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT"),
                           ("llama3.3", "**LLAMA 3.3 COMMUNITY LICENSE AGREEMENT**"),
                           ("gemma", "Gemma Terms of Use")):
        text = license_text(ident)
        assert text.strip().startswith(opening), ident
        assert ident in TITLES and ident in PLAIN_SUMMARY
    assert "Acceptable Use Policy" in license_text("llama3.2")
    assert "European Union" in license_text("llama3.2")
    assert "Prohibited Use Policy" in license_text("gemma")
    assert len({license_sha256(ident) for ident in TITLES}) == len(TITLES)


def test_licence_links(hub: FakeHub) -> None:
    linked = list_repo(_api(hub), LINKED_REPO)
    assert linked.license_url(hub.url) == f"{hub.url}/{LINKED_REPO}/blob/main/LICENSE.md"
    split = list_repo(_api(hub), SPLIT_REPO)
    assert split.license_url(hub.url) == "https://spdx.org/licenses/Apache-2.0.html"
    odd = list_repo(_api(hub), ODD_REPO)  # its card is not valid YAML: the repo's page
    assert odd.license is None and odd.license_url(hub.url) == f"{hub.url}/{ODD_REPO}"


def test_a_gated_repo_asks_for_a_token_then_access(hub: FakeHub) -> None:
    with pytest.raises(GatedError, match="is gated: its owner shares it.*Add a Hugging "
                       "Face token") as anonymous:
        list_repo(_api(hub), GATED_REPO)
    assert anonymous.value.repo == GATED_REPO and not anonymous.value.signed_in
    with pytest.raises(GatedError, match="your Hugging Face account has no access yet") \
            as waiting:
        list_repo(_api(hub, "hf_waiting"), GATED_REPO)
    assert waiting.value.signed_in
    listing = list_repo(_api(hub, "hf_granted"), GATED_REPO)
    assert listing.gated and listing.license == "llama3.2"
    assert [c.label for c in listing.choices] == ["Q8_0"]


def test_a_ten_thousand_file_repo_is_read_in_pages(tiny_model: Path) -> None:
    many = {f"shard/part-{n:05d}.bin": HubFile(n.to_bytes(4, "big")) for n in range(10_000)}
    server = FakeHub(repos={"someone/huge": {**many,
                                             "huge-Q4_K_M.gguf": HubFile(b"GGUF" * 4)}},
                     page_size=1000).start()
    try:
        listing = list_repo(_api(server), "someone/huge")
    finally:
        server.stop()
    assert [c.label for c in listing.choices] == ["Q4_K_M"]
    pages = [r for r in server.requests if "/tree/" in r]
    assert len(pages) == 11  # 10,001 entries, a thousand a page


def test_deleting_a_split_model_deletes_every_part(hub: FakeHub, tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    listing = list_repo(_api(hub), SPLIT_REPO)
    split = next(c for c in listing.choices if c.label == "Q4_K_M")
    model = manager.download_from_hub(listing, split)
    assert model.size == split.size and len(list((tmp_path / "models").glob("*.gguf"))) == 3
    manager.delete(model.id)
    assert list((tmp_path / "models").glob("*.gguf")) == []


def test_a_projector_is_stored_beside_its_model(hub: FakeHub, tmp_path: Path) -> None:
    manager = ModelManager(tmp_path / "models", LicenseStore(tmp_path / "licenses.json"))
    manager.licenses.accept("gemma")
    listing = list_repo(_api(hub), VISION_REPO)
    model = manager.download_from_hub(listing, listing.choices[0], listing.projectors[0])
    beside = Path(model.path).with_name("mmproj-tiny-vision-F16.gguf")
    assert beside.read_bytes() == b"GGUF" + b"\1" * 40
    assert model.size == Path(model.path).stat().st_size  # the projector is not counted
