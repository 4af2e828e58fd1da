"""Version state of one synced record, and the merge that makes offices converge.

Every write an office makes gets a *dot*: the office code and that office's write counter,
written `"OFFICE.counter"`. A record's state holds, for every field, the version(s) currently
standing (value + dot), and a *context*: for each office, the highest counter of its writes to
this record that the state has already seen.

Merging two states keeps a field version when the other side holds it too, or when the other
side has not seen it (so it cannot have overwritten it). This is the multi-value register with
a causal context of the CRDT literature: the result does not depend on the order or number of
merges (commutative, associative, idempotent), and concurrent writes to the same field are all
kept. When more than one version of a field stands, that is a *conflict*: the winner shown is
picked by a total rule that needs no clock (the province's writes first, then office code,
then the higher counter, then the value), and the others stay listed until a person resolves
the conflict by writing the field again, which is an ordinary write that syncs.

A deletion is a write of the `deleted` field that also remembers the context it was made with.
An edit of any other field that the deletion had not seen is a delete-versus-edit conflict:
the record stays visible (never a silent delete) until someone confirms or undoes the deletion.

The wall-clock time of each dot is kept for people to read and never decides anything.
"""

from __future__ import annotations

import json
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DELETED = "deleted"
Value = Any  # a JSON-compatible field value (dates travel as ISO strings)


def make_dot(office: str, counter: int) -> str:
    return f"{dot_prefix(office)}{counter}"


def dot_prefix(office: str) -> str:
    """An office's dots up to their counter (a statement that takes the counter appends it)."""
    return f"{office}."


def split_dot(dot: str) -> tuple[str, int]:
    office, _, counter = dot.rpartition(".")
    return office, int(counter)


def canonical(value: Value) -> str:
    return _CANONICAL.encode(value)


@dataclass
class VersionState:
    """The version state of one record: what it has seen, and which write each field holds."""

    context: dict[str, int] = field(default_factory=dict)
    dots: dict[str, str] = field(default_factory=dict)  # field -> dot of the standing winner
    times: dict[str, int] = field(default_factory=dict)  # dot -> unix seconds (for display)
    # field -> [[value, dot]]: the other versions standing beside the winner (a conflict)
    concurrent: dict[str, list[list[Any]]] = field(default_factory=dict)
    delete_seen: dict[str, dict[str, int]] = field(default_factory=dict)  # delete dot -> ctx

    def covers(self, dot: str) -> bool:
        office, counter = split_dot(dot)
        return self.context.get(office, 0) >= counter


def decode(text: str | None, fields: tuple[str, ...]) -> VersionState:
    if not text or text == "{}":
        return VersionState()
    return _from_json(json.loads(text), fields)


def _from_json(raw: dict[str, Any], fields: tuple[str, ...]) -> VersionState:
    encoded = raw.get("d", {})
    default = encoded.get("_", "")
    dots = {}
    for name in fields:
        dot = encoded.get(name, default)
        if dot:
            dots[name] = dot
    return VersionState(
        context=dict(raw.get("v", {})),
        dots=dots,
        times=dict(raw.get("t", {})),
        concurrent={k: [list(v) for v in vs] for k, vs in raw.get("x", {}).items()},
        delete_seen={k: dict(v) for k, v in raw.get("s", {}).items()},
    )


def encode(meta: VersionState, fields: tuple[str, ...]) -> str:
    """Canonical text: the same state always gives the same string (compared byte for byte)."""
    tally = Counter(meta.dots.values())
    default = min(tally, key=lambda d: (-tally[d], d)) if tally else ""
    dots: dict[str, str] = {"_": default} if default else {}
    for name in fields:
        dot = meta.dots.get(name, "")
        if dot != default:
            dots[name] = dot
    out: dict[str, Any] = {"v": meta.context, "d": dots}
    referenced = _referenced_dots(meta)
    times = {d: t for d, t in meta.times.items() if d in referenced}
    if times:
        out["t"] = times
    alt = {k: sorted(vs, key=lambda v: v[1]) for k, vs in meta.concurrent.items() if vs}
    if alt:
        out["x"] = alt
    seen = {d: s for d, s in meta.delete_seen.items() if d in referenced}
    if seen:
        out["s"] = seen
    return _CANONICAL.encode(out)


