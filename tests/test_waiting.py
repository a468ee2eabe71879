"""Waiting for actions and resources: client.actions.wait, the wait_until_* methods and client.wait_until.

All on the one clock-bounded poller (tests/test_wait.py covers apps.wait_for_deployment on it), on all three
client kinds, through scripted answers of the loopback fault server. Polls run at poll_interval=0 unless a
test is about their pace.
"""

from __future__ import annotations

import asyncio
import itertools
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from facade_calls import TOKEN, open_client, run
from fault_server import Action, FaultServer, respond

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import (
    ActionFailedError,
    ActionTimeoutError,
    DigitalOceanError,
    ResourceNotFoundError,
    WaitFailedError,
    WaitTimeoutError,
)

TIMER_SLACK = 0.02
"""How much earlier than asked a sleep may end, as the server's clock sees two requests arrive."""
FAST = {"poll_interval": 0, "timeout": 5}
ACTION_ID = 36804636
TOO_MANY = {"id": "too_many_requests", "message": "API rate limit exceeded"}


def action(status: str, action_id: int = ACTION_ID, **fields: Any) -> dict[str, Any]:
    """A droplet action as GET /v2/actions/{id} shows it."""
    return {
        "id": action_id,
        "status": status,
        "type": "power_off",
        "started_at": "2024-11-27T10:00:00Z",
        "completed_at": None if status == "in-progress" else "2024-11-27T10:00:30Z",
        "resource_id": 3164444,
        "resource_type": "droplet",
        "region_slug": "nyc3",
        **fields,
    }


def action_answer(status: str, action_id: int = ACTION_ID) -> Action:
    return respond(200, {"action": action(status, action_id)})


def use(client: Any, *path: str) -> Any:
    """client.<path[0]>.<path[1]>..., the attribute chain."""
    value = client
    for name in path:
        value = getattr(value, name)
    return value


def waiting(kind: str, server: FaultServer, call: Callable[[Any], Any], **client_options: Any) -> Any:
    """call(client) on a fresh client of this kind (awaited for an async one); returns or raises what it did."""
    return run(open_client(kind, TOKEN, endpoint=server.url, **client_options), call)


def wait_action(kind: str, server: FaultServer, target: Any, **kwargs: Any) -> Any:
    options = {**FAST, **kwargs}
    return waiting(kind, server, lambda client: client.actions.wait(target, **options))


def paths(server: FaultServer) -> list[str]:
    return [seen.path for seen in server.seen]


def gaps(server: FaultServer) -> list[float]:
    """Seconds between consecutive requests, as the server saw them arrive."""
    return [later.at - earlier.at for earlier, later in itertools.pairwise(server.seen)]


# --- client.actions.wait: what it takes ----------------------------------------------------------------


def test_wait_by_id_polls_the_action_until_completed(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("in-progress"), action_answer("in-progress"), action_answer("completed"))
    assert wait_action(kind, server, ACTION_ID) == action("completed")
    assert paths(server) == [f"/v2/actions/{ACTION_ID}"] * 3


def test_wait_by_an_action_answer_polls_its_id(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("completed", 7))
    assert wait_action(kind, server, {"action": action("in-progress", 7)}) == action("completed", 7)
    assert paths(server) == ["/v2/actions/7"]


def test_wait_by_a_bare_action_polls_its_id(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("completed", 8))
    assert wait_action(kind, server, action("in-progress", 8)) == action("completed", 8)
    assert paths(server) == ["/v2/actions/8"]


def test_an_action_with_resource_type_and_region_slug_is_polled_as_an_action_not_an_nfs_one(
    kind: str, server: FaultServer
) -> None:
    # Every action has both (a volume's: "volume", "nyc1"); only NFS statuses or resource types mean NFS.
    attach = action("in-progress", 72531856, type="attach_volume", resource_type="volume", region_slug="nyc1")
    server.queue(respond(200, {"action": {**attach, "status": "completed"}}))
    assert wait_action(kind, server, {"action": attach})["status"] == "completed"
    assert paths(server) == ["/v2/actions/72531856"]


