from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelEvaluationRunProgress")


@_attrs_define
class ApiModelEvaluationRunProgress:
    """Per-phase progress for a model evaluation run. The candidate phase invokes the
    candidate model once per dataset row; the judge phase scores each
    candidate-success row with the configured metrics. Counts grow as the run
    advances; compare against total_rows to render a progress bar.

        Attributes:
            candidate_rows_evaluated (int | Unset): Dataset rows whose candidate model call has completed (success or
                failure). Example: 100.
            judge_rows_evaluated (int | Unset): Candidate-success rows the judge has finished (scored or skipped). Caps at
                the number of candidate successes, which may be below total_rows. Example: 95.
            total_rows (int | Unset): Total dataset rows for the run, sourced from the evaluation dataset. Example: 100.
    """

    candidate_rows_evaluated: int | Unset = UNSET
    judge_rows_evaluated: int | Unset = UNSET
    total_rows: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_rows_evaluated = self.candidate_rows_evaluated

        judge_rows_evaluated = self.judge_rows_evaluated

        total_rows = self.total_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_rows_evaluated is not UNSET:
            field_dict["candidate_rows_evaluated"] = candidate_rows_evaluated
        if judge_rows_evaluated is not UNSET:
            field_dict["judge_rows_evaluated"] = judge_rows_evaluated
        if total_rows is not UNSET:
            field_dict["total_rows"] = total_rows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        candidate_rows_evaluated = d.pop("candidate_rows_evaluated", UNSET)

        judge_rows_evaluated = d.pop("judge_rows_evaluated", UNSET)

        total_rows = d.pop("total_rows", UNSET)

        api_model_evaluation_run_progress = cls(
            candidate_rows_evaluated=candidate_rows_evaluated,
            judge_rows_evaluated=judge_rows_evaluated,
            total_rows=total_rows,
        )

        api_model_evaluation_run_progress.additional_properties = d
        return api_model_evaluation_run_progress

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
