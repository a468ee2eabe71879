from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRollbackToAgentVersionInputPublic")


@_attrs_define
class ApiRollbackToAgentVersionInputPublic:
    """
    Attributes:
        uuid (str | Unset): Agent unique identifier Example: "12345678-1234-1234-1234-123456789012".
        version_hash (str | Unset): Unique identifier Example:
            c3658d8b5c05494cd03ce042926ef08157889ed54b1b74b5ee0b3d66dcee4b73.
    """

    uuid: str | Unset = UNSET
    version_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        version_hash = self.version_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if version_hash is not UNSET:
            field_dict["version_hash"] = version_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        version_hash = d.pop("version_hash", UNSET)

        api_rollback_to_agent_version_input_public = cls(
            uuid=uuid,
            version_hash=version_hash,
        )

        api_rollback_to_agent_version_input_public.additional_properties = d
        return api_rollback_to_agent_version_input_public

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
