"""Shared fixtures: paths, a network guard, a local HTTP server and the quotes of a text."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_PAGE = REPO / "workbench" / "samples" / "000_d36c09d7923a4231.txt"


class NetworkCalled(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Refuse every network connection, and fail the test if any was attempted.

    Attempts are recorded as well as refused, because libraries may swallow the error.
    """
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] or kwargs)
        raise NetworkCalled(f"network access attempted: {args[1:] or kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], f"network access attempted: {attempts}"


@pytest.fixture
def http_server():
    """A throwaway HTTP server on 127.0.0.1; ``routes[path] = handler(request)``.

    Each handler gets the ``BaseHTTPRequestHandler`` and writes its own response.
    Yields ``(base_url, routes)``.
    """
    routes: dict = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            handler = routes.get(self.path)
            if handler is None:
                self.send_error(404, "Not Found")
            else:
                handler(self)

        def log_message(self, *args):
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # clients that give up (timeouts, size caps) are what these tests provoke

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def quotes_of():
    """``quotes_of(text)``: the quotes ``find_quotes`` finds in ``text`` (default model, loaded once)."""
    from workbench.nlp import load_model
    from workbench.nlp.actors import find_actors
    from workbench.nlp.quotes import find_quotes

    nlp = load_model()

    def run(text: str):
        doc = nlp(text)
        return find_quotes(doc, find_actors(doc))

    return run
