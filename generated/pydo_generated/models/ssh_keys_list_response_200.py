from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.ssh_keys import SshKeys


T = TypeVar("T", bound="SshKeysListResponse200")


@_attrs_define
class SshKeysListResponse200:
    """
    Example:
        {'ssh_keys': [{'id': 289794, 'fingerprint': '3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45', 'public_key':
            'ssh-rsa ANOTHEREXAMPLEaC1yc2EAAAADAQABAAAAQQDDHr/jh2Jy4yALcK4JyWbVkPRaWmhck3IgCoeOO3z1e2dBowLh64QAM+Qb72pxekALg
            a2oi4GvT+TlWNhzPH4V anotherexample', 'name': 'Other Public Key'}], 'links': {}, 'meta': {'total': 1}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        ssh_keys (list[SshKeys] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    ssh_keys: list[SshKeys] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        ssh_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ssh_keys, Unset):
            ssh_keys = []
            for ssh_keys_item_data in self.ssh_keys:
                ssh_keys_item = ssh_keys_item_data.to_dict()
                ssh_keys.append(ssh_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.ssh_keys import SshKeys

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _ssh_keys = d.pop("ssh_keys", UNSET)
        ssh_keys: list[SshKeys] | Unset = UNSET
        if _ssh_keys is not UNSET:
            ssh_keys = []
            for ssh_keys_item_data in _ssh_keys:
                ssh_keys_item = SshKeys.from_dict(ssh_keys_item_data)

                ssh_keys.append(ssh_keys_item)

        ssh_keys_list_response_200 = cls(
            meta=meta,
            links=links,
            ssh_keys=ssh_keys,
        )

        ssh_keys_list_response_200.additional_properties = d
        return ssh_keys_list_response_200

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
