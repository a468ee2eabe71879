from enum import StrEnum


class ApiEvaluationScope(StrEnum):
    EVALUATION_SCOPE_AGENT = "EVALUATION_SCOPE_AGENT"
    EVALUATION_SCOPE_MODEL = "EVALUATION_SCOPE_MODEL"
    EVALUATION_SCOPE_UNSPECIFIED = "EVALUATION_SCOPE_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
