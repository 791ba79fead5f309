from enum import StrEnum


class ModelStatus(StrEnum):
    DELETED = "Deleted"
    DRAFT = "Draft"
    GATHERINTEREST = "GatherInterest"
    PUBLISHED = "Published"
    SCHEDULED = "Scheduled"
    TRAINING = "Training"
    UNPUBLISHED = "Unpublished"
    UNPUBLISHEDVIOLATION = "UnpublishedViolation"

    def __str__(self) -> str:
        return str(self.value)
