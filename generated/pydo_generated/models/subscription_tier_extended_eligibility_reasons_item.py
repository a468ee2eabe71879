from enum import StrEnum


class SubscriptionTierExtendedEligibilityReasonsItem(StrEnum):
    OVERREPOSITORYLIMIT = "OverRepositoryLimit"
    OVERSTORAGELIMIT = "OverStorageLimit"

    def __str__(self) -> str:
        return str(self.value)
