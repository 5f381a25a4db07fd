#!/usr/bin/env python3
"""gen.py - the families of the scale suite: adversarial templates and data.

Usage: tests/scale/gen.py OUTDIR [FAMILY[:SIZE]...]
       tests/scale/gen.py --list

Each family attacks one place where work could grow faster than the input
(tests/scale/README.md says which and why).  It is generated at sizes x1,
x10 and x100 (the many-indicators family also at x1000, an optional size):
the size multiplies the one dimension the family stretches (functions, lets,
factors, items, bands, levels, keys, bytes, indicators, digits), and
everything else stays fixed, so a linear program does about ten times the
work from one size to the next.

The files of FAMILY at size S go to OUTDIR/FAMILY/xS/: t.rubric (the
template), and the data files its runs read (d.json, ...).  A directory whose
stamp matches this generator is left as it is, so a second run of the suite
does not write hundreds of megabytes again.  The runner (tests/scale/run.py)
imports this module for the list of families and what to run on each.

Standard library only; the output depends on nothing but the arguments.
"""

import hashlib
import json
import os
import sys

SIZES = (1, 10, 100)  # the sizes every family has; the ratio is x10 -> x100
LARGE = 1000          # the optional size of the families that have one

# What a run may end with, by family (see the runner): OK, a valid template
# and data, must succeed at every size; LIMIT may also be refused with a
# diagnostic (a documented cost or number limit); ERRORS is data with errors,
# which must be reported as such.
OK, LIMIT, ERRORS = "ok", "ok-or-refused", "errors"

CHECK = ("check", ["check", "t.rubric"])
EVAL = ("eval", ["eval", "t.rubric", "d.json"])
TEST = ("test", ["test", "t.rubric"])
GENERATE = ("generate", ["test", "--generate", "t.rubric", "d.json"])


class Family:
    """One family: its name, a line on what it attacks, the runs (label and
    arguments, run in the size's directory), what they may end with, the
    sizes, and gen(size) -> {file name: text or iterable of text chunks}.
    per_byte, if given, is (bound, file): at x100 and above, every run may
    allocate at most bound bytes per byte of that data file."""

    def __init__(self, name, what, runs, expect, gen, sizes=SIZES, large=None, per_byte=None):
        self.name = name
        self.what = what
        self.runs = runs
        self.expect = expect
        self.gen = gen
        self.sizes = sizes
        self.large = large  # an optional size, not counted in the ratio
        self.per_byte = per_byte


FAMILIES = []


def family(name, what, runs, expect, large=None, per_byte=None):
    def register(gen):
        FAMILIES.append(Family(name, what, runs, expect, gen, large=large, per_byte=per_byte))
        return gen
    return register


def by_name(name):
    for f in FAMILIES:
        if f.name == name:
            return f
    return None


def jstr(s):
    """A JSON string, UTF-8 kept as is."""
    return json.dumps(s, ensure_ascii=False)


