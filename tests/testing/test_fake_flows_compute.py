"""Flows through the stateful compute families of FakeDigitalOcean, with the real clients (sync and async).

Droplets, their actions, volumes, SSH keys and tags: what was created is listed and can be fetched, changed and
deleted, and then is a 404; actions are in-progress, then completed (or errored, when scripted) as they are polled.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import pydo
import pytest
from facade_calls import open_client

from pydo_facade import ActionFailedError, Client, HttpResponseError, ResourceNotFoundError
from pydo_facade.testing import FakeDigitalOcean

Flow = Callable[[Any], Awaitable[Any]]


async def do(value: Any) -> Any:
    """A call's result: awaited for an AsyncClient's call, as it is for a Client's."""
    return await value if inspect.isawaitable(value) else value


async def collect(paginator: Any) -> list[Any]:
    """Every item a client.paginate(...) walks (an iterator, or an async iterator for an AsyncClient)."""
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


def drive(kind: str, fake: FakeDigitalOcean, flow: Flow) -> Any:
    """Run flow(client) with a client of this kind on the fake, then close the client; what flow returned."""
    client = open_client(kind, fake.token, endpoint=fake.url, retry_total=0)

    async def main() -> Any:
        if isinstance(client, Client):
            with client:
                return await flow(client)
        async with client:
            return await flow(client)

    return asyncio.run(main())


# --- droplets ------------------------------------------------------------------------------------------


def test_droplet_create_wait_list_get_delete(kind: str, fake: FakeDigitalOcean) -> None:
    async def flow(client: Any) -> None:
        body = {"name": "web-1", "region": "fra1", "size": "s-2vcpu-4gb", "image": "ubuntu-24-04-x64", "tags": ["web"]}
        created = await do(client.droplets.create(body=body))
        droplet = created["droplet"]
        assert (droplet["status"], droplet["name"], droplet["region"]["slug"]) == ("new", "web-1", "fra1")
        assert (droplet["vcpus"], droplet["memory"]) == (2, 4096)
        [link] = created["links"]["actions"]
        assert link["rel"] == "create"
        action = await do(client.actions.wait(created, poll_interval=0))
        assert (action["id"], action["status"], action["type"]) == (link["id"], "completed", "create")
        active = await do(client.droplets.wait_until_active(droplet["id"], poll_interval=0))
        assert active["status"] == "active"

        several = {key: value for key, value in body.items() if key != "name"} | {"names": ["web-2", "web-3", "web-4"]}
        more = await do(client.droplets.create(body=several))
        assert [d["name"] for d in more["droplets"]] == ["web-2", "web-3", "web-4"]
        assert len(more["links"]["actions"]) == 3
        walked = await collect(client.paginate(client.droplets.list, per_page=3))
        assert [d["name"] for d in walked] == ["web-1", "web-2", "web-3", "web-4"]
        first = await do(client.droplets.list(per_page=3))
        assert first["meta"]["total"] == 4
        assert set(first["links"]["pages"]) == {"next", "last"}
        named = await do(client.droplets.list(name="web-3"))
        assert [d["name"] for d in named["droplets"]] == ["web-3"]
        assert (await do(client.droplets.list(tag_name="web")))["meta"]["total"] == 4
        assert (await do(client.droplets.list(tag_name="db")))["droplets"] == []

        await do(client.droplets.destroy(droplet["id"]))
        with pytest.raises(ResourceNotFoundError):
            await do(client.droplets.get(droplet["id"]))
        assert (await do(client.droplets.list()))["meta"]["total"] == 3
        await do(client.droplets.destroy_by_tag(tag_name="web"))
        assert (await do(client.droplets.list()))["droplets"] == []

    drive(kind, fake, flow)


