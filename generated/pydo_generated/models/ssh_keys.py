from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SshKeys")


@_attrs_define
class SshKeys:
    """
    Attributes:
        public_key (str): The entire public key string that was uploaded. Embedded into the root user's
            `authorized_keys` file if you include this key during Droplet creation. Example: ssh-rsa AEXAMPLEaC1yc2EAAAADAQA
            BAAAAQQDDHr/jh2Jy4yALcK4JyWbVkPRaWmhck3IgCoeOO3z1e2dBowLh64QAM+Qb72pxekALga2oi4GvT+TlWNhzPH4V example.
        name (str): A human-readable display name for this key, used to easily identify the SSH keys when they are
            displayed. Example: My SSH Public Key.
        id (int | Unset): A unique identification number for this key. Can be used to embed a  specific SSH key into a
            Droplet. Example: 512189.
        fingerprint (str | Unset): A unique identifier that differentiates this key from other keys using  a format that
            SSH recognizes. The fingerprint is created when the key is added to your account. Example:
            3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa.
    """

    public_key: str
    name: str
    id: int | Unset = UNSET
    fingerprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_key = self.public_key

        name = self.name

        id = self.id

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_key": public_key,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        public_key = d.pop("public_key")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        ssh_keys = cls(
            public_key=public_key,
            name=name,
            id=id,
            fingerprint=fingerprint,
        )

        ssh_keys.additional_properties = d
        return ssh_keys

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
