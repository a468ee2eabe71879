from enum import StrEnum


class CreateResponseStreamResponseObject(StrEnum):
    RESPONSE_CHUNK = "response.chunk"

    def __str__(self) -> str:
        return str(self.value)