# `json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)`, made once (an
# import encodes a state for each record whose versions differ).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _referenced_dots(meta: VersionState) -> set[str]:
    dots = set(meta.dots.values())
    for versions in meta.concurrent.values():
        dots.update(v[1] for v in versions)
    return dots


# --- reading a state --------------------------------------------------------------------------


def field_versions(values: dict[str, Value], meta: VersionState, name: str) -> dict[str, Value]:
    """dot -> value of every version of a field that stands."""
    out: dict[str, Value] = {}
    dot = meta.dots.get(name)
    if dot:
        out[dot] = (dot in meta.delete_seen) if name == DELETED else values.get(name)
    for value, alt_dot in meta.concurrent.get(name, []):
        out[alt_dot] = value
    return out


def deletion_dots(meta: VersionState) -> list[str]:
    """Dots of the standing `deleted = true` versions."""
    dots = [meta.dots[DELETED]] if DELETED in meta.dots else []
    dots += [d for value, d in meta.concurrent.get(DELETED, []) if value is True]
    return [d for d in dots if d in meta.delete_seen]


def unseen_by_deletion(meta: VersionState) -> dict[str, list[str]]:
    """For each standing deletion, the edits it had not seen (delete-versus-edit conflicts)."""
    out: dict[str, list[str]] = {}
    for delete_dot in deletion_dots(meta):
        seen = meta.delete_seen[delete_dot]
        concurrent = []
        for name, dot in meta.dots.items():
            if name == DELETED:
                continue
            dots = [dot] + [v[1] for v in meta.concurrent.get(name, [])]
            for d in dots:
                office, counter = split_dot(d)
                if seen.get(office, 0) < counter:
                    concurrent.append(d)
        if concurrent:
            out[delete_dot] = sorted(set(concurrent))
    return out


def effective_deleted(meta: VersionState) -> bool:
    """Whether the record counts as deleted: a standing deletion with no concurrent edit."""
    winner = meta.dots.get(DELETED)
    if winner is None or winner not in meta.delete_seen:
        return False
    return not unseen_by_deletion(meta)


def differing_concurrent(
    values: dict[str, Value], meta: VersionState
) -> dict[str, list[list[Any]]]:
    """The concurrent versions whose value differs from the one shown.

    Two offices that set the same value without seeing each other leave two versions in the
    state (the merge must keep both to converge), but nobody has anything to decide.
    """
    out: dict[str, list[list[Any]]] = {}
    for name, others in meta.concurrent.items():
        if name == DELETED:
            shown: Value = meta.dots.get(DELETED) in meta.delete_seen
        else:
            shown = values.get(name)
        differing = [v for v in others if v[0] != shown and canonical(v[0]) != canonical(shown)]
        if differing:
            out[name] = differing
    return out


def has_conflict(meta: VersionState, values: dict[str, Value] | None = None) -> bool:
    """Whether a person must decide something. Without `values`, any concurrent version
    counts; with them, only versions whose value differs from the one shown."""
    if not meta.concurrent and not meta.delete_seen:
        return False  # no other version and no deletion: nothing to decide
    alternatives = (
        any(meta.concurrent.values())
        if values is None
        else bool(differing_concurrent(values, meta))
    )
    return alternatives or bool(unseen_by_deletion(meta))


# --- writing ------------------------------------------------------------------------------------


def local_write(
    values: dict[str, Value],
    meta: VersionState,
    changes: dict[str, Value],
    *,
    office: str,
    counter: int,
    now: int,
) -> None:
    """Apply an office's own write in place. Writing a field resolves any conflict on it."""
    dot = make_dot(office, counter)
    meta.context[office] = max(meta.context.get(office, 0), counter)
    for name, value in changes.items():
        values[name] = value
        meta.dots[name] = dot
        meta.concurrent.pop(name, None)
    meta.times[dot] = now
    if changes.get(DELETED) is True:
        meta.delete_seen[dot] = dict(meta.context)
    _prune(meta)


def _prune(meta: VersionState) -> None:
    referenced = _referenced_dots(meta)
    meta.times = {d: t for d, t in meta.times.items() if d in referenced}
    meta.delete_seen = {d: s for d, s in meta.delete_seen.items() if d in referenced}


def _rank(dot: str, value: Value, name: str, hub: str) -> tuple[Any, ...]:
    office, counter = split_dot(dot)
    alive_first = value is True if name == DELETED else False
    return (alive_first, office != hub, office, -counter, canonical(value))


