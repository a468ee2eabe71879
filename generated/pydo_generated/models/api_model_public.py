from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_model_provider import ApiModelProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agreement import ApiAgreement
    from ..models.api_model_endpoint import ApiModelEndpoint
    from ..models.api_model_modalities import ApiModelModalities
    from ..models.api_model_pricing import ApiModelPricing
    from ..models.api_model_public_benchmark_score import ApiModelPublicBenchmarkScore
    from ..models.api_model_setting import ApiModelSetting
    from ..models.api_model_version import ApiModelVersion


T = TypeVar("T", bound="ApiModelPublic")


@_attrs_define
class ApiModelPublic:
    """A machine learning model stored on the GenAI platform

    Attributes:
        agreement (ApiAgreement | Unset): Agreement Description
        benchmark_score (ApiModelPublicBenchmarkScore | Unset): Benchmark scores for this model, stored as arbitrary
            JSON
        capabilities (list[str] | Unset): Model capabilities (inference, reasoning, vectorization, etc.) Example:
            ['example string'].
        context_window (str | Unset): Context window (maximum tokens) Example: 12345.
        created_at (datetime.datetime | Unset): Creation date / time Example: 2021-01-01T00:00:00Z.
        description (str | Unset): Model description Example: example string.
        endpoints (list[ApiModelEndpoint] | Unset): Available endpoints and their capabilities
        id (str | Unset): Human-readable model identifier Example: llama3.3-70b-instruct.
        is_foundational (bool | Unset): True if it is a foundational model provided by do Example: True.
        kb_default_chunk_size (int | Unset): Default chunking size limit to show in UI Example: 123.
        kb_max_chunk_size (int | Unset): Maximum chunk size limit of model Example: 123.
        kb_min_chunk_size (int | Unset): Minimum chunking size token limits if model supports KNOWLEDGEBASE usecase
            Example: 123.
        lifecycle_status (str | Unset): Lifecycle status of the model (internal, public-preview, active, deprecated,
            end_of_life) Example: active.
        modalities (ApiModelModalities | Unset): Input/output modalities
        model_availability (str | Unset): Model availability (serverless, dedicated, etc.) Example: example string.
        name (str | Unset): Display name of the model Example: Llama 3.3 Instruct (70B).
        parameter_count (float | Unset): Parameter count in billions Example: 123.
        parent_uuid (str | Unset): Unique id of the model, this model is based on Example:
            "12345678-1234-1234-1234-123456789012".
        pricing (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
        provider (ApiModelProvider | Unset):  Example: MODEL_PROVIDER_DIGITALOCEAN.
        reasoning_efforts (list[str] | Unset): Available reasoning efforts for this model Example: ['example string'].
        settings (list[ApiModelSetting] | Unset): Playground settings derived from model metadata
        thinking (bool | Unset): Whether this model supports extended thinking (Anthropic models) Example: True.
        type_ (str | Unset): Model type (chat, embedding, image, reasoning, coding) Example: example string.
        updated_at (datetime.datetime | Unset): Last modified Example: 2021-01-01T00:00:00Z.
        upload_complete (bool | Unset): Model has been fully uploaded Example: True.
        url (str | Unset): Download url Example: https://example.com/model.zip.
        uuid (str | Unset): Unique id Example: "12345678-1234-1234-1234-123456789012".
        version (ApiModelVersion | Unset): Version Information about a Model
    """

    agreement: ApiAgreement | Unset = UNSET
    benchmark_score: ApiModelPublicBenchmarkScore | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    context_window: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    endpoints: list[ApiModelEndpoint] | Unset = UNSET
    id: str | Unset = UNSET
    is_foundational: bool | Unset = UNSET
    kb_default_chunk_size: int | Unset = UNSET
    kb_max_chunk_size: int | Unset = UNSET
    kb_min_chunk_size: int | Unset = UNSET
    lifecycle_status: str | Unset = UNSET
    modalities: ApiModelModalities | Unset = UNSET
    model_availability: str | Unset = UNSET
    name: str | Unset = UNSET
    parameter_count: float | Unset = UNSET
    parent_uuid: str | Unset = UNSET
    pricing: ApiModelPricing | Unset = UNSET
    provider: ApiModelProvider | Unset = UNSET
    reasoning_efforts: list[str] | Unset = UNSET
    settings: list[ApiModelSetting] | Unset = UNSET
    thinking: bool | Unset = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    upload_complete: bool | Unset = UNSET
    url: str | Unset = UNSET
    uuid: str | Unset = UNSET
    version: ApiModelVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreement, Unset):
            agreement = self.agreement.to_dict()

        benchmark_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benchmark_score, Unset):
            benchmark_score = self.benchmark_score.to_dict()

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        context_window = self.context_window

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        id = self.id

        is_foundational = self.is_foundational

        kb_default_chunk_size = self.kb_default_chunk_size

        kb_max_chunk_size = self.kb_max_chunk_size

        kb_min_chunk_size = self.kb_min_chunk_size

        lifecycle_status = self.lifecycle_status

        modalities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities.to_dict()

        model_availability = self.model_availability

        name = self.name

        parameter_count = self.parameter_count

        parent_uuid = self.parent_uuid

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        reasoning_efforts: list[str] | Unset = UNSET
        if not isinstance(self.reasoning_efforts, Unset):
            reasoning_efforts = self.reasoning_efforts

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        thinking = self.thinking

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        upload_complete = self.upload_complete

        url = self.url

        uuid = self.uuid

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agreement is not UNSET:
            field_dict["agreement"] = agreement
        if benchmark_score is not UNSET:
            field_dict["benchmark_score"] = benchmark_score
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id
        if is_foundational is not UNSET:
            field_dict["is_foundational"] = is_foundational
        if kb_default_chunk_size is not UNSET:
            field_dict["kb_default_chunk_size"] = kb_default_chunk_size
        if kb_max_chunk_size is not UNSET:
            field_dict["kb_max_chunk_size"] = kb_max_chunk_size
        if kb_min_chunk_size is not UNSET:
            field_dict["kb_min_chunk_size"] = kb_min_chunk_size
        if lifecycle_status is not UNSET:
            field_dict["lifecycle_status"] = lifecycle_status
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model_availability is not UNSET:
            field_dict["model_availability"] = model_availability
        if name is not UNSET:
            field_dict["name"] = name
        if parameter_count is not UNSET:
            field_dict["parameter_count"] = parameter_count
        if parent_uuid is not UNSET:
            field_dict["parent_uuid"] = parent_uuid
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reasoning_efforts is not UNSET:
            field_dict["reasoning_efforts"] = reasoning_efforts
        if settings is not UNSET:
            field_dict["settings"] = settings
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if upload_complete is not UNSET:
            field_dict["upload_complete"] = upload_complete
        if url is not UNSET:
            field_dict["url"] = url
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agreement import ApiAgreement
        from ..models.api_model_endpoint import ApiModelEndpoint
        from ..models.api_model_modalities import ApiModelModalities
        from ..models.api_model_pricing import ApiModelPricing
        from ..models.api_model_public_benchmark_score import (
            ApiModelPublicBenchmarkScore,
        )
        from ..models.api_model_setting import ApiModelSetting
        from ..models.api_model_version import ApiModelVersion

        d = dict(src_dict)
        _agreement = d.pop("agreement", UNSET)
        agreement: ApiAgreement | Unset
        if isinstance(_agreement, Unset):
            agreement = UNSET
        else:
            agreement = ApiAgreement.from_dict(_agreement)

        _benchmark_score = d.pop("benchmark_score", UNSET)
        benchmark_score: ApiModelPublicBenchmarkScore | Unset
        if isinstance(_benchmark_score, Unset):
            benchmark_score = UNSET
        else:
            benchmark_score = ApiModelPublicBenchmarkScore.from_dict(_benchmark_score)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        context_window = d.pop("context_window", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[ApiModelEndpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = ApiModelEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        id = d.pop("id", UNSET)

        is_foundational = d.pop("is_foundational", UNSET)

        kb_default_chunk_size = d.pop("kb_default_chunk_size", UNSET)

        kb_max_chunk_size = d.pop("kb_max_chunk_size", UNSET)

        kb_min_chunk_size = d.pop("kb_min_chunk_size", UNSET)

        lifecycle_status = d.pop("lifecycle_status", UNSET)

        _modalities = d.pop("modalities", UNSET)
        modalities: ApiModelModalities | Unset
        if isinstance(_modalities, Unset):
            modalities = UNSET
        else:
            modalities = ApiModelModalities.from_dict(_modalities)

        model_availability = d.pop("model_availability", UNSET)

        name = d.pop("name", UNSET)

        parameter_count = d.pop("parameter_count", UNSET)

        parent_uuid = d.pop("parent_uuid", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: ApiModelPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ApiModelPricing.from_dict(_pricing)

        _provider = d.pop("provider", UNSET)
        provider: ApiModelProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ApiModelProvider(_provider)

        reasoning_efforts = cast(list[str], d.pop("reasoning_efforts", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: list[ApiModelSetting] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = ApiModelSetting.from_dict(settings_item_data)

                settings.append(settings_item)

        thinking = d.pop("thinking", UNSET)

        type_ = d.pop("type", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        upload_complete = d.pop("upload_complete", UNSET)

        url = d.pop("url", UNSET)

        uuid = d.pop("uuid", UNSET)

        _version = d.pop("version", UNSET)
        version: ApiModelVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = ApiModelVersion.from_dict(_version)

        api_model_public = cls(
            agreement=agreement,
            benchmark_score=benchmark_score,
            capabilities=capabilities,
            context_window=context_window,
            created_at=created_at,
            description=description,
            endpoints=endpoints,
            id=id,
            is_foundational=is_foundational,
            kb_default_chunk_size=kb_default_chunk_size,
            kb_max_chunk_size=kb_max_chunk_size,
            kb_min_chunk_size=kb_min_chunk_size,
            lifecycle_status=lifecycle_status,
            modalities=modalities,
            model_availability=model_availability,
            name=name,
            parameter_count=parameter_count,
            parent_uuid=parent_uuid,
            pricing=pricing,
            provider=provider,
            reasoning_efforts=reasoning_efforts,
            settings=settings,
            thinking=thinking,
            type_=type_,
            updated_at=updated_at,
            upload_complete=upload_complete,
            url=url,
            uuid=uuid,
            version=version,
        )

        api_model_public.additional_properties = d
        return api_model_public

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
