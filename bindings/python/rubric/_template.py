"""_template.py - a compiled scoring template: Template, Input, Item.

A Template is compiled once (Template.load, Template.from_text) and scores
any number of units (Template.score), from any number of threads: the
compiled template is read-only and each score() uses a rubric_unit of its
own.  What the template declares (title, total, inputs, items) is read
into Python once, when it is compiled.
"""

from __future__ import annotations

import ctypes
import dataclasses
import os
import unicodedata
from ctypes import byref, c_void_p
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _lib, _values
from ._errors import (DataError, Diagnostic, RubricError, TemplateError, TemplateFileError,
                      UnknownNameError)
from ._handles import _TemplateHandle, _UnitHandle
from ._result import Result

PathLike = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]


@dataclass(frozen=True)
class Input:
    """A value a unit supplies: a declared `input`, or an indicator's own
    actual (then item is that indicator's index in Template.items)."""

    index: int
    name: str
    type: str            #: "number", "percent", "integer", "text", "date", "bool" or "list"
    unit: Optional[str]  #: "万元", or None
    optional: bool       #: it has a default: a unit may leave it out
    item: Optional[int]  #: the indicator whose own input it is, or None


@dataclass(frozen=True)
class Item:
    """A row of the table: a group (一级/二级指标) or an indicator (三级指标)."""

    index: int                 #: its place in Template.items (table order)
    name: str
    kind: str                  #: "group" or "indicator"
    parent: Optional[int]      #: the index of its group, or None at the top
    depth: int                 #: 0 at the top
    weight: Decimal            #: 分值
    target: Optional[str]      #: an indicator's target as written ("≥90%"), or None
    unit: Optional[str]        #: an indicator's unit, or None
    note: Optional[str]        #: an indicator's note (评分标准), or None
    input: Optional[int]       #: an indicator's own input (index in Template.inputs), or None
    path: Tuple[str, ...] = ()  #: the names of the groups it is in, outermost first


def _s(b: Optional[bytes]) -> Optional[str]:
    return None if b is None else b.decode("utf-8", "replace")


def _strip_place(d: Diagnostic) -> Diagnostic:
    """d without the place it had in the JSON the mapping was written as."""
    if d.file != _values.JSON_NAME:
        return d
    return dataclasses.replace(d, file=None, start=0, end=0, line=0, column=0, end_line=0,
                               end_column=0)


