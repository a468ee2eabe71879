from enum import StrEnum


class PostgresAdvancedConfigPgStatStatementsTrack(StrEnum):
    ALL = "all"
    NONE = "none"
    TOP = "top"

    def __str__(self) -> str:
        return str(self.value)
