"""`cpec serve`: the read-only web pages and JSON API over the database, on 127.0.0.1 unless told."""

from __future__ import annotations

import ipaddress
import socket
from typing import Annotated

import typer

from pipeline.cli.common import ConfigOpt, DbOpt, DebugOpt, err, open_db, settings_from
from pipeline.errors import CpecError
from storage import StorageError
from storage.engine import connect, redact

POOL = 8  # read connections: requests beyond this many at once wait their turn


def _listen(host: str, port: int) -> socket.socket:
    """Bind first, so that a busy port is a one-line error rather than a server log."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _name, address = infos[0]
        # proto must say TCP: asyncio only turns Nagle off (TCP_NODELAY) on sockets that say so, and
        # without it every keep-alive response waits ~40 ms for the client's delayed ACK
        sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        raise CpecError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    db: DbOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Browse and query what is stored: web pages and a JSON API (/api/docs), read-only."""
    import uvicorn

    from pipeline.web.app import create_app

    settings = settings_from(config, db=db)
    open_db(settings).dispose()  # create or upgrade the schema, as every command does, then only read
    try:
        readonly = connect(
            settings.database_url, settings.sqlite_busy_timeout_ms, readonly=True, pool_size=POOL
        )
    except StorageError as exc:
        raise CpecError(f"cannot open the database read-only: {exc}") from None
    sock = _listen(host, port)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    if not _is_loopback(host):
        err.print(f"warning: {host} is reachable from other machines; anyone there can read the database")
    err.print(
        f"serving {redact(settings.database_url)} read-only at {url} (API docs {url}api/docs); Ctrl-C stops"
    )
    server = uvicorn.Server(uvicorn.Config(create_app(readonly), log_level="debug" if debug else "warning"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        readonly.dispose()
