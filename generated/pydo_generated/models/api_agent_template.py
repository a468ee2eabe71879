from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_agent_template_type import ApiAgentTemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_template_guardrail import ApiAgentTemplateGuardrail
    from ..models.api_knowledge_base import ApiKnowledgeBase
    from ..models.api_model import ApiModel


T = TypeVar("T", bound="ApiAgentTemplate")


@_attrs_define
class ApiAgentTemplate:
    """Represents an AgentTemplate entity

    Attributes:
        created_at (datetime.datetime | Unset): The agent template's creation date Example: 2023-01-01T00:00:00Z.
        description (str | Unset): Deprecated - Use summary instead Example: example string.
        guardrails (list[ApiAgentTemplateGuardrail] | Unset): List of guardrails associated with the agent template
        instruction (str | Unset): Instructions for the agent template Example: example string.
        k (int | Unset): The 'k' value for the agent template Example: 123.
        knowledge_bases (list[ApiKnowledgeBase] | Unset): List of knowledge bases associated with the agent template
        long_description (str | Unset): The long description of the agent template Example: "Enhance your customer
            service with an AI agent designed to provide consistent, helpful, and accurate support across multiple channels.
            This template creates an agent that can answer product questions, troubleshoot common issues, process simple
            requests, and maintain a friendly, on-brand voice throughout customer interactions. Reduce response times,
            handle routine inquiries efficiently, and ensure your customers feel heard and helped.".
        max_tokens (int | Unset): The max_tokens setting for the agent template Example: 123.
        model (ApiModel | Unset): Description of a Model
        name (str | Unset): Name of the agent template Example: example name.
        short_description (str | Unset): The short description of the agent template Example: "This template has been
            designed with question-answer and conversational use cases in mind. It comes with validated agent instructions,
            fine-tuned model settings, and preconfigured guardrails defined for customer support-related use cases.".
        summary (str | Unset): The summary of the agent template Example: example string.
        tags (list[str] | Unset): List of tags associated with the agent template Example: ['example string'].
        temperature (float | Unset): The temperature setting for the agent template Example: 123.
        template_type (ApiAgentTemplateType | Unset): - AGENT_TEMPLATE_TYPE_STANDARD: The standard agent template
             - AGENT_TEMPLATE_TYPE_ONE_CLICK: The one click agent template Example: AGENT_TEMPLATE_TYPE_STANDARD.
        top_p (float | Unset): The top_p setting for the agent template Example: 123.
        updated_at (datetime.datetime | Unset): The agent template's last updated date Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    guardrails: list[ApiAgentTemplateGuardrail] | Unset = UNSET
    instruction: str | Unset = UNSET
    k: int | Unset = UNSET
    knowledge_bases: list[ApiKnowledgeBase] | Unset = UNSET
    long_description: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    model: ApiModel | Unset = UNSET
    name: str | Unset = UNSET
    short_description: str | Unset = UNSET
    summary: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    template_type: ApiAgentTemplateType | Unset = UNSET
    top_p: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guardrails, Unset):
            guardrails = []
            for guardrails_item_data in self.guardrails:
                guardrails_item = guardrails_item_data.to_dict()
                guardrails.append(guardrails_item)

        instruction = self.instruction

        k = self.k

        knowledge_bases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_bases, Unset):
            knowledge_bases = []
            for knowledge_bases_item_data in self.knowledge_bases:
                knowledge_bases_item = knowledge_bases_item_data.to_dict()
                knowledge_bases.append(knowledge_bases_item)

        long_description = self.long_description

        max_tokens = self.max_tokens

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        name = self.name

        short_description = self.short_description

        summary = self.summary

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        temperature = self.temperature

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        top_p = self.top_p

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if k is not UNSET:
            field_dict["k"] = k
        if knowledge_bases is not UNSET:
            field_dict["knowledge_bases"] = knowledge_bases
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tags is not UNSET:
            field_dict["tags"] = tags
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_template_guardrail import ApiAgentTemplateGuardrail
        from ..models.api_knowledge_base import ApiKnowledgeBase
        from ..models.api_model import ApiModel

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        _guardrails = d.pop("guardrails", UNSET)
        guardrails: list[ApiAgentTemplateGuardrail] | Unset = UNSET
        if _guardrails is not UNSET:
            guardrails = []
            for guardrails_item_data in _guardrails:
                guardrails_item = ApiAgentTemplateGuardrail.from_dict(
                    guardrails_item_data
                )

                guardrails.append(guardrails_item)

        instruction = d.pop("instruction", UNSET)

        k = d.pop("k", UNSET)

        _knowledge_bases = d.pop("knowledge_bases", UNSET)
        knowledge_bases: list[ApiKnowledgeBase] | Unset = UNSET
        if _knowledge_bases is not UNSET:
            knowledge_bases = []
            for knowledge_bases_item_data in _knowledge_bases:
                knowledge_bases_item = ApiKnowledgeBase.from_dict(
                    knowledge_bases_item_data
                )

                knowledge_bases.append(knowledge_bases_item)

        long_description = d.pop("long_description", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _model = d.pop("model", UNSET)
        model: ApiModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ApiModel.from_dict(_model)

        name = d.pop("name", UNSET)

        short_description = d.pop("short_description", UNSET)

        summary = d.pop("summary", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        temperature = d.pop("temperature", UNSET)

        _template_type = d.pop("template_type", UNSET)
        template_type: ApiAgentTemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = ApiAgentTemplateType(_template_type)

        top_p = d.pop("top_p", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_agent_template = cls(
            created_at=created_at,
            description=description,
            guardrails=guardrails,
            instruction=instruction,
            k=k,
            knowledge_bases=knowledge_bases,
            long_description=long_description,
            max_tokens=max_tokens,
            model=model,
            name=name,
            short_description=short_description,
            summary=summary,
            tags=tags,
            temperature=temperature,
            template_type=template_type,
            top_p=top_p,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_agent_template.additional_properties = d
        return api_agent_template

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
