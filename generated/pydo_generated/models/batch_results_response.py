from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchResultsResponse")


@_attrs_define
class BatchResultsResponse:
    """Presigned download URLs for a batch job. URLs are short-lived — download the artifacts soon after fetching them.

    Attributes:
        batch_id (UUID):  Example: 0e9d1d35-3d1e-4d66-9a2f-8c7e0f6b3e21.
        result_available (bool): When `false`, keep polling batch status and retry later.
             Example: True.
        output_file_url (None | str | Unset): Presigned URL for the main results JSONL. Example: https://batch-
            inference.nyc3.digitaloceanspaces.com/outputs/0e9d1d35-3d1e-4d66-9a2f-8c7e0f6b3e21.jsonl?X-Amz-Signature=....
        error_file_url (None | str | Unset): Presigned URL for the error sidecar JSONL, if any.
        expires_at (datetime.datetime | None | Unset): When the presigned URLs expire. Example: 2026-04-24T20:19:19Z.
    """

    batch_id: UUID
    result_available: bool
    output_file_url: None | str | Unset = UNSET
    error_file_url: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = str(self.batch_id)

        result_available = self.result_available

        output_file_url: None | str | Unset
        if isinstance(self.output_file_url, Unset):
            output_file_url = UNSET
        else:
            output_file_url = self.output_file_url

        error_file_url: None | str | Unset
        if isinstance(self.error_file_url, Unset):
            error_file_url = UNSET
        else:
            error_file_url = self.error_file_url

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "result_available": result_available,
            }
        )
        if output_file_url is not UNSET:
            field_dict["output_file_url"] = output_file_url
        if error_file_url is not UNSET:
            field_dict["error_file_url"] = error_file_url
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id = UUID(d.pop("batch_id"))

        result_available = d.pop("result_available")

        def _parse_output_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_file_url = _parse_output_file_url(d.pop("output_file_url", UNSET))

        def _parse_error_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_file_url = _parse_error_file_url(d.pop("error_file_url", UNSET))

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

        batch_results_response = cls(
            batch_id=batch_id,
            result_available=result_available,
            output_file_url=output_file_url,
            error_file_url=error_file_url,
            expires_at=expires_at,
        )

        batch_results_response.additional_properties = d
        return batch_results_response

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
