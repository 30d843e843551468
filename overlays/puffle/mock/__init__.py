"""A stateful mock of the Puffle API for tests and demos, driven entirely by the bundled OpenAPI spec.

Install with the ``mock`` extra (``pip install "puffle[mock]"``) and run ``puffle-mock --port 4010`` or
``python -m puffle.mock``. Routes, parameters and validation come from ``puffle_client/openapi.json``; what
each operation does comes from its ``x-puffle-mock`` extension, which names one generic action applied to a
named resource:

``static``
    answer the documented example (``resource`` only checks that the addressed item exists);
``get`` / ``list``
    read one item (or a singleton) / a filtered, paginated list, per ``x-puffle-pagination``;
``create`` / ``update`` / ``delete`` / ``transition``
    write one item (``transition`` only sets fields, guarded by ``when``);
``batch-update`` / ``batch-delete``
    many items by id, with per-item ``errors``;
``add-members`` / ``remove-members``
    link or unlink existing items (leads) to a parent (a list);
``import``
    create many items from a body array or copy them from another resource;
``move``
    reorder an item among its siblings;
``task-start``
    start an async task whose status advances on each poll of its ``x-puffle-task`` poll operation.

The options each action takes are described in `puffle.mock.actions`; data seeding in `puffle.mock.seeding`;
injected faults (``X-Puffle-Mock-Fault``) in `puffle.mock.faults`. Typical test use::

    from puffle.mock import launch

    with launch("--seed", "1") as mock:        # a real server in a child process
        client = puffle.Puffle(api_key="pk_test", base_url=mock.url)
"""

from __future__ import annotations

from .app import FAULT_HEADER, MockServer, create_app
from .config import MockConfig, RateSpec
from .server import MockProcess, MockThread, launch, serve, serve_in_thread
from .spec import MockSpec, SpecError

__all__ = [
    "FAULT_HEADER",
    "MockConfig",
    "MockProcess",
    "MockServer",
    "MockSpec",
    "MockThread",
    "RateSpec",
    "SpecError",
    "create_app",
    "launch",
    "serve",
    "serve_in_thread",
]