class Template:
    """A compiled scoring template (rubric_template)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("use Template.load(path) or Template.from_text(text)")

    @classmethod
    def _compile(cls, name: str, load: bool, text: bytes = b"") -> "Template":
        lib = _lib.load()
        sink = lib.new_sink()
        r = c_void_p()
        try:
            status = lib.rubric_reporter_new(byref(r), lib.callback, sink)
            if status != _lib.OK:
                raise MemoryError("rubric: cannot make a reporter")
            t = c_void_p()
            err = 0
            bname = os.fsencode(name)
            if load:
                ctypes.set_errno(0)
                status = lib.rubric_template_load(byref(t), bname, r)
                err = ctypes.get_errno()
            else:
                status = lib.rubric_template_compile(byref(t), bname, text, len(text), r)
            diagnostics = list(lib.sinks.get(sink, ()))
        finally:
            if r.value:
                lib.rubric_reporter_free(r)
            lib.sinks.pop(sink, None)
        if status == _lib.NOMEM:
            raise MemoryError(f"rubric: out of memory compiling {name}")
        if status == _lib.IO:
            raise TemplateFileError(f"rubric: cannot read {name}", diagnostics,
                                    errno=err or None, filename=name)
        if status != _lib.OK or not t.value:
            errors = sum(1 for d in diagnostics if d.is_error)
            raise TemplateError(f"rubric: {name} does not compile ({errors} error"
                                f"{'s' if errors != 1 else ''})", diagnostics)
        self = object.__new__(cls)
        self._init(lib, _TemplateHandle(lib, t.value), name, diagnostics)
        return self

    @classmethod
    def load(cls, path: PathLike) -> "Template":
        """Reads and compiles the template file at path.  TemplateError (with
        .diagnostics) when it has errors; TemplateFileError, an OSError too,
        when it cannot be read."""
        name = os.fsdecode(os.fspath(path))
        return cls._compile(name, True)

    @classmethod
    def from_text(cls, text: Union[str, bytes], name: str = "<template>") -> "Template":
        """Compiles template text; name names it in diagnostics.
        TemplateError (with .diagnostics) when it has errors."""
        if isinstance(text, str):
            data = text.encode("utf-8")
        elif isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
        else:
            raise TypeError(f"from_text: expected str or bytes, got {type(text).__name__}")
        return cls._compile(name, False, data)

    def _init(self, lib: "_lib.Library", handle: _TemplateHandle, name: str,
              diagnostics: List[Diagnostic]) -> None:
        self._lib = lib
        self._h: Optional[_TemplateHandle] = handle
        ptr = handle.ptr
        #: the name it was compiled under: its path, or from_text's name
        self.name = name
        self._diagnostics = diagnostics
        #: the title (`rubric "..."`)
        self.title: str = _s(lib.rubric_template_title(ptr)) or ""
        #: the full score (`total`)
        self.total: Decimal = Decimal((lib.rubric_template_total(ptr) or b"0").decode("ascii"))
        #: the decimals scores are rounded to
        self.decimals: int = lib.rubric_template_decimals(ptr)
        #: the grades, from the highest down ("优", "良", "中", "差" by default)
        self.grades: Tuple[str, ...] = tuple(
            _s(lib.rubric_grade_name(ptr, i)) or "" for i in range(lib.rubric_grade_count(ptr)))
        inputs = []
        for i in range(lib.rubric_input_count(ptr)):
            item = lib.rubric_input_item(ptr, i)
            inputs.append(Input(
                index=i,
                name=_s(lib.rubric_input_name(ptr, i)) or "",
                type=_lib.TYPE_NAMES.get(lib.rubric_input_type(ptr, i), "unknown"),
                unit=_s(lib.rubric_input_unit(ptr, i)),
                optional=bool(lib.rubric_input_optional(ptr, i)),
                item=None if item < 0 else item,
            ))
        #: the inputs, as the data's keys: declared ones, then indicators' own
        self.inputs: Tuple[Input, ...] = tuple(inputs)
        items: List[Item] = []
        for i in range(lib.rubric_item_count(ptr)):
            parent = lib.rubric_item_parent(ptr, i)
            own = lib.rubric_item_input(ptr, i)
            path: Tuple[str, ...] = ()
            if parent >= 0:
                up = items[parent]
                path = up.path + (up.name,)
            items.append(Item(
                index=i,
                name=_s(lib.rubric_item_name(ptr, i)) or "",
                kind="group" if lib.rubric_item_kind(ptr, i) == _lib.GROUP else "indicator",
                parent=None if parent < 0 else parent,
                depth=lib.rubric_item_depth(ptr, i),
                weight=Decimal((lib.rubric_item_weight(ptr, i) or b"0").decode("ascii")),
                target=_s(lib.rubric_item_target(ptr, i)),
                unit=_s(lib.rubric_item_unit(ptr, i)),
                note=_s(lib.rubric_item_note(ptr, i)),
                input=None if own < 0 else own,
                path=path,
            ))
        #: every group and indicator, in table order (a group before its rows)
        self.items: Tuple[Item, ...] = tuple(items)
        #: the indicators, in table order
        self.indicators: Tuple[Item, ...] = tuple(it for it in items if it.kind == "indicator")
        #: the groups, in table order
        self.groups: Tuple[Item, ...] = tuple(it for it in items if it.kind == "group")
        self._input_index: Dict[str, int] = {}
        for inp in self.inputs:
            self._input_index.setdefault(inp.name, inp.index)
        self._indicator_index: Dict[str, int] = {}
        self._item_index: Dict[str, int] = {}
        for it in items:
            if it.kind == "indicator":
                self._indicator_index.setdefault(it.name, it.index)
            self._item_index.setdefault(it.name, it.index)
        # what each name a mapping may use stands for: (input index, indicator
        # item, input type), as _values._resolve finds it
        self._keys: Dict[str, Tuple[Optional[int], Optional[int], Optional[str]]] = {}
        for name in list(self._input_index) + list(self._indicator_index):
            entry = _values._resolve(self, name)
            if entry is not None:
                self._keys.setdefault(name, entry)

    # ---- life ----

    def close(self) -> None:
        """Lets the compiled template go: it is freed once no Result scored
        with it is alive.  score() raises RubricError afterwards."""
        self._h = None

    def __enter__(self) -> "Template":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._h is None

    def _handle(self) -> _TemplateHandle:
        h = self._h
        if h is None:
            raise RubricError(f"rubric: the template {self.name} is closed")
        return h

    # ---- what it declares ----

    def check(self) -> List[Diagnostic]:
        """The warnings compiling reported (a template with errors does not
        compile: see TemplateError)."""
        return list(self._diagnostics)

    @property
    def warnings(self) -> List[Diagnostic]:
        """The warnings compiling reported."""
        return [d for d in self._diagnostics if not d.is_error]

    def input(self, name: str) -> Input:
        """The input called name (matched in NFC); KeyError if none."""
        i = self._input_index.get(name)
        if i is None:
            i = self._input_index.get(unicodedata.normalize("NFC", name))
        if i is None:
            raise KeyError(name)
        return self.inputs[i]

    def item(self, name: str, kind: Optional[str] = None) -> Item:
        """The item called name: kind "group", "indicator" or None for
        either (the first in table order); KeyError if none."""
        if kind not in (None, "group", "indicator"):
            raise ValueError(f"item: kind is 'group', 'indicator' or None, not {kind!r}")
        nfc = unicodedata.normalize("NFC", name)
        for it in self.items:
            if (it.name == name or it.name == nfc) and (kind is None or it.kind == kind):
                return it
        raise KeyError(name)

    # ---- scoring ----

    def _new_unit(self) -> _UnitHandle:
        return self._handle().take_unit()

    def _finish(self, unit: _UnitHandle, unknown: List[str]) -> Result:
        """Evaluates the unit its values were put in: a Result, or the errors
        (DataError, UnknownNameError) with the unit freed."""
        lib = self._lib
        try:
            # evaluated even after errors in the values: it reports the
            # missing ones, so that the caller learns of every problem at once
            status = lib.rubric_unit_evaluate(unit.ptr)
            if status == _lib.NOMEM:
                raise MemoryError("rubric: out of memory scoring")
            if status != _lib.OK or unit.errors() > 0:
                diagnostics = [_strip_place(d) for d in unit.diagnostics]
                errors = [d for d in diagnostics if d.is_error]
                summary = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
                first = f": {errors[0].message}" if errors else ""
                if unknown:
                    raise UnknownNameError(
                        f"rubric: {self.name} has no input or indicator called "
                        + ", ".join(repr(n) for n in unknown) + f" ({summary})",
                        diagnostics, unknown)
                raise DataError(f"rubric: the values have errors ({summary}){first}", diagnostics)
            return Result(self, unit)
        except BaseException:
            unit.recycle()
            raise

    def score(self, values: Mapping[str, Any]) -> Result:
        """Scores one unit given as a mapping of values by input name (see
        the package documentation for the values it takes).  DataError with
        every error in .diagnostics when they cannot be scored
        (UnknownNameError, also a KeyError, when a name is unknown);
        TypeError for a value no input can take (a float: not exact)."""
        p = _values.plan(self._lib, self, values)
        unit = self._new_unit()
        try:
            _values.apply(self._lib, unit, p)
        except BaseException:
            unit.recycle()
            raise
        return self._finish(unit, p.unknown)

    def score_json(self, text: Union[str, bytes], name: str = "<data>") -> Result:
        """Scores one unit given as a JSON object, as `rubric eval` reads a
        data file (rubric_unit_load_json); name names it in diagnostics,
        which point into the text."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        unit = self._new_unit()
        try:
            status = unit.load_json(os.fsencode(name), data)
            if status == _lib.NOMEM:
                raise MemoryError("rubric: out of memory reading the data")
        except BaseException:
            unit.recycle()
            raise
        return self._finish(unit, [])

    def score_file(self, path: PathLike) -> Result:
        """Scores the unit in the JSON data file at path (score_json)."""
        with open(path, "rb") as f:
            data = f.read()
        return self.score_json(data, os.fsdecode(os.fspath(path)))

    def __repr__(self) -> str:
        return f"<rubric.Template {self.title!r} from {self.name!r}>"
