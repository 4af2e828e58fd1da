"""What importing one record does: the merge decision, apart from the database.

`decide` takes the record as stored here (if it is) and as a package sends it, and says what
the import would store and what kind of change that is: new, changed, deleted, a conflict,
nothing (unchanged), or refused because the versions themselves are forged. It reads and
writes nothing, so it is tested on its own; the merger adds what needs the database (the
sender's jurisdiction, the form's rules, a parent that must exist) and writes the outcome.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core import versions
from desktop.core.versions import VersionState, fieldset

NEW = "new"
CHANGED = "changed"
DELETED = "deleted"
CONFLICT = "conflict"
UNCHANGED = "unchanged"
REFUSED = "refused"

# Why versions alone refuse a record (the merger words the message).
FOREIGN_VERSIONS = "foreign_versions"  # a record new here carries other offices' versions
ERASES = "erases"  # the state drops versions held here without writing in their place

Values = dict[str, Any]


@dataclass(frozen=True)
class Stored:
    """A record as stored here: its field values in wire form, its state and that state's text."""

    values: Values
    state: VersionState
    text: str
    deleted: bool  # the stored `deleted` column (the effective value)


@dataclass(frozen=True)
class Rules:
    """Who merges: this office's hub (its versions rank first in a conflict), and whether the
    sender is an office whose package may only speak for its own writes (at the province)."""

    fields: tuple[str, ...]
    hub: str
    sender: str
    restrict: bool