def test_droplet_actions_show_their_effects_once_completed(kind: str, fake: FakeDigitalOcean) -> None:
    droplet = fake.add_droplet("db-1", tags=["db"])

    async def flow(client: Any) -> None:
        droplet_id = droplet["id"]
        started = await do(client.droplet_actions.post(droplet_id, body={"type": "power_off"}))
        assert started["action"]["status"] == "in-progress"
        done = await do(client.actions.wait(started, poll_interval=0))
        assert done["status"] == "completed"
        assert (await do(client.droplets.get(droplet_id)))["droplet"]["status"] == "off"

        resized = await do(client.droplet_actions.post(droplet_id, body={"type": "resize", "size": "s-4vcpu-8gb"}))
        await do(client.actions.wait(resized, poll_interval=0))
        renamed = await do(client.droplet_actions.post(droplet_id, body={"type": "rename", "name": "db-2"}))
        seen = await do(client.droplet_actions.get(droplet_id, renamed["action"]["id"]))
        assert seen["action"]["status"] == "completed"
        after = (await do(client.droplets.get(droplet_id)))["droplet"]
        assert (after["name"], after["size_slug"], after["vcpus"]) == ("db-2", "s-4vcpu-8gb", 4)

        listed = await do(client.droplet_actions.list(droplet_id))
        assert [a["type"] for a in listed["actions"]] == ["rename", "resize", "power_off"]
        by_tag = await do(client.droplet_actions.post_by_tag(body={"type": "power_on"}, tag_name="db"))
        assert [a["resource_id"] for a in by_tag["actions"]] == [droplet_id]
        await do(client.actions.wait(by_tag["actions"][0]["id"], poll_interval=0))
        assert (await do(client.droplets.get(droplet_id)))["droplet"]["status"] == "active"

    drive(kind, fake, flow)


def test_scripted_errored_action_raises_action_failed_and_changes_nothing(kind: str, fake: FakeDigitalOcean) -> None:
    droplet = fake.add_droplet()
    fake.script_actions(["in-progress", "errored"])

    async def flow(client: Any) -> None:
        started = await do(client.droplet_actions.post(droplet["id"], body={"type": "power_off"}))
        with pytest.raises(ActionFailedError) as failed:
            await do(client.actions.wait(started, poll_interval=0))
        assert failed.value.action["status"] == "errored"
        assert (await do(client.droplets.get(droplet["id"])))["droplet"]["status"] == "active"
        # the script is used up: the next action completes
        again = await do(client.droplet_actions.post(droplet["id"], body={"type": "power_off"}))
        assert (await do(client.actions.wait(again, poll_interval=0)))["status"] == "completed"

    drive(kind, fake, flow)


def test_fail_next_action_errors_a_volume_attach(fake: FakeDigitalOcean) -> None:
    droplet = fake.add_droplet()
    volume = fake.add_volume("logs")
    fake.fail_next_action()
    with Client(fake.token, endpoint=fake.url) as client:
        started = client.volume_actions.post_by_id(volume["id"], {"type": "attach", "droplet_id": droplet["id"]})
        with pytest.raises(ActionFailedError):
            client.actions.wait(started, poll_interval=0)
        assert client.volumes.get(volume["id"])["volume"]["droplet_ids"] == []


