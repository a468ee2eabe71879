from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenaiapiRegion")


@_attrs_define
class GenaiapiRegion:
    """Description for a specific Region

    Attributes:
        inference_url (str | Unset): Url for inference server Example: example string.
        region (str | Unset): Region code Example: example string.
        serves_batch (bool | Unset): This datacenter is capable of running batch jobs Example: True.
        serves_inference (bool | Unset): This datacenter is capable of serving inference Example: True.
        stream_inference_url (str | Unset): The url for the inference streaming server Example: example string.
    """

    inference_url: str | Unset = UNSET
    region: str | Unset = UNSET
    serves_batch: bool | Unset = UNSET
    serves_inference: bool | Unset = UNSET
    stream_inference_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inference_url = self.inference_url

        region = self.region

        serves_batch = self.serves_batch

        serves_inference = self.serves_inference

        stream_inference_url = self.stream_inference_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inference_url is not UNSET:
            field_dict["inference_url"] = inference_url
        if region is not UNSET:
            field_dict["region"] = region
        if serves_batch is not UNSET:
            field_dict["serves_batch"] = serves_batch
        if serves_inference is not UNSET:
            field_dict["serves_inference"] = serves_inference
        if stream_inference_url is not UNSET:
            field_dict["stream_inference_url"] = stream_inference_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inference_url = d.pop("inference_url", UNSET)

        region = d.pop("region", UNSET)

        serves_batch = d.pop("serves_batch", UNSET)

        serves_inference = d.pop("serves_inference", UNSET)

        stream_inference_url = d.pop("stream_inference_url", UNSET)

        genaiapi_region = cls(
            inference_url=inference_url,
            region=region,
            serves_batch=serves_batch,
            serves_inference=serves_inference,
            stream_inference_url=stream_inference_url,
        )

        genaiapi_region.additional_properties = d
        return genaiapi_region

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
