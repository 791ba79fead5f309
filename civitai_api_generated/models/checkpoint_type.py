from enum import StrEnum


class CheckpointType(StrEnum):
    MERGE = "Merge"
    TRAINED = "Trained"

    def __str__(self) -> str:
        return str(self.value)