@dataclass
class Decision:
    kind: str  # NEW | CHANGED | DELETED | CONFLICT | UNCHANGED | REFUSED
    # What the sender may claim (after dropping what it cannot speak for): the values the
    # jurisdiction check reads.
    sent_values: Values
    # The sender adds writes of its own, or the record is new here: its jurisdiction must be
    # checked (only when the sender is restricted).
    check_sender: bool = False
    # The fields the sender newly wrote (only worked out for a restricted sender): a record
    # such as a sign-off is split between writers by field.
    written: frozenset[str] = frozenset()
    refusal: str | None = None  # FOREIGN_VERSIONS | ERASES when kind is REFUSED
    values: Values = field(default_factory=dict)  # the record as it would be stored (wire)
    state: VersionState | None = None
    text: str | None = None
    origin: bool = False  # the stored state is exactly the sender's
    changed: list[tuple[str, Any, Any]] = field(default_factory=list)  # (field, old, new)
    # Fields newly in conflict: (field, the value kept for now, the other value).
    conflicts: list[tuple[str, Any, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class _Quick:
    """What the quick merge (`versions.fast_forward`) makes of a stored and a sent state,
    before the values are looked at."""

    plan: versions.FastForward
    text: str  # the merged state's text
    unchanged: bool  # ... is the stored one
    erases: bool  # (a sender speaking for itself only) it drops a version held here
    origin: bool  # the merged state is exactly the sent one
    # The fields whose merged value may differ from the stored one (the others keep it).
    touched: tuple[str, ...]


# (stored text, sent text, whether the sent text is canonical) -> the quick merge of those
# states (None: not the quick case).
Plans = dict[tuple[str, str, bool], _Quick | None]


def decide(stored: Stored | None, sent_values: Mapping[str, Any], sent_state: VersionState,
           sent_text: str, rules: Rules, sent_canonical: bool = False,
           plans: Plans | None = None) -> Decision:  # fmt: skip
    """What importing one record would do (pure: neither input changes). `sent_canonical`:
    `sent_text` is known to be the canonical text of `sent_state` (`versions.encode`).

    `plans`: what the states of records decided before made (kept in it by their texts; the
    states given must be those their texts hold), so that records with the same states,
    as a write of many records sends them, have the states' part worked out once. Not used
    for a sender that speaks for itself only (its state is cut to what it may claim)."""
    fields = rules.fields
    values = dict(sent_values)
    if values.get("deleted") is None:
        values["deleted"] = False
    state = sent_state
    restricted = False
    check_sender = False
    written: frozenset[str] = frozenset()
    if rules.restrict:
        before = versions.encode(state, fields)
        values, state = versions.restrict_to_sender(
            values, state, stored.state if stored else None, rules.sender,
            stored.values if stored else None,
        )  # fmt: skip
        restricted = versions.encode(state, fields) != before
        local = stored.state if stored else None
        fresh = any(
            not (local and local.covers(d)) for d in versions.sender_dots(state, rules.sender)
        )
        seen_more = state.context.get(rules.sender, 0) > (
            local.context.get(rules.sender, 0) if local else 0
        )
        # Whatever the sender adds of its own is checked, and a record new here is checked
        # whatever versions it claims: it could otherwise slip in anywhere.
        check_sender = fresh or seen_more or stored is None
        written = frozenset(
            name
            for name in fields
            if any(
                versions.split_dot(d)[0] == rules.sender and not (local and local.covers(d))
                for d in dots_of(state, name)
            )
        )
    if stored is None:
        if restricted:
            # A record new here comes from its sender alone: versions of anyone else in it
            # (dropped above) can only be forged.
            return Decision(REFUSED, values, check_sender, written, FOREIGN_VERSIONS)
        return Decision(NEW, values, check_sender, written, values=values, state=state, text=sent_text,
                        origin=True)  # fmt: skip
    canonical = sent_canonical and not restricted
    quick: _Quick | None
    if plans is None or rules.restrict:
        quick = _quick(stored, state, sent_text, canonical, rules)
    else:
        key = (stored.text, sent_text, canonical)
        if key in plans:
            quick = plans[key]
        else:
            quick = _quick(stored, state, sent_text, canonical, rules)
            if len(plans) < 10_000:
                plans[key] = quick
    if quick is not None:
        fast = versions.fast_forward_values(quick.plan, stored.values, values, fields)
        if fast is not None:
            return _fast_forward(stored, values, quick, fields, check_sender, written, fast)
    merged_values, merged = versions.merge(
        stored.values, stored.state, values, state, fields, rules.hub
    )
    text = versions.encode(merged, fields)
    if text == stored.text:
        return Decision(UNCHANGED, values, check_sender, written)
    if rules.restrict and erases(stored.state, merged, fields, rules.sender):
        return Decision(REFUSED, values, check_sender, written, ERASES)
    changed = [
        (name, stored.values.get(name), merged_values.get(name))
        for name in fields
        if stored.values.get(name) != merged_values.get(name)
    ]
    conflicts = [
        (name, merged_values.get(name), other)
        for name, others in versions.differing_concurrent(merged_values, merged).items()
        for other, dot in others
        if [other, dot] not in stored.state.concurrent.get(name, [])
    ]
    was_conflict = versions.has_conflict(stored.state, stored.values)
    if versions.has_conflict(merged, merged_values) and (not was_conflict or conflicts):
        kind = CONFLICT
    elif versions.effective_deleted(merged) and not stored.deleted:
        kind = DELETED
    else:
        kind = CHANGED
    return Decision(
        kind, values, check_sender, written, values=merged_values, state=merged, text=text,
        # A merged state equal to the sent one encodes the same (no second encoding).
        origin=merged == state or text == versions.encode(state, fields), changed=changed,
        conflicts=conflicts,
    )  # fmt: skip


def _quick(stored: Stored, state: VersionState, sent_text: str, canonical: bool,
           rules: Rules) -> _Quick | None:  # fmt: skip
    """The states' part of the quick merge (None: not the quick case)."""
    fields = rules.fields
    plan = versions.fast_forward_plan(stored.state, state, fields)
    if plan is None:
        return None
    merged = plan.state
    same = merged == state
    text = sent_text if same and canonical else versions.encode(merged, fields)
    unchanged = text == stored.text
    erased = not unchanged and rules.restrict and erases(stored.state, merged, fields, rules.sender)
    origin = not (unchanged or erased) and (same or text == versions.encode(state, fields))
    touched = tuple(
        name
        for name in fields
        if name in plan.moved or (plan.sent_deleted and name == versions.DELETED)
    )
    return _Quick(plan, text, unchanged, erased, origin, touched)


def _fast_forward(stored: Stored, values: Values, quick: _Quick, fields: tuple[str, ...],
                  check_sender: bool, written: frozenset[str],
                  merged_values: Values) -> Decision:  # fmt: skip
    """`decide` after a merge that only moved fields forward (`versions.fast_forward`): no
    version stands beside another and no deletion stands, so there is no conflict and no
    deletion to report."""
    if quick.unchanged:
        return Decision(UNCHANGED, values, check_sender, written)
    if quick.erases:
        return Decision(REFUSED, values, check_sender, written, ERASES)
    # (Field by field through `map`: an import runs this for each of its records.) Only the
    # fields the merge may have given another value are compared, when every field is stored.
    names = quick.touched if stored.values.keys() >= fieldset(fields) else fields
    before, after = list(map(stored.values.get, names)), list(map(merged_values.get, names))
    changed = list(
        itertools.compress(zip(names, before, after, strict=True), map(operator.ne, before, after))
    )
    return Decision(
        CHANGED, values, check_sender, written, values=merged_values, state=quick.plan.state,
        text=quick.text, origin=quick.origin, changed=changed,
    )  # fmt: skip


def dots_of(state: VersionState, name: str) -> set[str]:
    """Every standing version's dot of a field."""
    dot = state.dots.get(name)
    return ({dot} if dot else set()) | {d for _value, d in state.concurrent.get(name, [])}


def erases(local: VersionState, merged: VersionState, fields: tuple[str, ...], sender: str) -> bool:
    """Whether merging a sender's state drops a version held here without a new write of the
    sender to that field in its place: an honest office only overwrites by writing, so the
    state's claim to have seen (and replaced) that version is forged or corrupt."""
    for name in fields:
        after = dots_of(merged, name)
        if dots_of(local, name) - after and not any(
            versions.split_dot(d)[0] == sender and not local.covers(d) for d in after
        ):
            return True
    return False


def fresh_fields(state: VersionState, local: VersionState | None, fields: tuple[str, ...],
                 sender: str) -> frozenset[str]:  # fmt: skip
    """The fields holding a write of the sender that this office had not seen."""
    return frozenset(
        name
        for name in fields
        if any(
            versions.split_dot(d)[0] == sender and not (local and local.covers(d))
            for d in dots_of(state, name)
        )
    )


@dataclass(frozen=True)
class Many:
    """`decide` for many records whose stored and sent states are the same two (a write of
    many records sends one state for all), in the quick case, a field at a time."""

    kind: str  # CHANGED | UNCHANGED
    taken: list[int]  # the records decided here (positions); `decide` takes the others
    state: VersionState  # the merged state, and its text (as `Decision`)
    text: str
    origin: bool
    # The merged values (wire), by field, of the records taken (in `taken` order).
    values: dict[str, list[Any]]
    # The stored values of the fields whose merged value may differ (`values` holds the
    # new ones), of the records taken; as `Decision.changed`, those that differ.
    before: dict[str, list[Any]]

    def changed(self) -> list[list[tuple[str, Any, Any]]]:
        """`Decision.changed` of each record taken."""
        out: list[list[tuple[str, Any, Any]]] = [[] for _ in self.taken]
        for name, old in self.before.items():
            for changed, before, after in zip(out, old, self.values[name], strict=True):
                if before != after:
                    changed.append((name, before, after))
        return out


def decide_many(stored_state: VersionState, stored_text: str,
                stored_values: Mapping[str, list[Any]], sent_state: VersionState,
                sent_text: str, sent_values: Mapping[str, list[Any]], rules: Rules,
                sent_canonical: bool = False, plans: Plans | None = None) -> Many | None:  # fmt: skip
    """What `decide` decides for each of many records stored here in one state and sent in
    another, given their values a field at a time (every field, as `Stored.values` and the
    sent values `decide` reads: `deleted` False where a package leaves it out). None when
    the states do not make the quick merge, or the sender speaks for itself only: `decide`
    takes each record. A record whose values make the quick merge give way to the full one
    (a write held on both sides with two values) is left out of `taken`."""
    if rules.restrict:
        return None
    fields = rules.fields
    key = (stored_text, sent_text, sent_canonical)
    if plans is not None and key in plans:
        quick = plans[key]
    else:
        quick = _quick(Stored({}, stored_state, stored_text, False), sent_state, sent_text,
                       sent_canonical, rules)  # fmt: skip
        if plans is not None and len(plans) < 10_000:
            plans[key] = quick
    if quick is None:
        return None
    count = len(stored_values[fields[0]])
    taken = list(range(count))
    for name in quick.plan.same:  # (`versions.fast_forward_values`)
        held, sent = stored_values[name], sent_values[name]
        if held != sent:
            taken = [k for k in taken if held[k] is sent[k] or held[k] == sent[k]]
    if quick.unchanged:
        return Many(UNCHANGED, taken, quick.plan.state, quick.text, quick.origin, {}, {})
    if len(taken) < count:
        stored_values = {name: [v[k] for k in taken] for name, v in stored_values.items()}
        sent_values = {name: [v[k] for k in taken] for name, v in sent_values.items()}
    after = {
        name: [False] * len(taken) if name == versions.DELETED else sent_values[name]
        for name in quick.touched
    }
    values = {name: after[name] if name in after else stored_values[name] for name in fields}
    before = {name: stored_values[name] for name in quick.touched}
    return Many(CHANGED, taken, quick.plan.state, quick.text, quick.origin, values, before)
