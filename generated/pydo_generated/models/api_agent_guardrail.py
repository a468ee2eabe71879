from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_guardrail_type import ApiGuardrailType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_guardrail_metadata import ApiAgentGuardrailMetadata


T = TypeVar("T", bound="ApiAgentGuardrail")


@_attrs_define
class ApiAgentGuardrail:
    """A Agent Guardrail

    Attributes:
        agent_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        default_response (str | Unset):  Example: example string.
        description (str | Unset):  Example: example string.
        guardrail_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        is_attached (bool | Unset):  Example: True.
        is_default (bool | Unset):  Example: True.
        metadata (ApiAgentGuardrailMetadata | Unset):
        name (str | Unset):  Example: example name.
        priority (int | Unset):  Example: 123.
        type_ (ApiGuardrailType | Unset):  Example: GUARDRAIL_TYPE_UNKNOWN.
        updated_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    agent_uuid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_response: str | Unset = UNSET
    description: str | Unset = UNSET
    guardrail_uuid: str | Unset = UNSET
    is_attached: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    metadata: ApiAgentGuardrailMetadata | Unset = UNSET
    name: str | Unset = UNSET
    priority: int | Unset = UNSET
    type_: ApiGuardrailType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid = self.agent_uuid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        default_response = self.default_response

        description = self.description

        guardrail_uuid = self.guardrail_uuid

        is_attached = self.is_attached

        is_default = self.is_default

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        priority = self.priority

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_response is not UNSET:
            field_dict["default_response"] = default_response
        if description is not UNSET:
            field_dict["description"] = description
        if guardrail_uuid is not UNSET:
            field_dict["guardrail_uuid"] = guardrail_uuid
        if is_attached is not UNSET:
            field_dict["is_attached"] = is_attached
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_guardrail_metadata import ApiAgentGuardrailMetadata

        d = dict(src_dict)
        agent_uuid = d.pop("agent_uuid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        default_response = d.pop("default_response", UNSET)

        description = d.pop("description", UNSET)

        guardrail_uuid = d.pop("guardrail_uuid", UNSET)

        is_attached = d.pop("is_attached", UNSET)

        is_default = d.pop("is_default", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ApiAgentGuardrailMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ApiAgentGuardrailMetadata.from_dict(_metadata)

        name = d.pop("name", UNSET)

        priority = d.pop("priority", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiGuardrailType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApiGuardrailType(_type_)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_agent_guardrail = cls(
            agent_uuid=agent_uuid,
            created_at=created_at,
            default_response=default_response,
            description=description,
            guardrail_uuid=guardrail_uuid,
            is_attached=is_attached,
            is_default=is_default,
            metadata=metadata,
            name=name,
            priority=priority,
            type_=type_,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_agent_guardrail.additional_properties = d
        return api_agent_guardrail

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
