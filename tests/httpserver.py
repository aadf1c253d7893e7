"""A real HTTP server on 127.0.0.1 for tests: each route maps a path to status, headers, body, delay."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0
    # streamed bodies of any size without holding them in memory: (chunk, count)
    stream: tuple[bytes, int] | None = None
    trickle: float = 0.0  # seconds between single bytes of the body (a slow-drip server)
    raw: bytes | None = None  # sent as is instead of a response, then the connection is closed


@dataclass
class Server:
    host: str
    port: int
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]]
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    times: list[tuple[str, float]] = field(default_factory=list)  # (path, monotonic arrival time)

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for _m, p, _h in self.requests if p == path)


def _handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            server.requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
            server.times.append((self.path, time.monotonic()))
            route = server.routes.get(self.path.split("?")[0])
            if callable(route):
                route = route(self)
            if route is None:
                route = Route(b"not found", 404, {"Content-Type": "text/plain"})
            if route.delay:
                time.sleep(route.delay)
            if route.raw is not None:
                self.wfile.write(route.raw)
                self.wfile.flush()
                self.close_connection = True
                return
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            length = len(route.body) if route.stream is None else len(route.stream[0]) * route.stream[1]
            self.send_header("Content-Length", str(length))
            self.end_headers()
            try:
                if route.trickle:
                    for i in range(len(route.body)):
                        self.wfile.write(route.body[i : i + 1])
                        self.wfile.flush()
                        time.sleep(route.trickle)
                elif route.stream is None:
                    self.wfile.write(route.body)
                else:
                    chunk, count = route.stream
                    for _ in range(count):
                        self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as a size cap should make it

    return Handler


@contextmanager
def serve(
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]] | None = None,
    host: str = "127.0.0.1",  # any 127.x.y.z is loopback: several "hosts" on one machine
) -> Iterator[Server]:
    server = Server(host, 0, routes if routes is not None else {})
    httpd = ThreadingHTTPServer((host, 0), _handler(server))
    httpd.daemon_threads = True
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
