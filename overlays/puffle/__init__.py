"""Puffle Python SDK: typed clients for the Puffle B2B sales API.

Endpoint functions live in the generated ``puffle_client.api`` package (one module per operation); this
package adds the clients that make them production-ready (retries, typed errors, rate limiting) and helpers
for pagination and async tasks.
"""

from . import errors
from ._client import AsyncPuffle, Puffle
from ._options import ClientOptions, PuffleWarning
from ._ratelimit import RateLimit
from ._version import __version__
from .pagination import apaginate, apaginate_pages, paginate, paginate_pages
from .polling import await_for, wait_for

__all__ = [
    "AsyncPuffle",
    "ClientOptions",
    "Puffle",
    "PuffleWarning",
    "RateLimit",
    "__version__",
    "apaginate",
    "apaginate_pages",
    "await_for",
    "errors",
    "paginate",
    "paginate_pages",
    "wait_for",
]
