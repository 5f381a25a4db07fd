#!/usr/bin/env python3
"""batch.py BUILD - times `rubric eval -f csv` of seed 004 over 10^5 and 10^6 generated units
(tests/bench/gen_units.py), CSV in and CSV out, on one thread (-j 1) and on every core, with
the peak resident memory of each run, and the time csv_read takes only to read the same file
with the same reader (libcsv): the floor under scoring it.  Then runs the peers over the
first file: the exact one (peers/fractions_peer.py, seed 004 written by hand with Python
fractions), whose every score, total and grade must be rubric's, and the float one
(peers/awk_peer.awk, the same rules in awk), whose wrong units it counts; and rubric over
the same units as JSON (NDJSON, each unit as `rubric eval` reads one), which must score them
the same.  RUBRIC_BENCH_UNITS sets the sizes timed, RUBRIC_BENCH_PEER_UNITS the size the peers
and the JSON compare (default: the first).  Prints one line per figure; asserts only that
rubric agrees with the exact peer and with itself on JSON (exit 1 otherwise): speed is
reported, never tested."""
import os
import re
import shutil
import subprocess
import sys
import time

# the generated units, cached in BUILD/bench: the name changes with what gen_units.py writes
UNITS = "units-v2-%d.csv"

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


def to_ndjson(csv_path, out_path):
    """Writes the units of a gen_units.py CSV file as JSON units, as examples/
    quality-inspection-2018.json writes one: checklists as lists, counts as numbers, the
    picked level with its score as a row object, the identity under "$id"."""
    import csv
    import json
    lists = {"目标明确性", "财务制度健全性", "资金使用规范性", "预决算信息公开性", "车辆、仪器管理制度健全性"}
    counts = {"公务接待问题数", "委托抽检批次", "实际国家级监督抽查批次", "省级监督抽查批次", "市级监督抽查批次",
              "异议处理不及时数", "获奖数"}
    with open(csv_path, encoding="utf-8", newline="") as f, open(out_path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(f):
            unit = {"$id": {"项目编号": row.pop("项目编号")}}
            score = row.pop("项目管理制度.得分")
            for k, v in row.items():
                if k in lists:
                    for sep in "、，；;":
                        v = v.replace(sep, ",")
                    unit[k] = [x.strip() for x in v.split(",") if x.strip()]
                elif k in counts:
                    unit[k] = int(v)
                elif k == "项目管理制度":
                    unit[k] = {"level": v, "score": int(score)}
                else:
                    unit[k] = v
            out.write(json.dumps(unit, ensure_ascii=False) + "\n")


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
        data = os.path.join(build, "bench", UNITS % n)
        if not os.path.exists(data):
            os.makedirs(os.path.dirname(data), exist_ok=True)
            subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "gen_units.py"), str(n), data],
                           check=True)
        secs, kib = run([rubric, "eval", "-j", "1", "-f", "csv", template, data], stats=True)
        read, _ = run([reader, data])
        rss[n] = kib
        mb = os.path.getsize(data) / 1e6
        print("batch, seed 004, %d units (%.0f MB of CSV), CSV to CSV, -j 1: %.2f s, %.0f units/s/core, "
              "peak RSS %d KiB; only reading it: %.2f s (%.1fx)"
              % (n, mb, secs, n / secs, kib, read, secs / read if read else 0))
        cores = os.cpu_count() or 1
        if cores > 1:
            par, pkib = run([rubric, "eval", "-j", str(cores), "-f", "csv", template, data], stats=True)
            print("batch, seed 004, %d units, -j %d: %.2f s, %.0f units/s, %.2fx -j 1, peak RSS %d KiB"
                  % (n, cores, par, n / par, secs / par, pkib))
    if len(sizes) > 1:
        a, b = sizes[0], sizes[-1]
        print("batch, peak RSS at %d units / at %d: %.2f" % (b, a, rss[b] / rss[a]))
    n = int(os.environ.get("RUBRIC_BENCH_PEER_UNITS", sizes[0]))
    data = os.path.join(build, "bench", UNITS % n)
    if not os.path.exists(data):
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "gen_units.py"), str(n), data],
                       check=True)
    ours = subprocess.run([rubric, "eval", "-f", "csv", template, data], capture_output=True).stdout
    # the same units as JSON, one object a line, each as `rubric eval` reads one unit
    ndjson = data[:-len(".csv")] + ".ndjson"
    if not os.path.exists(ndjson):
        to_ndjson(data, ndjson)
    as_json = subprocess.run([rubric, "eval", "-f", "csv", template, ndjson], capture_output=True).stdout
    print("rubric, the same %d units as JSON: scores, totals and grades %s"
          % (n, "identical" if as_json == ours else "DIFFER"))
    if as_json != ours:
        sys.exit(1)
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
    # the float peer: how many units floats get wrong
    awk = "mawk" if shutil.which("mawk") else "awk"
    t0 = time.monotonic()
    floats = subprocess.run([awk, "-f", os.path.join(ROOT, "tests", "bench", "peers", "awk_peer.awk"), data],
                            capture_output=True, check=True).stdout
    secs = time.monotonic() - t0
    c = floats.decode().split("\r\n")
    wrong = [(x, y) for x, y in zip(a[1:], c[1:]) if x != y]
    field = lambda line, k: line.split(",")[k]
    totals = sum(1 for x, y in wrong if field(x, -3) != field(y, -3))
    grades = sum(1 for x, y in wrong if field(x, -2) != field(y, -2))
    print("peer, %s with floats: %.0f units/s; wrong: %d of %d units (%.2f%%), %d totals, %d grades"
          % (awk, n / secs, len(wrong), n, 100.0 * len(wrong) / n, totals, grades))


if __name__ == "__main__":
    main()
