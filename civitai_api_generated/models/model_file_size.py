from enum import StrEnum


class ModelFileSize(StrEnum):
    FULL = "full"
    PRUNED = "pruned"

    def __str__(self) -> str:
        return str(self.value)
