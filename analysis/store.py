"""Saved analyses behind share links: save under an unguessable id, load back for anyone with it.

Storage is a SQL database through SQLAlchemy: a SQLite file by default
(``data/newsprism.sqlite3`` beside the app, or the path in
``NEWSPRISM_DB_PATH``), any SQLAlchemy URL when ``NEWSPRISM_DB_URL`` is set
(``postgresql+psycopg://user:pass@host/db``; install that database's driver).
SQLite runs in WAL mode so that concurrent saves from several sessions
neither block readers nor lose writes.

What is saved is the document's text (title and paragraphs as written) and
the analysis, with the analysis version: a link made with older analysis code
still opens, re-analysed from the saved text (the caller says so to the reader).
Ids carry 192 random bits (``secrets.token_urlsafe(24)``); nothing lists the
saved documents.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, event, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from analysis.analyze import ANALYSIS_VERSION, Analysis
from analysis.document import Document, Paragraph
from analysis.errors import NewsprismError, SharedLinkNotFound

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "newsprism.sqlite3"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
ID_BYTES = 24  # 192 bits, 32 URL-safe characters

_metadata = MetaData()
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


@dataclass(frozen=True)
class Saved:
    """A loaded share: the document, its analysis, and whether it was re-analysed (older version)."""

    id: str
    document: Document
    analysis: Analysis | None
    version: int

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
            "warnings": list(document.warnings),
            "paragraphs": [p.display for p in document.paragraphs]}


def _document_from_record(record: dict) -> Document:
    from analysis.document import normalise

    paragraphs = tuple(Paragraph(i, normalise(text), text) for i, text in enumerate(record["paragraphs"], 1))
    return Document(title=record.get("title"), paragraphs=paragraphs, name=record.get("name", "shared"),
                    format=record.get("format", "text"), encoding=record.get("encoding"),
                    title_display=record.get("title_display"), warnings=tuple(record.get("warnings") or ()),
                    published=record.get("published"))


def document_of(analysis: Analysis) -> Document:
    """The Document an Analysis was made from (its paragraphs keep their original characters)."""
    paragraphs = tuple(Paragraph(int(r.index), r.text, r.display) for r in analysis.paragraphs.itertuples())
    return Document(title=analysis.title, paragraphs=paragraphs, name=analysis.name, format=analysis.format,
                    encoding=analysis.encoding, title_display=analysis.title_display,
                    warnings=analysis.warnings, published=analysis.published)


class Store:
    """Saved analyses in one database; safe to share between threads."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or database_url()
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

    def save(self, analysis: Analysis) -> str:
        """Save an analysis and its document; returns the new share id."""
        share_id = secrets.token_urlsafe(ID_BYTES)
        row = {"id": share_id, "created": time.time(), "version": analysis.version,
               "name": analysis.name[:300],
               "document": json.dumps(_document_record(document_of(analysis)), ensure_ascii=False),
               "analysis": json.dumps(analysis.to_record(), ensure_ascii=False)}
        try:
            with self.engine.begin() as connection:
                connection.execute(insert(shared).values(**row))
        except SQLAlchemyError as err:
            raise StoreError(f"The analysis could not be saved ({type(err).__name__}); try again.") from err
        return share_id

    def load(self, share_id: str) -> Saved:
        """The saved share; raises SharedLinkNotFound for a malformed or unknown id."""
        share_id = (share_id or "").strip()
        if not ID_PATTERN.match(share_id):
            raise SharedLinkNotFound("This share link is malformed: check that it was copied whole.")
        try:
            with self.engine.connect() as connection:
                row = connection.execute(select(shared).where(shared.c.id == share_id)).mappings().first()
        except SQLAlchemyError as err:
            raise StoreError(f"The share-link database cannot be read ({type(err).__name__}).") from err
        if row is None:
            raise SharedLinkNotFound("No saved analysis has this link: it may have been mistyped.")
        document = _document_from_record(json.loads(row["document"]))
        analysis = None
        if row["version"] == ANALYSIS_VERSION:
            analysis = Analysis.from_record(json.loads(row["analysis"]))
        return Saved(share_id, document, analysis, row["version"])

    def close(self) -> None:
        """Release the database connections (the Store is unusable afterwards)."""
        self.engine.dispose()
