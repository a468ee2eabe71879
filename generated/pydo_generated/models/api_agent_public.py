from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_retrieval_method import ApiRetrievalMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_chatbot_identifier import ApiAgentChatbotIdentifier
    from ..models.api_agent_template import ApiAgentTemplate
    from ..models.api_chatbot import ApiChatbot
    from ..models.api_deployment import ApiDeployment
    from ..models.api_mcp_server import ApiMcpServer
    from ..models.api_model import ApiModel
    from ..models.api_model_router import ApiModelRouter


T = TypeVar("T", bound="ApiAgentPublic")


@_attrs_define
class ApiAgentPublic:
    """A GenAI Agent's configuration

    Attributes:
        chatbot (ApiChatbot | Unset): A Chatbot
        chatbot_identifiers (list[ApiAgentChatbotIdentifier] | Unset): Chatbot identifiers
        created_at (datetime.datetime | Unset): Creation date / time Example: 2021-01-01T00:00:00Z.
        deployment (ApiDeployment | Unset): Description of deployment
        description (str | Unset): Description of agent Example: This is a chatbot that can help you with your
            questions..
        if_case (str | Unset): Instructions to the agent on how to use the route Example: if talking about the weather
            use this route.
        instruction (str | Unset): Agent instruction. Instructions help your agent to perform its job effectively. See
            [Write Effective Agent Instructions](https://docs.digitalocean.com/products/genai-platform/concepts/best-
            practices/#agent-instructions) for best practices. Example: Hello, how can I help you?.
        k (int | Unset): How many results should be considered from an attached knowledge base Example: 5.
        max_tokens (int | Unset): Specifies the maximum number of tokens the model can process in a single input or
            output, set as a number between 1 and 512. This determines the length of each response. Example: 100.
        mcp_servers (list[ApiMcpServer] | Unset): MCP (Model Context Protocol) servers attached to this agent
        model (ApiModel | Unset): Description of a Model
        model_router (ApiModelRouter | Unset): Model router
        name (str | Unset): Agent name Example: My Agent.
        project_id (str | Unset): The DigitalOcean project ID associated with the agent Example:
            12345678-1234-1234-1234-123456789012.
        provide_citations (bool | Unset): Whether the agent should provide in-response citations Example: True.
        reasoning_effort (str | Unset): The reasoning effort for the agent Example: "low".
        region (str | Unset): Region code Example: "tor1".
        retrieval_method (ApiRetrievalMethod | Unset): - RETRIEVAL_METHOD_UNKNOWN: The retrieval method is unknown
             - RETRIEVAL_METHOD_REWRITE: The retrieval method is rewrite
             - RETRIEVAL_METHOD_STEP_BACK: The retrieval method is step back
             - RETRIEVAL_METHOD_SUB_QUERIES: The retrieval method is sub queries
             - RETRIEVAL_METHOD_NONE: The retrieval method is none Example: RETRIEVAL_METHOD_UNKNOWN.
        route_created_at (datetime.datetime | Unset): Creation of route date / time Example: 2021-01-01T00:00:00Z.
        route_created_by (str | Unset): Id of user that created the route Example: 12345678.
        route_name (str | Unset): Route name Example: Route Name.
        route_uuid (str | Unset): Route uuid Example: "12345678-1234-1234-1234-123456789012".
        tags (list[str] | Unset): A set of abitrary tags to organize your agent Example: ['example string'].
        temperature (float | Unset): Controls the model’s creativity, specified as a number between 0 and 1. Lower
            values produce more predictable and conservative responses, while higher values encourage creativity and
            variation. Example: 0.5.
        template (ApiAgentTemplate | Unset): Represents an AgentTemplate entity
        thinking_token_budget (int | Unset): The thinking token budget for Anthropic extended thinking (0 = disabled)
            Example: 1000.
        top_p (float | Unset): Defines the cumulative probability threshold for word selection, specified as a number
            between 0 and 1. Higher values allow for more diverse outputs, while lower values ensure focused and coherent
            responses. Example: 0.9.
        updated_at (datetime.datetime | Unset): Last modified Example: 2021-01-01T00:00:00Z.
        url (str | Unset): Access your agent under this url Example: https://example.com/agent.
        user_id (str | Unset): Id of user that created the agent Example: 12345678.
        uuid (str | Unset): Unique agent id Example: "12345678-1234-1234-1234-123456789012".
        version_hash (str | Unset): The latest version of the agent Example: example string.
        web_fetch_enabled (bool | Unset): Whether this agent can use the built-in web_fetch tool to retrieve content
            from public web pages. Example: True.
        web_search_enabled (bool | Unset): Whether this agent can use the built-in web_search tool to search the public
            web for current information. Example: True.
    """

    chatbot: ApiChatbot | Unset = UNSET
    chatbot_identifiers: list[ApiAgentChatbotIdentifier] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deployment: ApiDeployment | Unset = UNSET
    description: str | Unset = UNSET
    if_case: str | Unset = UNSET
    instruction: str | Unset = UNSET
    k: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    mcp_servers: list[ApiMcpServer] | Unset = UNSET
    model: ApiModel | Unset = UNSET
    model_router: ApiModelRouter | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    provide_citations: bool | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    region: str | Unset = UNSET
    retrieval_method: ApiRetrievalMethod | Unset = UNSET
    route_created_at: datetime.datetime | Unset = UNSET
    route_created_by: str | Unset = UNSET
    route_name: str | Unset = UNSET
    route_uuid: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    template: ApiAgentTemplate | Unset = UNSET
    thinking_token_budget: int | Unset = UNSET
    top_p: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    user_id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    version_hash: str | Unset = UNSET
    web_fetch_enabled: bool | Unset = UNSET
    web_search_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chatbot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chatbot, Unset):
            chatbot = self.chatbot.to_dict()

        chatbot_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chatbot_identifiers, Unset):
            chatbot_identifiers = []
            for chatbot_identifiers_item_data in self.chatbot_identifiers:
                chatbot_identifiers_item = chatbot_identifiers_item_data.to_dict()
                chatbot_identifiers.append(chatbot_identifiers_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        description = self.description

        if_case = self.if_case

        instruction = self.instruction

        k = self.k

        max_tokens = self.max_tokens

        mcp_servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        model_router: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_router, Unset):
            model_router = self.model_router.to_dict()

        name = self.name

        project_id = self.project_id

        provide_citations = self.provide_citations

        reasoning_effort = self.reasoning_effort

        region = self.region

        retrieval_method: str | Unset = UNSET
        if not isinstance(self.retrieval_method, Unset):
            retrieval_method = self.retrieval_method.value

        route_created_at: str | Unset = UNSET
        if not isinstance(self.route_created_at, Unset):
            route_created_at = self.route_created_at.isoformat()

        route_created_by = self.route_created_by

        route_name = self.route_name

        route_uuid = self.route_uuid

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        temperature = self.temperature

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        thinking_token_budget = self.thinking_token_budget

        top_p = self.top_p

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        user_id = self.user_id

        uuid = self.uuid

        version_hash = self.version_hash

        web_fetch_enabled = self.web_fetch_enabled

        web_search_enabled = self.web_search_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chatbot is not UNSET:
            field_dict["chatbot"] = chatbot
        if chatbot_identifiers is not UNSET:
            field_dict["chatbot_identifiers"] = chatbot_identifiers
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if description is not UNSET:
            field_dict["description"] = description
        if if_case is not UNSET:
            field_dict["if_case"] = if_case
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if k is not UNSET:
            field_dict["k"] = k
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if model is not UNSET:
            field_dict["model"] = model
        if model_router is not UNSET:
            field_dict["model_router"] = model_router
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if provide_citations is not UNSET:
            field_dict["provide_citations"] = provide_citations
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if region is not UNSET:
            field_dict["region"] = region
        if retrieval_method is not UNSET:
            field_dict["retrieval_method"] = retrieval_method
        if route_created_at is not UNSET:
            field_dict["route_created_at"] = route_created_at
        if route_created_by is not UNSET:
            field_dict["route_created_by"] = route_created_by
        if route_name is not UNSET:
            field_dict["route_name"] = route_name
        if route_uuid is not UNSET:
            field_dict["route_uuid"] = route_uuid
        if tags is not UNSET:
            field_dict["tags"] = tags
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if template is not UNSET:
            field_dict["template"] = template
        if thinking_token_budget is not UNSET:
            field_dict["thinking_token_budget"] = thinking_token_budget
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if version_hash is not UNSET:
            field_dict["version_hash"] = version_hash
        if web_fetch_enabled is not UNSET:
            field_dict["web_fetch_enabled"] = web_fetch_enabled
        if web_search_enabled is not UNSET:
            field_dict["web_search_enabled"] = web_search_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_chatbot_identifier import ApiAgentChatbotIdentifier
        from ..models.api_agent_template import ApiAgentTemplate
        from ..models.api_chatbot import ApiChatbot
        from ..models.api_deployment import ApiDeployment
        from ..models.api_mcp_server import ApiMcpServer
        from ..models.api_model import ApiModel
        from ..models.api_model_router import ApiModelRouter

        d = dict(src_dict)
        _chatbot = d.pop("chatbot", UNSET)
        chatbot: ApiChatbot | Unset
        if isinstance(_chatbot, Unset):
            chatbot = UNSET
        else:
            chatbot = ApiChatbot.from_dict(_chatbot)

        _chatbot_identifiers = d.pop("chatbot_identifiers", UNSET)
        chatbot_identifiers: list[ApiAgentChatbotIdentifier] | Unset = UNSET
        if _chatbot_identifiers is not UNSET:
            chatbot_identifiers = []
            for chatbot_identifiers_item_data in _chatbot_identifiers:
                chatbot_identifiers_item = ApiAgentChatbotIdentifier.from_dict(
                    chatbot_identifiers_item_data
                )

                chatbot_identifiers.append(chatbot_identifiers_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _deployment = d.pop("deployment", UNSET)
        deployment: ApiDeployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = ApiDeployment.from_dict(_deployment)

        description = d.pop("description", UNSET)

        if_case = d.pop("if_case", UNSET)

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

        _model = d.pop("model", UNSET)
        model: ApiModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = ApiModel.from_dict(_model)

        _model_router = d.pop("model_router", UNSET)
        model_router: ApiModelRouter | Unset
        if isinstance(_model_router, Unset):
            model_router = UNSET
        else:
            model_router = ApiModelRouter.from_dict(_model_router)

        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        provide_citations = d.pop("provide_citations", UNSET)

        reasoning_effort = d.pop("reasoning_effort", UNSET)

        region = d.pop("region", UNSET)

        _retrieval_method = d.pop("retrieval_method", UNSET)
        retrieval_method: ApiRetrievalMethod | Unset
        if isinstance(_retrieval_method, Unset):
            retrieval_method = UNSET
        else:
            retrieval_method = ApiRetrievalMethod(_retrieval_method)

        _route_created_at = d.pop("route_created_at", UNSET)
        route_created_at: datetime.datetime | Unset
        if isinstance(_route_created_at, Unset):
            route_created_at = UNSET
        else:
            route_created_at = datetime.datetime.fromisoformat(_route_created_at)

        route_created_by = d.pop("route_created_by", UNSET)

        route_name = d.pop("route_name", UNSET)

        route_uuid = d.pop("route_uuid", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        temperature = d.pop("temperature", UNSET)

        _template = d.pop("template", UNSET)
        template: ApiAgentTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = ApiAgentTemplate.from_dict(_template)

        thinking_token_budget = d.pop("thinking_token_budget", UNSET)

        top_p = d.pop("top_p", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        user_id = d.pop("user_id", UNSET)

        uuid = d.pop("uuid", UNSET)

        version_hash = d.pop("version_hash", UNSET)

        web_fetch_enabled = d.pop("web_fetch_enabled", UNSET)

        web_search_enabled = d.pop("web_search_enabled", UNSET)

        api_agent_public = cls(
            chatbot=chatbot,
            chatbot_identifiers=chatbot_identifiers,
            created_at=created_at,
            deployment=deployment,
            description=description,
            if_case=if_case,
            instruction=instruction,
            k=k,
            max_tokens=max_tokens,
            mcp_servers=mcp_servers,
            model=model,
            model_router=model_router,
            name=name,
            project_id=project_id,
            provide_citations=provide_citations,
            reasoning_effort=reasoning_effort,
            region=region,
            retrieval_method=retrieval_method,
            route_created_at=route_created_at,
            route_created_by=route_created_by,
            route_name=route_name,
            route_uuid=route_uuid,
            tags=tags,
            temperature=temperature,
            template=template,
            thinking_token_budget=thinking_token_budget,
            top_p=top_p,
            updated_at=updated_at,
            url=url,
            user_id=user_id,
            uuid=uuid,
            version_hash=version_hash,
            web_fetch_enabled=web_fetch_enabled,
            web_search_enabled=web_search_enabled,
        )

        api_agent_public.additional_properties = d
        return api_agent_public

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
