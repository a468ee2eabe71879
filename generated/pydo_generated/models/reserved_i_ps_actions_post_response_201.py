from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reserved_i_ps_actions_post_response_201_action import (
        ReservedIPsActionsPostResponse201Action,
    )


T = TypeVar("T", bound="ReservedIPsActionsPostResponse201")


@_attrs_define
class ReservedIPsActionsPostResponse201:
    """
    Example:
        {'action': {'id': 72531856, 'status': 'completed', 'type': 'assign_ip', 'started_at': '2015-11-12T17:51:03Z',
            'completed_at': '2015-11-12T17:51:14Z', 'resource_id': 758604968, 'resource_type': 'reserved_ip', 'region':
            {'name': 'New York 3', 'slug': 'nyc3', 'sizes': ['s-1vcpu-1gb', 's-1vcpu-2gb', 's-1vcpu-3gb', 's-2vcpu-2gb',
            's-3vcpu-1gb', 's-2vcpu-4gb', 's-4vcpu-8gb', 's-6vcpu-16gb', 's-8vcpu-32gb', 's-12vcpu-48gb', 's-16vcpu-64gb',
            's-20vcpu-96gb', 's-24vcpu-128gb', 's-32vcpu-192gb'], 'features': ['private_networking', 'backups', 'ipv6',
            'metadata'], 'available': True}, 'region_slug': 'nyc3', 'project_id': '746c6152-2fa2-11ed-92d3-27aaa54e4988'}}

    Attributes:
        action (ReservedIPsActionsPostResponse201Action | Unset):
    """

    action: ReservedIPsActionsPostResponse201Action | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reserved_i_ps_actions_post_response_201_action import (
            ReservedIPsActionsPostResponse201Action,
        )

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: ReservedIPsActionsPostResponse201Action | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ReservedIPsActionsPostResponse201Action.from_dict(_action)

        reserved_i_ps_actions_post_response_201 = cls(
            action=action,
        )

        reserved_i_ps_actions_post_response_201.additional_properties = d
        return reserved_i_ps_actions_post_response_201

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
