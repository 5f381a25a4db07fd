"""test_reports.py - the reports of `rubric eval`, read back as their readers read them.

Usage: python3 tests/reports/test_reports.py RUBRIC_BINARY

Each check scores an example with the binary and opens what it wrote as a reader
would.  A workbook (-o FILE.xlsx) through openpyxl, from Debian: the labels, the
published scores in their cells, the merged group cells, the 总分 cell's formula and
its cached value, number formats, comments on overridden rows and the print setup.
A page (-o FILE.html) through Python's HTML parser (the table's cells and spans,
nothing loaded from outside, text escaped) and through headless Chromium, also from
Debian: a screenshot that is not blank, and the rows and the total in the DOM it
builds.  Prints "ok NAME" or "FAIL NAME" and why, then "N passed, N failed".
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUBRIC = sys.argv[1]
SEED4 = [os.path.join(ROOT, "examples", "quality-inspection-2018." + x) for x in ("rubric", "json")]
SEED0 = [os.path.join(ROOT, "examples", "metrology-2020-costs." + x) for x in ("rubric", "json")]
TMP = tempfile.mkdtemp(prefix="rubric-xlsx.")


def run(*args, lang="zh_CN", env=None, stdout=None):
    e = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANGUAGE": lang, "TMPDIR": TMP}
    e.update(env or {})
    wrap = os.environ.get("RUBRIC_WRAP", "").split()
    return subprocess.run(wrap + [RUBRIC] + list(args), env=e, stdout=stdout or subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=300)


def workbook(files, name, *more, lang="zh_CN", data_only=False):
    out = os.path.join(TMP, name)
    p = run("eval", files[0], files[1], "-o", out, *more, lang=lang)
    assert p.returncode == 0, p.stderr.decode()
    return openpyxl.load_workbook(out, data_only=data_only)


def row_of(ws, name, col):
    """The row whose cell in column col holds name."""
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, col).value == name:
            return r
    raise AssertionError("no row %s in column %d" % (name, col))


def merged(ws):
    return {str(r) for r in ws.merged_cells.ranges}


def test_score_table_seed_004():
    ws = workbook(SEED4, "004.xlsx").active
    assert ws["A1"].value == "2018质量检验检测成本绩效评价"
    assert "A1:I1" in merged(ws)
    head = [ws.cell(2, c).value for c in range(1, 10)]
    assert head == ["一级指标", "二级指标", "三级指标", "分值", "目标值", "实际值", "得分", "评分标准", "备注"], head
    r = row_of(ws, "市级监督抽查批次", 3)
    assert (ws.cell(r, 4).value, ws.cell(r, 5).value, ws.cell(r, 6).value, ws.cell(r, 7).value) == \
        (4, "≥2000", 962, 1.92)
    assert ws.cell(r, 7).number_format == "0.00"
    r = row_of(ws, "资金到位率", 3)
    assert ws.cell(r, 6).value == 1.6137 and ws.cell(r, 6).number_format == "0.00%"
    r = row_of(ws, "人员控制率", 3)
    assert ws.cell(r, 8).value == "人员控制率=（实际在编人数/核定在编人数）×100%"
    # the groups: 投入 over its three rows, 过程's 资金管理 over five
    assert ws["A3"].value == "投入（12分）" and "A3:A5" in merged(ws)
    assert ws["B6"].value == "资金管理（19分）" and "B6:B10" in merged(ws)
    # 总分: the formula over the score column, the total cached, the grade
    last = ws.max_row
    assert ws.cell(last, 1).value == "总分"
    assert ws.cell(last, 4).value == 100
    assert ws.cell(last, 7).value == "=SUM(G3:G%d)" % (last - 1), ws.cell(last, 7).value
    assert ws.cell(last, 8).value == "等级：优" and "H%d:I%d" % (last, last) in merged(ws)
    cached = workbook(SEED4, "004.xlsx", data_only=True).active
    assert cached.cell(last, 7).value == 93.92
    # every published score in its row
    published = {"目标明确性": 3, "财务制度健全性": 2, "项目管理制度": 3, "社会满意度": 8, "获奖情况": 7}
    for name, score in published.items():
        assert ws.cell(row_of(ws, name, 3), 7).value == score, name
    # printing: A4, landscape for the wide table, one page wide, heading repeated
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    # one page wide (1 is the default, left out of the file), as many pages long as it takes
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1)
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$2:$2"


def test_self_evaluation_seed_000():
    wb = workbook(SEED0, "000.xlsx")
    ws = wb.active
    assert ws.title == "成本性支出"
    assert ws["A1"].value == "2020年度项目支出绩效自评表：成本性支出"
    assert [ws["A2"].value, ws["B2"].value] == ["项目名称", "成本性支出"]
    assert [ws["A3"].value, ws["B3"].value, ws["E3"].value, ws["F3"].value] == \
        ["主管部门", "昌吉回族自治州市场监督管理局", "实施单位", "昌吉回族自治州计量检定所"]
    # the budget block
    assert [ws.cell(4, c).value for c in range(2, 8)] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert [ws.cell(5, c).value for c in range(1, 8)] == ["年度资金总额", 100, 100, 100, 10, 1, 10]
    assert ws["F5"].number_format == "0%"
    head = [ws.cell(6, c).value for c in range(1, 9)]
    assert head == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], head
    assert "A7:A13" in merged(ws) and ws["A7"].value == "产出指标"
    # the overridden row: the data's score, the rule's in a comment
    r = row_of(ws, "标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）", 3)
    assert ws.cell(r, 7).value == 3.8
    assert "按规则得 4.8" in ws.cell(r, 7).comment.text
    # a row not applicable: its name over two columns, "/" for its score
    r = row_of(ws, "经济效益指标", 2)
    assert "B%d:C%d" % (r, r) in merged(ws) and ws.cell(r, 7).value == "/" and ws.cell(r, 8).value == "不适用"
    last = ws.max_row
    assert ws.cell(last, 1).value == "总分"
    assert ws.cell(last, 7).value == "=SUM(G7:G%d)+G5" % (last - 1), ws.cell(last, 7).value
    cached = workbook(SEED0, "000.xlsx", data_only=True).active
    assert cached.cell(last, 7).value == 98.3
    assert ws.page_setup.orientation == "portrait" and ws.print_title_rows == "$6:$6"


def test_inexact_actuals_are_numbers():
    """An actual no decimal holds (执行率 456.5 / 480, shown ≈95.1042%; a
    ratio of 2/3) is a number in a percent or decimal format with the
    decimals the text table shows, holding the double nearest its exact
    value, not the text ≈95.1042%."""
    t = os.path.join(TMP, "inexact.rubric")
    d = os.path.join(TMP, "inexact.json")
    with open(t, "w") as f:
        f.write('rubric "t" {\n  round 2\n  budget 年度资金总额 weight 10\n'
                '  input 甲: number\n  input 乙: number\n'
                '  indicator 完成比 weight 10 { actual 甲 / 乙; target >= 1; score proportional }\n'
                '  indicator 达标率 weight 10 { actual 甲 / 乙 * 100%; target >= 100%; score proportional }\n}\n')
    with open(d, "w") as f:
        f.write('{"全年预算数": 480, "全年执行数": 456.5, "甲": 2, "乙": 3}\n')
    ws = workbook([t, d], "inexact.xlsx").active
    rate = ws.cell(row_of(ws, "年度资金总额", 1), 6)
    assert rate.value == 456.5 / 480 and rate.number_format == "0.0000%", (rate.value, rate.number_format)
    r = row_of(ws, "完成比", 1)
    assert ws.cell(r, 3).value == 2 / 3 and ws.cell(r, 3).number_format == "0.0000", ws.cell(r, 3).value
    r = row_of(ws, "达标率", 1)
    assert ws.cell(r, 3).value == 2 / 3 and ws.cell(r, 3).number_format == "0.0000%", ws.cell(r, 3).value


def test_form_chosen():
    ws = workbook(SEED0, "000-score.xlsx", "--form", "score").active
    assert ws.cell(2, 8).value == "评分标准" or ws.cell(4, 8).value == "评分标准"
    ws = workbook(SEED4, "004-self.xlsx", "--form=self").active
    assert any(c.value == "偏差原因分析及改进措施" for c in ws[2])


def test_english_labels():
    ws = workbook(SEED4, "004-en.xlsx", lang="").active
    assert [ws.cell(2, c).value for c in (1, 4, 7)] == ["level 1 indicator", "weight", "score"]
    ws = workbook(SEED4, "004-en2.xlsx", "--lang", "en").active
    assert ws.cell(ws.max_row, 1).value == "total"


def test_same_bytes_to_stdout_and_file():
    env = {"SOURCE_DATE_EPOCH": "1600000000"}
    out = os.path.join(TMP, "a.xlsx")
    p = run("eval", SEED4[0], SEED4[1], "-o", out, env=env)
    assert p.returncode == 0
    with open(os.path.join(TMP, "b.xlsx"), "wb") as f:
        p = run("eval", SEED4[0], SEED4[1], "-f", "xlsx", env=env, stdout=f)
    assert p.returncode == 0
    a = open(out, "rb").read()
    b = open(os.path.join(TMP, "b.xlsx"), "rb").read()
    assert a[:2] == b"PK" and a == b
    # and again: the same bytes
    p = run("eval", SEED4[0], SEED4[1], "-o", out, env=env)
    assert open(out, "rb").read() == a


def test_formula_only_for_a_sum():
    """A total rescaled over the rows that apply is no sum of the score
    column: its cell holds the number only."""
    t = os.path.join(TMP, "rescale.rubric")
    d = os.path.join(TMP, "rescale.json")
    with open(t, "w") as f:
        f.write('rubric "折算" {\n    inapplicable rescale\n    group 投入 {\n'
                '        indicator 甲 weight 50 { target >= 100; score proportional }\n'
                '        indicator 乙 weight 50 { target >= 100; score proportional }\n    }\n}\n')
    with open(d, "w") as f:
        f.write('{"甲": 90, "乙": "/"}\n')
    ws = workbook([t, d], "rescale.xlsx").active
    last = ws.max_row
    score = [c.value for c in ws[2]].index("得分") + 1
    assert ws.cell(last, score).value == 90, ws.cell(last, score).value
    assert ws.cell(row_of(ws, "乙", 2), score).value == "/"


def test_pending_is_not_marked_not_applicable():
    """A row pending (its value in no band) has no score: the workbook and the
    page say 待核实, as the text table does, not the "/" of a row not
    applicable; and a total of subtotals rescaled by inapplicable share is a
    number, not a sum of the score column."""
    t = os.path.join(TMP, "pending.rubric")
    d = os.path.join(TMP, "pending.json")
    with open(t, "w") as f:
        f.write('rubric "待核实" {\n    group 投入 weight 60 {\n        inapplicable share\n'
                '        indicator 甲 weight 20 { target >= 90%; score bands { >= 90%: 20; [60%, 80%): 10 } }\n'
                '        indicator 乙 weight 20 { target >= 100; score proportional }\n'
                '        indicator 丙 weight 20 { target >= 100; score proportional }\n    }\n'
                '    indicator 丁 weight 40 { target >= 100; score proportional }\n}\n')
    with open(d, "w") as f:
        f.write('{"甲": "85%", "乙": "/", "丙": 50, "丁": 100}\n')
    out = os.path.join(TMP, "pending.xlsx")
    p = run("eval", t, d, "-o", out)
    assert p.returncode == 1 and b"E307" in p.stderr, p.stderr.decode()
    ws = openpyxl.load_workbook(out).active
    score = [c.value for c in ws[2]].index("得分") + 1
    assert ws.cell(row_of(ws, "甲", 2), score).value == "待核实"
    assert ws.cell(row_of(ws, "乙", 2), score).value == "/"
    total = ws.cell(ws.max_row, score).value
    assert total == 55, total  # 投入 10 / 40 x 60 = 15 (incomplete), and 丁's 40: a number
    out = os.path.join(TMP, "pending.html")
    p = run("eval", t, d, "-o", out)
    assert p.returncode == 1, p.stderr.decode()
    with open(out, encoding="utf-8") as f:
        cells = Cells()
        cells.feed(f.read())
    row = [[c[2] for c in r] for r in cells.rows if "甲" in [c[2] for c in r]]
    assert row and "待核实" in row[0], row


class Cells(html.parser.HTMLParser):
    """The rows of a page's tables: (tag, attributes, text) per cell."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.tags = [], None, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = [tag, dict(attrs), ""]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[2] += data


