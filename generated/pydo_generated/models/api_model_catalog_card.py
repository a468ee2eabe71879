from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_model_provider import ApiModelProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_code_snippets import ApiCodeSnippets
    from ..models.api_model_catalog_card_benchmark_score import (
        ApiModelCatalogCardBenchmarkScore,
    )
    from ..models.api_model_modalities import ApiModelModalities
    from ..models.api_model_pricing import ApiModelPricing
    from ..models.api_model_pricing_detail import ApiModelPricingDetail


T = TypeVar("T", bound="ApiModelCatalogCard")


@_attrs_define
class ApiModelCatalogCard:
    """Detail view for GetModelCatalogCard

    Attributes:
        availability (list[str] | Unset):  Example: ['example string'].
        badges (list[str] | Unset): Badges for models Example: ['example string'].
        benchmark_score (ApiModelCatalogCardBenchmarkScore | Unset): Benchmark scores for this model, stored as
            arbitrary JSON
        capabilities (list[str] | Unset):  Example: ['example string'].
        code_snippets (ApiCodeSnippets | Unset): Code examples for using the model
        context_window (str | Unset): Specs (same as Entry) Example: 128000.
        creator (str | Unset): Model creator/developer (e.g., "Meta", "Anthropic", "OpenAI") Example: "Meta".
        description (str | Unset): Card-specific Example: "Claude Sonnet 4 is Anthropic's most capable model...".
        hugging_face_id (str | Unset): The Hugging Face repository ID (e.g. "meta-llama/Llama-3.3-70B-Instruct")
            the model is based on, when applicable. Omitted for models not sourced from Hugging Face. Example: "meta-
            llama/Llama-3.3-70B-Instruct".
        id (str | Unset): Identity (same as Entry) Example: "506a3371-88d0-4047-9212-e2079497ac68".
        max_output_tokens (str | Unset): The maximum number of output tokens the model can generate in a single
            response. Example: 65536.
        modalities (ApiModelModalities | Unset): Input/output modalities
        model_id (str | Unset): Model identifier used for API calls (e.g., "llama3.1-70b-instruct") Example:
            "llama3.1-70b-instruct".
        name (str | Unset):  Example: "Llama 3.1 70B".
        parameter_count (float | Unset):  Example: 70.
        pricing (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
        pricing_detail (ApiModelPricingDetail | Unset): The complete set of prices for a model, covering every available
            variant.
        provider (ApiModelProvider | Unset):  Example: MODEL_PROVIDER_DIGITALOCEAN.
        short_description (str | Unset):  Example: "Fast, efficient model for general tasks".
        type_ (str | Unset):  Example: "text-to-text".
    """

    availability: list[str] | Unset = UNSET
    badges: list[str] | Unset = UNSET
    benchmark_score: ApiModelCatalogCardBenchmarkScore | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    code_snippets: ApiCodeSnippets | Unset = UNSET
    context_window: str | Unset = UNSET
    creator: str | Unset = UNSET
    description: str | Unset = UNSET
    hugging_face_id: str | Unset = UNSET
    id: str | Unset = UNSET
    max_output_tokens: str | Unset = UNSET
    modalities: ApiModelModalities | Unset = UNSET
    model_id: str | Unset = UNSET
    name: str | Unset = UNSET
    parameter_count: float | Unset = UNSET
    pricing: ApiModelPricing | Unset = UNSET
    pricing_detail: ApiModelPricingDetail | Unset = UNSET
    provider: ApiModelProvider | Unset = UNSET
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

        code_snippets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_snippets, Unset):
            code_snippets = self.code_snippets.to_dict()

        context_window = self.context_window

        creator = self.creator

        description = self.description

        hugging_face_id = self.hugging_face_id

        id = self.id

        max_output_tokens = self.max_output_tokens

        modalities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities.to_dict()

        model_id = self.model_id

        name = self.name

        parameter_count = self.parameter_count

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        pricing_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing_detail, Unset):
            pricing_detail = self.pricing_detail.to_dict()

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

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
        if code_snippets is not UNSET:
            field_dict["code_snippets"] = code_snippets
        if context_window is not UNSET:
            field_dict["context_window"] = context_window
        if creator is not UNSET:
            field_dict["creator"] = creator
        if description is not UNSET:
            field_dict["description"] = description
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if id is not UNSET:
            field_dict["id"] = id
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if name is not UNSET:
            field_dict["name"] = name
        if parameter_count is not UNSET:
            field_dict["parameter_count"] = parameter_count
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if pricing_detail is not UNSET:
            field_dict["pricing_detail"] = pricing_detail
        if provider is not UNSET:
            field_dict["provider"] = provider
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_code_snippets import ApiCodeSnippets
        from ..models.api_model_catalog_card_benchmark_score import (
            ApiModelCatalogCardBenchmarkScore,
        )
        from ..models.api_model_modalities import ApiModelModalities
        from ..models.api_model_pricing import ApiModelPricing
        from ..models.api_model_pricing_detail import ApiModelPricingDetail

        d = dict(src_dict)
        availability = cast(list[str], d.pop("availability", UNSET))

        badges = cast(list[str], d.pop("badges", UNSET))

        _benchmark_score = d.pop("benchmark_score", UNSET)
        benchmark_score: ApiModelCatalogCardBenchmarkScore | Unset
        if isinstance(_benchmark_score, Unset):
            benchmark_score = UNSET
        else:
            benchmark_score = ApiModelCatalogCardBenchmarkScore.from_dict(
                _benchmark_score
            )

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        _code_snippets = d.pop("code_snippets", UNSET)
        code_snippets: ApiCodeSnippets | Unset
        if isinstance(_code_snippets, Unset):
            code_snippets = UNSET
        else:
            code_snippets = ApiCodeSnippets.from_dict(_code_snippets)

        context_window = d.pop("context_window", UNSET)

        creator = d.pop("creator", UNSET)

        description = d.pop("description", UNSET)

        hugging_face_id = d.pop("hugging_face_id", UNSET)

        id = d.pop("id", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        _modalities = d.pop("modalities", UNSET)
        modalities: ApiModelModalities | Unset
        if isinstance(_modalities, Unset):
            modalities = UNSET
        else:
            modalities = ApiModelModalities.from_dict(_modalities)

        model_id = d.pop("model_id", UNSET)

        name = d.pop("name", UNSET)

        parameter_count = d.pop("parameter_count", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: ApiModelPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ApiModelPricing.from_dict(_pricing)

        _pricing_detail = d.pop("pricing_detail", UNSET)
        pricing_detail: ApiModelPricingDetail | Unset
        if isinstance(_pricing_detail, Unset):
            pricing_detail = UNSET
        else:
            pricing_detail = ApiModelPricingDetail.from_dict(_pricing_detail)

        _provider = d.pop("provider", UNSET)
        provider: ApiModelProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ApiModelProvider(_provider)

        short_description = d.pop("short_description", UNSET)

        type_ = d.pop("type", UNSET)

        api_model_catalog_card = cls(
            availability=availability,
            badges=badges,
            benchmark_score=benchmark_score,
            capabilities=capabilities,
            code_snippets=code_snippets,
            context_window=context_window,
            creator=creator,
            description=description,
            hugging_face_id=hugging_face_id,
            id=id,
            max_output_tokens=max_output_tokens,
            modalities=modalities,
            model_id=model_id,
            name=name,
            parameter_count=parameter_count,
            pricing=pricing,
            pricing_detail=pricing_detail,
            provider=provider,
            short_description=short_description,
            type_=type_,
        )

        api_model_catalog_card.additional_properties = d
        return api_model_catalog_card

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