def merge(
    local_values: dict[str, Value],
    local_state: VersionState,
    sent_values: dict[str, Value],
    sent_state: VersionState,
    fields: tuple[str, ...],
    hub: str,
) -> tuple[dict[str, Value], VersionState]:
    """The merged state of two states of the same record (pure; neither input changes)."""
    values: dict[str, Value] = {}
    merged = VersionState()
    for office in set(local_state.context) | set(sent_state.context):
        seen = max(local_state.context.get(office, 0), sent_state.context.get(office, 0))
        if seen:  # "has seen none of it" is the absence of the office, not a 0 to keep
            merged.context[office] = seen
    local_dots, sent_dots = local_state.dots, sent_state.dots
    local_concurrent, sent_concurrent = local_state.concurrent, sent_state.concurrent
    for name in fields:
        dot = local_dots.get(name)
        if (
            dot is not None
            and dot == sent_dots.get(name)
            and not local_concurrent.get(name)
            and not sent_concurrent.get(name)
        ):
            # The usual case: both sides hold the same single write (what the general rule
            # below gives for it, without building the versions).
            value: Value
            other: Value
            if name == DELETED:
                value, other = dot in local_state.delete_seen, dot in sent_state.delete_seen
            else:
                value, other = local_values.get(name), sent_values.get(name)
            if value != other and canonical(other) < canonical(value):
                value = other
            values[name] = value
            merged.dots[name] = dot
            continue
        local_versions = field_versions(local_values, local_state, name)
        sent_versions = field_versions(sent_values, sent_state, name)
        kept: dict[str, Value] = {}
        for dot, value in local_versions.items():
            if dot in sent_versions or not sent_state.covers(dot):
                kept[dot] = value
        for dot, value in sent_versions.items():
            if dot in local_versions:
                # Same write on both sides: values agree unless a file was forged or corrupt;
                # pick one by a rule that does not depend on the side.
                if value != kept.get(dot, value) and canonical(value) < canonical(kept[dot]):
                    kept[dot] = value
            elif not local_state.covers(dot):
                kept[dot] = value
        if not kept:
            values[name] = local_values.get(name, sent_values.get(name))
            continue
        if len(kept) == 1:
            ((win_dot, win_value),) = kept.items()
            values[name] = win_value
            merged.dots[name] = win_dot
            continue
        ranked = sorted(kept.items(), key=lambda item: _rank(item[0], item[1], name, hub))
        win_dot, win_value = ranked[0]
        values[name] = win_value
        merged.dots[name] = win_dot
        if len(ranked) > 1:
            merged.concurrent[name] = [[v, d] for d, v in ranked[1:]]
    merged.times = {**sent_state.times, **local_state.times}
    merged.delete_seen = {**sent_state.delete_seen, **local_state.delete_seen}
    _prune(merged)
    return values, merged


def fast_forward(
    local_values: dict[str, Value],
    local_state: VersionState,
    sent_values: dict[str, Value],
    sent_state: VersionState,
    fields: tuple[str, ...],
) -> tuple[dict[str, Value], VersionState, set[str]] | None:
    """`merge` in the usual case of an import, without going through every field's versions:
    the sent state has seen every write held here (its context covers ours), brings writes
    we have not seen, one version per field, and no deletion stands on either side. Then
    the merge is the sent state (times of dots held on both sides as held here), and each
    field takes the sent value where the sent write is newer, else keeps ours. Returns the
    same (values, state) as `merge`, and the fields whose dot moves; None when the case is
    not this one (`merge` decides)."""
    plan = fast_forward_plan(local_state, sent_state, fields)
    if plan is None:
        return None
    values = fast_forward_values(plan, local_values, sent_values, fields)
    if values is None:
        return None
    return values, plan.state, set(plan.moved)


@dataclass(frozen=True)
class FastForward:
    """What `fast_forward` works out from the two states alone: the same for every record
    whose stored and sent states are these two (the values are `fast_forward_values`)."""

    moved: frozenset[str]  # the fields whose dot moves
    same: tuple[str, ...]  # the fields holding the same write on both sides (but `deleted`)
    state: VersionState  # the merged state (shared: never changed in place)
    sent_deleted: bool  # the sent state holds a write of `deleted`


