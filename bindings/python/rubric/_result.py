"""_result.py - the scores of one unit: Result, its rows, and Verification.

A Result owns the rubric_unit it was scored in (through a _UnitHandle) and
holds its Template, so neither is freed while the Result is alive.  The
total and the grade are read at once; the rows when first asked for.  Close
a Result (close(), or a with block) to free its unit at once rather than
when it is collected; what it read before stays readable.
"""

from __future__ import annotations

import dataclasses
import json
from ctypes import byref, c_int, c_size_t, c_void_p, string_at
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Tuple, Union

from . import _lib
from ._errors import DataError, Diagnostic, RubricError
from ._handles import _UnitHandle

if TYPE_CHECKING:  # pragma: no cover
    from ._template import Item, Template


def _dec(b: Optional[bytes]) -> Optional[Decimal]:
    return None if b is None else Decimal(b.decode("ascii"))


def _exact(b: Optional[bytes]) -> Union[Decimal, Fraction, None]:
    """Exact decimal text as a Decimal; "p/q" as a Fraction."""
    if b is None:
        return None
    s = b.decode("ascii")
    return Fraction(s) if "/" in s else Decimal(s)


def _str(b: Optional[bytes]) -> Optional[str]:
    return None if b is None else b.decode("utf-8", "replace")


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator's row of a scored table.  Scores are exact: score and
    rule_score are rounded as the template says; raw_score is the rule's
    unrounded score, a Fraction when no decimal is exact.  They are None for
    a row that does not apply."""

    index: int                     #: the item's index in Template.items
    name: str
    weight: Decimal
    score: Optional[Decimal]       #: the final score
    rule_score: Optional[Decimal]  #: as the rule gives it (differs when overridden)
    raw_score: Union[Decimal, Fraction, None]
    applicable: bool               #: counts towards the total
    overridden: bool               #: the data's score replaced the rule's
    judged: bool                   #: scored by the evaluator (`judged`)
    disagrees: bool                #: after verify(): the published score differs
    actual: Optional[str]          #: as the table shows it: "95%", "完备", "3/4"
    reason: Optional[str]          #: 偏差原因, as the data gives it
    published: Optional[Decimal]   #: the published score the data gives
    kind: str = "indicator"


@dataclass(frozen=True)
class GroupResult:
    """A group's subtotal."""

    index: int
    name: str
    weight: Decimal
    score: Optional[Decimal]
    depth: int
    parent: Optional[int]          #: its group's index in Template.items, or None
    kind: str = "group"


ItemResult = Union[IndicatorResult, GroupResult]


@dataclass(frozen=True)
class Verification:
    """What Result.verify() found (`rubric eval --verify`)."""

    findings: int                  #: rows, total and grade that disagree
    rows: Tuple[str, ...]          #: names of the rows whose published score differs
    checked: int                   #: published row scores checked
    published_total: Optional[Decimal]
    published_grade: Optional[str]
    details: Tuple[Dict[str, Any], ...] = field(default=())
    """each finding as the JSON report has it: {"kind": "row", "name", "path",
    "published", "score"}, {"kind": "total", ...} or {"kind": "grade", ...}"""

    @property
    def ok(self) -> bool:
        """Whether every published value agrees."""
        return self.findings == 0

    def __int__(self) -> int:
        return self.findings