def test_wait_by_a_droplet_create_answer_polls_its_create_action(kind: str, server: FaultServer) -> None:
    created = {
        "droplet": {"id": 3164444, "name": "web-1", "status": "new"},
        "links": {"actions": [{"id": 7515, "rel": "create", "href": "https://api.digitalocean.com/v2/actions/7515"}]},
    }
    server.queue(action_answer("in-progress", 7515), action_answer("completed", 7515))
    assert wait_action(kind, server, created)["id"] == 7515
    assert paths(server) == ["/v2/actions/7515"] * 2


def test_a_completed_action_is_returned_as_the_api_sent_it(kind: str, server: FaultServer) -> None:
    done = action("completed", region={"slug": "nyc3", "name": "New York 3"}, future_field=[1, None])
    server.queue(respond(200, {"action": done}))
    assert wait_action(kind, server, ACTION_ID) == done


def test_an_errored_action_raises_action_failed_with_the_action(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("in-progress"), action_answer("errored"))
    with pytest.raises(ActionFailedError) as raised:
        wait_action(kind, server, ACTION_ID)
    assert raised.value.action == action("errored")
    assert raised.value.resource == action("errored")
    assert isinstance(raised.value, WaitFailedError)
    assert str(ACTION_ID) in str(raised.value)


def test_an_action_past_its_timeout_raises_action_timeout_with_the_last_action(kind: str, server: FaultServer) -> None:
    server.default = action_answer("in-progress")
    with pytest.raises(ActionTimeoutError) as raised:
        wait_action(kind, server, ACTION_ID, timeout=0.1, poll_interval=0.02)
    error = raised.value
    assert isinstance(error, TimeoutError)
    assert isinstance(error, WaitTimeoutError)
    assert isinstance(error, DigitalOceanError)
    assert error.action == action("in-progress")
    assert error.timeout == 0.1
    assert "in-progress" in str(error)


def test_a_429_and_a_run_of_503s_mid_wait_are_waited_out(kind: str, server: FaultServer) -> None:
    server.queue(
        action_answer("in-progress"),
        respond(429, TOO_MANY, headers={"Retry-After": "0"}),
        respond(503, "<html>503 Service Temporarily Unavailable</html>"),
        respond(503, "<html>503 Service Temporarily Unavailable</html>"),
        respond(503, "<html>503 Service Temporarily Unavailable</html>"),
        action_answer("completed"),
    )
    assert wait_action(kind, server, ACTION_ID)["status"] == "completed"
    assert len(server.seen) == 6


def test_polls_are_never_closer_than_poll_interval(kind: str, server: FaultServer) -> None:
    server.queue(
        action_answer("in-progress"),
        respond(429, TOO_MANY, headers={"Retry-After": "0"}),
        action_answer("in-progress"),
        action_answer("completed"),
    )
    wait_action(kind, server, ACTION_ID, poll_interval=0.08)
    assert len(server.seen) == 4
    assert min(gaps(server)) >= 0.08 - TIMER_SLACK, gaps(server)


def test_on_progress_sees_each_state(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("in-progress"), action_answer("in-progress"), action_answer("completed"))
    seen: list[Any] = []
    wait_action(kind, server, ACTION_ID, on_progress=seen.append)
    assert seen == [action("in-progress"), action("in-progress"), action("completed")]


def test_a_waits_polls_are_not_retried_by_the_transport(kind: str, server: FaultServer) -> None:
    # The client retries a GET's 429 three times, at once with Retry-After: 0; a wait's polls are its own,
    # paced by poll_interval: 0.25 s at 0.08 s apart is at most 5 GETs, each its own poll.
    server.default = respond(429, TOO_MANY, headers={"Retry-After": "0"})
    with pytest.raises(ActionTimeoutError):
        wait_action(kind, server, ACTION_ID, timeout=0.25, poll_interval=0.08)
    assert 3 <= len(server.seen) <= 5, len(server.seen)
    assert min(gaps(server)) >= 0.08 - TIMER_SLACK, gaps(server)


def test_a_404_mid_wait_raises_resource_not_found_at_once(kind: str, server: FaultServer) -> None:
    server.queue(action_answer("in-progress"), respond(404, {"id": "not_found", "message": "gone"}))
    with pytest.raises(ResourceNotFoundError):
        wait_action(kind, server, ACTION_ID)
    assert len(server.seen) == 2


