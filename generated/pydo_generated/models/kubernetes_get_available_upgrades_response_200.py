from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_version import KubernetesVersion


T = TypeVar("T", bound="KubernetesGetAvailableUpgradesResponse200")


@_attrs_define
class KubernetesGetAvailableUpgradesResponse200:
    """
    Attributes:
        available_upgrade_versions (list[KubernetesVersion] | None | Unset):
    """

    available_upgrade_versions: list[KubernetesVersion] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_upgrade_versions: list[dict[str, Any]] | None | Unset
        if isinstance(self.available_upgrade_versions, Unset):
            available_upgrade_versions = UNSET
        elif isinstance(self.available_upgrade_versions, list):
            available_upgrade_versions = []
            for (
                available_upgrade_versions_type_0_item_data
            ) in self.available_upgrade_versions:
                available_upgrade_versions_type_0_item = (
                    available_upgrade_versions_type_0_item_data.to_dict()
                )
                available_upgrade_versions.append(
                    available_upgrade_versions_type_0_item
                )

        else:
            available_upgrade_versions = self.available_upgrade_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_upgrade_versions is not UNSET:
            field_dict["available_upgrade_versions"] = available_upgrade_versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubernetes_version import KubernetesVersion

        d = dict(src_dict)

        def _parse_available_upgrade_versions(
            data: object,
        ) -> list[KubernetesVersion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_upgrade_versions_type_0 = []
                _available_upgrade_versions_type_0 = data
                for (
                    available_upgrade_versions_type_0_item_data
                ) in _available_upgrade_versions_type_0:
                    available_upgrade_versions_type_0_item = (
                        KubernetesVersion.from_dict(
                            available_upgrade_versions_type_0_item_data
                        )
                    )

                    available_upgrade_versions_type_0.append(
                        available_upgrade_versions_type_0_item
                    )

                return available_upgrade_versions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KubernetesVersion] | None | Unset, data)

        available_upgrade_versions = _parse_available_upgrade_versions(
            d.pop("available_upgrade_versions", UNSET)
        )

        kubernetes_get_available_upgrades_response_200 = cls(
            available_upgrade_versions=available_upgrade_versions,
        )

        kubernetes_get_available_upgrades_response_200.additional_properties = d
        return kubernetes_get_available_upgrades_response_200

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
