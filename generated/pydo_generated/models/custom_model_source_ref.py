from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_ref_access_type import SourceRefAccessType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomModelSourceRef")


@_attrs_define
class CustomModelSourceRef:
    """Reference to the original source of the model

    Attributes:
        access_type (SourceRefAccessType | Unset): Access level required for the model repository Example:
            ACCESS_TYPE_UNSPECIFIED.
        bucket (str | Unset): Spaces bucket name Example: example string.
        commit_sha (str | Unset): Git commit SHA of the model version Example: example string.
        hf_token (str | Unset): User-provided HuggingFace token for gated/private models (not persisted in source_ref)
            Example: example string.
        prefix (str | Unset): Object prefix path in the bucket Example: example string.
        region (str | Unset): Spaces bucket region Example: example string.
        repo_id (str | Unset): Huggingface repository identifier Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    access_type: SourceRefAccessType | Unset = UNSET
    bucket: str | Unset = UNSET
    commit_sha: str | Unset = UNSET
    hf_token: str | Unset = UNSET
    prefix: str | Unset = UNSET
    region: str | Unset = UNSET
    repo_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type.value

        bucket = self.bucket

        commit_sha = self.commit_sha

        hf_token = self.hf_token

        prefix = self.prefix

        region = self.region

        repo_id = self.repo_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_type is not UNSET:
            field_dict["access_type"] = access_type
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if hf_token is not UNSET:
            field_dict["hf_token"] = hf_token
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if region is not UNSET:
            field_dict["region"] = region
        if repo_id is not UNSET:
            field_dict["repo_id"] = repo_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _access_type = d.pop("access_type", UNSET)
        access_type: SourceRefAccessType | Unset
        if isinstance(_access_type, Unset):
            access_type = UNSET
        else:
            access_type = SourceRefAccessType(_access_type)

        bucket = d.pop("bucket", UNSET)

        commit_sha = d.pop("commit_sha", UNSET)

        hf_token = d.pop("hf_token", UNSET)

        prefix = d.pop("prefix", UNSET)

        region = d.pop("region", UNSET)

        repo_id = d.pop("repo_id", UNSET)

        custom_model_source_ref = cls(
            access_type=access_type,
            bucket=bucket,
            commit_sha=commit_sha,
            hf_token=hf_token,
            prefix=prefix,
            region=region,
            repo_id=repo_id,
        )

        custom_model_source_ref.additional_properties = d
        return custom_model_source_ref

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
