from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusterlint_results_diagnostics_item import (
        ClusterlintResultsDiagnosticsItem,
    )


T = TypeVar("T", bound="ClusterlintResults")


@_attrs_define
class ClusterlintResults:
    """
    Attributes:
        run_id (str | Unset): Id of the clusterlint run that can be used later to fetch the diagnostics. Example:
            50c2f44c-011d-493e-aee5-361a4a0d1844.
        requested_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the schedule clusterlint run request was made. Example: 2019-10-30T05:34:07Z.
        completed_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the schedule clusterlint run request was completed. Example: 2019-10-30T05:34:11Z.
        diagnostics (list[ClusterlintResultsDiagnosticsItem] | Unset): An array of diagnostics reporting potential
            problems for the given cluster.
    """

    run_id: str | Unset = UNSET
    requested_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    diagnostics: list[ClusterlintResultsDiagnosticsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        requested_at: str | Unset = UNSET
        if not isinstance(self.requested_at, Unset):
            requested_at = self.requested_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        diagnostics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.diagnostics, Unset):
            diagnostics = []
            for diagnostics_item_data in self.diagnostics:
                diagnostics_item = diagnostics_item_data.to_dict()
                diagnostics.append(diagnostics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if requested_at is not UNSET:
            field_dict["requested_at"] = requested_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clusterlint_results_diagnostics_item import (
            ClusterlintResultsDiagnosticsItem,
        )

        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        _requested_at = d.pop("requested_at", UNSET)
        requested_at: datetime.datetime | Unset
        if isinstance(_requested_at, Unset):
            requested_at = UNSET
        else:
            requested_at = datetime.datetime.fromisoformat(_requested_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _diagnostics = d.pop("diagnostics", UNSET)
        diagnostics: list[ClusterlintResultsDiagnosticsItem] | Unset = UNSET
        if _diagnostics is not UNSET:
            diagnostics = []
            for diagnostics_item_data in _diagnostics:
                diagnostics_item = ClusterlintResultsDiagnosticsItem.from_dict(
                    diagnostics_item_data
                )

                diagnostics.append(diagnostics_item)

        clusterlint_results = cls(
            run_id=run_id,
            requested_at=requested_at,
            completed_at=completed_at,
            diagnostics=diagnostics,
        )

        clusterlint_results.additional_properties = d
        return clusterlint_results

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