def page(files, name, *more, lang="zh_CN"):
    out = os.path.join(TMP, name)
    p = run("eval", files[0], files[1], "-o", out, *more, lang=lang)
    assert p.returncode == 0, p.stderr.decode()
    with open(out, encoding="utf-8") as f:
        return out, f.read()


def test_html_seed_000():
    path, text = page(SEED0, "000.html")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in text
    cells = Cells()
    cells.feed(text)
    rows = [[c[2] for c in r] for r in cells.rows]
    assert ["项目名称", "成本性支出"] in rows
    assert ["年度资金总额", "100", "100", "100", "10", "100%", "10"] in rows
    assert ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"] in rows
    first = next(r for r in cells.rows if r and r[0][2] == "产出指标")
    assert first[0][1].get("rowspan") == "7" and first[1][1].get("rowspan") == "2"
    over = next(r for r in rows if "标准仪器委托检定费、设备维护保养、专用试剂、耗材等成本费支出（万元）" in r)
    assert over[-2:] == ["3.8*", "已调整，按规则得 4.8"], over
    assert ["总分", "100", "98.3", "等级：优"] in rows
    assert "<svg" in text and "53.8 / 55" in text
    # one file: nothing fetched, nothing run
    for bad in ("<script", " src=", " href=", "@import", "url("):
        assert bad not in text, bad


