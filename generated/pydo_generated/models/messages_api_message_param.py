from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_api_message_param_role import MessagesApiMessageParamRole

if TYPE_CHECKING:
    from ..models.messages_image_block_param import MessagesImageBlockParam
    from ..models.messages_request_text_block_param import MessagesRequestTextBlockParam
    from ..models.messages_tool_result_block_param import MessagesToolResultBlockParam
    from ..models.messages_tool_use_block_param import MessagesToolUseBlockParam


T = TypeVar("T", bound="MessagesApiMessageParam")


@_attrs_define
class MessagesApiMessageParam:
    """One turn in the conversation. Roles are `user` or `assistant` (no `system` role; use the top-level `system` field).
    Content may be a string (equivalent to a single text block) or an array of content blocks.

        Attributes:
            role (MessagesApiMessageParamRole): Speaker role for this message. Example: user.
            content (list[MessagesImageBlockParam | MessagesRequestTextBlockParam | MessagesToolResultBlockParam |
                MessagesToolUseBlockParam] | str): Message body as plain text or structured blocks. Example: What is the capital
                of Portugal?.
    """

    role: MessagesApiMessageParamRole
    content: (
        list[
            MessagesImageBlockParam
            | MessagesRequestTextBlockParam
            | MessagesToolResultBlockParam
            | MessagesToolUseBlockParam
        ]
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_image_block_param import MessagesImageBlockParam
        from ..models.messages_request_text_block_param import (
            MessagesRequestTextBlockParam,
        )
        from ..models.messages_tool_use_block_param import MessagesToolUseBlockParam

        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, MessagesRequestTextBlockParam)
                    or isinstance(content_type_1_item_data, MessagesImageBlockParam)
                    or isinstance(content_type_1_item_data, MessagesToolUseBlockParam)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_image_block_param import MessagesImageBlockParam
        from ..models.messages_request_text_block_param import (
            MessagesRequestTextBlockParam,
        )
        from ..models.messages_tool_result_block_param import (
            MessagesToolResultBlockParam,
        )
        from ..models.messages_tool_use_block_param import MessagesToolUseBlockParam

        d = dict(src_dict)
        role = MessagesApiMessageParamRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                MessagesImageBlockParam
                | MessagesRequestTextBlockParam
                | MessagesToolResultBlockParam
                | MessagesToolUseBlockParam
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        MessagesImageBlockParam
                        | MessagesRequestTextBlockParam
                        | MessagesToolResultBlockParam
                        | MessagesToolUseBlockParam
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemasmessages_request_content_block_param_type_0 = MessagesRequestTextBlockParam.from_dict(
                                data
                            )

                            return componentsschemasmessages_request_content_block_param_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemasmessages_request_content_block_param_type_1 = MessagesImageBlockParam.from_dict(
                                data
                            )

                            return componentsschemasmessages_request_content_block_param_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemasmessages_request_content_block_param_type_2 = MessagesToolUseBlockParam.from_dict(
                                data
                            )

                            return componentsschemasmessages_request_content_block_param_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemasmessages_request_content_block_param_type_3 = (
                            MessagesToolResultBlockParam.from_dict(data)
                        )

                        return (
                            componentsschemasmessages_request_content_block_param_type_3
                        )

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MessagesImageBlockParam
                    | MessagesRequestTextBlockParam
                    | MessagesToolResultBlockParam
                    | MessagesToolUseBlockParam
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        messages_api_message_param = cls(
            role=role,
            content=content,
        )

        messages_api_message_param.additional_properties = d
        return messages_api_message_param

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
