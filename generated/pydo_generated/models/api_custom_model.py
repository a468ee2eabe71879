from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_custom_model_status import ApiCustomModelStatus
from ..models.custom_model_source_type import CustomModelSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_custom_model_config_json import ApiCustomModelConfigJson
    from ..models.custom_model_active_deployment import CustomModelActiveDeployment
    from ..models.custom_model_source_ref import CustomModelSourceRef
    from ..models.custom_model_tags import CustomModelTags


T = TypeVar("T", bound="ApiCustomModel")


@_attrs_define
class ApiCustomModel:
    """Custom model - user-imported model from HuggingFace, Spaces, etc.

    Attributes:
        active_deployments (list[CustomModelActiveDeployment] | Unset): List of active deployments using this model
        architecture (str | Unset): Model architecture type (free-form string from config.json) Example: example string.
        config_json (ApiCustomModelConfigJson | Unset): Raw config.json contents from the model repository
        context_length (int | Unset): Maximum context length supported by the model Example: 123.
        cost_estimate_per_month (int | Unset): Estimated monthly cost in dollars for hosting Example: 123.
        created_at (datetime.datetime | Unset): Timestamp when the model was created Example: 2023-01-01T00:00:00Z.
        description (str | Unset): Description of the custom model Example: example string.
        error_message (str | Unset): User-facing reason the most recent import failed; empty otherwise. Example: example
            string.
        file_count (int | Unset): Number of files in the model Example: 123.
        input_modalities (list[str] | Unset): Input modalities supported (e.g., text, image) Example: ['example
            string'].
        license_ (str | Unset): License under which the model is distributed Example: example string.
        name (str | Unset): Name of the custom model Example: example name.
        output_modalities (list[str] | Unset): Output modalities supported (e.g., text, image) Example: ['example
            string'].
        parameters (str | Unset): Number of parameters in the model Example: 12345.
        source_ref (CustomModelSourceRef | Unset): Reference to the original source of the model
        source_type (CustomModelSourceType | Unset): Source from which the model was imported Example:
            SOURCE_TYPE_UNSPECIFIED.
        status (ApiCustomModelStatus | Unset): Import and deployment status of the custom model Example:
            STATUS_UNSPECIFIED.
        storage_region (str | Unset): Region of the Spaces bucket where model files are stored Example: example string.
        tags (CustomModelTags | Unset): User-defined tags for organizing models
        team_id (str | Unset): Team that owns the model Example: 12345.
        total_size_bytes (str | Unset): Total size of model files in bytes Example: 12345.
        updated_at (datetime.datetime | Unset): Timestamp when the model was last updated Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique identifier for the custom model Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    active_deployments: list[CustomModelActiveDeployment] | Unset = UNSET
    architecture: str | Unset = UNSET
    config_json: ApiCustomModelConfigJson | Unset = UNSET
    context_length: int | Unset = UNSET
    cost_estimate_per_month: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    error_message: str | Unset = UNSET
    file_count: int | Unset = UNSET
    input_modalities: list[str] | Unset = UNSET
    license_: str | Unset = UNSET
    name: str | Unset = UNSET
    output_modalities: list[str] | Unset = UNSET
    parameters: str | Unset = UNSET
    source_ref: CustomModelSourceRef | Unset = UNSET
    source_type: CustomModelSourceType | Unset = UNSET
    status: ApiCustomModelStatus | Unset = UNSET
    storage_region: str | Unset = UNSET
    tags: CustomModelTags | Unset = UNSET
    team_id: str | Unset = UNSET
    total_size_bytes: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_deployments, Unset):
            active_deployments = []
            for active_deployments_item_data in self.active_deployments:
                active_deployments_item = active_deployments_item_data.to_dict()
                active_deployments.append(active_deployments_item)

        architecture = self.architecture

        config_json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_json, Unset):
            config_json = self.config_json.to_dict()

        context_length = self.context_length

        cost_estimate_per_month = self.cost_estimate_per_month

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        error_message = self.error_message

        file_count = self.file_count

        input_modalities: list[str] | Unset = UNSET
        if not isinstance(self.input_modalities, Unset):
            input_modalities = self.input_modalities

        license_ = self.license_

        name = self.name

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = self.output_modalities

        parameters = self.parameters

        source_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ref, Unset):
            source_ref = self.source_ref.to_dict()

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        storage_region = self.storage_region

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        team_id = self.team_id

        total_size_bytes = self.total_size_bytes

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_deployments is not UNSET:
            field_dict["active_deployments"] = active_deployments
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if config_json is not UNSET:
            field_dict["config_json"] = config_json
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if cost_estimate_per_month is not UNSET:
            field_dict["cost_estimate_per_month"] = cost_estimate_per_month
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if file_count is not UNSET:
            field_dict["file_count"] = file_count
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
        if source_ref is not UNSET:
            field_dict["source_ref"] = source_ref
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if storage_region is not UNSET:
            field_dict["storage_region"] = storage_region
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if total_size_bytes is not UNSET:
            field_dict["total_size_bytes"] = total_size_bytes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_custom_model_config_json import ApiCustomModelConfigJson
        from ..models.custom_model_active_deployment import CustomModelActiveDeployment
        from ..models.custom_model_source_ref import CustomModelSourceRef
        from ..models.custom_model_tags import CustomModelTags

        d = dict(src_dict)
        _active_deployments = d.pop("active_deployments", UNSET)
        active_deployments: list[CustomModelActiveDeployment] | Unset = UNSET
        if _active_deployments is not UNSET:
            active_deployments = []
            for active_deployments_item_data in _active_deployments:
                active_deployments_item = CustomModelActiveDeployment.from_dict(
                    active_deployments_item_data
                )

                active_deployments.append(active_deployments_item)

        architecture = d.pop("architecture", UNSET)

        _config_json = d.pop("config_json", UNSET)
        config_json: ApiCustomModelConfigJson | Unset
        if isinstance(_config_json, Unset):
            config_json = UNSET
        else:
            config_json = ApiCustomModelConfigJson.from_dict(_config_json)

        context_length = d.pop("context_length", UNSET)

        cost_estimate_per_month = d.pop("cost_estimate_per_month", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        error_message = d.pop("error_message", UNSET)

        file_count = d.pop("file_count", UNSET)

        input_modalities = cast(list[str], d.pop("input_modalities", UNSET))

        license_ = d.pop("license", UNSET)

        name = d.pop("name", UNSET)

        output_modalities = cast(list[str], d.pop("output_modalities", UNSET))

        parameters = d.pop("parameters", UNSET)

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

        _status = d.pop("status", UNSET)
        status: ApiCustomModelStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiCustomModelStatus(_status)

        storage_region = d.pop("storage_region", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: CustomModelTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = CustomModelTags.from_dict(_tags)

        team_id = d.pop("team_id", UNSET)

        total_size_bytes = d.pop("total_size_bytes", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_custom_model = cls(
            active_deployments=active_deployments,
            architecture=architecture,
            config_json=config_json,
            context_length=context_length,
            cost_estimate_per_month=cost_estimate_per_month,
            created_at=created_at,
            description=description,
            error_message=error_message,
            file_count=file_count,
            input_modalities=input_modalities,
            license_=license_,
            name=name,
            output_modalities=output_modalities,
            parameters=parameters,
            source_ref=source_ref,
            source_type=source_type,
            status=status,
            storage_region=storage_region,
            tags=tags,
            team_id=team_id,
            total_size_bytes=total_size_bytes,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_custom_model.additional_properties = d
        return api_custom_model

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
