from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_log_destination_datadog_spec import AppLogDestinationDatadogSpec
    from ..models.app_log_destination_logtail_spec import AppLogDestinationLogtailSpec
    from ..models.app_log_destination_open_search_spec import (
        AppLogDestinationOpenSearchSpec,
    )
    from ..models.app_log_destination_papertrail_spec import (
        AppLogDestinationPapertrailSpec,
    )


T = TypeVar("T", bound="ConfigurationsForExternalLogging")


@_attrs_define
class ConfigurationsForExternalLogging:
    """
    Attributes:
        name (str):  Example: my_log_destination.
        papertrail (AppLogDestinationPapertrailSpec | Unset): Papertrail configuration.
        datadog (AppLogDestinationDatadogSpec | Unset): DataDog configuration.
        logtail (AppLogDestinationLogtailSpec | Unset): Logtail configuration.
        open_search (AppLogDestinationOpenSearchSpec | Unset): OpenSearch configuration.
    """

    name: str
    papertrail: AppLogDestinationPapertrailSpec | Unset = UNSET
    datadog: AppLogDestinationDatadogSpec | Unset = UNSET
    logtail: AppLogDestinationLogtailSpec | Unset = UNSET
    open_search: AppLogDestinationOpenSearchSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        papertrail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.papertrail, Unset):
            papertrail = self.papertrail.to_dict()

        datadog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datadog, Unset):
            datadog = self.datadog.to_dict()

        logtail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logtail, Unset):
            logtail = self.logtail.to_dict()

        open_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_search, Unset):
            open_search = self.open_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if papertrail is not UNSET:
            field_dict["papertrail"] = papertrail
        if datadog is not UNSET:
            field_dict["datadog"] = datadog
        if logtail is not UNSET:
            field_dict["logtail"] = logtail
        if open_search is not UNSET:
            field_dict["open_search"] = open_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_log_destination_datadog_spec import (
            AppLogDestinationDatadogSpec,
        )
        from ..models.app_log_destination_logtail_spec import (
            AppLogDestinationLogtailSpec,
        )
        from ..models.app_log_destination_open_search_spec import (
            AppLogDestinationOpenSearchSpec,
        )
        from ..models.app_log_destination_papertrail_spec import (
            AppLogDestinationPapertrailSpec,
        )

        d = dict(src_dict)
        name = d.pop("name")

        _papertrail = d.pop("papertrail", UNSET)
        papertrail: AppLogDestinationPapertrailSpec | Unset
        if isinstance(_papertrail, Unset):
            papertrail = UNSET
        else:
            papertrail = AppLogDestinationPapertrailSpec.from_dict(_papertrail)

        _datadog = d.pop("datadog", UNSET)
        datadog: AppLogDestinationDatadogSpec | Unset
        if isinstance(_datadog, Unset):
            datadog = UNSET
        else:
            datadog = AppLogDestinationDatadogSpec.from_dict(_datadog)

        _logtail = d.pop("logtail", UNSET)
        logtail: AppLogDestinationLogtailSpec | Unset
        if isinstance(_logtail, Unset):
            logtail = UNSET
        else:
            logtail = AppLogDestinationLogtailSpec.from_dict(_logtail)

        _open_search = d.pop("open_search", UNSET)
        open_search: AppLogDestinationOpenSearchSpec | Unset
        if isinstance(_open_search, Unset):
            open_search = UNSET
        else:
            open_search = AppLogDestinationOpenSearchSpec.from_dict(_open_search)

        configurations_for_external_logging = cls(
            name=name,
            papertrail=papertrail,
            datadog=datadog,
            logtail=logtail,
            open_search=open_search,
        )

        configurations_for_external_logging.additional_properties = d
        return configurations_for_external_logging

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
