from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_prompt import ApiPrompt


T = TypeVar("T", bound="ApiGetEvaluationRunPromptResultsOutput")


@_attrs_define
class ApiGetEvaluationRunPromptResultsOutput:
    """
    Attributes:
        prompt (ApiPrompt | Unset):
    """

    prompt: ApiPrompt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_prompt import ApiPrompt

        d = dict(src_dict)
        _prompt = d.pop("prompt", UNSET)
        prompt: ApiPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
        else:
            prompt = ApiPrompt.from_dict(_prompt)

        api_get_evaluation_run_prompt_results_output = cls(
            prompt=prompt,
        )

        api_get_evaluation_run_prompt_results_output.additional_properties = d
        return api_get_evaluation_run_prompt_results_output

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
