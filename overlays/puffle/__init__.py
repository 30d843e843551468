"""Puffle Python SDK: typed clients for the Puffle B2B sales API.

``Puffle()`` / ``AsyncPuffle()`` expose every operation as ``client.<resource>.<method>(...)`` (generated from
the spec's ``x-puffle-names``), with typed auto-paging (`SyncPage`) and task handles (`Task`). The generated
``puffle_client.api`` modules (one per operation) with `paginate` and `wait_for` are the low-level layer.
"""

from puffle_client.types import File

from . import errors
from ._calls import RawResponse
from ._client import AsyncPuffle, Puffle
from ._options import ClientOptions, PuffleWarning
from ._pages import AsyncPage, SyncPage
from ._ratelimit import RateLimit
from ._tasks import AsyncTask, Task
from ._version import __version__
from .pagination import apaginate, apaginate_pages, paginate, paginate_pages
from .polling import await_for, wait_for

__all__ = [
    "AsyncPage",
    "AsyncPuffle",
    "AsyncTask",
    "ClientOptions",
    "File",
    "Puffle",
    "PuffleWarning",
    "RateLimit",
    "RawResponse",
    "SyncPage",
    "Task",
    "__version__",
    "apaginate",
    "apaginate_pages",
    "await_for",
    "errors",
    "paginate",
    "paginate_pages",
    "wait_for",
]