def digits(n, seed=1):
    """n decimal digits, no leading zero, not a round number."""
    pattern = "31415926535897932384626433832795028841971693993751"
    s = (pattern * (n // len(pattern) + 2))[seed:seed + n]
    return "1" + s[1:] if s[0] == "0" else s


def groups_of(lines, per, name, indent="    "):
    """The lines (each one item) wrapped in groups of `per`, named name(k)."""
    out = []
    for g in range(0, len(lines), per):
        out.append(f"{indent}group {name(g // per + 1)} {{")
        out.extend(f"{indent}    {line}" for line in lines[g:g + per])
        out.append(f"{indent}}}")
    return out


# ---- templates that expand ----------------------------------------------

@family("functions", "functions each calling the previous one twice: a call tree of 2^n",
        [CHECK, EVAL, TEST], LIMIT)
def gen_functions(s):
    n = 4 * s
    lines = ['# each function calls the previous one twice', 'rubric "functions" {',
             "    input x: number", "    func f1(a) = a + 1"]
    lines += [f"    func f{k}(a) = f{k - 1}(a) + f{k - 1}(a)" for k in range(2, n + 1)]
    lines += ["    group 结果 {",
              f"        indicator 综合分 weight 10 {{ actual x; score clamp(f{n}(actual), 0, weight) }}",
              "    }",
              '    test "one" {', "        given { x: 1 }", "        expect { 综合分: 10 }", "    }",
              "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": '{"x": 1}\n'}


@family("let-squares", "lets each squaring the previous one: 2^n digits, and a let re-walked per use",
        [CHECK, EVAL, TEST], LIMIT)
def gen_let_squares(s):
    n = 4 * s
    lines = ["# each let squares the previous one", 'rubric "let squares" {',
             "    input x: number", "    let a1 = x + 1"]
    lines += [f"    let a{k} = a{k - 1} * a{k - 1}" for k in range(2, n + 1)]
    lines += ["    group 结果 {",
              f"        indicator 综合分 weight 10 {{ actual a{n}; score clamp(actual, 0, weight) }}",
              "    }",
              '    test "zero" {', "        given { x: 0 }", "        expect { 综合分: 1 }", "    }",
              "}"]
    # x = 1: a1 = 2 and a_n = 2^(2^(n-1)), a number no memory holds
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": '{"x": 1}\n'}


@family("product", "one expression multiplying many factors of a 4096-digit input",
        [CHECK, EVAL, TEST], LIMIT)
def gen_product(s):
    n = 20 * s
    # ten factors to a bracket, so that the expression stays shallow (the
    # parser bounds the depth of an expression, not its length)
    chunks = ["(" + " * ".join(["x"] * min(10, n - i)) + ")" for i in range(0, n, 10)]
    lines = [f"# a product of {n} factors of the input x", 'rubric "product" {',
             "    input x: number",
             "    group 结果 {",
             "        indicator 综合分 weight 10 {",
             "            actual x",
             "            score clamp(" + " * ".join(chunks) + ", 0, weight)",
             "        }",
             "    }",
             '    test "one" {', "        given { x: 1 }", "        expect { 综合分: 1 }", "    }",
             "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": '{"x": ' + digits(4096) + "}\n"}


@family("shared-let", "a chain of lets whose last one every indicator uses",
        [CHECK, EVAL, TEST], OK)
def gen_shared_let(s):
    n = 5 * s  # lets, and indicators
    lines = [f"# {n} lets in a chain, the last one used by each of {n} indicators",
             'rubric "shared let" {', "    input x: number", "    let b1 = x"]
    lines += [f"    let b{k} = b{k - 1} + 1" for k in range(2, n + 1)]
    inds = [f"indicator 指标{k} weight 1 {{ actual b{n}; target >= 1; score proportional }}"
            for k in range(1, n + 1)]
    lines += groups_of(inds, 10, lambda g: f"组{g}")
    # x = 0: b_n = n - 1 >= 1, so every indicator scores its weight
    lines += ['    test "all" {', "        given { x: 0 }", f"        expect {{ total: {n} }}", "    }",
              "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": '{"x": 0}\n'}


@family("generate-shared-let", "boundary cases of many rows whose targets read one chain of lets",
        [GENERATE], OK)
def gen_generate_shared_let(s):
    n = 5 * s  # lets, and indicators
    lines = [f"# {n} lets in a chain, the target of each of {n} indicators", 'rubric "shared let" {',
             "    input x: number", "    let b1 = x"]
    lines += [f"    let b{k} = b{k - 1} + 1" for k in range(2, n + 1)]
    inds = [f"indicator 指标{k} weight 1 {{ target >= b{n}; score proportional }}" for k in range(1, n + 1)]
    lines += groups_of(inds, 10, lambda g: f"组{g}")
    lines.append("}")
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": '{"x": 1}\n'}


# ---- tables --------------------------------------------------------------

@family("checklist-template", "one checklist of many items, all of them listed as satisfied",
        [CHECK, EVAL, TEST], OK)
def gen_checklist_template(s):
    n = 16 * s
    items = [f"条目{k}" for k in range(1, n + 1)]
    lines = [f"# a checklist of {n} items", 'rubric "checklist" {',
             f"    indicator 制度清单 weight {n} {{", "        score checklist {"]
    lines += [f"            {it}: 1" + (f' "第{k + 1}项"' if k % 10 == 0 else "")
              for k, it in enumerate(items)]
    lines += ["        }", "    }",
              '    test "all" {',
              "        given { 制度清单: [" + ", ".join(items) + "] }",
              f"        expect {{ 制度清单: {n} }}",
              "    }", "}"]
    data = '{"制度清单": [' + ", ".join(jstr(it) for it in items) + "]}\n"
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data}


@family("checklist-data", "data listing many items of a checklist: repeated and unknown ones",
        [EVAL], ERRORS)
def gen_checklist_data(s):
    n = 10000 * s  # entries in the data
    items = [f"条目{k}" for k in range(1, 101)]
    lines = ['# a checklist of 100 items; the data lists far more', 'rubric "checklist data" {',
             "    group 制度 {", "        indicator 制度清单 weight 100 {", "            score checklist {"]
    lines += [f"                {it}: 1" for it in items]
    lines += ["            }", "        }", "    }", "}"]

    def data():
        yield '{\n  "制度清单": [\n'
        for i in range(n):
            if i < 100:
                it = items[i]                     # each item once
            elif i % 2:
                it = items[i % 100]               # listed twice
            else:
                it = f"条目{i % 100 + 1}号{i}"     # not an item, close to one
            yield "    " + jstr(it) + (",\n" if i + 1 < n else "\n")
        yield "  ]\n}\n"
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data()}


