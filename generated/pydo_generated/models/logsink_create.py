from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logsink_base_sink_type import LogsinkBaseSinkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datadog_logsink import DatadogLogsink
    from ..models.elasticsearch_logsink import ElasticsearchLogsink
    from ..models.opensearch_logsink import OpensearchLogsink
    from ..models.rsyslog_logsink import RsyslogLogsink


T = TypeVar("T", bound="LogsinkCreate")


@_attrs_define
class LogsinkCreate:
    """
    Attributes:
        sink_name (str | Unset): The name of the Logsink Example: prod-logsink.
        sink_type (LogsinkBaseSinkType | Unset): Type of logsink integration.

            - Use `datadog` for Datadog integration **only with MongoDB clusters**.
            - For non-MongoDB clusters, use `rsyslog` for general syslog forwarding.
            - Other supported types include `elasticsearch` and `opensearch`.

            More details about the configuration can be found in the `config` property.
             Example: rsyslog.
        config (DatadogLogsink | ElasticsearchLogsink | OpensearchLogsink | RsyslogLogsink | Unset):
    """

    sink_name: str | Unset = UNSET
    sink_type: LogsinkBaseSinkType | Unset = UNSET
    config: (
        DatadogLogsink
        | ElasticsearchLogsink
        | OpensearchLogsink
        | RsyslogLogsink
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.elasticsearch_logsink import ElasticsearchLogsink
        from ..models.opensearch_logsink import OpensearchLogsink
        from ..models.rsyslog_logsink import RsyslogLogsink

        sink_name = self.sink_name

        sink_type: str | Unset = UNSET
        if not isinstance(self.sink_type, Unset):
            sink_type = self.sink_type.value

        config: dict[str, Any] | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif (
            isinstance(self.config, RsyslogLogsink)
            or isinstance(self.config, ElasticsearchLogsink)
            or isinstance(self.config, OpensearchLogsink)
        ):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sink_name is not UNSET:
            field_dict["sink_name"] = sink_name
        if sink_type is not UNSET:
            field_dict["sink_type"] = sink_type
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.datadog_logsink import DatadogLogsink
        from ..models.elasticsearch_logsink import ElasticsearchLogsink
        from ..models.opensearch_logsink import OpensearchLogsink
        from ..models.rsyslog_logsink import RsyslogLogsink

        d = dict(src_dict)
        sink_name = d.pop("sink_name", UNSET)

        _sink_type = d.pop("sink_type", UNSET)
        sink_type: LogsinkBaseSinkType | Unset
        if isinstance(_sink_type, Unset):
            sink_type = UNSET
        else:
            sink_type = LogsinkBaseSinkType(_sink_type)

        def _parse_config(
            data: object,
        ) -> (
            DatadogLogsink
            | ElasticsearchLogsink
            | OpensearchLogsink
            | RsyslogLogsink
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = RsyslogLogsink.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_1 = ElasticsearchLogsink.from_dict(data)

                return config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_2 = OpensearchLogsink.from_dict(data)

                return config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_3 = DatadogLogsink.from_dict(data)

            return config_type_3

        config = _parse_config(d.pop("config", UNSET))

        logsink_create = cls(
            sink_name=sink_name,
            sink_type=sink_type,
            config=config,
        )

        logsink_create.additional_properties = d
        return logsink_create

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
