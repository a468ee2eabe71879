from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_team_status import OrganizationTeamStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationTeam")


@_attrs_define
class OrganizationTeam:
    """A team that belongs to an organization.

    Attributes:
        id (int | Unset): A unique identifier for the team. Example: 4126873.
        uuid (UUID | Unset): A unique universal identifier for the team. Example: 4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679.
        name (str | Unset): The human-readable name for the team. Example: production.
        email (str | Unset): The email address associated with the team. Example: sammy@example.com.
        member_count (int | Unset): The number of members on the team. Example: 3.
        status (OrganizationTeamStatus | Unset): The team's membership status within the organization. Example: joined.
        joined_organization_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format
            that represents when the team joined the organization.
             Example: 2024-06-12T15:04:05Z.
        company (str | Unset): The company name associated with the team, if set. Example: DigitalOcean.
    """

    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    member_count: int | Unset = UNSET
    status: OrganizationTeamStatus | Unset = UNSET
    joined_organization_at: datetime.datetime | Unset = UNSET
    company: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        email = self.email

        member_count = self.member_count

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        joined_organization_at: str | Unset = UNSET
        if not isinstance(self.joined_organization_at, Unset):
            joined_organization_at = self.joined_organization_at.isoformat()

        company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if member_count is not UNSET:
            field_dict["member_count"] = member_count
        if status is not UNSET:
            field_dict["status"] = status
        if joined_organization_at is not UNSET:
            field_dict["joined_organization_at"] = joined_organization_at
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        member_count = d.pop("member_count", UNSET)

        _status = d.pop("status", UNSET)
        status: OrganizationTeamStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrganizationTeamStatus(_status)

        _joined_organization_at = d.pop("joined_organization_at", UNSET)
        joined_organization_at: datetime.datetime | Unset
        if isinstance(_joined_organization_at, Unset):
            joined_organization_at = UNSET
        else:
            joined_organization_at = datetime.datetime.fromisoformat(
                _joined_organization_at
            )

        company = d.pop("company", UNSET)

        organization_team = cls(
            id=id,
            uuid=uuid,
            name=name,
            email=email,
            member_count=member_count,
            status=status,
            joined_organization_at=joined_organization_at,
            company=company,
        )

        organization_team.additional_properties = d
        return organization_team

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
