"""Share links: save the current analysis under an unguessable id, open ``?doc=<id>``, and keep
the URL pointing at the current document's link so a copied address opens the same analysis.

A link carries the reader's corrections as they were when it was made: opening it shows the
corrected view, with "Show original" in the sidebar. Correcting after sharing offers a new link
(each document keeps one link per list of corrections); the URL keeps the last link until then.
"""

from __future__ import annotations

import json

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analysis import NewsprismError
from ui.caches import share_store
from ui.documents import (
    SessionDocument,
    cached_analysis,
    corrections_of,
    current_digest,
    machine_analysis,
    remember,
    set_corrections,
)
from ui.pending import queue_share
from ui.text import show_error


def _shares() -> dict[str, dict[str, str]]:
    """Share ids by document digest, then by the JSON of the corrections the link carries."""
    return st.session_state.setdefault("shares", {})


def _fingerprint(ops: list[dict] | tuple) -> str:
    return json.dumps(list(ops), sort_keys=True)


def open_share(share_id: str) -> None:
    """Open a share link's analysis as this session's current document.

    Raises NewsprismError (SharedLinkNotFound) for an unknown or malformed id.
    """
    saved = share_store().load(share_id)
    document = SessionDocument(f"share:{share_id}", saved.document.name, share_id=share_id)
    cached_analysis(document)
    remember(document)
    set_corrections(list(saved.corrections), digest=document.digest)
    _shares().setdefault(document.digest, {})[_fingerprint(saved.corrections)] = share_id
    if saved.outdated:
        again = " and its corrections applied again where they still fit" if saved.corrections else ""
        st.session_state["share_note"] = ("This link was saved by an older version of Newsprism; the "
                                          f"article has been analysed again with the current version{again}.")


def share_current() -> str | None:
    """Save the current analysis with its corrections under a new share id (once per document and
    list of corrections); returns the id, or None when there is no current analysis. The
    session and the reader's address are counted against the store's hourly limits. Raises NewsprismError when the store
    fails or refuses (size, quota, rate)."""
    digest = current_digest()
    ops = corrections_of(digest)
    links = _shares().setdefault(digest, {}) if digest else {}
    if _fingerprint(ops) in links:
        return links[_fingerprint(ops)]
    machine = machine_analysis()
    if machine is None:
        return None
    ctx = get_script_run_ctx()
    share_id = share_store().save(machine, session=ctx.session_id if ctx is not None else None, corrections=ops,
                                  client=_client_address())
    links[_fingerprint(ops)] = share_id
    return share_id


def _client_address() -> str | None:
    """The reader's address as the server sees it (None when unknown, e.g. in AppTest), counted
    against the store's per-address hourly limit."""
    try:
        return st.context.ip_address
    except Exception:  # noqa: BLE001 (no request context: no address to count)
        return None


def current_share_id() -> str | None:
    """The share id of the current document with its current corrections, None when that has
    not been shared."""
    digest = current_digest()
    return _shares().get(digest, {}).get(_fingerprint(corrections_of(digest)))


def _links_of_current() -> set[str]:
    return set(_shares().get(current_digest(), {}).values())


def handle_share_link() -> None:
    """Open ``?doc=<id>`` once per session, and keep the URL pointing at the current document's
    share id (so a copied browser URL opens the same analysis)."""
    requested = st.query_params.get("doc")
    known = {i for links in _shares().values() for i in links.values()}
    if requested and st.session_state.get("opened_share") != requested and requested not in known:
        # (a link this session made or opened is already here: the URL now naming it opens nothing)
        st.session_state["opened_share"] = requested
        try:
            open_share(requested)
            st.session_state.pop("share_error", None)
        except NewsprismError as err:
            st.session_state["share_error"] = str(err)
    share_id = current_share_id()
    if share_id and st.query_params.get("doc") != share_id:
        st.query_params["doc"] = share_id
    elif not share_id and "doc" in st.query_params and not st.session_state.get("share_error") \
            and st.query_params.get("doc") not in _links_of_current():
        del st.query_params["doc"]


def save_queued_share() -> None:
    """Do a share asked for by the Share button (see :mod:`ui.pending`); an error is kept for
    :func:`share_control` to show."""
    try:
        share_current()
        st.session_state.pop("share_save_error", None)
    except NewsprismError as err:
        st.session_state["share_save_error"] = str(err)


def share_url(share_id: str) -> str:
    """The link for a share id, on the page being viewed."""
    base = (st.context.url or "").split("?")[0]
    return f"{base}?doc={share_id}"


def share_id_of(link: str) -> str:
    """The share id in a pasted link (``...?doc=<id>&...``) or the id itself, stripped."""
    return link.strip().split("doc=")[-1].split("&")[0]


def share_control(*, key: str) -> None:
    """The Share button, or the link once the current analysis is shared."""
    share_id = current_share_id()
    if share_id is None:
        corrected = bool(corrections_of())
        st.button("Share the corrected analysis" if corrected else "Share this analysis", key=key,
                  icon=":material/share:", on_click=queue_share,
                  help="Saves the article's text and its analysis (with your corrections, which the link "
                       "opens with; the original stays one click away) under a private, unguessable link "
                       "that anyone you send it to can open.")
        if _links_of_current():
            st.caption("Your corrections since the last link are not in it: share again for a new link.")
    else:
        st.caption("Share link (anyone with it sees this analysis"
                   + (", with your corrections):" if corrections_of() else "):"))
        st.code(share_url(share_id), language=None)
    if st.session_state.get("share_save_error"):
        show_error(st.session_state["share_save_error"])
