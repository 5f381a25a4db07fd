#!/usr/bin/env python3
"""gen_units.py N OUT.csv - N units of seed 004 (examples/quality-inspection-2018.rubric) as
a CSV file, as a spreadsheet exports them: an identity column, then every input.

The values are drawn (with a fixed seed, so every run writes the same file) around the
published unit's, so that every rule is exercised: rates on both sides of their targets
and of their bands' bounds, counts above and below the plan, checklists with some items
met, and now and then a value in a gap of the published bands (资金到位率 of exactly 90%),
which the template refuses: those units fail, as they would in a real batch.  Percents are
written as tables write them, some whole, some to two decimals: 社会满意度 of 83.45% scores
8.345, a half-way point of `round 2`, which binary floating point gets wrong.
"""
import random
import sys


def main() -> None:
    n, out = int(sys.argv[1]), sys.argv[2]
    rnd = random.Random(4)
    head = ["项目编号", "目标明确性", "人员控制率", "资金到位率", "预算完成率", "预算调整率",
            "财务制度健全性", "资金使用规范性", "预决算信息公开性", "委托检验合同的完备性",
            "车辆、仪器管理制度健全性", "项目管理制度", "项目管理制度.得分", "公务接待问题数",
            "委托抽检批次", "实际国家级监督抽查批次", "省级监督抽查批次", "市级监督抽查批次",
            "承担各类检验工作的过程中涉及的成本消耗率", "检验报告准确率", "抽检结果通知率",
            "抽检结果公示率", "异议处理不及时数", "获奖数", "社会满意度"]
    goals = ["指标明确细化", "指标值可衡量", "与年度任务相对应"]
    rules = ["合规", "审批完整", "用途相符", "无违规使用"]
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(head) + "\r\n")
        for i in range(n):
            pick = lambda items: "、".join(x for x in items if rnd.random() < 0.8) or items[0]
            row = [
                "P%07d" % i,
                pick(goals),
                "%d%%" % rnd.randint(80, 110),
                "%.2f%%" % rnd.uniform(80, 170),
                "%.2f%%" % rnd.uniform(50, 140),
                "%d%%" % rnd.choice([0, 0, 0, 5, 12]),
                rnd.choice(["财务会计制度", "财务会计制度、制度完整", "制度完整"]),
                '"' + (",".join(x for x in rules if rnd.random() < 0.85) or rules[1]) + '"',
                rnd.choice(["内容合规;时限合规", "内容合规", "时限合规"]),
                rnd.choice(["完备", "完备", "基本完备", "不完备"]),
                rnd.choice(["管理制度，维护保养制度", "管理制度", "维护保养制度"]),
                "有制度",
                str(rnd.randint(2, 3)),
                str(rnd.randint(0, 2)),
                str(rnd.randint(5000, 12000)),
                str(rnd.randint(500, 900)),
                str(rnd.randint(1000, 2000)),
                str(rnd.randint(500, 1000)),
                "%d%%" % rnd.randint(70, 100),
                "%.2f%%" % rnd.uniform(95, 100),
                "%d%%" % rnd.choice([100, 100, 98]),
                "%d%%" % rnd.choice([100, 100, 95]),
                str(rnd.randint(0, 2)),
                str(rnd.randint(0, 6)),
                "%.2f%%" % rnd.uniform(60, 100),  # a survey's result, to two decimals
            ]
            f.write(",".join(row) + "\r\n")


if __name__ == "__main__":
    main()
