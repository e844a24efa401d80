"""Serve the output folder (download pages, releases) over HTTP on localhost.

Only files inside the folder are served: a request whose path has a ``..`` or hidden
(``.lock``, ``.staging-*``) segment is refused, and so is anything that resolves outside the
folder through a symlink (``latest`` resolves to ``releases/<version>``, inside it).
"""

from __future__ import annotations

import logging
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

logger = logging.getLogger(__name__)
MEDIA_TYPES = {".csv": "text/csv; charset=utf-8", ".md": "text/markdown; charset=utf-8",
               ".json": "application/json", ".parquet": "application/vnd.apache.parquet",
               ".duckdb": "application/octet-stream", "": "text/plain; charset=utf-8"}


class ContainedHandler(SimpleHTTPRequestHandler):
    """Static files from one folder; no directory listings, nothing outside the folder."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MEDIA_TYPES}

    def send_head(self) -> Any:
        root = Path(self.directory).resolve()
        segments = unquote(urlsplit(self.path).path).split("/")
        if any(s == ".." or s.startswith(".") or "\\" in s or "\0" in s for s in segments):
            self.send_error(HTTPStatus.FORBIDDEN, "path outside the served folder")
            return None
        try:
            target = Path(self.translate_path(self.path)).resolve()
            outside = not target.is_relative_to(root)
            no_index = not outside and target.is_dir() and not (target / "index.html").is_file()
        except OSError as error:  # e.g. a name too long for the file system
            self.send_error(HTTPStatus.NOT_FOUND, f"no such file ({error.strerror})")
            return None
        if outside:
            self.send_error(HTTPStatus.FORBIDDEN, "path resolves outside the served folder")
            return None
        if no_index:
            self.send_error(HTTPStatus.NOT_FOUND, "no index.html here")
            return None
        return super().send_head()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        logger.info("%s %s", self.address_string(), format % args)


def make_server(root: Path, *, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """An HTTP server for root, bound but not yet serving (port 0 picks a free port)."""
    if not root.is_dir():
        raise FileNotFoundError(f"{root} is not a folder; run `python -m flows run` first")
    handler = partial(ContainedHandler, directory=str(root.resolve()))
    return ThreadingHTTPServer((host, port), handler)


def serve_files(root: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve root until interrupted."""
    with make_server(root, host=host, port=port) as server:
        bound_host, bound_port = server.server_address[:2]
        logger.info("serving %s at http://%s:%s/ (Ctrl-C to stop)", root, bound_host, bound_port)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            logger.info("stopped")
