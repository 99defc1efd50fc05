"""The reader's corrections, drawn as compact forms: statements on the Stance page, entities on
the Entities page, and the list of corrections made (each undoable, stale ones with the reason).

Each change is one operation of :mod:`analysis.corrections`, added to this session's list for
the current document (:func:`ui.documents.set_corrections`) in a widget callback, so the page's
tables, charts and downloads, drawn in the same run, already show it. Widget keys are fixed
(``stance_fix_*``, ``stance_add_*``, ``entities_fix_*``) so tests and the browser find them.
"""

from __future__ import annotations

import json

import streamlit as st

from analysis import Analysis, NewsprismError
from analysis.corrections import (
    ENTITY_TYPES,
    STANCES,
    describe,
    entity_key,
    statement_key,
    validate,
)
from ui.documents import (
    corrections_of,
    current_digest,
    set_corrections,
    showing_original,
)
from ui.text import plain

NO_TARGET = "(no target)"
KINDS = ("indirect", "direct", "position")
ENTITY_ACTIONS = ("Merge", "Rename", "Change type", "Drop")


def _add(op: dict, *, scope: str) -> None:
    """Add one operation (validated) to the current document's list; a bad one leaves a message."""
    try:
        validate([op])
    except NewsprismError as err:
        st.session_state[f"{scope}_error"] = str(err)
        return
    st.session_state.pop(f"{scope}_error", None)
    set_corrections([*corrections_of(), op])


def _undo(index: int) -> None:
    ops = corrections_of()
    if 0 <= index < len(ops):
        del ops[index]
        set_corrections(ops)


def _clear(ops_of_scope: list[int]) -> None:
    set_corrections([op for i, op in enumerate(corrections_of()) if i not in ops_of_scope])


def _made(analysis: Analysis, *, scope: str, kinds: tuple[str, ...]) -> None:
    """The corrections of one kind made so far: undo buttons, and those that no longer apply."""
    ops = corrections_of()
    mine = [i for i, op in enumerate(ops) if op["op"].endswith(kinds)]
    stale = {s["index"]: s["reason"] for s in analysis.stale_corrections}
    if not mine:
        return
    st.markdown(f"**Your corrections here ({len(mine)})**")
    for i in mine:
        left, right = st.columns([6, 1], vertical_alignment="center")
        note = f" — no longer applies: {stale[i]}" if i in stale else ""
        left.caption(plain(describe(ops[i]) + note))
        right.button("Undo", key=f"{scope}_undo_{i}", on_click=_undo, args=(i,))
    st.button("Undo all of these", key=f"{scope}_clear", on_click=_clear, args=(mine,))


def _names(analysis: Analysis, *extra: object) -> list[str]:
    names = [str(n) for n in analysis.entities["name"]]
    return names + sorted({str(e) for e in extra if isinstance(e, str) and e and e not in names})


def _statement_label(row: dict) -> str:
    target = f" → {row['target']}" if isinstance(row["target"], str) and row["target"] else ""
    mark = " ✓" if row.get("corrected") else ""
    evidence = row["evidence"] if len(row["evidence"]) <= 70 else row["evidence"][:69] + "…"
    return f"¶{row['paragraph']} {row['speaker']} {row['cue']}{target} ({row['stance']}){mark}: {evidence}"


def _load_fields(row: dict) -> None:
    """Start the edit form at the picked statement's values (again when another is picked)."""
    marker = json.dumps(statement_key(row), sort_keys=True)
    if st.session_state.get("_stance_fix_for") == marker:
        return
    st.session_state["_stance_fix_for"] = marker
    st.session_state["stance_fix_speaker"] = row["speaker"]
    target = row["target"] if isinstance(row["target"], str) and row["target"] else NO_TARGET
    st.session_state["stance_fix_target"] = target
    st.session_state["stance_fix_stance"] = row["stance"]