class Result:
    """The scores of one unit: Template.score() makes it."""

    def __init__(self, template: "Template", unit: _UnitHandle) -> None:
        self._unit: Optional[_UnitHandle] = None
        self.template = template  #: the Template it was scored with (kept alive)
        lib = unit.lib
        self._lib = lib
        ptr = unit.ptr
        total = lib.rubric_result_total(ptr)
        if total is None:
            raise MemoryError("rubric: out of memory reading the total")
        #: the total, rounded as the template says
        self.total: Decimal = Decimal(total.decode("ascii"))
        #: the name of its grade ("优"), or None
        self.grade: Optional[str] = _str(lib.rubric_result_grade(ptr))
        self._items: Optional[Tuple[ItemResult, ...]] = None
        self._unit = unit

    # ---- life ----

    def close(self) -> None:
        """Lets the unit go now (it is reset and reused by a later score(),
        or freed).  Rows already read stay readable; anything else raises
        RubricError afterwards."""
        unit, self._unit = self._unit, None
        if unit is not None:
            with unit.lock:
                unit.recycle()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # at interpreter exit: the unit frees itself
            pass

    def __enter__(self) -> "Result":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._unit is None

    def _open_unit(self) -> _UnitHandle:
        unit = self._unit
        if unit is None:
            raise RubricError("rubric: the result is closed")
        return unit

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """Warnings reported while scoring, and verify's error, if any."""
        unit = self._unit
        return list(unit.diagnostics) if unit is not None else []

    # ---- rows ----

    def _read(self) -> Tuple[ItemResult, ...]:
        items = self._items
        if items is not None:
            return items
        unit = self._open_unit()
        lib = self._lib
        out: List[ItemResult] = []
        with unit.lock:
            ptr = unit.ptr
            if ptr is None:
                raise RubricError("rubric: the result is closed")
            for it in self.template.items:
                i = it.index
                if it.kind == "group":
                    out.append(GroupResult(i, it.name, it.weight, _dec(lib.rubric_result_score(ptr, i)),
                                           it.depth, it.parent))
                    continue
                flags = lib.rubric_result_flags(ptr, i)
                out.append(IndicatorResult(
                    index=i, name=it.name, weight=it.weight,
                    score=_dec(lib.rubric_result_score(ptr, i)),
                    rule_score=_dec(lib.rubric_result_rule_score(ptr, i)),
                    raw_score=_exact(lib.rubric_result_raw_score(ptr, i)),
                    applicable=bool(flags & _lib.APPLICABLE),
                    overridden=bool(flags & _lib.OVERRIDDEN),
                    judged=bool(flags & _lib.JUDGED),
                    disagrees=bool(flags & _lib.DISAGREES),
                    actual=_str(lib.rubric_result_actual(ptr, i)),
                    reason=_str(lib.rubric_result_reason(ptr, i)),
                    published=_dec(lib.rubric_result_published(ptr, i)),
                ))
        items = tuple(out)
        self._items = items
        return items

    @property
    def items(self) -> Tuple[ItemResult, ...]:
        """Every row and subtotal, in table order (as Template.items)."""
        return self._read()

    @property
    def indicators(self) -> Tuple[IndicatorResult, ...]:
        """The indicators' rows, in table order."""
        return tuple(r for r in self._read() if isinstance(r, IndicatorResult))

    @property
    def groups(self) -> Tuple[GroupResult, ...]:
        """The groups' subtotals, in table order."""
        return tuple(r for r in self._read() if isinstance(r, GroupResult))

    def __getitem__(self, name: str) -> ItemResult:
        """The row or subtotal called name (the first in table order);
        KeyError if there is none."""
        for r in self._read():
            if r.name == name:
                return r
        raise KeyError(name)

    def __iter__(self) -> Iterator[ItemResult]:
        return iter(self._read())

    @property
    def scores(self) -> Dict[str, Optional[Decimal]]:
        """Every item's score by name (an indicator's and a group of the same
        name: the first in table order)."""
        out: Dict[str, Optional[Decimal]] = {}
        for r in self._read():
            out.setdefault(r.name, r.score)
        return out

    @property
    def published_total(self) -> Optional[Decimal]:
        """The published total the data gives ("$published"), or None."""
        unit = self._open_unit()
        with unit.lock:
            return _dec(self._lib.rubric_result_published(unit.ptr, -1))

    # ---- audit and reports ----

    def verify(self) -> Verification:
        """Audits the scores against the published ones the data gives, as
        `rubric eval --verify`; afterwards rows have .disagrees.  DataError
        (E316) when the data publishes nothing."""
        unit = self._open_unit()
        lib = self._lib
        findings = c_int(0)
        with unit.lock:
            seen = len(unit.diagnostics)
            status = lib.rubric_unit_verify(unit.ptr, byref(findings))
            self._items = None  # the flags changed
            new = list(unit.diagnostics[seen:])
        if status == _lib.ERROR:
            raise DataError("rubric: nothing to verify: " +
                            (new[0].message if new else "the data has no published scores"), new)
        if status != _lib.OK:
            raise RubricError("rubric: verify: " + lib.status(status))
        report = self.to_dict(verify=True)
        v = report.get("verify") or {}
        published = report.get("published") or {}
        total = published.get("total")
        return Verification(
            findings=findings.value,
            rows=tuple(r.name for r in self.indicators if r.disagrees),
            checked=int(v.get("rows") or 0),
            published_total=None if total is None else Decimal(str(total)),
            published_grade=published.get("grade"),
            details=tuple(v.get("findings") or ()),
        )

    def render(self, format: str = "text", verify: bool = False) -> str:
        """The scored table as `rubric eval` writes it: format "text" (the
        aligned table) or "json"; verify adds the published scores and the
        findings."""
        fmt = {"text": _lib.FORMAT_TEXT, "json": _lib.FORMAT_JSON}.get(format)
        if fmt is None:
            raise ValueError(f"render: format is 'text' or 'json', not {format!r}")
        unit = self._open_unit()
        with unit.lock:
            return self._render(unit, fmt, _lib.RENDER_VERIFY if verify else 0)

    def _render(self, unit: _UnitHandle, fmt: int, flags: int) -> str:
        """rubric_unit_render, with the unit's lock held."""
        lib = self._lib
        if unit.ptr is None:
            raise RubricError("rubric: the result is closed")
        out = c_void_p()
        n = c_size_t()
        status = lib.rubric_unit_render(unit.ptr, fmt, flags, byref(out), byref(n))
        if status == _lib.NOMEM:
            raise MemoryError("rubric: out of memory rendering the table")
        if status != _lib.OK or not out.value:
            raise RubricError("rubric: render: " + lib.status(status))
        try:
            return string_at(out.value, n.value).decode("utf-8", "replace")
        finally:
            lib.rubric_free(out.value)

    def to_text(self, verify: bool = False) -> str:
        """The aligned text table (rubric_unit_render, RUBRIC_FORMAT_TEXT)."""
        return self.render("text", verify)

    def to_json(self, verify: bool = False) -> str:
        """The JSON report (docs/cli.md, "Results"), as text."""
        return self.render("json", verify)

    def to_dict(self, verify: bool = False) -> Dict[str, Any]:
        """The JSON report parsed: numbers with a fraction as Decimal."""
        return json.loads(self.to_json(verify), parse_float=Decimal)

    def __repr__(self) -> str:
        return f"<rubric.Result total={self.total} grade={self.grade!r}>"
