"""The built site, its test servers and the browser pages the tests drive.

The site is served three ways, each on its own port (so its own origin):
  isolated  COOP/COEP headers on every response, as a host that can set headers does;
  plain     no headers, and /coi-serviceworker.js answers 404, so the page can never
            become cross-origin isolated: the fallback path (Stop restarts Python);
  pages     no headers but the service worker served: what GitHub Pages gets.
Files under /pyodide/ are sent with a long max-age, as a real host would for versioned
files. Every request to a host other than 127.0.0.1 is aborted and recorded, and the
test fails; Chromium's resolver also refuses every other host, as a second guard.
"""

from __future__ import annotations

import functools
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page
from runtimes import facts

ROOT = Path(__file__).resolve().parents[2]
# Build another checkout instead (to develop these tests against a draft page).
SOURCE = Path(os.environ.get("GUIDE_BROWSER_SOURCE", ROOT))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # injected by the a11y test
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def browser_path() -> str:
    """Debian's Chromium (tools/install-chromium.sh): Playwright cannot download one.
    GUIDE_CHROMIUM names another build (GitHub's runners have Google Chrome)."""
    path = os.environ.get("GUIDE_CHROMIUM") or shutil.which("chromium")
    if not path:
        raise RuntimeError("Chromium is missing: run tools/install-chromium.sh")
    return path


TIMEOUT_MS = 30_000  # generous: a first Pyodide load on a slow CI machine
# The Pyodide runtime the site ships, for tools/snippet_harness.py's variant tags.
PYODIDE_RUNTIME = facts("pyodide")


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, directory: Path, mode: str, compress: bool = False) -> None:
        self.mode = mode
        self.compress = compress  # gzip text responses, as GitHub Pages does (bench)
        self.hits: Counter[str] = Counter()  # path -> requests that reached the server
        self.lock = threading.Lock()
        handler = functools.partial(_Handler, directory=str(directory))
        super().__init__(("127.0.0.1", 0), handler)

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the browser left the page mid-download: nothing went wrong here
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


MIME_TYPES = {
    **SimpleHTTPRequestHandler.extensions_map,
    ".js": "text/javascript",  # module scripts and workers need a JavaScript type
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",  # WebAssembly.instantiateStreaming insists on it
    ".json": "application/json",
}


# What GitHub Pages compresses: text, not the already-compressed snapshot or images.
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".py"}


@functools.cache
def _gzipped(file: Path) -> bytes:
    return gzip.compress(file.read_bytes(), compresslevel=6)


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = MIME_TYPES

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.server.lock:
            self.server.hits[path] += 1
        if self.server.mode == "plain" and path == "/coi-serviceworker.js":
            self.send_error(404, "no service worker in plain mode")
            return
        if self.server.compress and self._send_gzipped(path):
            return
        super().do_GET()

    def _send_gzipped(self, path: str) -> bool:
        """Send a text file gzipped if the browser accepts gzip; False: send as is."""
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        file = Path(self.translate_path(path))
        if path.endswith("/"):
            # (a directory without "/" gets the usual redirect from do_GET)
            file = file / "index.html"
        if file.suffix not in COMPRESSED or not file.is_file():
            return False
        body = _gzipped(file)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return True

    def end_headers(self) -> None:
        if self.server.mode == "isolated":
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        if urlsplit(self.path).path.startswith("/pyodide/"):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args) -> None:
        pass  # quiet: a failing test prints what matters


@functools.cache
def built_site() -> Path:
    """Build the site once per test session (also used while collecting the tests)."""
    if os.environ.get("GUIDE_BUILT_SITE"):  # `make check` built it a moment ago
        return Path(os.environ["GUIDE_BUILT_SITE"])
    if not (ROOT / "node_modules" / "pyodide").is_dir():
        raise RuntimeError("node_modules is missing: run `npm ci` (make test does)")
    out = Path(tempfile.mkdtemp(prefix="guide-site-"))
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=SOURCE,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    if done.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{done.stdout}{done.stderr}")
    return out


def runnable_pages() -> list[str]:
    """Site-relative URLs of the pages that have runnable examples."""
    site = built_site()
    return sorted(
        path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
        if "data-runnable" in path.read_text("utf-8")
    )


def all_pages() -> list[str]:
    site = built_site()
    return sorted(
        path.parent.relative_to(site).as_posix() + "/"
        for path in site.rglob("index.html")
    )


_foreign: list[str] = []  # requests to other hosts, reset by the check after each test


def is_foreign(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and (
        parts.hostname != "127.0.0.1"
    )


def _abort_foreign(route) -> None:
    _foreign.append(route.request.url)
    route.abort()


def take_foreign() -> list[str]:
    """The foreign requests recorded since the last call."""
    found, _foreign[:] = list(_foreign), []
    return found


def guard(context: BrowserContext) -> BrowserContext:
    """Abort and record every request that leaves 127.0.0.1."""
    context.route(is_foreign, _abort_foreign)
    context.set_default_timeout(TIMEOUT_MS)
    return context


def watch_only(context: BrowserContext) -> BrowserContext:
    """Record foreign requests without routing: routing disables the HTTP cache."""
    context.on("request", lambda r: is_foreign(r.url) and _foreign.append(r.url))
    context.set_default_timeout(TIMEOUT_MS)
    return context


# An exercise keeps the code typed into it in localStorage (web/runner.js). A page the
# pool opens starts from the starter code, whatever an earlier test typed there.
FORGET_EXERCISE_CODE = """
for (const key of Object.keys(localStorage)) {
  if (key.startsWith("python-interview-guide:exercise:")) localStorage.removeItem(key);
}
"""


class PagePool:
    """One open page per (mode, URL, tab): each loads Pyodide at most once a session."""

    def __init__(self, browser: Browser, servers: dict) -> None:
        self.servers = servers
        self.contexts = {
            "isolated": guard(browser.new_context()),
            # No service worker can make the page isolated: see the module docstring.
            "plain": guard(browser.new_context()),
        }
        for context in self.contexts.values():
            context.add_init_script(FORGET_EXERCISE_CODE)
        self.pages: dict[tuple[str, str, str], Page] = {}

    def get(self, path: str, mode: str = "isolated", tab: str = "examples") -> Page:
        """The open page; `tab` keeps pages that edit code apart from the others."""
        key = (mode, path, tab)
        page = self.pages.get(key)
        if page is None or page.is_closed():
            page = self.contexts[mode].new_page()
            page.goto(self.servers[mode].url + path)
            wait_enhanced(page)
            self.pages[key] = page
        return page

    def close(self) -> None:
        for context in self.contexts.values():
            context.close()


def wait_enhanced(page: Page) -> None:
    """Wait until the runner has taken every runnable block of the page in hand: each
    becomes an editor when it nears the viewport (reader.show waits for that)."""
    page.wait_for_function(
        """() => [...document.querySelectorAll("div[data-runnable]")]
                 .every((block) => block.dataset.runner)"""
    )
