from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_create_request_completion_window import (
    BatchCreateRequestCompletionWindow,
)
from ..models.batch_create_request_endpoint import BatchCreateRequestEndpoint
from ..models.batch_create_request_provider import BatchCreateRequestProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_create_request_metadata_type_0 import (
        BatchCreateRequestMetadataType0,
    )


T = TypeVar("T", bound="BatchCreateRequest")


@_attrs_define
class BatchCreateRequest:
    """Request body for creating a batch inference job.

    When `provider` is `openai`, `endpoint` is required and must be one of `/v1/responses` or `/v1/chat/completions`.
    When `provider` is `anthropic`, `endpoint` must be omitted — the Anthropic Message Batches API does not need a per-
    job endpoint.

        Attributes:
            file_id (UUID): The `file_id` returned by `POST /v1/batches/files`. Example: a1b2c3d4-e5f6-4789-90ab-
                cdef12345678.
            provider (BatchCreateRequestProvider): The inference provider whose JSONL schema the input file conforms to.
                `openai` follows the OpenAI Batch API input schema (`custom_id`, `method`, `url`, `body`); `anthropic` follows
                the Anthropic Message Batches JSONL conventions.
                 Example: openai.
            completion_window (BatchCreateRequestCompletionWindow): Time window in which the job must complete. Jobs that do
                not finish in time transition to `expired`.
                 Default: BatchCreateRequestCompletionWindow.VALUE_0. Example: 24h.
            request_id (str): Client-supplied idempotency key. Retries with the same value return the existing job instead
                of creating a duplicate.
                 Example: c7e3ad1e-20c3-4e47-9bf2-6f2a4d6a2f11.
            endpoint (BatchCreateRequestEndpoint | Unset): Inference endpoint each request is dispatched to. **Required when
                `provider` is `openai` and must match the `url` on every JSONL line. Must be omitted when `provider` is
                `anthropic`.**
                 Example: /v1/chat/completions.
            metadata (BatchCreateRequestMetadataType0 | None | Unset): Optional string-valued metadata to attach to the job.
                Example: {'team': 'ml-eval', 'dataset': 'prompts_v1'}.
    """

    file_id: UUID
    provider: BatchCreateRequestProvider
    request_id: str
    completion_window: BatchCreateRequestCompletionWindow = (
        BatchCreateRequestCompletionWindow.VALUE_0
    )
    endpoint: BatchCreateRequestEndpoint | Unset = UNSET
    metadata: BatchCreateRequestMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_create_request_metadata_type_0 import (
            BatchCreateRequestMetadataType0,
        )

        file_id = str(self.file_id)

        provider = self.provider.value

        completion_window = self.completion_window.value

        request_id = self.request_id

        endpoint: str | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.value

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BatchCreateRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "provider": provider,
                "completion_window": completion_window,
                "request_id": request_id,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_create_request_metadata_type_0 import (
            BatchCreateRequestMetadataType0,
        )

        d = dict(src_dict)
        file_id = UUID(d.pop("file_id"))

        provider = BatchCreateRequestProvider(d.pop("provider"))

        completion_window = BatchCreateRequestCompletionWindow(
            d.pop("completion_window")
        )

        request_id = d.pop("request_id")

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: BatchCreateRequestEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = BatchCreateRequestEndpoint(_endpoint)

        def _parse_metadata(
            data: object,
        ) -> BatchCreateRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BatchCreateRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchCreateRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        batch_create_request = cls(
            file_id=file_id,
            provider=provider,
            completion_window=completion_window,
            request_id=request_id,
            endpoint=endpoint,
            metadata=metadata,
        )

        batch_create_request.additional_properties = d
        return batch_create_request

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