def fast_forward_plan(
    local_state: VersionState, sent_state: VersionState, fields: tuple[str, ...]
) -> FastForward | None:
    """The part of `fast_forward` that reads the states only; None when the case is not the
    quick one, whatever the values."""
    if (
        local_state.concurrent
        or sent_state.concurrent
        or local_state.delete_seen
        or sent_state.delete_seen
    ):
        return None
    sent_context, local_context = sent_state.context, local_state.context
    if 0 in sent_context.values():  # `merge` leaves an office seen up to 0 out
        return None
    for office, seen in local_context.items():
        if sent_context.get(office, 0) < seen and seen:
            return None
    local_dots, sent_dots = local_state.dots, sent_state.dots
    moved = {name for name, _dot in sent_dots.items() - local_dots.items()}
    for name in moved:
        dot = sent_dots[name]
        office, counter = split_dot(dot)
        if local_context.get(office, 0) >= counter:
            return None  # a write we have seen and no longer hold: `merge` drops it
        held = local_dots.get(name)
        if held is not None and not sent_state.covers(held):
            return None  # ours was not seen by the sender: both stand (a conflict)
    for name in local_dots.keys() - sent_dots.keys():
        if not sent_state.covers(local_dots[name]):
            return None
    names = fieldset(fields)
    merged = VersionState(context={o: c for o, c in sent_context.items() if c})
    merged.dots = (
        dict(sent_dots)
        if sent_dots.keys() <= names
        else {name: dot for name, dot in sent_dots.items() if name in names}
    )
    referenced = set(merged.dots.values())
    merged.times = {
        d: t for d, t in {**sent_state.times, **local_state.times}.items() if d in referenced
    }
    return FastForward(
        moved=frozenset(moved & names),
        same=tuple((sent_dots.keys() & local_dots.keys()) - moved - {DELETED}),
        state=merged,
        sent_deleted=DELETED in sent_dots and DELETED in names,
    )


def fast_forward_values(
    plan: FastForward,
    local_values: dict[str, Value],
    sent_values: dict[str, Value],
    fields: tuple[str, ...],
) -> dict[str, Value] | None:
    """The merged values of a record whose states make `plan`; None when a write held on
    both sides carries two values (`merge`'s tie rule decides)."""
    # (An import runs this for each of its records: the fields are read by one getter.)
    same = plan.same
    pick = _picker(same)
    try:
        differ = pick(local_values) != pick(sent_values)
    except KeyError:  # a field missing (None, as `get` reads it)
        differ = list(map(local_values.get, same)) != list(map(sent_values.get, same))
    if differ:
        return None
    names = fieldset(fields)
    if local_values.keys() == names:
        values = dict(local_values)
    else:
        values = dict(zip(fields, map(local_values.get, fields), strict=True))
        for name in names - local_values.keys():
            values[name] = sent_values.get(name)
    for name in plan.moved:
        values[name] = False if name == DELETED else sent_values.get(name)
    if plan.sent_deleted:
        values[DELETED] = False  # a deletion stands nowhere: the version says "not deleted"
    return values


_PICKERS: dict[tuple[str, ...], Callable[[dict[str, Value]], Any]] = {}


def _picker(names: tuple[str, ...]) -> Callable[[dict[str, Value]], Any]:
    """A getter of these fields' values (a KeyError for one missing), made once per tuple."""
    found = _PICKERS.get(names)
    if found is None:
        found = operator.itemgetter(*names) if names else _nothing
        if len(_PICKERS) < 1024:
            _PICKERS[names] = found
    return found


def _nothing(values: dict[str, Value]) -> tuple[()]:
    return ()


_FIELDSETS: dict[tuple[str, ...], frozenset[str]] = {}


def fieldset(fields: tuple[str, ...]) -> frozenset[str]:
    """`frozenset(fields)`, made once per tuple of fields (a table's)."""
    found = _FIELDSETS.get(fields)
    if found is None:
        found = frozenset(fields)
        if len(_FIELDSETS) < 256:
            _FIELDSETS[fields] = found
    return found