BAD_ACTIONS: dict[str, tuple[Any, type[Exception]]] = {
    "dict-without-id": ({"status": "in-progress", "type": "reboot"}, ValueError),
    "answer-whose-action-has-no-id": ({"action": {"status": "in-progress"}}, ValueError),
    "links-with-two-actions": (
        {"droplet": {"id": 1}, "links": {"actions": [{"id": 1, "rel": "create"}, {"id": 2, "rel": "create"}]}},
        ValueError,
    ),
    "links-with-no-action": ({"droplet": {"id": 1}, "links": {"actions": []}}, ValueError),
    "none": (None, TypeError),
    "a-bool": (True, TypeError),
    "a-float": (36804636.0, TypeError),
    "a-list": ([ACTION_ID], TypeError),
}


@pytest.mark.parametrize(("target", "error"), BAD_ACTIONS.values(), ids=BAD_ACTIONS.keys())
def test_what_is_not_an_action_is_refused_before_any_request(
    kind: str, server: FaultServer, target: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        wait_action(kind, server, target)
    assert server.seen == []


BAD_WAIT_ARGUMENTS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"timeout": -1}, ValueError),
    ({"timeout": "60"}, TypeError),
    ({"timeout": None}, TypeError),
    ({"poll_interval": -0.1}, ValueError),
    ({"on_progress": "print"}, TypeError),
]


