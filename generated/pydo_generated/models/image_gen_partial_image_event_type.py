from enum import StrEnum


class ImageGenPartialImageEventType(StrEnum):
    IMAGE_GENERATION_PARTIAL_IMAGE = "image_generation.partial_image"

    def __str__(self) -> str:
        return str(self.value)
