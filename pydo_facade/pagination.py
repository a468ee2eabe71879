"""Listing everything: client.paginate() walks every page of a list operation, sync and async.

    >>> created = client.droplets.create(
    ...     {"names": ["web-1", "web-2"], "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64",
    ...      "tags": ["web"]}
    ... )
    >>> for droplet in client.paginate(client.droplets.list, tag_name="web"):
    ...     print(droplet["name"])
    web-1
    web-2

    An AsyncClient's paginate() is an async iterator:

    >>> import asyncio
    >>> from pydo_facade import AsyncClient
    >>> async def names() -> list[str]:
    ...     async with AsyncClient() as async_client:
    ...         return [droplet["name"] async for droplet in async_client.paginate(async_client.droplets.list)]
    >>> asyncio.run(names())
    ['web-1', 'web-2']

It takes the bound method and that method's own keywords, so every list operation works without a
line of its own, and follows what the API sends: `links.pages.next` (DigitalOcean's v2 lists), the GenAI
shape (`links.pages.next` with `meta.page`/`meta.pages`), `page_token` cursors, and the billing shape
(`current_page`/`total_pages`); a list that fits one page has no links and ends there. It never loops
(a next link that repeats a page already read, or more pages than `meta.total` allows, is a DecodeError)
and never drops a page (a page that fails raises, after the client's usual retries). `per_page` is the
API's maximum (200) unless you set it, so a full listing takes the fewest requests.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._operation import CALL_OPTIONS
from ._raw import AsyncRawCaller, RawCaller, RawResponse
from ._waiting import is_async
from .exceptions import decode_error

__all__ = ["MAX_PER_PAGE", "AsyncPaginator", "Paginator"]

MAX_PER_PAGE = 200
"""The largest page DigitalOcean serves, used when the caller does not set `per_page`."""
_NOT_ITEMS = frozenset({"links", "meta"})


def _bound(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isnan(value):
            raise ValueError(f"{name} must be an int >= 0 or None, got nan")
        raise TypeError(f"{name} must be an int >= 0 or None, got {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must be an int >= 0 or None, got {value}")
    return value


def _check_caller(name: str, group: Any, want_async: bool) -> None:
    """TypeError, before anything is sent, for a method the paginator cannot drive.

    A method of the other kind of client would be called without being awaited (or awaited when it is not);
    one of a with_raw_response view already answers RawResponses, which the walk makes itself.
    """
    if isinstance(group._call, RawCaller | AsyncRawCaller):
        raise TypeError(
            f"paginate() takes client.{name}, not client.with_raw_response.{name}: "
            "it reads the answers itself (.pages() yields each page's JSON)"
        )
    if is_async(group) != want_async:
        expected, given = ("an AsyncClient", "a Client") if want_async else ("a Client", "an AsyncClient")
        raise TypeError(f"this client's paginate() takes a method of {expected}, got {name} of {given}")


def _integer(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Walk:
    """One walk through the pages of one list call: what to ask for next, and when to stop.

    The sync and async paginators only send the requests; every decision is here.
    """

    def __init__(
        self,
        method: Callable[..., Any],
        arguments: Mapping[str, Any],
        *,
        max_items: int | None,
        max_pages: int | None,
        items_key: str | None,
        want_async: bool,
    ) -> None:
        group = getattr(method, "__self__", None)
        if not callable(method) or group is None or not hasattr(group, "_group") or not hasattr(group, "_call"):
            raise TypeError(
                f"paginate() takes a client's list method, such as client.droplets.list (got {type(method).__name__})"
            )
        self.name = f"{group._group}.{method.__name__}"
        _check_caller(self.name, group, want_async)
        parameters = inspect.signature(method).parameters
        self.cursor = "page_token" in parameters
        if "page" not in parameters and not self.cursor:
            raise TypeError(f"{self.name} is not paginated (it takes no page= or page_token=)")
        if items_key is not None and not isinstance(items_key, str):
            raise TypeError(f"items_key must be a str, got {type(items_key).__name__}")
        unknown = sorted(set(arguments) - set(parameters) - CALL_OPTIONS)
        if unknown:
            raise TypeError(f"{self.name}() got an unexpected keyword argument {unknown[0]!r}")
        self.group, self.method_name = group, method.__name__
        self.arguments = dict(arguments)
        if "per_page" in parameters and self.arguments.get("per_page") is None:
            self.arguments["per_page"] = MAX_PER_PAGE
        self.max_items = _bound("max_items", max_items)
        self.max_pages = _bound("max_pages", max_pages)
        self.items_key = items_key
        first = self.arguments.get("page_token") if self.cursor and self.arguments.get("page_token") else None
        self.seen: set[object] = {("page_token", first) if first else ("page", self.arguments.get("page", 1))}
        self.pages = 0
        self.items = 0
        """Items handed out (cut to max_items)."""
        self.listed = 0
        """Items the pages held, to hold them against meta.total."""

    def raw_method(self, raw_caller: RawCaller | AsyncRawCaller) -> Callable[..., Any]:
        """The same method on a twin of its group whose calls return the RawResponse."""
        method: Callable[..., Any] = getattr(type(self.group)(raw_caller), self.method_name)
        return method

    def more(self) -> bool:
        """Whether another page may be asked for (the bounds)."""
        if self.max_pages is not None and self.pages >= self.max_pages:
            return False
        return self.max_items is None or self.items < self.max_items

    def page_of(self, raw: RawResponse) -> dict[str, Any]:
        """The page's JSON object; DecodeError for anything else."""
        page = raw.json()
        if not isinstance(page, dict):
            raise decode_error(raw.response, f"a page of {self.name} is not a JSON object")
        self.pages += 1
        return page

    def items_of(self, raw: RawResponse, page: dict[str, Any]) -> list[Any]:
        """The page's items: the one list besides links and meta (or items_key), cut to max_items."""
        if self.items_key is not None:
            items = page.get(self.items_key)
            if not isinstance(items, list):
                raise decode_error(raw.response, f"a page of {self.name} has no list {self.items_key!r}")
        else:
            lists = [key for key, value in page.items() if key not in _NOT_ITEMS and isinstance(value, list)]
            if len(lists) != 1:
                found = f"lists {', '.join(lists)}" if lists else "no list"
                raise decode_error(
                    raw.response, f"a page of {self.name} holds {found} besides links and meta: pass items_key="
                )
            items = page[lists[0]]
        if self.max_items is not None:
            items = items[: self.max_items - self.items]
        self.items += len(items)
        return items

    def next_arguments(self, raw: RawResponse, page: dict[str, Any]) -> dict[str, Any] | None:
        """The arguments of the next page, or None at the last; DecodeError for a malformed or looping page."""
        lists = [value for key, value in page.items() if key not in _NOT_ITEMS and isinstance(value, list)]
        held = len(page[self.items_key]) if self.items_key and isinstance(page.get(self.items_key), list) else None
        if held is None and len(lists) == 1:
            held = len(lists[0])
        if held == 0 or not self.more():
            return None
        self.listed += held or 0
        links = page.get("links")
        if links is not None and not isinstance(links, dict):
            raise decode_error(raw.response, f"a page of {self.name} has 'links' that is not an object")
        pages = links.get("pages") if links else None
        if pages is not None and not isinstance(pages, dict):
            raise decode_error(raw.response, f"a page of {self.name} has 'links.pages' that is not an object")
        meta = page.get("meta")
        meta = meta if isinstance(meta, dict) else {}
        key: tuple[str, object]
        following = pages.get("next") if pages else None
        if following is not None and following != "":  # an empty link names no next page
            key = self._from_link(raw, following)
        elif (position := self._position(page, meta)) is not None:
            key = ("page", position + 1)
        else:
            return None
        if key in self.seen:
            raise decode_error(
                raw.response, f"{self.name}: the next page ({key[0]}={key[1]}) was read already: stopping, not looping"
            )
        self.seen.add(key)
        total = _integer(meta.get("total"))
        if total is not None and held is not None and self.listed >= total:
            filled = f"{self.pages} page(s) held {self.listed} items, meta.total={total}"
            raise decode_error(raw.response, f"{self.name}: a next page after {filled}: stopping, not looping")
        arguments = dict(self.arguments)
        arguments[key[0]] = key[1]
        return arguments

    def _from_link(self, raw: RawResponse, link: object) -> tuple[str, object]:
        if not isinstance(link, str):
            raise decode_error(raw.response, f"a page of {self.name} has a next link that is not a string")
        query = parse_qs(urlsplit(link).query)
        if self.cursor and query.get("page_token"):
            return "page_token", query["page_token"][0]
        try:
            number = int(query["page"][0])
        except (KeyError, IndexError, ValueError):
            raise decode_error(raw.response, f"{self.name}: the next link names no page: {link[:200]}") from None
        if number < 1:
            raise decode_error(raw.response, f"{self.name}: the next link names page {number}")
        return "page", number

    @staticmethod
    def _position(page: dict[str, Any], meta: dict[str, Any]) -> int | None:
        """The page number when the page says there are more (meta.page < meta.pages, current < total pages)."""
        shapes = ((meta.get("page"), meta.get("pages")), (page.get("current_page"), page.get("total_pages")))
        for current_value, last_value in shapes:
            current, last = _integer(current_value), _integer(last_value)
            if current is not None and last is not None:
                return current if current < last else None
        return None


