"""The share store's bounds: compression, deduplication, record cap, quota, rate limit, expiry,
deletion, and links saved in the older layout still opening."""

from __future__ import annotations

import json
import time

import pytest

from analysis import analyze, from_text
from analysis.store import Limits, ShareRefused, Store, _document_record, document_of, shared
from analysis.errors import SharedLinkNotFound


def make_store(tmp_path, **limits) -> Store:
    return Store(f"sqlite:///{tmp_path / 'shares.sqlite3'}", limits=Limits(**limits))


def count(store, table: str) -> int:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar()


@pytest.fixture(scope="module")
def other_analysis(nlp):
    return analyze(from_text("Another Story\n\nThe mayor praised the new bridge on Monday."), nlp=nlp)


def test_identical_text_is_stored_once_and_compressed(tmp_path, seed_analysis):
    store = make_store(tmp_path)
    ids = [store.save(seed_analysis, session=f"s{i}") for i in range(5)]
    assert len(set(ids)) == 5 and count(store, "share_contents") == 1 and count(store, "share_links") == 5
    plain = len(json.dumps(seed_analysis.to_record()).encode()) + len(
        json.dumps(_document_record(document_of(seed_analysis))).encode())
    assert store.used_bytes() < plain / 4  # measured: 5.6 KB against 34.7 KB of JSON
    assert all(store.load(i).analysis.title == seed_analysis.title for i in ids)


def test_a_record_over_the_cap_is_refused_and_nothing_written(tmp_path, seed_analysis):
    store = make_store(tmp_path, record_mb=0.001)
    with pytest.raises(ShareRefused, match="too large to share"):
        store.save(seed_analysis)
    assert count(store, "share_contents") == 0 and count(store, "share_links") == 0


def test_a_full_store_refuses_new_content_and_old_links_still_open(tmp_path, seed_analysis, other_analysis):
    store = make_store(tmp_path)
    first = store.save(seed_analysis)
    store.limits = Limits(quota_mb=store.used_bytes() / 2**20 + 0.0001)
    with pytest.raises(ShareRefused, match="storage is full.*links already made still work"):
        store.save(other_analysis)
    assert store.load(first).analysis.title == seed_analysis.title
    assert store.load(store.save(seed_analysis)).analysis is not None  # stored already: costs no quota


def test_sessions_are_rate_limited_one_by_one(tmp_path, seed_analysis):
    store = make_store(tmp_path, per_hour=3)
    for _ in range(3):
        store.save(seed_analysis, session="attacker")
    with pytest.raises(ShareRefused, match="try again later"):
        store.save(seed_analysis, session="attacker")
    assert store.save(seed_analysis, session="someone else")
    assert count(store, "share_links") == 4


def test_a_new_session_per_save_does_not_get_round_the_address_limit(tmp_path, seed_analysis):
    store = make_store(tmp_path, per_hour=3, per_client_hour=5)
    for i in range(5):
        store.save(seed_analysis, session=f"fresh {i}", client="203.0.113.7")
    with pytest.raises(ShareRefused, match="This address has made 5 share links"):
        store.save(seed_analysis, session="fresh 6", client="203.0.113.7")
    assert store.save(seed_analysis, session="fresh 6", client="198.51.100.2")  # another reader
    assert count(store, "share_links") == 6


def test_a_refused_save_is_not_counted(tmp_path, seed_analysis):
    store = make_store(tmp_path, per_hour=2, per_client_hour=10)
    for _ in range(2):
        store.save(seed_analysis, session="s", client="a")
    for _ in range(3):  # refused by the session limit: the address's count does not grow
        with pytest.raises(ShareRefused, match="This session has"):
            store.save(seed_analysis, session="s", client="a")
    for i in range(8):
        store.save(seed_analysis, session=f"t{i}", client="a")
    with pytest.raises(ShareRefused, match="This address has"):
        store.save(seed_analysis, session="u", client="a")


def test_expired_links_read_as_unknown_and_are_purged(tmp_path, seed_analysis, other_analysis):
    store = make_store(tmp_path, days=30)
    old = store.save(seed_analysis)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE share_links SET created = created - 31 * 86400")
        connection.exec_driver_sql("UPDATE share_contents SET created = created - 31 * 86400")
    with pytest.raises(SharedLinkNotFound, match="expired"):
        store.load(old)
    store.save(other_analysis)
    assert count(store, "share_links") == 1 and count(store, "share_contents") == 1


def test_delete_removes_the_link_and_unshared_content(tmp_path, seed_analysis):
    store = make_store(tmp_path)
    first, second = store.save(seed_analysis), store.save(seed_analysis)
    assert store.delete(first)
    with pytest.raises(SharedLinkNotFound):
        store.load(first)
    assert store.load(second).analysis is not None and count(store, "share_contents") == 1
    assert store.delete(second) and count(store, "share_contents") == 0
    assert not store.delete(second)


def test_links_of_the_older_layout_still_open(tmp_path, seed_analysis):
    store = make_store(tmp_path)
    share_id = "L" * 32
    with store.engine.begin() as connection:
        connection.execute(shared.insert().values(
            id=share_id, created=time.time(), version=seed_analysis.version, name=seed_analysis.name,
            document=json.dumps(_document_record(document_of(seed_analysis))),
            analysis=json.dumps(seed_analysis.to_record())))
    assert store.load(share_id).analysis.title == seed_analysis.title
