from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_policy_protocols_item import AccessPolicyProtocolsItem
from ..models.access_policy_squash_config import AccessPolicySquashConfig

T = TypeVar("T", bound="AccessPolicy")


@_attrs_define
class AccessPolicy:
    """Provider-agnostic NFS access policy for an access point. Network CIDRs are
    managed by attach, detach, and managed-access workflows and are not part of
    this policy.

        Attributes:
            anonuid (int): UID used for squashed users. Currently only 65534 is supported. Example: 65534.
            anongid (int): GID used for squashed users. Currently only 65534 is supported. Example: 65534.
            protocols (list[AccessPolicyProtocolsItem]): Allowed NFS protocols for this export. Example: ['NFS4', 'NFS'].
            squash_config (AccessPolicySquashConfig): The squash mode applied to the access point export. Example:
                ROOT_SQUASH.
            identity_enforcement_enabled (bool): Whether identity enforcement is enabled for this export. Example: False.
    """

    anonuid: int
    anongid: int
    protocols: list[AccessPolicyProtocolsItem]
    squash_config: AccessPolicySquashConfig
    identity_enforcement_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonuid = self.anonuid

        anongid = self.anongid

        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        squash_config = self.squash_config.value

        identity_enforcement_enabled = self.identity_enforcement_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonuid": anonuid,
                "anongid": anongid,
                "protocols": protocols,
                "squash_config": squash_config,
                "identity_enforcement_enabled": identity_enforcement_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        anonuid = d.pop("anonuid")

        anongid = d.pop("anongid")

        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = AccessPolicyProtocolsItem(protocols_item_data)

            protocols.append(protocols_item)

        squash_config = AccessPolicySquashConfig(d.pop("squash_config"))

        identity_enforcement_enabled = d.pop("identity_enforcement_enabled")

        access_policy = cls(
            anonuid=anonuid,
            anongid=anongid,
            protocols=protocols,
            squash_config=squash_config,
            identity_enforcement_enabled=identity_enforcement_enabled,
        )

        access_policy.additional_properties = d
        return access_policy

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
