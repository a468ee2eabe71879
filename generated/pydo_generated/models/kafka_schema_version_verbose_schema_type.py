from enum import StrEnum


class KafkaSchemaVersionVerboseSchemaType(StrEnum):
    AVRO = "AVRO"
    JSON = "JSON"
    PROTOBUF = "PROTOBUF"

    def __str__(self) -> str:
        return str(self.value)
