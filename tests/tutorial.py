#!/usr/bin/env python3
"""tutorial.py - runs the tutorials, as a reader would type them (tests/run-tutorial).

Usage: tests/run-tutorial [-q] [--update] [BUILD] [FILE.md...]
  BUILD     build directory holding the rubric binary (default: build/)
  FILE.md   tutorials to run (default: docs/tutorial.*.md)
  -q        print failures only
  --update  write each command's actual output into the file, in place

A tutorial is run in a directory of its own, its blocks in order:
  - a fenced block whose info string names a file (```rubric file=质检.rubric,
    ```json file=数据.json, ```csv file=各单位.csv) writes that file, as the
    reader would save it; a later block of the same name replaces it;
  - a ```console block holds commands, each on a line starting with "$ ",
    and under each the output it prints (standard output and error, as a
    terminal shows them).  Each command runs with sh in that directory, the
    build's rubric first on PATH, in the tutorial's language (LANGUAGE=zh_CN
    for tutorial.zh.md, en otherwise); its output must be the one written.
Prints "ok FILE:LINE" or "FAIL FILE:LINE" and a diff per command; the last
line is "N passed, N failed".  Exit status 1 when any failed.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FENCE = re.compile(r"^(`{3,})(.*)$")


def blocks(path):
    """(line, info, text) of each fenced block of the Markdown file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info, start = m.group(1), m.group(2).strip(), i + 1
        j = start
        while j < len(lines) and lines[j].rstrip() != fence:
            j += 1
        yield start, info, "\n".join(lines[start:j]) + "\n", (start, j)
        i = j + 1


def commands(text, first_line):
    """(line, command, expected output) of each "$ " line of a console block."""
    out, cur = [], None
    for k, line in enumerate(text.rstrip("\n").split("\n")):
        if line.startswith("$ "):
            cur = [first_line + k + 1, line[2:], []]
            out.append(cur)
        elif cur is not None:
            cur[2].append(line)
    return [(n, c, "\n".join(e).rstrip() + ("\n" if e and "\n".join(e).strip() else "")) for n, c, e in out]


def main():
    args = sys.argv[1:]
    quiet = "-q" in args
    update = "--update" in args
    args = [a for a in args if a not in ("-q", "--update")]
    build = os.path.join(ROOT, "build")
    if args and not args[0].endswith(".md"):
        build = os.path.abspath(args.pop(0))
    files = args or sorted(os.path.join(ROOT, "docs", f) for f in os.listdir(os.path.join(ROOT, "docs"))
                           if re.match(r"tutorial\..*\.md$", f))
    if not os.path.exists(os.path.join(build, "rubric")):
        print("tutorial.py: %s/rubric does not exist: build it first (make)" % build)
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    for path in files:
        rel = os.path.relpath(path, ROOT)
        work = tempfile.mkdtemp(prefix="rubric-tutorial.")
        env = {"PATH": build + ":/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": work, "TMPDIR": work,
               "LANGUAGE": "zh_CN" if ".zh." in os.path.basename(path) else "en", "SOURCE_DATE_EPOCH": "0"}
        replaced = {}  # console block's lines -> its new text (with --update)
        for start, info, text, span in blocks(path):
            words = info.split()
            named = [w[5:] for w in words if w.startswith("file=")]
            if named:
                dest = os.path.join(work, named[0])
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "w", encoding="utf-8") as f:
                    f.write(text)
                continue
            if not words or words[0] != "console":
                continue
            new = []
            for line, cmd, want in commands(text, start):
                p = subprocess.run(["sh", "-c", cmd + " 2>&1"], cwd=work, env=env, stdout=subprocess.PIPE,
                                   timeout=120)
                got = p.stdout.decode("utf-8", "replace").replace("\r\n", "\n").replace(work + "/", "").rstrip()
                got = got + "\n" if got.strip() else ""
                new.append("$ " + cmd + "\n" + got)
                if got == want:
                    passed += 1
                    if not quiet:
                        print("ok %s:%d" % (rel, line))
                else:
                    failed += 1
                    print("FAIL %s:%d: %s" % (rel, line, cmd))
                    for d in difflib.unified_diff(want.splitlines(), got.splitlines(), "expected", "actual",
                                                  lineterm=""):
                        print("    " + d)
            replaced[span] = "".join(new)
        shutil.rmtree(work, ignore_errors=True)
        if update:
            lines = open(path, encoding="utf-8").read().split("\n")
            for (a, b), text in sorted(replaced.items(), reverse=True):
                lines[a:b] = text.rstrip("\n").split("\n")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed and not update else 0


if __name__ == "__main__":
    sys.exit(main())
