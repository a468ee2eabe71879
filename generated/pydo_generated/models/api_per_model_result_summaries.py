from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_per_model_result_summary import ApiPerModelResultSummary


T = TypeVar("T", bound="ApiPerModelResultSummaries")


@_attrs_define
class ApiPerModelResultSummaries:
    """Per-model breakdown of an evaluation run. Set on router evaluations to
    show how each underlying model performed across the prompts that were
    routed to it.

        Attributes:
            summaries (list[ApiPerModelResultSummary] | Unset): One entry per underlying model that received at least one
                prompt
                during the evaluation run.
    """

    summaries: list[ApiPerModelResultSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summaries, Unset):
            summaries = []
            for summaries_item_data in self.summaries:
                summaries_item = summaries_item_data.to_dict()
                summaries.append(summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if summaries is not UNSET:
            field_dict["summaries"] = summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_per_model_result_summary import ApiPerModelResultSummary

        d = dict(src_dict)
        _summaries = d.pop("summaries", UNSET)
        summaries: list[ApiPerModelResultSummary] | Unset = UNSET
        if _summaries is not UNSET:
            summaries = []
            for summaries_item_data in _summaries:
                summaries_item = ApiPerModelResultSummary.from_dict(summaries_item_data)

                summaries.append(summaries_item)

        api_per_model_result_summaries = cls(
            summaries=summaries,
        )

        api_per_model_result_summaries.additional_properties = d
        return api_per_model_result_summaries

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