@pytest.mark.parametrize(("arguments", "error"), BAD_WAIT_ARGUMENTS, ids=[repr(a) for a, _ in BAD_WAIT_ARGUMENTS])
def test_bad_wait_arguments_are_refused_before_any_request(
    kind: str, server: FaultServer, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        waiting(kind, server, lambda client: client.actions.wait(ACTION_ID, **arguments))
    assert server.seen == []


@pytest.mark.parametrize(
    ("arguments", "error"), BAD_WAIT_ARGUMENTS[::3], ids=[repr(a) for a, _ in BAD_WAIT_ARGUMENTS[::3]]
)
def test_bad_wait_arguments_are_refused_for_an_nfs_action_already_over_too(
    kind: str, server: FaultServer, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        waiting(kind, server, lambda client: client.actions.wait(nfs_action("COMPLETED"), **arguments))
    assert server.seen == []


# --- NFS actions: waited for through the share, snapshot or access point they act on -------------------

NFS_ACTION_ID = "084c3b9c-2382-441b-92d4-10b095bb5d7c"
SHARE_ID = "baf4827c-6fa9-456f-9dbd-9ddfcacd0720"
SNAPSHOT_ID = "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
ACCESS_POINT_ID = "7659ce91-354d-4f61-9cda-ae2c7feb61d9"


def nfs_action(
    status: str, action_type: str = "RESIZE_SHARE", resource_id: str = SHARE_ID, resource_type: str = "SHARE"
) -> dict[str, Any]:
    """An NFS action as the spec shows it (its own statuses, a UUID id, region_slug)."""
    return {
        "id": NFS_ACTION_ID,
        "region_slug": "atl1",
        "resource_id": resource_id,
        "resource_type": resource_type,
        "type": action_type,
        "status": status,
        "started_at": "2026-06-25T08:11:12Z",
    }


def share(status: str, **fields: Any) -> dict[str, Any]:
    return {"id": SHARE_ID, "name": "sammy-share-drive", "size_gib": 1024, "region": "atl1", "status": status, **fields}


def share_answer(status: str, **fields: Any) -> Action:
    return respond(200, {"share": share(status, **fields)})


def access_point(status: str) -> dict[str, Any]:
    return {"id": ACCESS_POINT_ID, "name": "other-vpc", "share_id": SHARE_ID, "path": "/other-vpc", "status": status}


def access_point_answer(status: str) -> Action:
    return respond(200, {"access_point": access_point(status)})


NOT_FOUND = respond(404, {"id": "not_found", "message": "The resource you requested could not be found."})


def test_an_in_progress_share_action_is_waited_for_through_the_share(kind: str, server: FaultServer) -> None:
    server.queue(share_answer("CREATING"), share_answer("ACTIVE"))
    done = wait_action(kind, server, {"action": nfs_action("IN_PROGRESS")})
    assert done == {**nfs_action("IN_PROGRESS"), "status": "COMPLETED"}
    assert paths(server) == [f"/v2/nfs/{SHARE_ID}?region=atl1"] * 2


def test_a_share_action_on_a_share_attached_to_no_vpc_ends_when_it_is_inactive(kind: str, server: FaultServer) -> None:
    # INACTIVE is the spec's settled state of a share attached to no VPC: a resize of one never makes it ACTIVE.
    server.queue(share_answer("CREATING"), share_answer("INACTIVE", vpc_ids=[]))
    assert wait_action(kind, server, nfs_action("IN_PROGRESS"))["status"] == "COMPLETED"
    assert len(server.seen) == 2


def test_an_attach_action_waits_for_the_share_to_become_active(kind: str, server: FaultServer) -> None:
    server.queue(share_answer("INACTIVE"), share_answer("ACTIVE"))
    attach = nfs_action("IN_PROGRESS", action_type="ATTACH_SHARE")
    assert wait_action(kind, server, attach)["status"] == "COMPLETED"
    assert len(server.seen) == 2


def test_a_share_that_fails_raises_action_failed_with_the_action_and_the_share(kind: str, server: FaultServer) -> None:
    server.queue(share_answer("CREATING"), share_answer("FAILED"))
    with pytest.raises(ActionFailedError) as raised:
        wait_action(kind, server, nfs_action("IN_PROGRESS"))
    assert raised.value.action == {**nfs_action("IN_PROGRESS"), "status": "ACTION_FAILED"}
    assert raised.value.resource == share("FAILED")


def test_a_snapshot_action_is_waited_for_through_the_snapshot(kind: str, server: FaultServer) -> None:
    server.queue(
        respond(200, {"snapshot": {"id": SNAPSHOT_ID, "status": "CREATING"}}),
        respond(200, {"snapshot": {"id": SNAPSHOT_ID, "status": "ACTIVE"}}),
    )
    snapshot = nfs_action(
        "IN_PROGRESS", action_type="SNAPSHOT_SHARE", resource_id=SNAPSHOT_ID, resource_type="SNAPSHOT"
    )
    assert wait_action(kind, server, snapshot)["status"] == "COMPLETED"
    assert paths(server) == [f"/v2/nfs/snapshots/{SNAPSHOT_ID}?region=atl1"] * 2


def test_an_nfs_action_already_completed_is_returned_at_once_with_no_request(kind: str, server: FaultServer) -> None:
    assert wait_action(kind, server, {"action": nfs_action("COMPLETED")}) == nfs_action("COMPLETED")
    assert server.seen == []


def test_an_nfs_action_already_failed_raises_at_once_with_no_request(kind: str, server: FaultServer) -> None:
    with pytest.raises(ActionFailedError) as raised:
        wait_action(kind, server, nfs_action("ACTION_FAILED"))
    assert raised.value.action == nfs_action("ACTION_FAILED")
    assert server.seen == []


def test_an_access_point_create_action_ends_when_the_access_point_is_active(kind: str, server: FaultServer) -> None:
    server.queue(access_point_answer("ACCESS_POINT_CREATING"), access_point_answer("ACCESS_POINT_ACTIVE"))
    create = nfs_action("IN_PROGRESS", action_type="CREATE_ACCESS_POINT", resource_id=ACCESS_POINT_ID)
    assert wait_action(kind, server, create) == {**create, "status": "COMPLETED"}
    assert paths(server) == [f"/v2/nfs/access_points/{ACCESS_POINT_ID}"] * 2


def test_an_access_point_that_fails_raises_action_failed(kind: str, server: FaultServer) -> None:
    server.queue(access_point_answer("ACCESS_POINT_CREATING"), access_point_answer("ACCESS_POINT_FAILED"))
    create = nfs_action("IN_PROGRESS", action_type="CREATE_ACCESS_POINT", resource_id=ACCESS_POINT_ID)
    with pytest.raises(ActionFailedError) as raised:
        wait_action(kind, server, create)
    assert raised.value.resource == access_point("ACCESS_POINT_FAILED")


def test_an_access_point_delete_action_ends_when_the_access_point_answers_404(kind: str, server: FaultServer) -> None:
    server.queue(access_point_answer("ACCESS_POINT_ACTIVE"), NOT_FOUND)
    delete = nfs_action("IN_PROGRESS", action_type="DELETE_ACCESS_POINT", resource_id=ACCESS_POINT_ID)
    assert wait_action(kind, server, {"access_point": access_point("ACCESS_POINT_DELETED"), "action": delete}) == {
        **delete,
        "status": "COMPLETED",
    }
    assert paths(server) == [f"/v2/nfs/access_points/{ACCESS_POINT_ID}"] * 2


def test_an_access_point_delete_action_ends_when_the_access_point_shows_deleted(kind: str, server: FaultServer) -> None:
    # The spec: DELETE soft-deletes the access point, which then shows ACCESS_POINT_DELETED.
    server.queue(access_point_answer("ACCESS_POINT_DELETED"))
    delete = nfs_action("IN_PROGRESS", action_type="DELETE_ACCESS_POINT", resource_id=ACCESS_POINT_ID)
    assert wait_action(kind, server, delete)["status"] == "COMPLETED"
    assert len(server.seen) == 1


def test_an_nfs_action_past_its_timeout_raises_action_timeout_with_the_action_and_the_share(
    kind: str, server: FaultServer
) -> None:
    server.default = share_answer("CREATING")
    with pytest.raises(ActionTimeoutError) as raised:
        wait_action(kind, server, nfs_action("IN_PROGRESS"), timeout=0.1, poll_interval=0.02)
    assert raised.value.action == nfs_action("IN_PROGRESS")
    assert raised.value.resource == share("CREATING")


# --- the resources' own waits --------------------------------------------------------------------------

RESOURCE_WAITS: dict[str, tuple[tuple[str, ...], Any, str, str, Callable[[str], dict[str, Any]]]] = {
    # name: (method path, id, path polled, answer key, resource in that state)
    "droplet": (
        ("droplets", "wait_until_active"),
        3164444,
        "/v2/droplets/3164444",
        "droplet",
        lambda state: {"id": 3164444, "name": "web-1", "status": state},
    ),
    "database": (
        ("databases", "wait_until_online"),
        "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30",
        "/v2/databases/9cc10173-e9ea-4176-9dbc-a4cee4c4ff30",
        "database",
        lambda state: {"id": "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30", "engine": "pg", "status": state},
    ),
    "kubernetes": (
        ("kubernetes", "wait_until_running"),
        "bd5f5959-5e1e-4205-a714-a914373942af",
        "/v2/kubernetes/clusters/bd5f5959-5e1e-4205-a714-a914373942af",
        "kubernetes_cluster",
        lambda state: {"id": "bd5f5959-5e1e-4205-a714-a914373942af", "status": {"state": state, "message": ""}},
    ),
    "load_balancer": (
        ("load_balancers", "wait_until_active"),
        "4de7ac8b-495b-4884-9a69-1050c6793cd6",
        "/v2/load_balancers/4de7ac8b-495b-4884-9a69-1050c6793cd6",
        "load_balancer",
        lambda state: {"id": "4de7ac8b-495b-4884-9a69-1050c6793cd6", "name": "lb-1", "status": state},
    ),
}
STATES = {  # name: (pending states, ready state)
    "droplet": (["new", "off"], "active"),
    "database": (["creating", "resizing"], "online"),
    "kubernetes": (["provisioning", "degraded"], "running"),
    "load_balancer": (["new", "new"], "active"),
}


def resource_wait(kind: str, server: FaultServer, name: str, **kwargs: Any) -> Any:
    method, resource_id, _, _, _ = RESOURCE_WAITS[name]
    options = {**FAST, **kwargs}
    return waiting(kind, server, lambda client: use(client, *method)(resource_id, **options))


def resource_answer(name: str, state: str) -> Action:
    _, _, _, key, resource = RESOURCE_WAITS[name]
    return respond(200, {key: resource(state)})


@pytest.mark.parametrize("name", RESOURCE_WAITS)
def test_a_resource_wait_returns_the_bare_resource_once_ready(kind: str, server: FaultServer, name: str) -> None:
    pending, ready = STATES[name]
    server.queue(*(resource_answer(name, state) for state in [*pending, ready]))
    seen: list[Any] = []
    assert resource_wait(kind, server, name, on_progress=seen.append) == RESOURCE_WAITS[name][4](ready)
    assert paths(server) == [RESOURCE_WAITS[name][2]] * 3
    assert seen == [RESOURCE_WAITS[name][4](state) for state in [*pending, ready]]


@pytest.mark.parametrize("name", RESOURCE_WAITS)
def test_a_resource_wait_times_out_with_the_last_resource(kind: str, server: FaultServer, name: str) -> None:
    pending, _ = STATES[name]
    server.default = resource_answer(name, pending[0])
    with pytest.raises(WaitTimeoutError) as raised:
        resource_wait(kind, server, name, timeout=0.1, poll_interval=0.02)
    assert raised.value.resource == RESOURCE_WAITS[name][4](pending[0])
    assert raised.value.timeout == 0.1
    assert isinstance(raised.value, TimeoutError)


@pytest.mark.parametrize("state", ["error", "invalid", "deleting", "deleted"])
def test_a_kubernetes_cluster_in_a_failed_state_raises_wait_failed(kind: str, server: FaultServer, state: str) -> None:
    server.queue(resource_answer("kubernetes", "provisioning"), resource_answer("kubernetes", state))
    with pytest.raises(WaitFailedError) as raised:
        resource_wait(kind, server, "kubernetes")
    assert raised.value.resource == RESOURCE_WAITS["kubernetes"][4](state)
    assert state in str(raised.value)


def test_an_errored_load_balancer_raises_wait_failed(kind: str, server: FaultServer) -> None:
    server.queue(resource_answer("load_balancer", "new"), resource_answer("load_balancer", "errored"))
    with pytest.raises(WaitFailedError) as raised:
        resource_wait(kind, server, "load_balancer")
    assert raised.value.resource == RESOURCE_WAITS["load_balancer"][4]("errored")
    assert "errored" in str(raised.value)


# --- client.wait_until ---------------------------------------------------------------------------------

VOLUME_ID = "506f78a4-e098-11e5-ad9f-000f53306ae1"


def volume(droplet_ids: list[int], **fields: Any) -> dict[str, Any]:
    return {"volume": {"id": VOLUME_ID, "name": "example", "droplet_ids": droplet_ids, **fields}}


def attached(answer: dict[str, Any]) -> bool:
    return bool(answer["volume"]["droplet_ids"])


def wait_until(kind: str, server: FaultServer, **kwargs: Any) -> Any:
    options = {"ready": attached, **FAST, **kwargs}
    return waiting(kind, server, lambda client: client.wait_until(client.volumes.get, VOLUME_ID, **options))


def test_wait_until_returns_the_answer_once_ready(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, volume([])), respond(200, volume([])), respond(200, volume([3164444])))
    seen: list[Any] = []
    assert wait_until(kind, server, on_progress=seen.append) == volume([3164444])
    assert paths(server) == [f"/v2/volumes/{VOLUME_ID}"] * 3
    assert seen == [volume([]), volume([]), volume([3164444])]


def test_wait_until_raises_wait_failed_when_failed_says_so(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, volume([])), respond(200, volume([], status="error")))
    with pytest.raises(WaitFailedError) as raised:
        wait_until(kind, server, failed=lambda answer: answer["volume"].get("status") == "error")
    assert raised.value.resource == volume([], status="error")


