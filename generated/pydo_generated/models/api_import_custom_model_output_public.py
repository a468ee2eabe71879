from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_custom_model import ApiCustomModel
    from ..models.api_custom_model_import_job import ApiCustomModelImportJob
    from ..models.api_import_validation_step import ApiImportValidationStep


T = TypeVar("T", bound="ApiImportCustomModelOutputPublic")


@_attrs_define
class ApiImportCustomModelOutputPublic:
    """Response containing imported model details (public)

    Attributes:
        error (str | Unset):  Example: example string.
        import_job (ApiCustomModelImportJob | Unset): Import job tracking for a custom model
        model (ApiCustomModel | Unset): Custom model - user-imported model from HuggingFace, Spaces, etc.
        validation_steps (list[ApiImportValidationStep] | Unset): Validation steps performed during import
    """

    error: str | Unset = UNSET
    import_job: ApiCustomModelImportJob | Unset = UNSET
    model: ApiCustomModel | Unset = UNSET
    validation_steps: list[ApiImportValidationStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        import_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_job, Unset):
            import_job = self.import_job.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        validation_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_steps, Unset):
            validation_steps = []
            for validation_steps_item_data in self.validation_steps:
                validation_steps_item = validation_steps_item_data.to_dict()
                validation_steps.append(validation_steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if import_job is not UNSET:
            field_dict["import_job"] = import_job
        if model is not UNSET:
            field_dict["model"] = model
        if validation_steps is not UNSET:
            field_dict["validation_steps"] = validation_steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_custom_model import ApiCustomModel
        from ..models.api_custom_model_import_job import ApiCustomModelImportJob
        from ..models.api_import_validation_step import ApiImportValidationStep

        d = dict(src_dict)
        error = d.pop("error", UNSET)

        _import_job = d.pop("import_job", UNSET)
        import_job: ApiCustomModelImportJob | Unset
        if isinstance(_import_job, Unset):
            import_job = UNSET
        else:
            import_job = ApiCustomModelImportJob.from_dict(_import_job)

        _model = d.pop("model", UNSET)
        model: ApiCustomModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ApiCustomModel.from_dict(_model)

        _validation_steps = d.pop("validation_steps", UNSET)
        validation_steps: list[ApiImportValidationStep] | Unset = UNSET
        if _validation_steps is not UNSET:
            validation_steps = []
            for validation_steps_item_data in _validation_steps:
                validation_steps_item = ApiImportValidationStep.from_dict(
                    validation_steps_item_data
                )

                validation_steps.append(validation_steps_item)

        api_import_custom_model_output_public = cls(
            error=error,
            import_job=import_job,
            model=model,
            validation_steps=validation_steps,
        )

        api_import_custom_model_output_public.additional_properties = d
        return api_import_custom_model_output_public

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
