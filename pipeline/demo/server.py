"""The bundled demo site, served on 127.0.0.1 by `cpec demo`: static pages, a feed and a sitemap whose
absolute links name the address the server actually got."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from importlib.abc import Traversable

log = logging.getLogger(__name__)

DEMO_HOST = "127.0.0.1"
PREFERRED_PORT = 8765  # the same address each time keeps the demo's article URLs stable across runs
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8"}


def _site() -> Traversable:
    return resources.files("pipeline.demo").joinpath("site")


def _handler(base: list[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            log.debug("demo site: " + format, *args)

        def do_GET(self) -> None:
            path = self.path.split("?")[0].split("#")[0]
            parts = [p for p in path.split("/") if p]
            if any(p in {"..", "."} for p in parts):
                return self._send(404, b"not found", ".txt")
            node = _site().joinpath(*parts) if parts else _site().joinpath("index.html")
            if not node.is_file():
                return self._send(404, b"not found", ".txt")
            body = node.read_bytes()
            suffix = "." + node.name.rsplit(".", 1)[-1]
            if suffix == ".xml":
                body = body.replace(b"{{BASE}}", base[0].encode())
            self._send(200, body, suffix)

        def _send(self, status: int, body: bytes, suffix: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", TYPES.get(suffix, "application/octet-stream"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve_demo_site() -> Iterator[str]:
    """Serve the site on 127.0.0.1 (the preferred port when free) and yield its base URL."""
    base: list[str] = [""]
    try:
        httpd = ThreadingHTTPServer((DEMO_HOST, PREFERRED_PORT), _handler(base))
    except OSError:
        httpd = ThreadingHTTPServer((DEMO_HOST, 0), _handler(base))
    httpd.daemon_threads = True
    base[0] = f"http://{DEMO_HOST}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, name="demo-site", daemon=True)
    thread.start()
    try:
        yield base[0]
    finally:
        httpd.shutdown()
        httpd.server_close()
