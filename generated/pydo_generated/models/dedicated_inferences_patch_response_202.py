from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference import DedicatedInference


T = TypeVar("T", bound="DedicatedInferencesPatchResponse202")


@_attrs_define
class DedicatedInferencesPatchResponse202:
    """
    Attributes:
        dedicated_inference (DedicatedInference | Unset): A Dedicated Inference instance.
    """

    dedicated_inference: DedicatedInference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_inference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dedicated_inference, Unset):
            dedicated_inference = self.dedicated_inference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dedicated_inference is not UNSET:
            field_dict["dedicated_inference"] = dedicated_inference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference import DedicatedInference

        d = dict(src_dict)
        _dedicated_inference = d.pop("dedicated_inference", UNSET)
        dedicated_inference: DedicatedInference | Unset
        if isinstance(_dedicated_inference, Unset):
            dedicated_inference = UNSET
        else:
            dedicated_inference = DedicatedInference.from_dict(_dedicated_inference)

        dedicated_inferences_patch_response_202 = cls(
            dedicated_inference=dedicated_inference,
        )

        dedicated_inferences_patch_response_202.additional_properties = d
        return dedicated_inferences_patch_response_202

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
