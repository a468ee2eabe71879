from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_run import ApiEvaluationRun


T = TypeVar("T", bound="ApiGetEvaluationRunOutput")


@_attrs_define
class ApiGetEvaluationRunOutput:
    """
    Attributes:
        evaluation_run (ApiEvaluationRun | Unset):
    """

    evaluation_run: ApiEvaluationRun | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_run, Unset):
            evaluation_run = self.evaluation_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_run is not UNSET:
            field_dict["evaluation_run"] = evaluation_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_run import ApiEvaluationRun

        d = dict(src_dict)
        _evaluation_run = d.pop("evaluation_run", UNSET)
        evaluation_run: ApiEvaluationRun | Unset
        if isinstance(_evaluation_run, Unset):
            evaluation_run = UNSET
        else:
            evaluation_run = ApiEvaluationRun.from_dict(_evaluation_run)

        api_get_evaluation_run_output = cls(
            evaluation_run=evaluation_run,
        )

        api_get_evaluation_run_output.additional_properties = d
        return api_get_evaluation_run_output

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
