from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_retrieval_method import ApiRetrievalMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_api_key import ApiAgentAPIKey
    from ..models.api_agent_api_key_info import ApiAgentAPIKeyInfo
    from ..models.api_agent_chatbot_identifier import ApiAgentChatbotIdentifier
    from ..models.api_agent_function import ApiAgentFunction
    from ..models.api_agent_guardrail import ApiAgentGuardrail
    from ..models.api_agent_logging_config import ApiAgentLoggingConfig
    from ..models.api_agent_template import ApiAgentTemplate
    from ..models.api_anthropic_api_key_info import ApiAnthropicAPIKeyInfo
    from ..models.api_chatbot import ApiChatbot
    from ..models.api_deployment import ApiDeployment
    from ..models.api_knowledge_base import ApiKnowledgeBase
    from ..models.api_mcp_server import ApiMcpServer
    from ..models.api_model import ApiModel
    from ..models.api_model_provider_key_info import ApiModelProviderKeyInfo
    from ..models.api_model_router import ApiModelRouter
    from ..models.api_open_aiapi_key_info import ApiOpenAIAPIKeyInfo
    from ..models.api_workspace import ApiWorkspace


T = TypeVar("T", bound="ApiAgent")


@_attrs_define
class ApiAgent:
    """An Agent

    Attributes:
        anthropic_api_key (ApiAnthropicAPIKeyInfo | Unset): Anthropic API Key Info
        api_key_infos (list[ApiAgentAPIKeyInfo] | Unset): Api key infos
        api_keys (list[ApiAgentAPIKey] | Unset): Api keys
        chatbot (ApiChatbot | Unset): A Chatbot
        chatbot_identifiers (list[ApiAgentChatbotIdentifier] | Unset): Chatbot identifiers
        child_agents (list[ApiAgent] | Unset): Child agents
        conversation_logs_enabled (bool | Unset): Whether conversation logs are enabled for the agent Example: True.
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        deployment (ApiDeployment | Unset): Description of deployment
        description (str | Unset): Description of agent Example: example string.
        functions (list[ApiAgentFunction] | Unset):
        guardrails (list[ApiAgentGuardrail] | Unset): The guardrails the agent is attached to
        if_case (str | Unset):  Example: example string.
        instruction (str | Unset): Agent instruction. Instructions help your agent to perform its job effectively. See
            [Write Effective Agent Instructions](https://docs.digitalocean.com/products/genai-platform/concepts/best-
            practices/#agent-instructions) for best practices. Example: example string.
        k (int | Unset):  Example: 123.
        knowledge_bases (list[ApiKnowledgeBase] | Unset): Knowledge bases
        logging_config (ApiAgentLoggingConfig | Unset):
        max_tokens (int | Unset):  Example: 123.
        mcp_servers (list[ApiMcpServer] | Unset): MCP (Model Context Protocol) servers attached to this agent
        model (ApiModel | Unset): Description of a Model
        model_provider_key (ApiModelProviderKeyInfo | Unset):
        model_router (ApiModelRouter | Unset): Model router
        name (str | Unset): Agent name Example: example name.
        openai_api_key (ApiOpenAIAPIKeyInfo | Unset): OpenAI API Key Info
        parent_agents (list[ApiAgent] | Unset): Parent agents
        project_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        provide_citations (bool | Unset): Whether the agent should provide in-response citations Example: True.
        reasoning_effort (str | Unset): The reasoning effort for the agent Example: example string.
        region (str | Unset): Region code Example: example string.
        retrieval_method (ApiRetrievalMethod | Unset): - RETRIEVAL_METHOD_UNKNOWN: The retrieval method is unknown
             - RETRIEVAL_METHOD_REWRITE: The retrieval method is rewrite
             - RETRIEVAL_METHOD_STEP_BACK: The retrieval method is step back
             - RETRIEVAL_METHOD_SUB_QUERIES: The retrieval method is sub queries
             - RETRIEVAL_METHOD_NONE: The retrieval method is none Example: RETRIEVAL_METHOD_UNKNOWN.
        route_created_at (datetime.datetime | Unset): Creation of route date / time Example: 2023-01-01T00:00:00Z.
        route_created_by (str | Unset):  Example: 12345.
        route_name (str | Unset): Route name Example: example name.
        route_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        tags (list[str] | Unset): Agent tag to organize related resources Example: ['example string'].
        temperature (float | Unset):  Example: 123.
        template (ApiAgentTemplate | Unset): Represents an AgentTemplate entity
        thinking_token_budget (int | Unset): The thinking token budget for Anthropic extended thinking (0 = disabled)
            Example: 123.
        top_p (float | Unset):  Example: 123.
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        url (str | Unset): Access your agent under this url Example: example string.
        user_id (str | Unset): Id of user that created the agent Example: 12345.
        uuid (str | Unset): Unique agent id Example: 123e4567-e89b-12d3-a456-426614174000.
        version_hash (str | Unset): The latest version of the agent Example: example string.
        vpc_egress_ips (list[str] | Unset): VPC Egress IPs Example: ['example string'].
        vpc_uuid (str | Unset):  Example: "12345678-1234-1234-1234-123456789012".
        web_fetch_enabled (bool | Unset): Whether this agent can use the built-in web_fetch tool. Example: True.
        web_search_enabled (bool | Unset): Whether this agent can use the built-in web_search tool. Example: True.
        workspace (ApiWorkspace | Unset):
    """

    anthropic_api_key: ApiAnthropicAPIKeyInfo | Unset = UNSET
    api_key_infos: list[ApiAgentAPIKeyInfo] | Unset = UNSET
    api_keys: list[ApiAgentAPIKey] | Unset = UNSET
    chatbot: ApiChatbot | Unset = UNSET
    chatbot_identifiers: list[ApiAgentChatbotIdentifier] | Unset = UNSET
    child_agents: list[ApiAgent] | Unset = UNSET
    conversation_logs_enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deployment: ApiDeployment | Unset = UNSET
    description: str | Unset = UNSET
    functions: list[ApiAgentFunction] | Unset = UNSET
    guardrails: list[ApiAgentGuardrail] | Unset = UNSET
    if_case: str | Unset = UNSET
    instruction: str | Unset = UNSET
    k: int | Unset = UNSET
    knowledge_bases: list[ApiKnowledgeBase] | Unset = UNSET
    logging_config: ApiAgentLoggingConfig | Unset = UNSET
    max_tokens: int | Unset = UNSET
    mcp_servers: list[ApiMcpServer] | Unset = UNSET
    model: ApiModel | Unset = UNSET
    model_provider_key: ApiModelProviderKeyInfo | Unset = UNSET
    model_router: ApiModelRouter | Unset = UNSET
    name: str | Unset = UNSET
    openai_api_key: ApiOpenAIAPIKeyInfo | Unset = UNSET
    parent_agents: list[ApiAgent] | Unset = UNSET
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
    vpc_egress_ips: list[str] | Unset = UNSET
    vpc_uuid: str | Unset = UNSET
    web_fetch_enabled: bool | Unset = UNSET
    web_search_enabled: bool | Unset = UNSET
    workspace: ApiWorkspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anthropic_api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic_api_key, Unset):
            anthropic_api_key = self.anthropic_api_key.to_dict()

        api_key_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_key_infos, Unset):
            api_key_infos = []
            for api_key_infos_item_data in self.api_key_infos:
                api_key_infos_item = api_key_infos_item_data.to_dict()
                api_key_infos.append(api_key_infos_item)

        api_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        chatbot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chatbot, Unset):
            chatbot = self.chatbot.to_dict()

        chatbot_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chatbot_identifiers, Unset):
            chatbot_identifiers = []
            for chatbot_identifiers_item_data in self.chatbot_identifiers:
                chatbot_identifiers_item = chatbot_identifiers_item_data.to_dict()
                chatbot_identifiers.append(chatbot_identifiers_item)

        child_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_agents, Unset):
            child_agents = []
            for child_agents_item_data in self.child_agents:
                child_agents_item = child_agents_item_data.to_dict()
                child_agents.append(child_agents_item)

        conversation_logs_enabled = self.conversation_logs_enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        description = self.description

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for functions_item_data in self.functions:
                functions_item = functions_item_data.to_dict()
                functions.append(functions_item)

        guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guardrails, Unset):
            guardrails = []
            for guardrails_item_data in self.guardrails:
                guardrails_item = guardrails_item_data.to_dict()
                guardrails.append(guardrails_item)

        if_case = self.if_case

        instruction = self.instruction

        k = self.k

        knowledge_bases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_bases, Unset):
            knowledge_bases = []
            for knowledge_bases_item_data in self.knowledge_bases:
                knowledge_bases_item = knowledge_bases_item_data.to_dict()
                knowledge_bases.append(knowledge_bases_item)

        logging_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logging_config, Unset):
            logging_config = self.logging_config.to_dict()

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

        model_provider_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_provider_key, Unset):
            model_provider_key = self.model_provider_key.to_dict()

        model_router: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_router, Unset):
            model_router = self.model_router.to_dict()

        name = self.name

        openai_api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai_api_key, Unset):
            openai_api_key = self.openai_api_key.to_dict()

        parent_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parent_agents, Unset):
            parent_agents = []
            for parent_agents_item_data in self.parent_agents:
                parent_agents_item = parent_agents_item_data.to_dict()
                parent_agents.append(parent_agents_item)

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

        vpc_egress_ips: list[str] | Unset = UNSET
        if not isinstance(self.vpc_egress_ips, Unset):
            vpc_egress_ips = self.vpc_egress_ips

        vpc_uuid = self.vpc_uuid

        web_fetch_enabled = self.web_fetch_enabled

        web_search_enabled = self.web_search_enabled

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_api_key is not UNSET:
            field_dict["anthropic_api_key"] = anthropic_api_key
        if api_key_infos is not UNSET:
            field_dict["api_key_infos"] = api_key_infos
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if chatbot is not UNSET:
            field_dict["chatbot"] = chatbot
        if chatbot_identifiers is not UNSET:
            field_dict["chatbot_identifiers"] = chatbot_identifiers
        if child_agents is not UNSET:
            field_dict["child_agents"] = child_agents
        if conversation_logs_enabled is not UNSET:
            field_dict["conversation_logs_enabled"] = conversation_logs_enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if description is not UNSET:
            field_dict["description"] = description
        if functions is not UNSET:
            field_dict["functions"] = functions
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if if_case is not UNSET:
            field_dict["if_case"] = if_case
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if k is not UNSET:
            field_dict["k"] = k
        if knowledge_bases is not UNSET:
            field_dict["knowledge_bases"] = knowledge_bases
        if logging_config is not UNSET:
            field_dict["logging_config"] = logging_config
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if model is not UNSET:
            field_dict["model"] = model
        if model_provider_key is not UNSET:
            field_dict["model_provider_key"] = model_provider_key
        if model_router is not UNSET:
            field_dict["model_router"] = model_router
        if name is not UNSET:
            field_dict["name"] = name
        if openai_api_key is not UNSET:
            field_dict["openai_api_key"] = openai_api_key
        if parent_agents is not UNSET:
            field_dict["parent_agents"] = parent_agents
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
        if vpc_egress_ips is not UNSET:
            field_dict["vpc_egress_ips"] = vpc_egress_ips
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if web_fetch_enabled is not UNSET:
            field_dict["web_fetch_enabled"] = web_fetch_enabled
        if web_search_enabled is not UNSET:
            field_dict["web_search_enabled"] = web_search_enabled
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_api_key import ApiAgentAPIKey
        from ..models.api_agent_api_key_info import ApiAgentAPIKeyInfo
        from ..models.api_agent_chatbot_identifier import ApiAgentChatbotIdentifier
        from ..models.api_agent_function import ApiAgentFunction
        from ..models.api_agent_guardrail import ApiAgentGuardrail
        from ..models.api_agent_logging_config import ApiAgentLoggingConfig
        from ..models.api_agent_template import ApiAgentTemplate
        from ..models.api_anthropic_api_key_info import ApiAnthropicAPIKeyInfo
        from ..models.api_chatbot import ApiChatbot
        from ..models.api_deployment import ApiDeployment
        from ..models.api_knowledge_base import ApiKnowledgeBase
        from ..models.api_mcp_server import ApiMcpServer
        from ..models.api_model import ApiModel
        from ..models.api_model_provider_key_info import ApiModelProviderKeyInfo
        from ..models.api_model_router import ApiModelRouter
        from ..models.api_open_aiapi_key_info import ApiOpenAIAPIKeyInfo
        from ..models.api_workspace import ApiWorkspace

        d = dict(src_dict)
        _anthropic_api_key = d.pop("anthropic_api_key", UNSET)
        anthropic_api_key: ApiAnthropicAPIKeyInfo | Unset
        if isinstance(_anthropic_api_key, Unset):
            anthropic_api_key = UNSET
        else:
            anthropic_api_key = ApiAnthropicAPIKeyInfo.from_dict(_anthropic_api_key)

        _api_key_infos = d.pop("api_key_infos", UNSET)
        api_key_infos: list[ApiAgentAPIKeyInfo] | Unset = UNSET
        if _api_key_infos is not UNSET:
            api_key_infos = []
            for api_key_infos_item_data in _api_key_infos:
                api_key_infos_item = ApiAgentAPIKeyInfo.from_dict(
                    api_key_infos_item_data
                )

                api_key_infos.append(api_key_infos_item)

        _api_keys = d.pop("api_keys", UNSET)
        api_keys: list[ApiAgentAPIKey] | Unset = UNSET
        if _api_keys is not UNSET:
            api_keys = []
            for api_keys_item_data in _api_keys:
                api_keys_item = ApiAgentAPIKey.from_dict(api_keys_item_data)

                api_keys.append(api_keys_item)

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

        _child_agents = d.pop("child_agents", UNSET)
        child_agents: list[ApiAgent] | Unset = UNSET
        if _child_agents is not UNSET:
            child_agents = []
            for child_agents_item_data in _child_agents:
                child_agents_item = ApiAgent.from_dict(child_agents_item_data)

                child_agents.append(child_agents_item)

        conversation_logs_enabled = d.pop("conversation_logs_enabled", UNSET)

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

        _functions = d.pop("functions", UNSET)
        functions: list[ApiAgentFunction] | Unset = UNSET
        if _functions is not UNSET:
            functions = []
            for functions_item_data in _functions:
                functions_item = ApiAgentFunction.from_dict(functions_item_data)

                functions.append(functions_item)

        _guardrails = d.pop("guardrails", UNSET)
        guardrails: list[ApiAgentGuardrail] | Unset = UNSET
        if _guardrails is not UNSET:
            guardrails = []
            for guardrails_item_data in _guardrails:
                guardrails_item = ApiAgentGuardrail.from_dict(guardrails_item_data)

                guardrails.append(guardrails_item)

        if_case = d.pop("if_case", UNSET)

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

        _logging_config = d.pop("logging_config", UNSET)
        logging_config: ApiAgentLoggingConfig | Unset
        if isinstance(_logging_config, Unset):
            logging_config = UNSET
        else:
            logging_config = ApiAgentLoggingConfig.from_dict(_logging_config)

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

        _model_provider_key = d.pop("model_provider_key", UNSET)
        model_provider_key: ApiModelProviderKeyInfo | Unset
        if isinstance(_model_provider_key, Unset):
            model_provider_key = UNSET
        else:
            model_provider_key = ApiModelProviderKeyInfo.from_dict(_model_provider_key)

        _model_router = d.pop("model_router", UNSET)
        model_router: ApiModelRouter | Unset
        if isinstance(_model_router, Unset):
            model_router = UNSET
        else:
            model_router = ApiModelRouter.from_dict(_model_router)

        name = d.pop("name", UNSET)

        _openai_api_key = d.pop("openai_api_key", UNSET)
        openai_api_key: ApiOpenAIAPIKeyInfo | Unset
        if isinstance(_openai_api_key, Unset):
            openai_api_key = UNSET
        else:
            openai_api_key = ApiOpenAIAPIKeyInfo.from_dict(_openai_api_key)

        _parent_agents = d.pop("parent_agents", UNSET)
        parent_agents: list[ApiAgent] | Unset = UNSET
        if _parent_agents is not UNSET:
            parent_agents = []
            for parent_agents_item_data in _parent_agents:
                parent_agents_item = ApiAgent.from_dict(parent_agents_item_data)

                parent_agents.append(parent_agents_item)

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

        vpc_egress_ips = cast(list[str], d.pop("vpc_egress_ips", UNSET))

        vpc_uuid = d.pop("vpc_uuid", UNSET)

        web_fetch_enabled = d.pop("web_fetch_enabled", UNSET)

        web_search_enabled = d.pop("web_search_enabled", UNSET)

        _workspace = d.pop("workspace", UNSET)
        workspace: ApiWorkspace | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = ApiWorkspace.from_dict(_workspace)

        api_agent = cls(
            anthropic_api_key=anthropic_api_key,
            api_key_infos=api_key_infos,
            api_keys=api_keys,
            chatbot=chatbot,
            chatbot_identifiers=chatbot_identifiers,
            child_agents=child_agents,
            conversation_logs_enabled=conversation_logs_enabled,
            created_at=created_at,
            deployment=deployment,
            description=description,
            functions=functions,
            guardrails=guardrails,
            if_case=if_case,
            instruction=instruction,
            k=k,
            knowledge_bases=knowledge_bases,
            logging_config=logging_config,
            max_tokens=max_tokens,
            mcp_servers=mcp_servers,
            model=model,
            model_provider_key=model_provider_key,
            model_router=model_router,
            name=name,
            openai_api_key=openai_api_key,
            parent_agents=parent_agents,
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
            vpc_egress_ips=vpc_egress_ips,
            vpc_uuid=vpc_uuid,
            web_fetch_enabled=web_fetch_enabled,
            web_search_enabled=web_search_enabled,
            workspace=workspace,
        )

        api_agent.additional_properties = d
        return api_agent

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
