from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ssh_keys import SshKeys


T = TypeVar("T", bound="SshKeysCreateResponse201")


@_attrs_define
class SshKeysCreateResponse201:
    """
    Attributes:
        ssh_key (SshKeys | Unset):
    """

    ssh_key: SshKeys | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssh_key, Unset):
            ssh_key = self.ssh_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ssh_key is not UNSET:
            field_dict["ssh_key"] = ssh_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ssh_keys import SshKeys

        d = dict(src_dict)
        _ssh_key = d.pop("ssh_key", UNSET)
        ssh_key: SshKeys | Unset
        if isinstance(_ssh_key, Unset):
            ssh_key = UNSET
        else:
            ssh_key = SshKeys.from_dict(_ssh_key)

        ssh_keys_create_response_201 = cls(
            ssh_key=ssh_key,
        )

        ssh_keys_create_response_201.additional_properties = d
        return ssh_keys_create_response_201

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
