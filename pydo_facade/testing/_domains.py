"""The Domains family of FakeDigitalOcean: domains and their DNS records.

A new domain gets DigitalOcean's three NS records (and an ``A`` record at ``@`` when made with an
``ip_address``); its zone file lists its records. Deleting a domain deletes its records.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import keep_changes, merge, misfit, page

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["DomainsState"]

_TTL = 1800
_NAME_SERVERS = ("ns1.digitalocean.com", "ns2.digitalocean.com", "ns3.digitalocean.com")
# The fields of a record besides its id, as the spec's example record has them.
_RECORD_FIELDS = ("type", "name", "data", "priority", "port", "ttl", "weight", "flags", "tag")


class DomainsState:
    """Each domain's JSON by name, and its records by id (in the order they were made)."""

    def __init__(self) -> None:
        self.domains: dict[str, dict[str, Any]] = {}
        self.records: dict[str, dict[int, dict[str, Any]]] = {}
        self._ids = itertools.count(28448433)

    @staticmethod
    def check_domain(name: object, ip_address: object) -> tuple[str, str | None]:
        """add_domain's arguments, checked (TypeError or ValueError naming the problem)."""
        if not isinstance(name, str):
            raise TypeError(f"name must be a domain name (str), got {name!r} ({type(name).__name__})")
        labels = name.split(".")
        if len(labels) < 2 or not all(label and label.replace("-", "").isalnum() for label in labels):
            raise ValueError(f"{name!r} is not a domain name such as 'example.com'")
        if ip_address is not None and not isinstance(ip_address, str):
            raise TypeError(f"ip_address must be a str or None, got {ip_address!r} ({type(ip_address).__name__})")
        return name.lower(), ip_address

    @staticmethod
    def check_record(record_type: object, name: object, data: object, ttl: object) -> dict[str, Any]:
        """add_domain_record's arguments, checked, as the record's fields."""
        for argument, value in (("type", record_type), ("name", name), ("data", data)):
            if not isinstance(value, str):
                raise TypeError(f"{argument} must be a str, got {value!r} ({type(value).__name__})")
        if not isinstance(ttl, int) or isinstance(ttl, bool):
            raise TypeError(f"ttl must be an int, got {ttl!r} ({type(ttl).__name__})")
        if ttl < 30:
            raise ValueError(f"ttl must be at least 30 seconds, got {ttl}")
        if not record_type or not name or not data:
            raise ValueError("type, name and data must not be empty")
        return {"type": record_type, "name": name, "data": data, "ttl": ttl}

    def add(self, name: str, ip_address: str | None) -> dict[str, Any] | None:
        """A new domain with its NS records (and an A record for ``ip_address``); None when it exists."""
        if name in self.domains:
            return None
        self.domains[name] = {"name": name, "ttl": _TTL, "zone_file": None}
        self.records[name] = {}
        for server in _NAME_SERVERS:
            self.add_record(name, {"type": "NS", "name": "@", "data": server})
        if ip_address:
            self.add_record(name, {"type": "A", "name": "@", "data": ip_address})
        return {"name": name, "ttl": _TTL, "zone_file": None}

    def add_record(self, domain: str, fields: dict[str, Any]) -> dict[str, Any]:
        record_id = next(self._ids)
        record: dict[str, Any] = {"id": record_id, **{key: None for key in _RECORD_FIELDS}, "ttl": _TTL}
        merge(record, fields, skip=("id",))
        self.records[domain][record_id] = record
        return record

    def json(self, name: str) -> dict[str, Any]:
        """The domain as a GET shows it, with the zone file of its records."""
        lines = [f"$ORIGIN {name}.", f"$TTL {_TTL}"]
        lines.append(f"{name}. IN SOA ns1.digitalocean.com. hostmaster.{name}. 1415982609 10800 3600 604800 1800")
        for record in self.records[name].values():
            owner = f"{name}." if record["name"] == "@" else f"{record['name']}.{name}."
            extra = [str(record[key]) for key in ("priority", "weight", "port") if record[key] is not None]
            lines.append(" ".join([owner, str(record["ttl"]), "IN", record["type"], *extra, str(record["data"])]))
        return {**self.domains[name], "zone_file": "\n".join(lines) + "\n"}


