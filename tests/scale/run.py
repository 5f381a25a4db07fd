#!/usr/bin/env python3
"""run.py - the scale suite: counted work must grow linearly with the input.

Usage: tests/scale/run [-q] [-k] [-f FAMILY]... [-s SIZE]... [--large]
                       [-t SECONDS] [-m MIB] [--list] [BUILD]

Generates each family of tests/scale/gen.py at sizes x1, x10 and x100 into
BUILD/scale/ and runs its commands (check, eval, test, as the family says)
on each with RUBRIC_STATS=1, which makes rubric print on standard error

    rubric: stats: work N, allocated N bytes, peak N KiB

For every command it asserts that, from x10 to x100, the work and the bytes
allocated grow by a ratio of at most 12: counted, never timed.  Each run has
a time limit and a memory limit, so that a run which would grow too fast
ends early and is reported, with what ended it.  What a run may end with
depends on the family: a valid template and data must succeed; a family
built to cross a documented limit may also be refused (exit 1 and a
diagnostic); data with errors must be refused.  A crash (a signal), a
timeout, a sanitizer's report, exit 1 without a diagnostic or any other
status is a failure everywhere.  Running out of memory (a message saying
so) is not a crash, but the counters of such a run stop at the limit and
cannot show linear growth, so it fails the family too.  Once a run has
timed out, crashed or run out of memory, the larger sizes of that command,
and of every command where it was `check` (eval and test check the template
first), are not run: they count as failed.  A family passes when every run
of it ended as allowed and every ratio is measured and at most 12; a work
counter that stays 0 is not a measure.  A family with a bound on the bytes
allocated per byte of its data (per_byte in gen.py) must also keep to it at
x100: a ratio cannot tell 16 bytes per list item from 2.

It prints one line per family, command and size with the counters, then
the family's ratios and PASS or FAIL, and last "scale: N passed, N failed"
counting families.  With -q only failed families are printed, and the last
line is "N passed, N failed" (for tests/run-all).  Exit status 1 if a family
failed, 2 on a usage error.

Options:
  -q            print failed families only
  -k, --keep    keep each run's output, as BUILD/scale/FAMILY/xSIZE/RUN.stdout
                and RUN.stderr (otherwise deleted once read)
  -f FAMILY     run this family only (may be repeated; --list lists them)
  -s SIZE       run this size only (1, 10, 100, or 1000 for the families
                that have that optional size; may be repeated).  Ratios
                need x10 and x100
  --large       also run the optional larger sizes (100 000 indicators);
                their outcome counts, their ratio is only shown
  -t SECONDS    time limit of one run (default 8; RUBRIC_SCALE_TIMEOUT),
                three times as long for a build with AddressSanitizer
  -m MIB        memory limit of one run, in MiB of address space (default
                1024; RUBRIC_SCALE_MEMORY).  For a build with AddressSanitizer
                it is the sanitizer's hard RSS limit instead
  --list        list the families and what each attacks
"""

import os
import re
import resource
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (the families)

MAX_RATIO = 12
STATS = re.compile(rb"rubric: stats: work (\d+), allocated (\d+) bytes, peak (-?\d+) KiB")
SANITIZER_EXIT = 86  # the exit status a sanitizer's report is given here

# What each kind of family may end with (gen.OK and the others).
ALLOWED = {
    gen.OK: {"ok"},
    gen.LIMIT: {"ok", "refused", "out of memory"},
    gen.ERRORS: {"refused", "out of memory"},
}
# Endings after which the larger sizes of the same run are not tried: they
# would end the same way, only later.
HOPELESS = {"timeout", "crash", "out of memory", "sanitizer"}