@family("big-list", "one list of millions of one-character items, none of them an item of "
        "the checklist: read and held in about the size of its text",
        [EVAL], ERRORS, per_byte=(1.5, "d.json"))
def gen_big_list(s):
    n = 60000 * s  # items in the data's list, 4 bytes each
    t = ['# a checklist of 2 items; the data lists millions of unknown ones',
         'rubric "big list" {',
         "    indicator 制度 weight 10 { score checklist { 甲: 5; 乙: 5 } }",
         "}"]

    def data():
        yield '{"制度": ["甲", "乙", "甲"'  # one listed twice
        chunk = ',"a"' * 1000
        for _ in range((n - 3) // 1000):
            yield chunk
        yield ',"a"' * ((n - 3) % 1000) + "]}\n"
    return {"t.rubric": "\n".join(t) + "\n", "d.json": data()}


@family("bands", "one indicator with many bands, written from the highest down",
        [CHECK, EVAL, TEST], OK)
def gen_bands(s):
    n = 20 * s
    lines = [f"# {n} bands in one table, highest first", 'rubric "bands" {',
             f"    indicator 档位 weight {n} {{", "        score bands {",
             f"            [{n}, inf): {n}"]
    lines += [f"            [{k}, {k + 1}): {k}" for k in range(n - 1, -1, -1)]
    lines += ["        }", "    }",
              '    test "middle" {', f"        given {{ 档位: {n // 2}.5 }}",
              f"        expect {{ 档位: {n // 2} }}", "    }", "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": f'{{"档位": {n // 2}.5}}\n'}


@family("cases", "one rule of many cases over one input: the interval analysis narrows it "
        "by every condition before", [CHECK, EVAL, TEST], OK)
def gen_cases(s):
    n = 20 * s
    lines = [f"# one 'cases' of {n} conditions on the same input", 'rubric "cases" {',
             "    input x: number", f"    indicator 档位 weight 1 {{", "        actual x",
             "        score cases {"]
    lines += [f"            x > {k}: {k % 10}/10" for k in range(n - 1, -1, -1)]
    lines += ["            else: 0", "        }", "    }",
              '    test "middle" {', f"        given {{ x: {n // 2}.5 }}",
              f"        expect {{ 档位: {(n // 2) % 10 / 10:g} }}", "    }", "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": f'{{"x": {n // 2}.5}}\n'}


@family("levels", "a level set and a grade table of many levels each",
        [CHECK, EVAL, TEST], OK)
def gen_levels(s):
    n = 10 * s
    lines = [f"# a level set and a grade table of {n + 1} levels each", 'rubric "levels" {',
             "    levels 多级 {"]
    lines += [f"        级{k}: {k}" for k in range(n + 1)]
    lines += ["    }", "    group 组 {",
              f"        indicator 甲 weight {n} {{ score grade 多级 }}",
              f"        indicator 乙 weight {n} {{", "            score grade {"]
    # every tenth level a range, picked by the data
    lines += [f"                档{k}: {k}..{k + 1}" if k % 10 == 5 else f"                档{k}: {k}"
              for k in range(n, -1, -1)]
    lines += ["            }", "        }", "    }",
              '    test "picked" {', f"        given {{ 甲: 级{n - 1}; 乙: scored(档5, 5.5) }}",
              f"        expect {{ 甲: {n - 1}; 乙: 5.5 }}", "    }", "}"]
    data = f'{{"甲": "级{n - 1}", "乙": {{"level": "档5", "score": 5.5}}}}\n'
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data}