class _Listing:
    """What both paginators hold: the method, its keywords and the bounds (checked when made)."""

    _async = False
    """Whether the paginator drives an AsyncClient's methods."""

    def __init__(
        self,
        method: Callable[..., Any],
        arguments: Mapping[str, Any],
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        items_key: str | None = None,
    ) -> None:
        self._method = method
        self._arguments = dict(arguments)
        self._max_items, self._max_pages, self._items_key = max_items, max_pages, items_key
        self._walk()  # bad arguments are refused here, before any request

    def _walk(self) -> _Walk:
        return _Walk(
            self._method,
            self._arguments,
            max_items=self._max_items,
            max_pages=self._max_pages,
            items_key=self._items_key,
            want_async=self._async,
        )


class Paginator(_Listing):
    """Every item of a list operation across its pages (iterate it), or its pages as sent (`.pages()`).

    Made by `client.paginate(method, **kwargs)`; each iteration walks the pages from the first again.
    """

    def pages(self) -> Iterator[dict[str, Any]]:
        """Each page's JSON exactly as sent, first to last."""
        walk = self._walk()
        fetch = walk.raw_method(RawCaller(walk.group._call))
        arguments: dict[str, Any] | None = walk.arguments
        while arguments is not None and walk.more():
            raw = fetch(**arguments)
            page = walk.page_of(raw)
            yield page
            arguments = walk.next_arguments(raw, page)

    def __iter__(self) -> Iterator[Any]:
        walk = self._walk()
        fetch = walk.raw_method(RawCaller(walk.group._call))
        arguments: dict[str, Any] | None = walk.arguments
        while arguments is not None and walk.more():
            raw = fetch(**arguments)
            page = walk.page_of(raw)
            items = walk.items_of(raw, page)
            yield from items
            arguments = walk.next_arguments(raw, page)


class AsyncPaginator(_Listing):
    """Paginator for an AsyncClient: `async for item in client.paginate(...)`, or `async for page in .pages()`."""

    _async = True

    async def pages(self) -> AsyncIterator[dict[str, Any]]:
        """Each page's JSON exactly as sent, first to last."""
        walk = self._walk()
        fetch = walk.raw_method(AsyncRawCaller(walk.group._call))
        arguments: dict[str, Any] | None = walk.arguments
        while arguments is not None and walk.more():
            raw = await fetch(**arguments)
            page = walk.page_of(raw)
            yield page
            arguments = walk.next_arguments(raw, page)

    async def __aiter__(self) -> AsyncIterator[Any]:
        walk = self._walk()
        fetch = walk.raw_method(AsyncRawCaller(walk.group._call))
        arguments: dict[str, Any] | None = walk.arguments
        while arguments is not None and walk.more():
            raw = await fetch(**arguments)
            page = walk.page_of(raw)
            items = walk.items_of(raw, page)
            for item in items:
                yield item
            arguments = walk.next_arguments(raw, page)
