from enum import StrEnum


class RsyslogLogsinkFormat(StrEnum):
    CUSTOM = "custom"
    RFC3164 = "rfc3164"
    RFC5424 = "rfc5424"

    def __str__(self) -> str:
        return str(self.value)