def usage(msg=None):
    if msg:
        print(f"tests/scale/run: {msg}", file=sys.stderr)
    print("usage: tests/scale/run [-q] [-k] [-f FAMILY]... [-s SIZE]... [--large] "
          "[-t SECONDS] [-m MIB] [--list] [BUILD]", file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    opt = {"quiet": False, "keep": False, "families": [], "sizes": [], "large": False,
           "timeout": os.environ.get("RUBRIC_SCALE_TIMEOUT", "8"),
           "memory": os.environ.get("RUBRIC_SCALE_MEMORY", "1024"), "build": None}
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "-q":
            opt["quiet"] = True
        elif a in ("-k", "--keep"):
            opt["keep"] = True
        elif a == "--large":
            opt["large"] = True
        elif a == "--list":
            gen.main(["gen.py", "--list"])
            sys.exit(0)
        elif a in ("-f", "-s", "-t", "-m"):
            if not args:
                usage(f"{a} needs a value")
            v = args.pop(0)
            if a == "-f":
                opt["families"] += v.split(",")
            elif a == "-s":
                opt["sizes"] += [x.lstrip("x×") for x in v.split(",")]
            else:
                opt["timeout" if a == "-t" else "memory"] = v
        elif a in ("-h", "--help"):
            print(__doc__.split("\n", 2)[2].strip())
            sys.exit(0)
        elif a.startswith("-"):
            usage(f"unknown option {a}")
        elif opt["build"] is None:
            opt["build"] = a
        else:
            usage()
    for k in ("timeout", "memory"):
        if not opt[k].isdigit() or int(opt[k]) == 0:
            usage(f"-{k[0]} takes a whole number above 0")
        opt[k] = int(opt[k])
    if not all(s in ("1", "10", "100", str(gen.LARGE)) for s in opt["sizes"]):
        usage(f"-s takes 1, 10, 100 or {gen.LARGE}")
    opt["sizes"] = sorted({int(s) for s in opt["sizes"]})
    for f in opt["families"]:
        if gen.by_name(f) is None:
            usage(f"no family '{f}' (--list lists them)")
    return opt


class Run:
    """One run of rubric: a family's command at one size, and how it ended."""

    def __init__(self, fam, label, size):
        self.fam, self.label, self.size = fam, label, size
        self.ending = None     # ok, refused, timeout, crash, ...
        self.detail = ""       # the exit status or signal, for the reader
        self.stats = None      # (work, allocated, peak KiB) or None

    def allowed(self):
        return self.ending in ALLOWED[self.fam.expect]


def is_asan(binary):
    """Whether the binary was built with AddressSanitizer (it reserves far
    more address space than any limit we would set)."""
    try:
        with open(binary, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


def limits(memory_mib, asan):
    def set_limits():
        os.setsid()
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if not asan:
            m = memory_mib * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (m, m))
    return set_limits


def tail(path, n=65536):
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - n))
        return f.read(), size


def has_diagnostic(label, out_path, err_path, stats_len):
    """Whether the run said why it failed: a line on standard error besides
    the stats line, or for `test`, a line besides the summary."""
    err, err_size = tail(err_path, 4096)
    if err_size > stats_len:
        return True
    if label == "test":
        out, out_size = tail(out_path, 4096)
        return out.count(b"\n") > 1 or out_size > len(out)
    return False


def first_codes(err_path, most=3):
    """The first few distinct diagnostic codes on standard error, as
    "E304, E302", or "" (a test that failed has none)."""
    with open(err_path, "rb") as f:
        head = f.read(1 << 16)
    codes = []
    for m in re.finditer(rb"(?:error|warning)\[([A-Z][0-9]+)\]", head):
        c = m.group(1).decode()
        if c not in codes:
            codes.append(c)
    return ", ".join(codes[:most]) + (", ..." if len(codes) > most else "")


def run_one(r, binary, directory, opt, env, asan):
    argv = next(args for label, args in r.fam.runs if label == r.label)
    base = os.path.join(directory, r.label)
    if opt["keep"]:
        out_path, err_path = base + ".stdout", base + ".stderr"
    else:
        fd, out_path = tempfile.mkstemp(prefix=r.label + ".", suffix=".stdout", dir=directory)
        os.close(fd)
        fd, err_path = tempfile.mkstemp(prefix=r.label + ".", suffix=".stderr", dir=directory)
        os.close(fd)
    try:
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            # through sh, which forks rubric: the peak memory rubric reports
            # (ru_maxrss) would otherwise start from this Python process's
            p = subprocess.Popen(["sh", "-c", '"$@"', "sh", binary] + argv,
                                 cwd=directory, stdin=subprocess.DEVNULL,
                                 stdout=out, stderr=err, env=env,
                                 preexec_fn=limits(opt["memory"], asan))
            try:
                rc = p.wait(timeout=opt["timeout"])
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
                r.ending, r.detail = "timeout", f"after {opt['timeout']} s"
                return
        err_tail, _ = tail(err_path)
        m = None
        for m in STATS.finditer(err_tail):
            pass
        if m:
            r.stats = tuple(int(x) for x in m.groups())
        stats_len = len(m.group(0)) + 1 if m else 0
        if rc < 0 or rc >= 128:
            sig = -rc if rc < 0 else rc - 128
            name = signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)
            r.ending, r.detail = "crash", f"signal {sig} {name}"
        elif re.search(rb"(?i)out of memory|cannot allocate|rss limit exhausted", err_tail):
            r.ending, r.detail = "out of memory", f"exit {rc}"
        elif asan and rc == SANITIZER_EXIT:
            m = re.search(rb"ERROR: (\w+Sanitizer): ([\w-]+)|(runtime error): ([^\n]{0,60})", err_tail)
            what = b" ".join(x for x in m.groups() if x).decode("utf-8", "replace") if m else "a report"
            r.ending, r.detail = "sanitizer", what
        elif rc == 0:
            r.ending = "ok"
        elif rc == 1:
            if has_diagnostic(r.label, out_path, err_path, stats_len):
                r.ending, r.detail = "refused", first_codes(err_path)
            else:
                r.ending, r.detail = "silent", "exit 1 without a diagnostic"
        else:
            r.ending, r.detail = "exit", f"exit {rc}"
    finally:
        if not opt["keep"]:
            for path in (out_path, err_path):
                try:
                    os.remove(path)
                except OSError:
                    pass


