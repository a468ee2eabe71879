from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NamespaceInfo")


@_attrs_define
class NamespaceInfo:
    """
    Attributes:
        api_host (str | Unset): The namespace's API hostname. Each function in a namespace is provided an endpoint at
            the namespace's hostname. Example: https://api_host.io.
        namespace (str | Unset): A unique string format of UUID with a prefix fn-. Example: fn-xxxxxxxx-xxxx-xxxx-xxxx-
            xxxxxxxxxxxx.
        created_at (str | Unset): UTC time string. Example: 2022-09-14T04:16:45Z.
        updated_at (str | Unset): UTC time string. Example: 2022-09-14T04:16:45Z.
        label (str | Unset): The namespace's unique name. Example: my namespace.
        region (str | Unset): The namespace's datacenter region. Example: nyc1.
        uuid (str | Unset): The namespace's Universally Unique Identifier. Example: xxxxxxxx-xxxx-xxxx-xxxx-
            xxxxxxxxxxxx.
        key (str | Unset): A random alpha numeric string. This key is used in conjunction with the namespace's UUID to
            authenticate
            a user to use the namespace via `doctl`, DigitalOcean's official CLI. Example:
            d1zcd455h01mqjfs4s2eaewyejehi5f2uj4etqq3h7cera8iwkub6xg5of1wdde2.
    """

    api_host: str | Unset = UNSET
    namespace: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    label: str | Unset = UNSET
    region: str | Unset = UNSET
    uuid: str | Unset = UNSET
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_host = self.api_host

        namespace = self.namespace

        created_at = self.created_at

        updated_at = self.updated_at

        label = self.label

        region = self.region

        uuid = self.uuid

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_host is not UNSET:
            field_dict["api_host"] = api_host
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if label is not UNSET:
            field_dict["label"] = label
        if region is not UNSET:
            field_dict["region"] = region
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_host = d.pop("api_host", UNSET)

        namespace = d.pop("namespace", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        label = d.pop("label", UNSET)

        region = d.pop("region", UNSET)

        uuid = d.pop("uuid", UNSET)

        key = d.pop("key", UNSET)

        namespace_info = cls(
            api_host=api_host,
            namespace=namespace,
            created_at=created_at,
            updated_at=updated_at,
            label=label,
            region=region,
            uuid=uuid,
            key=key,
        )

        namespace_info.additional_properties = d
        return namespace_info

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
