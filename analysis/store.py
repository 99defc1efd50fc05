"""Saved analyses behind share links: save under an unguessable id, load back for anyone with it.

Storage is a SQL database through SQLAlchemy: a SQLite file by default
(``data/newsprism.sqlite3`` beside the app, or the path in
``NEWSPRISM_DB_PATH``), any SQLAlchemy URL when ``NEWSPRISM_DB_URL`` is set
(``postgresql+psycopg://user:pass@host/db``; install that database's driver).
SQLite runs in WAL mode so that concurrent saves from several sessions
neither block readers nor lose writes.

What is saved, once per content: the document's text (title and paragraphs as written) and the
analysis, each as zlib-compressed JSON, under the SHA-256 of the document and the analysis
version (``share_contents``); every share is a small row naming its content
(``share_links``), so the same article shared a hundred times is stored once. The analysis is
stored rather than recomputed on open because opening must not cost an analysis: measured on
a 100 KB article, the compressed analysis is 87 KB (the text 18 KB) and loads in 0.2 s, where
analysing it again takes about 30 s of a worker. A link made with older analysis code still
opens, re-analysed from the saved text (the caller says so to the reader); links saved before
this layout (``shared_analyses``) are still read.

A reader's corrections (:mod:`analysis.corrections`) are saved with the link, never in the
content: the content is the machine analysis, shared by every link to the same article, and
``share_corrections`` holds each link's list of operations (small, and counted in the quota).
Opening the link gives both (:class:`Saved`), so the corrected view and the original are one
click apart; when the link is re-analysed by a newer version, the operations are re-applied
and those that no longer fit are reported.

Bounds, each refused with a message that says existing links still work:
``NEWSPRISM_SHARE_MAX_MB`` compressed size of one record (default 8),
``NEWSPRISM_SHARE_QUOTA_MB`` compressed size of all records (default 1024),
``NEWSPRISM_SHARE_PER_HOUR`` saves per browser session per hour (default 20),
``NEWSPRISM_SHARE_PER_HOUR_CLIENT`` saves per client address per hour (default 60; a new
session per save does not get round it, though an attacker with many addresses does: the quota
is the bound that always holds),
``NEWSPRISM_SHARE_DAYS`` days a link lives (default 0: for ever); expired links are deleted on
the next save and read as unknown. :meth:`Store.delete` removes one link (and its content when
no other link names it).

Ids carry 192 random bits (``secrets.token_urlsafe(24)``); nothing lists the saved documents.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
import time
import zlib
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (Column, Float, Integer, LargeBinary, MetaData, String, Table, Text, create_engine, delete,
                        event, func, insert, select)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from analysis.analyze import ANALYSIS_VERSION, Analysis
from analysis.boilerplate import Removed
from analysis.correction_ops import validate
from analysis.document import Document, Paragraph
from analysis.errors import NewsprismError, SharedLinkNotFound

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "newsprism.sqlite3"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
ID_BYTES = 24  # 192 bits, 32 URL-safe characters

_metadata = MetaData()
links = Table(
    "share_links", _metadata,
    Column("id", String(64), primary_key=True),
    Column("created", Float, nullable=False, index=True),
    Column("digest", String(64), nullable=False, index=True),
)
contents = Table(
    "share_contents", _metadata,
    Column("digest", String(64), primary_key=True),
    Column("created", Float, nullable=False),
    Column("version", Integer, nullable=False),
    Column("name", String(300), nullable=False),
    Column("size", Integer, nullable=False),
    Column("document", LargeBinary, nullable=False),
    Column("analysis", LargeBinary, nullable=False),
)
#: Each link's corrections: zlib-compressed JSON list of operations (links without any have no row).
link_corrections = Table(
    "share_corrections", _metadata,
    Column("id", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("corrections", LargeBinary, nullable=False),
)
#: Links saved before contents were compressed and deduplicated: read, never written.
shared = Table(
    "shared_analyses", _metadata,
    Column("id", String(64), primary_key=True),
    Column("created", Float, nullable=False),
    Column("version", Integer, nullable=False),
    Column("name", String(300), nullable=False),
    Column("document", Text, nullable=False),
    Column("analysis", Text, nullable=False),
)


class StoreError(NewsprismError):
    """The database could not be reached or written."""


class ShareRefused(NewsprismError):
    """A save over one of the store's bounds (record size, quota, rate)."""


