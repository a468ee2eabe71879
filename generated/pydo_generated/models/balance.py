from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        month_to_date_balance (str | Unset): Balance as of the `generated_at` time.  This value includes the
            `account_balance` and `month_to_date_usage`. Example: 23.44.
        account_balance (str | Unset): Current balance of the customer's most recent billing activity.  Does not reflect
            `month_to_date_usage`. Example: 12.23.
        month_to_date_usage (str | Unset): Amount used in the current billing period as of the `generated_at` time.
            Example: 11.21.
        generated_at (datetime.datetime | Unset): The time at which balances were most recently generated. Example:
            2019-07-09T15:01:12Z.
    """

    month_to_date_balance: str | Unset = UNSET
    account_balance: str | Unset = UNSET
    month_to_date_usage: str | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month_to_date_balance = self.month_to_date_balance

        account_balance = self.account_balance

        month_to_date_usage = self.month_to_date_usage

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month_to_date_balance is not UNSET:
            field_dict["month_to_date_balance"] = month_to_date_balance
        if account_balance is not UNSET:
            field_dict["account_balance"] = account_balance
        if month_to_date_usage is not UNSET:
            field_dict["month_to_date_usage"] = month_to_date_usage
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        month_to_date_balance = d.pop("month_to_date_balance", UNSET)

        account_balance = d.pop("account_balance", UNSET)

        month_to_date_usage = d.pop("month_to_date_usage", UNSET)

        _generated_at = d.pop("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        balance = cls(
            month_to_date_balance=month_to_date_balance,
            account_balance=account_balance,
            month_to_date_usage=month_to_date_usage,
            generated_at=generated_at,
        )

        balance.additional_properties = d
        return balance

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
