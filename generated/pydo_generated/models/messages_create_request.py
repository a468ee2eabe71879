from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_create_request_reasoning_effort import (
    MessagesCreateRequestReasoningEffort,
)
from ..models.messages_create_request_speed import MessagesCreateRequestSpeed
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_api_message_param import MessagesApiMessageParam
    from ..models.messages_create_request_metadata import MessagesCreateRequestMetadata
    from ..models.messages_request_text_block_param import MessagesRequestTextBlockParam
    from ..models.messages_thinking_config_param_type_0 import (
        MessagesThinkingConfigParamType0,
    )
    from ..models.messages_tool_choice_param_type_1 import MessagesToolChoiceParamType1
    from ..models.messages_tool_definition_param import MessagesToolDefinitionParam


T = TypeVar("T", bound="MessagesCreateRequest")


@_attrs_define
class MessagesCreateRequest:
    """Request body for `POST /v1/messages`. Required fields are `model`, `messages`, and `max_tokens`.

    Attributes:
        model (str): Model ID (for example `claude-opus-4-6` or a serverless model id). Example: claude-opus-4-6.
        max_tokens (int): Maximum tokens to generate before stopping.
        messages (list[MessagesApiMessageParam]): Conversation turns. Each item has `role` `user` or `assistant` and
            `content` as a string or an array of content blocks.
        system (list[MessagesRequestTextBlockParam] | str | Unset): System prompt as plain text or as an array of text
            blocks.
        stop_sequences (list[str] | Unset): Custom strings that stop generation when produced.
        stream (bool | Unset): When true, the response is streamed using server-sent events (SSE). Default: False.
        temperature (float | None | Unset): Sampling temperature between 0.0 and 1.0.
        top_p (float | None | Unset): Nucleus sampling; use either `temperature` or `top_p`, not both.
        top_k (int | None | Unset): Top-K sampling cutoff.
        tools (list[MessagesToolDefinitionParam] | Unset): Tool definitions the model may invoke.
        tool_choice (MessagesToolChoiceParamType1 | str | Unset): Controls how the model uses tools: automatic
            selection, require any tool, force a specific tool, or a string form accepted by the service.
        metadata (MessagesCreateRequestMetadata | Unset): Optional request metadata.
        reasoning_effort (MessagesCreateRequestReasoningEffort | Unset): DigitalOcean extension for reasoning-capable
            models. Ignored by executors that do not support it.
        speed (MessagesCreateRequestSpeed | Unset): DigitalOcean extension for preferred inference speed. Ignored when
            not supported.
        thinking (MessagesThinkingConfigParamType0 | None | Unset): Extended thinking configuration. Executors that do
            not support thinking may ignore this field.
    """

    model: str
    max_tokens: int
    messages: list[MessagesApiMessageParam]
    system: list[MessagesRequestTextBlockParam] | str | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    stream: bool | Unset = False
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    tools: list[MessagesToolDefinitionParam] | Unset = UNSET
    tool_choice: MessagesToolChoiceParamType1 | str | Unset = UNSET
    metadata: MessagesCreateRequestMetadata | Unset = UNSET
    reasoning_effort: MessagesCreateRequestReasoningEffort | Unset = UNSET
    speed: MessagesCreateRequestSpeed | Unset = UNSET
    thinking: MessagesThinkingConfigParamType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_thinking_config_param_type_0 import (
            MessagesThinkingConfigParamType0,
        )
        from ..models.messages_tool_choice_param_type_1 import (
            MessagesToolChoiceParamType1,
        )

        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        stream = self.stream

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, MessagesToolChoiceParamType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort.value

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.value

        thinking: dict[str, Any] | None | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, MessagesThinkingConfigParamType0):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if speed is not UNSET:
            field_dict["speed"] = speed
        if thinking is not UNSET:
            field_dict["thinking"] = thinking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_api_message_param import MessagesApiMessageParam
        from ..models.messages_create_request_metadata import (
            MessagesCreateRequestMetadata,
        )
        from ..models.messages_request_text_block_param import (
            MessagesRequestTextBlockParam,
        )
        from ..models.messages_thinking_config_param_type_0 import (
            MessagesThinkingConfigParamType0,
        )
        from ..models.messages_tool_choice_param_type_1 import (
            MessagesToolChoiceParamType1,
        )
        from ..models.messages_tool_definition_param import MessagesToolDefinitionParam

        d = dict(src_dict)
        model = d.pop("model")

        max_tokens = d.pop("max_tokens")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessagesApiMessageParam.from_dict(messages_item_data)

            messages.append(messages_item)

        def _parse_system(
            data: object,
        ) -> list[MessagesRequestTextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = MessagesRequestTextBlockParam.from_dict(
                        system_type_1_item_data
                    )

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessagesRequestTextBlockParam] | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        stream = d.pop("stream", UNSET)

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_top_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_k = _parse_top_k(d.pop("top_k", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[MessagesToolDefinitionParam] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = MessagesToolDefinitionParam.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> MessagesToolChoiceParamType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmessages_tool_choice_param_type_1 = (
                    MessagesToolChoiceParamType1.from_dict(data)
                )

                return componentsschemasmessages_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesToolChoiceParamType1 | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: MessagesCreateRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MessagesCreateRequestMetadata.from_dict(_metadata)

        _reasoning_effort = d.pop("reasoning_effort", UNSET)
        reasoning_effort: MessagesCreateRequestReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = MessagesCreateRequestReasoningEffort(_reasoning_effort)

        _speed = d.pop("speed", UNSET)
        speed: MessagesCreateRequestSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = MessagesCreateRequestSpeed(_speed)

        def _parse_thinking(
            data: object,
        ) -> MessagesThinkingConfigParamType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmessages_thinking_config_param_type_0 = (
                    MessagesThinkingConfigParamType0.from_dict(data)
                )

                return componentsschemasmessages_thinking_config_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesThinkingConfigParamType0 | None | Unset, data)

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        messages_create_request = cls(
            model=model,
            max_tokens=max_tokens,
            messages=messages,
            system=system,
            stop_sequences=stop_sequences,
            stream=stream,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            tools=tools,
            tool_choice=tool_choice,
            metadata=metadata,
            reasoning_effort=reasoning_effort,
            speed=speed,
            thinking=thinking,
        )

        messages_create_request.additional_properties = d
        return messages_create_request

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
