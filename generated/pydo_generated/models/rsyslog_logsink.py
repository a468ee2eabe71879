from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rsyslog_logsink_format import RsyslogLogsinkFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="RsyslogLogsink")


@_attrs_define
class RsyslogLogsink:
    """
    Attributes:
        server (str): DNS name or IPv4 address of the rsyslog server Example: 192.168.0.1.
        port (int): The internal port on which the rsyslog server is listening Example: 514.
        tls (bool): Use TLS (as the messages are not filtered and may contain sensitive information, it is highly
            recommended to set this to true if the remote server supports it) Example: False.
        format_ (RsyslogLogsinkFormat): Message format used by the server, this can be either rfc3164 (the old BSD style
            message format), `rfc5424` (current syslog message format) or custom Example: rfc5424.
        logline (str | Unset): Conditional (required if `format` == `custom`).

            Syslog log line template for a custom format, supporting limited rsyslog style templating (using `%tag%`).
            Supported tags are: `HOSTNAME`, `app-name`, `msg`, `msgid`, `pri`, `procid`, `structured-data`, `timestamp` and
            `timestamp:::date-rfc3339`.

            ---
            **Datadog Integration Example for Non-Mongo clusters**:
            ```
            DD_KEY <%pri%>1 %timestamp:::date-rfc3339% %HOSTNAME%.DB_NAME %app-name% - - - %msg%
            ```
            - Replace `DD_KEY` with your actual Datadog API key.
            - Replace `DB_NAME` with the actual name of your database cluster.
            - Configure the Server:
              - US Region: Use `intake.logs.datadoghq.com`
              - EU Region: Use `tcp-intake.logs.datadoghq.eu`
            - Configure the Port:
              - US Region: Use port `10516`
              - EU Region: Use port `443`
            - Enable TLS:
              - Ensure the TLS checkbox is enabled.
            - Note: This configuration applies to **non-Mongo clusters only**. For **Mongo clusters**, use the
            `datadog_logsink` integration instead.
             Example: <%pri%>%timestamp:::date-rfc3339% %HOSTNAME% %app-name% %msg%.
        sd (str | Unset): content of the structured data block of rfc5424 message Example: TOKEN tag="LiteralValue".
        ca (str | Unset): PEM encoded CA certificate Example: -----BEGIN CERTIFICATE-----\\n...\\n-----END
            CERTIFICATE-----\\n.
        key (str | Unset): (PEM format) client key if the server requires client authentication Example: -----BEGIN
            PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n.
        cert (str | Unset): (PEM format) client cert to use Example: -----BEGIN CERTIFICATE-----\\n...\\n-----END
            CERTIFICATE-----\\n.
    """

    server: str
    port: int
    tls: bool
    format_: RsyslogLogsinkFormat
    logline: str | Unset = UNSET
    sd: str | Unset = UNSET
    ca: str | Unset = UNSET
    key: str | Unset = UNSET
    cert: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        port = self.port

        tls = self.tls

        format_ = self.format_.value

        logline = self.logline

        sd = self.sd

        ca = self.ca

        key = self.key

        cert = self.cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
                "port": port,
                "tls": tls,
                "format": format_,
            }
        )
        if logline is not UNSET:
            field_dict["logline"] = logline
        if sd is not UNSET:
            field_dict["sd"] = sd
        if ca is not UNSET:
            field_dict["ca"] = ca
        if key is not UNSET:
            field_dict["key"] = key
        if cert is not UNSET:
            field_dict["cert"] = cert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server = d.pop("server")

        port = d.pop("port")

        tls = d.pop("tls")

        format_ = RsyslogLogsinkFormat(d.pop("format"))

        logline = d.pop("logline", UNSET)

        sd = d.pop("sd", UNSET)

        ca = d.pop("ca", UNSET)

        key = d.pop("key", UNSET)

        cert = d.pop("cert", UNSET)

        rsyslog_logsink = cls(
            server=server,
            port=port,
            tls=tls,
            format_=format_,
            logline=logline,
            sd=sd,
            ca=ca,
            key=key,
            cert=cert,
        )

        rsyslog_logsink.additional_properties = d
        return rsyslog_logsink

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