def test_header_field_not_given_left_out():
    """A field of the form's header that neither the unit nor the template
    gives is left out of the page, the workbook and the Markdown alike: no
    empty 主管部门 cell beside the 实施单位 (the page once had one)."""
    t = os.path.join(TMP, "header.rubric")
    with open(t, "w") as f:
        f.write('rubric "t" {\n  indicator 甲 weight 100 { target >= 1; score proportional }\n}\n')
    for given, left_out in (("实施单位", "主管部门"), ("主管部门", "实施单位")):
        d = os.path.join(TMP, "header-%s.json" % given)
        with open(d, "w") as f:
            f.write('{"$id": {"%s": "某单位"}, "甲": 1}\n' % given)
        _, text = page([t, d], "header-%s.html" % given)
        cells = Cells()
        cells.feed(text)
        rows = [[c[2] for c in r] for r in cells.rows]
        assert [given, "某单位"] in rows, rows
        assert not any(left_out in r for r in rows), rows
        ws = workbook([t, d], "header-%s.xlsx" % given).active
        values = [c.value for r in ws.iter_rows() for c in r if c.value is not None]
        assert given in values and "某单位" in values and left_out not in values, values
        md = run("eval", t, d, "-f", "md").stdout.decode()
        assert given in md and left_out not in md, md


