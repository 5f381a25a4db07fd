"""_values.py - a unit's values given as a Python mapping, put into a
rubric_unit through the setters of rubric.h.

A mapping is read as a JSON data file is (docs/cli.md, "Data"): keys are
input names, or indicator names for rows whose actual is computed; "/" or
"不适用" marks a row that does not apply; a dict is a row object
({"actual": ..., "score": ..., "reason": ..., "published": ...}, or the
Chinese names of the fields); "$published" gives the published total and
grade.  Python values map to the setters:

    str                 rubric_unit_set_text (read by the input's type)
    bool                rubric_unit_set_bool
    int                 rubric_unit_set_integer (set_number past 64 bits)
    decimal.Decimal     rubric_unit_set_number (fixed-point text)
    datetime.date       rubric_unit_set_date
    list/tuple of str   rubric_unit_set_list
    None                nothing: the value is missing
    float               TypeError: not exact

Some values have no setter, or a setter that does not do what the data
file does; these go, as a small JSON document, through
rubric_unit_load_json (which must come first: it resets the unit):

- a row object of an indicator with an input of its own: what its fields
  mean depends on the rule, which rubric.h does not show - a judged row's
  "score" is its value and its "actual" is only shown; a ranged grade
  level's "score" is the score picked ({"level": "有制度", "score": 3}),
  which rubric_unit_set_score cannot pick; any other rule's "score" is an
  override.  (A row of an indicator whose actual is computed uses
  rubric_unit_set_score, set_reason and set_published.)
- a published grade ("$published": {"grade": ...}): no setter;
- whatever the library must report itself: unknown names (E304, with
  "did you mean"), unknown row fields, an actual for an indicator that
  computes its own.

Diagnostics of that document lose their place (file, line, column): the
caller wrote a mapping, not a file.
"""

from __future__ import annotations

import datetime
import json
import unicodedata
from ctypes import c_char_p, c_size_t
from decimal import Decimal
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from . import _lib

if TYPE_CHECKING:  # pragma: no cover
    from ._handles import _UnitHandle
    from ._template import Template

INAPPLICABLE = frozenset(("/", "／", "不适用"))
NUMERIC = frozenset(("number", "percent", "integer"))
ROW_FIELDS = {
    "actual": "actual", "实际值": "actual", "完成值": "actual", "level": "actual", "等级": "actual",
    "score": "score", "得分": "score",
    "reason": "reason", "偏差原因": "reason",
    "published": "published", "公布得分": "published",
}
PUBLISHED_FIELDS = {"total": "total", "总分": "total", "grade": "grade", "等级": "grade"}
JSON_NAME = "<mapping>"
_LLONG = 1 << 63

# types that are never a mapping
_PLAIN = frozenset((str, int, bool, Decimal, list, tuple, type(None), float, datetime.date))

#: One setter call: the function and its arguments after the unit.
Op = Tuple[Any, Tuple[Any, ...]]


def _kind(v: Any) -> str:
    return type(v).__name__


def decimal_text(v: Decimal, what: str) -> bytes:
    """v as fixed-point text, exactly: "93.92", "1000" for 1E+3."""
    if not v.is_finite():
        raise ValueError(f"{what}: {v} is not a finite number")
    return format(v, "f").encode("ascii")


def points_text(v: Any, what: str) -> bytes:
    """A score or published score as decimal text for the setters."""
    if isinstance(v, bool):
        raise TypeError(f"{what}: expected a number of points (Decimal, int or str), got bool")
    if isinstance(v, int):
        return str(v).encode("ascii")
    if isinstance(v, Decimal):
        return decimal_text(v, what)
    if isinstance(v, str):
        return v.encode("utf-8")
    if isinstance(v, float):
        raise TypeError(f"{what}: a float is not exact; give a Decimal or a str ({v!r} -> Decimal({str(v)!r}))")
    raise TypeError(f"{what}: expected a number of points (Decimal, int or str), got {_kind(v)}")


def json_text(v: Any, what: str) -> str:
    """v as JSON text, numbers exactly (for the JSON part)."""
    if v is None:
        return "null"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        return decimal_text(v, what).decode("ascii")
    if isinstance(v, float):
        raise TypeError(f"{what}: a float is not exact; give a Decimal or a str ({v!r} -> Decimal({str(v)!r}))")
    if isinstance(v, datetime.datetime):
        raise TypeError(f"{what}: a datetime is not a date; give its .date()")
    if isinstance(v, datetime.date):
        return json.dumps(v.isoformat())
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(json_text(x, what) for x in v) + "]"
    if isinstance(v, Mapping):
        parts = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError(f"{what}: keys must be str, got {_kind(k)}")
            parts.append(json.dumps(k, ensure_ascii=False) + ": " + json_text(x, what))
        return "{" + ", ".join(parts) + "}"
    raise TypeError(f"{what}: cannot give a value of type {_kind(v)}")


