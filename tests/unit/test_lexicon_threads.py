"""The lexicon is read by the local endpoint's threads at once (agents that run in parallel)."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from agentkit.local import lexicon

WORDS = [f"{stem}{suffix}" for stem in ("connect", "generat", "relat", "hop", "agree", "nation", "play")
         for suffix in ("ing", "ed", "ation", "ational", "ively", "fulness", "s", "er", "ers")]  # fmt: skip


def test_roots_stemmed_on_many_threads_are_the_roots_stemmed_on_one() -> None:
    """The Snowball stemmer holds the word it stems: without the lock, threads that switch often (a
    microsecond here) read each other's words half-way, raise or return another word's root."""
    lexicon.root.cache_clear()
    alone = [lexicon.root(w) for w in WORDS]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(20):
            lexicon.root.cache_clear()
            with ThreadPoolExecutor(max_workers=8) as pool:
                assert list(pool.map(lexicon.root, WORDS * 20)) == alone * 20
    finally:
        sys.setswitchinterval(interval)
        lexicon.root.cache_clear()