@dataclass(frozen=True)
class Limits:
    """The store's bounds: record and total compressed MB, saves per session and per client
    address per hour, days a link lives (0: for ever)."""

    record_mb: float = 8.0
    quota_mb: float = 1024.0
    per_hour: int = 20
    days: float = 0.0
    per_client_hour: int = 60

    @classmethod
    def from_environment(cls) -> Limits:
        """The bounds set in ``NEWSPRISM_SHARE_*`` (the defaults for those not set)."""
        env = os.environ.get
        return cls(record_mb=float(env("NEWSPRISM_SHARE_MAX_MB", cls.record_mb)),
                   quota_mb=float(env("NEWSPRISM_SHARE_QUOTA_MB", cls.quota_mb)),
                   per_hour=int(env("NEWSPRISM_SHARE_PER_HOUR", cls.per_hour)),
                   days=float(env("NEWSPRISM_SHARE_DAYS", cls.days)),
                   per_client_hour=int(env("NEWSPRISM_SHARE_PER_HOUR_CLIENT", cls.per_client_hour)))


@dataclass(frozen=True)
class Saved:
    """A loaded share: the document, its machine analysis (None when saved by another version, to
    be analysed again), the version, and the corrections saved with the link (operations)."""

    id: str
    document: Document
    analysis: Analysis | None
    version: int
    corrections: tuple[dict, ...] = ()

    @property
    def outdated(self) -> bool:
        """Whether it was saved by another analysis version (and so was analysed again)."""
        return self.version != ANALYSIS_VERSION or self.analysis is None


def database_url() -> str:
    """The configured SQLAlchemy URL (``NEWSPRISM_DB_URL``), else the SQLite file."""
    url = os.environ.get("NEWSPRISM_DB_URL")
    if url:
        return url
    path = Path(os.environ.get("NEWSPRISM_DB_PATH", DEFAULT_PATH))
    return f"sqlite:///{path}"


def _document_record(document: Document) -> dict:
    return {"title": document.title, "title_display": document.title_display, "name": document.name,
            "format": document.format, "encoding": document.encoding, "published": document.published,
            "warnings": list(document.warnings), "author": document.author,
            "removed": [[r.text, r.reason] for r in document.removed],
            "paragraphs": [p.display for p in document.paragraphs]}


def _document_from_record(record: dict) -> Document:
    from analysis.document import normalise

    paragraphs = tuple(Paragraph(i, normalise(text), text) for i, text in enumerate(record["paragraphs"], 1))
    return Document(title=record.get("title"), paragraphs=paragraphs, name=record.get("name", "shared"),
                    format=record.get("format", "text"), encoding=record.get("encoding"),
                    title_display=record.get("title_display"), warnings=tuple(record.get("warnings") or ()),
                    published=record.get("published"), author=record.get("author"),
                    removed=tuple(Removed(text, reason) for text, reason in record.get("removed") or ()))


def document_of(analysis: Analysis) -> Document:
    """The Document an Analysis was made from (its paragraphs keep their original characters)."""
    paragraphs = tuple(Paragraph(int(r.index), r.text, r.display) for r in analysis.paragraphs.itertuples())
    return Document(title=analysis.title, paragraphs=paragraphs, name=analysis.name, format=analysis.format,
                    encoding=analysis.encoding, title_display=analysis.title_display,
                    warnings=analysis.warnings, published=analysis.published, author=analysis.author,
                    removed=tuple(Removed(text, reason) for text, reason in analysis.removed))


def _packed(value: dict) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 6)


def _unpacked(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob).decode("utf-8"))


