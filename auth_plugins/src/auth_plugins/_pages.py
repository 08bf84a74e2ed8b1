"""Every item of a list operation, page after page (`paginate`, `apaginate`).

How an operation pages is declared once in its spec (`x-pagination`: which parameters carry the
page number and size, where the items and the total sit in the answer) and carried into the
operations manifest (`_ops/<slug>.json`), so nothing here names a provider. Each page is one
ordinary call of the generated function through the client's stack, so a 429 or a 5xx on page 3
is retried like any other call, and an error that is not retried raises from the iterator.
Paging stops at the answer's total, on an empty page, or at `max_items`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Protocol

from .errors import ConfigurationError

__all__ = ["apaginate", "paginate"]


class SyncListOperation(Protocol):
    """A generated operation module (`list_clients`), as far as `paginate` uses it (read-only
    members, so a module's functions match covariantly)."""

    @property
    def sync(self) -> Callable[..., Any]: ...


class AsyncListOperation(Protocol):
    @property
    def asyncio(self) -> Callable[..., Awaitable[Any]]: ...


@functools.cache
def _manifest(slug: str) -> Mapping[str, Mapping[str, Any]]:
    from ._core._operations import OperationTable

    try:
        table = OperationTable.load(slug)
    except FileNotFoundError:
        return {}
    return {op.id: op.extra.get("pagination") or {} for op in table.operations}


def _paging(op: SyncListOperation | AsyncListOperation) -> Mapping[str, Any]:
    """The operation's `x-pagination`, found from its module name (`<slug>_client.api.<tag>.<id>`)."""
    module = getattr(op, "__name__", "")
    package, _, rest = module.partition(".")
    op_id = module.rsplit(".", 1)[-1]
    if not package.endswith("_client") or not rest.startswith("api."):
        raise ConfigurationError(
            f"paginate needs a generated operation module (e.g. list_clients), not {op!r}"
        )
    paging = _manifest(package.removesuffix("_client")).get(op_id)
    if not paging:
        raise ConfigurationError(f"{op_id} does not page: its spec declares no x-pagination")
    return paging


def _at(obj: Any, path: str) -> Any:
    for name in path.split("."):
        obj = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
        if obj is None:
            return None
    return obj


def _arguments(
    paging: Mapping[str, Any], page: int, size: int | None, params: dict[str, Any]
) -> dict[str, Any]:
    values = {paging["page_param"]: page}
    if size is not None:
        values[paging["size_param"]] = size
    if paging.get("in") != "body":
        return {**params, **values}
    body = params.get("body")
    if body is None:
        raise ConfigurationError(
            "this operation pages through its body: pass body= (its page fields are set)"
        )
    import attrs  # the generated request models are attrs classes

    return {**params, "body": attrs.evolve(body, **values)}


class _Pager:
    """The paging state shared by the sync and async loops: which page next, and when to stop."""

    def __init__(self, op: Any, page_size: int | None, max_items: int | None, params: dict[str, Any]) -> None:
        if page_size is not None and page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.paging = _paging(op)
        self.size = page_size
        self.left = max_items
        self.params = params
        self.page = 1
        self.fetched = 0
        self.done = max_items is not None and max_items <= 0

    def arguments(self) -> dict[str, Any]:
        return _arguments(self.paging, self.page, self.size, self.params)

    def take(self, result: Any) -> list[Any]:
        """This page's items to yield (at most `max_items` in all); decides whether to go on."""
        items = _at(result, self.paging["items"]) if result is not None else None
        items = list(items) if isinstance(items, list | tuple) else []
        total = _at(result, self.paging["total"]) if result is not None else None
        self.fetched += len(items)
        self.page += 1
        if not items or (isinstance(total, int) and self.fetched >= total):
            self.done = True
        if self.left is not None:
            items = items[: self.left]
            self.left -= len(items)
            self.done = self.done or self.left <= 0
        return items


def paginate(
    op: SyncListOperation,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> Iterator[Any]:
    """Yield every item of a list operation, calling `op.sync(client=..., page=n, ...)` per page.

    `op` is the generated operation module (`from tradecrm_client.api.clients_api import
    list_clients`); `params` are its other arguments (filters, `body=` for a list that pages
    through its body, per-call options). `page_size` is passed through (None: the server's
    default); `max_items` stops early. Pages are fetched lazily, one call each, through the
    client's stack (its retries apply to every page).
    """
    pager = _Pager(op, page_size, max_items, params)
    while not pager.done:
        yield from pager.take(op.sync(client=client, **pager.arguments()))


async def apaginate(
    op: AsyncListOperation,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    **params: Any,
) -> AsyncIterator[Any]:
    """`paginate` for `async for`: each page is `await op.asyncio(client=..., page=n, ...)`."""
    pager = _Pager(op, page_size, max_items, params)
    while not pager.done:
        for item in pager.take(await op.asyncio(client=client, **pager.arguments())):
            yield item
