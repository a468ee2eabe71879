from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_run import ApiEvaluationRun
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta
    from ..models.api_prompt import ApiPrompt


T = TypeVar("T", bound="ApiGetEvaluationRunResultsOutput")


@_attrs_define
class ApiGetEvaluationRunResultsOutput:
    """Gets the full results of an evaluation run with all prompts.

    Attributes:
        evaluation_run (ApiEvaluationRun | Unset):
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
        prompts (list[ApiPrompt] | Unset): The prompt level results.
    """

    evaluation_run: ApiEvaluationRun | Unset = UNSET
    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    prompts: list[ApiPrompt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_run, Unset):
            evaluation_run = self.evaluation_run.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = []
            for prompts_item_data in self.prompts:
                prompts_item = prompts_item_data.to_dict()
                prompts.append(prompts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_run is not UNSET:
            field_dict["evaluation_run"] = evaluation_run
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if prompts is not UNSET:
            field_dict["prompts"] = prompts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_run import ApiEvaluationRun
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta
        from ..models.api_prompt import ApiPrompt

        d = dict(src_dict)
        _evaluation_run = d.pop("evaluation_run", UNSET)
        evaluation_run: ApiEvaluationRun | Unset
        if isinstance(_evaluation_run, Unset):
            evaluation_run = UNSET
        else:
            evaluation_run = ApiEvaluationRun.from_dict(_evaluation_run)

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

        _prompts = d.pop("prompts", UNSET)
        prompts: list[ApiPrompt] | Unset = UNSET
        if _prompts is not UNSET:
            prompts = []
            for prompts_item_data in _prompts:
                prompts_item = ApiPrompt.from_dict(prompts_item_data)

                prompts.append(prompts_item)

        api_get_evaluation_run_results_output = cls(
            evaluation_run=evaluation_run,
            links=links,
            meta=meta,
            prompts=prompts,
        )

        api_get_evaluation_run_results_output.additional_properties = d
        return api_get_evaluation_run_results_output

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
