#!/usr/bin/env python3
"""fractions_peer.py UNITS.csv - seed 004 (examples/quality-inspection-2018.rubric) scored by
hand in Python, exactly, with fractions.Fraction: the peer `make bench` compares rubric with.

It reads the CSV of tests/bench/gen_units.py and writes what `rubric eval -f csv` writes for
it: the identity column, every group's and indicator's score in table order, the total, the
grade and the error count.  A row whose rule cannot score its value (a value in no band, an
item or a level the rule does not know, a ranged level without its score) is pending, as
docs/language.md says: 待核实 in its column, in its groups' and in the grade's, the other rows
scored, no total, and an error per value the rule refused.  A cell that cannot
be read fails the unit: its identity and 1 error.  Written from the published table's rules
(docs/language.md says how each kind of rule scores), not from rubric's code.
"""
import csv
import sys
from fractions import Fraction as F

W = {  # indicator: weight
    "目标明确性": 5, "人员控制率": 3, "资金到位率": 4, "预算完成率": 4, "预算调整率": 4,
    "财务制度健全性": 3, "资金使用规范性": 4, "预决算信息公开性": 4, "委托检验合同的完备性": 4,
    "车辆、仪器管理制度健全性": 4, "项目管理制度": 4, "公务接待费用控制性": 4, "委托抽检批次": 4,
    "实际国家级监督抽查批次": 4, "省级监督抽查批次": 4, "市级监督抽查批次": 4,
    "承担各类检验工作的过程中涉及的成本消耗率": 5, "检验报告准确率": 4, "抽检结果通知率": 4,
    "抽检结果公示率": 4, "异议处理及时性": 5, "获奖情况": 7, "社会满意度": 8,
}
# the table: (name, depth, children) in order; a group's score is the sum of its rows
TABLE = [
    ("投入", [("目标设定", ["目标明确性"]), ("预算配置", ["人员控制率"]), ("资金落实", ["资金到位率"])]),
    ("过程", [("资金管理", ["预算完成率", "预算调整率", "财务制度健全性", "资金使用规范性", "预决算信息公开性"]),
              ("项目管理", ["委托检验合同的完备性", "车辆、仪器管理制度健全性", "项目管理制度", "公务接待费用控制性"])]),
    ("产出", [("项目效益", ["委托抽检批次", "实际国家级监督抽查批次", "省级监督抽查批次", "市级监督抽查批次",
                        "承担各类检验工作的过程中涉及的成本消耗率", "检验报告准确率", "抽检结果通知率",
                        "抽检结果公示率", "异议处理及时性"])]),
    ("效果", [("社会效益", ["获奖情况", "社会满意度"])]),
]
CHECKLISTS = {
    "目标明确性": {"指标明确细化": 1, "指标值可衡量": 1, "与年度任务相对应": 1, "与预算资金相匹配": 1},
    "财务制度健全性": {"财务会计制度": 2, "制度完整": 1},
    "资金使用规范性": {"合规": 1, "审批完整": 1, "用途相符": 1, "无违规使用": 1},
    "预决算信息公开性": {"内容合规": 2, "时限合规": 2},
    "车辆、仪器管理制度健全性": {"管理制度": 2, "维护保养制度": 2},
}
PROPORTIONAL = {  # indicator: target (actual >= target)
    "委托抽检批次": F(10000), "实际国家级监督抽查批次": F(500), "省级监督抽查批次": F(1200),
    "市级监督抽查批次": F(2000), "承担各类检验工作的过程中涉及的成本消耗率": F(90, 100),
    "检验报告准确率": F(95, 100), "抽检结果通知率": F(1), "抽检结果公示率": F(1), "社会满意度": F(80, 100),
}


class Fail(Exception):
    pass


def num(s):
    s = s.strip()
    if s.endswith("%"):
        return F(s[:-1]) / 100
    return F(s)


def items(s):
    for sep in "、，；;":
        s = s.replace(sep, ",")
    return [x.strip() for x in s.split(",") if x.strip()]


def round2(x):
    """Half up (away from zero) to 2 decimals, as the template's `round 2`."""
    q = x * 100
    n = (abs(q.numerator) * 2 + q.denominator) // (2 * q.denominator)
    return F(n if x >= 0 else -n, 100)


