from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logsink_base_verbose_sink_type import LogsinkBaseVerboseSinkType

if TYPE_CHECKING:
    from ..models.datadog_logsink import DatadogLogsink
    from ..models.elasticsearch_logsink import ElasticsearchLogsink
    from ..models.opensearch_logsink import OpensearchLogsink
    from ..models.rsyslog_logsink import RsyslogLogsink


T = TypeVar("T", bound="LogsinkSchema")


@_attrs_define
class LogsinkSchema:
    """
    Attributes:
        sink_id (str): A unique identifier for Logsink Example: dfcc9f57d86bf58e321c2c6c31c7a971be244ac7.
        sink_name (str): The name of the Logsink Example: prod-logsink.
        sink_type (LogsinkBaseVerboseSinkType):  Example: rsyslog.
        config (DatadogLogsink | ElasticsearchLogsink | OpensearchLogsink | RsyslogLogsink):  Example: {'config':
            {'server': '192.168.0.1', 'port': 514, 'tls': False, 'format': 'rfc5424'}}.
    """

    sink_id: str
    sink_name: str
    sink_type: LogsinkBaseVerboseSinkType
    config: DatadogLogsink | ElasticsearchLogsink | OpensearchLogsink | RsyslogLogsink
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.elasticsearch_logsink import ElasticsearchLogsink
        from ..models.opensearch_logsink import OpensearchLogsink
        from ..models.rsyslog_logsink import RsyslogLogsink

        sink_id = self.sink_id

        sink_name = self.sink_name

        sink_type = self.sink_type.value

        config: dict[str, Any]
        if (
            isinstance(self.config, RsyslogLogsink)
            or isinstance(self.config, ElasticsearchLogsink)
            or isinstance(self.config, OpensearchLogsink)
        ):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sink_id": sink_id,
                "sink_name": sink_name,
                "sink_type": sink_type,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.datadog_logsink import DatadogLogsink
        from ..models.elasticsearch_logsink import ElasticsearchLogsink
        from ..models.opensearch_logsink import OpensearchLogsink
        from ..models.rsyslog_logsink import RsyslogLogsink

        d = dict(src_dict)
        sink_id = d.pop("sink_id")

        sink_name = d.pop("sink_name")

        sink_type = LogsinkBaseVerboseSinkType(d.pop("sink_type"))

        def _parse_config(
            data: object,
        ) -> DatadogLogsink | ElasticsearchLogsink | OpensearchLogsink | RsyslogLogsink:
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

        config = _parse_config(d.pop("config"))

        logsink_schema = cls(
            sink_id=sink_id,
            sink_name=sink_name,
            sink_type=sink_type,
            config=config,
        )

        logsink_schema.additional_properties = d
        return logsink_schema

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
