"""Share links: save the current analysis under an unguessable id, open ``?doc=<id>``, and keep
the URL pointing at the current document's link so a copied address opens the same analysis."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analysis import NewsprismError
from ui.caches import share_store
from ui.documents import SessionDocument, cached_analysis, current_analysis, current_digest, remember
from ui.pending import queue_share
from ui.text import show_error


def _shares() -> dict[str, str]:
    return st.session_state.setdefault("shares", {})


def open_share(share_id: str) -> None:
    """Open a share link's analysis as this session's current document.

    Raises NewsprismError (SharedLinkNotFound) for an unknown or malformed id.
    """
    saved = share_store().load(share_id)
    document = SessionDocument(f"share:{share_id}", saved.document.name, share_id=share_id)
    cached_analysis(document)
    remember(document)
    _shares()[document.digest] = share_id
    if saved.outdated:
        st.session_state["share_note"] = ("This link was saved by an older version of Newsprism; the "
                                          "article has been analysed again with the current version.")


def share_current() -> str | None:
    """Save the current analysis under a new share id (once per document); returns the id, or
    None when there is no current analysis. The session is counted against the store's hourly
    limit. Raises NewsprismError when the store fails or refuses (size, quota, rate)."""
    digest = current_digest()
    shares = _shares()
    if digest in shares:
        return shares[digest]
    result = current_analysis()
    if result is None:
        return None
    ctx = get_script_run_ctx()
    shares[digest] = share_store().save(result, session=ctx.session_id if ctx is not None else None)
    return shares[digest]


def current_share_id() -> str | None:
    """The share id of the current document, None when it has not been shared."""
    return _shares().get(current_digest())


def handle_share_link() -> None:
    """Open ``?doc=<id>`` once per session, and keep the URL pointing at the current document's
    share id (so a copied browser URL opens the same analysis)."""
    requested = st.query_params.get("doc")
    if requested and st.session_state.get("opened_share") != requested:
        st.session_state["opened_share"] = requested
        try:
            open_share(requested)
            st.session_state.pop("share_error", None)
        except NewsprismError as err:
            st.session_state["share_error"] = str(err)
    share_id = current_share_id()
    if share_id and st.query_params.get("doc") != share_id:
        st.query_params["doc"] = share_id
    elif not share_id and "doc" in st.query_params and not st.session_state.get("share_error"):
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
        st.button("Share this analysis", key=key, icon=":material/share:", on_click=queue_share,
                  help="Saves the article's text and its analysis under a private, unguessable link "
                       "that anyone you send it to can open.")
    else:
        st.caption("Share link (anyone with it sees this analysis):")
        st.code(share_url(share_id), language=None)
    if st.session_state.get("share_save_error"):
        show_error(st.session_state["share_save_error"])
