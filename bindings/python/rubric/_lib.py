"""_lib.py - finds librubric.so.0, declares its functions to ctypes, and
turns its diagnostics into Python objects.

The library is loaded once, on first use (load()), from the first of:

1. the path in the environment variable RUBRIC_LIBRARY;
2. librubric.so.0 in the library directory of the prefix this package is
   installed under (<prefix>/lib/<multiarch>/, <prefix>/lib64/,
   <prefix>/lib/), when the package sits in
   <prefix>/lib/python3*/{dist,site}-packages/rubric;
3. ctypes.CDLL("librubric.so.0"): the dynamic linker's search
   (LD_LIBRARY_PATH, ld.so.cache).

Its version must have the major and minor numbers this package was written
for (EXPECTED_VERSION); a library that disagrees is refused with a message
naming both.

Diagnostics arrive through one C callback, shared by every reporter: the
reporter's user datum is a number naming a Python list (a "sink") in a
registry, where the callback appends each diagnostic as a Diagnostic.
ctypes takes the GIL for the callback, so sinks of units on different
threads never mix.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import sys
import sysconfig
import threading
from ctypes import (CFUNCTYPE, POINTER, Structure, c_char_p, c_double, c_int,
                    c_longlong, c_size_t, c_void_p)
from typing import Dict, List, Optional

from ._errors import Diagnostic, LibraryError

#: The version of the C library this package is written for: the library
#: loaded must have the same major and minor numbers.
EXPECTED_VERSION = "0.6.0"

# status codes (rubric.h)
OK, ERROR, NOMEM, IO, MISUSE, INCOMPLETE = 0, 1, 2, 3, 4, 5
SEVERITY_ERROR, SEVERITY_WARNING = 0, 1
GROUP, INDICATOR = 1, 2
APPLICABLE, OVERRIDDEN, JUDGED, DISAGREES, PENDING, MARKED, UNREASONED, RESCALED = 1, 2, 4, 8, 16, 32, 64, 128
FORMAT_TEXT, FORMAT_JSON = 0, 1
RENDER_VERIFY = 1

#: RUBRIC_NUMBER ... RUBRIC_LIST, as the names Input.type uses.
TYPE_NAMES = {1: "number", 2: "percent", 3: "integer", 4: "text", 5: "date",
              6: "bool", 7: "list"}


class CDiagnostic(Structure):
    """struct rubric_diagnostic: its strings live during the callback only."""

    _fields_ = [
        ("code", c_char_p),
        ("name", c_char_p),
        ("severity", c_int),
        ("message", c_char_p),
        ("help", c_char_p),
        ("file", c_char_p),
        ("start", c_size_t),
        ("end", c_size_t),
        ("line", c_int),
        ("column", c_int),
        ("end_line", c_int),
        ("end_column", c_int),
        ("item", c_int),
    ]


DIAGNOSTIC_FN = CFUNCTYPE(None, c_void_p, POINTER(CDiagnostic))

# name: (restype, argtypes), every function of rubric.h the package calls
_PROTOTYPES = {
    "rubric_version": (c_char_p, []),
    "rubric_version_number": (c_int, []),
    "rubric_status_string": (c_char_p, [c_int]),
    "rubric_set_language": (c_int, [c_char_p]),
    "rubric_free": (None, [c_void_p]),
    "rubric_reporter_new": (c_int, [POINTER(c_void_p), DIAGNOSTIC_FN, c_void_p]),
    "rubric_reporter_set_werror": (None, [c_void_p, c_int]),
    "rubric_reporter_set_hide_warnings": (None, [c_void_p, c_int]),
    "rubric_reporter_errors": (c_int, [c_void_p]),
    "rubric_reporter_warnings": (c_int, [c_void_p]),
    "rubric_reporter_reset": (None, [c_void_p]),
    "rubric_reporter_finish": (c_int, [c_void_p]),
    "rubric_reporter_free": (None, [c_void_p]),
    "rubric_template_compile": (c_int, [POINTER(c_void_p), c_char_p, c_char_p, c_size_t, c_void_p]),
    "rubric_template_load": (c_int, [POINTER(c_void_p), c_char_p, c_void_p]),
    "rubric_template_free": (None, [c_void_p]),
    "rubric_template_title": (c_char_p, [c_void_p]),
    "rubric_template_total": (c_char_p, [c_void_p]),
    "rubric_template_decimals": (c_int, [c_void_p]),
    "rubric_grade_count": (c_int, [c_void_p]),
    "rubric_grade_name": (c_char_p, [c_void_p, c_int]),
    "rubric_input_count": (c_int, [c_void_p]),
    "rubric_input_find": (c_int, [c_void_p, c_char_p]),
    "rubric_input_name": (c_char_p, [c_void_p, c_int]),
    "rubric_input_type": (c_int, [c_void_p, c_int]),
    "rubric_input_unit": (c_char_p, [c_void_p, c_int]),
    "rubric_input_optional": (c_int, [c_void_p, c_int]),
    "rubric_input_item": (c_int, [c_void_p, c_int]),
    "rubric_item_count": (c_int, [c_void_p]),
    "rubric_item_find": (c_int, [c_void_p, c_char_p, c_int]),
    "rubric_item_kind": (c_int, [c_void_p, c_int]),
    "rubric_item_name": (c_char_p, [c_void_p, c_int]),
    "rubric_item_parent": (c_int, [c_void_p, c_int]),
    "rubric_item_depth": (c_int, [c_void_p, c_int]),
    "rubric_item_weight": (c_char_p, [c_void_p, c_int]),
    "rubric_item_target": (c_char_p, [c_void_p, c_int]),
    "rubric_item_unit": (c_char_p, [c_void_p, c_int]),
    "rubric_item_note": (c_char_p, [c_void_p, c_int]),
    "rubric_item_input": (c_int, [c_void_p, c_int]),
    "rubric_unit_new": (c_int, [POINTER(c_void_p), c_void_p, c_void_p]),
    "rubric_unit_free": (None, [c_void_p]),
    "rubric_unit_set_reporter": (None, [c_void_p, c_void_p]),
    "rubric_unit_reset": (None, [c_void_p]),
    "rubric_unit_load_json": (c_int, [c_void_p, c_char_p, c_char_p, c_size_t]),
    "rubric_unit_set_text": (c_int, [c_void_p, c_int, c_char_p, c_size_t]),
    "rubric_unit_set_number": (c_int, [c_void_p, c_int, c_char_p]),
    "rubric_unit_set_integer": (c_int, [c_void_p, c_int, c_longlong]),
    "rubric_unit_set_bool": (c_int, [c_void_p, c_int, c_int]),
    "rubric_unit_set_date": (c_int, [c_void_p, c_int, c_int, c_int, c_int]),
    "rubric_unit_set_list": (c_int, [c_void_p, c_int, POINTER(c_char_p), POINTER(c_size_t), c_int]),
    "rubric_unit_set_score": (c_int, [c_void_p, c_int, c_char_p]),
    "rubric_unit_set_reason": (c_int, [c_void_p, c_int, c_char_p, c_size_t]),
    "rubric_unit_set_inapplicable": (c_int, [c_void_p, c_int]),
    "rubric_unit_set_published": (c_int, [c_void_p, c_int, c_char_p]),
    "rubric_unit_evaluate": (c_int, [c_void_p]),
    "rubric_result_total": (c_char_p, [c_void_p]),
    "rubric_result_total_double": (c_double, [c_void_p]),
    "rubric_result_grade": (c_char_p, [c_void_p]),
    "rubric_result_score": (c_char_p, [c_void_p, c_int]),
    "rubric_result_rule_score": (c_char_p, [c_void_p, c_int]),
    "rubric_result_raw_score": (c_char_p, [c_void_p, c_int]),
    "rubric_result_flags": (c_int, [c_void_p, c_int]),
    "rubric_result_actual": (c_char_p, [c_void_p, c_int]),
    "rubric_result_reason": (c_char_p, [c_void_p, c_int]),
    "rubric_result_published": (c_char_p, [c_void_p, c_int]),
    "rubric_unit_verify": (c_int, [c_void_p, POINTER(c_int)]),
    "rubric_unit_render": (c_int, [c_void_p, c_int, c_int, POINTER(c_void_p), POINTER(c_size_t)]),
    "rubric_format": (c_int, [c_char_p, c_char_p, c_size_t, c_int, c_void_p,
                              POINTER(c_void_p), POINTER(c_size_t)]),
}


def _multiarch() -> Optional[str]:
    """Debian's multiarch tuple of this Python ("x86_64-linux-gnu"), if any."""
    tuple_ = sysconfig.get_config_var("MULTIARCH")
    return tuple_ if isinstance(tuple_, str) and tuple_ else None


