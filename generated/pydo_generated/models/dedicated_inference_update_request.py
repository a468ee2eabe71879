from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_spec import DedicatedInferenceSpec
    from ..models.dedicated_inference_update_request_access_tokens import (
        DedicatedInferenceUpdateRequestAccessTokens,
    )


T = TypeVar("T", bound="DedicatedInferenceUpdateRequest")


@_attrs_define
class DedicatedInferenceUpdateRequest:
    """
    Attributes:
        spec (DedicatedInferenceSpec | Unset): Structured configuration for a Dedicated Inference deployment.
        access_tokens (DedicatedInferenceUpdateRequestAccessTokens | Unset): Provider tokens for model access (e.g.
            gated Hugging Face models).
    """

    spec: DedicatedInferenceSpec | Unset = UNSET
    access_tokens: DedicatedInferenceUpdateRequestAccessTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        access_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_tokens, Unset):
            access_tokens = self.access_tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if access_tokens is not UNSET:
            field_dict["access_tokens"] = access_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_spec import DedicatedInferenceSpec
        from ..models.dedicated_inference_update_request_access_tokens import (
            DedicatedInferenceUpdateRequestAccessTokens,
        )

        d = dict(src_dict)
        _spec = d.pop("spec", UNSET)
        spec: DedicatedInferenceSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = DedicatedInferenceSpec.from_dict(_spec)

        _access_tokens = d.pop("access_tokens", UNSET)
        access_tokens: DedicatedInferenceUpdateRequestAccessTokens | Unset
        if isinstance(_access_tokens, Unset):
            access_tokens = UNSET
        else:
            access_tokens = DedicatedInferenceUpdateRequestAccessTokens.from_dict(
                _access_tokens
            )

        dedicated_inference_update_request = cls(
            spec=spec,
            access_tokens=access_tokens,
        )

        dedicated_inference_update_request.additional_properties = d
        return dedicated_inference_update_request

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
