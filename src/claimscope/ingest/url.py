"""Fetching an article by URL, within limits: http(s) only, a timeout, a size cap, text types
only, and no private or loopback addresses unless the caller allows them.

The host is resolved once, every address it resolves to is checked, and the request
goes to the checked address (the name still travels in ``Host`` and TLS SNI, so
certificates are verified against it). Checking a name and then letting the HTTP
client resolve it again would let a DNS answer that changes in between (DNS
rebinding) reach an internal service. Redirects are followed by hand, each hop
checked the same way.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from claimscope.errors import FetchError

if TYPE_CHECKING:
    import httpx

__all__ = ["ALLOWED_TYPES", "DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Fetched", "fetch"]

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 10_000_000
#: Media types that can hold an article; anything else (PDF, images, JSON APIs) is refused.
ALLOWED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_MAX_REDIRECTS = 5
_USER_AGENT = "claimscope (+https://github.com/claimscope/claimscope)"


@dataclass(frozen=True)
class Fetched:
    """A fetched page: the final URL after redirects, its bytes, media type and charset."""

    url: str
    data: bytes
    media_type: str
    charset: str | None


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Fetched:
    """GET ``url`` as an article page.

    Raises:
        FetchError: a refused scheme or address, an HTTP error status, a timeout (``timeout``
            seconds in all), a body over ``max_bytes``, or a media type that is not text.
    """
    import httpx

    deadline = time.monotonic() + timeout
    current = url
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(_MAX_REDIRECTS + 1):
            try:
                result = _get_once(client, current, allow_private, deadline, max_bytes)
            except httpx.TimeoutException:
                raise FetchError(
                    f"{url}: timed out after {timeout:g} s", code="input.fetch"
                ) from None
            except httpx.HTTPError as err:
                detail = " ".join(str(err).split()) or type(err).__name__
                raise FetchError(f"{url}: {detail}", code="input.fetch") from None
            if isinstance(result, Fetched):
                return result
            current = result
    raise FetchError(f"{url}: more than {_MAX_REDIRECTS} redirects", code="input.fetch")


def _get_once(
    client: httpx.Client, url: str, allow_private: bool, deadline: float, max_bytes: int
) -> Fetched | str:
    """One request: a Fetched page, or the URL a redirect points to."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(f"{url}: only http and https URLs are fetched", code="input.fetch")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: the URL has no host", code="input.fetch")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = _checked_address(host, port, allow_private)
    literal = f"[{address}]" if ":" in address else address
    path = parts.path or "/"
    target = f"{parts.scheme}://{literal}:{port}{path}" + (f"?{parts.query}" if parts.query else "")
    headers = {"Host": parts.netloc.rpartition("@")[2], "User-Agent": _USER_AGENT}
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    with client.stream("GET", target, headers=headers, extensions=extensions) as response:
        if response.is_redirect and "location" in response.headers:
            return urljoin(url, response.headers["location"])
        if response.status_code >= 400:
            reason = response.reason_phrase or "error"
            raise FetchError(f"{url}: HTTP {response.status_code} {reason}", code="input.fetch")
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type and media_type not in ALLOWED_TYPES:
            raise FetchError(
                f"{url}: content type {media_type} is not an article page "
                "(expected HTML or plain text)",
                code="input.fetch",
            )
        data = _read_capped(response, url, deadline, max_bytes)
    return Fetched(url=url, data=data, media_type=media_type or "text/html", charset=charset)


def _read_capped(response: httpx.Response, url: str, deadline: float, max_bytes: int) -> bytes:
    import httpx

    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(_too_large(url, max_bytes), code="input.fetch")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(url, max_bytes), code="input.fetch")
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("deadline passed")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url}: the page is over the cap of {max_bytes:,} bytes"


def _checked_address(host: str, port: int, allow_private: bool) -> str:
    """The first address ``host`` resolves to, once every one of them has been checked."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise FetchError(f"cannot resolve host {host!r}: {err}", code="input.fetch") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(f"cannot resolve host {host!r}", code="input.fetch")
    if not allow_private:
        for address in addresses:
            if not _is_public(address):
                raise FetchError(
                    f"{host} resolves to {address}, a private, loopback or reserved address; "
                    "refused (use --allow-private to fetch from local networks)",
                    code="input.fetch",
                )
    return addresses[0]


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _content_type(header: str) -> tuple[str, str | None]:
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None