class Plan:
    """What a mapping asks: setter calls, and a JSON part for the rest."""

    __slots__ = ("ops", "json", "unknown")

    def __init__(self) -> None:
        self.ops: List[Op] = []
        self.json: Dict[str, str] = {}  # key -> its value as JSON text
        self.unknown: List[str] = []

    def to_json(self, key: str, v: Any) -> None:
        """Leaves key's value v to the JSON part."""
        self.json[key] = json_text(v, key)


def value_op(lib: "_lib.Library", name: str, index: int, typ: str, v: Any) -> Optional[Op]:
    """The setter call that gives input index (called name, of type typ)
    the value v; None for None (missing).  TypeError for a value of a kind
    the input cannot take."""
    what = f"input {name}"
    if isinstance(v, str):
        b = v.encode("utf-8")
        return (lib.rubric_unit_set_text, (index, b, len(b)))
    if v is None:
        return None
    if isinstance(v, bool):
        if typ != "bool":
            raise TypeError(f"{what} is {typ}: got a bool")
        return (lib.rubric_unit_set_bool, (index, 1 if v else 0))
    if isinstance(v, int):
        if typ not in NUMERIC:
            raise TypeError(f"{what} is {typ}: got an int")
        if -_LLONG <= v < _LLONG:
            return (lib.rubric_unit_set_integer, (index, v))
        return (lib.rubric_unit_set_number, (index, str(v).encode("ascii")))
    if isinstance(v, Decimal):
        if typ not in NUMERIC:
            raise TypeError(f"{what} is {typ}: got a Decimal")
        return (lib.rubric_unit_set_number, (index, decimal_text(v, what)))
    if isinstance(v, float):
        raise TypeError(f"{what}: a float is not exact; give a Decimal or a str "
                        f"({v!r} -> Decimal({str(v)!r}))")
    if isinstance(v, datetime.datetime):
        raise TypeError(f"{what}: a datetime is not a date; give its .date()")
    if isinstance(v, datetime.date):
        if typ != "date":
            raise TypeError(f"{what} is {typ}: got a date")
        return (lib.rubric_unit_set_date, (index, v.year, v.month, v.day))
    if isinstance(v, (list, tuple)):
        if typ != "list":
            raise TypeError(f"{what} is {typ}: got a {_kind(v)}")
        n = len(v)
        items = []
        nul = False
        for x in v:
            if type(x) is not str and not isinstance(x, str):
                raise TypeError(f"{what}: a list holds str items, got {_kind(x)}")
            b = x.encode("utf-8")
            nul = nul or b"\0" in b
            items.append(b)
        arr = (c_char_p * n)(*items)
        # lengths only when an item holds a NUL: else the items end at theirs
        lens = (c_size_t * n)(*(len(b) for b in items)) if nul else None
        return (lib.rubric_unit_set_list, (index, arr, lens, n))
    raise TypeError(f"{what}: cannot give a value of type {_kind(v)} "
                    "(give str, Decimal, int, bool, datetime.date or a list of str)")


def _row(lib: "_lib.Library", t: "Template", plan: Plan, key: str, item: int,
         index: Optional[int], row: Mapping[Any, Any]) -> None:
    """Plans the row object row for indicator item (its own input index, or
    None when its actual is computed).  A computed row's score (an
    override), reason and published score go through the setters; any other
    row through the JSON part."""
    fields: Dict[str, Any] = {}
    for k, v in row.items():
        field = ROW_FIELDS.get(k) if isinstance(k, str) else None
        if field is None or field in fields:  # unknown or twice: the reader says so
            plan.to_json(key, row)
            return
        if v is not None:
            fields[field] = v
    if index is not None or "actual" in fields:
        # an input of its own: what the fields mean depends on the rule;
        # an actual for a computed row: the reader says so
        plan.to_json(key, row)
        return
    what = f"indicator {t.items[item].name}"
    if "score" in fields:
        plan.ops.append((lib.rubric_unit_set_score, (item, points_text(fields["score"], what))))
    reason = fields.get("reason")
    if reason is not None:
        if not isinstance(reason, str):
            raise TypeError(f"{what}: the reason must be a str, got {_kind(reason)}")
        if reason and reason not in INAPPLICABLE:  # "" and "/": none, as in a data file
            b = reason.encode("utf-8")
            plan.ops.append((lib.rubric_unit_set_reason, (item, b, len(b))))
    if "published" in fields:
        plan.ops.append((lib.rubric_unit_set_published, (item, points_text(fields["published"], what))))


