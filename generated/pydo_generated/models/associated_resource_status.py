from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_resource_status_resources import (
        AssociatedResourceStatusResources,
    )
    from ..models.destroyed_associated_resource import DestroyedAssociatedResource


T = TypeVar("T", bound="AssociatedResourceStatus")


@_attrs_define
class AssociatedResourceStatus:
    """An objects containing information about a resources scheduled for deletion.

    Attributes:
        droplet (DestroyedAssociatedResource | Unset): An object containing information about a resource scheduled for
            deletion.
        resources (AssociatedResourceStatusResources | Unset): An object containing additional information about
            resource related to a Droplet requested to be destroyed.
        completed_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format indicating
            when the requested action was completed. Example: 2020-04-01T18:11:49Z.
        failures (int | Unset): A count of the associated resources that failed to be destroyed, if any. Example: 0.
    """

    droplet: DestroyedAssociatedResource | Unset = UNSET
    resources: AssociatedResourceStatusResources | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    failures: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.droplet, Unset):
            droplet = self.droplet.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        failures = self.failures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if droplet is not UNSET:
            field_dict["droplet"] = droplet
        if resources is not UNSET:
            field_dict["resources"] = resources
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failures is not UNSET:
            field_dict["failures"] = failures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associated_resource_status_resources import (
            AssociatedResourceStatusResources,
        )
        from ..models.destroyed_associated_resource import DestroyedAssociatedResource

        d = dict(src_dict)
        _droplet = d.pop("droplet", UNSET)
        droplet: DestroyedAssociatedResource | Unset
        if isinstance(_droplet, Unset):
            droplet = UNSET
        else:
            droplet = DestroyedAssociatedResource.from_dict(_droplet)

        _resources = d.pop("resources", UNSET)
        resources: AssociatedResourceStatusResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = AssociatedResourceStatusResources.from_dict(_resources)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        failures = d.pop("failures", UNSET)

        associated_resource_status = cls(
            droplet=droplet,
            resources=resources,
            completed_at=completed_at,
            failures=failures,
        )

        associated_resource_status.additional_properties = d
        return associated_resource_status

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