def test_html_escapes_text():
    t = os.path.join(TMP, "esc.rubric")
    d = os.path.join(TMP, "esc.json")
    with open(t, "w") as f:
        f.write('rubric "<b>评分</b> & 表" {\n    total 10\n'
                '    indicator `<script>alert(1)</script>` weight 10 { score judged }\n}\n')
    with open(d, "w") as f:
        f.write('{"<script>alert(1)</script>": {"score": 8, "reason": "\\"引号\\" <i>"}}\n')
    _, text = page([t, d], "esc.html")
    assert "<script>" not in text and "<b>" not in text and "<i>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "&lt;b&gt;评分&lt;/b&gt; &amp; 表" in text
    assert "&quot;引号&quot; &lt;i&gt;" in text


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name, path="/usr/bin:/bin:" + os.environ.get("PATH", ""))
        if path:
            return path
    raise AssertionError("no chromium (tools/setup installs Debian's)")


def dark_pixels(path):
    """The pixels of an 8-bit RGB or RGBA PNG whose mean channel is below
    128: decoded here (zlib and the five row filters), so that the test
    needs nothing beyond Python's own library."""
    import struct
    import zlib
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), (depth, color)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    dark = 0
    for y in range(height):
        f, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                row[i] = (row[i] + a) & 255
            elif f == 2:
                row[i] = (row[i] + b) & 255
            elif f == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            if row[x] + row[x + 1] + row[x + 2] < 3 * 128:
                dark += 1
        prev = row
    return dark


def test_html_in_chromium():
    path, _ = page(SEED4, "004.html")
    shot = os.path.join(TMP, "004.png")
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=" + os.path.join(TMP, "chromium")]
    env = dict(os.environ, HOME=TMP)
    p = subprocess.run(base + ["--window-size=1200,1600", "--screenshot=" + shot, "file://" + path],
                       capture_output=True, timeout=120, env=env)
    assert p.returncode == 0 and os.path.exists(shot), p.stderr.decode()[-2000:]
    dark = dark_pixels(shot)
    assert dark > 2000, "the screenshot is blank (%d dark pixels)" % dark
    p = subprocess.run(base + ["--dump-dom", "file://" + path], capture_output=True, timeout=120, env=env)
    dom = p.stdout.decode()
    assert p.returncode == 0 and "市级监督抽查批次" in dom and "93.92" in dom and "<svg" in dom, dom[-500:]