def candidates() -> List[str]:
    """The paths tried, in order, after RUBRIC_LIBRARY: librubric.so.0 in the
    library directories of the prefix the package is installed under."""
    here = os.path.dirname(os.path.abspath(__file__))  # .../rubric
    site = os.path.dirname(here)                       # .../dist-packages
    pyver = os.path.dirname(site)                      # .../python3
    libdir = os.path.dirname(pyver)                    # <prefix>/lib
    if os.path.basename(site) not in ("dist-packages", "site-packages") or \
            not os.path.basename(pyver).startswith("python"):
        return []
    prefix = os.path.dirname(libdir)
    dirs = []
    arch = _multiarch()
    if arch:
        dirs.append(os.path.join(prefix, "lib", arch))
    dirs += [os.path.join(prefix, "lib64"), os.path.join(prefix, "lib")]
    return [os.path.join(d, "librubric.so.0") for d in dirs]


class Library:
    """The loaded library: its functions as attributes (lib.rubric_version()),
    where it was found, and the callback every reporter uses."""

    def __init__(self, cdll: ctypes.CDLL, path: str) -> None:
        self.cdll = cdll
        self.path = path
        for name, (restype, argtypes) in _PROTOTYPES.items():
            try:
                fn = getattr(cdll, name)
            except AttributeError:
                raise LibraryError(
                    f"rubric: the library at {path} has no function {name}: it is older than "
                    f"this package (which expects version {EXPECTED_VERSION})") from None
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)
        self.sinks: Dict[int, List[Diagnostic]] = {}
        self._ids = itertools.count(1)
        # the one C callback; kept alive as long as the library object is,
        # which is the life of the process (module global _LIB)
        self.callback = DIAGNOSTIC_FN(self._on_diagnostic)

    def _on_diagnostic(self, ud: Optional[int], d: "ctypes._Pointer[CDiagnostic]") -> None:
        """The C reporter's callback: copies *d into the sink ud names."""
        try:
            sink = self.sinks.get(ud or 0)
            if sink is not None:
                sink.append(diagnostic_of(d.contents))
        except BaseException:  # an exception must not unwind through C
            pass

    def new_sink(self) -> int:
        """A fresh sink: its number, the user datum of a reporter."""
        key = next(self._ids)
        self.sinks[key] = []
        return key

    def status(self, status: int) -> str:
        """rubric_status_string(status) as text."""
        return (self.rubric_status_string(status) or b"?").decode()


