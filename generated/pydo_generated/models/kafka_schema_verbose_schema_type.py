from enum import StrEnum


class KafkaSchemaVerboseSchemaType(StrEnum):
    AVRO = "AVRO"
    JSON = "JSON"
    PROTOBUF = "PROTOBUF"

    def __str__(self) -> str:
        return str(self.value)
