"""Serve the Browser guide on localhost with the CORS headers Neo4j Browser needs for `:guide URL`."""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _CorsHandler(SimpleHTTPRequestHandler):
    """Static files from the bundle directory, readable from Browser's origin."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type")
        super().end_headers()

    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server's naming)
        """Answer CORS preflight requests."""
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Quiet: the CLI says where the guide is; request logs would drown it."""


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8001) -> ThreadingHTTPServer:
    """A server for the directory (the caller runs serve_forever and closes it)."""
    handler = partial(_CorsHandler, directory=str(directory))
    return ThreadingHTTPServer((host, port), handler)
