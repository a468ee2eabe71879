from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_create_request_access_tokens import (
        DedicatedInferenceCreateRequestAccessTokens,
    )
    from ..models.dedicated_inference_spec import DedicatedInferenceSpec


T = TypeVar("T", bound="DedicatedInferenceCreateRequest")


@_attrs_define
class DedicatedInferenceCreateRequest:
    """
    Attributes:
        spec (DedicatedInferenceSpec): Structured configuration for a Dedicated Inference deployment.
        access_tokens (DedicatedInferenceCreateRequestAccessTokens | Unset): Key-value pairs for provider tokens (e.g.
            Hugging Face). Example: {'hugging_face_token': '$HF_TOKEN'}.
    """

    spec: DedicatedInferenceSpec
    access_tokens: DedicatedInferenceCreateRequestAccessTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        access_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_tokens, Unset):
            access_tokens = self.access_tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if access_tokens is not UNSET:
            field_dict["access_tokens"] = access_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_create_request_access_tokens import (
            DedicatedInferenceCreateRequestAccessTokens,
        )
        from ..models.dedicated_inference_spec import DedicatedInferenceSpec

        d = dict(src_dict)
        spec = DedicatedInferenceSpec.from_dict(d.pop("spec"))

        _access_tokens = d.pop("access_tokens", UNSET)
        access_tokens: DedicatedInferenceCreateRequestAccessTokens | Unset
        if isinstance(_access_tokens, Unset):
            access_tokens = UNSET
        else:
            access_tokens = DedicatedInferenceCreateRequestAccessTokens.from_dict(
                _access_tokens
            )

        dedicated_inference_create_request = cls(
            spec=spec,
            access_tokens=access_tokens,
        )

        dedicated_inference_create_request.additional_properties = d
        return dedicated_inference_create_request

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