@family("level-sets", "many level sets, each graded by its own indicator",
        [CHECK, EVAL, TEST], OK)
def gen_level_sets(s):
    n = 4 * s
    lines = [f"# {n} level sets and an indicator for each", 'rubric "level sets" {']
    lines += [f"    levels 等级{k} {{ 好: weight; 中: [50% * weight, weight); 差: 0 }}"
              for k in range(1, n + 1)]
    inds = [f"indicator 指标{k} weight 1 {{ score grade 等级{k} }}" for k in range(1, n + 1)]
    lines += groups_of(inds, 10, lambda g: f"组{g}")
    given = "; ".join(f"指标{k}: " + ("scored(中, 0.5)" if k == 1 else "好") for k in range(1, n + 1))
    lines += ['    test "all" {', f"        given {{ {given} }}",
              f"        expect {{ total: {n - 1}.5 }}", "    }", "}"]
    data = "{\n" + ",\n".join(
        f'  "指标{k}": ' + ('{"level": "中", "score": 0.5}' if k == 1 else '"好"')
        for k in range(1, n + 1)) + "\n}\n"
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data}


# ---- data ----------------------------------------------------------------

def hundred_indicators(title):
    """A template of 100 indicators with their own inputs, in 10 groups."""
    inds = [f"indicator 指标{k} weight 1 {{ target >= 100; score proportional }}"
            for k in range(1, 101)]
    lines = [f'rubric "{title}" {{', "    round 2"] + groups_of(inds, 10, lambda g: f"组{g}") + ["}"]
    return "\n".join(lines) + "\n"


@family("unknown-keys", "data with many keys that are no input, each close to one that is",
        [EVAL], ERRORS)
def gen_unknown_keys(s):
    n = 10000 * s

    def data():
        yield "{\n"
        for k in range(1, 101):
            yield f'  "指标{k}": {k},\n'
        for i in range(n):
            yield f'  "指标{i % 100 + 1}号{i}": 1' + (",\n" if i + 1 < n else "\n")
        yield "}\n"
    return {"t.rubric": "# 100 indicators; the data has many keys besides\n"
                        + hundred_indicators("unknown keys"),
            "d.json": data()}


@family("long-line", "data on one line of many megabytes, with errors along it and at its end",
        [EVAL, ("eval-syntax", ["eval", "t.rubric", "syntax.json"])], ERRORS)