@pytest.mark.parametrize(
    ("statuses", "error"),
    [
        ("errored", TypeError),
        (["in-progress", 3], TypeError),
        ([], ValueError),
        (["in-progress", "done"], ValueError),
        (["errored", "in-progress"], ValueError),
    ],
)
def test_script_actions_refuses_bad_scripts(statuses: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        FakeDigitalOcean().script_actions(statuses)


# --- volumes -------------------------------------------------------------------------------------------


def test_volume_create_attach_detach_delete(kind: str, fake: FakeDigitalOcean) -> None:
    droplet = fake.add_droplet(region="nyc1")

    async def flow(client: Any) -> None:
        body = {"name": "data", "region": "nyc1", "size_gigabytes": 10, "tags": ["storage"]}
        volume = (await do(client.volumes.create(body=body)))["volume"]
        assert (volume["name"], volume["droplet_ids"]) == ("data", [])
        named = await do(client.volumes.list(name="data", region="nyc1"))
        assert [v["id"] for v in named["volumes"]] == [volume["id"]]
        assert (await do(client.volumes.list(region="fra1")))["volumes"] == []

        attach = {"type": "attach", "droplet_id": droplet["id"]}
        started = await do(client.volume_actions.post_by_id(volume["id"], body=attach))
        assert started["action"]["status"] == "in-progress"
        await do(client.actions.wait(started, poll_interval=0))
        assert (await do(client.volumes.get(volume["id"])))["volume"]["droplet_ids"] == [droplet["id"]]
        assert (await do(client.droplets.get(droplet["id"])))["droplet"]["volume_ids"] == [volume["id"]]

        detach = {"type": "detach", "droplet_id": droplet["id"], "volume_name": "data", "region": "nyc1"}
        detaching = await do(client.volume_actions.post(body=detach))
        polled = await do(client.volume_actions.get(volume["id"], detaching["action"]["id"]))
        assert polled["action"]["status"] == "completed"
        assert (await do(client.volumes.get(volume["id"])))["volume"]["droplet_ids"] == []
        assert (await do(client.droplets.get(droplet["id"])))["droplet"]["volume_ids"] == []
        listed = await do(client.volume_actions.list(volume["id"]))
        assert [a["type"] for a in listed["actions"]] == ["detach_volume", "attach_volume"]

        await do(client.volumes.delete(volume["id"]))
        with pytest.raises(ResourceNotFoundError):
            await do(client.volumes.get(volume["id"]))
        await do(client.volumes.create(body=body))
        await do(client.volumes.delete_by_name(name="data", region="nyc1"))
        assert (await do(client.volumes.list()))["meta"]["total"] == 0

    drive(kind, fake, flow)


def test_add_volume_attaches_and_refuses_bad_arguments(fake: FakeDigitalOcean) -> None:
    droplet = fake.add_droplet(region="ams3")
    volume = fake.add_volume("scratch", region="ams3", size_gigabytes=50, droplet_id=droplet["id"])
    assert volume["droplet_ids"] == [droplet["id"]]
    with pytest.raises(ValueError, match="already exists"):
        fake.add_volume("scratch", region="ams3")
    with pytest.raises(ValueError, match="no droplet"):
        fake.add_volume("other", region="nyc1", droplet_id=droplet["id"])
    with pytest.raises(TypeError):
        fake.add_volume(size_gigabytes="10")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a volume name"):
        fake.add_volume("Not_A_Name")
    with pytest.raises(ValueError, match="region must be one of"):
        fake.add_droplet(region="mars1")
    with pytest.raises(TypeError):
        fake.add_droplet(tags="web")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a droplet name"):
        fake.add_droplet("bad name")


# --- SSH keys ------------------------------------------------------------------------------------------


def _md5_fingerprint(public_key: str) -> str:
    digest = hashlib.md5(base64.b64decode(public_key.split()[1]), usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, 32, 2))


def test_ssh_key_by_id_and_by_fingerprint(kind: str, fake: FakeDigitalOcean) -> None:
    public_key = fake.add_ssh_key()["public_key"]
    fake.add_ssh_key("other")

    async def flow(client: Any) -> None:
        await do(client.ssh_keys.delete(fake.add_ssh_key("spare")["fingerprint"]))
        with pytest.raises(HttpResponseError) as refused:
            await do(client.ssh_keys.create(body={"name": "again", "public_key": public_key}))
        assert refused.value.status_code == 422
        with pytest.raises(HttpResponseError) as invalid:
            await do(client.ssh_keys.create(body={"name": "bad", "public_key": "ssh-rsa not-base64!"}))
        assert invalid.value.status_code == 422

        new_key = public_key.replace(public_key.split()[1], _other_key(public_key))
        created = (await do(client.ssh_keys.create(body={"name": "laptop", "public_key": new_key})))["ssh_key"]
        assert created["fingerprint"] == _md5_fingerprint(new_key)
        by_print = await do(client.ssh_keys.get(created["fingerprint"]))
        assert by_print["ssh_key"]["id"] == created["id"]
        renamed = await do(client.ssh_keys.update(created["id"], body={"name": "desktop"}))
        assert renamed["ssh_key"]["name"] == "desktop"
        assert (await do(client.ssh_keys.get(created["fingerprint"])))["ssh_key"]["name"] == "desktop"
        assert (await do(client.ssh_keys.list()))["meta"]["total"] == 3
        await do(client.ssh_keys.delete(created["fingerprint"]))
        with pytest.raises(ResourceNotFoundError):
            await do(client.ssh_keys.get(created["id"]))

    drive(kind, fake, flow)


