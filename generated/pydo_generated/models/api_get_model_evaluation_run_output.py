from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta
    from ..models.api_model_evaluation_result import ApiModelEvaluationResult
    from ..models.api_model_evaluation_run_detail import ApiModelEvaluationRunDetail


T = TypeVar("T", bound="ApiGetModelEvaluationRunOutput")


@_attrs_define
class ApiGetModelEvaluationRunOutput:
    """
    Attributes:
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
        results (list[ApiModelEvaluationResult] | Unset): Paginated per-prompt evaluation results.
        run (ApiModelEvaluationRunDetail | Unset): Model Evaluation Run Detail - full view returned when fetching a
            specific run.
    """

    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    results: list[ApiModelEvaluationResult] | Unset = UNSET
    run: ApiModelEvaluationRunDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if results is not UNSET:
            field_dict["results"] = results
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta
        from ..models.api_model_evaluation_result import ApiModelEvaluationResult
        from ..models.api_model_evaluation_run_detail import ApiModelEvaluationRunDetail

        d = dict(src_dict)
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

        _results = d.pop("results", UNSET)
        results: list[ApiModelEvaluationResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ApiModelEvaluationResult.from_dict(results_item_data)

                results.append(results_item)

        _run = d.pop("run", UNSET)
        run: ApiModelEvaluationRunDetail | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = ApiModelEvaluationRunDetail.from_dict(_run)

        api_get_model_evaluation_run_output = cls(
            links=links,
            meta=meta,
            results=results,
            run=run,
        )

        api_get_model_evaluation_run_output.additional_properties = d
        return api_get_model_evaluation_run_output

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