def ratio(a, b):
    """b / a as text, and whether it is within the bound."""
    if a is None or b is None:
        return "-", False
    if a == 0:
        return ("n/a", False) if b == 0 else ("inf", False)
    q = b / a
    return f"{q:.2f}", q <= MAX_RATIO


def size_name(s):
    return f"×{s}"


def run_line(r):
    head = f"{r.fam.name:20} {r.label:11} {size_name(r.size):6} "
    ending = r.ending + (f" ({r.detail})" if r.detail else "")
    if r.stats:
        w, a, p = r.stats
        return head + f"{ending:28} work {w:>12}  allocated {a:>13}  peak {p:>8} KiB"
    return head + ending


def run_family(fam, opt, binary, out_dir, env, asan, emit):
    """Runs every command of fam at every size chosen, smallest size first;
    prints through emit; returns True if the family passed."""
    sizes = list(fam.sizes)
    if fam.large and (opt["large"] or fam.large in opt["sizes"]):
        sizes.append(fam.large)
    if opt["sizes"]:
        sizes = [s for s in sizes if s in opt["sizes"]]
    if not sizes:
        emit(f"{fam.name:20} has none of the sizes chosen")
        return None
    labels = [label for label, _ in fam.runs]
    failures = {}  # label -> the first reason it failed

    def fail(label, reason):
        failures.setdefault(label, reason)

    runs = {}
    dirs = {}  # size -> its directory
    stopped = {}  # label -> the run after which its larger sizes are not tried
    for s in sizes:
        d = dirs[s] = gen.generate(out_dir, fam, s)
        for label in labels:
            r = Run(fam, label, s)
            runs[label, s] = r
            # eval and test check the template first: where check hangs or
            # crashes, so do they
            why = stopped.get(label) or (stopped.get("check") if label != "check" else None)
            if why:
                r.ending = "not run"
                r.detail = f"{why.label} {size_name(why.size)} ended in {why.ending}"
                emit(run_line(r))
                fail(label, f"{size_name(s)} not run ({r.detail})")
                continue
            run_one(r, binary, d, opt, env, asan)
            emit(run_line(r))
            if not r.allowed():
                expected = " or ".join(sorted(ALLOWED[fam.expect]))
                fail(label, f"{size_name(s)} {r.ending}" + (f" ({r.detail})" if r.detail else "")
                     + (f", expected {expected}" if r.ending in ("ok", "refused") else ""))
            elif r.ending == "out of memory":
                fail(label, f"{size_name(s)} out of memory ({r.detail}): "
                     "counters stopped at the limit cannot show linear growth")
            if r.ending in HOPELESS:
                stopped[label] = r
    # the ratios: x10 -> x100 asserted, x100 -> x1000 only shown
    for label in labels:
        for lo, hi, counted in ((10, 100, True), (100, fam.large, False)):
            a, b = runs.get((label, lo)), runs.get((label, hi))
            if a is None or b is None:
                if counted:
                    emit(f"{fam.name:20} {label:11} {'×10→×100':12} ratio not measured: "
                         "it needs both sizes")
                continue
            sa, sb = a.stats, b.stats
            wr, wok = ratio(sa and sa[0], sb and sb[0])
            ar, aok = ratio(sa and sa[1], sb and sb[1])
            note = ""
            oom = [x for x in (a, b) if x.ending == "out of memory"]
            if oom:
                # counters that stopped at the memory limit bound nothing
                note = f"not measured: out of memory at {size_name(oom[0].size)}"
            elif any(x.ending == "not run" or not x.allowed() for x in (a, b)):
                note = "not measured"
            elif not (sa and sb):
                note = "no counters at " + " and ".join(size_name(x.size) for x in (a, b) if not x.stats)
            elif sa[0] == 0 and sb[0] == 0:
                note = "work not counted"
            if note.startswith("not measured"):
                wr = ar = "-"
                wok = aok = False
            if not counted:
                note = "shown, not asserted" + (f"; {note}" if note else "")
            emit(f"{fam.name:20} {label:11} {size_name(lo) + '→' + size_name(hi):12} "
                 f"ratio: work {wr:>7}, allocated {ar:>7}" + (f"   {note}" if note else ""))
            if counted and not (wok and aok):
                if note.startswith(("not measured", "no counters")):
                    fail(label, f"ratio {note}")
                else:
                    bad = [f"{what} not counted" if v == "n/a" else f"{what} {v} > {MAX_RATIO}"
                           for what, v, ok in (("work", wr, wok), ("allocated", ar, aok)) if not ok]
                    fail(label, "ratio: " + ", ".join(bad))
    # bytes allocated per byte of data, at x100 and above (where the
    # constant costs, such as the standard library, are small beside it)
    if fam.per_byte:
        bound, name = fam.per_byte
        for (label, s), r in sorted(runs.items(), key=lambda kv: kv[0][1]):
            if s < 100 or not r.stats or not r.allowed():
                continue
            size = os.path.getsize(os.path.join(dirs[s], name))
            per = r.stats[1] / size if size else 0.0
            emit(f"{fam.name:20} {label:11} {size_name(s):12} "
                 f"allocated {per:.2f} bytes per byte of {name} (at most {bound})")
            if per > bound:
                fail(label, f"{size_name(s)} allocated {per:.2f} bytes per byte of {name}, "
                     f"more than {bound}")
    if failures:
        emit(f"FAIL {fam.name}: " + "; ".join(f"{k} {v}" for k, v in failures.items()))
    elif any((label, 10) not in runs or (label, 100) not in runs for label in labels):
        emit(f"PASS {fam.name} (how the runs ended only: the ratio needs ×10 and ×100)")
    else:
        emit(f"PASS {fam.name}")
    return not failures