def _other_key(public_key: str) -> str:
    """Another ed25519 key blob of the same shape (the last key byte changed)."""
    blob = bytearray(base64.b64decode(public_key.split()[1]))
    blob[-1] ^= 0xFF
    return base64.b64encode(bytes(blob)).decode()


def test_add_ssh_key_refuses_bad_arguments(fake: FakeDigitalOcean) -> None:
    key = fake.add_ssh_key("laptop")
    assert key["fingerprint"] == _md5_fingerprint(key["public_key"])
    with pytest.raises(ValueError, match="already in use"):
        fake.add_ssh_key(public_key=key["public_key"])
    with pytest.raises(ValueError, match="not an OpenSSH public key"):
        fake.add_ssh_key(public_key="ssh-ed25519 AAAA")
    with pytest.raises(TypeError):
        fake.add_ssh_key(name=3)  # type: ignore[arg-type]


# --- tags ----------------------------------------------------------------------------------------------


def test_tags_count_what_carries_them_and_deleting_one_untags(kind: str, fake: FakeDigitalOcean) -> None:
    tagged = fake.add_droplet("web-1", tags=["web"])
    other = fake.add_droplet("web-2")
    volume = fake.add_volume("assets")

    async def flow(client: Any) -> None:
        assert (await do(client.tags.get("web")))["tag"]["resources"]["droplets"]["count"] == 1
        await do(client.tags.create(body={"name": "frontend"}))
        resources = [
            {"resource_id": str(other["id"]), "resource_type": "droplet"},
            {"resource_id": volume["id"], "resource_type": "volume"},
        ]
        await do(client.tags.assign_resources("frontend", body={"resources": resources}))
        tag = (await do(client.tags.get("frontend")))["tag"]
        assert tag["resources"]["count"] == 2
        assert (tag["resources"]["droplets"]["count"], tag["resources"]["volumes"]["count"]) == (1, 1)
        assert tag["resources"]["last_tagged_uri"].endswith(f"/v2/volumes/{volume['id']}")
        assert (await do(client.volumes.get(volume["id"])))["volume"]["tags"] == ["frontend"]
        names = [t["name"] for t in (await do(client.tags.list()))["tags"]]
        assert names == ["web", "frontend"]

        unassign = {"resources": [{"resource_id": volume["id"], "resource_type": "volume"}]}
        await do(client.tags.unassign_resources("frontend", body=unassign))
        assert (await do(client.tags.get("frontend")))["tag"]["resources"]["volumes"]["count"] == 0
        await do(client.tags.delete("web"))
        with pytest.raises(ResourceNotFoundError):
            await do(client.tags.get("web"))
        assert (await do(client.droplets.get(tagged["id"])))["droplet"]["tags"] == []
        missing = {"resources": [{"resource_id": "999", "resource_type": "droplet"}]}
        with pytest.raises(ResourceNotFoundError):
            await do(client.tags.assign_resources("frontend", body=missing))

    drive(kind, fake, flow)


# --- pydo itself ---------------------------------------------------------------------------------------


def test_pydo_client_over_tls_creates_gets_lists_and_deletes_a_droplet(
    fake_digitalocean_tls: FakeDigitalOcean,
) -> None:
    fake = fake_digitalocean_tls
    client = pydo.Client(fake.token, endpoint=fake.url, connection_verify=fake.ca_bundle)
    body = {"name": "sample", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
    created = client.droplets.create(body=body)
    droplet_id = created["droplet"]["id"]
    assert client.droplets.get(droplet_id)["droplet"]["status"] == "active"
    assert [d["id"] for d in client.droplets.list()["droplets"]] == [droplet_id]
    client.droplets.destroy(droplet_id)
    assert client.droplets.list()["droplets"] == []
    # pydo 0.44 answers a documented 404 with its error body instead of raising
    assert client.droplets.get(droplet_id)["id"] == "not_found"
