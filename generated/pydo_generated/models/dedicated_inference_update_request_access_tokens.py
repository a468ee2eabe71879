from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceUpdateRequestAccessTokens")


@_attrs_define
class DedicatedInferenceUpdateRequestAccessTokens:
    """Provider tokens for model access (e.g. gated Hugging Face models).

    Attributes:
        hugging_face_token (str | Unset): Hugging Face token required for gated models. Example: $HF_TOKEN.
    """

    hugging_face_token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        hugging_face_token = self.hugging_face_token

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if hugging_face_token is not UNSET:
            field_dict["hugging_face_token"] = hugging_face_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hugging_face_token = d.pop("hugging_face_token", UNSET)

        dedicated_inference_update_request_access_tokens = cls(
            hugging_face_token=hugging_face_token,
        )

        return dedicated_inference_update_request_access_tokens
