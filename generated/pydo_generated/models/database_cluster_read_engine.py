from enum import StrEnum


class DatabaseClusterReadEngine(StrEnum):
    ADVANCED_MYSQL = "advanced_mysql"
    ADVANCED_PG = "advanced_pg"
    KAFKA = "kafka"
    MONGODB = "mongodb"
    MYSQL = "mysql"
    OPENSEARCH = "opensearch"
    PG = "pg"
    REDIS = "redis"
    VALKEY = "valkey"

    def __str__(self) -> str:
        return str(self.value)
