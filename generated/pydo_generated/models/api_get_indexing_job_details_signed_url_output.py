from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiGetIndexingJobDetailsSignedURLOutput")


@_attrs_define
class ApiGetIndexingJobDetailsSignedURLOutput:
    """
    Attributes:
        signed_url (str | Unset): The signed url for downloading the indexing job details Example: example string.
    """

    signed_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signed_url = self.signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        signed_url = d.pop("signed_url", UNSET)

        api_get_indexing_job_details_signed_url_output = cls(
            signed_url=signed_url,
        )

        api_get_indexing_job_details_signed_url_output.additional_properties = d
        return api_get_indexing_job_details_signed_url_output

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
