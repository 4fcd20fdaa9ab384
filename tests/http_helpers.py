"""Responses for the tests' local HTTP server (the ``http_server`` fixture in conftest)."""

from __future__ import annotations


def respond(request, body: bytes, content_type: str, *headers: tuple[str, str], status: int = 200) -> None:
    request.send_response(status)
    request.send_header("Content-Type", content_type)
    for name, value in headers:
        request.send_header(name, value)
    request.end_headers()
    request.wfile.write(body)


def serve(routes: dict, path: str, body: bytes, content_type: str, *headers: tuple[str, str]) -> None:
    """Answer ``path`` with ``body`` every time."""
    routes[path] = lambda request: respond(request, body, content_type, ("Content-Length", str(len(body))), *headers)
