from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateModelEvaluationRunInputPublic")


@_attrs_define
class ApiUpdateModelEvaluationRunInputPublic:
    """
    Attributes:
        eval_run_uuid (str | Unset): UUID of the model evaluation run to update. Returned by `CreateModelEvaluationRun`
            and listed via `ListModelEvaluationRuns`. Example: "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Optional new display name for the evaluation run (max 255 characters). Example: My
            evaluation run.
    """

    eval_run_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_run_uuid = self.eval_run_uuid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eval_run_uuid is not UNSET:
            field_dict["eval_run_uuid"] = eval_run_uuid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        eval_run_uuid = d.pop("eval_run_uuid", UNSET)

        name = d.pop("name", UNSET)

        api_update_model_evaluation_run_input_public = cls(
            eval_run_uuid=eval_run_uuid,
            name=name,
        )

        api_update_model_evaluation_run_input_public.additional_properties = d
        return api_update_model_evaluation_run_input_public

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