def _published(lib: "_lib.Library", plan: Plan, key: str, v: Any) -> None:
    """Plans "$published": {"total": N, "grade": "..."}."""
    if not isinstance(v, Mapping):
        plan.to_json(key, v)
        return
    fields = {}
    for k, x in v.items():
        field = PUBLISHED_FIELDS.get(k) if isinstance(k, str) else None
        if field is None or field == "grade" or field in fields:
            plan.to_json(key, v)  # a grade has no setter; the rest the reader reports
            return
        if x is not None:
            fields[field] = x
    if "total" in fields:
        plan.ops.append((lib.rubric_unit_set_published, (-1, points_text(fields["total"], key))))


def _resolve(t: "Template", key: str) -> Optional[Tuple[Optional[int], Optional[int], Optional[str]]]:
    """What key names: (its input's index or None, its indicator's item or
    None, the input's type or None); None for a name the template lacks."""
    index = t._input_index.get(key)
    item: Optional[int] = None
    if index is None:
        item = t._indicator_index.get(key)
        if item is None:
            nfc = unicodedata.normalize("NFC", key)
            if nfc == key:
                return None
            return _resolve(t, nfc)
        return (None, item, None)
    inp = t.inputs[index]
    return (index, inp.item, inp.type)


def plan(lib: "_lib.Library", t: "Template", values: Mapping) -> Plan:
    """What to set for values; TypeError for a value no input can take."""
    if not isinstance(values, Mapping):
        raise TypeError(f"score: expected a mapping of values by input name, got {_kind(values)}")
    p = Plan()
    ops = p.ops
    keys = t._keys
    set_text = lib.rubric_unit_set_text
    for key, v in values.items():
        entry = keys.get(key)
        if entry is None:
            if not isinstance(key, str):
                raise TypeError(f"score: keys are input names (str), got {_kind(key)}")
            if key.startswith("$"):
                if key == "$published":
                    _published(lib, p, key, v)
                else:
                    p.to_json(key, v)
                    p.unknown.append(key)
                continue
            entry = _resolve(t, key)
            if entry is None:
                p.to_json(key, None)  # the reader names it, with "did you mean"
                p.unknown.append(key)
                continue
        index, item, typ = entry
        cls = type(v)
        if cls is str and item is None:  # the common case first
            b = v.encode("utf-8")
            ops.append((set_text, (index, b, len(b))))
            continue
        if item is not None:
            if cls is str and v in INAPPLICABLE:
                ops.append((lib.rubric_unit_set_inapplicable, (item,)))
                continue
            if cls is dict or (cls not in _PLAIN and isinstance(v, Mapping)):
                _row(lib, t, p, key, item, index, v)
                continue
        if index is None:
            if v is not None:  # an actual for a computed row: the reader says so
                p.to_json(key, v)
            continue
        if cls is dict or (cls not in _PLAIN and isinstance(v, Mapping)):
            raise TypeError(f"input {key} is not an indicator's: a row object (dict) needs an indicator")
        op = value_op(lib, key, index, typ or "", v)
        if op is not None:
            ops.append(op)
    return p


def apply(lib: "_lib.Library", unit: "_UnitHandle", p: Plan) -> int:
    """Puts the planned values into the unit: the JSON part first (it resets
    the unit), then each setter.  Returns RUBRIC_OK, or RUBRIC_ERROR when
    something was reported; MemoryError when the library runs out."""
    status = _lib.OK
    if p.json:
        text = ("{" + ", ".join(json.dumps(k, ensure_ascii=False) + ": " + v
                                for k, v in p.json.items()) + "}").encode("utf-8")
        s = unit.load_json(JSON_NAME.encode(), text)
        if s == _lib.NOMEM:
            raise MemoryError("rubric: out of memory")
        if s != _lib.OK:
            status = _lib.ERROR
    unit_ptr = unit.ptr
    for fn, args in p.ops:
        s = fn(unit_ptr, *args)
        if s != _lib.OK:
            if s == _lib.NOMEM:
                raise MemoryError("rubric: out of memory")
            if s == _lib.MISUSE:  # planned against the input's type: not expected
                raise TypeError(f"rubric: {fn.__name__} refused its value (library misuse)")
            status = _lib.ERROR
    return status
