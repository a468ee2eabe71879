from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiTokenUsage")


@_attrs_define
class ApiTokenUsage:
    """
    Attributes:
        total_candidate_input_tokens (str | Unset):  Example: 12345.
        total_candidate_output_tokens (str | Unset):  Example: 12345.
        total_candidate_tokens (str | Unset):  Example: 12345.
        total_judge_input_tokens (str | Unset):  Example: 12345.
        total_judge_output_tokens (str | Unset):  Example: 12345.
        total_judge_tokens (str | Unset):  Example: 12345.
    """

    total_candidate_input_tokens: str | Unset = UNSET
    total_candidate_output_tokens: str | Unset = UNSET
    total_candidate_tokens: str | Unset = UNSET
    total_judge_input_tokens: str | Unset = UNSET
    total_judge_output_tokens: str | Unset = UNSET
    total_judge_tokens: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_candidate_input_tokens = self.total_candidate_input_tokens

        total_candidate_output_tokens = self.total_candidate_output_tokens

        total_candidate_tokens = self.total_candidate_tokens

        total_judge_input_tokens = self.total_judge_input_tokens

        total_judge_output_tokens = self.total_judge_output_tokens

        total_judge_tokens = self.total_judge_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_candidate_input_tokens is not UNSET:
            field_dict["total_candidate_input_tokens"] = total_candidate_input_tokens
        if total_candidate_output_tokens is not UNSET:
            field_dict["total_candidate_output_tokens"] = total_candidate_output_tokens
        if total_candidate_tokens is not UNSET:
            field_dict["total_candidate_tokens"] = total_candidate_tokens
        if total_judge_input_tokens is not UNSET:
            field_dict["total_judge_input_tokens"] = total_judge_input_tokens
        if total_judge_output_tokens is not UNSET:
            field_dict["total_judge_output_tokens"] = total_judge_output_tokens
        if total_judge_tokens is not UNSET:
            field_dict["total_judge_tokens"] = total_judge_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_candidate_input_tokens = d.pop("total_candidate_input_tokens", UNSET)

        total_candidate_output_tokens = d.pop("total_candidate_output_tokens", UNSET)

        total_candidate_tokens = d.pop("total_candidate_tokens", UNSET)

        total_judge_input_tokens = d.pop("total_judge_input_tokens", UNSET)

        total_judge_output_tokens = d.pop("total_judge_output_tokens", UNSET)

        total_judge_tokens = d.pop("total_judge_tokens", UNSET)

        api_token_usage = cls(
            total_candidate_input_tokens=total_candidate_input_tokens,
            total_candidate_output_tokens=total_candidate_output_tokens,
            total_candidate_tokens=total_candidate_tokens,
            total_judge_input_tokens=total_judge_input_tokens,
            total_judge_output_tokens=total_judge_output_tokens,
            total_judge_tokens=total_judge_tokens,
        )

        api_token_usage.additional_properties = d
        return api_token_usage

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