def units_csv(n, name, bad=()):
    """n units of seed 004 (tests/bench/gen_units.py); rows in bad get a value
    in a gap of a band, and fail."""
    path = os.path.join(TMP, name)
    subprocess.run([sys.executable, os.path.join(ROOT, "tests", "bench", "gen_units.py"), str(n), path],
                   check=True)
    if bad:
        lines = open(path, encoding="utf-8", newline="").read().split("\r\n")
        for i in bad:
            cells = lines[i].split(",")
            cells[3] = "90%"
            lines[i] = ",".join(cells)
        open(path, "w", encoding="utf-8", newline="").write("\r\n".join(lines))
    return path


def test_batch_workbook():
    csv = units_csv(40, "u40.csv", bad=(3,))
    out = os.path.join(TMP, "b.xlsx")
    p = run("eval", SEED4[0], csv, "-o", out, "-j", "2")
    assert p.returncode == 1, p.stderr.decode()   # the unit that failed
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "汇总" and len(wb.sheetnames) == 40, wb.sheetnames[:3]
    assert wb.sheetnames[1] == "1 P0000000"
    ws = wb["汇总"]
    assert [c.value for c in ws[2]] == ["序号", "项目编号", "总分", "等级", "排名"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3, max_row=42)]
    assert rows[2][:2] == [3, "P0000002"] and rows[2][2] == "未评分：见错误信息" or rows[2][2].startswith("未评分")
    ranks = sorted(r[4] for r in rows if r[4] is not None)
    assert len(ranks) == 39 and ranks[0] == 1 and ranks[-1] <= 39
    # each unit's sheet is its own form, its total the 汇总's
    first = wb["1 P0000000"]
    cached = openpyxl.load_workbook(out, data_only=True)["1 P0000000"]
    assert first["A1"].value == "2018质量检验检测成本绩效评价"
    assert cached.cell(first.max_row, 7).value == rows[0][2]
    # the grades' counts under the units
    counts = {r[0]: r[1] for r in ws.iter_rows(min_row=45, values_only=True) if r[0]}
    assert sum(counts.values()) == 39, counts


def test_batch_workbook_is_bounded():
    csv = units_csv(1001, "u1001.csv")
    out = os.path.join(TMP, "big.xlsx")
    p = run("eval", SEED4[0], csv, "-o", out)
    assert p.returncode == 2 and not os.path.exists(out)
    assert "至多容纳 1000 个单位" in p.stderr.decode(), p.stderr.decode()


def test_batch_page_in_chromium():
    csv = units_csv(300, "u300.csv", bad=(7,))
    out = os.path.join(TMP, "b.html")
    p = run("eval", SEED4[0], csv, "-o", out)
    assert p.returncode == 1, p.stderr.decode()
    text = open(out, encoding="utf-8").read()
    assert text.count('<section class="unit">') == 300 and text.count("<h1>") == 1
    cells = Cells()
    cells.feed(text)
    rows = [[c[2] for c in r] for r in cells.rows]
    units = [r for r in rows if len(r) == 5 and r[0].isdigit()]
    assert len(units) == 300 and units[6][2] == "/" and units[6][3].startswith("未评分")
    # the same page, on two threads
    p = run("eval", SEED4[0], csv, "-f", "html", "-j", "2", stdout=subprocess.PIPE)
    assert p.stdout.decode() == text
    shot = os.path.join(TMP, "b.png")
    base = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=" + os.path.join(TMP, "chromium")]
    p = subprocess.run(base + ["--window-size=1200,1600", "--screenshot=" + shot, "file://" + out],
                       capture_output=True, timeout=120, env=dict(os.environ, HOME=TMP))
    assert p.returncode == 0 and os.path.getsize(shot) > 10000, p.stderr.decode()[-2000:]
    p = subprocess.run(base + ["--dump-dom", "file://" + out], capture_output=True, timeout=120,
                       env=dict(os.environ, HOME=TMP))
    dom = p.stdout.decode()
    assert "汇总" in dom and "等级分布" in dom and dom.count('class="unit"') == 300


