#!/usr/bin/env python3
"""bench_python.py - scores seed 004 N times through the Python binding.

Usage: python3 tests/bench/bench_python.py [N] [BUILD]

One Template (examples/quality-inspection-2018.rubric) is compiled once;
the values of examples/quality-inspection-2018.json, read into a mapping
once (numbers as Decimal), are scored N times (default 20000) with
Template.score(), each Result's total and grade read and the Result closed.
Prints "python: N units/s" (best of 3 runs).  The library is found as the
package finds it; BUILD (default build/) sets RUBRIC_LIBRARY to
BUILD/librubric.so.0 when RUBRIC_LIBRARY is not set.
"""

import json
import os
import sys
import time
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    build = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "build")
    os.environ.setdefault("RUBRIC_LIBRARY", os.path.join(build, "librubric.so.0"))
    sys.path.insert(0, os.path.join(ROOT, "bindings", "python"))
    import rubric

    seed = os.path.join(ROOT, "examples", "quality-inspection-2018")
    template = rubric.Template.load(seed + ".rubric")
    with open(seed + ".json", encoding="utf-8") as f:
        values = json.load(f, parse_float=Decimal)
    first = template.score(values)
    assert (first.total, first.grade) == (Decimal("93.92"), "优"), (first.total, first.grade)
    best = 0.0
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(n):
            with template.score(values) as r:
                if r.grade != "优":
                    raise SystemExit("wrong grade")
        rate = n / (time.perf_counter() - t0)
        best = max(best, rate)
    print(f"python: {best:.0f} units/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
