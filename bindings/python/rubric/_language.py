"""_language.py - the language of the library's messages.

The library reads its own message catalogue (beside librubric.so.0, or
under <prefix>/share/locale) and changes neither the locale nor the
environment of the process: set_language() only passes the choice on.
None, the default, is what the environment asks for (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), read by the library as Python's os.environ has it.
"""

from __future__ import annotations

import threading
from typing import Optional

from . import _lib

_LOCK = threading.Lock()
_current: Optional[str] = None


def _from_environment() -> str:
    """"zh" or "en", as the library chooses from the environment: the first
    of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set decides."""
    import os

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
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"set_language: expected a str or None, got {type(lang).__name__}")
    # os.environ may differ from the C environment the library reads
    # (os.environ changes after start-up do not reach getenv): decide here
    want = _from_environment() if lang is None else lang
    with _LOCK:
        status = lib.rubric_set_language(want.encode())
        if status == _lib.MISUSE:
            raise ValueError(f"rubric: no messages in language {lang!r} (it speaks 'zh' and 'en')")
        _current = "zh" if want.startswith("zh") else "en"


def language() -> Optional[str]:
    """The language last set: "zh" or "en"."""
    return _current
