"""test_rubric.py - unittest tests of the rubric package over librubric.so.0.

Run from the repository root with tests/run-python BUILD, or:

    RUBRIC_LIBRARY=build/librubric.so.0 PYTHONPATH=bindings/python \\
        python3 -m unittest discover -s bindings/python/tests

They cover seed 004 from its files and from a mapping, every kind of
value, overrides, rows not applicable, published scores and verify, the
diagnostics exceptions carry, misuse, scoring from threads, the lifetime
of templates and results, formatting, and messages in Chinese.
"""

from __future__ import annotations

import datetime
import errno
import gc
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import unittest
from decimal import Decimal
from fractions import Fraction
from typing import Any, Dict, List, Tuple

import rubric
from rubric import _lib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PACKAGE = os.path.join(os.path.dirname(HERE), "rubric")
SEED = os.path.join(ROOT, "examples", "quality-inspection-2018")

# a template with an input of every type and most rules
ALL_TYPES = """\
rubric "全类型" {
    total 23
    round 2
    input 预算: number unit "万元"
    input 执行: number
    input 完成日期: date
    input 按期: bool
    input 问题数: integer
    input 整改事项: list
    input 评价等级: text default "合格"
    group 产出 {
        indicator 执行率 weight 4 { actual 执行 / 预算; target >= 90%; score proportional }
        indicator 完成率 weight 3 { target >= 95%; score met; unit "%"; note "完成数/计划数" }
        indicator 及时性 weight 2 { actual 完成日期; target by 2020-12-31; score met }
        indicator 按期完成 weight 1 { score if 按期 then weight else 0 }
        indicator 整改 weight 2 { actual 整改事项; score checklist { 甲: 1; 乙: 1 } }
        indicator 评级 weight 1 { actual 评价等级; target "合格"; score met }
    }
    group 效益 {
        indicator 满意度 weight 2 { target "满意"; score grade { 满意: 2; 基本满意: 1; 不满意: 0 } }
        indicator 制度 weight 2 { score checklist { 有制度: 1; 执行: 1 } }
        indicator 问题 weight 2 { actual 问题数; score deduct 1 per 1 }
        indicator 社会效益 weight 2 { score judged }
        indicator 建设 weight 2 { score grade { 完备: 2; 较完备: 1..1.5; 不完备: 0 } }
    }
}
"""

# values for ALL_TYPES in Python's own types: 17.6, 中
ALL_VALUES: Dict[str, Any] = {
    "预算": Decimal("100"),
    "执行": 81,
    "完成日期": datetime.date(2020, 12, 1),
    "按期": True,
    "问题数": 1,
    "整改事项": ("甲",),
    "完成率": "≥96%",
    "满意度": "基本满意",
    "制度": ["有制度"],
    "社会效益": {"actual": "良好", "score": Decimal("1.5"), "reason": "部分"},
    "建设": {"level": "较完备", "score": "1.5"},
}

BAD_NAME = 'rubric "x" {\n    indicator 甲 weight 10 { actual 乙; score met }\n}\n'


