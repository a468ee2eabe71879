from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_llm_span_tools_item import ApiLLMSpanToolsItem
    from ..models.api_span_common import ApiSpanCommon


T = TypeVar("T", bound="ApiLLMSpan")


@_attrs_define
class ApiLLMSpan:
    """LLM span

    Attributes:
        common (ApiSpanCommon | Unset): Common optional fields shared by all span types
        model (str | Unset):  Example: example string.
        num_input_tokens (int | Unset):  Example: 123.
        num_output_tokens (int | Unset):  Example: 123.
        temperature (float | Unset):  Example: 123.
        time_to_first_token_ns (str | Unset):  Example: 12345.
        tools (list[ApiLLMSpanToolsItem] | Unset): Tool definitions passed to the model
        total_tokens (int | Unset):  Example: 123.
    """

    common: ApiSpanCommon | Unset = UNSET
    model: str | Unset = UNSET
    num_input_tokens: int | Unset = UNSET
    num_output_tokens: int | Unset = UNSET
    temperature: float | Unset = UNSET
    time_to_first_token_ns: str | Unset = UNSET
    tools: list[ApiLLMSpanToolsItem] | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common, Unset):
            common = self.common.to_dict()

        model = self.model

        num_input_tokens = self.num_input_tokens

        num_output_tokens = self.num_output_tokens

        temperature = self.temperature

        time_to_first_token_ns = self.time_to_first_token_ns

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common is not UNSET:
            field_dict["common"] = common
        if model is not UNSET:
            field_dict["model"] = model
        if num_input_tokens is not UNSET:
            field_dict["num_input_tokens"] = num_input_tokens
        if num_output_tokens is not UNSET:
            field_dict["num_output_tokens"] = num_output_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if time_to_first_token_ns is not UNSET:
            field_dict["time_to_first_token_ns"] = time_to_first_token_ns
        if tools is not UNSET:
            field_dict["tools"] = tools
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_llm_span_tools_item import ApiLLMSpanToolsItem
        from ..models.api_span_common import ApiSpanCommon

        d = dict(src_dict)
        _common = d.pop("common", UNSET)
        common: ApiSpanCommon | Unset
        if isinstance(_common, Unset):
            common = UNSET
        else:
            common = ApiSpanCommon.from_dict(_common)

        model = d.pop("model", UNSET)

        num_input_tokens = d.pop("num_input_tokens", UNSET)

        num_output_tokens = d.pop("num_output_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        time_to_first_token_ns = d.pop("time_to_first_token_ns", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[ApiLLMSpanToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ApiLLMSpanToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        total_tokens = d.pop("total_tokens", UNSET)

        api_llm_span = cls(
            common=common,
            model=model,
            num_input_tokens=num_input_tokens,
            num_output_tokens=num_output_tokens,
            temperature=temperature,
            time_to_first_token_ns=time_to_first_token_ns,
            tools=tools,
            total_tokens=total_tokens,
        )

        api_llm_span.additional_properties = d
        return api_llm_span

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
