from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_model_source_type import CustomModelSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_model_source_ref import CustomModelSourceRef
    from ..models.custom_model_tags import CustomModelTags


T = TypeVar("T", bound="ApiImportCustomModelInputPublic")


@_attrs_define
class ApiImportCustomModelInputPublic:
    """Request to import a custom model (public)

    Attributes:
        accept_hf_token_storage (bool | Unset): Whether the caller accepts storage of their HuggingFace token for gated
            model access Example: True.
        accept_terms_and_conditions (bool | Unset): Whether the caller accepts the terms and conditions for importing
            this model Example: True.
        description (str | Unset): Description of the model Example: Production model for customer support.
        name (str | Unset): Name for the imported model Example: my-mistral-7b.
        preferred_gpu_region (str | Unset): Preferred GPU region for deployment Example: nyc3.
        source_ref (CustomModelSourceRef | Unset): Reference to the original source of the model
        source_type (CustomModelSourceType | Unset): Source from which the model was imported Example:
            SOURCE_TYPE_UNSPECIFIED.
        tags (CustomModelTags | Unset): User-defined tags for organizing models
    """

    accept_hf_token_storage: bool | Unset = UNSET
    accept_terms_and_conditions: bool | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    preferred_gpu_region: str | Unset = UNSET
    source_ref: CustomModelSourceRef | Unset = UNSET
    source_type: CustomModelSourceType | Unset = UNSET
    tags: CustomModelTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_hf_token_storage = self.accept_hf_token_storage

        accept_terms_and_conditions = self.accept_terms_and_conditions

        description = self.description

        name = self.name

        preferred_gpu_region = self.preferred_gpu_region

        source_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ref, Unset):
            source_ref = self.source_ref.to_dict()

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accept_hf_token_storage is not UNSET:
            field_dict["accept_hf_token_storage"] = accept_hf_token_storage
        if accept_terms_and_conditions is not UNSET:
            field_dict["accept_terms_and_conditions"] = accept_terms_and_conditions
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_gpu_region is not UNSET:
            field_dict["preferred_gpu_region"] = preferred_gpu_region
        if source_ref is not UNSET:
            field_dict["source_ref"] = source_ref
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_model_source_ref import CustomModelSourceRef
        from ..models.custom_model_tags import CustomModelTags

        d = dict(src_dict)
        accept_hf_token_storage = d.pop("accept_hf_token_storage", UNSET)

        accept_terms_and_conditions = d.pop("accept_terms_and_conditions", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        preferred_gpu_region = d.pop("preferred_gpu_region", UNSET)

        _source_ref = d.pop("source_ref", UNSET)
        source_ref: CustomModelSourceRef | Unset
        if isinstance(_source_ref, Unset):
            source_ref = UNSET
        else:
            source_ref = CustomModelSourceRef.from_dict(_source_ref)

        _source_type = d.pop("source_type", UNSET)
        source_type: CustomModelSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = CustomModelSourceType(_source_type)

        _tags = d.pop("tags", UNSET)
        tags: CustomModelTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = CustomModelTags.from_dict(_tags)

        api_import_custom_model_input_public = cls(
            accept_hf_token_storage=accept_hf_token_storage,
            accept_terms_and_conditions=accept_terms_and_conditions,
            description=description,
            name=name,
            preferred_gpu_region=preferred_gpu_region,
            source_ref=source_ref,
            source_type=source_type,
            tags=tags,
        )

        api_import_custom_model_input_public.additional_properties = d
        return api_import_custom_model_input_public

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
