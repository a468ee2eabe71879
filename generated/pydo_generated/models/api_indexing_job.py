from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_batch_job_phase import ApiBatchJobPhase
from ..models.api_index_job_status import ApiIndexJobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_indexed_data_source import ApiIndexedDataSource


T = TypeVar("T", bound="ApiIndexingJob")


@_attrs_define
class ApiIndexingJob:
    """IndexingJob description

    Attributes:
        completed_datasources (int | Unset): Number of datasources indexed completed Example: 123.
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        data_source_jobs (list[ApiIndexedDataSource] | Unset): Details on Data Sources included in the Indexing Job
        data_source_uuids (list[str] | Unset):  Example: ['example string'].
        finished_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        is_report_available (bool | Unset): Boolean value to determine if the indexing job details are available
            Example: True.
        knowledge_base_uuid (str | Unset): Knowledge base id Example: 123e4567-e89b-12d3-a456-426614174000.
        phase (ApiBatchJobPhase | Unset):  Example: BATCH_JOB_PHASE_UNKNOWN.
        started_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        status (ApiIndexJobStatus | Unset):  Example: INDEX_JOB_STATUS_UNKNOWN.
        tokens (int | Unset): Number of tokens [This field is deprecated] Example: 123.
        total_datasources (int | Unset): Number of datasources being indexed Example: 123.
        total_tokens (str | Unset): Total Tokens Consumed By the Indexing Job Example: 12345.
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    completed_datasources: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    data_source_jobs: list[ApiIndexedDataSource] | Unset = UNSET
    data_source_uuids: list[str] | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    is_report_available: bool | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    phase: ApiBatchJobPhase | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: ApiIndexJobStatus | Unset = UNSET
    tokens: int | Unset = UNSET
    total_datasources: int | Unset = UNSET
    total_tokens: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_datasources = self.completed_datasources

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        data_source_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_source_jobs, Unset):
            data_source_jobs = []
            for data_source_jobs_item_data in self.data_source_jobs:
                data_source_jobs_item = data_source_jobs_item_data.to_dict()
                data_source_jobs.append(data_source_jobs_item)

        data_source_uuids: list[str] | Unset = UNSET
        if not isinstance(self.data_source_uuids, Unset):
            data_source_uuids = self.data_source_uuids

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        is_report_available = self.is_report_available

        knowledge_base_uuid = self.knowledge_base_uuid

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tokens = self.tokens

        total_datasources = self.total_datasources

        total_tokens = self.total_tokens

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_datasources is not UNSET:
            field_dict["completed_datasources"] = completed_datasources
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data_source_jobs is not UNSET:
            field_dict["data_source_jobs"] = data_source_jobs
        if data_source_uuids is not UNSET:
            field_dict["data_source_uuids"] = data_source_uuids
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if is_report_available is not UNSET:
            field_dict["is_report_available"] = is_report_available
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if phase is not UNSET:
            field_dict["phase"] = phase
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if total_datasources is not UNSET:
            field_dict["total_datasources"] = total_datasources
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_indexed_data_source import ApiIndexedDataSource

        d = dict(src_dict)
        completed_datasources = d.pop("completed_datasources", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _data_source_jobs = d.pop("data_source_jobs", UNSET)
        data_source_jobs: list[ApiIndexedDataSource] | Unset = UNSET
        if _data_source_jobs is not UNSET:
            data_source_jobs = []
            for data_source_jobs_item_data in _data_source_jobs:
                data_source_jobs_item = ApiIndexedDataSource.from_dict(
                    data_source_jobs_item_data
                )

                data_source_jobs.append(data_source_jobs_item)

        data_source_uuids = cast(list[str], d.pop("data_source_uuids", UNSET))

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        is_report_available = d.pop("is_report_available", UNSET)

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: ApiBatchJobPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = ApiBatchJobPhase(_phase)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: ApiIndexJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiIndexJobStatus(_status)

        tokens = d.pop("tokens", UNSET)

        total_datasources = d.pop("total_datasources", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_indexing_job = cls(
            completed_datasources=completed_datasources,
            created_at=created_at,
            data_source_jobs=data_source_jobs,
            data_source_uuids=data_source_uuids,
            finished_at=finished_at,
            is_report_available=is_report_available,
            knowledge_base_uuid=knowledge_base_uuid,
            phase=phase,
            started_at=started_at,
            status=status,
            tokens=tokens,
            total_datasources=total_datasources,
            total_tokens=total_tokens,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_indexing_job.additional_properties = d
        return api_indexing_job

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
