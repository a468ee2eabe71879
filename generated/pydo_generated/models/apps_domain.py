from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_domain_phase import AppsDomainPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_domain_spec import AppDomainSpec
    from ..models.app_domain_validation import AppDomainValidation
    from ..models.apps_domain_progress import AppsDomainProgress


T = TypeVar("T", bound="AppsDomain")


@_attrs_define
class AppsDomain:
    """
    Attributes:
        id (str | Unset):  Example: 4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
        phase (AppsDomainPhase | Unset):  Example: ACTIVE.
        progress (AppsDomainProgress | Unset):
        spec (AppDomainSpec | Unset):
        validations (list[AppDomainValidation] | Unset):
        rotate_validation_records (bool | Unset):
        certificate_expires_at (datetime.datetime | Unset):  Example: 2024-01-29T23:59:59Z.
    """

    id: str | Unset = UNSET
    phase: AppsDomainPhase | Unset = UNSET
    progress: AppsDomainProgress | Unset = UNSET
    spec: AppDomainSpec | Unset = UNSET
    validations: list[AppDomainValidation] | Unset = UNSET
    rotate_validation_records: bool | Unset = UNSET
    certificate_expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        validations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = []
            for validations_item_data in self.validations:
                validations_item = validations_item_data.to_dict()
                validations.append(validations_item)

        rotate_validation_records = self.rotate_validation_records

        certificate_expires_at: str | Unset = UNSET
        if not isinstance(self.certificate_expires_at, Unset):
            certificate_expires_at = self.certificate_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if progress is not UNSET:
            field_dict["progress"] = progress
        if spec is not UNSET:
            field_dict["spec"] = spec
        if validations is not UNSET:
            field_dict["validations"] = validations
        if rotate_validation_records is not UNSET:
            field_dict["rotate_validation_records"] = rotate_validation_records
        if certificate_expires_at is not UNSET:
            field_dict["certificate_expires_at"] = certificate_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_domain_spec import AppDomainSpec
        from ..models.app_domain_validation import AppDomainValidation
        from ..models.apps_domain_progress import AppsDomainProgress

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: AppsDomainPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AppsDomainPhase(_phase)

        _progress = d.pop("progress", UNSET)
        progress: AppsDomainProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = AppsDomainProgress.from_dict(_progress)

        _spec = d.pop("spec", UNSET)
        spec: AppDomainSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = AppDomainSpec.from_dict(_spec)

        _validations = d.pop("validations", UNSET)
        validations: list[AppDomainValidation] | Unset = UNSET
        if _validations is not UNSET:
            validations = []
            for validations_item_data in _validations:
                validations_item = AppDomainValidation.from_dict(validations_item_data)

                validations.append(validations_item)

        rotate_validation_records = d.pop("rotate_validation_records", UNSET)

        _certificate_expires_at = d.pop("certificate_expires_at", UNSET)
        certificate_expires_at: datetime.datetime | Unset
        if isinstance(_certificate_expires_at, Unset):
            certificate_expires_at = UNSET
        else:
            certificate_expires_at = datetime.datetime.fromisoformat(
                _certificate_expires_at
            )

        apps_domain = cls(
            id=id,
            phase=phase,
            progress=progress,
            spec=spec,
            validations=validations,
            rotate_validation_records=rotate_validation_records,
            certificate_expires_at=certificate_expires_at,
        )

        apps_domain.additional_properties = d
        return apps_domain

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