def pdf_pages(xlsx):
    """The pages LibreOffice prints a workbook on (soffice --convert-to pdf)."""
    soffice = shutil.which("soffice", path="/usr/bin:/bin:" + os.environ.get("PATH", ""))
    assert soffice, "no soffice (tools/setup installs libreoffice-calc-nogui)"
    out = os.path.join(TMP, "pdf")
    p = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
                       capture_output=True, timeout=300, env=dict(os.environ, HOME=TMP))
    pdf = os.path.join(out, os.path.basename(xlsx)[:-5] + ".pdf")
    assert p.returncode == 0 and os.path.exists(pdf), p.stderr.decode()[-2000:]
    import re
    return len(re.findall(rb"/Type\s*/Page[^s]", open(pdf, "rb").read()))


def test_one_a4_page_per_form():
    """LibreOffice prints each seed's form on one A4 page."""
    for files, name in ((SEED4, "004-print.xlsx"), (SEED0, "000-print.xlsx")):
        out = os.path.join(TMP, name)
        assert run("eval", files[0], files[1], "-o", out).returncode == 0
        assert pdf_pages(out) == 1, name


def test_schema_round_trip():
    """rubric schema's blank forms, filled in with seed 004's published values
    and read back by rubric eval, score 93.92."""
    import csv
    import io
    import json
    values = json.load(open(SEED4[1], encoding="utf-8"))
    p = run("schema", "-f", "csv", SEED4[0])
    assert p.returncode == 0, p.stderr.decode()
    header = next(csv.reader(io.StringIO(p.stdout.decode())))
    row = []
    for col in header:
        name, _, part = col.partition(".")
        v = values.get(name)
        if col == "项目编号":
            v = "P0001"
        elif isinstance(v, dict):
            v = v["score"] if part else v["level"]
        elif isinstance(v, list):
            v = "、".join(v)
        elif part:
            v = ""
        row.append("" if v is None else str(v))
    filled = os.path.join(TMP, "filled.csv")
    with open(filled, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, row])
    p = run("eval", SEED4[0], filled, "-f", "csv")
    assert p.returncode == 0, p.stderr.decode()
    out = list(csv.reader(io.StringIO(p.stdout.decode())))
    assert out[1][out[0].index("总分")] == "93.92", out
    # the JSON form: every key of the published data is in it
    p = run("schema", SEED4[0])
    form = json.loads(p.stdout.decode())
    assert form["$form"]["fields"]["项目管理制度"]["levels"] == ["完整完善", "有制度", "无制度"]
    for k, v in values.items():
        assert k in form, k
        form[k] = v
    path = os.path.join(TMP, "filled.json")
    json.dump(form, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    p = run("eval", SEED4[0], path, "-f", "json")
    assert p.returncode == 0 and json.loads(p.stdout.decode())["total"] == 93.92, p.stderr.decode()


def test_schema_workbook_round_trip():
    """rubric schema -f xlsx: a sheet to fill in under the columns' headings,
    with a percent format, a list of the levels and the score's bounds as data
    validation, and the instructions; filled in with seed 004's values as Excel
    stores them (a percent as a fraction in a percent cell), saved as CSV by
    LibreOffice and read back by rubric eval, it scores 93.92."""
    import csv
    import io
    import json
    values = json.load(open(SEED4[1], encoding="utf-8"))
    blank = os.path.join(TMP, "form.xlsx")
    p = run("schema", "-f", "xlsx", "-o", blank, SEED4[0])
    assert p.returncode == 0, p.stderr.decode()
    wb = openpyxl.load_workbook(blank)
    assert wb.sheetnames == ["填报", "填报说明"], wb.sheetnames
    ws = wb["填报"]
    header = [c.value for c in ws[1]]
    checks = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    col = lambda name: openpyxl.utils.get_column_letter(header.index(name) + 1)
    level = checks["%s2:%s1001" % (col("项目管理制度"), col("项目管理制度"))]
    assert level.type == "list" and level.formula1 == '"完整完善,有制度,无制度"', level.formula1
    score = checks["%s2:%s1001" % (col("项目管理制度.得分"), col("项目管理制度.得分"))]
    assert score.type == "decimal" and float(score.formula2) == 4
    assert ws.column_dimensions[col("社会满意度")].number_format == "0.00%"
    instructions = {r[0]: r for r in wb["填报说明"].iter_rows(min_row=2, values_only=True)}
    assert instructions["社会满意度"][1] == "百分比" and instructions["社会满意度"][3] == "≥80%"
    # filled in as Excel would: numbers as numbers, percents as fractions
    for i, name in enumerate(header):
        base, _, part = name.partition(".")
        v = values.get(base)
        if name == "项目编号":
            v = "P0001"
        elif isinstance(v, dict):
            v = v["score"] if part else v["level"]
        elif isinstance(v, list):
            v = "、".join(v)
        elif part:
            v = None
        cell = ws.cell(2, i + 1)
        if isinstance(v, str) and v.endswith("%"):
            v = float(v[:-1]) / 100
            cell.number_format = ws.column_dimensions[col(name)].number_format
        cell.value = v
    filled = os.path.join(TMP, "filled-form.xlsx")
    wb.save(filled)
    soffice = shutil.which("soffice", path="/usr/bin:/bin:" + os.environ.get("PATH", ""))
    assert soffice, "no soffice (tools/setup installs libreoffice-calc-nogui)"
    out = os.path.join(TMP, "csv")
    p = subprocess.run([soffice, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir", out, filled], capture_output=True, timeout=300, env=dict(os.environ, HOME=TMP))
    units = os.path.join(out, "filled-form.csv")
    assert p.returncode == 0 and os.path.exists(units), p.stderr.decode()[-2000:]
    p = run("eval", SEED4[0], units, "-f", "csv")
    assert p.returncode == 0, p.stderr.decode() + open(units, encoding="utf-8").read()
    rows = list(csv.reader(io.StringIO(p.stdout.decode())))
    assert rows[1][rows[0].index("总分")] == "93.92", rows


def test_schema_workbook_reasons():
    """rubric schema -f xlsx under require reason: a text column 指标.偏差原因
    after each row's value, said on the instructions sheet, with the target
    beside the reason of a row whose actual is computed."""
    t = os.path.join(TMP, "reasons.rubric")
    with open(t, "w") as f:
        f.write('rubric "t" {\n  require reason\n  input 甲: number\n  input 乙: number\n'
                '  indicator 比 weight 50 { actual 甲 / 乙; target >= 1; score proportional }\n'
                '  indicator 率 weight 50 { target >= 90%; score proportional }\n}\n')
    blank = os.path.join(TMP, "reasons.xlsx")
    p = run("schema", "-f", "xlsx", "-o", blank, t)
    assert p.returncode == 0, p.stderr.decode()
    wb = openpyxl.load_workbook(blank)
    header = [c.value for c in wb["填报"][1]]
    assert header == ["项目编号", "项目名称", "甲", "乙", "比.偏差原因", "率", "率.偏差原因"], header
    col = openpyxl.utils.get_column_letter(header.index("率.偏差原因") + 1)
    assert wb["填报"].column_dimensions[col].number_format == "@"
    instructions = {r[0]: r for r in wb["填报说明"].iter_rows(min_row=2, values_only=True)}
    assert instructions["率.偏差原因"][1] == "得分低于满分的原因（偏差原因）", instructions["率.偏差原因"]
    assert instructions["率.偏差原因"][3] in (None, "") and instructions["比.偏差原因"][3] == "≥1"


def test_workbook_per_unit():
    """-o DIR/: a workbook per unit scored, named by its number and project,
    each one unit's form; a unit that failed has none, and the run exits 1."""
    units = os.path.join(TMP, "units-dir.csv")
    with open(units, "w", encoding="utf-8") as f:
        f.write("项目编号,项目名称,甲\nP1,社区/养老,90\nP2,乙,abc\nP3,,100\n")
    template = os.path.join(TMP, "dir.rubric")
    with open(template, "w", encoding="utf-8") as f:
        f.write('rubric "评分" {\n    total 10\n    indicator 甲 weight 10 { target >= 100; score proportional }\n}\n')
    out = os.path.join(TMP, "每个单位")
    p = run("eval", template, units, "-o", out + "/")
    assert p.returncode == 1 and "3 个单位中有 1 个未能评分" in p.stderr.decode(), p.stderr.decode()
    assert sorted(os.listdir(out)) == ["1 社区_养老.xlsx", "3 P3.xlsx"], os.listdir(out)
    totals = []
    for name in sorted(os.listdir(out)):
        wb = openpyxl.load_workbook(os.path.join(out, name), data_only=True)
        assert len(wb.sheetnames) == 1, wb.sheetnames
        ws = wb.worksheets[0]
        r = row_of(ws, "总分", 1)
        totals.append([c.value for c in ws[r] if isinstance(c.value, (int, float))][-1])
    assert totals == [9, 10], totals
    # a page is refused
    p = run("eval", template, units, "-o", out + "/", "-f", "html")
    assert p.returncode == 2 and "a workbook per unit" in p.stderr.decode(), p.stderr.decode()


def test_control_characters():
    """Control characters in the data's text (an identity, an actual, a
    reason) leave the workbook readable: a sheet name without them, a
    comment with U+FFFD, cells as libxlsxwriter escapes them."""
    t = os.path.join(TMP, "cc.rubric")
    d = os.path.join(TMP, "cc.json")
    with open(t, "w") as f:
        f.write('rubric "t" {\n  total 10\n  indicator 甲 weight 10 { score judged }\n}\n')
    with open(d, "w") as f:
        f.write('{"$id": {"项目名称": "a\\u0001b[x]"}, '
                '"甲": {"score": 8, "actual": "x\\u001b[31my", "reason": "r\\u0007z"}}\n')
    wb = workbook([t, d], "cc.xlsx")
    ws = wb.active
    assert ws.title == "a_b_x_", ws.title
    comment = next(c.comment.text for r in ws.iter_rows() for c in r if c.comment)
    assert comment.endswith("r\ufffdz"), comment
    _, text = page([t, d], "cc.html")
    assert "\x07" not in text and "\x1b" not in text and "r\ufffdz" in text


def test_explain_column():
    """--explain: a last column 计分说明 in the workbook and the page, holding
    the steps of rubric explain (962 ÷ 2000 × 4 = 1.924 → 1.92)."""
    ws = workbook(SEED4, "004-explain.xlsx", "--explain").active
    head = [c.value for c in ws[2]]
    assert head[-1] == "计分说明", head
    col = len(head)
    text = ws.cell(row_of(ws, "市级监督抽查批次", 3), col).value
    assert "962 ÷ 2000 × 4 = 1.924" in text and "1.924 → 1.92" in text, text
    assert ws.cell(ws.max_row, 1).value == "总分"
    _, page_text = page(SEED4, "004-explain.html", "--explain")
    assert '<td class="explain">' in page_text and "962 ÷ 2000 × 4 = 1.924" in page_text


def test_text_longer_than_a_cell():
    """A reason longer than a cell holds (32 767 characters, which
    libxlsxwriter enforces by writing nothing) is cut at 32 000 and marked
    …, not lost."""
    import json
    values = json.load(open(SEED4[1], encoding="utf-8"))
    values["社会满意度"] = {"actual": "82%", "reason": "长" * 40000}
    d = os.path.join(TMP, "long.json")
    json.dump(values, open(d, "w", encoding="utf-8"), ensure_ascii=False)
    ws = workbook([SEED4[0], d], "long.xlsx").active
    cell = ws.cell(row_of(ws, "社会满意度", 3), 9).value
    assert cell and len(cell) == 32001 and cell.endswith("长…"), len(cell or "")


def test_long_texts_whole():
    """Names, units, grades and years of any length come out whole in every
    report: no fixed buffer cuts them (a cell's own limit aside)."""
    group, unit, year = "组" * 300, "单位" * 300, "2" * 400  # a name: at most 1 024 bytes
    t = os.path.join(TMP, "longnames.rubric")
    d = os.path.join(TMP, "longnames.json")
    with open(t, "w") as f:
        f.write('rubric "长" {\n    total 10\n    group %s {\n'
                '        indicator 甲 weight 10 { unit "%s"; target >= 100; score proportional }\n    }\n}\n'
                % (group, unit))
    with open(d, "w") as f:
        f.write('{"$id": {"年度": "%s"}, "甲": 90}\n' % year)
    _, html_text = page([t, d], "longnames.html")
    assert group + "（10分）" in html_text and "90" + unit in html_text and year + "年度" in html_text
    p = run("eval", t, d, "-f", "md")
    assert group + "（10分）" in p.stdout.decode() and "90" + unit in p.stdout.decode()
    ws = workbook([t, d], "longnames.xlsx").active
    assert any(c.value == group + "（10分）" for r in ws.iter_rows() for c in r)


def main():
    passed = failed = 0
    for name, fn in sorted(globals().items()):
        if not name.startswith("test_"):
            continue
        try:
            fn()
            passed += 1
            print("ok", name)
        except Exception:
            failed += 1
            print("FAIL", name)
            for line in traceback.format_exc().splitlines():
                print("    " + line)
    print("%d passed, %d failed" % (passed, failed))
    shutil.rmtree(TMP, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
