"""How fast an export asks: a pure pacer (no clock of its own, no sleeping).

One request at a time always. With a rate cap (`--rate R`) requests start at least 1/R
seconds apart. After a 429 the pace halves (the gap between requests doubles, measured from
the pace actually reached when no cap was set); each page that follows without a 429 shortens
the gap by a tenth, back to the cap, so the rate recovers slowly.
"""

from __future__ import annotations

__all__ = ["Pace"]

_RECOVERY = 0.9
# The gap after a 429 when the pace so far was too quick to measure.
_FIRST_BACKOFF = 0.5


class Pace:
    """The gap to keep between the starts of two requests.

    Args:
        rate: Requests per second at most; None for no cap.
    """

    def __init__(self, rate: float | None = None) -> None:
        if rate is not None and rate <= 0:
            raise ValueError("rate must be > 0")
        self.floor = 1.0 / rate if rate else 0.0
        self.gap = self.floor

    def delay(self, since_last_start: float | None) -> float:
        """Seconds to wait before the next request, `since_last_start` seconds after the
        previous one started (None: this is the first)."""
        if since_last_start is None:
            return 0.0
        return max(0.0, self.gap - since_last_start)

    def after_page(self, rate_limited: int, last_duration: float) -> None:
        """Adjust after a page: `rate_limited` 429s met while fetching it, which took
        `last_duration` seconds (retries included)."""
        if rate_limited:
            reached = max(self.gap, last_duration / (rate_limited + 1), _FIRST_BACKOFF / 2)
            self.gap = 2 * reached
        elif self.gap > self.floor:
            self.gap = max(self.floor, self.gap * _RECOVERY)
            if self.gap < _FIRST_BACKOFF / 4 and self.floor == 0.0:
                self.gap = 0.0

    @property
    def rate(self) -> float | None:
        """The current pace in requests per second (None: no gap)."""
        return 1.0 / self.gap if self.gap else None
