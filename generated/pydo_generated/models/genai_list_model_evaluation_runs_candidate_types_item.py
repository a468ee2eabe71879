from enum import StrEnum


class GenaiListModelEvaluationRunsCandidateTypesItem(StrEnum):
    CANDIDATE_MODEL_SOURCE_DEDICATED = "CANDIDATE_MODEL_SOURCE_DEDICATED"
    CANDIDATE_MODEL_SOURCE_ROUTER = "CANDIDATE_MODEL_SOURCE_ROUTER"
    CANDIDATE_MODEL_SOURCE_SERVERLESS = "CANDIDATE_MODEL_SOURCE_SERVERLESS"

    def __str__(self) -> str:
        return str(self.value)
