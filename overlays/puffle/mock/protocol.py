"""uvicorn's h11 protocol with a deadline for the request head, so half-open connections cannot pile up.

uvicorn arms its keep-alive timer only after a response, and cancels it as soon as any byte arrives: a
client that connects and sends nothing, or half a request line, holds a connection (and its memory) for
ever. `GuardedH11Protocol` gives every request head ``head_timeout`` seconds, counted from the moment the
connection opens or the previous response ends, and closes the connection when it runs out. The body has
its own deadline in the application (`puffle.mock.app`), which can still answer 408 with the envelope.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["GuardedH11Protocol", "guarded_protocol"]


class GuardedH11Protocol(H11Protocol):
    head_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_expired)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_expired(self) -> None:
        self._head_timer = None
        # Only a connection still waiting for a complete request head is closed; one whose request is being
        # answered is left to the application's own deadlines.
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)


def guarded_protocol(head_timeout: float) -> type[GuardedH11Protocol]:
    """A protocol class whose request heads must arrive within ``head_timeout`` seconds."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"head_timeout": head_timeout})
