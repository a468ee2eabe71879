from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_retrieval_method import ApiRetrievalMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_mcp_server import ApiMcpServer


T = TypeVar("T", bound="ApiUpdateAgentInputPublic")


@_attrs_define
class ApiUpdateAgentInputPublic:
    """Data to modify an existing Agent

    Attributes:
        agent_log_insights_enabled (bool | Unset):  Example: True.
        allowed_domains (list[str] | Unset): Optional list of allowed domains for the chatbot - Must use fully qualified
            domain name (FQDN) such as https://example.com Example: ['example string'].
        anthropic_key_uuid (str | Unset): Optional anthropic key uuid for use with anthropic models Example:
            "12345678-1234-1234-1234-123456789012".
        clear_mcp_servers (bool | Unset): When true, removes all MCP servers from the agent. Use this instead of sending
            an empty mcp_servers array. Example: True.
        conversation_logs_enabled (bool | Unset): Optional update of conversation logs enabled Example: True.
        description (str | Unset): Agent description Example: "My Agent Description".
        instruction (str | Unset): Agent instruction. Instructions help your agent to perform its job effectively. See
            [Write Effective Agent Instructions](https://docs.digitalocean.com/products/genai-platform/concepts/best-
            practices/#agent-instructions) for best practices. Example: "You are an agent who thinks deeply about the
            world".
        k (int | Unset): How many results should be considered from an attached knowledge base Example: 5.
        max_tokens (int | Unset): Specifies the maximum number of tokens the model can process in a single input or
            output, set as a number between 1 and 512. This determines the length of each response. Example: 100.
        mcp_servers (list[ApiMcpServer] | Unset): MCP (Model Context Protocol) servers to attach to the agent
        model_provider_key_uuid (str | Unset): Optional Model Provider uuid for use with provider models Example:
            "12345678-1234-1234-1234-123456789012".
        model_router_uuid (str | Unset):  Example: "12345678-1234-1234-1234-123456789012".
        model_uuid (str | Unset): Identifier for the foundation model. Example: "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Agent name Example: "My New Agent Name".
        open_ai_key_uuid (str | Unset): Optional OpenAI key uuid for use with OpenAI models Example:
            "12345678-1234-1234-1234-123456789012".
        project_id (str | Unset): The id of the DigitalOcean project this agent will belong to Example:
            "12345678-1234-1234-1234-123456789012".
        provide_citations (bool | Unset):  Example: True.
        reasoning_effort (str | Unset):  Example: "low".
        retrieval_method (ApiRetrievalMethod | Unset): - RETRIEVAL_METHOD_UNKNOWN: The retrieval method is unknown
             - RETRIEVAL_METHOD_REWRITE: The retrieval method is rewrite
             - RETRIEVAL_METHOD_STEP_BACK: The retrieval method is step back
             - RETRIEVAL_METHOD_SUB_QUERIES: The retrieval method is sub queries
             - RETRIEVAL_METHOD_NONE: The retrieval method is none Example: RETRIEVAL_METHOD_UNKNOWN.
        router_preset_slug (str | Unset):  Example: "general".
        tags (list[str] | Unset): A set of abitrary tags to organize your agent Example: ['example string'].
        temperature (float | Unset): Controls the model’s creativity, specified as a number between 0 and 1. Lower
            values produce more predictable and conservative responses, while higher values encourage creativity and
            variation. Example: 0.7.
        thinking_token_budget (int | Unset):  Example: 123.
        top_p (float | Unset): Defines the cumulative probability threshold for word selection, specified as a number
            between 0 and 1. Higher values allow for more diverse outputs, while lower values ensure focused and coherent
            responses. Example: 0.9.
        uuid (str | Unset): Unique agent id Example: "12345678-1234-1234-1234-123456789012".
        web_fetch_enabled (bool | Unset): Optional. Set to true to let the agent use the built-in web_fetch tool to
            retrieve content from public web pages, or false to disable it. Example: True.
        web_search_enabled (bool | Unset): Optional. Set to true to let the agent use the built-in web_search tool to
            search the public web for current information, or false to disable it. Example: True.
    """

    agent_log_insights_enabled: bool | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    anthropic_key_uuid: str | Unset = UNSET
    clear_mcp_servers: bool | Unset = UNSET
    conversation_logs_enabled: bool | Unset = UNSET
    description: str | Unset = UNSET
    instruction: str | Unset = UNSET
    k: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    mcp_servers: list[ApiMcpServer] | Unset = UNSET
    model_provider_key_uuid: str | Unset = UNSET
    model_router_uuid: str | Unset = UNSET
    model_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    open_ai_key_uuid: str | Unset = UNSET
    project_id: str | Unset = UNSET
    provide_citations: bool | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    retrieval_method: ApiRetrievalMethod | Unset = UNSET
    router_preset_slug: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking_token_budget: int | Unset = UNSET
    top_p: float | Unset = UNSET
    uuid: str | Unset = UNSET
    web_fetch_enabled: bool | Unset = UNSET
    web_search_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_log_insights_enabled = self.agent_log_insights_enabled

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        anthropic_key_uuid = self.anthropic_key_uuid

        clear_mcp_servers = self.clear_mcp_servers

        conversation_logs_enabled = self.conversation_logs_enabled

        description = self.description

        instruction = self.instruction

        k = self.k

        max_tokens = self.max_tokens

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        model_provider_key_uuid = self.model_provider_key_uuid

        model_router_uuid = self.model_router_uuid

        model_uuid = self.model_uuid

        name = self.name

        open_ai_key_uuid = self.open_ai_key_uuid

        project_id = self.project_id

        provide_citations = self.provide_citations

        reasoning_effort = self.reasoning_effort

        retrieval_method: str | Unset = UNSET
        if not isinstance(self.retrieval_method, Unset):
            retrieval_method = self.retrieval_method.value

        router_preset_slug = self.router_preset_slug

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        temperature = self.temperature

        thinking_token_budget = self.thinking_token_budget

        top_p = self.top_p

        uuid = self.uuid

        web_fetch_enabled = self.web_fetch_enabled

        web_search_enabled = self.web_search_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_log_insights_enabled is not UNSET:
            field_dict["agent_log_insights_enabled"] = agent_log_insights_enabled
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if anthropic_key_uuid is not UNSET:
            field_dict["anthropic_key_uuid"] = anthropic_key_uuid
        if clear_mcp_servers is not UNSET:
            field_dict["clear_mcp_servers"] = clear_mcp_servers
        if conversation_logs_enabled is not UNSET:
            field_dict["conversation_logs_enabled"] = conversation_logs_enabled
        if description is not UNSET:
            field_dict["description"] = description
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if k is not UNSET:
            field_dict["k"] = k
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if model_provider_key_uuid is not UNSET:
            field_dict["model_provider_key_uuid"] = model_provider_key_uuid
        if model_router_uuid is not UNSET:
            field_dict["model_router_uuid"] = model_router_uuid
        if model_uuid is not UNSET:
            field_dict["model_uuid"] = model_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if open_ai_key_uuid is not UNSET:
            field_dict["open_ai_key_uuid"] = open_ai_key_uuid
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provide_citations is not UNSET:
            field_dict["provide_citations"] = provide_citations
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if retrieval_method is not UNSET:
            field_dict["retrieval_method"] = retrieval_method
        if router_preset_slug is not UNSET:
            field_dict["router_preset_slug"] = router_preset_slug
        if tags is not UNSET:
            field_dict["tags"] = tags
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking_token_budget is not UNSET:
            field_dict["thinking_token_budget"] = thinking_token_budget
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if web_fetch_enabled is not UNSET:
            field_dict["web_fetch_enabled"] = web_fetch_enabled
        if web_search_enabled is not UNSET:
            field_dict["web_search_enabled"] = web_search_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_mcp_server import ApiMcpServer

        d = dict(src_dict)
        agent_log_insights_enabled = d.pop("agent_log_insights_enabled", UNSET)

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        anthropic_key_uuid = d.pop("anthropic_key_uuid", UNSET)

        clear_mcp_servers = d.pop("clear_mcp_servers", UNSET)

        conversation_logs_enabled = d.pop("conversation_logs_enabled", UNSET)

        description = d.pop("description", UNSET)

        instruction = d.pop("instruction", UNSET)

        k = d.pop("k", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _mcp_servers = d.pop("mcp_servers", UNSET)
        mcp_servers: list[ApiMcpServer] | Unset = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:
                mcp_servers_item = ApiMcpServer.from_dict(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)

        model_provider_key_uuid = d.pop("model_provider_key_uuid", UNSET)

        model_router_uuid = d.pop("model_router_uuid", UNSET)

        model_uuid = d.pop("model_uuid", UNSET)

        name = d.pop("name", UNSET)

        open_ai_key_uuid = d.pop("open_ai_key_uuid", UNSET)

        project_id = d.pop("project_id", UNSET)

        provide_citations = d.pop("provide_citations", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        _retrieval_method = d.pop("retrieval_method", UNSET)
        retrieval_method: ApiRetrievalMethod | Unset
        if isinstance(_retrieval_method, Unset):
            retrieval_method = UNSET
        else:
            retrieval_method = ApiRetrievalMethod(_retrieval_method)

        router_preset_slug = d.pop("router_preset_slug", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        temperature = d.pop("temperature", UNSET)

        thinking_token_budget = d.pop("thinking_token_budget", UNSET)

        top_p = d.pop("top_p", UNSET)

        uuid = d.pop("uuid", UNSET)

        web_fetch_enabled = d.pop("web_fetch_enabled", UNSET)

        web_search_enabled = d.pop("web_search_enabled", UNSET)

        api_update_agent_input_public = cls(
            agent_log_insights_enabled=agent_log_insights_enabled,
            allowed_domains=allowed_domains,
            anthropic_key_uuid=anthropic_key_uuid,
            clear_mcp_servers=clear_mcp_servers,
            conversation_logs_enabled=conversation_logs_enabled,
            description=description,
            instruction=instruction,
            k=k,
            max_tokens=max_tokens,
            mcp_servers=mcp_servers,
            model_provider_key_uuid=model_provider_key_uuid,
            model_router_uuid=model_router_uuid,
            model_uuid=model_uuid,
            name=name,
            open_ai_key_uuid=open_ai_key_uuid,
            project_id=project_id,
            provide_citations=provide_citations,
            reasoning_effort=reasoning_effort,
            retrieval_method=retrieval_method,
            router_preset_slug=router_preset_slug,
            tags=tags,
            temperature=temperature,
            thinking_token_budget=thinking_token_budget,
            top_p=top_p,
            uuid=uuid,
            web_fetch_enabled=web_fetch_enabled,
            web_search_enabled=web_search_enabled,
        )

        api_update_agent_input_public.additional_properties = d
        return api_update_agent_input_public

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
