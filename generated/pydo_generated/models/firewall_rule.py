from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.firewall_rule_type import FirewallRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirewallRule")


@_attrs_define
class FirewallRule:
    """
    Attributes:
        type_ (FirewallRuleType): The type of resource that the firewall rule allows to access the database cluster.
            Example: droplet.
        value (str): The ID of the specific resource, the name of a tag applied to a group of resources, or the IP
            address that the firewall rule allows to access the database cluster. Example:
            ff2a6c52-5a44-4b63-b99c-0e98e7a63d61.
        uuid (str | Unset): A unique ID for the firewall rule itself. Example: 79f26d28-ea8a-41f2-8ad8-8cfcdd020095.
        cluster_uuid (str | Unset): A unique ID for the database cluster to which the rule is applied. Example:
            9cc10173-e9ea-4176-9dbc-a4cee4c4ff30.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the firewall rule was created. Example: 2019-01-11T18:37:36Z.
        description (str | Unset): A human-readable description of the rule. Example: an IP address for local
            development.
    """

    type_: FirewallRuleType
    value: str
    uuid: str | Unset = UNSET
    cluster_uuid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        uuid = self.uuid

        cluster_uuid = self.cluster_uuid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if cluster_uuid is not UNSET:
            field_dict["cluster_uuid"] = cluster_uuid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = FirewallRuleType(d.pop("type"))

        value = d.pop("value")

        uuid = d.pop("uuid", UNSET)

        cluster_uuid = d.pop("cluster_uuid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        firewall_rule = cls(
            type_=type_,
            value=value,
            uuid=uuid,
            cluster_uuid=cluster_uuid,
            created_at=created_at,
            description=description,
        )

        firewall_rule.additional_properties = d
        return firewall_rule

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
