from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_indexing_job import ApiIndexingJob
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta


T = TypeVar("T", bound="ApiListKnowledgeBaseIndexingJobsOutput")


@_attrs_define
class ApiListKnowledgeBaseIndexingJobsOutput:
    """Indexing jobs

    Attributes:
        jobs (list[ApiIndexingJob] | Unset): The indexing jobs
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
    """

    jobs: list[ApiIndexingJob] | Unset = UNSET
    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_indexing_job import ApiIndexingJob
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta

        d = dict(src_dict)
        _jobs = d.pop("jobs", UNSET)
        jobs: list[ApiIndexingJob] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = ApiIndexingJob.from_dict(jobs_item_data)

                jobs.append(jobs_item)

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

        api_list_knowledge_base_indexing_jobs_output = cls(
            jobs=jobs,
            links=links,
            meta=meta,
        )

        api_list_knowledge_base_indexing_jobs_output.additional_properties = d
        return api_list_knowledge_base_indexing_jobs_output

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
