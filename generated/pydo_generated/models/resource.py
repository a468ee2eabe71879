from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_status import ResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_links import ResourceLinks


T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """
    Attributes:
        urn (str | Unset): The uniform resource name (URN) for the resource in the format do:resource_type:resource_id.
            Example: do:droplet:13457723.
        assigned_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the project was created. Example: 2018-09-28T19:26:37Z.
        links (ResourceLinks | Unset): The links object contains the `self` object, which contains the resource
            relationship.
        status (ResourceStatus | Unset): The status of assigning and fetching the resources. Example: ok.
    """

    urn: str | Unset = UNSET
    assigned_at: datetime.datetime | Unset = UNSET
    links: ResourceLinks | Unset = UNSET
    status: ResourceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urn = self.urn

        assigned_at: str | Unset = UNSET
        if not isinstance(self.assigned_at, Unset):
            assigned_at = self.assigned_at.isoformat()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urn is not UNSET:
            field_dict["urn"] = urn
        if assigned_at is not UNSET:
            field_dict["assigned_at"] = assigned_at
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.resource_links import ResourceLinks

        d = dict(src_dict)
        urn = d.pop("urn", UNSET)

        _assigned_at = d.pop("assigned_at", UNSET)
        assigned_at: datetime.datetime | Unset
        if isinstance(_assigned_at, Unset):
            assigned_at = UNSET
        else:
            assigned_at = datetime.datetime.fromisoformat(_assigned_at)

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ResourceLinks.from_dict(_links)

        _status = d.pop("status", UNSET)
        status: ResourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResourceStatus(_status)

        resource = cls(
            urn=urn,
            assigned_at=assigned_at,
            links=links,
            status=status,
        )

        resource.additional_properties = d
        return resource

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
