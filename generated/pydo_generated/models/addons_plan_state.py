from enum import StrEnum


class AddonsPlanState(StrEnum):
    APPROVED = "approved"
    ARCHIVED = "archived"
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SUSPENDED = "suspended"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
