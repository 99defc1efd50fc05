"""A comparison shared as one link: ``?compare=<id1>,<id2>,...`` on the Compare page.

Built on :mod:`ui.share`: each compared article is saved under its own share id (as its Share
button would), and the link lists the ids; opening it opens each share as a document of the
session and chooses them all in the Compare page's picker.
"""

from __future__ import annotations

import re

import streamlit as st

from analysis import NewsprismError
from ui.documents import choose, current_digest, session_documents
from ui.share import open_share, share_current
from ui.text import show_error

#: The URL parameter holding the share ids.
PARAM = "compare"
#: Articles a comparison holds at most (the Compare page's picker allows five).
MAX_ARTICLES = 5
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def share_ids_of(value: str | None) -> list[str]:
    """The share ids in a ``compare`` parameter, in order, repeats and malformed ones left out
    (at most :data:`MAX_ARTICLES`)."""
    ids = [part.strip() for part in (value or "").split(",")]
    return list(dict.fromkeys(i for i in ids if _ID.match(i)))[:MAX_ARTICLES]


def share_documents(digests: list[str]) -> list[str]:
    """Save each of this session's documents in ``digests`` under a share id (once per
    document, as :func:`ui.share.share_current` does) and return the ids in that order; the
    current document stays the current one. Raises NewsprismError when the store refuses."""
    before = current_digest()
    ids = []
    try:
        for digest in digests:
            choose(digest)
            share_id = share_current()
            if share_id is not None:
                ids.append(share_id)
    finally:
        if before is not None:
            choose(before)
    return ids


def compare_url(share_ids: list[str]) -> str:
    """The link that opens this comparison, on the page being viewed."""
    base = (st.context.url or "").split("?")[0]
    return f"{base}?{PARAM}={','.join(share_ids)}"


def open_compare_link(*, key: str) -> list[str] | None:
    """Open ``?compare=...`` once per session (per link): each share becomes a document of the
    session and the picker under ``key`` chooses them. Returns the digests opened, or None when
    there is no new link to open; an id that cannot be opened is reported as an error and
    skipped. The caller reruns the page afterwards so the sidebar lists the new documents."""
    requested = st.query_params.get(PARAM)
    if not requested or st.session_state.get("_opened_compare") == requested:
        return None
    st.session_state["_opened_compare"] = requested
    errors = []
    for share_id in share_ids_of(requested):
        try:
            open_share(share_id)
        except NewsprismError as err:
            errors.append(str(err))
    by_share = {document.share_id: digest for digest, document in session_documents().items()}
    opened = [by_share[i] for i in share_ids_of(requested) if i in by_share]
    st.session_state[key] = opened
    st.session_state["compare_errors"] = errors
    st.session_state["_compare_shared"] = (tuple(opened), [i for i in share_ids_of(requested) if i in by_share])
    return opened


def compare_link_control(chosen: list[str], *, key: str) -> None:
    """The "Share this comparison" button, or the link once the chosen documents are shared;
    the URL carries ``?compare=`` while the chosen documents are those of the link (so a copied
    address opens the same comparison) and drops it when the choice changes."""
    shared = st.session_state.get("_compare_shared")
    if not (shared and shared[0] == tuple(chosen)):
        if PARAM in st.query_params:
            del st.query_params[PARAM]
        if st.button("Share this comparison", key=key, icon=":material/share:",
                     help="Saves each article and its analysis under a private, unguessable link, and "
                          "gives one link that opens them all here, side by side."):
            try:
                shared = (tuple(chosen), share_documents(chosen))
            except NewsprismError as err:
                show_error(err)
                return
            st.session_state["_compare_shared"] = shared
        else:
            return
    value = ",".join(shared[1])
    if st.query_params.get(PARAM) != value:
        st.session_state["_opened_compare"] = value  # written here: not a link to open again
        st.query_params[PARAM] = value
    st.caption("Link to this comparison (anyone with it sees these articles side by side):")
    st.code(compare_url(shared[1]), language=None)
