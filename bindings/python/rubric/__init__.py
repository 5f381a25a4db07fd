"""rubric - scoring templates of budget performance evaluation (预算绩效评价),
exactly, through librubric.so.0 (ctypes; Python's standard library only).

    import rubric
    t = rubric.Template.load("examples/quality-inspection-2018.rubric")
    r = t.score({"人员控制率": "90%", "委托抽检批次": 10775, ...})
    r.total, r.grade                      # Decimal('93.92'), '优'
    for row in r.indicators:
        print(row.name, row.score)

Scores are decimal.Decimal, exact: no binary floating point anywhere, and a
float is refused as a value.  A compiled Template is read-only and may
score from many threads at once.  See README.md beside the package.
"""

from __future__ import annotations

from ctypes import byref, c_size_t, c_void_p, string_at
from typing import List, Optional

from . import _lib
from ._errors import (DataError, Diagnostic, LibraryError, RubricError, TemplateError,
                      TemplateFileError, UnknownNameError)
from ._language import set_language
from ._result import GroupResult, IndicatorResult, Result, Verification
from ._template import Input, Item, Template

__all__ = [
    "Template", "Input", "Item", "Result", "IndicatorResult", "GroupResult", "Verification",
    "Diagnostic", "RubricError", "LibraryError", "TemplateError", "TemplateFileError",
    "DataError", "UnknownNameError", "format", "version", "set_language", "language",
    "library_path",
]

#: the version of the library this package is written for
__version__ = _lib.EXPECTED_VERSION

_SPELLINGS = {"as-written": 0, "english": 1, "en": 1, "chinese": 2, "zh": 2}


def version() -> str:
    """The version of the loaded librubric ("0.6.0")."""
    return (_lib.load().rubric_version() or b"").decode("ascii")


def library_path() -> str:
    """The path librubric.so.0 was loaded from."""
    return _lib.load().path


def format(text: str, spelling: str = "as-written", name: str = "<template>") -> str:
    """The template text in the canonical layout, as `rubric fmt` writes it
    (rubric_format).  spelling: "as-written" keeps each keyword as written;
    "english" or "chinese" spells every keyword in that language.
    TemplateError with .diagnostics when the text does not parse."""
    mode = _SPELLINGS.get(spelling)
    if mode is None:
        raise ValueError(f"format: spelling is 'as-written', 'english' or 'chinese', not {spelling!r}")
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise TypeError(f"format: expected str, got {type(text).__name__}")
    lib = _lib.load()
    sink = lib.new_sink()
    r = c_void_p()
    out = c_void_p()
    n = c_size_t()
    try:
        if lib.rubric_reporter_new(byref(r), lib.callback, sink) != _lib.OK:
            raise MemoryError("rubric: cannot make a reporter")
        status = lib.rubric_format(name.encode("utf-8"), data, len(data), mode, r, byref(out), byref(n))
        diagnostics: List[Diagnostic] = list(lib.sinks.get(sink, ()))
    finally:
        if r.value:
            lib.rubric_reporter_free(r)
        lib.sinks.pop(sink, None)
    if status == _lib.NOMEM:
        raise MemoryError("rubric: out of memory formatting")
    if status != _lib.OK or not out.value:
        raise TemplateError(f"rubric: {name} does not parse", diagnostics)
    try:
        return string_at(out.value, n.value).decode("utf-8")
    finally:
        lib.rubric_free(out.value)


def language() -> Optional[str]:
    """The language of messages last set ("zh" or "en")."""
    from ._language import language as current
    return current()
