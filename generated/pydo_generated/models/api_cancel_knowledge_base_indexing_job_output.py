from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_indexing_job import ApiIndexingJob


T = TypeVar("T", bound="ApiCancelKnowledgeBaseIndexingJobOutput")


@_attrs_define
class ApiCancelKnowledgeBaseIndexingJobOutput:
    """CancelKnowledgeBaseIndexingJobOutput description

    Attributes:
        job (ApiIndexingJob | Unset): IndexingJob description
    """

    job: ApiIndexingJob | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_indexing_job import ApiIndexingJob

        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: ApiIndexingJob | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = ApiIndexingJob.from_dict(_job)

        api_cancel_knowledge_base_indexing_job_output = cls(
            job=job,
        )

        api_cancel_knowledge_base_indexing_job_output.additional_properties = d
        return api_cancel_knowledge_base_indexing_job_output

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