def _record(request: ParsedRequest, state: FakeState) -> tuple[str, dict[str, Any]] | Answer:
    """The domain and record a request names, or the 404 to answer."""
    domain = request.path_params["domain_name"].lower()
    record = state.domains.records.get(domain, {}).get(request.path_params["domain_record_id"])
    if record is None:
        return request.error(404)
    return domain, record


@handles("domains_create")
def create_domain(request: ParsedRequest, state: FakeState) -> Answer:
    """A new domain; one that exists is a 422, as DigitalOcean answers."""
    body = request.body or {}
    name = str(body.get("name") or "").lower()
    if not name:
        return request.error(422, "request body field 'name' is required")
    if name in state.domains.domains:
        return request.error(422, f"Name {name} already exists")
    answer = {"domain": {"name": name, "ttl": _TTL, "zone_file": None}}
    refused = misfit(request, answer)
    if refused is not None:
        return refused
    state.domains.add(name, body.get("ip_address"))
    return Answer(201, answer)


@handles("domains_list")
def list_domains(request: ParsedRequest, state: FakeState) -> Answer:
    domains = [state.domains.json(name) for name in state.domains.domains]
    return Answer(200, page(request, "domains", domains))


@handles("domains_get")
def get_domain(request: ParsedRequest, state: FakeState) -> Answer:
    name = request.path_params["domain_name"].lower()
    if name not in state.domains.domains:
        return request.error(404)
    return Answer(200, {"domain": state.domains.json(name)})


@handles("domains_delete")
def delete_domain(request: ParsedRequest, state: FakeState) -> Answer:
    """The domain and all its records are deleted."""
    name = request.path_params["domain_name"].lower()
    if state.domains.domains.pop(name, None) is None:
        return request.error(404)
    del state.domains.records[name]
    return Answer(204)


@handles("domains_create_record")
def create_record(request: ParsedRequest, state: FakeState) -> Answer:
    domain = request.path_params["domain_name"].lower()
    if domain not in state.domains.domains:
        return request.error(404)
    fields = {key: value for key, value in (request.body or {}).items() if key in _RECORD_FIELDS}
    candidate = {"id": 1, **{key: None for key in _RECORD_FIELDS}, "ttl": _TTL, **fields}
    refused = misfit(request, {"domain_record": candidate})
    if refused is not None:
        return refused
    return Answer(201, {"domain_record": state.domains.add_record(domain, fields)})


@handles("domains_list_records")
def list_records(request: ParsedRequest, state: FakeState) -> Answer:
    """The domain's records; ``type`` keeps one type, ``name`` one fully qualified name (``www.example.com``)."""
    domain = request.path_params["domain_name"].lower()
    if domain not in state.domains.domains:
        return request.error(404)
    records = list(state.domains.records[domain].values())
    wanted_type, wanted_name = request.query.get("type"), request.query.get("name")
    if wanted_type is not None:
        records = [record for record in records if record["type"] == wanted_type]
    if wanted_name is not None:
        wanted = str(wanted_name).lower().rstrip(".")
        records = [r for r in records if (domain if r["name"] == "@" else f"{r['name']}.{domain}").lower() == wanted]
    return Answer(200, page(request, "domain_records", records))


@handles("domains_get_record")
def get_record(request: ParsedRequest, state: FakeState) -> Answer:
    found = _record(request, state)
    if isinstance(found, Answer):
        return found
    return Answer(200, {"domain_record": found[1]})


def _change_record(request: ParsedRequest, state: FakeState) -> Answer:
    found = _record(request, state)
    if isinstance(found, Answer):
        return found
    changes = {key: value for key, value in (request.body or {}).items() if key in _RECORD_FIELDS}
    changed = merge(dict(found[1]), changes)
    return keep_changes(request, found[1], changed, "domain_record", 200)


@handles("domains_update_record")
def update_record(request: ParsedRequest, state: FakeState) -> Answer:
    """The record with the fields the body gives (DigitalOcean's PUT keeps the fields left out)."""
    return _change_record(request, state)


@handles("domains_patch_record")
def patch_record(request: ParsedRequest, state: FakeState) -> Answer:
    return _change_record(request, state)


@handles("domains_delete_record")
def delete_record(request: ParsedRequest, state: FakeState) -> Answer:
    found = _record(request, state)
    if isinstance(found, Answer):
        return found
    del state.domains.records[found[0]][found[1]["id"]]
    return Answer(204)
