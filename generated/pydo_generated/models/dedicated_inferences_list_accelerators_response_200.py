from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_accelerator import DedicatedInferenceAccelerator
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DedicatedInferencesListAcceleratorsResponse200")


@_attrs_define
class DedicatedInferencesListAcceleratorsResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        accelerators (list[DedicatedInferenceAccelerator] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    accelerators: list[DedicatedInferenceAccelerator] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        accelerators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accelerators, Unset):
            accelerators = []
            for accelerators_item_data in self.accelerators:
                accelerators_item = accelerators_item_data.to_dict()
                accelerators.append(accelerators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if accelerators is not UNSET:
            field_dict["accelerators"] = accelerators

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_accelerator import (
            DedicatedInferenceAccelerator,
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

        _accelerators = d.pop("accelerators", UNSET)
        accelerators: list[DedicatedInferenceAccelerator] | Unset = UNSET
        if _accelerators is not UNSET:
            accelerators = []
            for accelerators_item_data in _accelerators:
                accelerators_item = DedicatedInferenceAccelerator.from_dict(
                    accelerators_item_data
                )

                accelerators.append(accelerators_item)

        dedicated_inferences_list_accelerators_response_200 = cls(
            meta=meta,
            links=links,
            accelerators=accelerators,
        )

        dedicated_inferences_list_accelerators_response_200.additional_properties = d
        return dedicated_inferences_list_accelerators_response_200

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
