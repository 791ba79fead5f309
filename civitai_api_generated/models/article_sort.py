from enum import StrEnum


class ArticleSort(StrEnum):
    MOST_BOOKMARKS = "Most Bookmarks"
    MOST_COLLECTED = "Most Collected"
    MOST_COMMENTS = "Most Comments"
    MOST_REACTIONS = "Most Reactions"
    NEWEST = "Newest"
    RECENTLY_UPDATED = "Recently Updated"

    def __str__(self) -> str:
        return str(self.value)
