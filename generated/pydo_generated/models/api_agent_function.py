from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_function_input_schema import ApiAgentFunctionInputSchema
    from ..models.api_agent_function_output_schema import ApiAgentFunctionOutputSchema


T = TypeVar("T", bound="ApiAgentFunction")


@_attrs_define
class ApiAgentFunction:
    """Description missing

    Attributes:
        api_key (str | Unset): Api key Example: example string.
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        created_by (str | Unset): Created by user id from DO Example: 12345.
        description (str | Unset): Agent description Example: example string.
        faas_name (str | Unset):  Example: example name.
        faas_namespace (str | Unset):  Example: example name.
        input_schema (ApiAgentFunctionInputSchema | Unset):
        name (str | Unset): Name Example: example name.
        output_schema (ApiAgentFunctionOutputSchema | Unset):
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        url (str | Unset): Download your agent here Example: example string.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    api_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    description: str | Unset = UNSET
    faas_name: str | Unset = UNSET
    faas_namespace: str | Unset = UNSET
    input_schema: ApiAgentFunctionInputSchema | Unset = UNSET
    name: str | Unset = UNSET
    output_schema: ApiAgentFunctionOutputSchema | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        description = self.description

        faas_name = self.faas_name

        faas_namespace = self.faas_namespace

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        name = self.name

        output_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema, Unset):
            output_schema = self.output_schema.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if faas_name is not UNSET:
            field_dict["faas_name"] = faas_name
        if faas_namespace is not UNSET:
            field_dict["faas_namespace"] = faas_namespace
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if name is not UNSET:
            field_dict["name"] = name
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_function_input_schema import ApiAgentFunctionInputSchema
        from ..models.api_agent_function_output_schema import (
            ApiAgentFunctionOutputSchema,
        )

        d = dict(src_dict)
        api_key = d.pop("api_key", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        description = d.pop("description", UNSET)

        faas_name = d.pop("faas_name", UNSET)

        faas_namespace = d.pop("faas_namespace", UNSET)

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: ApiAgentFunctionInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = ApiAgentFunctionInputSchema.from_dict(_input_schema)

        name = d.pop("name", UNSET)

        _output_schema = d.pop("output_schema", UNSET)
        output_schema: ApiAgentFunctionOutputSchema | Unset
        if isinstance(_output_schema, Unset):
            output_schema = UNSET
        else:
            output_schema = ApiAgentFunctionOutputSchema.from_dict(_output_schema)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_agent_function = cls(
            api_key=api_key,
            created_at=created_at,
            created_by=created_by,
            description=description,
            faas_name=faas_name,
            faas_namespace=faas_namespace,
            input_schema=input_schema,
            name=name,
            output_schema=output_schema,
            updated_at=updated_at,
            url=url,
            uuid=uuid,
        )

        api_agent_function.additional_properties = d
        return api_agent_function

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
