from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OneClicksCreate")


@_attrs_define
class OneClicksCreate:
    """
    Attributes:
        addon_slugs (list[str]): An array of 1-Click Application slugs to be installed to the Kubernetes cluster.
            Example: ['kube-state-metrics', 'loki'].
        cluster_uuid (str): A unique ID for the Kubernetes cluster to which the 1-Click Applications will be installed.
            Example: 50a994b6-c303-438f-9495-7e896cfe6b08.
    """

    addon_slugs: list[str]
    cluster_uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_slugs = self.addon_slugs

        cluster_uuid = self.cluster_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addon_slugs": addon_slugs,
                "cluster_uuid": cluster_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addon_slugs = cast(list[str], d.pop("addon_slugs"))

        cluster_uuid = d.pop("cluster_uuid")

        one_clicks_create = cls(
            addon_slugs=addon_slugs,
            cluster_uuid=cluster_uuid,
        )

        one_clicks_create.additional_properties = d
        return one_clicks_create

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
