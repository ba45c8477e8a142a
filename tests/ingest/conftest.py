"""A local HTTP server on 127.0.0.1 for the URL tests, serving fixed routes."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

PAGE = (
    b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry fares rise</title>"
    b"</head><body><nav><a href='/'>Home</a></nav><article><h1>Ferry fares rise</h1>"
    b"<p>The island ferry company said on Monday that fares would rise by 12% in April, "
    b"the second increase in a year, blaming fuel costs.</p><p>Commuters said the rise would "
    b"cost a daily traveller about 300 euros a year.</p></article></body></html>"
)

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
    "/plain": (
        200,
        {"Content-Type": "text/plain; charset=utf-8"},
        "Headline\r\n\r\nBody “q”.".encode(),
    ),
    "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7"),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>"),
    "/redirect": (302, {"Location": "/article"}, b""),
    "/missing": (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.0)
        status, headers, body = ROUTES.get(self.path, ROUTES["/missing"])
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