def _text(b: Optional[bytes]) -> Optional[str]:
    return None if b is None else b.decode("utf-8", "replace")


def diagnostic_of(d: CDiagnostic) -> Diagnostic:
    """A Diagnostic with copies of the strings of d."""
    return Diagnostic(
        code=_text(d.code) or "",
        name=_text(d.name) or "",
        severity="warning" if d.severity == SEVERITY_WARNING else "error",
        message=_text(d.message) or "",
        help=_text(d.help),
        file=None if d.file is None else os.fsdecode(d.file),
        start=d.start,
        end=d.end,
        line=d.line,
        column=d.column,
        end_line=d.end_line,
        end_column=d.end_column,
        item=d.item,
    )


def _check_version(lib: Library) -> None:
    """Refuses a library whose major.minor is not EXPECTED_VERSION's."""
    have = (lib.rubric_version() or b"").decode("ascii", "replace")
    want = EXPECTED_VERSION.split(".")
    got = have.split(".")
    if got[:2] != want[:2]:
        raise LibraryError(
            f"rubric: the library at {lib.path} is version {have}, but this package is written "
            f"for {EXPECTED_VERSION} ({want[0]}.{want[1]}.x): install matching versions, "
            f"or point RUBRIC_LIBRARY at a matching librubric.so.0")


_LIB: Optional[Library] = None
_LOCK = threading.Lock()


def _open(path: str) -> ctypes.CDLL:
    # use_errno: rubric_template_load leaves errno saying why a file was
    # unreadable
    return ctypes.CDLL(path, use_errno=True)


def _loaded_path(name: str) -> str:
    """Where the dynamic linker found the library called name: from
    /proc/self/maps (Linux), else name itself."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                path = line.split(None, 5)[-1].strip() if line.count(" ") >= 5 else ""
                if os.path.basename(path).startswith("librubric.so"):
                    return path
    except OSError:
        pass
    return name


def load() -> Library:
    """The library, loaded on the first call (thread-safe); LibraryError when
    it cannot be found or its version disagrees."""
    global _LIB
    lib = _LIB
    if lib is not None:
        return lib
    with _LOCK:
        if _LIB is not None:
            return _LIB
        tried = []
        cdll = None
        path = os.environ.get("RUBRIC_LIBRARY")
        if path:
            try:
                cdll = _open(path)
            except OSError as e:
                raise LibraryError(f"rubric: cannot load RUBRIC_LIBRARY={path}: {e}") from None
        else:
            for p in candidates():
                tried.append(p)
                if os.path.exists(p):
                    try:
                        cdll = _open(p)
                        path = p
                        break
                    except OSError:
                        pass
            if cdll is None:
                tried.append("librubric.so.0 (the dynamic linker's search path)")
                try:
                    cdll = _open("librubric.so.0")
                    path = _loaded_path("librubric.so.0")
                except OSError:
                    raise LibraryError(
                        "rubric: cannot find librubric.so.0; tried " + ", ".join(tried) +
                        ". Set RUBRIC_LIBRARY to its path (e.g. build/librubric.so.0)") from None
        assert path is not None
        lib = Library(cdll, path)
        _check_version(lib)
        _LIB = lib
    from . import _language  # the environment's language, as rubric.h promises
    _language.set_language(None)
    return lib