def test_wait_until_times_out_with_the_last_answer(kind: str, server: FaultServer) -> None:
    server.default = respond(200, volume([]))
    with pytest.raises(WaitTimeoutError) as raised:
        wait_until(kind, server, timeout=0.1, poll_interval=0.02)
    assert raised.value.resource == volume([])
    assert raised.value.timeout == 0.1


def test_wait_until_passes_the_methods_keywords_on(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, volume([1])))
    wait_until(kind, server, headers={"X-Trace": "wait-1"})
    assert server.seen[0].headers["x-trace"] == "wait-1"


@pytest.mark.parametrize("ready", [None, True, "droplet_ids", 1])
def test_wait_until_with_a_ready_that_is_not_callable_is_a_type_error(
    kind: str, server: FaultServer, ready: Any
) -> None:
    with pytest.raises(TypeError, match="ready"):
        wait_until(kind, server, ready=ready)
    assert server.seen == []


def test_wait_until_with_a_failed_that_is_not_callable_is_a_type_error(kind: str, server: FaultServer) -> None:
    with pytest.raises(TypeError, match="failed"):
        wait_until(kind, server, failed="error")
    assert server.seen == []


NOT_METHODS: dict[str, Callable[[Any], Any]] = {
    "not-callable": lambda client: 42,
    "a-plain-function": lambda client: attached,
    "a-method-of-something-else": lambda client: {}.get,
    "a-raw-response-method": lambda client: client.with_raw_response.volumes.get,
}


