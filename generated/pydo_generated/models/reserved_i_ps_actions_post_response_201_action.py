from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region import Region


T = TypeVar("T", bound="ReservedIPsActionsPostResponse201Action")


@_attrs_define
class ReservedIPsActionsPostResponse201Action:
    """
    Attributes:
        id (int | Unset): A unique numeric ID that can be used to identify and reference an action. Example: 36804636.
        status (ActionStatus | Unset): The current status of the action. This can be "in-progress", "completed", or
            "errored". Default: ActionStatus.IN_PROGRESS. Example: completed.
        type_ (str | Unset): This is the type of action that the object represents. For example, this could be
            "transfer" to represent the state of an image transfer action. Example: create.
        started_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the action was initiated. Example: 2020-11-14T16:29:21Z.
        completed_at (datetime.datetime | None | Unset): A time value given in ISO8601 combined date and time format
            that represents when the action was completed. Example: 2020-11-14T16:30:06Z.
        resource_id (int | None | Unset): A unique identifier for the resource that the action is associated with.
            Example: 3164444.
        resource_type (str | Unset): The type of resource that the action is associated with. Example: droplet.
        region (Region | Unset):
        region_slug (None | str | Unset): A human-readable string that is used as a unique identifier for each region.
            Example: nyc3.
        project_id (UUID | Unset): The UUID of the project to which the reserved IP currently belongs. Example:
            746c6152-2fa2-11ed-92d3-27aaa54e4988.
    """

    id: int | Unset = UNSET
    status: ActionStatus | Unset = ActionStatus.IN_PROGRESS
    type_: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: str | Unset = UNSET
    region: Region | Unset = UNSET
    region_slug: None | str | Unset = UNSET
    project_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        resource_id: int | None | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

        resource_type = self.resource_type

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        region_slug: None | str | Unset
        if isinstance(self.region_slug, Unset):
            region_slug = UNSET
        else:
            region_slug = self.region_slug

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if region is not UNSET:
            field_dict["region"] = region
        if region_slug is not UNSET:
            field_dict["region_slug"] = region_slug
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.region import Region

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActionStatus(_status)

        type_ = d.pop("type", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_resource_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resource_id = _parse_resource_id(d.pop("resource_id", UNSET))

        resource_type = d.pop("resource_type", UNSET)

        _region = d.pop("region", UNSET)
        region: Region | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = Region.from_dict(_region)

        def _parse_region_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_slug = _parse_region_slug(d.pop("region_slug", UNSET))

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        reserved_i_ps_actions_post_response_201_action = cls(
            id=id,
            status=status,
            type_=type_,
            started_at=started_at,
            completed_at=completed_at,
            resource_id=resource_id,
            resource_type=resource_type,
            region=region,
            region_slug=region_slug,
            project_id=project_id,
        )

        reserved_i_ps_actions_post_response_201_action.additional_properties = d
        return reserved_i_ps_actions_post_response_201_action

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
