from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_request_tool_choice_type_0 import (
    CreateResponseRequestToolChoiceType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_request_input_type_1_item import (
        CreateResponseRequestInputType1Item,
    )
    from ..models.create_response_request_metadata_type_0 import (
        CreateResponseRequestMetadataType0,
    )
    from ..models.create_response_request_stream_options_type_0 import (
        CreateResponseRequestStreamOptionsType0,
    )
    from ..models.create_response_request_tool_choice_type_1 import (
        CreateResponseRequestToolChoiceType1,
    )
    from ..models.create_response_request_tools_type_0_item import (
        CreateResponseRequestToolsType0Item,
    )


T = TypeVar("T", bound="CreateResponseRequest")


@_attrs_define
class CreateResponseRequest:
    """Request body for sending a prompt to a model using the Responses API.

    Attributes:
        model (str): The model ID of the model you want to use. Get the model ID using `/v1/models` or on the available
            models page.
             Example: openai-gpt-oss-20b.
        input_ (list[CreateResponseRequestInputType1Item] | str): The prompt or input content you want the model to
            respond to. Can be a simple text string or an array of message objects for conversation context.
        max_output_tokens (int | None | Unset): The maximum number of tokens to generate in the response.
             Example: 50.
        temperature (float | None | Unset): A value between 0.0 and 2.0 to control randomness and creativity. Lower
            values like 0.2 make the output more focused and deterministic, while higher values like 0.8 make it more
            random.
             Example: 0.7.
        stream (bool | None | Unset): Set to true to stream partial responses as Server-Sent Events.
             Default: False. Example: False.
        instructions (None | str | Unset): System-level instructions for the model. This sets the behavior and context
            for the response generation.
             Example: You are a helpful assistant..
        top_p (float | None | Unset): An alternative to sampling with temperature, called nucleus sampling, where the
            model considers the results of the tokens with top_p probability mass.
             Example: 1.
        stream_options (CreateResponseRequestStreamOptionsType0 | None | Unset): Options for streaming response. Only
            set this when you set stream to true.
        tools (list[CreateResponseRequestToolsType0Item] | None | Unset): A list of tools the model may call.
        tool_choice (CreateResponseRequestToolChoiceType0 | CreateResponseRequestToolChoiceType1 | Unset): Controls
            which (if any) tool is called by the model.
        stop (list[str] | None | str | Unset): Up to 4 sequences where the API will stop generating further tokens.
        metadata (CreateResponseRequestMetadataType0 | None | Unset): Set of key-value pairs that can be attached to the
            request.
             Example: {'session_id': 'abc123'}.
        user (None | str | Unset): A unique identifier representing your end-user.
             Example: user-1234.
    """

    model: str
    input_: list[CreateResponseRequestInputType1Item] | str
    max_output_tokens: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    stream: bool | None | Unset = False
    instructions: None | str | Unset = UNSET
    top_p: float | None | Unset = UNSET
    stream_options: CreateResponseRequestStreamOptionsType0 | None | Unset = UNSET
    tools: list[CreateResponseRequestToolsType0Item] | None | Unset = UNSET
    tool_choice: (
        CreateResponseRequestToolChoiceType0
        | CreateResponseRequestToolChoiceType1
        | Unset
    ) = UNSET
    stop: list[str] | None | str | Unset = UNSET
    metadata: CreateResponseRequestMetadataType0 | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_response_request_metadata_type_0 import (
            CreateResponseRequestMetadataType0,
        )
        from ..models.create_response_request_stream_options_type_0 import (
            CreateResponseRequestStreamOptionsType0,
        )

        model = self.model

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, CreateResponseRequestStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, CreateResponseRequestToolChoiceType0):
            tool_choice = self.tool_choice.value
        else:
            tool_choice = self.tool_choice.to_dict()

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateResponseRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if stop is not UNSET:
            field_dict["stop"] = stop
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_request_input_type_1_item import (
            CreateResponseRequestInputType1Item,
        )
        from ..models.create_response_request_metadata_type_0 import (
            CreateResponseRequestMetadataType0,
        )
        from ..models.create_response_request_stream_options_type_0 import (
            CreateResponseRequestStreamOptionsType0,
        )
        from ..models.create_response_request_tool_choice_type_1 import (
            CreateResponseRequestToolChoiceType1,
        )
        from ..models.create_response_request_tools_type_0_item import (
            CreateResponseRequestToolsType0Item,
        )

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_input_(
            data: object,
        ) -> list[CreateResponseRequestInputType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = CreateResponseRequestInputType1Item.from_dict(
                        input_type_1_item_data
                    )

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateResponseRequestInputType1Item] | str, data)

        input_ = _parse_input_(d.pop("input"))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_stream_options(
            data: object,
        ) -> CreateResponseRequestStreamOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = (
                    CreateResponseRequestStreamOptionsType0.from_dict(data)
                )

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseRequestStreamOptionsType0 | None | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_tools(
            data: object,
        ) -> list[CreateResponseRequestToolsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = CreateResponseRequestToolsType0Item.from_dict(
                        tools_type_0_item_data
                    )

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateResponseRequestToolsType0Item] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            CreateResponseRequestToolChoiceType0
            | CreateResponseRequestToolChoiceType1
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = CreateResponseRequestToolChoiceType0(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_1 = CreateResponseRequestToolChoiceType1.from_dict(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_metadata(
            data: object,
        ) -> CreateResponseRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateResponseRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateResponseRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        create_response_request = cls(
            model=model,
            input_=input_,
            max_output_tokens=max_output_tokens,
            temperature=temperature,
            stream=stream,
            instructions=instructions,
            top_p=top_p,
            stream_options=stream_options,
            tools=tools,
            tool_choice=tool_choice,
            stop=stop,
            metadata=metadata,
            user=user,
        )

        create_response_request.additional_properties = d
        return create_response_request

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
