from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCandidateInferenceConfig")


@_attrs_define
class ApiCandidateInferenceConfig:
    """Inference configuration for the candidate model during evaluation.

    Attributes:
        max_tokens (int | Unset):  Example: 123.
        stop_token (str | Unset):  Example: example string.
        system_prompt (str | Unset):  Example: example string.
        temperature (float | Unset):  Example: 123.
    """

    max_tokens: int | Unset = UNSET
    stop_token: str | Unset = UNSET
    system_prompt: str | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        stop_token = self.stop_token

        system_prompt = self.system_prompt

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stop_token is not UNSET:
            field_dict["stop_token"] = stop_token
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_tokens = d.pop("max_tokens", UNSET)

        stop_token = d.pop("stop_token", UNSET)

        system_prompt = d.pop("system_prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        api_candidate_inference_config = cls(
            max_tokens=max_tokens,
            stop_token=stop_token,
            system_prompt=system_prompt,
            temperature=temperature,
        )

        api_candidate_inference_config.additional_properties = d
        return api_candidate_inference_config

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