def _edit(key: dict, row: dict) -> None:
    speaker, target = st.session_state["stance_fix_speaker"], st.session_state["stance_fix_target"]
    target = None if target in (None, NO_TARGET) else target
    old_target = row["target"] if isinstance(row["target"], str) and row["target"] else None
    op: dict = {"op": "edit_statement", "statement": key}
    if speaker and speaker != row["speaker"]:
        op["speaker"] = speaker
    if target != old_target:
        op["target"] = target
    if st.session_state["stance_fix_stance"] != row["stance"]:
        op["stance"] = st.session_state["stance_fix_stance"]
    st.session_state.pop("_stance_fix_for", None)
    _add(op, scope="stance_fix")


def _simple(op_name: str, key: dict) -> None:
    st.session_state.pop("_stance_fix_for", None)
    _add({"op": op_name, "statement": key}, scope="stance_fix")


def _add_statement(sentences: dict[int, str]) -> None:
    state = st.session_state
    target = state.get("stance_add_target")
    _add({"op": "add_statement", "evidence": sentences.get(state.get("stance_add_sentence"), ""),
          "speaker": state.get("stance_add_speaker") or "", "cue": (state.get("stance_add_cue") or "").strip(),
          "target": None if target in (None, NO_TARGET) else target, "stance": state.get("stance_add_stance"),
          "kind": state.get("stance_add_kind")}, scope="stance_add")


def _error(scope: str) -> None:
    if st.session_state.get(f"{scope}_error"):
        st.error(plain(st.session_state[f"{scope}_error"]), icon=":material/error:")


def _original_note() -> bool:
    if showing_original():
        st.info("Showing the original analysis: turn off \"Show original\" in the sidebar to correct it.")
    return showing_original()


def statement_corrections(analysis: Analysis) -> None:
    """Confirm, delete or edit a statement (speaker, target, stance: an entity or a typed name),
    add a missed one by its sentence, and list the corrections made: a subheader and an expander."""
    st.subheader("Corrections", anchor=False)
    if current_digest() is None or _original_note():
        return
    # The pickers list every statement and sentence: drawn only while open (the page loads faster)
    box = st.expander("Correct the statements", icon=":material/edit:", key="stance_fix_box", on_change="rerun")
    if not box.open:
        return
    statements = analysis.statements.to_dict(orient="records")
    with box:
        if statements:
            labels = [_statement_label(row) for row in statements]
            picked = st.selectbox("Statement", list(range(len(statements))), key="stance_fix_statement",
                                  format_func=lambda i: labels[i] if i < len(labels) else "")
            row = statements[picked if picked is not None and picked < len(statements) else 0]
            key = statement_key(row)
            _load_fields(row)
            buttons = st.columns(2)
            buttons[0].button("Confirm", key="stance_fix_confirm", icon=":material/check:", width="stretch",
                              on_click=_simple, args=("confirm_statement", key), help="The statement is right.")
            buttons[1].button("Delete", key="stance_fix_delete", icon=":material/delete:", width="stretch",
                              on_click=_simple, args=("delete_statement", key), help="Not a statement.")
            with st.form("stance_fix_form", border=False):
                cols = st.columns([2, 2, 2])
                cols[0].selectbox("Speaker", _names(analysis, row["speaker"]), key="stance_fix_speaker",
                                  accept_new_options=True, help="Pick an entity or type a name.")
                cols[1].selectbox("Target", [NO_TARGET, *_names(analysis, row["target"])], key="stance_fix_target",
                                  accept_new_options=True, help="Pick an entity, type a name, or no target.")
                cols[2].radio("Stance", STANCES, key="stance_fix_stance", horizontal=True)
                st.form_submit_button("Save the change", key="stance_fix_apply", on_click=_edit, args=(key, row))
            _error("stance_fix")
        st.markdown("**Add a missed statement**")
        sentences = {int(i): str(t) for i, t in zip(analysis.sentences["index"], analysis.sentences["text"])}
        paragraph_of = dict(zip(analysis.sentences["index"], analysis.sentences["paragraph"]))
        with st.form("stance_add_form", border=False):
            st.selectbox("Sentence", list(sentences), key="stance_add_sentence",
                         format_func=lambda i: f"¶{paragraph_of.get(i, '?')} {sentences.get(i, '')[:110]}")
            cols = st.columns(3)
            cols[0].selectbox("Speaker", _names(analysis), key="stance_add_speaker", index=None,
                              accept_new_options=True, placeholder="Pick or type a name")
            cols[1].text_input("Cue word", key="stance_add_cue", placeholder="said, urged, condemned...")
            cols[2].selectbox("Target", [NO_TARGET, *_names(analysis)], key="stance_add_target",
                              accept_new_options=True)
            cols = st.columns(2)
            cols[0].radio("Stance", STANCES, key="stance_add_stance", horizontal=True, index=2)
            cols[1].radio("Kind", KINDS, key="stance_add_kind", horizontal=True)
            st.form_submit_button("Add the statement", key="stance_add_submit", on_click=_add_statement,
                                  args=(sentences,))
        _error("stance_add")
        _made(analysis, scope="stance_made", kinds=("_statement",))