def gen_long_line(s):
    n = 1000 * s  # unknown keys; the line is about 320 bytes per unit of n

    def line(broken):
        yield "{"
        for k in range(1, 101):
            if k % 20 == 0:
                # a long value that is not a number, then more keys after it
                yield f'"指标{k}": "{"不是数" * (30 * n // 5)}", '
            else:
                yield f'"指标{k}": {k}, '
            for i in range(k * n // 100 - (k - 1) * n // 100):
                yield f'"填充{k}_{i}": 0, '
        yield '"指标1号": "末"'
        # a syntax error at the very end of the line: a comma, then nothing
        yield ", " if broken else "}\n"
    return {"t.rubric": "# 100 indicators; the data is one long line\n"
                        + hundred_indicators("long line"),
            "d.json": line(False), "syntax.json": line(True)}


@family("tests", "4 test blocks, each giving every input of many indicators",
        [CHECK, EVAL, TEST], OK)
def gen_tests(s):
    n = 4 * s   # indicators
    t = 4       # tests: each gives every input, and expects a quarter of the scores
    inds = [f"indicator 指标{k} weight 1 {{ target >= 100; score proportional }}"
            for k in range(1, n + 1)]
    lines = [f"# {t} tests over {n} indicators", 'rubric "tests" {']
    lines += groups_of(inds, 10, lambda g: f"组{g}")
    for j in range(t):
        v = 50 + 10 * j  # every indicator scores v / 100
        lines.append(f'    test "case {j + 1}" {{')
        lines.append("        given { " + "; ".join(f"指标{k}: {v}" for k in range(1, n + 1)) + " }")
        expect = [f"指标{k}: {v / 100:g}" for k in range(1, n + 1) if k % t == j]
        expect.append(f"total: {v * n / 100:g}")
        lines.append("        expect { " + "; ".join(expect) + " }")
        lines.append("    }")
    lines.append("}")
    data = "{\n" + ",\n".join(f'  "指标{k}": 70' for k in range(1, n + 1)) + "\n}\n"
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data}


# ---- many indicators -----------------------------------------------------

# The rules of the many-indicators family, in turn: the clauses of an
# indicator, its value in the data, in a test, and the score this gives.
MIXED = (
    ("weight 2 { target >= 100; score proportional }", "80", "80", 1.6),
    ("weight 4 { target = 100%; score bands { [100%, inf): 4; [90%, 100%): 3; [0, 90%): 0 } }",
     '"95%"', "95%", 3),
    ("weight 3 { target <= 100%; score deduct 0.5 per 1% above 100% }", '"102%"', "102%", 2),
    ("weight 2 { score checklist { 甲: 1; 乙: 1 } }", '["甲"]', "[甲]", 1),
    ("weight 4 { score grade { 完备: 4; 较完备: 2..3; 不完备: 0 } }", '"完备"', "完备", 4),
    ("weight 1 { target >= 60; score met }", "70", "70", 1),
)


@family("indicators", "many indicators, in groups of 10 in groups of 10, with mixed rules",
        [CHECK, EVAL, TEST, GENERATE], OK, large=LARGE)
def gen_indicators(s):
    n = 100 * s
    rules = [MIXED[k % len(MIXED)] for k in range(n)]
    lines = [f"# {n} indicators with mixed rules", 'rubric "indicators" {', "    round 2"]
    for a in range(0, n, 100):
        lines.append(f"    group 一级{a // 100 + 1} {{")
        for b in range(a, min(n, a + 100), 10):
            lines.append(f"        group 二级{b // 10 + 1} {{")
            lines += [f"            indicator 指标{k + 1} {rules[k][0]}"
                      for k in range(b, min(n, b + 10))]
            lines.append("        }")
        lines.append("    }")
    total = sum(r[3] for r in rules)
    lines += ['    test "all" {', "        given {"]
    lines += [f"            指标{k + 1}: {rules[k][2]}" for k in range(n)]
    lines += ["        }", f"        expect {{ total: {total:g} }}", "    }", "}"]
    data = "{\n" + ",\n".join(f'  "指标{k + 1}": {rules[k][1]}' for k in range(n)) + "\n}\n"
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": data}


BATCH_TEMPLATE = """# a batch: units scored one after another
rubric "批量" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
    }
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 4 { score judged }
    }
}
"""


@family("batch", "many units in one CSV file and one NDJSON file, scored with no allocation "
        "per unit", [("batch-csv", ["eval", "-f", "csv", "-j", "1", "t.rubric", "units.csv"]),
                     ("batch-ndjson", ["eval", "-f", "csv", "-j", "1", "t.rubric", "units.ndjson"])],
        OK, per_byte=(0.1, "units.csv"))
