from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCustomEvaluationMetricConfig")


@_attrs_define
class ApiCustomEvaluationMetricConfig:
    """Configuration for a custom model-evaluation metric scored by an LLM judge.
    Prompt and model response are always included in the judge context.

        Attributes:
            created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
            deleted_at (datetime.datetime | Unset): When set, the custom metric is soft-deleted and must not appear in
                pickers. Example: 2023-01-01T00:00:00Z.
            requires_ground_truth (bool | Unset): When true, each row must provide ground truth and it is included in the
                judge context.
                When false, ground truth is not required and is not sent to the judge. Example: True.
            scoring_prompt (str | Unset): Instructions for the judge model (multi-line). Example: example string.
            updated_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
    """

    created_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    requires_ground_truth: bool | Unset = UNSET
    scoring_prompt: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        requires_ground_truth = self.requires_ground_truth

        scoring_prompt = self.scoring_prompt

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if requires_ground_truth is not UNSET:
            field_dict["requires_ground_truth"] = requires_ground_truth
        if scoring_prompt is not UNSET:
            field_dict["scoring_prompt"] = scoring_prompt
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        requires_ground_truth = d.pop("requires_ground_truth", UNSET)

        scoring_prompt = d.pop("scoring_prompt", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        api_custom_evaluation_metric_config = cls(
            created_at=created_at,
            deleted_at=deleted_at,
            requires_ground_truth=requires_ground_truth,
            scoring_prompt=scoring_prompt,
            updated_at=updated_at,
        )

        api_custom_evaluation_metric_config.additional_properties = d
        return api_custom_evaluation_metric_config

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
