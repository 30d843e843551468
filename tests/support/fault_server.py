"""A scriptable HTTP server on 127.0.0.1 for overlay tests: real sockets, exact control over every answer.

Tests queue replies per route (``"GET /api/signals"``); each request takes the next reply, or the route's
default. The server counts requests per route and records what it received, so tests can prove, for example,
that a write was sent exactly once.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Reply:
    """One scripted answer. ``drop`` closes the socket without answering; ``delay`` sleeps first.

    Failures after the status line: ``cut_after`` sends that many body bytes then closes cleanly (the declared
    Content-Length is never reached); ``reset_after`` does the same with a TCP reset; ``stall`` sleeps that long
    after half the body; ``trickle`` sleeps that long between single body bytes, ``trickle_head`` between single
    bytes of the status line and headers.
    """

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    delay: float = 0.0
    drop: bool = False
    cut_after: int | None = None
    reset_after: int | None = None
    stall: float = 0.0
    trickle: float = 0.0
    trickle_head: float = 0.0

    def payload(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.body is None:
            return b""
        return json.dumps(self.body).encode()


@dataclass
class Seen:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that give up mid-answer (deadlines, resets) are expected here, not worth a traceback."""


class FaultServer:
    def __init__(self) -> None:
        self.queues: dict[str, deque[Reply]] = defaultdict(deque)
        self.defaults: dict[str, Reply | Callable[[Seen], Reply]] = {}
        self.counts: dict[str, int] = defaultdict(int)
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                path = self.path if self.command == "CONNECT" else parts.path  # CONNECT host:port (a proxy request)
                route = f"{self.command} {path}"
                with outer._lock:
                    outer.counts[route] += 1
                    outer.seen.append(Seen(self.command, path, parts.query, dict(self.headers), body))
                    queue = outer.queues.get(route)
                    scripted = queue.popleft() if queue else outer.defaults.get(route)
                    reply = scripted(outer.seen[-1]) if callable(scripted) else scripted
                if reply is None:
                    reply = Reply(404, {"error": {"code": "not_found", "message": f"no script for {route}"}})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                data = reply.payload()
                if reply.trickle_head:
                    self._trickle_head(reply, data)
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self._send_body(reply, data)

            def _trickle_head(self, reply: Reply, data: bytes) -> None:
                head = f"HTTP/1.1 {reply.status} OK\r\nContent-Type: application/json\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items())
                head += f"Content-Length: {len(data)}\r\n\r\n"
                try:
                    for byte in head.encode():
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(reply.trickle_head)
                    self.wfile.write(data)
                except OSError:
                    self.close_connection = True

            def _send_body(self, reply: Reply, data: bytes) -> None:
                try:
                    if reply.cut_after is not None or reply.reset_after is not None:
                        self.wfile.write(data[: reply.cut_after if reply.cut_after is not None else reply.reset_after])
                        self.wfile.flush()
                        if reply.reset_after is not None:  # SO_LINGER 0: close() sends RST instead of FIN
                            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.close_connection = True
                        self.connection.close()
                    elif reply.trickle:
                        for i in range(len(data)):
                            self.wfile.write(data[i : i + 1])
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    elif reply.stall:
                        self.wfile.write(data[: len(data) // 2])
                        self.wfile.flush()
                        time.sleep(reply.stall)
                        self.wfile.write(data[len(data) // 2 :])
                    else:
                        self.wfile.write(data)
                except OSError:  # the client gave up (deadline) and closed the connection
                    self.close_connection = True

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_CONNECT = _handle

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FaultServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def script(self, route: str, *replies: Reply) -> None:
        with self._lock:
            self.queues[route].extend(replies)

    def default(self, route: str, reply: Reply | Callable[[Seen], Reply]) -> None:
        """The reply for ``route`` when its queue is empty: fixed, or built per request from what was received."""
        with self._lock:
            self.defaults[route] = reply

    def count(self, route: str) -> int:
        with self._lock:
            return self.counts.get(route, 0)

    def reset(self) -> None:
        with self._lock:
            self.queues.clear()
            self.defaults.clear()
            self.counts.clear()
            self.seen.clear()
