"""A time budget per document, so that one input the coder cannot finish never stops a batch.

A rule-based coder walks parse trees with loops; a parse shape nobody foresaw can
make one of them run on (session 20 found a walk that never ended on a verbless
line rooted on a preposition). Bad input must cost one rejected document with its
reason, not the whole ingest, so each document gets a budget that grows with its
length and is far above what normal coding needs (~5,000 words a second).

The budget uses the process's real-time interval timer, which only the main thread
of a Unix process can arm; elsewhere (worker threads, Windows) documents run
without a budget rather than failing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

FLOOR_SECONDS = 60.0  # no document, however short, is cut off sooner
CHARS_PER_SECOND = 2_000  # about 1/15 of the coder's normal pace: beyond it, something loops


class DocumentTimeout(Exception):
    """Raised inside a document's processing when its budget is spent."""


def budget(characters: int) -> float:
    """Seconds allowed for a document of this many characters."""
    return max(FLOOR_SECONDS, characters / CHARS_PER_SECOND)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Run the block under a budget; on overrun raise DocumentTimeout. The message names no
    input: the rejection record carries it, and equal reasons are counted together."""
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        yield
        return

    def overrun(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"processing ran past its {seconds:.0f} s budget and was stopped "
                              "(the coder should never need that long: please report the input)")

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