@pytest.mark.parametrize("method", NOT_METHODS.values(), ids=NOT_METHODS.keys())
def test_wait_until_on_what_is_not_a_clients_method_is_a_type_error(
    kind: str, server: FaultServer, method: Callable[[Any], Any]
) -> None:
    with pytest.raises(TypeError):
        waiting(kind, server, lambda client: client.wait_until(method(client), VOLUME_ID, ready=attached, **FAST))
    assert server.seen == []


def test_wait_until_on_a_method_of_the_other_kind_of_client_is_a_type_error(kind: str, server: FaultServer) -> None:
    other = open_client("async-aiohttp" if kind == "sync" else "sync", TOKEN, endpoint=server.url)

    def call(client: Any) -> Any:
        return client.wait_until(other.volumes.get, VOLUME_ID, ready=attached, **FAST)

    try:
        with pytest.raises(TypeError):
            waiting(kind, server, call)
    finally:
        close(other)
    assert server.seen == []


def close(client: Client | AsyncClient) -> None:
    if isinstance(client, Client):
        client.close()
    else:
        asyncio.run(client.aclose())


# --- the exceptions pickle with what they carry ---------------------------------------------------------


def keep(action_: Action) -> Callable[[FaultServer], None]:
    def script(server: FaultServer) -> None:
        server.default = action_

    return script


