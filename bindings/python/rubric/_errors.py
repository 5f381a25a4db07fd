"""_errors.py - diagnostics and the exceptions that carry them.

RubricError
 +-- LibraryError          librubric.so.0 cannot be loaded, or disagrees
 +-- TemplateError         a template does not compile (.diagnostics)
 |    +-- TemplateFileError    ... because its file cannot be read (also an OSError)
 +-- DataError             a unit's values have errors (.diagnostics)
      +-- UnknownNameError     ... among them a name the template does not
                               know (also a KeyError)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Optional, Sequence


@dataclass(frozen=True)
class Diagnostic:
    """One error or warning, as the library reports it (rubric_diagnostic).

    start and end are byte offsets into file; line and column are 1-based
    (columns count characters), 0 for a diagnostic with no place (a value
    given in a mapping).  help holds the help lines, joined by newlines.
    item is the index of the indicator a unit's diagnostic is about (as
    Template.items lists them), or -1."""

    code: str                 #: "E101": stable, see docs/diagnostics.md
    name: str                 #: "unknown-name"
    severity: str             #: "error" or "warning"
    message: str              #: in the language of messages
    help: Optional[str] = None
    file: Optional[str] = None
    start: int = 0
    end: int = 0
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    item: int = -1

    @property
    def is_error(self) -> bool:
        """Whether it is an error (and not a warning)."""
        return self.severity == "error"

    def __str__(self) -> str:
        """As the command line writes it, without the quoted source line:
        ``file:line:col: error[E101]: message`` then ``help:`` lines."""
        where = ""
        if self.file is not None:
            where = self.file + (f":{self.line}:{self.column}" if self.line else "") + ": "
        text = f"{where}{self.severity}[{self.code}]: {self.message}"
        if self.help:
            text += "".join(f"\n  help: {h}" for h in self.help.split("\n"))
        return text


def _summary(diagnostics: Sequence[Diagnostic]) -> str:
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)


class RubricError(Exception):
    """Any error of the rubric package.  .diagnostics lists what the library
    reported (possibly nothing); str() is a message then the diagnostics,
    one per line, as the command line prints them."""

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = ()) -> None:
        self.diagnostics: List[Diagnostic] = list(diagnostics)
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        lines = [self.message]
        lines += [str(d) for d in self.diagnostics]
        if len(self.diagnostics) > 1:
            lines.append(_summary(self.diagnostics))
        return "\n".join(lines)

    @property
    def errors(self) -> List[Diagnostic]:
        """The diagnostics that are errors."""
        return [d for d in self.diagnostics if d.is_error]


class LibraryError(RubricError):
    """librubric.so.0 cannot be found or loaded, or is not the version this
    package is written for."""


class TemplateError(RubricError):
    """A template that does not compile: its diagnostics say why."""


class TemplateFileError(TemplateError, OSError):
    """A template file that cannot be read (E007): also an OSError, with
    errno and filename."""

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = (),
                 errno: Optional[int] = None, filename: Optional[str] = None) -> None:
        TemplateError.__init__(self, message, diagnostics)
        self.errno = errno
        self.filename = filename

    def __str__(self) -> str:
        return TemplateError.__str__(self)


class DataError(RubricError):
    """A unit's values have errors (bad or missing values, a rule that fails
    on them): every one is in .diagnostics."""


class UnknownNameError(DataError, KeyError):
    """The values name an input or indicator the template does not have
    (E304 unknown-input): also a KeyError.  .names lists them."""

    def __init__(self, message: str, diagnostics: Iterable[Diagnostic] = (),
                 names: Iterable[str] = ()) -> None:
        DataError.__init__(self, message, diagnostics)
        self.names = list(names)

    def __str__(self) -> str:  # KeyError would quote the message
        return DataError.__str__(self)
