from enum import StrEnum


class ModelSort(StrEnum):
    HIGHEST_RATED = "Highest Rated"
    MOST_COLLECTED = "Most Collected"
    MOST_DISCUSSED = "Most Discussed"
    MOST_DOWNLOADED = "Most Downloaded"
    MOST_IMAGES = "Most Images"
    MOST_LIKED = "Most Liked"
    NEWEST = "Newest"
    OLDEST = "Oldest"

    def __str__(self) -> str:
        return str(self.value)
