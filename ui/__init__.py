"""The frame every page runs inside, one concern a module (no computation: that is analysis/).

- :mod:`ui.caches`: what the server process keeps for every session (model, analyses, store);
- :mod:`ui.documents`: this session's documents, the current one, its analysis;
- :mod:`ui.pending`: work asked for in a widget callback, done in the next script run;
- :mod:`ui.share`: share links (saving, opening ``?doc=<id>``, the Share control);
- :mod:`ui.url_state`: a widget's value kept in the URL, so a copied link shows the same view;
- :mod:`ui.frame`: what every page draws first (styles, queued work, share link, sidebar).

Not under ``pages/``: with ``st.navigation`` Streamlit does not scan that folder, but a
package beside it keeps the frame from ever being mistaken for a page.
"""
