from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_mcp_server_headers import ApiMcpServerHeaders


T = TypeVar("T", bound="ApiMcpServer")


@_attrs_define
class ApiMcpServer:
    """McpServer defines a remote MCP server configuration for an agent.

    Attributes:
        allowed_tools (list[str] | Unset): Optional list of allowed tool names to expose from this server Example:
            ['example string'].
        authorization (str | Unset): Optional authorization header value for the MCP server Example: example string.
        headers (ApiMcpServerHeaders | Unset): Optional additional headers to send to the MCP server
        server_label (str | Unset): A label identifying this MCP server Example: example string.
        server_url (str | Unset): The URL of the MCP server Example: example string.
    """

    allowed_tools: list[str] | Unset = UNSET
    authorization: str | Unset = UNSET
    headers: ApiMcpServerHeaders | Unset = UNSET
    server_label: str | Unset = UNSET
    server_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_tools: list[str] | Unset = UNSET
        if not isinstance(self.allowed_tools, Unset):
            allowed_tools = self.allowed_tools

        authorization = self.authorization

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        server_label = self.server_label

        server_url = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if headers is not UNSET:
            field_dict["headers"] = headers
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if server_url is not UNSET:
            field_dict["server_url"] = server_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_mcp_server_headers import ApiMcpServerHeaders

        d = dict(src_dict)
        allowed_tools = cast(list[str], d.pop("allowed_tools", UNSET))

        authorization = d.pop("authorization", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ApiMcpServerHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ApiMcpServerHeaders.from_dict(_headers)

        server_label = d.pop("server_label", UNSET)

        server_url = d.pop("server_url", UNSET)

        api_mcp_server = cls(
            allowed_tools=allowed_tools,
            authorization=authorization,
            headers=headers,
            server_label=server_label,
            server_url=server_url,
        )

        api_mcp_server.additional_properties = d
        return api_mcp_server

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
