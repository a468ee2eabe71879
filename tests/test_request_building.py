"""The request line the transport writes itself (URL cache, query string) is the one httpx would write."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pydo_facade._transport import _parsed_url, _query

PARAMS: list[dict[str, Any]] = [
    {"per_page": 200, "page": 1},
    {"deployment_types": ["MANUAL", "DEPLOY_ON_PUSH"], "page": 2},
    {"with_projects": True, "only_deployed": False},
    {"name": "web 1 & more=yes", "tag_name": "ünïcode/é"},
    {"since": "2024-05-01T12:30:00.000Z", "ratio": 0.5},
    {"empty": "", "zero": 0},
    {"ids": (1, 2, 3)},
]


@pytest.mark.parametrize("params", PARAMS, ids=",".join)
def test_the_query_string_is_the_one_httpx_writes(params: dict[str, Any]) -> None:
    base = "https://api.digitalocean.com/v2/droplets"
    expected = httpx.Request("GET", base, params=params).url
    assert _parsed_url(f"{base}?{_query(params)}") == expected
    assert str(_parsed_url(f"{base}?{_query(params)}")) == str(expected)


def test_a_parsed_url_is_reused_and_equal_to_a_fresh_one() -> None:
    url = "https://api.digitalocean.com/v2/apps/4f6c71e2/restart"
    assert _parsed_url(url) is _parsed_url(url)
    assert _parsed_url(url) == httpx.URL(url)