def gen_batch(s):
    n = 1000 * s  # units

    def csv():
        yield "项目编号,预算资金,实际到位资金,制度健全性,满意度,社会效益,社会效益.得分\n"
        for i in range(n):
            items = ["财务制度", "财务制度、项目制度", "无"][i % 3]
            yield f"P{i},200,{180 + i % 30},{items},{85 + i % 15}.{i % 100:02d}%,显著,{i % 5}\n"

    def ndjson():
        for i in range(n):
            items = [["财务制度"], ["财务制度", "项目制度"], []][i % 3]
            yield ("{" + f'"项目编号": "P{i}", "预算资金": 200, "实际到位资金": {180 + i % 30}, '
                   f'"制度健全性": {json.dumps(items, ensure_ascii=False)}, '
                   f'"满意度": "{85 + i % 15}.{i % 100:02d}%", '
                   f'"社会效益": {{"actual": "显著", "score": {i % 5}}}' + "}\n")
    return {"t.rubric": BATCH_TEMPLATE, "units.csv": csv(), "units.ndjson": ndjson()}


# ---- numbers -------------------------------------------------------------

@family("band-digits", "band bounds of thousands of digits over an integer input",
        [CHECK, EVAL, TEST], LIMIT)
def gen_band_digits(s):
    d = 40 * s
    b1 = int(digits(d))
    b2 = b1 * 2
    v = b1 + 7
    lines = [f"# band bounds of {d} digits over an integer; {b1 % 1000} (mod 1000) falls in no band",
             'rubric "band digits" {', "    input 件数: integer", "    group 组 {",
             "        indicator 数量 weight 10 {", "            actual 件数", "            score bands {",
             f"                [0, {b1}): 10",
             f"                ({b1}, {b2}]: 5",
             f"                > {b2}: 0",
             "            }", "        }", "    }",
             '    test "big" {', f"        given {{ 件数: {v} }}", "        expect { 数量: 5 }", "    }",
             "}"]
    return {"t.rubric": "\n".join(lines) + "\n", "d.json": f'{{"件数": {v}}}\n'}


# ---- writing -------------------------------------------------------------

def stamp():
    with open(__file__, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def size_dir(out, fam, size):
    return os.path.join(out, fam.name, f"x{size}")


def generate(out, fam, size):
    """Writes family fam at size into OUTDIR/NAME/xSIZE (unless its stamp says
    it is there already) and returns the directory."""
    d = size_dir(out, fam, size)
    st = os.path.join(d, ".stamp")
    want = stamp()
    try:
        with open(st) as f:
            if f.read().strip() == want:
                return d
    except OSError:
        pass
    os.makedirs(d, exist_ok=True)
    if os.path.exists(st):
        os.remove(st)
    for name, content in fam.gen(size).items():
        tmp = os.path.join(d, name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            if isinstance(content, str):
                f.write(content)
            else:
                buf = []
                for chunk in content:
                    buf.append(chunk)
                    if len(buf) >= 4096:
                        f.write("".join(buf))
                        buf = []
                f.write("".join(buf))
        os.replace(tmp, os.path.join(d, name))
    with open(st, "w") as f:
        f.write(want + "\n")
    return d


def main(argv):
    if argv[1:] == ["--list"]:
        for f in FAMILIES:
            sizes = "/".join(f"x{s}" for s in f.sizes) + (f" (x{f.large})" if f.large else "")
            print(f"{f.name:20} {sizes:20} {f.what}")
        return 0
    if len(argv) < 2 or argv[1].startswith("-"):
        print("usage: tests/scale/gen.py OUTDIR [FAMILY[:SIZE]...] | --list", file=sys.stderr)
        return 2
    out = argv[1]
    wanted = argv[2:] or [f.name for f in FAMILIES]
    for w in wanted:
        name, _, size = w.partition(":")
        fam = by_name(name)
        if fam is None:
            print(f"gen.py: no family '{name}' (--list lists them)", file=sys.stderr)
            return 2
        sizes = [int(size.lstrip("x×"))] if size else fam.sizes
        for sz in sizes:
            print(generate(out, fam, sz))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