PICKLED: dict[str, tuple[Callable[[FaultServer], None], Callable[[Any], Any], type[Exception]]] = {
    "action-failed": (
        keep(action_answer("errored")),
        lambda client: client.actions.wait(ACTION_ID, **FAST),
        ActionFailedError,
    ),
    "action-timeout": (
        keep(action_answer("in-progress")),
        lambda client: client.actions.wait(ACTION_ID, timeout=0.1, poll_interval=0.03),
        ActionTimeoutError,
    ),
    "nfs-action-failed": (
        keep(share_answer("FAILED")),
        lambda client: client.actions.wait(nfs_action("IN_PROGRESS"), **FAST),
        ActionFailedError,
    ),
    "kubernetes-failed": (
        keep(resource_answer("kubernetes", "error")),
        lambda client: client.kubernetes.wait_until_running("bd5f5959-5e1e-4205-a714-a914373942af", **FAST),
        WaitFailedError,
    ),
    "droplet-timeout": (
        keep(resource_answer("droplet", "new")),
        lambda client: client.droplets.wait_until_active(3164444, timeout=0.1, poll_interval=0.03),
        WaitTimeoutError,
    ),
    "wait-until-failed": (
        keep(respond(200, volume([], status="error"))),
        lambda client: client.wait_until(client.volumes.get, VOLUME_ID, ready=attached, failed=bool, **FAST),
        WaitFailedError,
    ),
    "wait-until-timeout": (
        keep(respond(200, volume([]))),
        lambda client: client.wait_until(client.volumes.get, VOLUME_ID, ready=attached, timeout=0.1, poll_interval=0),
        WaitTimeoutError,
    ),
}


@pytest.mark.parametrize(("script", "call", "cls"), PICKLED.values(), ids=PICKLED.keys())
def test_a_wait_error_pickles_with_its_resource(
    kind: str, server: FaultServer, script: Callable[[FaultServer], None], call: Callable[[Any], Any], cls: type
) -> None:
    script(server)
    with pytest.raises(cls) as raised:
        waiting(kind, server, call)
    error = raised.value
    assert type(error) is cls
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.resource == error.resource
    assert copy.resource is not None
    assert vars(copy) == vars(error)
