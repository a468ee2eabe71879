"""What the stateful families of FakeDigitalOcean share: pages of a list, ids, timestamps, statuses that advance.

Lists are paged as DigitalOcean pages them: ``page`` (from 1) and ``per_page`` (20 unless given; the spec caps it
at 200, so a larger one is refused by the request checks as the 400 the spec documents), ``meta.total``, and
``links.pages`` holding ``first``/``prev`` (past the first page) and ``next``/``last`` (before the last one) as
absolute URLs on the fake's own address; a list that one page holds has ``"links": {}``.
"""

from __future__ import annotations

import json
import math
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from ._handlers import Answer
from ._spec import load_spec

if TYPE_CHECKING:
    from ._handlers import ParsedRequest

__all__ = [
    "DEFAULT_PER_PAGE",
    "Progress",
    "Scripts",
    "check_slug",
    "check_statuses",
    "example",
    "image",
    "misfit",
    "now",
    "page",
    "region",
    "region_slugs",
    "size",
]

DEFAULT_PER_PAGE = 20
"""DigitalOcean's page size when a list request names none."""
# The names DigitalOcean gives its regions; another slug is named after itself.
_REGION_NAMES = {
    "ams2": "Amsterdam 2",
    "ams3": "Amsterdam 3",
    "atl1": "Atlanta 1",
    "blr1": "Bangalore 1",
    "fra1": "Frankfurt 1",
    "lon1": "London 1",
    "nyc1": "New York 1",
    "nyc2": "New York 2",
    "nyc3": "New York 3",
    "sfo1": "San Francisco 1",
    "sfo2": "San Francisco 2",
    "sfo3": "San Francisco 3",
    "sgp1": "Singapore 1",
    "syd1": "Sydney 1",
    "tor1": "Toronto 1",
}
_SIZE_SLUG = re.compile(r"-(\d+)vcpu-(\d+)gb")