def seed_values() -> Dict[str, Any]:
    """Seed 004's data as a mapping, numbers with a fraction as Decimal."""
    with open(SEED + ".json", encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def snapshot(r: rubric.Result) -> Tuple[Any, ...]:
    """Everything a result says, comparable."""
    return (r.total, r.grade, tuple(r.items))


def setUpModule() -> None:
    rubric.set_language("en")


class Seed(unittest.TestCase):
    """Seed 004 (examples/quality-inspection-2018): 93.92, 优."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.t = rubric.Template.load(SEED + ".rubric")

    def test_from_files(self) -> None:
        r = self.t.score_file(SEED + ".json")
        self.assertEqual(r.total, Decimal("93.92"))
        self.assertIsInstance(r.total, Decimal)
        self.assertEqual(r.grade, "优")

    def test_from_json_text(self) -> None:
        with open(SEED + ".json", encoding="utf-8") as f:
            r = self.t.score_json(f.read())
        self.assertEqual((r.total, r.grade), (Decimal("93.92"), "优"))

    def test_from_mapping(self) -> None:
        r = self.t.score(seed_values())
        self.assertEqual(r.total, Decimal("93.92"))
        self.assertEqual(r.grade, "优")
        self.assertEqual(r["市级监督抽查批次"].score, Decimal("1.92"))
        self.assertEqual(r["市级监督抽查批次"].raw_score, Decimal("1.924"))
        self.assertEqual(r["项目管理制度"].score, Decimal("3"))  # a picked level
        self.assertEqual(r["项目管理制度"].actual, "有制度")
        self.assertEqual(r["产出"].score, Decimal("35.92"))
        self.assertEqual(snapshot(r), snapshot(self.t.score_file(SEED + ".json")))

    def test_groups_add_up(self) -> None:
        r = self.t.score(seed_values())
        top = [g for g in r.groups if g.parent is None]
        self.assertEqual([g.name for g in top], ["投入", "过程", "产出", "效果"])
        self.assertEqual(sum(g.score for g in top), r.total)
        self.assertEqual(sum(i.score for i in r.indicators), r.total)

    def test_template(self) -> None:
        t = self.t
        self.assertEqual(t.title, "2018质量检验检测成本绩效评价")
        self.assertEqual(t.total, Decimal("100"))
        self.assertEqual(t.decimals, 2)
        self.assertEqual(t.grades, ("优", "良", "中", "差"))
        self.assertEqual(len(t.indicators), 23)
        self.assertEqual(t.input("人员控制率").type, "percent")
        self.assertEqual(t.input("获奖数").type, "number")
        self.assertEqual(t.input("目标明确性").type, "list")
        self.assertEqual(t.input("委托检验合同的完备性").type, "text")

    def test_check_warnings(self) -> None:
        # the seed allows its published standard's two warnings, each by a
        # comment with its reason; without those comments they are back
        self.assertEqual(self.t.check(), [])
        with open(SEED + ".rubric", encoding="utf-8") as f:
            text = "".join(line for line in f if "# rubric: allow" not in line)
        t = rubric.Template.from_text(text, SEED + ".rubric")
        ws = t.check()
        self.assertEqual([w.code for w in ws], ["W203", "W201"])
        self.assertTrue(all(w.severity == "warning" and not w.is_error for w in ws))
        self.assertEqual((ws[0].line, ws[0].column), (18, 23))
        self.assertEqual((ws[1].line, ws[1].column), (40, 21))
        self.assertEqual(ws[1].file, SEED + ".rubric")
        self.assertIn("80% and 90% fall in no band", ws[1].message)
        self.assertEqual(t.warnings, ws)

    def test_text_and_json(self) -> None:
        r = self.t.score(seed_values())
        text = r.to_text()
        self.assertIn("93.92", text)
        self.assertIn("市级监督抽查批次", text)
        report = json.loads(r.to_json())
        self.assertEqual(report["total"], 93.92)
        d = r.to_dict()
        self.assertEqual(d["total"], Decimal("93.92"))
        self.assertEqual(d["grade"], "优")

    def test_nothing_to_verify(self) -> None:
        r = self.t.score(seed_values())
        with self.assertRaises(rubric.DataError) as cm:
            r.verify()
        self.assertEqual(cm.exception.diagnostics[0].code, "E316")


class Examples(unittest.TestCase):
    """Every example scores as `rubric eval --format json [--verify]` does."""

    def test_examples(self) -> None:
        cli = os.path.join(os.path.dirname(os.path.abspath(os.environ["RUBRIC_LIBRARY"])), "rubric")
        if not os.path.exists(cli):
            self.skipTest(f"no {cli}")
        names = sorted(n[:-7] for n in os.listdir(os.path.join(ROOT, "examples")) if n.endswith(".rubric"))
        self.assertGreaterEqual(len(names), 5)
        env = dict(os.environ, LC_ALL="C.UTF-8")
        env.pop("LANGUAGE", None)
        for name in names:
            base = os.path.join(ROOT, "examples", name)
            if not os.path.exists(base + ".json"):
                continue
            with self.subTest(name):
                t = rubric.Template.load(base + ".rubric")
                r = t.score_file(base + ".json")
                for verify in (False, True):
                    args = [cli, "eval", "--format", "json"] + (["--verify"] if verify else [])
                    out = subprocess.run(args + [base + ".rubric", base + ".json"],
                                         capture_output=True, text=True, env=env, timeout=60)
                    if out.stdout or not verify:  # verify of nothing published: an error
                        self.assertEqual(r.to_json(verify=verify), out.stdout)
                report = json.loads(r.to_json(verify=True), parse_float=Decimal)
                rows = {i["name"]: i for i in report["indicators"]}
                for row in r.indicators:  # the rows as the report has them
                    self.assertEqual(row.reason, rows[row.name]["reason"])
                    if row.applicable:  # the library shows "/" for the others
                        self.assertEqual(row.actual, rows[row.name]["actual"])
                if out.stdout:  # something published
                    self.assertEqual(r.verify().findings, len(report["verify"]["findings"]))
                else:
                    self.assertRaises(rubric.DataError, r.verify)


class Values(unittest.TestCase):
    """Every kind of value a mapping may hold."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.t = rubric.Template.from_text(ALL_TYPES, "all.rubric")

    def score(self, **changes: Any) -> rubric.Result:
        values = dict(ALL_VALUES)
        for k, v in changes.items():
            if v is None:
                values.pop(k, None)
            else:
                values[k] = v
        return self.t.score(values)

    def test_every_kind(self) -> None:
        r = self.score()
        self.assertEqual((r.total, r.grade), (Decimal("17.6"), "中"))
        self.assertEqual(r["执行率"].score, Decimal("3.6"))
        self.assertEqual(r["执行率"].actual, "81%")
        self.assertEqual(r["完成率"].actual, "96%")
        self.assertEqual(r["及时性"].score, Decimal("2"))
        self.assertEqual(r["按期完成"].score, Decimal("1"))
        self.assertEqual(r["整改"].score, Decimal("1"))
        self.assertEqual(r["评级"].score, Decimal("1"))  # the text input's default
        self.assertEqual(r["问题"].score, Decimal("1"))
        self.assertEqual(r["社会效益"].score, Decimal("1.5"))
        self.assertTrue(r["社会效益"].judged)
        self.assertEqual(r["社会效益"].actual, "良好")
        self.assertEqual(r["社会效益"].reason, "部分")
        self.assertEqual(r["建设"].score, Decimal("1.5"))
        self.assertFalse(r["建设"].overridden)

    def test_same_as_json(self) -> None:
        data = json.dumps({
            "预算": 100, "执行": "81", "完成日期": "2020-12-01", "按期": True, "问题数": 1,
            "整改事项": ["甲"], "完成率": "≥96%", "满意度": "基本满意", "制度": ["有制度"],
            "社会效益": {"actual": "良好", "score": 1.5, "reason": "部分"},
            "建设": {"level": "较完备", "score": "1.5"},
        }, ensure_ascii=False)
        self.assertEqual(snapshot(self.t.score_json(data)), snapshot(self.score()))

    def test_strings_read_by_type(self) -> None:
        r = self.score(预算="100", 执行="81.0", 完成日期="2020年12月1日", 按期="是", 问题数="1",
                       完成率="96%")
        self.assertEqual(r.total, Decimal("17.6"))
        r = self.score(完成日期="2021-01-01", 按期="否", 完成率="≥ 90%")
        self.assertEqual(r["及时性"].score, Decimal("0"))
        self.assertEqual(r["按期完成"].score, Decimal("0"))
        self.assertEqual(r["完成率"].score, Decimal("0"))

    def test_numbers_exact(self) -> None:
        r = self.score(预算=Decimal("1E+2"), 执行=Decimal("81.00000000000000000000009"))
        # 4 × 81.00000000000000000000009% / 90%, exactly
        self.assertEqual(r["执行率"].raw_score, Decimal("3.600000000000000000000004"))
        self.assertEqual(r["执行率"].score, Decimal("3.6"))
        r = self.score(预算=Decimal("100"), 执行=Decimal("80.999999999999999999999"))
        self.assertEqual(r["执行率"].raw_score, Fraction(80999999999999999999999, 22500000000000000000000))
        r = self.score(预算=10 ** 30, 执行=9 * 10 ** 29)  # past 64 bits
        self.assertEqual(r["执行率"].score, Decimal("4"))

    def test_fraction(self) -> None:
        r = self.score(预算=Decimal("300"), 执行=Decimal("90"))
        # 4 × 30% / 90% = 4/3: no decimal is exact
        self.assertEqual(r["执行率"].raw_score, Fraction(4, 3))
        self.assertEqual(r["执行率"].score, Decimal("1.33"))

    def test_bool_and_none(self) -> None:
        r = self.score(按期=False, 评价等级=None)
        self.assertEqual(r["按期完成"].score, Decimal("0"))
        values = dict(ALL_VALUES, 评价等级=None)  # None: missing, so its default
        self.assertEqual(self.t.score(values)["评级"].score, Decimal("1"))
        r = self.score(评价等级="不合格")
        self.assertEqual(r["评级"].score, Decimal("0"))

    def test_lists(self) -> None:
        self.assertEqual(self.score(整改事项=["甲", "乙"])["整改"].score, Decimal("2"))
        self.assertEqual(self.score(整改事项=[])["整改"].score, Decimal("0"))
        self.assertEqual(self.score(制度=("有制度", "执行"))["制度"].score, Decimal("2"))

    def test_percent_needs_its_sign(self) -> None:
        with self.assertRaises(rubric.DataError) as cm:
            self.score(完成率=Decimal("0.96"))
        d = cm.exception.diagnostics[0]
        self.assertEqual(d.code, "E302")
        self.assertIn("完成率", d.message)
        self.assertIn("96%", d.help or "")
        self.assertEqual(d.item, -1)  # refused as it was given, before any scoring

    def test_integer_must_be_whole(self) -> None:
        with self.assertRaises(rubric.DataError) as cm:
            self.score(问题数=Decimal("1.5"))
        self.assertIn("问题数", cm.exception.diagnostics[0].message)

    def test_nfc_keys(self) -> None:
        t = rubric.Template.from_text(
            'rubric "x" {\n    total 2\n    indicator Café weight 2 { target >= 1; score met }\n}\n')
        self.assertEqual(t.score({"Cafe\u0301": 1}).total, Decimal("2"))
        self.assertEqual(t.input("Cafe\u0301").name, "Café")


class Rows(unittest.TestCase):
    """Overrides, reasons, rows not applicable, published scores, verify."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.t = rubric.Template.from_text(ALL_TYPES, "all.rubric")

    def score(self, **changes: Any) -> rubric.Result:
        values = dict(ALL_VALUES)
        values.update(changes)
        return self.t.score(values)

    def test_override_computed(self) -> None:
        r = self.score(执行率={"score": 4, "reason": "预算调减"})
        row = r["执行率"]
        self.assertTrue(row.overridden)
        self.assertEqual((row.score, row.rule_score), (Decimal("4"), Decimal("3.6")))
        self.assertEqual(row.reason, "预算调减")
        self.assertEqual(r.total, Decimal("18"))

    def test_override_own_input(self) -> None:
        r = self.score(完成率={"actual": "90%", "score": Decimal("2"), "reason": "接近目标"})
        row = r["完成率"]
        self.assertTrue(row.overridden)
        self.assertEqual((row.score, row.rule_score), (Decimal("2"), Decimal("0")))
        self.assertEqual(row.actual, "90%")
        self.assertEqual(row.reason, "接近目标")

    def test_chinese_fields(self) -> None:
        r = self.score(完成率={"实际值": "90%", "得分": 2, "偏差原因": "接近目标"})
        self.assertEqual(r["完成率"].score, Decimal("2"))
        self.assertEqual(r["完成率"].reason, "接近目标")

    def test_actual_only_row(self) -> None:
        r = self.score(完成率={"actual": "99%", "reason": "/"})
        self.assertEqual(r["完成率"].score, Decimal("3"))
        self.assertIsNone(r["完成率"].reason)  # "/": none

    def test_override_out_of_range(self) -> None:
        with self.assertRaises(rubric.DataError) as cm:
            self.score(执行率={"score": 5})
        self.assertEqual(cm.exception.diagnostics[0].code, "E313")

    def test_inapplicable(self) -> None:
        for mark in ("/", "不适用"):
            r = self.score(制度=mark)
            row = r["制度"]
            self.assertFalse(row.applicable)
            self.assertIsNone(row.score)
            self.assertEqual(r.total, Decimal("16.6"))
        self.assertFalse(self.score(执行率="/")["执行率"].applicable)
        self.assertFalse(self.score(执行率={"actual": "/"})["执行率"].applicable)
        # the inputs only it needs may be missing then
        values = dict(ALL_VALUES, 执行率="/")
        del values["执行"], values["预算"]
        self.assertEqual(self.t.score(values).total, Decimal("14"))
        r = self.score(完成率={"actual": "/"})
        self.assertFalse(r["完成率"].applicable)

    def test_published_and_verify(self) -> None:
        r = self.score(执行率={"published": Decimal("3.6")}, **{"$published": {"total": "17.6"}})
        self.assertEqual(r["执行率"].published, Decimal("3.6"))
        self.assertEqual(r.published_total, Decimal("17.6"))
        v = r.verify()
        self.assertEqual(v.findings, 0)
        self.assertTrue(v.ok)
        self.assertEqual(v.checked, 1)
        self.assertFalse(r["执行率"].disagrees)

    def test_verify_findings(self) -> None:
        r = self.score(执行率={"published": 4}, 完成率={"actual": "96%", "published": 3},
                       **{"$published": {"total": 18}})
        v = r.verify()
        self.assertEqual(v.findings, 2)
        self.assertEqual(int(v), 2)
        self.assertEqual(v.rows, ("执行率",))
        self.assertTrue(r["执行率"].disagrees)
        self.assertFalse(r["完成率"].disagrees)
        self.assertEqual(v.published_total, Decimal("18"))
        kinds = [f["kind"] for f in v.details]
        self.assertEqual(kinds, ["row", "total"])
        self.assertIn("≠", r.to_text(verify=True))

    def test_published_grade(self) -> None:
        r = self.score(**{"$published": {"total": "17.6", "grade": "良"}})
        v = r.verify()
        self.assertEqual(v.findings, 1)
        self.assertEqual(v.published_grade, "良")
        self.assertEqual(v.details[0]["kind"], "grade")

    def test_judged_needs_score(self) -> None:
        values = dict(ALL_VALUES, 社会效益={"actual": "良好"})
        with self.assertRaises(rubric.DataError) as cm:
            self.t.score(values)
        d = cm.exception.diagnostics[0]
        self.assertEqual(d.code, "E303")
        self.assertIsNone(d.file)  # the mapping is no file
        self.assertEqual((d.line, d.column), (0, 0))
        r = self.score(社会效益=Decimal("2"))
        self.assertEqual(r["社会效益"].score, Decimal("2"))
        r = self.score(社会效益={"score": 0})
        self.assertEqual(r["社会效益"].score, Decimal("0"))

    def test_level_needs_pick(self) -> None:
        with self.assertRaises(rubric.DataError) as cm:
            self.score(建设="较完备")
        self.assertEqual(cm.exception.diagnostics[0].code, "E311")
        # an error an indicator reports while scored says which one
        self.assertEqual(self.t.items[cm.exception.diagnostics[0].item].name, "建设")
        self.assertEqual(self.score(建设="完备")["建设"].score, Decimal("2"))


class Diagnostics(unittest.TestCase):
    """What exceptions carry."""

    def test_template_error(self) -> None:
        with self.assertRaises(rubric.TemplateError) as cm:
            rubric.Template.from_text(BAD_NAME, "bad.rubric")
        e = cm.exception
        self.assertIsInstance(e, rubric.RubricError)
        d = e.diagnostics[0]
        self.assertEqual(d.code, "E101")
        self.assertEqual(d.name, "unknown-name")
        self.assertEqual(d.severity, "error")
        self.assertEqual((d.line, d.column), (2, 36))
        self.assertEqual(d.file, "bad.rubric")
        self.assertEqual(BAD_NAME.encode()[d.start:d.end].decode(), "乙")
        self.assertEqual((d.end_line, d.end_column), (2, 37))
        text = str(e)
        self.assertIn("bad.rubric:2:36: error[E101]:", text)
        self.assertIn("'乙'", text)

    def test_template_file_error(self) -> None:
        with self.assertRaises(rubric.TemplateFileError) as cm:
            rubric.Template.load(os.path.join(ROOT, "no", "such", "file.rubric"))
        e = cm.exception
        self.assertIsInstance(e, OSError)
        self.assertIsInstance(e, rubric.TemplateError)
        self.assertEqual(e.errno, errno.ENOENT)
        self.assertEqual(e.diagnostics[0].code, "E007")

    def test_data_error(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        values = dict(ALL_VALUES, 执行="许多")
        del values["预算"]
        with self.assertRaises(rubric.DataError) as cm:
            t.score(values)
        e = cm.exception
        codes = [d.code for d in e.diagnostics]
        self.assertEqual(codes, ["E302", "E303"])  # every error, in one run
        self.assertIn("执行", e.diagnostics[0].message)
        self.assertIn("预算", e.diagnostics[1].message)
        self.assertEqual(e.diagnostics[0].line, 0)
        self.assertEqual(e.diagnostics[1].file, "all.rubric")  # where 预算 is declared
        self.assertEqual(e.diagnostics[1].line, 4)
        self.assertIn("2 errors", str(e))

    def test_errors_of_a_pooled_unit_past_100(self) -> None:
        # units are pooled, and a reporter shows 100 errors at most: the
        # 130th bad run still says what is wrong
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        values = dict(ALL_VALUES, 执行="许多")
        for _ in range(130):
            with self.assertRaises(rubric.DataError) as cm:
                t.score(values)
            self.assertEqual([d.code for d in cm.exception.diagnostics], ["E302"])
            self.assertIn("1 error", str(cm.exception))

    def test_json_errors_point_into_it(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        with self.assertRaises(rubric.DataError) as cm:
            t.score_json('{\n  "预算": "x"\n}\n', "u.json")
        d = cm.exception.diagnostics[0]
        self.assertEqual((d.file, d.line, d.code), ("u.json", 2, "E302"))

    def test_unknown_name(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        with self.assertRaises(KeyError) as cm:
            t.score(dict(ALL_VALUES, 预箅=1))
        e = cm.exception
        self.assertIsInstance(e, rubric.UnknownNameError)
        self.assertIsInstance(e, rubric.DataError)
        self.assertEqual(e.names, ["预箅"])
        self.assertIn("预箅", str(e))
        d = e.diagnostics[0]
        self.assertEqual(d.code, "E304")
        self.assertIn("预算", d.help or "")  # did you mean
        with self.assertRaises(rubric.UnknownNameError):
            t.score(dict(ALL_VALUES, **{"$total": 1}))

    def test_computed_actual_given(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        with self.assertRaises(rubric.DataError) as cm:
            t.score(dict(ALL_VALUES, 执行率="90%"))
        self.assertIn("computes its actual", cm.exception.diagnostics[0].message)

    def test_unknown_row_field(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES, "all.rubric")
        with self.assertRaises(rubric.DataError) as cm:
            t.score(dict(ALL_VALUES, 完成率={"actual": "96%", "reasn": "x"}))
        self.assertIn("reasn", cm.exception.diagnostics[0].message)


class Misuse(unittest.TestCase):
    """Programming errors: TypeError, ValueError, RubricError."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.t = rubric.Template.from_text(ALL_TYPES, "all.rubric")

    def bad(self, exc: type, **changes: Any) -> BaseException:
        with self.assertRaises(exc) as cm:
            self.t.score(dict(ALL_VALUES, **changes))
        return cm.exception

    def test_float_refused(self) -> None:
        e = self.bad(TypeError, 执行=81.0)
        self.assertIn("float", str(e))
        self.assertIn("执行", str(e))
        self.bad(TypeError, 执行率={"score": 3.5})
        self.bad(TypeError, 完成率={"actual": 0.96, "score": 1})  # in the JSON part too
        self.bad(TypeError, **{"$published": {"total": 17.6}})

    def test_wrong_kinds(self) -> None:
        self.bad(TypeError, 执行=True)                      # bool for a number
        self.bad(TypeError, 按期=1)                         # int for a bool
        self.bad(TypeError, 评价等级=Decimal(1))            # number for text
        self.bad(TypeError, 完成日期=datetime.datetime(2020, 1, 1))
        self.bad(TypeError, 执行=datetime.date(2020, 1, 1))
        self.bad(TypeError, 整改事项=["甲", 1])
        self.bad(TypeError, 执行=["1"])
        self.bad(TypeError, 执行={"actual": 1})             # a row needs an indicator
        self.bad(TypeError, 执行=object())
        self.bad(ValueError, 执行=Decimal("NaN"))
        with self.assertRaises(TypeError):
            self.t.score([("执行", 1)])  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            self.t.score({1: 2})  # type: ignore[dict-item]

    def test_template_constructor(self) -> None:
        with self.assertRaises(TypeError):
            rubric.Template()
        with self.assertRaises(TypeError):
            rubric.Template.from_text(42)  # type: ignore[arg-type]

    def test_lookups(self) -> None:
        with self.assertRaises(KeyError):
            self.t.input("没有")
        with self.assertRaises(KeyError):
            self.t.item("产出", "indicator")
        self.assertEqual(self.t.item("产出").kind, "group")
        r = self.t.score(ALL_VALUES)
        with self.assertRaises(KeyError):
            r["没有"]

    def test_bad_options(self) -> None:
        with self.assertRaises(ValueError):
            rubric.set_language("fr")
        with self.assertRaises(ValueError):
            rubric.format("", spelling="klingon")
        r = self.t.score(ALL_VALUES)
        with self.assertRaises(ValueError):
            r.render("xml")


class Introspection(unittest.TestCase):
    """What a template declares."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.t = rubric.Template.from_text(ALL_TYPES, "all.rubric")

    def test_header(self) -> None:
        self.assertEqual(self.t.title, "全类型")
        self.assertEqual(self.t.total, Decimal("23"))
        self.assertEqual(self.t.decimals, 2)
        self.assertEqual(self.t.name, "all.rubric")
        self.assertEqual(self.t.check(), [])

    def test_inputs(self) -> None:
        types = {i.name: i.type for i in self.t.inputs}
        self.assertEqual(types["预算"], "number")
        self.assertEqual(types["完成日期"], "date")
        self.assertEqual(types["按期"], "bool")
        self.assertEqual(types["问题数"], "integer")
        self.assertEqual(types["整改事项"], "list")
        self.assertEqual(types["评价等级"], "text")
        self.assertEqual(types["完成率"], "percent")
        self.assertEqual(types["社会效益"], "number")
        self.assertEqual(self.t.input("预算").unit, "万元")
        self.assertTrue(self.t.input("评价等级").optional)
        self.assertFalse(self.t.input("预算").optional)
        self.assertIsNone(self.t.input("预算").item)
        own = self.t.input("完成率")
        self.assertEqual(self.t.items[own.item].name, "完成率")
        self.assertEqual(self.t.items[own.item].input, own.index)
        self.assertEqual([i.index for i in self.t.inputs], list(range(len(self.t.inputs))))

    def test_items(self) -> None:
        t = self.t
        self.assertEqual([g.name for g in t.groups], ["产出", "效益"])
        top = t.items[0]
        self.assertEqual((top.kind, top.weight, top.parent, top.depth), ("group", Decimal("13"), None, 0))
        self.assertIsNone(top.target)
        rate = t.item("执行率")
        self.assertEqual((rate.kind, rate.parent, rate.depth), ("indicator", 0, 1))
        self.assertEqual(rate.target, "≥90%")
        self.assertEqual(rate.weight, Decimal("4"))
        self.assertIsNone(rate.input)  # computed
        self.assertEqual(rate.path, ("产出",))
        done = t.item("完成率", "indicator")
        self.assertEqual(done.unit, "%")
        self.assertEqual(done.note, "完成数/计划数")
        self.assertEqual(sum(i.weight for i in t.indicators), t.total)


class Threads(unittest.TestCase):
    """One Template, scored from four threads at once."""

    def test_same_values(self) -> None:
        t = rubric.Template.load(SEED + ".rubric")
        values = seed_values()
        want = snapshot(t.score(values))
        got: List[List[Any]] = [[] for _ in range(4)]
        errors: List[BaseException] = []

        def work(k: int) -> None:
            try:
                for _ in range(300):
                    with t.score(values) as r:
                        got[k].append(snapshot(r))
            except BaseException as e:  # reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        self.assertEqual(errors, [])
        for k in range(4):
            self.assertEqual(len(got[k]), 300)
            self.assertTrue(all(s == want for s in got[k]))

    def test_different_values(self) -> None:
        # each thread its own values: no unit sees another's
        t = rubric.Template.load(SEED + ".rubric")
        base = seed_values()
        mine = [dict(base, 市级监督抽查批次=n) for n in (0, 500, 962, 2000)]
        want = [snapshot(t.score(v)) for v in mine]
        self.assertEqual(len(set(w[0] for w in want)), 4)
        bad: List[Any] = []

        def work(k: int) -> None:
            try:
                for i in range(200):
                    if i % 50 == 7:  # an error now and then, on the same units
                        try:
                            t.score(dict(mine[k], 获奖数="x"))
                            bad.append("no error")
                        except rubric.DataError:
                            pass
                    with t.score(mine[k]) as r:
                        if snapshot(r) != want[k]:
                            bad.append((k, i))
            except BaseException as e:
                bad.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        self.assertEqual(bad, [])


class Lifetime(unittest.TestCase):
    """Results keep their template alive; nothing freed is used."""

    def test_result_outlives_template(self) -> None:
        def make() -> rubric.Result:
            t = rubric.Template.load(SEED + ".rubric")
            return t.score(seed_values())

        r = make()
        gc.collect()
        self.assertEqual(r.total, Decimal("93.92"))
        self.assertEqual(len(r.indicators), 23)
        self.assertIn("93.92", r.to_text())
        self.assertEqual(r.template.title, "2018质量检验检测成本绩效评价")

    def test_template_closed(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES)
        results = [t.score(ALL_VALUES) for _ in range(40)]  # more than the pool keeps
        with t:
            pass
        self.assertTrue(t.closed)
        with self.assertRaises(rubric.RubricError):
            t.score(ALL_VALUES)
        del t
        gc.collect()
        for r in results:
            self.assertEqual(r["执行率"].score, Decimal("3.6"))
            self.assertIn("17.6", r.to_json())
        for r in results[:20]:
            r.close()
        del results
        gc.collect()

    def test_result_closed(self) -> None:
        t = rubric.Template.from_text(ALL_TYPES)
        r = t.score(ALL_VALUES)
        rows = r.indicators
        with r:
            pass
        self.assertTrue(r.closed)
        r.close()  # twice is fine
        self.assertEqual(r.total, Decimal("17.6"))
        self.assertEqual(r.indicators, rows)  # read before: still there
        with self.assertRaises(rubric.RubricError):
            r.to_text()
        with self.assertRaises(rubric.RubricError):
            r.verify()
        # its unit, reset, serves the next score: nothing of the old values stays
        values = dict(ALL_VALUES)
        del values["执行"]
        with self.assertRaises(rubric.DataError):
            t.score(values)
        values = dict(ALL_VALUES, 制度="/")
        self.assertFalse(t.score(values)["制度"].applicable)
        self.assertTrue(t.score(ALL_VALUES)["制度"].applicable)

    def test_garbage_cycle(self) -> None:
        # a template, its results and their units garbage together in a
        # cycle: the collector finalizes them in any order, and the template
        # must still be freed after its units
        lib = _lib.load()
        log: List[Tuple[str, int]] = []
        free_t, free_u = lib.rubric_template_free, lib.rubric_unit_free

        def template_free(p: int) -> None:
            log.append(("template", p))
            free_t(p)

        def unit_free(p: int) -> None:
            log.append(("unit", p))
            free_u(p)

        lib.rubric_template_free, lib.rubric_unit_free = template_free, unit_free
        try:
            for keep_template in (False, True):
                log.clear()
                box: Dict[str, Any] = {}
                box["box"] = box  # a cycle
                t = rubric.Template.from_text(ALL_TYPES)
                tptr = t._h.ptr
                box["results"] = [t.score(ALL_VALUES) for _ in range(3)]
                box["results"][0].close()  # one unit pooled
                box["results"].append(t.score(ALL_VALUES))
                units = {r._unit.ptr for r in box["results"] if r._unit}
                if keep_template:
                    box["t"] = t
                else:
                    t.close()
                del t, box
                gc.collect()
                frees = [p for kind, p in log if kind == "unit"]
                self.assertTrue(units <= set(frees), log)
                self.assertEqual(log[-1], ("template", tptr))
        finally:
            lib.rubric_template_free, lib.rubric_unit_free = free_t, free_u

    def test_exit_with_everything_alive(self) -> None:
        # objects still alive at interpreter exit, in any order: no crash
        code = (
            "import rubric, gc\n"
            f"t = rubric.Template.from_text({ALL_TYPES!r})\n"
            f"r = t.score({{'预算': 100, '执行': 81, '完成日期': '2020-12-01', '按期': True,"
            f" '问题数': 1, '整改事项': ['甲'], '完成率': '96%', '满意度': '满意', '制度': [],"
            f" '社会效益': 1, '建设': '完备'}})\n"
            "t.close(); del t\n"
            "import sys; sys.stdout.write(str(r.total))\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=dict(os.environ), timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(out.stdout, "17.6")


class Formatting(unittest.TestCase):
    """rubric.format is `rubric fmt`."""

    MESSY = 'rubric "x" {\nindicator 甲 weight 10 {target>=1;score met}\n}\n'

    def test_format(self) -> None:
        self.assertEqual(rubric.format(self.MESSY),
                         'rubric "x" {\n    indicator 甲 weight 10 { target >= 1; score met }\n}\n')

    def test_spellings(self) -> None:
        zh = rubric.format(self.MESSY, spelling="chinese")
        self.assertIn("指标 甲 分值 10", zh)
        self.assertEqual(rubric.format(zh, spelling="english"), rubric.format(self.MESSY))

    def test_does_not_parse(self) -> None:
        with self.assertRaises(rubric.TemplateError) as cm:
            rubric.format("rubric {", name="m.rubric")
        d = cm.exception.diagnostics[0]
        self.assertEqual(d.code, "E001")
        self.assertEqual(d.file, "m.rubric")


class Language(unittest.TestCase):
    """Messages in Chinese after set_language("zh")."""

    def tearDown(self) -> None:
        rubric.set_language("en")

    def test_chinese(self) -> None:
        rubric.set_language("zh")
        self.assertEqual(rubric.language(), "zh")
        with self.assertRaises(rubric.TemplateError) as cm:
            rubric.Template.from_text(BAD_NAME, "bad.rubric")
        self.assertEqual(cm.exception.diagnostics[0].message, "未知名称 '乙'")
        t = rubric.Template.from_text(ALL_TYPES)
        values = dict(ALL_VALUES)
        del values["执行"]
        with self.assertRaises(rubric.DataError) as cm2:
            t.score(values)
        msg = cm2.exception.diagnostics[0].message
        self.assertIn("执行", msg)
        self.assertTrue(any("\u4e00" <= c <= "\u9fff" for c in msg.replace("执行", "")), msg)
        rubric.set_language("en")
        with self.assertRaises(rubric.TemplateError) as cm:
            rubric.Template.from_text(BAD_NAME, "bad.rubric")
        self.assertEqual(cm.exception.diagnostics[0].message, "unknown name '乙'")
        # nothing Chinese stays behind: not even the C library's strerror
        with self.assertRaises(rubric.TemplateFileError) as cm3:
            rubric.Template.load("/no/such/file.rubric")
        self.assertIn("No such file or directory", cm3.exception.diagnostics[0].message)

    def test_environment(self) -> None:
        old = {k: os.environ.get(k) for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
        try:
            for k in old:
                os.environ.pop(k, None)
            os.environ["LANG"] = "zh_CN.UTF-8"
            rubric.set_language(None)
            self.assertEqual(rubric.language(), "zh")
            os.environ["LANG"] = "en_US.UTF-8"
            rubric.set_language(None)  # not fooled by the LANGUAGE zh sets
            self.assertEqual(rubric.language(), "en")
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


class Library(unittest.TestCase):
    """Finding librubric.so.0, and its version."""

    def test_version(self) -> None:
        self.assertEqual(rubric.version(), "0.6.0")
        self.assertEqual(rubric.__version__, "0.6.0")
        self.assertTrue(os.path.samefile(rubric.library_path(), os.environ["RUBRIC_LIBRARY"]))

    def test_version_disagrees(self) -> None:
        class Fake:
            path = "/x/librubric.so.0"

            @staticmethod
            def rubric_version() -> bytes:
                return b"0.7.0"

        with self.assertRaises(rubric.LibraryError) as cm:
            _lib._check_version(Fake())  # type: ignore[arg-type]
        self.assertIn("0.7.0", str(cm.exception))
        self.assertIn("0.6.0", str(cm.exception))
        Fake.rubric_version = staticmethod(lambda: b"0.6.7")  # type: ignore[assignment]
        _lib._check_version(Fake())  # type: ignore[arg-type]

    def run_python(self, code: str, env: Dict[str, str], path: str) -> subprocess.CompletedProcess:
        env = dict(env, PYTHONPATH=path, PYTHONDONTWRITEBYTECODE="1")
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, timeout=60)

    def test_installed_layout(self) -> None:
        lib = os.path.realpath(os.environ["RUBRIC_LIBRARY"])
        with tempfile.TemporaryDirectory() as prefix:
            site = os.path.join(prefix, "lib", "python3", "dist-packages")
            shutil.copytree(PACKAGE, os.path.join(site, "rubric"),
                            ignore=shutil.ignore_patterns("__pycache__"))
            arch = sysconfig.get_config_var("MULTIARCH") or ""
            libdir = os.path.join(prefix, "lib", arch) if arch else os.path.join(prefix, "lib")
            os.makedirs(libdir, exist_ok=True)
            os.symlink(lib, os.path.join(libdir, "librubric.so.0"))
            env = {k: v for k, v in os.environ.items() if k not in ("RUBRIC_LIBRARY", "LD_LIBRARY_PATH")}
            out = self.run_python("import rubric; print(rubric.library_path()); print(rubric.version())",
                                  env, site)
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertEqual(out.stdout.split(), [os.path.join(libdir, "librubric.so.0"), "0.6.0"])

    def test_dynamic_linker(self) -> None:
        lib = os.environ["RUBRIC_LIBRARY"]
        env = {k: v for k, v in os.environ.items() if k != "RUBRIC_LIBRARY"}
        env["LD_LIBRARY_PATH"] = os.path.dirname(os.path.abspath(lib))
        out = self.run_python("import rubric; print(rubric.library_path())", env,
                              os.path.dirname(PACKAGE))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertTrue(os.path.samefile(out.stdout.strip(), lib), out.stdout)

    def test_not_found(self) -> None:
        env = dict(os.environ, RUBRIC_LIBRARY="/no/such/librubric.so.0")
        out = self.run_python(
            "import rubric\ntry:\n    rubric.version()\nexcept rubric.LibraryError as e:\n    print(e)\n",
            env, os.path.dirname(PACKAGE))
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("cannot load RUBRIC_LIBRARY=/no/such/librubric.so.0", out.stdout)


if __name__ == "__main__":
    unittest.main()
