"""The actions of FakeDigitalOcean: droplet and volume actions, in-progress when made, done after being polled.

An action shows its scripted statuses one per observation: ``in-progress`` in the answer that starts it, then
``completed`` at the first GET of it (``actions.get``, ``droplet_actions.get``, ``volume_actions.get``) or of the
droplet or volume it acts on. Its effect (a power_off's ``status: off``, an attach's ``droplet_ids``) shows once
it is ``completed``; an ``errored`` one changes nothing. ``FakeDigitalOcean.script_actions`` scripts the next
actions (``fail_next_action`` is the errored script).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Container, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import check_statuses, now, page, region

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["ACTION_STATUSES", "Action", "ActionsState"]

ACTION_STATUSES = ("in-progress", "completed", "errored")
"""The statuses the spec knows for an action; the last two are final."""
FINAL_STATUSES = frozenset({"completed", "errored"})
DEFAULT_SCRIPT = ("in-progress", "completed")
"""An action without a script: in-progress when started, completed at its first poll."""
FAILING_SCRIPT = ("in-progress", "errored")
"""What fail_next_action scripts: in-progress when started, errored at its first poll."""


@dataclass
class Action:
    """One action: its JSON (kept up to date), the resource it acts on, its script and its effect."""

    body: dict[str, Any]
    resource: Hashable
    """What it acts on, as the family keys it: ("droplet", 3164444), ("volume", "506f78a4-...")."""
    statuses: tuple[str, ...]
    effect: Callable[[], None] | None = None
    position: int = 0
    done: bool = False


class ActionsState:
    """Every action the fake has started, by id and by the resource it acts on, and the scripts of the next ones."""

    def __init__(self) -> None:
        self.actions: dict[int, Action] = {}
        self.by_resource: dict[Hashable, list[Action]] = {}
        self.scripts: deque[tuple[str, ...]] = deque()
        self._ids = itertools.count(200000001)

    @staticmethod
    def check_script(statuses: object) -> tuple[str, ...]:
        """script_actions' argument, checked (TypeError or ValueError naming the problem)."""
        return check_statuses("statuses", statuses, ACTION_STATUSES, FINAL_STATUSES)

    def start(
        self,
        action_type: str,
        *,
        resource: Hashable,
        resource_type: str,
        resource_id: int | None,
        region_slug: str | None,
        effect: Callable[[], None] | None = None,
    ) -> Action:
        """A new action on a resource, with the next script (or the default one); its effect runs once completed."""
        statuses = self.scripts.popleft() if self.scripts else DEFAULT_SCRIPT
        body: dict[str, Any] = {
            "id": next(self._ids),
            "status": statuses[0],
            "type": action_type,
            "started_at": now(),
            "completed_at": None,
            "resource_type": resource_type,
            "region_slug": region_slug,
        }
        if resource_id is not None:  # a volume action has none
            body["resource_id"] = resource_id
        if region_slug:
            body["region"] = region(region_slug)
        action = Action(body, resource, statuses, effect)
        self.actions[body["id"]] = action
        self.by_resource.setdefault(resource, []).append(action)
        self._settle(action)
        return action

    def script(self, statuses: tuple[str, ...]) -> None:
        """The next action not yet scripted shows ``statuses`` (a checked script), one per observation."""
        self.scripts.append(statuses)

    def step(self, action: Action) -> dict[str, Any]:
        """The action one observation later (its next status, its effect once completed)."""
        if action.position < len(action.statuses) - 1:
            action.position += 1
            action.body["status"] = action.statuses[action.position]
            self._settle(action)
        return action.body

    def observe(self, resource: Hashable) -> None:
        """A GET of the resource: each of its unfinished actions moves one status on."""
        for action in self.by_resource.get(resource, ()):
            if not action.done:
                self.step(action)

    def of(self, resource: Hashable) -> list[dict[str, Any]]:
        """The resource's actions, newest first (as DigitalOcean lists them)."""
        return [action.body for action in reversed(self.by_resource.get(resource, []))]

    def on(self, resource: Hashable, action_id: int) -> Action | None:
        """The action ``action_id`` if it acts on ``resource`` (None: unknown, or an action on something else)."""
        action = self.actions.get(action_id)
        return action if action is not None and action.resource == resource else None

    def _settle(self, action: Action) -> None:
        status = action.body["status"]
        if status in FINAL_STATUSES and not action.done:
            action.done = True
            action.body["completed_at"] = now()
            if status == "completed" and action.effect is not None:
                action.effect()


def resource_action(request: ParsedRequest, state: FakeState, kind: str, known: Container[object]) -> Answer:
    """``<kind>Actions_get``: the action on that resource, one status further on (404 for either unknown)."""
    resource_id = request.path_params[f"{kind}_id"]
    action = state.actions.on((kind, resource_id), request.path_params["action_id"])
    if resource_id not in known or action is None:
        return request.error(404)
    return Answer(200, {"action": state.actions.step(action)})


def resource_actions(request: ParsedRequest, state: FakeState, kind: str, known: Container[object]) -> Answer:
    """``<kind>Actions_list``: the resource's actions, newest first, a page at a time (404 for an unknown one)."""
    resource_id = request.path_params[f"{kind}_id"]
    if resource_id not in known:
        return request.error(404)
    return Answer(200, page(request, "actions", state.actions.of((kind, resource_id))))


# --- handlers --------------------------------------------------------------------------------------------


@handles("actions_list")
def list_actions(request: ParsedRequest, state: FakeState) -> Answer:
    """Every action of the account, newest first, a page at a time."""
    actions = [action.body for action in reversed(state.actions.actions.values())]
    return Answer(200, page(request, "actions", actions))


@handles("actions_get")
def get_action(request: ParsedRequest, state: FakeState) -> Answer:
    """The action, one status further on than at the last poll."""
    action = state.actions.actions.get(request.path_params["action_id"])
    if action is None:
        return request.error(404)
    return Answer(200, {"action": state.actions.step(action)})
