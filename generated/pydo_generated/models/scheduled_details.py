from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_details_body_type_0 import ScheduledDetailsBodyType0


T = TypeVar("T", bound="ScheduledDetails")


@_attrs_define
class ScheduledDetails:
    """Trigger details for SCHEDULED type, where body is optional.

    Attributes:
        cron (str): valid cron expression string which is required for SCHEDULED type triggers. Example: * * * * *.
        body (None | ScheduledDetailsBodyType0 | Unset): Optional data to be sent to function while triggering the
            function.
    """

    cron: str
    body: None | ScheduledDetailsBodyType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scheduled_details_body_type_0 import ScheduledDetailsBodyType0

        cron = self.cron

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, ScheduledDetailsBodyType0):
            body = self.body.to_dict()
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron": cron,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_details_body_type_0 import ScheduledDetailsBodyType0

        d = dict(src_dict)
        cron = d.pop("cron")

        def _parse_body(data: object) -> None | ScheduledDetailsBodyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = ScheduledDetailsBodyType0.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduledDetailsBodyType0 | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        scheduled_details = cls(
            cron=cron,
            body=body,
        )

        scheduled_details.additional_properties = d
        return scheduled_details

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
