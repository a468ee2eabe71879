from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_model_provider import ApiModelProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_catalog_entry_benchmark_score import (
        ApiModelCatalogEntryBenchmarkScore,
    )
    from ..models.api_model_pricing import ApiModelPricing


T = TypeVar("T", bound="ApiModelCatalogEntry")


@_attrs_define
class ApiModelCatalogEntry:
    """List item for ListModelCatalog

    Attributes:
        availability (list[str] | Unset):  Example: ['example string'].
        badges (list[str] | Unset): Badges for models Example: ['example string'].
        benchmark_score (ApiModelCatalogEntryBenchmarkScore | Unset): Benchmark scores for this model, stored as
            arbitrary JSON
        capabilities (list[str] | Unset):  Example: ['example string'].
        context_window (str | Unset): Specs (flat) Example: 128000.
        created_at (datetime.datetime | Unset): RFC 3339 timestamp indicating when the model was added to the catalog.
            Example: 2021-01-01T00:00:00Z.
        creator (str | Unset): Model creator/developer (e.g., "Meta", "Anthropic", "OpenAI") Example: "Meta".
        hugging_face_id (str | Unset): The Hugging Face repository ID (e.g. "meta-llama/Llama-3.3-70B-Instruct")
            the model is based on, when applicable. Omitted for models not sourced from Hugging Face. Example: "meta-
            llama/Llama-3.3-70B-Instruct".
        id (str | Unset): Identity Example: "506a3371-88d0-4047-9212-e2079497ac68".
        max_output_tokens (str | Unset): The maximum number of output tokens the model can generate in a single
            response. Example: 65536.
        model_id (str | Unset): Model identifier used for API calls (e.g., "llama3.1-70b-instruct") Example:
            "llama3.1-70b-instruct".
        name (str | Unset):  Example: "Llama 3.1 70B".
        parameter_count (float | Unset):  Example: 70.
        pricing (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
        provider (ApiModelProvider | Unset):  Example: MODEL_PROVIDER_DIGITALOCEAN.
        scaled_pricing_enabled (bool | Unset): True when this model's pricing varies over time. Retrieve the model's
            details for the full pricing schedule. False for models with fixed pricing. Example: True.
        short_description (str | Unset):  Example: "Fast, efficient model for general tasks".
        type_ (str | Unset):  Example: "text-to-text".
    """

    availability: list[str] | Unset = UNSET
    badges: list[str] | Unset = UNSET
    benchmark_score: ApiModelCatalogEntryBenchmarkScore | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    context_window: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    creator: str | Unset = UNSET
    hugging_face_id: str | Unset = UNSET
    id: str | Unset = UNSET
    max_output_tokens: str | Unset = UNSET
    model_id: str | Unset = UNSET
    name: str | Unset = UNSET
    parameter_count: float | Unset = UNSET
    pricing: ApiModelPricing | Unset = UNSET
    provider: ApiModelProvider | Unset = UNSET
    scaled_pricing_enabled: bool | Unset = UNSET
    short_description: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: list[str] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability

        badges: list[str] | Unset = UNSET
        if not isinstance(self.badges, Unset):
            badges = self.badges

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

        creator = self.creator

        hugging_face_id = self.hugging_face_id

        id = self.id

        max_output_tokens = self.max_output_tokens

        model_id = self.model_id

        name = self.name

        parameter_count = self.parameter_count

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        scaled_pricing_enabled = self.scaled_pricing_enabled

        short_description = self.short_description

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if badges is not UNSET:
            field_dict["badges"] = badges
        if benchmark_score is not UNSET:
            field_dict["benchmark_score"] = benchmark_score
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if creator is not UNSET:
            field_dict["creator"] = creator
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if id is not UNSET:
            field_dict["id"] = id
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if name is not UNSET:
            field_dict["name"] = name
        if parameter_count is not UNSET:
            field_dict["parameter_count"] = parameter_count
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if provider is not UNSET:
            field_dict["provider"] = provider
        if scaled_pricing_enabled is not UNSET:
            field_dict["scaled_pricing_enabled"] = scaled_pricing_enabled
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_catalog_entry_benchmark_score import (
            ApiModelCatalogEntryBenchmarkScore,
        )
        from ..models.api_model_pricing import ApiModelPricing

        d = dict(src_dict)
        availability = cast(list[str], d.pop("availability", UNSET))

        badges = cast(list[str], d.pop("badges", UNSET))

        _benchmark_score = d.pop("benchmark_score", UNSET)
        benchmark_score: ApiModelCatalogEntryBenchmarkScore | Unset
        if isinstance(_benchmark_score, Unset):
            benchmark_score = UNSET
        else:
            benchmark_score = ApiModelCatalogEntryBenchmarkScore.from_dict(
                _benchmark_score
            )

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        context_window = d.pop("context_window", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        creator = d.pop("creator", UNSET)

        hugging_face_id = d.pop("hugging_face_id", UNSET)

        id = d.pop("id", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        model_id = d.pop("model_id", UNSET)

        name = d.pop("name", UNSET)

        parameter_count = d.pop("parameter_count", UNSET)

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

        scaled_pricing_enabled = d.pop("scaled_pricing_enabled", UNSET)

        short_description = d.pop("short_description", UNSET)

        type_ = d.pop("type", UNSET)

        api_model_catalog_entry = cls(
            availability=availability,
            badges=badges,
            benchmark_score=benchmark_score,
            capabilities=capabilities,
            context_window=context_window,
            created_at=created_at,
            creator=creator,
            hugging_face_id=hugging_face_id,
            id=id,
            max_output_tokens=max_output_tokens,
            model_id=model_id,
            name=name,
            parameter_count=parameter_count,
            pricing=pricing,
            provider=provider,
            scaled_pricing_enabled=scaled_pricing_enabled,
            short_description=short_description,
            type_=type_,
        )

        api_model_catalog_entry.additional_properties = d
        return api_model_catalog_entry

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
