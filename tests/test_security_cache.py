"""The server's analysis cache holds at most its byte budget, whatever sessions come and go."""

from __future__ import annotations

from analysis import analyze, from_text
from ui.caches import AnalysisCache, analysis_bytes


def test_cache_is_bounded_in_bytes(nlp, seed_analysis):
    size = analysis_bytes(seed_analysis)
    assert size > 10_000  # strings counted, not just pointers
    cache = AnalysisCache(32, max_bytes=int(size * 3.5))
    for i in range(10):
        cache.put(f"d{i}", seed_analysis)
        assert cache.bytes <= cache.max_bytes
    assert [cache.get(f"d{i}") is not None for i in range(10)] == [False] * 7 + [True] * 3  # the newest


def test_an_analysis_larger_than_the_budget_is_not_kept(nlp, seed_analysis):
    small = analyze(from_text("Short\n\nThe mayor praised the bridge."), nlp=nlp)
    cache = AnalysisCache(32, max_bytes=analysis_bytes(small) + 1)
    cache.put("small", small)
    cache.put("big", seed_analysis)
    assert cache.get("big") is None and cache.get("small") is small


def test_least_recently_used_goes_first(seed_analysis):
    cache = AnalysisCache(2)
    cache.put("a", seed_analysis)
    cache.put("b", seed_analysis)
    cache.get("a")
    cache.put("c", seed_analysis)
    assert cache.get("b") is None and cache.get("a") is not None
