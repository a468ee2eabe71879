"""Faults on any operation: fail_next(operation=...) by pydo name or operationId, and the rate limit's 429s."""

from __future__ import annotations

import math
import time
from typing import Any

import httpx
import pytest
from openapi_schemas import SpecResponses

from pydo_facade import Client
from pydo_facade.exceptions import HttpResponseError
from pydo_facade.testing import FakeDigitalOcean

# -- fail_next(operation=...) ----------------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["droplets.list", "droplets_list"])
def test_fail_next_for_one_operation_fails_only_that_operation(
    fake: FakeDigitalOcean, api: httpx.Client, operation: str
) -> None:
    fake.fail_next(503, operation=operation)
    assert api.get("/v2/sizes").status_code == 200
    assert api.get("/v2/account").status_code == 200
    failed = api.get("/v2/droplets")
    assert (failed.status_code, failed.json()["id"]) == (503, "service_unavailable")
    assert api.get("/v2/droplets").status_code == 200


def test_fail_next_for_one_operation_counts_only_its_requests(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(500, operation="sizes.list", times=2)
    statuses = [api.get(path).status_code for path in ("/v2/sizes", "/v2/regions", "/v2/sizes", "/v2/sizes")]
    assert statuses == [500, 200, 500, 200]


def test_fail_next_for_an_operation_with_path_parameters(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    droplet_id = fake.add_droplet()["id"]
    fake.fail_next(404, operation="droplets.get")
    assert api.get("/v2/droplets").status_code == 200
    assert api.get(f"/v2/droplets/{droplet_id}").status_code == 404
    assert api.get(f"/v2/droplets/{droplet_id}").status_code == 200


def test_a_request_takes_the_first_queued_failure_that_is_for_it(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(500, operation="sizes.list")
    fake.fail_next(502)
    assert api.get("/v2/droplets").status_code == 502  # the one for any request; the sizes.list one waits
    assert api.get("/v2/regions").status_code == 200
    assert api.get("/v2/sizes").status_code == 500
    assert api.get("/v2/sizes").status_code == 200


def test_fail_next_for_an_operation_reaches_the_client_as_its_error(fake: FakeDigitalOcean) -> None:
    fake.fail_next(429, operation="apps.restart", retry_after=0)
    app = fake.add_app()
    fake.add_droplet()
    with Client(fake.token, endpoint=fake.url, retry_total=0) as client:
        assert client.droplets.list()["droplets"]
        with pytest.raises(HttpResponseError) as failed:
            client.apps.restart(app["id"])
    assert (failed.value.status_code, failed.value.error_id) == (429, "too_many_requests")


def test_fail_next_for_an_operation_comes_before_the_checks_of_the_request(
    fake: FakeDigitalOcean, api: httpx.Client
) -> None:
    fake.fail_next(503, operation="droplets.get")
    assert api.get("/v2/droplets/not-an-id").status_code == 503  # not the 400 the bad id would get
    assert api.get("/v2/droplets/not-an-id").status_code == 400


@pytest.mark.parametrize("operation", ["droplets.lst", "droplets_lists", "nothing", ""])
def test_fail_next_for_an_operation_the_spec_does_not_have_raises_value_error(
    fake: FakeDigitalOcean, operation: str
) -> None:
    with pytest.raises(ValueError, match=r"operation: the spec has no operation"):
        fake.fail_next(500, operation=operation)


def test_fail_next_for_a_misspelt_operation_suggests_the_name(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"did you mean 'droplets.list'"):
        fake.fail_next(500, operation="droplets.lists")


@pytest.mark.parametrize("operation", [123, b"droplets.list", ["droplets.list"]])
def test_fail_next_operation_that_is_not_a_str_raises_type_error(fake: FakeDigitalOcean, operation: Any) -> None:
    with pytest.raises(TypeError, match=r"operation must be a pydo name"):
        fake.fail_next(500, operation=operation)


def test_a_refused_fail_next_for_an_operation_queues_nothing(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    with pytest.raises(ValueError, match="no operation"):
        fake.fail_next(503, operation="droplets.nope")
    assert api.get("/v2/droplets").status_code == 200


def test_fail_next_for_an_operation_works_before_start() -> None:
    fake = FakeDigitalOcean()
    fake.fail_next(500, operation="account.get")
    with fake:
        response = httpx.get(f"{fake.url}/v2/account", headers={"Authorization": f"Bearer {fake.token}"}, timeout=5)
    assert response.status_code == 500


# -- the rate limit ---------------------------------------------------------------------------------------


def test_once_the_budget_is_spent_requests_get_429_with_retry_after(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.set_ratelimit(2, limit=2, reset_in=30)
    first, second, third = (api.get("/v2/sizes") for _ in range(3))
    assert (first.status_code, second.status_code) == (200, 200)
    assert third.status_code == 429
    assert third.json()["id"] == "too_many_requests"
    assert third.headers["ratelimit-remaining"] == "0"
    assert 1 <= int(third.headers["retry-after"]) <= 30


def test_the_429_of_a_spent_budget_is_the_documented_error(
    fake: FakeDigitalOcean, api: httpx.Client, spec_responses: SpecResponses
) -> None:
    fake.set_ratelimit(0)
    response = api.get("/v2/sizes")
    assert response.status_code == 429
    spec_responses.validate("GET", "/v2/sizes", 429, response.json())


def test_the_budget_comes_back_when_the_window_resets(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.set_ratelimit(0, limit=3, reset_in=0.2)
    assert api.get("/v2/sizes").status_code == 429
    time.sleep(0.3)
    renewed = api.get("/v2/sizes")
    assert (renewed.status_code, renewed.headers["ratelimit-remaining"]) == (200, "2")


def test_ratelimit_reset_is_when_the_window_ends(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    before = time.time()
    fake.set_ratelimit(100, reset_in=600)
    reset = int(api.get("/v2/sizes").headers["ratelimit-reset"])
    assert math.ceil(before + 600) <= reset <= math.ceil(time.time() + 600)


def test_the_default_window_resets_in_about_a_minute(api: httpx.Client) -> None:
    reset = int(api.get("/v2/sizes").headers["ratelimit-reset"])
    assert time.time() < reset <= time.time() + 61


def test_the_facade_waits_out_a_spent_budget_and_succeeds(fake: FakeDigitalOcean) -> None:
    fake.set_ratelimit(0, limit=5, reset_in=0.5)
    with Client(fake.token, endpoint=fake.url) as client:
        started = time.monotonic()
        assert "sizes" in client.sizes.list()
    assert time.monotonic() - started < 5
    assert [request.path for request in fake.requests] == ["/v2/sizes", "/v2/sizes"]


@pytest.mark.parametrize("reset_in", ["60", True, None, [1]])
def test_set_ratelimit_reset_in_that_is_not_seconds_raises_type_error(fake: FakeDigitalOcean, reset_in: Any) -> None:
    with pytest.raises(TypeError, match=r"reset_in must be seconds \(int or float\), got"):
        fake.set_ratelimit(5, reset_in=reset_in)


@pytest.mark.parametrize("reset_in", [0, -1, 0.0, math.nan, math.inf])
def test_set_ratelimit_reset_in_that_is_not_a_positive_finite_number_raises_value_error(
    fake: FakeDigitalOcean, reset_in: float
) -> None:
    with pytest.raises(ValueError, match=r"reset_in must be a finite number of seconds above 0"):
        fake.set_ratelimit(5, reset_in=reset_in)


def test_a_refused_reset_in_changes_nothing(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    with pytest.raises(ValueError, match="reset_in"):
        fake.set_ratelimit(0, reset_in=-5)
    assert api.get("/v2/sizes").status_code == 200