def main(argv):
    opt = parse_args(argv)
    build = opt["build"] or os.path.join(ROOT, "build")
    build = os.path.abspath(build)
    binary = os.path.join(build, "rubric")
    if not os.access(binary, os.X_OK):
        print(f"tests/scale/run: no {binary} (run make first)", file=sys.stderr)
        print("0 passed, 1 failed" if opt["quiet"] else "scale: 0 passed, 1 failed")
        return 1
    out_dir = os.path.join(build, "scale")
    asan = is_asan(binary)
    env = dict(os.environ)
    for k in ("LANGUAGE", "LANG", "LC_MESSAGES"):
        env.pop(k, None)
    env.update(LC_ALL="C.UTF-8", TZ="UTC", RUBRIC_STATS="1")
    limit = f"memory {opt['memory']} MiB"
    if asan:
        opt["timeout"] *= 3
        env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + f":hard_rss_limit_mb={opt['memory']}"
                               f":allocator_may_return_null=1:exitcode={SANITIZER_EXIT}").lstrip(":")
        env["UBSAN_OPTIONS"] = (env.get("UBSAN_OPTIONS", "") + f":exitcode={SANITIZER_EXIT}").lstrip(":")
        limit = f"RSS {opt['memory']} MiB (AddressSanitizer)"

    families = [gen.by_name(f) for f in opt["families"]] or gen.FAMILIES
    if not opt["quiet"]:
        print(f"scale: {os.path.relpath(binary, ROOT) if binary.startswith(ROOT + os.sep) else binary}; "
              f"each run within {opt['timeout']} s and {limit}; "
              f"work and allocated bytes from ×10 to ×100 at most ×{MAX_RATIO}", flush=True)
    passed = failed = 0
    for fam in families:
        lines = []
        emit = (lambda s: lines.append(s)) if opt["quiet"] else (lambda s: print(s, flush=True))
        result = run_family(fam, opt, binary, out_dir, env, asan, emit)
        if result is None:
            continue
        if result:
            passed += 1
        else:
            failed += 1
            if opt["quiet"]:
                print("\n".join(lines), flush=True)
    if opt["keep"] and not opt["quiet"]:
        print(f"outputs kept in {out_dir}/FAMILY/xSIZE/")
    print(f"{passed} passed, {failed} failed" if opt["quiet"] else f"scale: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
