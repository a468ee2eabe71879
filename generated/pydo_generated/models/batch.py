from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_completion_window import BatchCompletionWindow
from ..models.batch_provider import BatchProvider
from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors_type_0_item import BatchErrorsType0Item
    from ..models.batch_metadata_type_0 import BatchMetadataType0
    from ..models.batch_request_counts import BatchRequestCounts


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A Batch Inference job.

    Attributes:
        batch_id (UUID): Unique identifier for the batch job. Example: 0e9d1d35-3d1e-4d66-9a2f-8c7e0f6b3e21.
        status (BatchStatus): Lifecycle status. Terminal states: `completed`, `failed`, `expired`, `cancelled`.
             Example: in_progress.
        provider (BatchProvider):  Example: openai.
        completion_window (BatchCompletionWindow):  Example: 24h.
        input_file_id (UUID): The uploaded JSONL input file. Example: a1b2c3d4-e5f6-4789-90ab-cdef12345678.
        created_at (datetime.datetime):  Example: 2026-04-24T19:19:19Z.
        endpoint (str | Unset): Inference endpoint each request is dispatched to. Example: /v1/chat/completions.
        output_file_id (None | Unset | UUID): Output JSONL file. Populated once the job completes.
        error_file_id (None | Unset | UUID): Error sidecar file. Null when no errors were produced.
        request_counts (BatchRequestCounts | Unset): Aggregate request counts.
        request_id (str | Unset): The idempotency key supplied at creation. Example:
            c7e3ad1e-20c3-4e47-9bf2-6f2a4d6a2f11.
        metadata (BatchMetadataType0 | None | Unset): Metadata attached at creation.
        errors (list[BatchErrorsType0Item] | None | Unset): Top-level errors that prevented the batch from completing.
        in_progress_at (datetime.datetime | None | Unset):  Example: 2026-04-24T19:20:05Z.
        finalizing_at (datetime.datetime | None | Unset):  Example: 2026-04-24T20:10:42Z.
        completed_at (datetime.datetime | None | Unset):  Example: 2026-04-24T20:15:30Z.
        expires_at (datetime.datetime | None | Unset): Derived from `created_at` plus `completion_window`. Example:
            2026-04-25T19:19:19Z.
        cancelled_at (datetime.datetime | None | Unset):  Example: 2026-04-24T19:45:11Z.
        failed_at (datetime.datetime | None | Unset):  Example: 2026-04-24T19:50:00Z.
    """

    batch_id: UUID
    status: BatchStatus
    provider: BatchProvider
    completion_window: BatchCompletionWindow
    input_file_id: UUID
    created_at: datetime.datetime
    endpoint: str | Unset = UNSET
    output_file_id: None | Unset | UUID = UNSET
    error_file_id: None | Unset | UUID = UNSET
    request_counts: BatchRequestCounts | Unset = UNSET
    request_id: str | Unset = UNSET
    metadata: BatchMetadataType0 | None | Unset = UNSET
    errors: list[BatchErrorsType0Item] | None | Unset = UNSET
    in_progress_at: datetime.datetime | None | Unset = UNSET
    finalizing_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    cancelled_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_metadata_type_0 import BatchMetadataType0

        batch_id = str(self.batch_id)

        status = self.status.value

        provider = self.provider.value

        completion_window = self.completion_window.value

        input_file_id = str(self.input_file_id)

        created_at = self.created_at.isoformat()

        endpoint = self.endpoint

        output_file_id: None | str | Unset
        if isinstance(self.output_file_id, Unset):
            output_file_id = UNSET
        elif isinstance(self.output_file_id, UUID):
            output_file_id = str(self.output_file_id)
        else:
            output_file_id = self.output_file_id

        error_file_id: None | str | Unset
        if isinstance(self.error_file_id, Unset):
            error_file_id = UNSET
        elif isinstance(self.error_file_id, UUID):
            error_file_id = str(self.error_file_id)
        else:
            error_file_id = self.error_file_id

        request_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_counts, Unset):
            request_counts = self.request_counts.to_dict()

        request_id = self.request_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BatchMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        in_progress_at: None | str | Unset
        if isinstance(self.in_progress_at, Unset):
            in_progress_at = UNSET
        elif isinstance(self.in_progress_at, datetime.datetime):
            in_progress_at = self.in_progress_at.isoformat()
        else:
            in_progress_at = self.in_progress_at

        finalizing_at: None | str | Unset
        if isinstance(self.finalizing_at, Unset):
            finalizing_at = UNSET
        elif isinstance(self.finalizing_at, datetime.datetime):
            finalizing_at = self.finalizing_at.isoformat()
        else:
            finalizing_at = self.finalizing_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "status": status,
                "provider": provider,
                "completion_window": completion_window,
                "input_file_id": input_file_id,
                "created_at": created_at,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if errors is not UNSET:
            field_dict["errors"] = errors
        if in_progress_at is not UNSET:
            field_dict["in_progress_at"] = in_progress_at
        if finalizing_at is not UNSET:
            field_dict["finalizing_at"] = finalizing_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_errors_type_0_item import BatchErrorsType0Item
        from ..models.batch_metadata_type_0 import BatchMetadataType0
        from ..models.batch_request_counts import BatchRequestCounts

        d = dict(src_dict)
        batch_id = UUID(d.pop("batch_id"))

        status = BatchStatus(d.pop("status"))

        provider = BatchProvider(d.pop("provider"))

        completion_window = BatchCompletionWindow(d.pop("completion_window"))

        input_file_id = UUID(d.pop("input_file_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        endpoint = d.pop("endpoint", UNSET)

        def _parse_output_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_file_id_type_0 = UUID(data)

                return output_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        output_file_id = _parse_output_file_id(d.pop("output_file_id", UNSET))

        def _parse_error_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_file_id_type_0 = UUID(data)

                return error_file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        error_file_id = _parse_error_file_id(d.pop("error_file_id", UNSET))

        _request_counts = d.pop("request_counts", UNSET)
        request_counts: BatchRequestCounts | Unset
        if isinstance(_request_counts, Unset):
            request_counts = UNSET
        else:
            request_counts = BatchRequestCounts.from_dict(_request_counts)

        request_id = d.pop("request_id", UNSET)

        def _parse_metadata(data: object) -> BatchMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BatchMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_errors(data: object) -> list[BatchErrorsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = BatchErrorsType0Item.from_dict(
                        errors_type_0_item_data
                    )

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BatchErrorsType0Item] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_in_progress_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_progress_at_type_0 = datetime.datetime.fromisoformat(data)

                return in_progress_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        in_progress_at = _parse_in_progress_at(d.pop("in_progress_at", UNSET))

        def _parse_finalizing_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalizing_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalizing_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalizing_at = _parse_finalizing_at(d.pop("finalizing_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        batch = cls(
            batch_id=batch_id,
            status=status,
            provider=provider,
            completion_window=completion_window,
            input_file_id=input_file_id,
            created_at=created_at,
            endpoint=endpoint,
            output_file_id=output_file_id,
            error_file_id=error_file_id,
            request_counts=request_counts,
            request_id=request_id,
            metadata=metadata,
            errors=errors,
            in_progress_at=in_progress_at,
            finalizing_at=finalizing_at,
            completed_at=completed_at,
            expires_at=expires_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
        )

        batch.additional_properties = d
        return batch

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
