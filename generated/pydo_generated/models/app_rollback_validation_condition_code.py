from enum import StrEnum


class AppRollbackValidationConditionCode(StrEnum):
    APP_PINNED = "app_pinned"
    DATABASE_CONFIG_CONFLICT = "database_config_conflict"
    EXCEEDED_REVISION_LIMIT = "exceeded_revision_limit"
    IMAGE_SOURCE_MISSING_DIGEST = "image_source_missing_digest"
    INCOMPATIBLE_PHASE = "incompatible_phase"
    INCOMPATIBLE_RESULT = "incompatible_result"
    REGION_CONFLICT = "region_conflict"
    STATIC_SITE_REQUIRES_REBUILD = "static_site_requires_rebuild"

    def __str__(self) -> str:
        return str(self.value)
