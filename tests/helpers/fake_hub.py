"""A small imitation of the Hugging Face Hub, served over real HTTP on 127.0.0.1.

It answers what LlamaDesk asks of the Hub: model info with siblings and LFS
metadata, paths-info, auth-check, whoami-v2, and resolve/{rev}/{file} with
the Hub's headers and a redirect to a CDN-like path that honours Range. Faults
are switched on per test: dropped connections, wrong bytes, slow serving.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class HubFile:
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class FakeHub:
    repos: dict[str, dict[str, HubFile]] = field(default_factory=dict)
    # repo -> tokens granted access; a repo listed here is gated.
    gated: dict[str, set[str]] = field(default_factory=dict)
    # token -> account name
    accounts: dict[str, str] = field(default_factory=dict)
    # Faults: close the connection after this many body bytes (once per request count).
    drop_after: int | None = None
    drops_left: int = 0
    # Serve these (repo, file) pairs with one byte flipped.
    corrupt: set[tuple[str, str]] = field(default_factory=set)
    # Seconds to sleep per 64 KiB served (to be killed in mid-download).
    delay_per_chunk: float = 0.0
    bytes_served: int = 0
    # The Range start of every file request the CDN answered.
    range_starts: list[int] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    commit: str = "0123456789abcdef0123456789abcdef01234567"
    # repo -> its card's facts for search and model info: "license", "downloads",
    # "lastModified"; a repo whose card is not valid YAML has "card": None.
    meta: dict[str, dict[str, object]] = field(default_factory=dict)
    # Entries per page of a search or a tree listing (the Hub pages by Link header).
    page_size: int = 50
    # Repos whose tree lists a file that is not in the repo (changed since listing).
    phantom: dict[str, dict[str, HubFile]] = field(default_factory=dict)
    # Seconds each search or listing request waits before it is answered (a slow Hub).
    api_delay: float = 0.0

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeHub:
        hub = self

        class Handler(_Handler):
            pass

        Handler.hub = hub
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def count(self, n: int) -> None:
        with self._lock:
            self.bytes_served += n


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:  # keep test output clean
        pass

    # -- helpers -------------------------------------------------------------

    def _token(self) -> str | None:
        value = self.headers.get("Authorization", "")
        return value[7:] if value.startswith("Bearer ") else None

    def _json(self, status: int, payload: object, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str) -> None:
        self._json(status, {"error": message}, {"X-Error-Code": code, "X-Error-Message": message})

    def _access(self, repo: str) -> bool:
        """False (and the error sent) unless the caller may read ``repo``."""
        if repo not in self.hub.repos:
            self._error(404, "RepoNotFound", f"Repository Not Found for url: {self.path}.")
            return False
        if repo in self.hub.gated:
            token = self._token()
            if token is None or token not in self.hub.accounts:
                self._error(401, "GatedRepo",
                            f"Access to model {repo} is restricted. You must be authenticated.")
                return False
            if token not in self.hub.gated[repo]:
                self._error(403, "GatedRepo",
                            f"Access to model {repo} is restricted and you are not in the "
                            "authorized list.")
                return False
        return True

    def _lfs(self, path: str, item: HubFile) -> dict[str, object]:
        return {"type": "file", "path": path, "size": len(item.data),
                "oid": hashlib.sha1(item.data).hexdigest(),
                "lfs": {"oid": item.sha256, "size": len(item.data), "pointerSize": 134}}

    # -- routes --------------------------------------------------------------

    def do_HEAD(self) -> None:  # noqa: N802
        self._route(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._route(head=False)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        parts = urllib.parse.urlsplit(self.path).path.strip("/").split("/")
        self.hub.requests.append(f"POST {self.path}")
        # api/models/{owner}/{name}/paths-info/{rev}
        if parts[:2] == ["api", "models"] and len(parts) >= 6 and parts[4] == "paths-info":
            repo = f"{parts[2]}/{parts[3]}"
            if not self._access(repo):
                return
            files = self.hub.repos[repo]
            self._json(200, [self._lfs(p, files[p]) for p in form.get("paths", []) if p in files])
            return
        self._error(404, "EntryNotFound", "no such route")

    def _route(self, head: bool) -> None:
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        parts = path.strip("/").split("/")
        self.hub.requests.append(f"{'HEAD' if head else 'GET'} {path}")
        if parts[:2] == ["api", "models"] and self.hub.api_delay:
            time.sleep(self.hub.api_delay)
        if parts == ["api", "whoami-v2"]:
            token = self._token()
            if token in self.hub.accounts:
                self._json(200, {"type": "user", "name": self.hub.accounts[token]})
            else:
                self._json(401, {"error": "Invalid credentials in Authorization header"})
            return
        if parts[:2] == ["api", "models"] and len(parts) >= 4:
            repo = f"{parts[2]}/{parts[3]}"
            if parts[4:] == ["auth-check"]:
                if self._access(repo):
                    self._json(200, {})
                return
            if parts[4:] == [] and repo not in self.hub.repos:
                self._error(404, "RepoNotFound", f"Repository Not Found for url: {self.path}.")
                return
            if parts[4:] == [] and repo in self.hub.repos:
                # Model info names a sibling's hash "sha256" (the tree and paths-info
                # call it "oid"), as the Hub does.
                siblings = [{"rfilename": name, "size": len(f.data),
                             "lfs": {"sha256": f.sha256, "size": len(f.data),
                                     "pointerSize": 134}}
                            for name, f in self.hub.repos[repo].items()]
                self._json(200, {**self._model(repo), "sha": self.hub.commit,
                                 "siblings": siblings})
                return
            if parts[4:5] == ["tree"]:
                if repo not in self.hub.repos:
                    self._error(404, "RepoNotFound", f"{repo} does not exist")
                    return
                if not self._access(repo):
                    return
                files = {**self.hub.repos[repo], **self.hub.phantom.get(repo, {})}
                entries = [{"type": "file", "oid": hashlib.sha1(f.data).hexdigest(),
                            **self._lfs(name, f)} for name, f in files.items()]
                self._paged(entries)
                return
        if parts[:2] == ["api", "models"] and len(parts) == 2:
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            wanted = (query.get("search") or [""])[0].lower()
            found = [repo for repo in self.hub.repos
                     if wanted in repo.lower()
                     and any(name.endswith(".gguf") for name in self.hub.repos[repo])]
            if (query.get("sort") or [""])[0] == "downloads":
                found.sort(key=lambda r: -int(self.hub.meta.get(r, {}).get("downloads", 0)))
            self._paged([{**self._model(repo), "siblings": [
                {"rfilename": name} for name in self.hub.repos[repo]]} for repo in found])
            return
        # {owner}/{name}/resolve/{rev}/{file...}
        if len(parts) >= 5 and parts[2] == "resolve":
            repo, name = f"{parts[0]}/{parts[1]}", "/".join(parts[4:])
            if not self._access(repo):
                return
            item = self.hub.repos[repo].get(name)
            if item is None:
                self._error(404, "EntryNotFound", f"{name} does not exist")
                return
            self.send_response(302)
            self.send_header("Location", f"/cdn/{repo}/{name}")
            self.send_header("X-Repo-Commit", self.hub.commit)
            self.send_header("X-Linked-Etag", f'"{item.sha256}"')
            self.send_header("X-Linked-Size", str(len(item.data)))
            self.send_header("ETag", f'"{hashlib.sha1(item.data).hexdigest()}"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if parts[0] == "cdn" and len(parts) >= 4:
            repo, name = f"{parts[1]}/{parts[2]}", "/".join(parts[3:])
            item = self.hub.repos.get(repo, {}).get(name)
            if item is None:
                self._error(404, "EntryNotFound", "gone")
                return
            self._serve(repo, name, item, head)
            return
        self._error(404, "EntryNotFound", "no such route")

    def _model(self, repo: str) -> dict[str, object]:
        facts = self.hub.meta.get(repo, {})
        card = facts.get("card", {"license": facts["license"]} if "license" in facts else {})
        return {"id": repo, "author": repo.split("/")[0],
                "downloads": facts.get("downloads", 0),
                "lastModified": facts.get("lastModified", "2026-11-01T10:00:00.000Z"),
                "gated": "manual" if repo in self.hub.gated else False,
                "tags": ["gguf"], "cardData": card}

    def _paged(self, entries: list[dict[str, object]]) -> None:
        """A page of ``entries`` from ?cursor=N, with a Link to the next, as the Hub."""
        split = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(split.query)
        start = int((query.get("cursor") or ["0"])[0])
        end = start + self.hub.page_size
        headers = {}
        if end < len(entries):
            query["cursor"] = [str(end)]
            following = split._replace(query=urllib.parse.urlencode(query, doseq=True))
            headers["Link"] = f'<{self.hub.url}{following.geturl()}>; rel="next"'
        self._json(200, entries[start:end], headers)

    def _serve(self, repo: str, name: str, item: HubFile, head: bool) -> None:
        data = item.data
        if (repo, name) in self.hub.corrupt:
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:]
        start = 0
        ranged = self.headers.get("Range", "")
        if ranged.startswith("bytes=") and ranged.endswith("-"):
            start = int(ranged[6:-1])
        body = data[start:]
        self.hub.range_starts.append(start)
        self.send_response(206 if start else 200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(len(body)))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.end_headers()
        if head:
            return
        limit = len(body)
        if self.hub.drop_after is not None and self.hub.drops_left > 0:
            self.hub.drops_left -= 1
            limit = min(limit, self.hub.drop_after)
        sent = 0
        while sent < limit:
            chunk = body[sent:min(limit, sent + 65536)]
            try:
                self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return
            sent += len(chunk)
            self.hub.count(len(chunk))
            if self.hub.delay_per_chunk:
                time.sleep(self.hub.delay_per_chunk)
        if limit < len(body):  # the fault: hang up in mid-file
            self.close_connection = True
            self.connection.shutdown(2)
