from enum import StrEnum


class KafkaTopicConfigCompressionType(StrEnum):
    GZIP = "gzip"
    IZ4 = "Iz4"
    PRODUCER = "producer"
    SNAPPY = "snappy"
    UNCOMPRESSED = "uncompressed"
    ZSTD = "zstd"

    def __str__(self) -> str:
        return str(self.value)
