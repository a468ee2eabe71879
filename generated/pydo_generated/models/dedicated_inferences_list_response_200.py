from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dedicated_inference import DedicatedInference
    from ..models.dedicated_inferences_list_response_200_links import (
        DedicatedInferencesListResponse200Links,
    )
    from ..models.dedicated_inferences_list_response_200_meta import (
        DedicatedInferencesListResponse200Meta,
    )


T = TypeVar("T", bound="DedicatedInferencesListResponse200")


@_attrs_define
class DedicatedInferencesListResponse200:
    """
    Attributes:
        dedicated_inferences (list[DedicatedInference]): Array of Dedicated Inference instances.
        links (DedicatedInferencesListResponse200Links):
        meta (DedicatedInferencesListResponse200Meta):
    """

    dedicated_inferences: list[DedicatedInference]
    links: DedicatedInferencesListResponse200Links
    meta: DedicatedInferencesListResponse200Meta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_inferences = []
        for dedicated_inferences_item_data in self.dedicated_inferences:
            dedicated_inferences_item = dedicated_inferences_item_data.to_dict()
            dedicated_inferences.append(dedicated_inferences_item)

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_inferences": dedicated_inferences,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference import DedicatedInference
        from ..models.dedicated_inferences_list_response_200_links import (
            DedicatedInferencesListResponse200Links,
        )
        from ..models.dedicated_inferences_list_response_200_meta import (
            DedicatedInferencesListResponse200Meta,
        )

        d = dict(src_dict)
        dedicated_inferences = []
        _dedicated_inferences = d.pop("dedicated_inferences")
        for dedicated_inferences_item_data in _dedicated_inferences:
            dedicated_inferences_item = DedicatedInference.from_dict(
                dedicated_inferences_item_data
            )

            dedicated_inferences.append(dedicated_inferences_item)

        links = DedicatedInferencesListResponse200Links.from_dict(d.pop("links"))

        meta = DedicatedInferencesListResponse200Meta.from_dict(d.pop("meta"))

        dedicated_inferences_list_response_200 = cls(
            dedicated_inferences=dedicated_inferences,
            links=links,
            meta=meta,
        )

        dedicated_inferences_list_response_200.additional_properties = d
        return dedicated_inferences_list_response_200

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
