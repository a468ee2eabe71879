"""client.paginate(): every item of a list operation across its pages, on all three client kinds.

Each test scripts the pages on the loopback fault server and reads back what the client asked for: the
shapes DigitalOcean's lists come in (v2 `links.pages`, GenAI `meta.page/pages`, billing `current_page/
total_pages`, `page_token` cursors, one page without links), the walk's bounds, the pages it refuses
(loops, malformed pages) and the arguments it refuses before sending anything.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from operator import attrgetter
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import pytest
from facade_calls import TOKEN, open_client, run
from fault_server import FaultServer, respond

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import DecodeError, HttpResponseError

API = "https://api.digitalocean.com"
URN = "do:team:12345678-1234-1234-1234-123456789012"
BILLING = {"account_urn": URN, "start_date": "2025-01-01", "end_date": "2025-01-31"}
BILLING_PATH = f"/v2/billing/{URN}/insights/2025-01-01/2025-01-31"


# --- scripting pages and reading back the requests ---------------------------------------------------


def droplets(count: int, start: int = 1) -> list[dict[str, Any]]:
    return [{"id": number, "name": f"web-{number}"} for number in range(start, start + count)]


def chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[index : index + size] for index in range(0, len(items), size)] or [[]]


def link(path: str, **query: Any) -> str:
    return f"{API}{path}?{urlencode(query)}"


def v2_pages(key: str, items: list[Any], per_page: int, path: str = "/v2/droplets") -> list[dict[str, Any]]:
    """DigitalOcean's v2 shape: links.pages with first/prev on later pages, next/last on earlier ones; meta.total."""
    parts = chunks(items, per_page)
    last = len(parts)
    pages = []
    for number, part in enumerate(parts, 1):
        links: dict[str, str] = {}
        if number > 1:
            links["first"] = link(path, page=1, per_page=per_page)
            links["prev"] = link(path, page=number - 1, per_page=per_page)
        if number < last:
            links["next"] = link(path, page=number + 1, per_page=per_page)
            links["last"] = link(path, page=last, per_page=per_page)
        pages.append({key: part, "links": {"pages": links} if links else {}, "meta": {"total": len(items)}})
    return pages


def genai_pages(items: list[Any], per_page: int, *, with_links: bool = True) -> list[dict[str, Any]]:
    """The GenAI shape: links.pages with first/previous/next/last, and meta.page/pages/total."""
    parts = chunks(items, per_page)
    last = len(parts)
    path = "/v2/gen-ai/agents"
    pages = []
    for number, part in enumerate(parts, 1):
        links: dict[str, str] = {"first": link(path, page=1, per_page=per_page)}
        if number > 1:
            links["previous"] = link(path, page=number - 1, per_page=per_page)
        if number < last:
            links["next"] = link(path, page=number + 1, per_page=per_page)
        links["last"] = link(path, page=last, per_page=per_page)
        page: dict[str, Any] = {"agents": part, "meta": {"page": number, "pages": last, "total": len(items)}}
        if with_links:
            page["links"] = {"pages": links}
        pages.append(page)
    return pages


def billing_pages(items: list[Any], per_page: int) -> list[dict[str, Any]]:
    """The billing shape: current_page / total_pages / total_items beside the list, no links."""
    parts = chunks(items, per_page)
    return [
        {"data_points": part, "total_items": len(items), "total_pages": len(parts), "current_page": number}
        for number, part in enumerate(parts, 1)
    ]


def cursor_pages(items: list[Any], per_page: int) -> list[dict[str, Any]]:
    """registries.list_repositories_v2's shape: each next link carries the next page's page_token."""
    parts = chunks(items, per_page)
    path = "/v2/registry/example/repositoriesV2"
    pages = []
    for number, part in enumerate(parts, 1):
        links: dict[str, str] = {}
        if number < len(parts):
            links["next"] = link(path, page=number + 1, page_token=f"token-{number + 1}", per_page=per_page)
            links["last"] = link(path, page=len(parts), per_page=per_page)
        pages.append({"repositories": part, "meta": {"total": len(items)}, "links": {"pages": links}})
    return pages


