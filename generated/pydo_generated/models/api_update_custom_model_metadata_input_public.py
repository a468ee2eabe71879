from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_model_tags import CustomModelTags


T = TypeVar("T", bound="ApiUpdateCustomModelMetadataInputPublic")


@_attrs_define
class ApiUpdateCustomModelMetadataInputPublic:
    """Request to update custom model metadata (public)

    Attributes:
        description (str | Unset):  Example: example string.
        input_modalities (list[str] | Unset): Optional new input modalities for the model (replaces existing list when
            non-empty).
            Spaces-imported models only. Example: ['example string'].
        license_ (str | Unset):  Example: example string.
        name (str | Unset):  Example: example name.
        output_modalities (list[str] | Unset): Optional new output modalities for the model (replaces existing list when
            non-empty).
            Spaces-imported models only. Example: ['example string'].
        parameters (str | Unset):  Example: 12345.
        tags (CustomModelTags | Unset): User-defined tags for organizing models
        uuid (str | Unset): UUID of the custom model to update Example: a1b2c3d4-....
    """

    description: str | Unset = UNSET
    input_modalities: list[str] | Unset = UNSET
    license_: str | Unset = UNSET
    name: str | Unset = UNSET
    output_modalities: list[str] | Unset = UNSET
    parameters: str | Unset = UNSET
    tags: CustomModelTags | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        input_modalities: list[str] | Unset = UNSET
        if not isinstance(self.input_modalities, Unset):
            input_modalities = self.input_modalities

        license_ = self.license_

        name = self.name

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = self.output_modalities

        parameters = self.parameters

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if input_modalities is not UNSET:
            field_dict["input_modalities"] = input_modalities
        if license_ is not UNSET:
            field_dict["license"] = license_
        if name is not UNSET:
            field_dict["name"] = name
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if tags is not UNSET:
            field_dict["tags"] = tags
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_model_tags import CustomModelTags

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        input_modalities = cast(list[str], d.pop("input_modalities", UNSET))

        license_ = d.pop("license", UNSET)

        name = d.pop("name", UNSET)

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        parameters = d.pop("parameters", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: CustomModelTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = CustomModelTags.from_dict(_tags)

        uuid = d.pop("uuid", UNSET)

        api_update_custom_model_metadata_input_public = cls(
            description=description,
            input_modalities=input_modalities,
            license_=license_,
            name=name,
            output_modalities=output_modalities,
            parameters=parameters,
            tags=tags,
            uuid=uuid,
        )

        api_update_custom_model_metadata_input_public.additional_properties = d
        return api_update_custom_model_metadata_input_public

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
