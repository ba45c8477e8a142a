"""URL fetching: limits enforced, private addresses refused unless allowed."""

from __future__ import annotations

import pytest

from claimscope.errors import FetchError
from claimscope.ingest.url import _is_public, fetch


def test_url_fetch_local_page_when_private_allowed(server):
    page = fetch(f"{server}/article", allow_private=True)
    assert page.media_type == "text/html"
    assert page.charset == "utf-8"
    assert b"fares would rise by 12%" in page.data


def test_url_redirect_followed(server):
    page = fetch(f"{server}/redirect", allow_private=True)
    assert page.url == f"{server}/article"
    assert b"Ferry fares rise" in page.data


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_url_loopback_refused_by_default(server, host):
    url = server.replace("127.0.0.1", host) + "/article"
    with pytest.raises(FetchError, match="private, loopback or reserved") as info:
        fetch(url)
    assert "--allow-private" in str(info.value)


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.4",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_url_private_and_special_addresses_not_public(address):
    assert not _is_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111"])
def test_url_public_addresses_public(address):
    assert _is_public(address)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_url_non_http_schemes_refused(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, allow_private=True)


def test_url_size_cap(server):
    with pytest.raises(FetchError, match="over the cap of 1,000 bytes"):
        fetch(f"{server}/big", allow_private=True, max_bytes=1000)


def test_url_content_type_checked(server):
    with pytest.raises(FetchError, match="application/pdf is not an article page"):
        fetch(f"{server}/pdf", allow_private=True)


def test_url_http_error_status(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/missing", allow_private=True)


def test_url_unresolvable_host():
    with pytest.raises(FetchError, match="cannot resolve host"):
        fetch("http://no-such-host.invalid/", allow_private=True)


def test_url_timeout(server):
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.3)
