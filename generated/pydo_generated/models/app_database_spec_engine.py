from enum import StrEnum


class AppDatabaseSpecEngine(StrEnum):
    KAFKA = "KAFKA"
    MONGODB = "MONGODB"
    MYSQL = "MYSQL"
    OPENSEARCH = "OPENSEARCH"
    PG = "PG"
    REDIS = "REDIS"
    UNSET = "UNSET"
    VALKEY = "VALKEY"

    def __str__(self) -> str:
        return str(self.value)
