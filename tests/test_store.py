"""The share-link store on SQLite: save, load, unknown ids, restarts, id entropy, concurrency."""

import re
import threading

import pandas as pd
import pytest

from analysis import ANALYSIS_VERSION, SharedLinkNotFound
from analysis.store import ID_PATTERN, Store, database_url


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'shares.sqlite3'}")


def test_save_and_load_round_trip(store, seed_analysis):
    share_id = store.save(seed_analysis)
    saved = store.load(share_id)
    assert not saved.outdated and saved.version == ANALYSIS_VERSION
    for table in ("paragraphs", "sentences", "entities", "mentions", "statements"):
        pd.testing.assert_frame_equal(getattr(saved.analysis, table), getattr(seed_analysis, table))
    assert saved.analysis.summary == seed_analysis.summary
    assert saved.document.title == seed_analysis.title
    assert [p.display for p in saved.document.paragraphs] == seed_analysis.paragraphs["display"].tolist()


def test_restart_is_a_new_store_on_the_same_file(tmp_path, seed_analysis):
    url = f"sqlite:///{tmp_path / 'shares.sqlite3'}"
    share_id = Store(url).save(seed_analysis)
    reopened = Store(url)
    assert reopened.load(share_id).analysis.title == seed_analysis.title


@pytest.mark.parametrize("share_id", ["", "short", "x" * 31, "../../etc/passwd", "A" * 31 + "!", None])
def test_malformed_ids(store, share_id):
    with pytest.raises(SharedLinkNotFound, match="malformed"):
        store.load(share_id)


def test_unknown_id(store):
    with pytest.raises(SharedLinkNotFound, match="No saved analysis"):
        store.load("A" * 32)


def test_ids_are_unguessable(store, seed_analysis):
    ids = {store.save(seed_analysis) for _ in range(20)}
    assert len(ids) == 20
    for share_id in ids:
        assert ID_PATTERN.match(share_id)
        # 32 URL-safe base64 characters carry 32 * 6 = 192 random bits (>= 128 required)
        assert len(share_id) * 6 >= 128


def test_older_version_is_marked_outdated(store, seed_analysis):
    share_id = store.save(seed_analysis)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE share_contents SET version = 0")
    saved = store.load(share_id)
    assert saved.outdated and saved.analysis is None
    assert len(saved.document.paragraphs) == len(seed_analysis.paragraphs)


def test_concurrent_saves_lose_nothing(store, seed_analysis):
    ids, errors = [], []

    def worker():
        try:
            for _ in range(5):
                ids.append(store.save(seed_analysis))
        except Exception as err:  # collected and asserted below
            errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(set(ids)) == 40
    assert all(store.load(i).analysis is not None for i in ids)
    with store.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"


def test_database_url_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSPRISM_DB_URL", "postgresql+psycopg://u:p@localhost/newsprism")
    assert database_url().startswith("postgresql")
    monkeypatch.delenv("NEWSPRISM_DB_URL")
    monkeypatch.setenv("NEWSPRISM_DB_PATH", str(tmp_path / "x.db"))
    assert re.match(r"sqlite:///.*x\.db$", database_url())


def test_author_and_removed_furniture_travel_with_the_link(store, seed_analysis):
    """The document saved with a link keeps the author and the page furniture left out, so a
    re-analysis of an outdated link shows them too."""
    import dataclasses

    with_meta = dataclasses.replace(seed_analysis, author="Ada Park",
                                    removed=(("Advertisement", "advert"), ("Read more: x", "link line")))
    saved = store.load(store.save(with_meta))
    assert saved.document.author == "Ada Park"
    assert [(r.text, r.reason) for r in saved.document.removed] == [("Advertisement", "advert"),
                                                                      ("Read more: x", "link line")]
    assert saved.analysis.author == "Ada Park"


def test_corrections_travel_with_their_link_only(store, seed_analysis):
    from analysis.corrections import apply_corrections

    op = {"op": "drop_entity", "entity": {"name": "Hamas", "aliases": []}}
    plain, corrected = store.save(seed_analysis), store.save(seed_analysis, corrections=[op])
    assert store.load(plain).corrections == ()
    saved = store.load(corrected)
    assert saved.corrections == (op,)
    # the content is the machine analysis, stored once for both links
    pd.testing.assert_frame_equal(saved.analysis.entities, seed_analysis.entities)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM share_contents").scalar() == 1
    assert "Hamas" not in set(apply_corrections(saved.analysis, saved.corrections)[0].entities["name"])
    assert store.delete(corrected)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM share_corrections").scalar() == 0


def test_an_outdated_link_keeps_its_corrections(store, seed_analysis):
    op = {"op": "rename_entity", "entity": {"name": "Hamas", "aliases": []}, "name": "Hamas movement"}
    share_id = store.save(seed_analysis, corrections=[op])
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE share_contents SET version = 0")
    saved = store.load(share_id)
    assert saved.outdated and saved.corrections == (op,)


def test_only_machine_analyses_and_valid_corrections_are_saved(store, seed_analysis):
    from analysis.corrections import InvalidCorrection, apply_corrections

    corrected, _ = apply_corrections(seed_analysis, [])
    with pytest.raises(ValueError):
        store.save(corrected)
    with pytest.raises(InvalidCorrection):
        store.save(seed_analysis, corrections=[{"op": "explode"}])
