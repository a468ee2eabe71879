from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_base_environment import ProjectBaseEnvironment
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectBase")


@_attrs_define
class ProjectBase:
    """
    Attributes:
        id (UUID | Unset): The unique universal identifier of this project. Example:
            4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679.
        owner_uuid (str | Unset): The unique universal identifier of the project owner. Example:
            99525febec065ca37b2ffe4f852fd2b2581895e7.
        owner_id (int | Unset): The integer id of the project owner. Example: 258992.
        name (str | Unset): The human-readable name for the project. The maximum length is 175 characters and the name
            must be unique. Example: my-web-api.
        description (str | Unset): The description of the project. The maximum length is 255 characters. Example: My
            website API.
        purpose (str | Unset): The purpose of the project. The maximum length is 255 characters. It can
            have one of the following values:

            - Just trying out DigitalOcean
            - Class project / Educational purposes
            - Website or blog
            - Web Application
            - Service or API
            - Mobile Application
            - Machine learning / AI / Data processing
            - IoT
            - Operational / Developer tooling

            If another value for purpose is specified, for example, "your custom purpose",
            your purpose will be stored as `Other: your custom purpose`.
             Example: Service or API.
        environment (ProjectBaseEnvironment | Unset): The environment of the project's resources. Example: Production.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the project was created. Example: 2018-09-27T20:10:35Z.
        updated_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the project was updated. Example: 2018-09-27T20:10:35Z.
    """

    id: UUID | Unset = UNSET
    owner_uuid: str | Unset = UNSET
    owner_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    purpose: str | Unset = UNSET
    environment: ProjectBaseEnvironment | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        owner_uuid = self.owner_uuid

        owner_id = self.owner_id

        name = self.name

        description = self.description

        purpose = self.purpose

        environment: str | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if owner_uuid is not UNSET:
            field_dict["owner_uuid"] = owner_uuid
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if environment is not UNSET:
            field_dict["environment"] = environment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        owner_uuid = d.pop("owner_uuid", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        purpose = d.pop("purpose", UNSET)

        _environment = d.pop("environment", UNSET)
        environment: ProjectBaseEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = ProjectBaseEnvironment(_environment)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        project_base = cls(
            id=id,
            owner_uuid=owner_uuid,
            owner_id=owner_id,
            name=name,
            description=description,
            purpose=purpose,
            environment=environment,
            created_at=created_at,
            updated_at=updated_at,
        )

        project_base.additional_properties = d
        return project_base

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
