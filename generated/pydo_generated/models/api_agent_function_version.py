from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentFunctionVersion")


@_attrs_define
class ApiAgentFunctionVersion:
    """Function represents a function configuration for an agent

    Attributes:
        description (str | Unset): Description of the function Example: example string.
        faas_name (str | Unset): FaaS name of the function Example: example name.
        faas_namespace (str | Unset): FaaS namespace of the function Example: example name.
        is_deleted (bool | Unset): Whether the function is deleted Example: True.
        name (str | Unset): Name of the function Example: example name.
    """

    description: str | Unset = UNSET
    faas_name: str | Unset = UNSET
    faas_namespace: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        faas_name = self.faas_name

        faas_namespace = self.faas_namespace

        is_deleted = self.is_deleted

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if faas_name is not UNSET:
            field_dict["faas_name"] = faas_name
        if faas_namespace is not UNSET:
            field_dict["faas_namespace"] = faas_namespace
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        faas_name = d.pop("faas_name", UNSET)

        faas_namespace = d.pop("faas_namespace", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        name = d.pop("name", UNSET)

        api_agent_function_version = cls(
            description=description,
            faas_name=faas_name,
            faas_namespace=faas_namespace,
            is_deleted=is_deleted,
            name=name,
        )

        api_agent_function_version.additional_properties = d
        return api_agent_function_version

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