def serve(server: FaultServer, pages: list[Any]) -> None:
    server.queue(*(respond(200, page) for page in pages))


def sent(server: FaultServer) -> list[tuple[str, str, dict[str, str]]]:
    """(method, path, query) of every request the server read, the path percent-decoded.

    (aiohttp sends the billing URN's ':' as is, httpx as %3A: the same path.)
    """
    requests = []
    for seen in server.seen:
        parts = urlsplit(seen.path)
        requests.append((seen.method, unquote(parts.path), dict(parse_qsl(parts.query))))
    return requests


def walk(
    kind: str,
    server: FaultServer,
    method: str,
    *,
    pages: bool = False,
    into: list[Any] | None = None,
    client_options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> list[Any]:
    """Every item (or, with pages=True, every page) of client.paginate(client.<method>, **kwargs).

    Iterated with `for` on a Client and `async for` on an AsyncClient; what came before an error stays in `into`.
    """
    got: list[Any] = [] if into is None else into

    def use(client: Client | AsyncClient) -> Any:
        paginator = client.paginate(attrgetter(method)(client), **kwargs)
        if isinstance(client, Client):
            for value in paginator.pages() if pages else paginator:
                got.append(value)
            return got

        async def collect() -> list[Any]:
            async for value in paginator.pages() if pages else paginator:
                got.append(value)
            return got

        return collect()

    run(open_client(kind, TOKEN, endpoint=server.url, **(client_options or {})), use)
    return got


def page_requests(path: str, pages: range, **query: str) -> list[tuple[str, str, dict[str, str]]]:
    return [("GET", path, {**query, "page": str(number)}) for number in pages]


# --- the shapes ----------------------------------------------------------------------------------------


def test_v2_pages_yield_every_item_in_order(kind: str, server: FaultServer) -> None:
    items = droplets(450)
    serve(server, v2_pages("droplets", items, 200))
    assert walk(kind, server, "droplets.list") == items


def test_v2_pages_yields_each_page_as_sent(kind: str, server: FaultServer) -> None:
    pages = v2_pages("droplets", droplets(450), 200)
    serve(server, pages)
    assert walk(kind, server, "droplets.list", pages=True) == pages


def test_v2_pages_are_asked_for_200_at_a_time_by_the_next_links_page_numbers(kind: str, server: FaultServer) -> None:
    serve(server, v2_pages("droplets", droplets(450), 200))
    walk(kind, server, "droplets.list")
    assert sent(server) == page_requests("/v2/droplets", range(1, 4), per_page="200")


def test_the_callers_per_page_and_keywords_are_kept_on_every_page(kind: str, server: FaultServer) -> None:
    items = droplets(5)
    serve(server, v2_pages("droplets", items, 2))
    assert walk(kind, server, "droplets.list", per_page=2, tag_name="web") == items
    assert sent(server) == page_requests("/v2/droplets", range(1, 4), per_page="2", tag_name="web")


def test_the_callers_headers_are_sent_with_every_page(kind: str, server: FaultServer) -> None:
    serve(server, v2_pages("droplets", droplets(3), 1))
    walk(kind, server, "droplets.list", per_page=1, headers={"X-Trace": "walk-1"})
    assert [seen.headers.get("x-trace") for seen in server.seen] == ["walk-1"] * 3


def test_the_walk_follows_the_next_links_page_number_not_a_count(kind: str, server: FaultServer) -> None:
    first = {"droplets": droplets(1), "links": {"pages": {"next": link("/v2/droplets", page=5, per_page=1)}}}
    last = {"droplets": droplets(1, start=2), "links": {"pages": {"prev": link("/v2/droplets", page=4, per_page=1)}}}
    serve(server, [first, last])
    assert walk(kind, server, "droplets.list", per_page=1) == droplets(2)
    assert [query["page"] for _, _, query in sent(server)] == ["1", "5"]


def test_genai_pages_yield_every_item_in_order(kind: str, server: FaultServer) -> None:
    agents = [{"uuid": f"agent-{number}"} for number in range(5)]
    serve(server, genai_pages(agents, 2))
    assert walk(kind, server, "genai.list_agents", per_page=2) == agents


def test_genai_pages_yields_each_page_as_sent(kind: str, server: FaultServer) -> None:
    pages = genai_pages([{"uuid": f"agent-{number}"} for number in range(5)], 2)
    serve(server, pages)
    assert walk(kind, server, "genai.list_agents", pages=True, per_page=2) == pages


def test_genai_pages_are_asked_for_by_the_next_links_with_the_default_per_page(kind: str, server: FaultServer) -> None:
    serve(server, genai_pages([{"uuid": f"agent-{number}"} for number in range(450)], 200))
    walk(kind, server, "genai.list_agents", only_deployed=True)
    # list_agents has no page default of its own: the first request names no page.
    assert sent(server) == [
        ("GET", "/v2/gen-ai/agents", {"only_deployed": "true", "per_page": "200"}),
        ("GET", "/v2/gen-ai/agents", {"only_deployed": "true", "per_page": "200", "page": "2"}),
        ("GET", "/v2/gen-ai/agents", {"only_deployed": "true", "per_page": "200", "page": "3"}),
    ]


def test_genai_pages_without_next_links_are_followed_by_meta_page_and_pages(kind: str, server: FaultServer) -> None:
    agents = [{"uuid": f"agent-{number}"} for number in range(5)]
    serve(server, genai_pages(agents, 2, with_links=False))
    assert walk(kind, server, "genai.list_agents", per_page=2) == agents
    assert [query.get("page") for _, _, query in sent(server)] == [None, "2", "3"]


def test_an_empty_next_link_on_the_last_page_ends_the_walk(kind: str, server: FaultServer) -> None:
    # A page may say "no next page" with an empty link rather than with none.
    pages = genai_pages([{"uuid": f"agent-{number}"} for number in range(3)], 2)
    pages[-1]["links"]["pages"]["next"] = ""
    serve(server, pages)
    assert walk(kind, server, "genai.list_agents", per_page=2) == [{"uuid": f"agent-{number}"} for number in range(3)]
    assert len(server.seen) == 2


def test_a_relative_next_link_is_followed(kind: str, server: FaultServer) -> None:
    first = {"agents": [{"uuid": "a"}], "links": {"pages": {"next": "/v2/gen-ai/agents?page=2&per_page=1"}}}
    serve(server, [first, {"agents": [{"uuid": "b"}], "links": {"pages": {}}}])
    assert walk(kind, server, "genai.list_agents", per_page=1) == [{"uuid": "a"}, {"uuid": "b"}]
    assert [query.get("page") for _, _, query in sent(server)] == [None, "2"]


def test_billing_pages_yield_every_item_in_order(kind: str, server: FaultServer) -> None:
    points = [{"sku": f"sku-{number}", "total_amount": "0.86"} for number in range(5)]
    serve(server, billing_pages(points, 2))
    assert walk(kind, server, "billing_insights.list", per_page=2, **BILLING) == points


def test_billing_pages_yields_each_page_as_sent(kind: str, server: FaultServer) -> None:
    pages = billing_pages([{"sku": f"sku-{number}"} for number in range(5)], 2)
    serve(server, pages)
    assert walk(kind, server, "billing_insights.list", pages=True, per_page=2, **BILLING) == pages


def test_billing_pages_are_asked_for_by_current_page_and_total_pages(kind: str, server: FaultServer) -> None:
    serve(server, billing_pages([{"sku": f"sku-{number}"} for number in range(450)], 200))
    walk(kind, server, "billing_insights.list", **BILLING)
    assert sent(server) == page_requests(BILLING_PATH, range(1, 4), per_page="200")


def test_cursor_pages_yield_every_item_in_order(kind: str, server: FaultServer) -> None:
    repositories = [{"name": f"repo-{number}"} for number in range(5)]
    serve(server, cursor_pages(repositories, 2))
    assert walk(kind, server, "registries.list_repositories_v2", registry_name="example", per_page=2) == repositories


def test_cursor_pages_yields_each_page_as_sent(kind: str, server: FaultServer) -> None:
    pages = cursor_pages([{"name": f"repo-{number}"} for number in range(5)], 2)
    serve(server, pages)
    got = walk(kind, server, "registries.list_repositories_v2", pages=True, registry_name="example", per_page=2)
    assert got == pages


def test_cursor_pages_are_asked_for_by_the_next_links_page_token(kind: str, server: FaultServer) -> None:
    serve(server, cursor_pages([{"name": f"repo-{number}"} for number in range(450)], 200))
    walk(kind, server, "registries.list_repositories_v2", registry_name="example")
    path = "/v2/registries/example/repositoriesV2"
    # The spec: `page` is ignored when `page_token` is given; the method's default page=1 goes along.
    assert sent(server) == [
        ("GET", path, {"per_page": "200", "page": "1"}),
        ("GET", path, {"per_page": "200", "page": "1", "page_token": "token-2"}),
        ("GET", path, {"per_page": "200", "page": "1", "page_token": "token-3"}),
    ]


def test_a_single_page_without_links_is_the_whole_list_in_one_request(kind: str, server: FaultServer) -> None:
    items = droplets(3)
    serve(server, [{"droplets": items}])
    assert walk(kind, server, "droplets.list") == items
    assert sent(server) == page_requests("/v2/droplets", range(1, 2), per_page="200")


def test_a_single_page_with_empty_links_is_the_whole_list_in_one_request(kind: str, server: FaultServer) -> None:
    page = {"ssh_keys": [{"id": 289794, "name": "Other Public Key"}], "links": {}, "meta": {"total": 1}}
    serve(server, [page])
    assert walk(kind, server, "ssh_keys.list", pages=True) == [page]
    assert sent(server) == page_requests("/v2/account/keys", range(1, 2), per_page="200")


def test_1000_items_with_the_defaults_take_exactly_5_requests(kind: str, server: FaultServer) -> None:
    items = droplets(1000)
    serve(server, v2_pages("droplets", items, 200))
    assert walk(kind, server, "droplets.list") == items
    assert len(server.seen) == 5


def test_iterating_a_paginator_again_walks_from_the_first_page_again(kind: str, server: FaultServer) -> None:
    items = droplets(3)
    serve(server, v2_pages("droplets", items, 2) * 2)

    def twice(client: Client | AsyncClient) -> Any:
        paginator = client.paginate(client.droplets.list, per_page=2)
        if isinstance(client, Client):
            return [list(paginator), list(paginator)]

        async def collect() -> list[list[Any]]:
            return [[item async for item in paginator], [item async for item in paginator]]

        return collect()

    assert run(open_client(kind, TOKEN, endpoint=server.url), twice) == [items, items]
    assert [query["page"] for _, _, query in sent(server)] == ["1", "2", "1", "2"]


# --- it never loops, never skips a page ----------------------------------------------------------------


def test_a_next_link_repeating_a_page_already_read_is_a_decode_error_not_a_loop(kind: str, server: FaultServer) -> None:
    to_two = {"droplets": droplets(1), "links": {"pages": {"next": link("/v2/droplets", page=2, per_page=1)}}}
    back_to_one = {"droplets": droplets(1, 2), "links": {"pages": {"next": link("/v2/droplets", page=1, per_page=1)}}}
    server.queue(respond(200, to_two), respond(200, back_to_one))
    server.default = respond(200, back_to_one)
    got: list[Any] = []
    with pytest.raises(DecodeError, match="read already"):
        walk(kind, server, "droplets.list", per_page=1, into=got)
    assert got == droplets(2)
    assert len(server.seen) == 2


def test_a_cursor_repeating_a_token_already_read_is_a_decode_error_not_a_loop(kind: str, server: FaultServer) -> None:
    page = {"repositories": [{"name": "repo-1"}], "links": {"pages": {"next": f"{API}/v2/r?page_token=same"}}}
    server.default = respond(200, page)
    with pytest.raises(DecodeError, match="page_token=same"):
        walk(kind, server, "registries.list_repositories_v2", registry_name="example")
    assert len(server.seen) == 2


def test_a_next_link_after_the_items_reach_meta_total_is_a_decode_error(kind: str, server: FaultServer) -> None:
    page = {
        "droplets": droplets(2),
        "links": {"pages": {"next": link("/v2/droplets", page=2, per_page=2)}},
        "meta": {"total": 2},
    }
    server.queue(respond(200, page))
    got: list[Any] = []
    with pytest.raises(DecodeError, match=r"meta\.total=2"):
        walk(kind, server, "droplets.list", per_page=2, into=got)
    assert got == droplets(2)
    assert len(server.seen) == 1


MALFORMED: dict[str, Any] = {
    "items-not-a-list": {"droplets": {"id": 1}, "links": {}, "meta": {"total": 1}},
    "links-not-an-object": {"droplets": droplets(1), "links": ["next"], "meta": {"total": 5}},
    "links-pages-not-an-object": {"droplets": droplets(1), "links": {"pages": "next"}, "meta": {"total": 5}},
    "next-link-without-page": {"droplets": droplets(1), "links": {"pages": {"next": f"{API}/v2/droplets?x=1"}}},
    "next-link-with-page-0": {"droplets": droplets(1), "links": {"pages": {"next": f"{API}/v2/droplets?page=0"}}},
    "next-link-with-page-not-a-number": {"droplets": droplets(1), "links": {"pages": {"next": f"{API}/v2?page=two"}}},
    "next-link-not-a-string": {"droplets": droplets(1), "links": {"pages": {"next": 2}}},
    "page-a-json-list": [{"id": 1}],
    "page-json-null": None,
}


@pytest.mark.parametrize("page", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_page_is_a_decode_error(kind: str, server: FaultServer, page: Any) -> None:
    server.queue(respond(200, b"null" if page is None else page, headers={"Content-Type": "application/json"}))
    with pytest.raises(DecodeError) as raised:
        walk(kind, server, "droplets.list")
    assert type(raised.value) is DecodeError
    assert raised.value.__cause__ is None
    assert len(server.seen) == 1


def test_a_page_that_is_not_json_is_a_decode_error(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, "<html>maintenance</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(DecodeError):
        walk(kind, server, "droplets.list")


def test_a_page_that_fails_raises_the_mapped_error_after_the_usual_retries(kind: str, server: FaultServer) -> None:
    pages = v2_pages("droplets", droplets(3), 1)
    server.queue(respond(200, pages[0]))
    server.default = respond(500, {"id": "server_error", "message": "Server Error"})
    got: list[Any] = []
    with pytest.raises(HttpResponseError) as raised:
        walk(kind, server, "droplets.list", per_page=1, into=got)
    assert raised.value.status_code == 500
    assert got == droplets(1)
    # Page 2 was asked for 4 times (the client's 3 retries of a GET), and never page 3.
    assert [query["page"] for _, _, query in sent(server)] == ["1", "2", "2", "2", "2"]


def test_a_page_that_fails_once_is_retried_and_no_page_is_skipped(kind: str, server: FaultServer) -> None:
    pages = v2_pages("droplets", droplets(3), 1)
    server.queue(respond(200, pages[0]), respond(503, "<html>busy</html>"), respond(200, pages[1]))
    server.queue(respond(200, pages[2]))
    assert walk(kind, server, "droplets.list", per_page=1) == droplets(3)
    assert [query["page"] for _, _, query in sent(server)] == ["1", "2", "2", "3"]


def test_an_empty_page_stops_the_walk(kind: str, server: FaultServer) -> None:
    first = {"droplets": droplets(2), "links": {"pages": {"next": link("/v2/droplets", page=2, per_page=2)}}}
    empty = {"droplets": [], "links": {"pages": {"next": link("/v2/droplets", page=3, per_page=2)}}}
    serve(server, [first, empty])
    assert walk(kind, server, "droplets.list", per_page=2) == droplets(2)
    assert len(server.seen) == 2


# --- bounds and items_key ------------------------------------------------------------------------------


def test_max_items_stops_the_walk_once_reached(kind: str, server: FaultServer) -> None:
    items = droplets(450)
    serve(server, v2_pages("droplets", items, 200))
    assert walk(kind, server, "droplets.list", max_items=250) == items[:250]
    assert len(server.seen) == 2


def test_max_items_reached_at_the_end_of_a_page_asks_for_no_more(kind: str, server: FaultServer) -> None:
    items = droplets(450)
    serve(server, v2_pages("droplets", items, 200))
    assert walk(kind, server, "droplets.list", max_items=200) == items[:200]
    assert len(server.seen) == 1


def test_max_pages_stops_the_walk_once_reached(kind: str, server: FaultServer) -> None:
    items = droplets(450)
    serve(server, v2_pages("droplets", items, 200))
    assert walk(kind, server, "droplets.list", max_pages=2) == items[:400]
    assert len(server.seen) == 2


def test_max_pages_bounds_pages_too(kind: str, server: FaultServer) -> None:
    pages = v2_pages("droplets", droplets(450), 200)
    serve(server, pages)
    assert walk(kind, server, "droplets.list", pages=True, max_pages=1) == pages[:1]
    assert len(server.seen) == 1


@pytest.mark.parametrize("bound", [{"max_items": 0}, {"max_pages": 0}])
def test_a_bound_of_zero_sends_nothing(kind: str, server: FaultServer, bound: dict[str, int]) -> None:
    assert walk(kind, server, "droplets.list", **bound) == []
    assert server.seen == []


def several_lists(droplet_count: int, page: int, last: int) -> dict[str, Any]:
    links = {"next": link("/v2/droplets", page=page + 1, per_page=2)} if page < last else {}
    return {
        "droplets": droplets(droplet_count, start=page * 10),
        "regions": ["nyc1", "ams3"],
        "links": {"pages": links},
        "meta": {"total": 4},
    }


def test_items_key_picks_the_list_of_a_page_with_several(kind: str, server: FaultServer) -> None:
    serve(server, [several_lists(2, 1, 2), several_lists(2, 2, 2)])
    got = walk(kind, server, "droplets.list", per_page=2, items_key="droplets")
    assert got == droplets(2, start=10) + droplets(2, start=20)
    assert len(server.seen) == 2


def test_a_page_with_several_lists_and_no_items_key_is_a_decode_error_naming_items_key(
    kind: str, server: FaultServer
) -> None:
    serve(server, [several_lists(2, 1, 2)])
    with pytest.raises(DecodeError, match="items_key=") as raised:
        walk(kind, server, "droplets.list", per_page=2)
    assert "droplets" in str(raised.value)
    assert "regions" in str(raised.value)


def test_an_items_key_the_page_does_not_hold_is_a_decode_error_naming_it(kind: str, server: FaultServer) -> None:
    serve(server, [several_lists(2, 1, 2)])
    with pytest.raises(DecodeError, match="'volumes'"):
        walk(kind, server, "droplets.list", items_key="volumes")


# --- bad input, refused before anything is sent ---------------------------------------------------------


def plain_function(**kwargs: Any) -> dict[str, Any]:
    return {"droplets": []}


NOT_LIST_METHODS: dict[str, Callable[[Any], Any]] = {
    "not-callable": lambda client: 42,
    "a-plain-function": lambda client: plain_function,
    "a-lambda": lambda client: lambda **kwargs: {"droplets": []},
    "a-method-of-something-else": lambda client: [].copy,
    "a-method-that-is-not-paginated": lambda client: client.droplets.get,
    "the-group-itself": lambda client: client.droplets,
}


@pytest.mark.parametrize("method", NOT_LIST_METHODS.values(), ids=NOT_LIST_METHODS.keys())
def test_what_is_not_a_list_method_is_a_type_error_before_anything_is_sent(
    kind: str, server: FaultServer, method: Callable[[Any], Any]
) -> None:
    with pytest.raises(TypeError):
        run(open_client(kind, TOKEN, endpoint=server.url), lambda client: client.paginate(method(client)))
    assert server.seen == []


def test_a_method_of_a_raw_response_view_is_a_type_error_before_anything_is_sent(
    kind: str, server: FaultServer
) -> None:
    def use(client: Any) -> Any:
        return client.paginate(client.with_raw_response.droplets.list)

    with pytest.raises(TypeError, match="with_raw_response"):
        run(open_client(kind, TOKEN, endpoint=server.url), use)
    assert server.seen == []


def test_a_method_of_the_other_kind_of_client_is_a_type_error_before_anything_is_sent(
    kind: str, server: FaultServer
) -> None:
    other = open_client("async-aiohttp" if kind == "sync" else "sync", TOKEN, endpoint=server.url)
    try:
        with pytest.raises(TypeError, match="AsyncClient" if kind == "sync" else "Client"):
            run(open_client(kind, TOKEN, endpoint=server.url), lambda client: client.paginate(other.droplets.list))
    finally:
        close(other)
    assert server.seen == []


def close(client: Client | AsyncClient) -> None:
    if isinstance(client, Client):
        client.close()
    else:
        asyncio.run(client.aclose())


BAD_BOUNDS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"max_items": -1}, ValueError),
    ({"max_items": math.nan}, ValueError),
    ({"max_items": True}, TypeError),
    ({"max_items": 2.5}, TypeError),
    ({"max_items": "10"}, TypeError),
    ({"max_pages": -1}, ValueError),
    ({"max_pages": True}, TypeError),
    ({"max_pages": math.inf}, TypeError),
    ({"items_key": 5}, TypeError),
]


