from enum import StrEnum


class PostgresAdvancedConfigSynchronousReplication(StrEnum):
    OFF = "off"
    QUORUM = "quorum"

    def __str__(self) -> str:
        return str(self.value)