def _entity_op() -> None:
    state = st.session_state
    entities = state.get("_entities_fix_keys", {})
    action, name = state.get("entities_fix_action"), state.get("entities_fix_entity")
    if name not in entities:
        state["entities_fix_error"] = "Pick an entity first."
        return
    key = entities[name]
    if action == "Merge":
        other = state.get("entities_fix_other")
        if other not in entities or other == name:
            state["entities_fix_error"] = "Pick another entity to merge into it."
            return
        op = {"op": "merge_entities", "entity": key, "other": entities[other]}
    elif action == "Rename":
        op = {"op": "rename_entity", "entity": key, "name": state.get("entities_fix_name") or ""}
    elif action == "Change type":
        op = {"op": "retype_entity", "entity": key, "type": state.get("entities_fix_type")}
    else:
        op = {"op": "drop_entity", "entity": key}
    _add(op, scope="entities_fix")
    if op["op"] in ("merge_entities", "drop_entity"):
        # one entity fewer changes the top-N slider's range, and Streamlit would start the new slider
        # at its minimum: let the page set it again from the value it keeps
        state.pop("entities_top", None)


def entity_corrections(analysis: Analysis) -> None:
    """Merge two entities, rename one, change its type or drop it, and list the corrections
    made: a subheader and an expander."""
    st.subheader("Corrections", anchor=False)
    if current_digest() is None or _original_note():
        return
    box = st.expander("Correct the entities", icon=":material/edit:", key="entities_fix_box", on_change="rerun")
    if not box.open:  # drawn only while open, like the statements'
        return
    rows = analysis.entities.to_dict(orient="records")
    with box:
        if not rows:
            st.caption("No entity to correct.")
        else:
            st.session_state["_entities_fix_keys"] = {str(r["name"]): entity_key(r) for r in rows}
            names = [str(r["name"]) for r in rows]
            action = st.radio("Correction", ENTITY_ACTIONS, key="entities_fix_action", horizontal=True)
            with st.form("entities_fix_form", border=False):
                cols = st.columns(2)
                label = "Entity to keep" if action == "Merge" else "Entity"
                cols[0].selectbox(label, names, key="entities_fix_entity")
                if action == "Merge":
                    cols[1].selectbox("Merge this one into it", names, key="entities_fix_other", index=min(1, len(names) - 1),
                                      help="Its mentions, statements and aliases join the first entity.")
                elif action == "Rename":
                    cols[1].text_input("New name", key="entities_fix_name")
                elif action == "Change type":
                    cols[1].selectbox("Type", ENTITY_TYPES, key="entities_fix_type")
                else:
                    cols[1].caption("Its mentions go; statements aimed at it lose their target; statements it "
                                    "makes stay, marked as by an unnamed source.")
                st.form_submit_button(action, key="entities_fix_apply", on_click=_entity_op)
            _error("entities_fix")
        _made(analysis, scope="entities_made", kinds=("_entity", "_entities"))