def proportional(a, t, w):
    return F(w) if a >= t else max(F(0), a / t * w)


def deduct(distance, x, y, w):
    steps = max(F(0), distance) // y
    return max(F(0), w - min(F(w), steps * x))


PENDING = "待核实"


def scores(row):
    """The rows' scores (PENDING for a row its rule cannot score) and the errors."""
    s, errors = {}, 0
    for name, pts in CHECKLISTS.items():
        got, seen, bad = items(row[name]), set(), 0
        for g in got:  # an error for each item unknown or listed again
            bad += g not in pts or g in seen
            seen.add(g)
        errors += bad
        s[name] = PENDING if bad else F(sum(pts[g] for g in got))
    s["人员控制率"] = deduct(num(row["人员控制率"]) - 1, F(1, 2), F(1, 100), 3)
    a = num(row["资金到位率"])
    if a >= 1:
        s["资金到位率"] = F(4)
    elif F(9, 10) < a < 1:
        s["资金到位率"] = F(3)
    elif F(8, 10) < a < F(9, 10):
        s["资金到位率"] = F(2)
    elif F(0) <= a < F(8, 10):
        s["资金到位率"] = F(0)
    else:
        s["资金到位率"], errors = PENDING, errors + 1
    a = num(row["预算完成率"])
    s["预算完成率"] = F(4) if a >= 1 else F(0) if a <= F(9, 10) else (a - F(9, 10)) / F(1, 10) * 4
    a = num(row["预算调整率"])
    s["预算调整率"] = F(4) if a == 0 else F(2) if 0 < a <= F(1, 10) else F(0) if a > F(1, 10) else PENDING
    errors += s["预算调整率"] is PENDING
    level = row["委托检验合同的完备性"]
    s["委托检验合同的完备性"] = {"完备": F(4), "基本完备": F(1), "不完备": F(0)}.get(level, PENDING)
    errors += s["委托检验合同的完备性"] is PENDING
    pick = num(row["项目管理制度.得分"])
    s["项目管理制度"] = pick if row["项目管理制度"] == "有制度" and 2 <= pick <= 3 else PENDING
    errors += s["项目管理制度"] is PENDING
    s["公务接待费用控制性"] = deduct(num(row["公务接待问题数"]), F(1), F(1), 4)
    s["异议处理及时性"] = deduct(num(row["异议处理不及时数"]), F(1), F(1), 5)
    a = num(row["获奖数"])
    s["获奖情况"] = F(0) if a < 1 else min(F(7), 3 + (a - 1) // 1 * 1)
    for name, t in PROPORTIONAL.items():
        s[name] = proportional(num(row[name]), t, W[name])
    return {k: v if v is PENDING else round2(v) for k, v in s.items()}, errors


def show(x):
    """Exact decimal text, as rubric writes a score: no trailing zeros."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, frac = divmod(x.numerator * 100 // x.denominator, 100)
    text = "%d.%02d" % (whole, frac)
    text = text.rstrip("0").rstrip(".")
    return sign + text


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def main() -> None:
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    names = []
    for top, subs in TABLE:
        names.append(top)
        for sub, rows in subs:
            names.append(sub)
            names.extend(rows)
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        out.writerow(["项目编号"] + names + ["total", "grade", "errors"])
        for row in reader:
            try:
                s, errors = scores(row)
            except (Fail, KeyError, ValueError, ZeroDivisionError):
                out.writerow([row["项目编号"]] + [""] * (len(names) + 2) + ["1"])
                continue
            cells, total = {}, F(0)
            for top, subs in TABLE:
                t, top_pending = F(0), False
                for sub, rows in subs:
                    g = sum((s[r] for r in rows if s[r] is not PENDING), F(0))
                    pending = any(s[r] is PENDING for r in rows)
                    cells[sub] = PENDING if pending else g  # a subtotal of some rows only
                    top_pending |= pending
                    t += g
                cells[top] = PENDING if top_pending else t
                total += t
            cells.update(s)
            shown = [PENDING if cells[n] is PENDING else show(cells[n]) for n in names]
            if errors:  # rows pending: no total, and no grade
                out.writerow([row["项目编号"]] + shown + ["", PENDING, str(errors)])
            else:
                out.writerow([row["项目编号"]] + shown + [show(total), grade(total), "0"])


if __name__ == "__main__":
    main()
