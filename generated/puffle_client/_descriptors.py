"""Typed descriptors that generated endpoint modules end with, for `puffle.paginate` and `puffle.wait_for`.

``PUFFLE_PAGES`` carries a paginated operation's keyword arguments (as a ParamSpec), item type and page type;
``PUFFLE_TASK`` a task-starting operation's start and final (poll) response types. They hold no behaviour:
their only job is to let a type checker infer ``paginate(list_signals, ...)`` -> ``Iterator[Signal]``.
"""

from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
AP = ParamSpec("AP")
ItemT = TypeVar("ItemT", covariant=True)
PageT = TypeVar("PageT", covariant=True)
StartT = TypeVar("StartT", covariant=True)
FinalT = TypeVar("FinalT", covariant=True)


class PageDescriptor(Generic[P, AP, ItemT, PageT]):
    """The keyword arguments of `paginate` (``params``' signature) and of `apaginate` (``aparams``', the same but
    for an async client), item type and page type of a paginated operation."""

    __slots__ = ("item", "page")

    def __init__(
        self, params: Callable[P, None], aparams: Callable[AP, None], item: type[ItemT], page: type[PageT]
    ) -> None:
        self.item = item
        self.page = page


class TaskDescriptor(Generic[StartT, FinalT]):
    """The start response type and the final (poll) response type of a task-starting operation."""

    __slots__ = ("final", "start")

    def __init__(self, start: type[StartT], final: type[FinalT]) -> None:
        self.start = start
        self.final = final