@pytest.mark.parametrize(("bound", "error"), BAD_BOUNDS, ids=[repr(bound) for bound, _ in BAD_BOUNDS])
def test_a_bad_bound_is_refused_before_anything_is_sent(
    kind: str, server: FaultServer, bound: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        run(
            open_client(kind, TOKEN, endpoint=server.url), lambda client: client.paginate(client.droplets.list, **bound)
        )
    assert server.seen == []


@pytest.mark.parametrize("keyword", ["colour", "cls"])
def test_an_unknown_keyword_is_a_type_error_naming_it_before_anything_is_sent(
    kind: str, server: FaultServer, keyword: str
) -> None:
    def use(client: Any) -> Any:
        return client.paginate(client.droplets.list, **{keyword: "x"})

    with pytest.raises(TypeError, match=keyword):
        run(open_client(kind, TOKEN, endpoint=server.url), use)
    assert server.seen == []


# --- async iteration, spelled out -----------------------------------------------------------------------

ASYNC_KINDS = ["async-aiohttp", "async-httpx"]


@pytest.mark.parametrize("async_kind", ASYNC_KINDS)
async def test_async_for_over_paginate_yields_every_item(async_kind: str, server: FaultServer) -> None:
    items = droplets(5)
    serve(server, v2_pages("droplets", items, 2))
    client = open_client(async_kind, TOKEN, endpoint=server.url)
    assert isinstance(client, AsyncClient)
    got = []
    async with client:
        async for droplet in client.paginate(client.droplets.list, per_page=2):
            got.append(droplet)
    assert got == items


@pytest.mark.parametrize("async_kind", ASYNC_KINDS)
async def test_async_for_over_pages_yields_every_page(async_kind: str, server: FaultServer) -> None:
    pages = v2_pages("droplets", droplets(5), 2)
    serve(server, pages)
    client = open_client(async_kind, TOKEN, endpoint=server.url)
    assert isinstance(client, AsyncClient)
    got = []
    async with client:
        async for page in client.paginate(client.droplets.list, per_page=2).pages():
            got.append(page)
    assert got == pages
