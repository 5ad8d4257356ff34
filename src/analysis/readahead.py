"""Read-ahead: produce the next items of an iterator in a background thread.

Ingest uses it to parse the next part of a file while the store writes the current one.
Parsing a part is pandas and Arrow work; writing it is DuckDB work, which releases the
GIL. Running the reader one part ahead in a thread overlaps the two on a second core;
at most ``depth`` parts wait in between, so memory stays that of a few parts.

>>> list(prefetch(iter(range(5))))
[0, 1, 2, 3, 4]
>>> def broken():
...     yield 1
...     raise ValueError("row 7: bad date")
>>> parts = prefetch(broken())
>>> next(parts)
1
>>> next(parts)
Traceback (most recent call last):
ValueError: row 7: bad date
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def prefetch(items: Iterable[T], depth: int = 1) -> Iterator[T]:
    """The items of ``items``, produced in a background thread up to ``depth`` ahead.

    An exception in the producer is raised here, in the consumer, at the point where the
    failing item would have come. Stopping early (an error while writing) stops the
    producer at its next item.
    """
    handoff: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry: tuple[object, object]) -> bool:
        while not stop.is_set():
            try:
                handoff.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((item, None)):
                    return
        except BaseException as exc:  # handed to the consumer, which raises it
            put((_DONE, exc))
            return
        put((_DONE, None))

    worker = threading.Thread(target=produce, name="analysis-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item, error = handoff.get()
            if item is _DONE:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        worker.join(timeout=5)
