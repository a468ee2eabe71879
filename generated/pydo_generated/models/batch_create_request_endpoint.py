from enum import StrEnum


class BatchCreateRequestEndpoint(StrEnum):
    VALUE_0 = "/v1/responses"
    VALUE_1 = "/v1/chat/completions"

    def __str__(self) -> str:
        return str(self.value)
