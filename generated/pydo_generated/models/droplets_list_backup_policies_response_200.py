from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplets_list_backup_policies_response_200_policies import (
        DropletsListBackupPoliciesResponse200Policies,
    )
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DropletsListBackupPoliciesResponse200")


@_attrs_define
class DropletsListBackupPoliciesResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        policies (DropletsListBackupPoliciesResponse200Policies | Unset): A map where the keys are the Droplet IDs and
            the values are
            objects containing the backup policy information for each Droplet.
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    policies: DropletsListBackupPoliciesResponse200Policies | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if policies is not UNSET:
            field_dict["policies"] = policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplets_list_backup_policies_response_200_policies import (
            DropletsListBackupPoliciesResponse200Policies,
        )
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _policies = d.pop("policies", UNSET)
        policies: DropletsListBackupPoliciesResponse200Policies | Unset
        if isinstance(_policies, Unset):
            policies = UNSET
        else:
            policies = DropletsListBackupPoliciesResponse200Policies.from_dict(
                _policies
            )

        droplets_list_backup_policies_response_200 = cls(
            meta=meta,
            links=links,
            policies=policies,
        )

        droplets_list_backup_policies_response_200.additional_properties = d
        return droplets_list_backup_policies_response_200

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