def now() -> str:
    """The current time as DigitalOcean writes it: ``2024-01-01T12:00:00Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the spec's examples as templates ------------------------------------------------------------------

_EXAMPLES: dict[tuple[str, str], bytes] = {}


def example(operation_id: str, key: str) -> dict[str, Any]:
    """A fresh copy of ``answer[key]`` in the spec's success answer of an operation (a resource's template)."""
    encoded = _EXAMPLES.get((operation_id, key))
    if encoded is None:
        spec = load_spec()
        found = spec.answer(spec.operations[operation_id])
        value = found.value if found is not None and isinstance(found.value, dict) else {}
        member = value.get(key)
        if isinstance(member, list):
            member = member[0] if member else {}
        encoded = json.dumps(member if isinstance(member, dict) else {}).encode()
        _EXAMPLES[(operation_id, key)] = encoded
    copied: dict[str, Any] = json.loads(encoded)
    return copied


def region(slug: str) -> dict[str, Any]:
    """A region object for a slug (the spec's example region, renamed)."""
    found = example("droplets_create", "droplet").get("region") or {}
    found["slug"] = slug
    found["name"] = _REGION_NAMES.get(slug, slug)
    return found


def size(slug: str) -> dict[str, Any]:
    """A size object for a slug; ``s-2vcpu-4gb`` style slugs give their vCPUs and memory."""
    found = example("droplets_create", "droplet").get("size") or {}
    found["slug"] = slug
    shape = _SIZE_SLUG.search(slug)
    if shape is not None:
        found["vcpus"], found["memory"] = int(shape[1]), int(shape[2]) * 1024
    return found


def image(slug_or_id: str | int) -> dict[str, Any]:
    """An image object for a slug or an image id (the spec's example image, with that slug or id)."""
    found = example("droplets_create", "droplet").get("image") or {}
    if isinstance(slug_or_id, int):
        found["id"], found["slug"], found["name"] = slug_or_id, None, f"image {slug_or_id}"
    else:
        found["slug"], found["name"] = slug_or_id, slug_or_id
    return found


# --- pages ---------------------------------------------------------------------------------------------


def link(request: ParsedRequest, number: int) -> str:
    """The absolute URL of page ``number`` of the list this request asked for (its other parameters kept)."""
    parts = urlsplit(request.target)
    kept = [(name, value) for name, value in parse_qsl(parts.query, keep_blank_values=True) if name != "page"]
    return f"{request.base_url}{parts.path}?{urlencode([('page', str(number)), *kept])}"


def page(request: ParsedRequest, key: str, items: Sequence[Any], **extra: Any) -> dict[str, Any]:
    """One page of ``items`` as DigitalOcean sends it: ``{key: [...], "links": {...}, "meta": {"total": n}}``.

    ``page`` and ``per_page`` come from the request (the spec's checks have bounded them: per_page is 1 to
    200); a page past the last is empty, with links back to the first and the last page.
    """
    per_page = int(request.query.get("per_page", DEFAULT_PER_PAGE))
    number = int(request.query.get("page", 1))
    total = len(items)
    last = max(1, math.ceil(total / per_page))
    pages: dict[str, str] = {}
    if number > 1:
        pages["first"] = link(request, 1)
        pages["prev"] = link(request, min(number - 1, last))
    if number < last:
        pages["next"] = link(request, number + 1)
        pages["last"] = link(request, last)
    start = (number - 1) * per_page
    return {
        key: list(items[start : start + per_page]),
        **extra,
        "links": {"pages": pages} if pages else {},
        "meta": {"total": total},
    }


def misfit(request: ParsedRequest, body: Any) -> Answer | None:
    """The refusal to send when ``body`` is not an answer the spec allows for this operation (None: it is one).

    What a request asks to keep has passed the request's checks, but an answer's are stricter (formats such as
    hostname or email): rather than keep and later answer what the spec does not allow, the fake refuses it, as
    it refuses an invalid request, naming the field.
    """
    problem = request.spec.answer_problem(request.operation, body)
    if problem is None:
        return None
    return request.error(request.operation.invalid_status, f"the fake cannot keep this request: {problem}")


# --- statuses that advance as they are polled ------------------------------------------------------------


@dataclass
class Progress:
    """Where a resource is in its scripted statuses: ``statuses[0]`` when made, one step on per observation."""

    statuses: tuple[str, ...]
    position: int = 0

    @property
    def status(self) -> str:
        return self.statuses[self.position]

    def advance(self) -> bool:
        """One step on (the last status stays); True when the status changed."""
        if self.position < len(self.statuses) - 1:
            self.position += 1
            return self.statuses[self.position] != self.statuses[self.position - 1]
        return False


def check_statuses(what: str, statuses: object, allowed: Iterable[str], final: Iterable[str]) -> tuple[str, ...]:
    """A script of statuses as a tuple, once each is one of ``allowed`` and only the last may be ``final``.

    TypeError for anything but a list (or tuple) of str, ValueError for an empty one, an unknown status or
    one after a final status (a final status is where the resource stays).
    """
    if isinstance(statuses, str | bytes) or not isinstance(statuses, Sequence):
        raise TypeError(f"{what} must be a list of statuses (str), got {statuses!r}")
    script = tuple(statuses)
    for index, status in enumerate(script):
        if not isinstance(status, str):
            raise TypeError(f"{what} must be statuses (str), got {status!r} ({type(status).__name__}) at {index}")
    if not script:
        raise ValueError(f"{what} must hold at least one status")
    known = tuple(allowed)
    ends = frozenset(final)
    for index, status in enumerate(script):
        if status not in known:
            raise ValueError(f"{what}: {status!r} (at {index}) is not one of {', '.join(map(repr, known))}")
        if status in ends and index < len(script) - 1:
            raise ValueError(f"{what}: {status!r} (at {index}) is final, so it can only come last")
    return script


class Scripts:
    """The scripted statuses of the next resources a family makes, oldest first; the default after them."""

    def __init__(self, default: tuple[str, ...]) -> None:
        self.default = default
        self.queued: deque[tuple[str, ...]] = deque()

    def next(self) -> Progress:
        return Progress(self.queued.popleft() if self.queued else self.default)


def keep_changes(
    request: ParsedRequest, record: dict[str, Any], changed: dict[str, Any], key: str, status: int
) -> Answer:
    """Keep ``changed`` (``record`` merged with a PUT or PATCH) in ``record``; answer ``{key: record}``.

    When the spec would not allow that answer (see misfit): the refusal, and ``record`` stays as it was.
    """
    refused = misfit(request, {key: changed})
    if refused is not None:
        return refused
    record.update(changed)
    return Answer(status, {key: record})


def merge(base: dict[str, Any], changes: Mapping[str, Any], *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """``base`` with the fields of ``changes`` put in (those in ``skip`` left out), as a PUT or PATCH keeps them."""
    left_out = frozenset(skip)
    for key, value in changes.items():
        if key not in left_out:
            base[key] = json.loads(json.dumps(value))
    return base


def check_slug(what: str, value: object, allowed: Iterable[str] | None = None) -> str:
    """A knob's slug argument (a region, a size): a non-empty str, one of ``allowed`` when given."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a slug (str), got {value!r} ({type(value).__name__})")
    known = None if allowed is None else tuple(allowed)
    if not value or (known is not None and value not in known):
        raise ValueError(f"{what} must be one of {', '.join(known)}, got {value!r}" if known else f"{what} is empty")
    return value


def region_slugs() -> tuple[str, ...]:
    """The region slugs the spec knows (its ``region_slug`` enum)."""
    return tuple(load_spec().schemas["region_slug"]["enum"])
