from enum import StrEnum


class KafkaAdvancedConfigCompressionType(StrEnum):
    GZIP = "gzip"
    LZ4 = "lz4"
    PRODUCER = "producer"
    SNAPPY = "snappy"
    UNCOMPRESSED = "uncompressed"
    ZSTD = "zstd"

    def __str__(self) -> str:
        return str(self.value)
