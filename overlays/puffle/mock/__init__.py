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

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import FAULT_HEADER, MockServer, create_app
    from .config import MockConfig, RateSpec
    from .server import MockProcess, MockThread, launch, serve, serve_in_thread
    from .spec import MockSpec, SpecError

# What the ``mock`` extra installs, by import name. Checked before anything here imports them, so a missing
# extra is one clear message instead of a ModuleNotFoundError from deep inside the server.
REQUIRED = ("starlette", "uvicorn", "jsonschema", "yaml")
INSTALL_HINT = "pip install 'puffle[mock]'"

_EXPORTS = {
    "FAULT_HEADER": "app",
    "MockServer": "app",
    "create_app": "app",
    "MockConfig": "config",
    "RateSpec": "config",
    "MockProcess": "server",
    "MockThread": "server",
    "launch": "server",
    "serve": "server",
    "serve_in_thread": "server",
    "MockSpec": "spec",
    "SpecError": "spec",
}


class MockExtraMissing(ImportError):
    """The mock server's dependencies (the ``mock`` extra) are not installed."""


def missing_dependencies() -> list[str]:
    """Import names of the ``mock`` extra's packages that cannot be found."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def require_extra() -> None:
    """Raise `MockExtraMissing` naming ``pip install 'puffle[mock]'`` when the extra is not installed."""
    missing = missing_dependencies()
    if missing:
        raise MockExtraMissing(
            f"The Puffle mock server needs the `mock` extra: {INSTALL_HINT} (missing: {', '.join(missing)})"
        )


def __getattr__(name: str) -> Any:
    # Lazy: `import puffle.mock` stays cheap, and without the extra only using the server fails.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    require_extra()
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FAULT_HEADER",
    "INSTALL_HINT",
    "MockConfig",
    "MockExtraMissing",
    "MockProcess",
    "MockServer",
    "MockSpec",
    "MockThread",
    "RateSpec",
    "SpecError",
    "create_app",
    "launch",
    "missing_dependencies",
    "require_extra",
    "serve",
    "serve_in_thread",
]