def restrict_to_sender(
    sent_values: dict[str, Value],
    sent_state: VersionState,
    local_state: VersionState | None,
    sender: str,
    local_values: dict[str, Value] | None = None,
) -> tuple[dict[str, Value], VersionState]:
    """What a hub may believe of a state sent by one of its offices.

    The hub is the only path between offices, so it already knows every write the sender could
    have relayed from others. Versions by other offices that the hub has not seen, and claims
    to have seen more of another office's writes than the hub itself, can only be forged or
    corrupt: they are dropped so that a package cannot overwrite anyone else's data. For the
    same reason the hub keeps its own value of every write it already holds (`local_values`),
    and only the sender's own deletions count as deletions.
    """
    known = local_state.context if local_state else {}

    def capped(context: dict[str, int]) -> dict[str, int]:
        return {
            o: (c if o == sender else min(c, known.get(o, 0)))
            for o, c in context.items()
            if o == sender or known.get(o, 0)
        }

    trusted_state = VersionState(
        context=capped(sent_state.context),
        times=dict(sent_state.times),
        delete_seen={
            d: capped(s) for d, s in sent_state.delete_seen.items() if split_dot(d)[0] == sender
        },
    )
    values = dict(sent_values)
    local_dots: set[str] = set()
    if local_state:
        local_dots = set(local_state.dots.values()) | {
            v[1] for vs in local_state.concurrent.values() for v in vs
        }

    def trusted(dot: str) -> bool:
        office, _ = split_dot(dot)
        return (
            office == sender or dot in local_dots or bool(local_state and local_state.covers(dot))
        )

    held: dict[str, dict[str, Value]] = {}

    def value_of(name: str, dot: str, value: Value) -> Value:
        """The hub's own value of a write it holds; the sender's for any other."""
        if local_state is None or local_values is None or dot not in local_dots:
            return value
        if name not in held:
            held[name] = field_versions(local_values, local_state, name)
        return held[name].get(dot, value)

    for name, dot in sent_state.dots.items():
        if trusted(dot):
            trusted_state.dots[name] = dot
            if name != DELETED:
                values[name] = value_of(name, dot, values.get(name))
    for name, versions in sent_state.concurrent.items():
        kept = [[value_of(name, v[1], v[0]), v[1]] for v in versions if trusted(v[1])]
        if kept:
            trusted_state.concurrent[name] = kept
    _prune(trusted_state)
    return values, trusted_state


def sender_dots(meta: VersionState, sender: str) -> set[str]:
    """The dots in a state written by `sender` itself."""
    dots = _referenced_dots(meta)
    return {d for d in dots if split_dot(d)[0] == sender}


class MetaError(ValueError):
    """A version state that is not well formed (corrupt or hostile package)."""


# An office code (as `workspace.OFFICE_CODE_RE`), a dot, a counter in ASCII digits ("²" is a
# digit to str.isdigit, not to int).
_DOT_RE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}\.[0-9]{1,18}")
_LAST_TIME = 253_402_300_799  # 9999-12-31T23:59:59Z, the last second a datetime can show


def _is_dot(text: Any) -> bool:
    return isinstance(text, str) and _DOT_RE.fullmatch(text) is not None


def _is_context(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and type(v) is int and 0 <= v < 2**62 for k, v in value.items()
    )


def parse_checked(text: str, fields: tuple[str, ...]) -> VersionState:
    """`decode` for text from outside: every part is checked, or MetaError is raised."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise MetaError("not JSON") from exc
    if not isinstance(raw, dict) or not set(raw) <= {"v", "d", "t", "x", "s"}:
        raise MetaError("shape")
    if not _is_context(raw.get("v", {})):
        raise MetaError("context")
    dots = raw.get("d", {})
    if not isinstance(dots, dict) or not all(
        isinstance(k, str) and (v == "" or _is_dot(v)) for k, v in dots.items()
    ):
        raise MetaError("dots")
    times = raw.get("t", {})
    if not isinstance(times, dict) or not all(
        _is_dot(k) and type(v) is int and 0 <= v <= _LAST_TIME for k, v in times.items()
    ):
        raise MetaError("times")
    alt = raw.get("x", {})
    if not isinstance(alt, dict) or not all(
        k in fields
        and isinstance(vs, list)
        and all(isinstance(v, list) and len(v) == 2 and _is_dot(v[1]) for v in vs)
        for k, vs in alt.items()
    ):
        raise MetaError("alternatives")
    seen = raw.get("s", {})
    if not isinstance(seen, dict) or not all(
        _is_dot(k) and _is_context(v) for k, v in seen.items()
    ):
        raise MetaError("deletions")
    return _from_json(raw, fields)
