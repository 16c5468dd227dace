"""Look-ups of offset-sorted mentions by range, so long articles stay linear-ish (bisect, not scans)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Generic, Protocol, TypeVar


class _HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_HasSpan)


class SpanIndex(Generic[T]):
    """Items sorted by start offset."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = sorted(items, key=lambda i: i.start)
        self._starts = [i.start for i in self.items]

    def starting_in(self, start: int, end: int) -> list[T]:
        """Items with start <= item.start < end."""
        return self.items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def reversed_before(self, offset: int) -> Iterator[T]:
        """Items starting at or before `offset`, nearest first (for the last fitting antecedent)."""
        for i in range(bisect_right(self._starts, offset) - 1, -1, -1):
            yield self.items[i]
