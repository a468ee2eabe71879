from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_per_task_result_summary import ApiPerTaskResultSummary


T = TypeVar("T", bound="ApiPerTaskResultSummaries")


@_attrs_define
class ApiPerTaskResultSummaries:
    """Per-task breakdown of an evaluation run. Set on router evaluations to
    show how each routing task category performed across the prompts that
    were classified into it.

        Attributes:
            summaries (list[ApiPerTaskResultSummary] | Unset): One entry per routing task category that received at least
                one
                prompt during the evaluation run.
    """

    summaries: list[ApiPerTaskResultSummary] | Unset = UNSET
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
        from ..models.api_per_task_result_summary import ApiPerTaskResultSummary

        d = dict(src_dict)
        _summaries = d.pop("summaries", UNSET)
        summaries: list[ApiPerTaskResultSummary] | Unset = UNSET
        if _summaries is not UNSET:
            summaries = []
            for summaries_item_data in _summaries:
                summaries_item = ApiPerTaskResultSummary.from_dict(summaries_item_data)

                summaries.append(summaries_item)

        api_per_task_result_summaries = cls(
            summaries=summaries,
        )

        api_per_task_result_summaries.additional_properties = d
        return api_per_task_result_summaries

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
