from enum import StrEnum


class ImageSort(StrEnum):
    MOST_COLLECTED = "Most Collected"
    MOST_COMMENTS = "Most Comments"
    MOST_REACTIONS = "Most Reactions"
    NEWEST = "Newest"
    OLDEST = "Oldest"
    RANDOM = "Random"

    def __str__(self) -> str:
        return str(self.value)
