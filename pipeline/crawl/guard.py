"""Which addresses may be fetched: public ones, and the private hosts or networks the settings allow.

A page, a feed entry or a redirect may point anywhere, including the machine's own services or a cloud
metadata endpoint (169.254.169.254). The check is made on the resolved IP addresses, not on the name, for
every request including each redirect hop, and the connection is then made to the checked address (the
name still goes in the Host header and TLS SNI), so that a name cannot resolve to one address for the check
and another for the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from pipeline.errors import FetchError, Refused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class AddressPolicy:
    names: frozenset[str]  # host names allowed whatever they resolve to (but link-local)
    exact: frozenset[IPAddress]  # addresses named one by one: the only way to allow a link-local one
    networks: tuple[Network, ...]

    @classmethod
    def of(cls, allowed: Sequence[str]) -> AddressPolicy:
        names: set[str] = set()
        exact: set[IPAddress] = set()
        networks: list[Network] = []
        for entry in allowed:
            try:
                if "/" in entry:
                    networks.append(ipaddress.ip_network(entry, strict=False))
                else:
                    exact.add(ipaddress.ip_address(entry.strip("[]")))
            except ValueError:
                names.add(entry.lower().rstrip("."))
        return cls(frozenset(names), frozenset(exact), tuple(networks))

    def allows(self, host: str, ip: IPAddress) -> bool:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if ip in self.exact:
            return True
        if ip.is_link_local:  # metadata services live here: never by a name or a network
            return False
        if ip.is_global and not ip.is_multicast:
            return True
        return host.lower().rstrip(".") in self.names or any(ip in net for net in self.networks)

    def resolve(self, url: str, host: str, port: int) -> list[IPAddress]:
        """Every address the host resolves to; Refused unless all of them are allowed."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"{url}: cannot resolve {host} ({exc})", url=url, retryable=True) from None
        ips = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        bad = [ip for ip in ips if not self.allows(host, ip)]
        if bad or not ips:
            shown = ", ".join(sorted({str(ip) for ip in bad})) or "nothing"
            raise Refused(
                f"{url}: refused: {host} resolves to {shown}, not a public address "
                "(allow it with the allow_private_hosts setting)",
                url=url,
            )
        return ips


class GuardedTransport(httpx.BaseTransport):
    """Checks each request's resolved address, then connects to that very address."""

    def __init__(self, policy: AddressPolicy, inner: httpx.BaseTransport) -> None:
        self.policy = policy
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        ips = self.policy.resolve(str(url), host, port)
        try:
            ipaddress.ip_address(host)
        except ValueError:  # a name: pin the checked address, keep the name for Host and TLS
            request.url = url.copy_with(host=str(ips[0]))
            if url.scheme == "https":
                request.extensions = {**request.extensions, "sni_hostname": host}
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def check_request(policy: AddressPolicy) -> Callable[[httpx.Request], None]:
    """A request hook for the case where httpx sends through a proxy instead of our transport."""

    def hook(request: httpx.Request) -> None:
        url = request.url
        policy.resolve(str(url), url.host, url.port or (443 if url.scheme == "https" else 80))

    return hook
