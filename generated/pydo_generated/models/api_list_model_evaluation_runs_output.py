from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_candidate_model_source import ApiCandidateModelSource
from ..models.api_model_evaluation_run_status import ApiModelEvaluationRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta
    from ..models.api_model_evaluation_run_summary import ApiModelEvaluationRunSummary


T = TypeVar("T", bound="ApiListModelEvaluationRunsOutput")


@_attrs_define
class ApiListModelEvaluationRunsOutput:
    """
    Attributes:
        available_candidate_types (list[ApiCandidateModelSource] | Unset): Full set of candidate model source types the
            FE can offer in the
            candidate-type filter UI.
        available_statuses (list[ApiModelEvaluationRunStatus] | Unset): Full set of statuses the FE can offer in the
            status filter UI. Returned
            on every list call so clients never need to hardcode the enum values.
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
        runs (list[ApiModelEvaluationRunSummary] | Unset): Summary view of evaluation runs for the run history list.
    """

    available_candidate_types: list[ApiCandidateModelSource] | Unset = UNSET
    available_statuses: list[ApiModelEvaluationRunStatus] | Unset = UNSET
    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    runs: list[ApiModelEvaluationRunSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_candidate_types: list[str] | Unset = UNSET
        if not isinstance(self.available_candidate_types, Unset):
            available_candidate_types = []
            for available_candidate_types_item_data in self.available_candidate_types:
                available_candidate_types_item = (
                    available_candidate_types_item_data.value
                )
                available_candidate_types.append(available_candidate_types_item)

        available_statuses: list[str] | Unset = UNSET
        if not isinstance(self.available_statuses, Unset):
            available_statuses = []
            for available_statuses_item_data in self.available_statuses:
                available_statuses_item = available_statuses_item_data.value
                available_statuses.append(available_statuses_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_candidate_types is not UNSET:
            field_dict["available_candidate_types"] = available_candidate_types
        if available_statuses is not UNSET:
            field_dict["available_statuses"] = available_statuses
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if runs is not UNSET:
            field_dict["runs"] = runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta
        from ..models.api_model_evaluation_run_summary import (
            ApiModelEvaluationRunSummary,
        )

        d = dict(src_dict)
        _available_candidate_types = d.pop("available_candidate_types", UNSET)
        available_candidate_types: list[ApiCandidateModelSource] | Unset = UNSET
        if _available_candidate_types is not UNSET:
            available_candidate_types = []
            for available_candidate_types_item_data in _available_candidate_types:
                available_candidate_types_item = ApiCandidateModelSource(
                    available_candidate_types_item_data
                )

                available_candidate_types.append(available_candidate_types_item)

        _available_statuses = d.pop("available_statuses", UNSET)
        available_statuses: list[ApiModelEvaluationRunStatus] | Unset = UNSET
        if _available_statuses is not UNSET:
            available_statuses = []
            for available_statuses_item_data in _available_statuses:
                available_statuses_item = ApiModelEvaluationRunStatus(
                    available_statuses_item_data
                )

                available_statuses.append(available_statuses_item)

        _links = d.pop("links", UNSET)
        links: ApiLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ApiLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: ApiMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ApiMeta.from_dict(_meta)

        _runs = d.pop("runs", UNSET)
        runs: list[ApiModelEvaluationRunSummary] | Unset = UNSET
        if _runs is not UNSET:
            runs = []
            for runs_item_data in _runs:
                runs_item = ApiModelEvaluationRunSummary.from_dict(runs_item_data)

                runs.append(runs_item)

        api_list_model_evaluation_runs_output = cls(
            available_candidate_types=available_candidate_types,
            available_statuses=available_statuses,
            links=links,
            meta=meta,
            runs=runs,
        )

        api_list_model_evaluation_runs_output.additional_properties = d
        return api_list_model_evaluation_runs_output

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
