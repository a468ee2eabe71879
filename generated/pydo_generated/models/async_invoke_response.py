from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_invoke_response_status import AsyncInvokeResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_invoke_response_output_type_0 import (
        AsyncInvokeResponseOutputType0,
    )


T = TypeVar("T", bound="AsyncInvokeResponse")


@_attrs_define
class AsyncInvokeResponse:
    """Response returned when an asynchronous invocation request is accepted. The job status is QUEUED initially. Use the
    request_id to poll for the result.

        Attributes:
            request_id (str): A unique identifier for the async invocation request. Use this ID to check the status and
                retrieve the result.
                 Example: 6590784a-ce47-4556-9ff4-53baff2693fb.
            status (AsyncInvokeResponseStatus): The current status of the async invocation. Example: QUEUED.
            model_id (str): The model ID that was invoked. Example: fal-ai/fast-sdxl.
            created_at (datetime.datetime): The timestamp when the request was created. Example:
                2026-01-22T19:19:19.112403432Z.
            started_at (datetime.datetime | None | Unset): The timestamp when the job started processing. Null while queued.
            completed_at (datetime.datetime | None | Unset): The timestamp when the job completed. Null until finished.
            output (AsyncInvokeResponseOutputType0 | None | Unset): The output of the invocation. Null while the job is
                queued or in progress. Contains the result once completed.
            error (None | str | Unset): Error message if the job failed. Null on success.
    """

    request_id: str
    status: AsyncInvokeResponseStatus
    model_id: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    output: AsyncInvokeResponseOutputType0 | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.async_invoke_response_output_type_0 import (
            AsyncInvokeResponseOutputType0,
        )

        request_id = self.request_id

        status = self.status.value

        model_id = self.model_id

        created_at = self.created_at.isoformat()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, AsyncInvokeResponseOutputType0):
            output = self.output.to_dict()
        else:
            output = self.output

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "status": status,
                "model_id": model_id,
                "created_at": created_at,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.async_invoke_response_output_type_0 import (
            AsyncInvokeResponseOutputType0,
        )

        d = dict(src_dict)
        request_id = d.pop("request_id")

        status = AsyncInvokeResponseStatus(d.pop("status"))

        model_id = d.pop("model_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

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

        def _parse_output(
            data: object,
        ) -> AsyncInvokeResponseOutputType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = AsyncInvokeResponseOutputType0.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncInvokeResponseOutputType0 | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        async_invoke_response = cls(
            request_id=request_id,
            status=status,
            model_id=model_id,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            output=output,
            error=error,
        )

        async_invoke_response.additional_properties = d
        return async_invoke_response

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
