"""Running the mock: in this process (blocking or on a background thread) or as a child process.

`serve` is what ``python -m puffle.mock`` runs. It binds the socket itself, so ``--port 0`` picks a free
port, and prints ``puffle-mock listening on http://HOST:PORT`` once the data is seeded and the socket
accepts connections. `launch` starts that command as a child process and returns a `MockProcess` (tests,
demos: a real separate server); `serve_in_thread` runs the server inside the current process.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from typing import IO, Any, Self

import httpx
import uvicorn

from .app import MockServer
from .config import MockConfig
from .protocol import guarded_protocol

__all__ = ["MockProcess", "MockThread", "launch", "serve", "serve_in_thread"]

READY_PREFIX = "puffle-mock listening on "


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only turns Nagle off (TCP_NODELAY) on sockets that say they are TCP,
    # and without it every small response waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _uvicorn(server: MockServer, access_log: bool) -> uvicorn.Server:
    config = uvicorn.Config(
        server.app,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        lifespan="off",
        http=guarded_protocol(server.config.read_timeout),
        loop="asyncio",
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


def serve(
    config: MockConfig,
    host: str = "127.0.0.1",
    port: int = 4010,
    *,
    access_log: bool = False,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Seed the data, bind ``host:port`` and serve until interrupted."""
    server = MockServer(config)
    sock = _bind(host, port)
    message = READY_PREFIX + _url(host, sock)
    if announce is None:
        print(message, flush=True)
    else:
        announce(message)
    _uvicorn(server, access_log).run(sockets=[sock])


class MockThread:
    """A mock server on a background thread of this process; ``url`` once started, `stop` to end it."""

    def __init__(self, config: MockConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.server = MockServer(config)
        self._sock = _bind(host, port)
        self.url = _url(host, self._sock)
        self._uvicorn = _uvicorn(self.server, access_log=False)
        self._thread = threading.Thread(
            target=self._uvicorn.run, kwargs={"sockets": [self._sock]}, name="puffle-mock", daemon=True
        )

    def start(self, timeout: float = 10.0) -> Self:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._uvicorn.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the mock server thread did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._uvicorn.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve_in_thread(config: MockConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> MockThread:
    """Start a mock server on a daemon thread of this process and return it (``.url``, ``.stop()``)."""
    return MockThread(config, host, port).start()


class MockProcess:
    """``python -m puffle.mock`` as a child process; the URL is read from its ready line."""

    def __init__(self, args: Sequence[str] = (), *, startup_timeout: float = 60.0, env: dict[str, str] | None = None):
        self.args = [str(a) for a in args]
        self.startup_timeout = startup_timeout
        self.env = env
        self.url = ""
        self.process: subprocess.Popen[str] | None = None
        self._stderr: IO[bytes] | None = None

    def start(self) -> Self:
        command = [sys.executable, "-m", "puffle.mock", "--port", "0", *self.args]
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - kept open for the child's lifetime, closed in stop()
        env = {**os.environ, **(self.env or {})}
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=self._stderr, stdin=subprocess.DEVNULL, text=True, env=env
        )
        lines: list[str] = []
        reader = threading.Thread(target=self._drain, args=(lines,), daemon=True)
        reader.start()
        deadline = time.monotonic() + self.startup_timeout
        while not self.url:
            if self.process.poll() is not None or time.monotonic() > deadline:
                tail = self._tail()
                self.stop()
                raise RuntimeError(f"the mock server did not start: {' '.join(command)}\n{tail}")
            time.sleep(0.02)
        self._wait_healthy(deadline)
        return self

    def _drain(self, lines: list[str]) -> None:
        assert self.process is not None and self.process.stdout is not None
        for line in self.process.stdout:
            lines.append(line)
            if line.startswith(READY_PREFIX) and not self.url:
                self.url = line[len(READY_PREFIX) :].strip()

    def _wait_healthy(self, deadline: float) -> None:
        while True:
            try:
                if httpx.get(f"{self.url}/__mock/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                tail = self._tail()
                self.stop()
                raise RuntimeError(f"the mock server at {self.url} never answered\n{tail}")
            time.sleep(0.05)

    def _tail(self) -> str:
        return self.log()[-3000:]

    def log(self) -> str:
        """Everything the server wrote to its log (stderr) so far: warnings, errors, the access log if on."""
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")

    def stats(self) -> dict[str, Any]:
        """The server's ``/__mock/stats``: request and status counts per operationId, and resource sizes."""
        return dict(httpx.get(f"{self.url}/__mock/stats", timeout=10).json())

    def reset(self, *, keep_stats: bool = False) -> None:
        """Reseed the server's data and zero its counters (``keep_stats``: reseed only, counts run on)."""
        params = {"keep": "stats"} if keep_stats else {}
        httpx.post(f"{self.url}/__mock/reset", params=params, timeout=30).raise_for_status()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def launch(*args: str, startup_timeout: float = 60.0) -> MockProcess:
    """Start ``python -m puffle.mock --port 0 ARGS...`` and return it once it answers (use ``with`` or ``stop``)."""
    return MockProcess(args, startup_timeout=startup_timeout).start()
