from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_mcp_server import ApiMcpServer


T = TypeVar("T", bound="ApiCreateAgentInputPublic")


@_attrs_define
class ApiCreateAgentInputPublic:
    """Parameters for Agent Creation

    Attributes:
        anthropic_key_uuid (str | Unset): Optional Anthropic API key ID to use with Anthropic models Example:
            "12345678-1234-1234-1234-123456789012".
        description (str | Unset): A text description of the agent, not used in inference Example: "My Agent
            Description".
        instruction (str | Unset): Agent instruction. Instructions help your agent to perform its job effectively. See
            [Write Effective Agent Instructions](https://docs.digitalocean.com/products/genai-platform/concepts/best-
            practices/#agent-instructions) for best practices. Example: "You are an agent who thinks deeply about the
            world".
        knowledge_base_uuid (list[str] | Unset): Ids of the knowledge base(s) to attach to the agent Example: ['example
            string'].
        mcp_servers (list[ApiMcpServer] | Unset): MCP (Model Context Protocol) servers to attach to the agent
        model_provider_key_uuid (str | Unset):  Example: "12345678-1234-1234-1234-123456789012".
        model_router_uuid (str | Unset):  Example: "12345678-1234-1234-1234-123456789012".
        model_uuid (str | Unset): Identifier for the foundation model. Example: "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Agent name Example: "My Agent".
        open_ai_key_uuid (str | Unset): Optional OpenAI API key ID to use with OpenAI models Example:
            "12345678-1234-1234-1234-123456789012".
        project_id (str | Unset): The id of the DigitalOcean project this agent will belong to Example:
            "12345678-1234-1234-1234-123456789012".
        reasoning_effort (str | Unset):  Example: "low".
        region (str | Unset): The DigitalOcean region to deploy your agent in Example: "tor1".
        router_preset_slug (str | Unset):  Example: "general".
        tags (list[str] | Unset): Agent tag to organize related resources Example: ['example string'].
        thinking_token_budget (int | Unset):  Example: 123.
        web_fetch_enabled (bool | Unset): Whether the agent can use the built-in web_fetch tool to retrieve content from
            public web pages. Example: True.
        web_search_enabled (bool | Unset): Whether the agent can use the built-in web_search tool to search the public
            web for current information. Example: True.
        workspace_uuid (str | Unset): Identifier for the workspace Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    anthropic_key_uuid: str | Unset = UNSET
    description: str | Unset = UNSET
    instruction: str | Unset = UNSET
    knowledge_base_uuid: list[str] | Unset = UNSET
    mcp_servers: list[ApiMcpServer] | Unset = UNSET
    model_provider_key_uuid: str | Unset = UNSET
    model_router_uuid: str | Unset = UNSET
    model_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    open_ai_key_uuid: str | Unset = UNSET
    project_id: str | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    region: str | Unset = UNSET
    router_preset_slug: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    thinking_token_budget: int | Unset = UNSET
    web_fetch_enabled: bool | Unset = UNSET
    web_search_enabled: bool | Unset = UNSET
    workspace_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anthropic_key_uuid = self.anthropic_key_uuid

        description = self.description

        instruction = self.instruction

        knowledge_base_uuid: list[str] | Unset = UNSET
        if not isinstance(self.knowledge_base_uuid, Unset):
            knowledge_base_uuid = self.knowledge_base_uuid

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

        reasoning_effort = self.reasoning_effort

        region = self.region

        router_preset_slug = self.router_preset_slug

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        thinking_token_budget = self.thinking_token_budget

        web_fetch_enabled = self.web_fetch_enabled

        web_search_enabled = self.web_search_enabled

        workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_key_uuid is not UNSET:
            field_dict["anthropic_key_uuid"] = anthropic_key_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
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
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if region is not UNSET:
            field_dict["region"] = region
        if router_preset_slug is not UNSET:
            field_dict["router_preset_slug"] = router_preset_slug
        if tags is not UNSET:
            field_dict["tags"] = tags
        if thinking_token_budget is not UNSET:
            field_dict["thinking_token_budget"] = thinking_token_budget
        if web_fetch_enabled is not UNSET:
            field_dict["web_fetch_enabled"] = web_fetch_enabled
        if web_search_enabled is not UNSET:
            field_dict["web_search_enabled"] = web_search_enabled
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_mcp_server import ApiMcpServer

        d = dict(src_dict)
        anthropic_key_uuid = d.pop("anthropic_key_uuid", UNSET)

        description = d.pop("description", UNSET)

        instruction = d.pop("instruction", UNSET)

        knowledge_base_uuid = cast(list[str], d.pop("knowledge_base_uuid", UNSET))

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

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        region = d.pop("region", UNSET)

        router_preset_slug = d.pop("router_preset_slug", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        thinking_token_budget = d.pop("thinking_token_budget", UNSET)

        web_fetch_enabled = d.pop("web_fetch_enabled", UNSET)

        web_search_enabled = d.pop("web_search_enabled", UNSET)

        workspace_uuid = d.pop("workspace_uuid", UNSET)

        api_create_agent_input_public = cls(
            anthropic_key_uuid=anthropic_key_uuid,
            description=description,
            instruction=instruction,
            knowledge_base_uuid=knowledge_base_uuid,
            mcp_servers=mcp_servers,
            model_provider_key_uuid=model_provider_key_uuid,
            model_router_uuid=model_router_uuid,
            model_uuid=model_uuid,
            name=name,
            open_ai_key_uuid=open_ai_key_uuid,
            project_id=project_id,
            reasoning_effort=reasoning_effort,
            region=region,
            router_preset_slug=router_preset_slug,
            tags=tags,
            thinking_token_budget=thinking_token_budget,
            web_fetch_enabled=web_fetch_enabled,
            web_search_enabled=web_search_enabled,
            workspace_uuid=workspace_uuid,
        )

        api_create_agent_input_public.additional_properties = d
        return api_create_agent_input_public

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