class Store:
    """Saved analyses in one database; safe to share between threads."""

    def __init__(self, url: str | None = None, *, limits: Limits | None = None) -> None:
        self.url = url or database_url()
        self.limits = limits or Limits.from_environment()
        self._saves: defaultdict[str, deque[float]] = defaultdict(deque)
        self._saves_lock = threading.Lock()
        try:
            self.engine = self._engine(self.url)
            _metadata.create_all(self.engine)
        except SQLAlchemyError as err:
            raise StoreError(f"The share-link database cannot be opened ({type(err).__name__}).") from err

    @staticmethod
    def _engine(url: str) -> Engine:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

            @event.listens_for(engine, "connect")
            def _sqlite_pragmas(connection, _record) -> None:
                cursor = connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute("PRAGMA busy_timeout=30000")
                cursor.close()

            return engine
        return create_engine(url, pool_pre_ping=True)

    def _count_save(self, session: str | None, client: str | None = None) -> None:
        """Count a save of ``session`` from ``client`` (its address); raises ShareRefused when either
        is past its hourly limit (and then counts nothing)."""
        keys = [(f"session:{session}", self.limits.per_hour, "This session has")] if session else []
        if client:
            keys.append((f"client:{client}", self.limits.per_client_hour, "This address has"))
        now = time.time()
        with self._saves_lock:
            for key, limit, who in keys:
                recent = self._saves[key]
                while recent and recent[0] < now - 3600:
                    recent.popleft()
                if len(recent) >= limit:
                    raise ShareRefused(f"{who} made {limit} share links in the last hour, the most the "
                                       "server allows: try again later (the links already made still work).")
            for key, _limit, _who in keys:
                self._saves[key].append(now)

    def used_bytes(self) -> int:
        """Compressed bytes of every saved content (what the quota counts)."""
        with self.engine.connect() as connection:
            texts = connection.execute(select(func.coalesce(func.sum(contents.c.size), 0))).scalar()
            ops = connection.execute(select(func.coalesce(func.sum(link_corrections.c.size), 0))).scalar()
        return int(texts) + int(ops)

    def save(self, analysis: Analysis, *, session: str | None = None, corrections: list[dict] | tuple = (),
             client: str | None = None) -> str:
        """Save a machine analysis and its document, with a reader's ``corrections`` (operations of
        :mod:`analysis.corrections`) for this link only; returns the new share id. ``session`` (any
        stable string per browser session) and ``client`` (the reader's address) are counted
        against their hourly limits.

        Raises ShareRefused over a bound (record size, quota, rate), StoreError when the
        database fails, InvalidCorrection for a bad operation, ValueError for an analysis that
        is already corrected (save the machine one and pass its operations).
        """
        if analysis.corrections or "corrected" in analysis.statements.columns:
            raise ValueError("save the machine analysis and pass the operations as corrections=")
        ops = validate(list(corrections))
        fixes = _packed(ops) if ops else None
        if fixes is not None and len(fixes) > self.limits.record_mb * 2**20:
            raise ShareRefused("These corrections are too many to share; the analysis can be shared without them.")
        document = _packed(_document_record(document_of(analysis)))
        digest = hashlib.sha256(f"{analysis.version}\0".encode() + zlib.decompress(document)).hexdigest()
        share_id = secrets.token_urlsafe(ID_BYTES)
        now = time.time()
        try:
            self._expire(now)
            with self.engine.begin() as connection:
                known = connection.execute(select(contents.c.digest).where(contents.c.digest == digest)).first()
            if known is None:
                packed = _packed(analysis.to_record())
                size = len(document) + len(packed)
                if size > self.limits.record_mb * 2**20:
                    raise ShareRefused(f"This analysis is too large to share ({size / 2**20:.1f} MB compressed; "
                                       f"the server keeps at most {self.limits.record_mb:g} MB per link).")
                if self.used_bytes() + size > self.limits.quota_mb * 2**20:
                    raise ShareRefused("The server's share-link storage is full, so no new link can be made "
                                       "now; links already made still work.")
                self._count_save(session, client)
                try:
                    with self.engine.begin() as connection:
                        connection.execute(insert(contents).values(
                            digest=digest, created=now, version=analysis.version, name=analysis.name[:300],
                            size=size, document=document, analysis=packed))
                except IntegrityError:
                    pass  # saved by another session meanwhile: the same content
            else:
                self._count_save(session, client)
            if fixes is not None and self.used_bytes() + len(fixes) > self.limits.quota_mb * 2**20:
                raise ShareRefused("The server's share-link storage is full, so no new link can be made "
                                   "now; links already made still work.")
            with self.engine.begin() as connection:
                connection.execute(insert(links).values(id=share_id, created=now, digest=digest))
                if fixes is not None:
                    connection.execute(insert(link_corrections).values(id=share_id, size=len(fixes),
                                                                       corrections=fixes))
        except SQLAlchemyError as err:
            raise StoreError(f"The analysis could not be saved ({type(err).__name__}); try again.") from err
        return share_id

    def _expire(self, now: float) -> None:
        """Delete links older than the configured days, and contents no link names any more."""
        if self.limits.days <= 0:
            return
        cutoff = now - self.limits.days * 86400
        with self.engine.begin() as connection:
            connection.execute(delete(links).where(links.c.created < cutoff))
            connection.execute(delete(shared).where(shared.c.created < cutoff))
            connection.execute(delete(contents).where(contents.c.created < cutoff,
                                                      contents.c.digest.not_in(select(links.c.digest))))
            connection.execute(delete(link_corrections).where(link_corrections.c.id.not_in(select(links.c.id))))

    def delete(self, share_id: str) -> bool:
        """Delete one link (and its content when no other link names it); whether it existed."""
        with self.engine.begin() as connection:
            row = connection.execute(select(links.c.digest).where(links.c.id == share_id)).first()
            gone = connection.execute(delete(shared).where(shared.c.id == share_id)).rowcount
            connection.execute(delete(link_corrections).where(link_corrections.c.id == share_id))
            if row is None:
                return bool(gone)
            connection.execute(delete(links).where(links.c.id == share_id))
            if connection.execute(select(links.c.id).where(links.c.digest == row.digest)).first() is None:
                connection.execute(delete(contents).where(contents.c.digest == row.digest))
        return True

    def load(self, share_id: str) -> Saved:
        """The saved share; raises SharedLinkNotFound for a malformed, unknown or expired id."""
        share_id = (share_id or "").strip()
        if not ID_PATTERN.match(share_id):
            raise SharedLinkNotFound("This share link is malformed: check that it was copied whole.")
        cutoff = time.time() - self.limits.days * 86400 if self.limits.days > 0 else 0.0
        try:
            with self.engine.connect() as connection:
                row = connection.execute(
                    select(contents.c.version, contents.c.document, contents.c.analysis)
                    .join(links, links.c.digest == contents.c.digest)
                    .where(links.c.id == share_id, links.c.created >= cutoff)).mappings().first()
                legacy = None if row is not None else connection.execute(
                    select(shared).where(shared.c.id == share_id, shared.c.created >= cutoff)).mappings().first()
                fixes = connection.execute(select(link_corrections.c.corrections)
                                           .where(link_corrections.c.id == share_id)).scalar()
        except SQLAlchemyError as err:
            raise StoreError(f"The share-link database cannot be read ({type(err).__name__}).") from err
        if row is not None:
            record, analysis_record = _unpacked(row["document"]), lambda: _unpacked(row["analysis"])
        elif legacy is not None:
            row = legacy
            record, analysis_record = json.loads(legacy["document"]), lambda: json.loads(legacy["analysis"])
        else:
            raise SharedLinkNotFound("No saved analysis has this link: it may have been mistyped, "
                                     "deleted or expired.")
        document = _document_from_record(record)
        analysis = Analysis.from_record(analysis_record()) if row["version"] == ANALYSIS_VERSION else None
        corrections = tuple(validate(_unpacked(fixes))) if fixes is not None else ()
        return Saved(share_id, document, analysis, row["version"], corrections)

    def close(self) -> None:
        """Release the database connections (the Store is unusable afterwards)."""
        self.engine.dispose()
