from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImagesPostAccountTransferAccept")


@_attrs_define
class ImagesPostAccountTransferAccept:
    """
    Attributes:
        transfer_id (int): A unique number that used to identify and reference an image account transfer. Example:
            3164444.
        recipient_uuid (str): The UUID of the team that the image will be transferred to. Example:
            4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
    """

    transfer_id: int
    recipient_uuid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        recipient_uuid = self.recipient_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "recipient_uuid": recipient_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")

        recipient_uuid = d.pop("recipient_uuid")

        images_post_account_transfer_accept = cls(
            transfer_id=transfer_id,
            recipient_uuid=recipient_uuid,
        )

        images_post_account_transfer_accept.additional_properties = d
        return images_post_account_transfer_accept

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
