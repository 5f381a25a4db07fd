"""_handles.py - owners of the library's handles.

Each C handle has one Python owner, which frees it when it is closed or
collected, and never uses it after:

- _TemplateHandle owns a rubric_template.  Template objects, units and
  results hold references to it: Template.close() only drops the
  Template's reference.
- _UnitHandle owns a rubric_unit and its reporter, and holds a reference to
  the _TemplateHandle the unit was made from.  One per Template.score(); a
  Result owns it.  Its lock serialises the C calls on the unit (results
  are formatted into the unit's scratch space, which is not shared between
  threads).

rubric.h: a template must outlive its units.  Reference counting alone
would ensure it, but the cyclic collector does not: when a Result, its unit
and the template handle are garbage together (at interpreter exit, or
reachable only from a cycle such as a module's globals and its functions),
their finalizers run in any order.  So the template handle counts the units
that use it (users); its finalizer frees the template only when none is
left, and otherwise leaves it to the last unit to close.

A unit whose Result is closed or collected is reset (rubric_unit_reset)
and kept in its template handle's pool for the next score(), up to
POOL_MAX of them: making a unit costs more than scoring one.  A pooled unit
does not count as a user and holds no reference to the handle (no cycle);
the handle frees its pooled units before the template.  Pool operations
are single list.append/list.pop calls, atomic under the GIL.
"""

from __future__ import annotations

import threading
from ctypes import byref, c_void_p
from typing import List, Optional

from . import _lib
from ._errors import Diagnostic

#: units kept for reuse per template: about the number of threads scoring
POOL_MAX = 16


class _TemplateHandle:
    """A rubric_template, freed when it is collected and no unit uses it."""

    __slots__ = ("lib", "ptr", "pool", "users", "dead", "lock", "__weakref__")

    def __init__(self, lib: "_lib.Library", ptr: int) -> None:
        self.lib = lib
        self.ptr: Optional[int] = ptr
        self.pool: List["_UnitHandle"] = []
        self.users = 0       # units made from it and not pooled or closed
        self.dead = False    # collected: free the template with the last user
        self.lock = threading.Lock()

    def acquire(self) -> None:
        """A unit starts using the template."""
        with self.lock:
            self.users += 1

    def release(self) -> None:
        """A unit stops using it (pooled or closed): the last one frees a
        collected template."""
        with self.lock:
            self.users -= 1
            last = self.users == 0 and self.dead
        if last:
            self._free()

    def take_unit(self) -> "_UnitHandle":
        """A unit of this template: a pooled one, or a new one."""
        try:
            unit = self.pool.pop()
        except IndexError:
            return _UnitHandle(self.lib, self)
        self.acquire()
        unit.template = self
        # a reporter shows 100 errors and only counts the rest: each use of
        # a pooled unit counts from zero, so that its errors are all shown
        if unit.reporter:
            self.lib.rubric_reporter_reset(unit.reporter)
        unit.base = self.lib.rubric_reporter_errors(unit.reporter) if unit.reporter else 0
        return unit

    def pool_unit(self, unit: "_UnitHandle") -> bool:
        """Takes a reset unit into the pool (which then owns it); False when
        the pool is full or the template collected."""
        if self.dead or self.ptr is None or len(self.pool) >= POOL_MAX:
            return False
        self.pool.append(unit)
        return True

    def _free(self) -> None:
        ptr, self.ptr = self.ptr, None
        if ptr:
            self.lib.rubric_template_free(ptr)

    def __del__(self) -> None:
        self.dead = True
        pool, self.pool = self.pool, []
        for unit in pool:  # units before their template
            unit.close()
        with self.lock:
            free = self.users == 0
        if free:
            self._free()


class _UnitHandle:
    """A rubric_unit with a reporter of its own collecting into a sink."""

    __slots__ = ("lib", "template", "ptr", "reporter", "sink", "lock", "base", "keep", "__weakref__")

    def __init__(self, lib: "_lib.Library", template: _TemplateHandle) -> None:
        self.lib = lib
        self.ptr: Optional[int] = None
        self.reporter: Optional[int] = None
        self.base = 0  # the reporter's errors before this use of the unit
        # the name given to rubric_unit_load_json, which the unit's data
        # goes on pointing to (not copied): kept until the unit is reset
        self.keep: Optional[bytes] = None
        self.lock = threading.Lock()
        self.sink = lib.new_sink()
        template.acquire()
        self.template: Optional[_TemplateHandle] = template
        r = c_void_p()
        status = lib.rubric_reporter_new(byref(r), lib.callback, self.sink)
        if status != _lib.OK:
            self.close()
            raise MemoryError("rubric: cannot make a reporter: " + lib.status(status))
        self.reporter = r.value
        u = c_void_p()
        status = lib.rubric_unit_new(byref(u), template.ptr, self.reporter)
        if status != _lib.OK:
            self.close()
            raise MemoryError("rubric: cannot make a unit: " + lib.status(status))
        self.ptr = u.value

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """Everything reported about the unit in this use (the sink itself)."""
        return self.lib.sinks.get(self.sink, [])

    def load_json(self, name: bytes, text: bytes) -> int:
        """rubric_unit_load_json, keeping name alive as long as the data."""
        self.keep = name
        return self.lib.rubric_unit_load_json(self.ptr, name, text, len(text))

    def errors(self) -> int:
        """The number of errors reported in this use of the unit."""
        return self.lib.rubric_reporter_errors(self.reporter) - self.base if self.reporter else 0

    def recycle(self) -> None:
        """Done with this use: the unit is reset into its template's pool,
        or freed when the pool will not take it."""
        template = self.template
        if template is None:  # pooled already, or closed
            return
        if self.ptr is None:
            self.close()
            return
        self.lib.rubric_unit_reset(self.ptr)
        self.keep = None
        sink = self.lib.sinks.get(self.sink)
        if sink is not None:
            sink.clear()
        self.template = None
        if template.pool_unit(self):
            template.release()
        else:
            self.template = template
            self.close()

    def close(self) -> None:
        """Frees the unit, then its reporter, then lets its template go;
        idempotent."""
        ptr, self.ptr = self.ptr, None
        if ptr:
            self.lib.rubric_unit_free(ptr)
        self.keep = None
        reporter, self.reporter = self.reporter, None
        if reporter:
            self.lib.rubric_reporter_free(reporter)
        self.lib.sinks.pop(self.sink, None)
        template, self.template = self.template, None
        if template is not None:
            template.release()

    def __del__(self) -> None:
        self.close()
