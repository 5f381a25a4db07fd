#!/usr/bin/env python3
"""batch.py BUILD - times `rubric eval -f csv` of seed 004 over 10^5 and 10^6 generated units
(tests/bench/gen_units.py), CSV in and CSV out, with the peak resident memory of each run,
and the time csv_read takes only to read the same file with the same reader (libcsv): the
floor under scoring it.  Then runs the exact peer (peers/fractions_peer.py, seed 004 written
by hand with Python fractions) over the first file and compares every score, total and grade
with rubric's.  Prints one line per figure; asserts only that the peer and rubric agree
(exit 1 otherwise): speed is reported, never tested."""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, stats=False):
    """Runs cmd, its output thrown away: (seconds, its peak resident memory in KiB, which
    rubric reports under RUBRIC_STATS=1: VmHWM, its own, not the forking interpreter's)."""
    t0 = time.monotonic()
    env = dict(os.environ, RUBRIC_STATS="1") if stats else os.environ
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    secs = time.monotonic() - t0
    m = re.search(rb"rubric: stats: .* peak (\d+) KiB", p.stderr)
    return secs, int(m.group(1)) if m else -1


def main() -> None:
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
    rubric = os.path.join(build, "rubric")
    template = os.path.join(ROOT, "examples", "quality-inspection-2018.rubric")
    reader = os.path.join(build, "csv_read")
    subprocess.run(["cc", "-O2", "-o", reader, os.path.join(ROOT, "tests", "bench", "csv_read.c"), "-lcsv"],
                   check=True)
    sizes = [int(x) for x in os.environ.get("RUBRIC_BENCH_UNITS", "100000 1000000").split()]
    rss = {}
    for n in sizes:
        data = os.path.join(build, "bench", "units-%d.csv" % n)
        if not os.path.exists(data):
            os.makedirs(os.path.dirname(data), exist_ok=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "gen_units.py"), str(n), data],
                           check=True)
        secs, kib = run([rubric, "eval", "-f", "csv", template, data], stats=True)
        read, _ = run([reader, data])
        rss[n] = kib
        mb = os.path.getsize(data) / 1e6
        print("batch, seed 004, %d units (%.0f MB of CSV), CSV to CSV: %.2f s, %.0f units/s/core, "
              "peak RSS %d KiB; only reading it: %.2f s (%.1fx)"
              % (n, mb, secs, n / secs, kib, read, secs / read if read else 0))
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        print("batch, peak RSS at %d units / at %d: %.2f" % (b, a, rss[b] / rss[a]))
    n = sizes[0]
    data = os.path.join(build, "bench", "units-%d.csv" % n)
    ours = subprocess.run([rubric, "eval", "-f", "csv", template, data], capture_output=True).stdout
    t0 = time.monotonic()
    theirs = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "peers", "fractions_peer.py"),
                             data], capture_output=True, check=True).stdout
    secs = time.monotonic() - t0
    a, b = ours.decode().split("\r\n"), theirs.decode().split("\r\n")
    failed = sum(1 for line in a[1:] if line and not line.endswith(",0"))
    same = a == b
    print("peer, Python fractions: %.0f units/s; rubric's scores, totals and grades of %d units (%d failing "
          "as the peer's do) %s" % (n / secs, n, failed, "identical" if same else "DIFFER"))
    if not same:
        for x, y in zip(a, b):
            if x != y:
                print("  rubric: %s\n  peer:   %s" % (x, y))
                break
        sys.exit(1)


if __name__ == "__main__":
    main()
