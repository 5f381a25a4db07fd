"""_language.py - the language of the library's messages.

rubric_set_language("zh") binds the message catalogue found beside the
running program (/proc/self/exe: /usr/bin/python3 here) or else in the
LOCALEDIR compiled in, so a library used from Python in a build tree, or
installed under another prefix, finds no catalogue and goes on in English.
After it, set_language() binds the catalogue beside the library itself
(BUILD/locale, or <prefix>/share/locale) through the C library's
bindtextdomain, which is process-wide, as the library's own binding is.

rubric_set_language(NULL) reads LANGUAGE, which rubric_set_language("zh")
itself sets to zh_CN: set_language(None) reads the environment as Python
sees it (os.environ) instead, and asks for "zh" or "en"; and English puts
LANGUAGE back as os.environ has it.
"""

from __future__ import annotations

import ctypes
import os
import threading
from typing import List, Optional

from . import _lib

_LOCK = threading.Lock()
_current: Optional[str] = None


def _catalogue_dirs(library_path: str) -> List[str]:
    """Where the library's catalogue may be, nearest first."""
    here = os.path.dirname(os.path.abspath(library_path))
    dirs = [os.path.join(here, "locale")]  # a build tree: BUILD/locale
    # <prefix>/lib[/<multiarch>]/librubric.so.0 -> <prefix>/share/locale
    up = here
    for _ in range(2):
        up = os.path.dirname(up)
        dirs.append(os.path.join(up, "share", "locale"))
    return dirs


def _bind_catalogue(library_path: str) -> None:
    """Binds the text domain "rubric" to the catalogue beside the library,
    when there is one."""
    for d in _catalogue_dirs(library_path):
        if os.path.isfile(os.path.join(d, "zh_CN", "LC_MESSAGES", "rubric.mo")):
            try:
                libc = ctypes.CDLL(None)
                bind = libc.bindtextdomain
            except (OSError, AttributeError):
                return
            bind.restype = ctypes.c_char_p
            bind.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
            bind(b"rubric", os.fsencode(d))
            return


def _restore_language_variable() -> None:
    """Puts LANGUAGE in the C environment back as Python's os.environ has it:
    rubric_set_language("zh") sets it to zh_CN, and leaves it so after
    rubric_set_language("en"), which turns every gettext catalogue of the
    process Chinese (strerror's: "没有那个文件或目录")."""
    value = os.environ.get("LANGUAGE")
    if value is None:
        os.unsetenv("LANGUAGE")
    else:
        os.putenv("LANGUAGE", value)


def _from_environment() -> str:
    """"zh" or "en", as gettext would choose from the environment."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.startswith("zh") else "en"
    return "en"


def set_language(lang: Optional[str]) -> None:
    """Sets the language of messages: "zh" (Simplified Chinese), "en", or
    None for what the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG), the default.  Process-wide: set it before other threads score.
    ValueError for a language the library does not speak."""
    global _current
    lib = _lib.load()
    want = _from_environment() if lang is None else lang
    if not isinstance(want, str):
        raise TypeError(f"set_language: expected a str or None, got {type(lang).__name__}")
    with _LOCK:
        status = lib.rubric_set_language(want.encode())
        if status == _lib.MISUSE:
            raise ValueError(f"rubric: no messages in language {lang!r} (it speaks 'zh' and 'en')")
        if want.startswith("zh"):
            _bind_catalogue(lib.path)
        else:
            _restore_language_variable()
        _current = "zh" if want.startswith("zh") else "en"


def language() -> Optional[str]:
    """The language last set: "zh" or "en"."""
    return _current
