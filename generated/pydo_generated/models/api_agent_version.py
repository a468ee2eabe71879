from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_retrieval_method import ApiRetrievalMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_child_relationship_verion import (
        ApiAgentChildRelationshipVerion,
    )
    from ..models.api_agent_function_version import ApiAgentFunctionVersion
    from ..models.api_agent_guardrail_version import ApiAgentGuardrailVersion
    from ..models.api_agent_knowledge_base_version import ApiAgentKnowledgeBaseVersion


T = TypeVar("T", bound="ApiAgentVersion")


@_attrs_define
class ApiAgentVersion:
    """Represents an AgentVersion entity

    Attributes:
        agent_uuid (str | Unset): Uuid of the agent this version belongs to Example:
            123e4567-e89b-12d3-a456-426614174000.
        attached_child_agents (list[ApiAgentChildRelationshipVerion] | Unset): List of child agent relationships
        attached_functions (list[ApiAgentFunctionVersion] | Unset): List of function versions
        attached_guardrails (list[ApiAgentGuardrailVersion] | Unset): List of guardrail version
        attached_knowledgebases (list[ApiAgentKnowledgeBaseVersion] | Unset): List of knowledge base agent versions
        can_rollback (bool | Unset): Whether the version is able to be rolled back to Example: True.
        created_at (datetime.datetime | Unset): Creation date Example: 2023-01-01T00:00:00Z.
        created_by_email (str | Unset): User who created this version Example: example@example.com.
        currently_applied (bool | Unset): Whether this is the currently applied configuration Example: True.
        description (str | Unset): Description of the agent Example: example string.
        id (str | Unset): Unique identifier Example: 12345.
        instruction (str | Unset): Instruction for the agent Example: example string.
        k (int | Unset): K value for the agent's configuration Example: 123.
        max_tokens (int | Unset): Max tokens setting for the agent Example: 123.
        model_name (str | Unset): Name of model associated to the agent version Example: example name.
        name (str | Unset): Name of the agent Example: example name.
        provide_citations (bool | Unset): Whether the agent should provide in-response citations Example: True.
        retrieval_method (ApiRetrievalMethod | Unset): - RETRIEVAL_METHOD_UNKNOWN: The retrieval method is unknown
             - RETRIEVAL_METHOD_REWRITE: The retrieval method is rewrite
             - RETRIEVAL_METHOD_STEP_BACK: The retrieval method is step back
             - RETRIEVAL_METHOD_SUB_QUERIES: The retrieval method is sub queries
             - RETRIEVAL_METHOD_NONE: The retrieval method is none Example: RETRIEVAL_METHOD_UNKNOWN.
        tags (list[str] | Unset): Tags associated with the agent Example: ['example string'].
        temperature (float | Unset): Temperature setting for the agent Example: 123.
        top_p (float | Unset): Top_p setting for the agent Example: 123.
        trigger_action (str | Unset): Action triggering the configuration update Example: example string.
        version_hash (str | Unset): Version hash Example: example string.
    """

    agent_uuid: str | Unset = UNSET
    attached_child_agents: list[ApiAgentChildRelationshipVerion] | Unset = UNSET
    attached_functions: list[ApiAgentFunctionVersion] | Unset = UNSET
    attached_guardrails: list[ApiAgentGuardrailVersion] | Unset = UNSET
    attached_knowledgebases: list[ApiAgentKnowledgeBaseVersion] | Unset = UNSET
    can_rollback: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_email: str | Unset = UNSET
    currently_applied: bool | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    instruction: str | Unset = UNSET
    k: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    model_name: str | Unset = UNSET
    name: str | Unset = UNSET
    provide_citations: bool | Unset = UNSET
    retrieval_method: ApiRetrievalMethod | Unset = UNSET
    tags: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    trigger_action: str | Unset = UNSET
    version_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid = self.agent_uuid

        attached_child_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_child_agents, Unset):
            attached_child_agents = []
            for attached_child_agents_item_data in self.attached_child_agents:
                attached_child_agents_item = attached_child_agents_item_data.to_dict()
                attached_child_agents.append(attached_child_agents_item)

        attached_functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_functions, Unset):
            attached_functions = []
            for attached_functions_item_data in self.attached_functions:
                attached_functions_item = attached_functions_item_data.to_dict()
                attached_functions.append(attached_functions_item)

        attached_guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_guardrails, Unset):
            attached_guardrails = []
            for attached_guardrails_item_data in self.attached_guardrails:
                attached_guardrails_item = attached_guardrails_item_data.to_dict()
                attached_guardrails.append(attached_guardrails_item)

        attached_knowledgebases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_knowledgebases, Unset):
            attached_knowledgebases = []
            for attached_knowledgebases_item_data in self.attached_knowledgebases:
                attached_knowledgebases_item = (
                    attached_knowledgebases_item_data.to_dict()
                )
                attached_knowledgebases.append(attached_knowledgebases_item)

        can_rollback = self.can_rollback

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_email = self.created_by_email

        currently_applied = self.currently_applied

        description = self.description

        id = self.id

        instruction = self.instruction

        k = self.k

        max_tokens = self.max_tokens

        model_name = self.model_name

        name = self.name

        provide_citations = self.provide_citations

        retrieval_method: str | Unset = UNSET
        if not isinstance(self.retrieval_method, Unset):
            retrieval_method = self.retrieval_method.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        temperature = self.temperature

        top_p = self.top_p

        trigger_action = self.trigger_action

        version_hash = self.version_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if attached_child_agents is not UNSET:
            field_dict["attached_child_agents"] = attached_child_agents
        if attached_functions is not UNSET:
            field_dict["attached_functions"] = attached_functions
        if attached_guardrails is not UNSET:
            field_dict["attached_guardrails"] = attached_guardrails
        if attached_knowledgebases is not UNSET:
            field_dict["attached_knowledgebases"] = attached_knowledgebases
        if can_rollback is not UNSET:
            field_dict["can_rollback"] = can_rollback
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_email is not UNSET:
            field_dict["created_by_email"] = created_by_email
        if currently_applied is not UNSET:
            field_dict["currently_applied"] = currently_applied
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if k is not UNSET:
            field_dict["k"] = k
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if name is not UNSET:
            field_dict["name"] = name
        if provide_citations is not UNSET:
            field_dict["provide_citations"] = provide_citations
        if retrieval_method is not UNSET:
            field_dict["retrieval_method"] = retrieval_method
        if tags is not UNSET:
            field_dict["tags"] = tags
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trigger_action is not UNSET:
            field_dict["trigger_action"] = trigger_action
        if version_hash is not UNSET:
            field_dict["version_hash"] = version_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_child_relationship_verion import (
            ApiAgentChildRelationshipVerion,
        )
        from ..models.api_agent_function_version import ApiAgentFunctionVersion
        from ..models.api_agent_guardrail_version import ApiAgentGuardrailVersion
        from ..models.api_agent_knowledge_base_version import (
            ApiAgentKnowledgeBaseVersion,
        )

        d = dict(src_dict)
        agent_uuid = d.pop("agent_uuid", UNSET)

        _attached_child_agents = d.pop("attached_child_agents", UNSET)
        attached_child_agents: list[ApiAgentChildRelationshipVerion] | Unset = UNSET
        if _attached_child_agents is not UNSET:
            attached_child_agents = []
            for attached_child_agents_item_data in _attached_child_agents:
                attached_child_agents_item = ApiAgentChildRelationshipVerion.from_dict(
                    attached_child_agents_item_data
                )

                attached_child_agents.append(attached_child_agents_item)

        _attached_functions = d.pop("attached_functions", UNSET)
        attached_functions: list[ApiAgentFunctionVersion] | Unset = UNSET
        if _attached_functions is not UNSET:
            attached_functions = []
            for attached_functions_item_data in _attached_functions:
                attached_functions_item = ApiAgentFunctionVersion.from_dict(
                    attached_functions_item_data
                )

                attached_functions.append(attached_functions_item)

        _attached_guardrails = d.pop("attached_guardrails", UNSET)
        attached_guardrails: list[ApiAgentGuardrailVersion] | Unset = UNSET
        if _attached_guardrails is not UNSET:
            attached_guardrails = []
            for attached_guardrails_item_data in _attached_guardrails:
                attached_guardrails_item = ApiAgentGuardrailVersion.from_dict(
                    attached_guardrails_item_data
                )

                attached_guardrails.append(attached_guardrails_item)

        _attached_knowledgebases = d.pop("attached_knowledgebases", UNSET)
        attached_knowledgebases: list[ApiAgentKnowledgeBaseVersion] | Unset = UNSET
        if _attached_knowledgebases is not UNSET:
            attached_knowledgebases = []
            for attached_knowledgebases_item_data in _attached_knowledgebases:
                attached_knowledgebases_item = ApiAgentKnowledgeBaseVersion.from_dict(
                    attached_knowledgebases_item_data
                )

                attached_knowledgebases.append(attached_knowledgebases_item)

        can_rollback = d.pop("can_rollback", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_email = d.pop("created_by_email", UNSET)

        currently_applied = d.pop("currently_applied", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        instruction = d.pop("instruction", UNSET)

        k = d.pop("k", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        model_name = d.pop("model_name", UNSET)

        name = d.pop("name", UNSET)

        provide_citations = d.pop("provide_citations", UNSET)

        _retrieval_method = d.pop("retrieval_method", UNSET)
        retrieval_method: ApiRetrievalMethod | Unset
        if isinstance(_retrieval_method, Unset):
            retrieval_method = UNSET
        else:
            retrieval_method = ApiRetrievalMethod(_retrieval_method)

        tags = cast(list[str], d.pop("tags", UNSET))

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        trigger_action = d.pop("trigger_action", UNSET)

        version_hash = d.pop("version_hash", UNSET)

        api_agent_version = cls(
            agent_uuid=agent_uuid,
            attached_child_agents=attached_child_agents,
            attached_functions=attached_functions,
            attached_guardrails=attached_guardrails,
            attached_knowledgebases=attached_knowledgebases,
            can_rollback=can_rollback,
            created_at=created_at,
            created_by_email=created_by_email,
            currently_applied=currently_applied,
            description=description,
            id=id,
            instruction=instruction,
            k=k,
            max_tokens=max_tokens,
            model_name=model_name,
            name=name,
            provide_citations=provide_citations,
            retrieval_method=retrieval_method,
            tags=tags,
            temperature=temperature,
            top_p=top_p,
            trigger_action=trigger_action,
            version_hash=version_hash,
        )

        api_agent_version.additional_properties = d
        return api_agent_version

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
